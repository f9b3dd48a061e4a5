## Soutien aux voyages (bourses)
travel-title = Soutien aux voyages
travel-intro = Le forum finance le voyage de personnes de pays en développement qui contribuent à la réunion : billet d'avion, indemnité journalière et frais de visa, en tout ou en partie. Posez votre candidature ici ; une personne qui connaît votre travail confirme une recommandation depuis un lien que nous lui envoyons ; des évaluateurs notent les candidatures et le Secrétariat publie la sélection dans les limites du budget.
travel-dates = Candidatures
travel-no-dates = Les dates de l'appel ne sont pas encore fixées.
travel-budget = Budget
travel-usd = { $total } USD
travel-max-request = Demande maximale
travel-report-due = Rapport attendu le
travel-eligibility = Qui peut poser sa candidature
travel-rule-country-explained = Les personnes d'un pays moins avancé, d'un pays en développement sans littoral ou d'un petit État insulaire en développement (listes de l'ONU).
travel-listed-economies = Cet appel accepte aussi :
travel-rule-contribution-explained = Les personnes qui contribuent activement : intervenant ou organisateur d'une session, membre du MAG ou d'un IGF national ou régional.
travel-rule-recommendation-explained = Une recommandation, confirmée par la personne qui la donne depuis le lien que nous lui envoyons.
travel-rule-previous-report-explained = Toute personne déjà financée doit avoir remis le rapport de ce voyage.
travel-manage-title = Soutien aux voyages : Secrétariat
travel-evaluate-title = Soutien aux voyages : évaluation
travel-mine = Votre candidature
travel-status = État
travel-status-draft = Brouillon, non soumis
travel-status-submitted = Soumise
travel-status-eligible = Recevable
travel-status-ineligible = Irrecevable
travel-decision-funded = Financée
travel-decision-not-funded = Non financée
travel-contribution = Votre contribution
travel-contribution-hint = Choisissez celle qui s'applique le mieux ; le forum la vérifie dans ses données quand il le peut.
travel-contribution-speaker = Intervenant
travel-contribution-organizer = Organisateur d'une session
travel-contribution-mag = Membre du MAG
travel-contribution-nri = Rôle dans un IGF national ou régional
travel-contribution-verified = attestée par les données du forum
travel-contribution-declared = déclarée (absente des données du forum)
travel-contribution-detail = Précisions sur votre contribution (la session, l'IGF national)
travel-request = Votre demande
travel-request-hint = Montants en dollars des États-Unis, sans centimes ; laissez à 0 ce dont vous n'avez pas besoin.
travel-request-summary = { $total } USD : billet { $value }, indemnité journalière { $n }, visa { $count }
travel-ticket = Billet d'avion (USD)
travel-per-diem = Indemnité journalière (USD)
travel-visa = Frais de visa (USD)
travel-motivation = Pourquoi vous posez votre candidature
travel-recommendation = Recommandation
travel-recommendation-hint = Nous envoyons à cette personne un lien pour confirmer sa recommandation. Vous pourrez soumettre ensuite.
travel-recommender-name = Nom de la personne qui recommande
travel-recommender-email = Adresse électronique de la personne qui recommande
travel-recommendation-confirmed = confirmée
travel-recommendation-waiting = en attente de confirmation
travel-report = Votre rapport
travel-report-hint = Ce que vous avez fait à la réunion et ce que vous en rapportez chez vous. Le forum ne publie que des totaux sur les personnes financées.
travel-report-file = Remettre le rapport
travel-report-filed = remis
travel-submit = Soumettre la candidature
travel-submit-hint = Une fois soumise, la candidature ne peut plus être modifiée.
travel-sign-in = Connectez-vous pour demander un soutien aux voyages.
travel-apply = Poser sa candidature
travel-update = Modifier votre brouillon
travel-save = Enregistrer le brouillon
travel-closed = L'appel au soutien aux voyages n'est pas ouvert.
travel-statistics = Qui a posé sa candidature et qui a été financé
travel-applied-count = { $total } candidatures soumises.
travel-funded-count = { $total } financées.
travel-statistics-note = Des effectifs seulement : rien sur cette page ne concerne une personne.
travel-applied = Candidatures
travel-funded = Financées
travel-statistics-json = Ces effectifs en JSON
## Règles, chacune nommée quand elle refuse
travel-rule-open = L'appel au soutien aux voyages n'est pas ouvert.
travel-rule-country = { $country } ne figure ni sur les listes de l'ONU des pays moins avancés, en développement sans littoral ou petits États insulaires en développement, ni parmi les économies retenues par cet appel.
travel-rule-contribution = Indiquez une contribution active : intervenant, organisateur, membre du MAG ou rôle dans un IGF national ou régional.
travel-rule-recommendation = Votre recommandation n'est pas encore confirmée : la personne qui recommande doit la confirmer depuis le lien que nous lui avons envoyé.
travel-rule-request = Demandez au moins le billet, l'indemnité journalière ou les frais de visa, et pas plus de { $max } USD au total.
travel-rule-previous-report = Le rapport d'un voyage financé auparavant n'a pas été remis.
travel-rule-open-short = appel fermé
travel-rule-country-short = pays non admissible
travel-rule-contribution-short = aucune contribution
travel-rule-recommendation-short = recommandation non confirmée
travel-rule-request-short = demande vide ou trop élevée
travel-rule-previous-report-short = rapport précédent manquant
travel-error-contribution = Choisissez votre contribution.
travel-error-ticket-usd = Le billet doit être un nombre entier de dollars.
travel-error-per-diem-usd = L'indemnité journalière doit être un nombre entier de dollars.
travel-error-visa-usd = Les frais de visa doivent être un nombre entier de dollars.
travel-error-recommender-name = Indiquez le nom de la personne qui recommande.
travel-error-recommender-email = Indiquez l'adresse électronique de la personne qui recommande (pas la vôtre).
travel-error-motivation = La motivation ou les précisions sont trop longues.
travel-error-letter = Écrivez quelques lignes de recommandation (5 000 caractères au plus).
travel-error-report = Écrivez votre rapport (20 000 caractères au plus).
travel-error-submitted = Cette candidature a été soumise et ne peut plus être modifiée.
travel-error-score = Choisissez une note de l'échelle.
travel-error-not-assigned = Cette candidature ne vous est pas attribuée.
travel-error-nothing-staged = Préparez une sélection avant de la publier.
travel-error-published = La sélection est déjà publiée.
travel-error-over-budget = Cette sélection dépasse le budget de { $total } USD.
travel-error-not-funded = Seules les personnes financées remettent un rapport, une fois la sélection publiée.
travel-error-date = Une date n'est pas valide (AAAA-MM-JJ).
travel-error-number = Chaque montant et chaque nombre de points doit être un nombre entier.
travel-error-dates = L'appel doit se clore après son ouverture.
travel-error-evaluators = Choisissez de 1 à 10 évaluateurs par candidature.
travel-error-economies = Une économie retenue n'est pas un code de pays ISO connu.
travel-error-confirm = Cochez la case pour confirmer la publication : elle tranche chaque candidature et écrit à chaque candidat.
## La page de la personne qui recommande
travel-recommendation-title = Confirmer une recommandation
travel-recommendation-intro = { $name } demande un soutien aux voyages pour { $title } et vous désigne pour la recommander. Si vous la recommandez, écrivez quelques lignes et confirmez.
travel-applicant = Candidat
travel-recommendation-letter = Votre recommandation
travel-recommendation-letter-hint = Ce que vous savez de son travail et pourquoi sa présence compte. Les évaluateurs la lisent.
travel-recommendation-confirm = Confirmer la recommandation
travel-recommendation-thanks = Merci : votre recommandation est confirmée. Vous pouvez encore en modifier le texte ici.
## Évaluateurs
travel-evaluate-intro = Les candidatures qui vous sont attribuées, sans conflit : aucune de votre organisation, ni de votre pays quand l'appel le prévoit.
travel-evaluate-empty = Aucune candidature ne vous est attribuée.
travel-score = Note
travel-comment = Commentaire (pour le Secrétariat)
travel-score-save = Enregistrer la note
## Secrétariat
travel-settings = Paramètres de l'appel
travel-setting-opens = Ouverture le
travel-setting-closes = Clôture le (dernier jour)
travel-setting-report-due = Rapports attendus le
travel-setting-budget-usd = Budget (USD)
travel-setting-max-request-usd = Demande maximale (USD)
travel-setting-first-timer-points = Priorité aux primo-participants (points)
travel-setting-partial-request-points = Priorité aux demandes partielles (points)
travel-setting-gender-balance-points = Priorité à l'équilibre entre les genres (points)
travel-setting-region-balance-points = Priorité à l'équilibre entre les régions (points)
travel-setting-evaluators-per-application = Évaluateurs par candidature
travel-setting-listed-economies = Économies retenues
travel-setting-listed-economies-hint = Codes ISO séparés par des espaces (KE GH), admissibles en plus des listes de l'ONU.
travel-setting-exclude-same-country = Les évaluateurs n'évaluent pas les candidats de leur propre pays
travel-settings-save = Enregistrer les paramètres
travel-applications = Candidatures
travel-applications-empty = Aucune candidature n'est encore soumise.
travel-screen = Examiner selon les règles
travel-assign = Attribuer les évaluateurs
travel-scores = Notes
travel-merit = Mérite (0–100)
travel-suggested = Sélectionnée
travel-yes = oui
travel-staged = préparée
travel-selection = Sélection
travel-budget-buys = Le budget de { $value } USD finance { $count } candidatures pour { $total } USD. 10 % de plus en financerait { $n }.
travel-optimal = La sélection est optimale : son score ({ $value }) est le meilleur qu'une sélection dans le budget puisse atteindre, prouvé par un solveur exact ; aucune sélection ne pourrait dépasser { $max }. { $total } USD demandés en tout.
travel-priorities = Ce que coûte chaque priorité
travel-priority = Priorité
travel-points = Points
travel-funded-with = Financées grâce à elle ou avec elle
travel-brings-in = Fait entrer
travel-leaves-out = Laisse de côté
travel-cost = Coût (points)
travel-cost-note = Le coût est ce à quoi la sélection renonce, en mérite et en autres priorités, pour celle-ci : la sélection sans elle, comparée à celle-ci.
travel-priority-first-timer = Primo-participants
travel-priority-partial-request = Demandes partielles
travel-priority-gender-balance = Équilibre entre les genres
travel-priority-region-balance = Équilibre entre les régions
travel-stage = Préparer la sélection optimale comme brouillon
travel-staged-summary = Brouillon : { $count } candidatures pour { $total } USD, dans le budget de { $value } USD.
travel-publish-confirm = J'ai relu le brouillon : le publier et écrire à chaque candidat sa décision.
travel-publish = Publier la sélection
travel-published = La sélection est publiée ; chaque candidat a reçu sa décision par courriel.
travel-overdue = Rapports en retard
travel-overdue-none = Aucun rapport n'est en retard.
forbidden-conflict-same-country = Cette personne vient de votre pays : vous ne pouvez pas évaluer sa candidature.
## Courriels
mail-travel-recommendation-subject = { $name } vous demande une recommandation : soutien aux voyages pour { $title }
mail-travel-recommendation-body =
    { $name } demande un soutien aux voyages pour { $title } et vous désigne pour la recommander.

    Si vous la recommandez, ouvrez ce lien, écrivez quelques lignes et confirmez :
    { $link }

    Si vous ne la connaissez pas, ignorez ce message.
mail-travel-recommended-subject = Votre recommandation est confirmée : { $title }
mail-travel-recommended-body =
    { $name } a confirmé votre recommandation. Vous pouvez maintenant soumettre votre candidature :
    { $link }
mail-travel-funded-subject = Soutien aux voyages pour { $title } : financé
mail-travel-funded-body =
    Bonjour { $name },

    Votre demande de soutien aux voyages pour { $title } est financée : { $total } USD.
    Après la réunion, remettez votre rapport avant le { $date } :
    { $link }
mail-travel-not-funded-subject = Soutien aux voyages pour { $title } : non financé
mail-travel-not-funded-body =
    Bonjour { $name },

    Nous sommes désolés : le budget ne nous a pas permis de financer votre demande de soutien aux voyages pour { $title }.
    Les statistiques de l'appel sont ici :
    { $link }

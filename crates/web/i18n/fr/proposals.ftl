# Agora — catalogue français : cycles, appels à sujets et à propositions, examen préliminaire, évaluation et sélection.

## Cycles
nav-cycles = Appels et programme
no = Non
minutes = { $count } minutes
cycles-title = Cycles
cycles-intro = Chaque année du forum constitue un cycle : un appel à sujets, un appel à propositions d'ateliers, l'examen préliminaire, l'évaluation par le Groupe consultatif multipartite (MAG), la sélection, puis la réunion et ses rapports.
cycles-none = Aucun cycle n'a encore été ouvert.
cycles-new = Ouvrir un nouveau cycle
cycles-name = Nom
cycles-host = Ville et pays hôtes
cycles-meeting-dates = Dates de la réunion
cycles-hybrid = Hybride (sur place et en ligne)
cycles-onsite = Sur place uniquement
cycles-format = Format
cycles-create = Ouvrir le cycle
cycle-overview = Vue d'ensemble
cycle-issues = Appel à sujets
cycle-proposals = Propositions
cycle-workshops = Ateliers approuvés
cycle-synthesis = Synthèse
cycle-evaluate = Mes évaluations
cycle-results = Classement et sélection
cycle-screening = Examen préliminaire
cycle-assignment = Évaluateurs
cycle-settings = Paramètres
cycle-phases = Phases
cycle-phase = Phase
cycle-from = Début
cycle-to = Fin
cycle-now = en cours
cycle-themes = Thèmes
cycle-no-themes = Le MAG n'a pas encore enregistré les thèmes.
cycle-rules = Règles
rule-min-speakers = Au moins { $count } intervenants confirmés.
rule-gender-diverse = Au moins un intervenant d'un genre différent de celui des autres.
rule-max-proposals = Au plus { $count } propositions par personne et par institution.
rule-evaluators = { $count } évaluateurs du MAG par proposition.
rule-previous-report = Les organisateurs d'un atelier précédent doivent fournir le lien vers son rapport.
phase-call-for-issues = Appel à sujets
phase-call-for-proposals = Appel à propositions
phase-screening = Examen préliminaire
phase-evaluation = Évaluation
phase-selection = Sélection
phase-scheduling = Programmation
phase-meeting = Réunion
phase-reporting = Rapports

## Paramètres
settings-formats = Formats et leurs durées
settings-formats-hint = Un format par ligne : son code, deux-points, puis les durées autorisées en minutes (par exemple « flash: 30 »).
settings-criteria = Critères d'évaluation (séparés par des virgules)
settings-gender-diverse-speakers = Exiger des intervenants de plus d'un genre
settings-previous-report-required = Exiger le rapport du précédent atelier de l'organisateur
settings-min-confirmed-speakers = Nombre minimal d'intervenants confirmés
settings-min-onsite-speakers = Nombre minimal d'intervenants sur place
settings-min-onsite-moderators = Nombre minimal de modérateurs sur place
settings-max-proposals-per-person = Nombre maximal de propositions par personne
settings-max-proposals-per-institution = Nombre maximal de propositions par institution
settings-max-sessions-per-speaker = Nombre maximal de sessions par intervenant
settings-title-max-chars = Longueur maximale du titre (caractères)
settings-description-max-words = Longueur maximale de la description (mots)
settings-score-min = Note la plus basse
settings-score-max = Note la plus haute
settings-evaluators-per-proposal = Évaluateurs par proposition
settings-slots = Créneaux d'ateliers
settings-per-theme-cap = Nombre maximal d'ateliers par thème
settings-target-developing-percent = Objectif : ateliers dont des organisateurs viennent de pays en développement (%)
settings-target-first-time-percent = Objectif : ateliers d'auteurs proposant pour la première fois (%)
settings-target-gender-diverse-percent = Objectif : ateliers dont les intervenants sont de genres divers (%)
settings-target-per-region = Objectif : ateliers ayant des organisateurs de chaque groupe régional de l'ONU
settings-error-number = { $field } : saisissez un nombre entier compris entre 0 et 100 000.
settings-error-phase = { $field } : saisissez les deux dates, la première ne pouvant être postérieure à la seconde.
settings-error-score-scale = La note la plus basse doit être inférieure à la note la plus haute.
settings-error-evaluators-per-proposal = Une proposition doit avoir au moins un évaluateur.
settings-error-formats = Chaque ligne de format doit comporter un format connu (panel, roundtable, debate, break-out, birds-of-a-feather, flash, other) et au moins une durée.
settings-error-criteria = Indiquez au moins un critère d'évaluation.
settings-error-slots = Le nombre de créneaux et le maximum par thème doivent être d'au moins 1.
settings-error-targets = Les pourcentages ne peuvent pas dépasser 100.
settings-phase-call-for-issues = Appel à sujets
settings-phase-call-for-proposals = Appel à propositions
settings-phase-screening = Examen préliminaire
settings-phase-evaluation = Évaluation
settings-phase-selection = Sélection
settings-phase-scheduling = Programmation
settings-phase-meeting = Réunion
settings-phase-reporting = Rapports

## Appel à sujets et thèmes
issues-intro = Quels sujets de gouvernance de l'Internet le forum de cette année devrait-il aborder ? Toute personne inscrite peut proposer des sujets ; le MAG les lit tous et choisit les thèmes.
issues-your-issue = Votre sujet
issues-submit = Soumettre le sujet
issues-received = { $count ->
    [one] { $count } sujet reçu
   *[other] { $count } sujets reçus
}
issues-count = Sujets
issues-closed = L'appel à sujets a pris fin le { $date }.
forbidden-issues-closed = L'appel à sujets est clos.
issues-error-length = Rédigez le sujet en 1 à 2 000 caractères.
themes-name = Thème
themes-description = Description
themes-sub-themes = Sous-thèmes (un par ligne)
themes-policy-questions = Exemples de questions de politique
themes-add = Enregistrer le thème

## Propositions
proposal-new = Proposer un atelier
proposal-mine = Mes propositions
proposal-form-title = Proposition d'atelier
proposal-deadline = Les propositions peuvent être soumises et modifiées jusqu'au { $date } (UTC).
proposal-closed = L'appel à propositions a pris fin le { $date } : les propositions ne peuvent plus être soumises ni modifiées.
proposal-submitted-count = { $count ->
    [one] { $count } proposition soumise
   *[other] { $count } propositions soumises
}
proposal-title = Titre
proposal-title-hint = Au plus { $max } caractères, selon la règle de l'examen préliminaire.
proposal-theme = Thème
proposal-format = Format
proposal-duration = Durée
proposal-description = Description
proposal-description-hint = Le sujet ou la question de gouvernance de l'Internet, et la manière dont la session l'abordera ; au plus { $max } mots.
proposal-policy-questions = Questions de politique
proposal-expected-outcomes = Résultats attendus
proposal-hybrid-plan = Participation hybride
proposal-hybrid-plan-hint = Comment les intervenants et les participants sur place et en ligne interagiront-ils, et quels outils en ligne utiliserez-vous ?
proposal-organizers = Coorganisateurs
proposal-organizers-hint = Les organisations qui organisent la session avec vous, avec leur groupe de parties prenantes et leur pays.
proposal-organizer-n = Coorganisateur { $n }
proposal-people = Intervenants, modérateurs et rapporteur
proposal-people-hint = Chaque personne reçoit par courriel une invitation à confirmer sa participation. Seules les personnes ayant confirmé sont prises en compte lors de l'examen préliminaire.
proposal-person-n = Personne { $n } : rôle
proposal-onsite = Sur place
proposal-role = Rôle
proposal-invitation = Invitation
proposal-sdgs = Objectifs de développement durable
proposal-action-lines = Grandes orientations du SMSI
proposal-previous-report = Rapport de votre atelier précédent
proposal-previous-report-hint = Si vous avez organisé un atelier lors d'une réunion précédente, indiquez le lien vers son rapport : sans lui, cette proposition ne peut pas passer l'examen préliminaire.
proposal-save-draft = Enregistrer comme brouillon
proposal-submit = Soumettre la proposition
proposal-edit = Modifier la proposition
proposal-diversity = Diversité des personnes indiquées
proposal-diversity-groups = Groupes de parties prenantes
proposal-diversity-regions = Groupes régionaux de l'ONU
proposal-diversity-genders = Genres
proposal-screening = Examen préliminaire
proposal-history = Versions enregistrées
proposal-version = Version { $n }
diversity-people = { $count } personnes (invitations déclinées non comptées)
diversity-developing = { $count } de pays en développement (PMA, PDSL ou PEID)
diversity-first-timers = { $count } nouveaux participants
proposal-status-draft = Brouillon
proposal-status-submitted = Soumise
proposal-error-title = Donnez un titre à la proposition.
proposal-error-too-long = Ce texte doit compter moins de { $max } caractères.
proposal-error-description-words = La description compte { $words } mots ; cet appel en autorise au plus { $max }.
proposal-error-title-length = Le titre compte { $length } caractères ; cet appel en autorise au plus { $max }.
proposal-error-choice = Choisissez dans la liste.
proposal-error-required = Ce champ est nécessaire pour soumettre la proposition.
proposal-error-organizer = Indiquez un groupe de parties prenantes et un pays pour chaque coorganisateur.
proposal-error-person = Indiquez un nom et une adresse électronique valide pour chaque personne.
proposal-error-speaker-cap = { $name } est déjà confirmé(e) dans { $count } sessions de ce cycle ; la limite est de { $max }.
session-role-speaker = Intervenant
session-role-onsite-moderator = Modérateur sur place
session-role-online-moderator = Modérateur en ligne
session-role-rapporteur = Rapporteur
invitation-invited = En attente de réponse
invitation-confirmed = Confirmée
invitation-declined = Déclinée
format-panel = Panel
format-roundtable = Table ronde
format-debate = Débat
format-break-out = Travail en sous-groupes
format-birds-of-a-feather = Rencontre par affinités (« birds of a feather »)
format-flash = Session éclair
format-other = Autre

## Invitations
invitation-title = Invitation à un atelier
invitation-text = Vous êtes invité(e) en qualité de « { $role } » dans l'atelier proposé
invitation-confirm = Je confirme
invitation-decline = Je décline
invitation-login = Connectez-vous ou inscrivez-vous pour répondre : les intervenants participent avec leur profil.

## Examen préliminaire
screening-intro = Étape 1 : chaque proposition soumise est vérifiée au regard des règles publiées du cycle. Chaque règle est respectée ou non, avec son motif, que l'auteur de la proposition peut consulter. Toute dérogation exige un motif consigné.
screening-run = Examiner toutes les propositions soumises
screening-summary-passed = { $count } admises
screening-summary-failed = { $count } non admises
screening-passed = Admise
screening-failed = Non admise
screening-not-yet = Pas encore examinée
screening-overridden = décidé par le Secrétariat
screening-override = Déroger
screening-reason = Motif (consigné)
screening-complete = Champs à remplir : { $missing }.
screening-complete-ok = Tous les champs du formulaire sont remplis.
screening-title-length = Titre : { $length } caractères (au plus { $max }).
screening-description-length = Description : { $words } mots (au plus { $max }).
screening-format-duration = Format et durée : la durée de { $duration } minutes doit être autorisée pour ce format.
screening-confirmed-speakers = Intervenants confirmés : { $count } (au moins { $min }).
screening-gender-diverse = Au moins un intervenant confirmé d'un genre différent de celui des autres.
screening-onsite = Sur place : { $speakers } intervenants (au moins { $min_speakers }) et { $moderators } modérateurs (au moins { $min_moderators }).
screening-not-mag-member = Les auteurs de propositions ne peuvent pas être membres du MAG.
screening-proposals-per-person = Propositions de cette personne dans le cycle : { $count } (au plus { $max }).
screening-proposals-per-institution = Propositions de cette institution dans le cycle : { $count } (au plus { $max }).
screening-sessions-per-speaker = Aucun intervenant confirmé ne participe à plus de { $max } sessions.
screening-previous-report = Le lien vers le rapport du précédent atelier de l'auteur est fourni.

## Évaluation
assignment-intro = Chaque proposition ayant passé l'examen préliminaire reçoit ses évaluateurs parmi les membres du MAG, selon une affectation optimale calculée : jamais un membre en situation de conflit d'intérêts, des membres de groupes de parties prenantes différents pour chaque proposition, des domaines thématiques correspondants et une charge de travail équilibrée.
assignment-proposals = { $count } propositions à évaluer
assignment-members = { $count } membres du MAG
assignment-pairs = { $count } affectations
assignment-scored = { $count } évaluations soumises
assignment-compute = Calculer l'affectation optimale
assignment-short = Propositions sans suffisamment d'évaluateurs
assignment-progress = Avancement par membre du MAG
assignment-assigned = Attribuées
assignment-done = Évaluées
assignment-by-hand = Ajuster manuellement
assignment-proposal-number = Numéro de la proposition
assignment-member = Membre du MAG
assignment-action = Modification
assignment-add = Ajouter
assignment-remove = Retirer
evaluation-areas = Mes domaines thématiques
evaluation-areas-hint = Les thèmes que vous connaissez le mieux : l'affectation vous attribue de préférence des propositions qui s'y rapportent.
evaluation-assigned = { $count ->
    [one] { $count } proposition à évaluer
   *[other] { $count } propositions à évaluer
}
evaluation-none = Aucune proposition ne vous a encore été attribuée.
evaluation-status = État
evaluation-scored = Évaluée
evaluation-to-do = À évaluer
evaluation-score-title = Évaluer une proposition
evaluation-anonymised = Vue anonymisée : les noms des auteurs des propositions, des organisations et des personnes sont masqués ; leurs groupes, leurs régions et les indications « pays en développement » et « première participation » sont affichés.
evaluation-first-time-proposer = Auteur proposant pour la première fois
evaluation-developing = pays en développement
evaluation-first-timer = première participation
evaluation-your-scores = Vos notes
evaluation-comment = Commentaire
evaluation-save = Enregistrer mon évaluation
evaluation-error-scores = Notez chaque critère de { $min } à { $max }. Rien n'a été enregistré.
evaluation-conflict = Conflit d'intérêts
evaluation-conflict-reason = Pourquoi vous ne devriez pas évaluer cette proposition
evaluation-conflict-declare = Déclarer un conflit d'intérêts
criterion-policy-question = Question de politique
criterion-relevance = Pertinence
criterion-content = Contenu
criterion-interaction = Interaction et format
criterion-diversity = Diversité
forbidden-conflict-listed-on-proposal = Vous figurez dans cette proposition : vous ne pouvez pas l'évaluer.
forbidden-conflict-same-organization = Cette proposition émane de votre organisation : vous ne pouvez pas l'évaluer.
forbidden-conflict-declared = Vous avez déclaré un conflit d'intérêts avec cette proposition.
forbidden-not-assigned = Cette proposition ne vous est pas attribuée.
forbidden-scores-confidential = Les notes sont réservées au Secrétariat et au Président jusqu'à la publication de la sélection ; elles deviennent ensuite des données ouvertes, sous pseudonymes.

## Classement, sélection et décisions
results-intro = Notes par proposition : moyenne, médiane et note normalisée, qui corrige les écarts entre évaluateurs sévères et indulgents. La sélection suggérée retient les meilleures notes normalisées dans la limite des créneaux et du maximum par thème, puis procède au plus petit nombre d'échanges nécessaire pour atteindre les objectifs d'équilibre.
results-suggestion = Sélection suggérée
results-selected = { $count } propositions suggérées
results-swaps = { $count } échanges pour l'équilibre
results-cost = Points de note sacrifiés par rapport au classement pur
results-targets = Objectifs d'équilibre
results-target = Objectif
results-minimum = Minimum
results-by-ranking = Classement pur
results-in-suggestion = Suggestion
results-no-theme = Sans thème
results-scores = Notes
results-mean = Moyenne
results-median = Médiane
results-normalised = Normalisée
results-suggested = Suggérée
results-decision = Décision
results-record = Enregistrer
results-anonymised-scores = Notes anonymisées
target-developing = Organisateurs de pays en développement
target-first-time = Auteurs proposant pour la première fois
target-gender-diverse = Intervenants de genres divers
decision-approved = Approuvée
decision-approved-if-merged = Approuvée sous réserve de fusion
decision-not-approved = Non approuvée
decision-merge-with = Fusionner avec la proposition numéro
decision-rationale = Justification
workshops-none = Aucun atelier n'a encore été approuvé.
synthesis-intro = Propositions reçues, admises à l'examen préliminaire et approuvées, par thème ainsi que par groupe de parties prenantes et par groupe régional de l'ONU de leurs organisateurs. Une proposition est comptée dans chaque groupe auquel appartient au moins un de ses organisateurs.
synthesis-all = Toutes les propositions
synthesis-received = Reçues
synthesis-passed = Admises à l'examen préliminaire
synthesis-approved = Approuvées

## Courriels
mail-invitation-subject = Invitation à intervenir dans un atelier proposé à { $forum }
mail-invitation-body =
    Bonjour { $name },

    { $proposer } vous a inscrit(e) en qualité de « { $role } » dans la proposition d'atelier « { $title } ».

    Veuillez confirmer ou décliner ici :

    { $link }

    Seules les personnes ayant confirmé sont prises en compte lors de l'examen préliminaire de la proposition.
mail-decision-subject = Décision concernant votre proposition d'atelier : { $title }
mail-decision-body =
    Bonjour { $name },

    Le MAG a statué sur votre proposition « { $title } » : { $decision }.

    La décision et sa justification figurent sur la page de la proposition :

    { $link }
settings-report-due-days = Rapports dus, en jours après la session
settings-recommendation-reminder-days = Relancer les organismes qui n'ont pas répondu à une recommandation, tous les … jours
decisions-review = Vérifier et publier les décisions
decisions-review-intro = Les décisions préparées ne sont pas publiques et personne n’en est informé. La publication les inscrit toutes au registre public et écrit une fois à chaque auteur de proposition.
decisions-nothing-staged = Aucune décision n’est préparée.
decisions-staged-count = { $count ->
    [one] 1 décision préparée
   *[other] { $count } décisions préparées
}
decisions-held-evaluation = L’évaluation dure jusqu’au { $date } : les décisions pourront être publiées une fois qu’elle sera terminée.
decisions-publish-warning = La publication inscrit ces { $count } décisions au registre public et envoie { $count } courriels. Elle est irréversible.
decisions-publish = Publier les décisions et informer les auteurs
decisions-back-to-results = Retour au classement
decisions-review-link = Vérifier et publier
decisions-apply-suggestion = Préparer la sélection suggérée
decisions-apply-suggestion-hint = Prépare « Approuvée » pour chaque proposition suggérée et « Non approuvée » pour les autres sans décision. Chacune peut être modifiée avant la publication.
decisions-staged-as = Préparée : { $decision }
decisions-choose = Choisir…
decisions-stage = Préparer
forbidden-decisions-held = Les décisions sont publiées une fois l’évaluation terminée.
forbidden-decisions-nothing-staged = Aucune décision n’est préparée : préparez d’abord les décisions dans le classement.
screening-outcomes = Résultats de la présélection
screening-filter-all = Toutes
screening-filter-passed = Retenues
screening-filter-failed = Non retenues
screening-filter-overridden = Décidées par le Secrétariat
screening-filter-not-screened = Pas encore examinées
screening-filter-outcome = Résultat
screening-filter-title = Le titre contient
screening-filter-apply = Afficher
screening-sort = Trier par
screening-sort-id = Numéro
screening-sort-title = Titre
screening-sort-outcome = Résultat
screening-matching = Propositions correspondantes : { $count }
screening-none = Aucune proposition ne correspond à ces filtres.
screening-page-of = Page { $number } sur { $of }
screening-error-reason = Indiquez le motif de cette décision : il est inscrit au registre public.
screening-error-reason-length = Le motif ne peut dépasser { $max } caractères.
evaluation-queue = Ma file d'évaluation
evaluation-progress = { $count } sur { $total } évaluées
evaluation-continue = Continuer avec la prochaine proposition à évaluer
evaluation-previous = Proposition précédente
evaluation-next = Proposition suivante
evaluation-all-done = Enregistré. Toutes les propositions qui vous sont attribuées sont évaluées ; vous pouvez encore modifier une note jusqu'à la fin de l'évaluation.
criterion-scale = { $min } : ne répond pas du tout à ce critère. { $max } : y répond pleinement.
criterion-policy-question-scale = { $min } : pas de question de politique claire, ou une question hors de la gouvernance de l'Internet. { $max } : une question de politique précise et actuelle, que la session peut réellement traiter.
criterion-relevance-scale = { $min } : sans rapport avec le thème ni avec les priorités du forum. { $max } : au cœur du thème, sur une question que le forum doit examiner maintenant.
criterion-content-scale = { $min } : contenu vague ou mince, sans résultat clair. { $max } : contenu solide, avec des résultats attendus concrets et utiles.
criterion-interaction-scale = { $min } : un panel qui lit des déclarations, sans place pour le public ni pour les participants à distance. { $max } : un format qui fait participer tout le monde, sur place et en ligne.
criterion-diversity-scale = { $min } : intervenants et organisateurs d'un seul groupe ou d'une seule région. { $max } : équilibre entre groupes de parties prenantes, régions et genres, avec des nouveaux venus.
results-rankings = Classements par thème
results-themes = Thèmes
results-none = Aucune proposition n'a encore été notée.
results-ranked = Propositions classées : { $count }
results-normalised-hint = La note normalisée corrige l'effet des évaluateurs sévères ou indulgents. Les notes de chaque évaluateur deviennent des cotes z (de combien d'écarts types propres à cet évaluateur une note s'écarte, au-dessus ou au-dessous, de sa propre moyenne) ; les cotes z d'une proposition sont moyennées puis ramenées sur l'échelle : moyenne de toutes les notes plus cette moyenne multipliée par l'écart type de toutes les notes. Elle se lit comme une note mais n'est pas bornée par l'échelle : une proposition que tous ses évaluateurs placent bien au-dessus de leurs notes habituelles peut dépasser { $max } (ou descendre sous { $min }).

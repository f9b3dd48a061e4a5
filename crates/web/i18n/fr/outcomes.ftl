# Résultats : rapports de session, Messages du FGI, répertoire de l'écosystème, recommandations aux organismes qui
# élaborent les politiques et leurs réponses, alignement sur les grandes orientations du SMSI et les ODD.

nav-recommendations = Recommandations
any = Tous
filter = Filtrer

reports-title = Rapports de session
reports-filed-n = { $count ->
    [one] { $count } rapport déposé
   *[other] { $count } rapports déposés
}
reports-overdue-n = { $count } en retard
report-title = Rapport de session
report-session = Session
report-ended = Fin
report-due-column = Échéance
report-state = État
report-state-filed = Déposé
report-state-filed-late = Déposé en retard
report-state-overdue = En retard
report-state-not-due = Pas encore échu
report-due = Échéance : { $date }
report-late = Ce rapport a été déposé après la date limite.
report-not-filed = Aucun rapport n'a encore été déposé pour cette session.
report-rapporteur = Rapporteur
report-moderator = Modérateur
report-attendance = Participation
report-onsite = Participants sur place
report-online = Participants en ligne
report-women = Femmes (estimation)
report-onsite-n = { $count } sur place
report-online-n = { $count } en ligne
report-women-n = { $count ->
    [one] { $count } femme (estimation)
   *[other] { $count } femmes (estimation)
}
report-takeaways = Principaux points à retenir
report-takeaways-hint = Trois au maximum : ce que la session a conclu, en une ou deux phrases chacun.
report-takeaway-n = Point à retenir { $n }
report-calls = Appels à l'action
report-calls-hint = Trois au maximum, chacun adressé à un groupe de parties prenantes ou à un organisme du répertoire.
report-call-n = Appel à l'action { $n }
report-call-to = Destinataire
report-summary = Résumé des débats
report-transcript-link = Transcription (lien)
report-recording-link = Enregistrement (lien)
report-transcript = Transcription
report-transcript-hint = Collez les sous-titres en texte brut ; chaque intervention commence par « >> NOM: ».
report-turns = { $count ->
    [one] { $count } intervention
   *[other] { $count } interventions
}
report-show-transcript = Afficher la transcription
report-file = Déposer le rapport
report-edit = Mettre à jour le rapport
report-save = Enregistrer le rapport
report-error-no-takeaway = Indiquez au moins un point à retenir.
report-error-too-many-takeaways = Indiquez trois points à retenir au maximum.
report-error-too-many-calls = Indiquez trois appels à l'action au maximum.
report-error-call-without-addressee = Précisez à qui chaque appel à l'action est adressé.
report-error-no-summary = Résumez les débats.
report-error-negative-count = Les chiffres de participation ne peuvent pas être négatifs.
report-error-estimates-exceed-attendance = Le total des estimations dépasse le nombre de participants.
report-error-bad-link = Les liens doivent commencer par https:// ou http://.
report-error-transcript-long = Une transcription compte au maximum { $limit } caractères.
forbidden-report-not-yours = Seuls les organisateurs, les modérateurs et le rapporteur de la session, ainsi que le Secrétariat, peuvent déposer son rapport.
session-report-link = Rapport de session
session-report-full = Le rapport complet
mail-report-reminder-subject = Le rapport de « { $title } » est en retard
mail-report-reminder-body = Le rapport de votre session « { $title } » était attendu le { $date }. Veuillez le déposer à l'adresse { $link } : les Messages du forum sont tirés des rapports, et un rapport manquant bloque les propositions de son organisateur l'année suivante.

messages-title = Messages
messages-intro = Les Messages du FGI condensent, thème par thème, les conclusions des sessions. Le Secrétariat les rédige à partir des principaux points à retenir des rapports, le projet est soumis aux commentaires du public, et le texte final est publié avec la liste des modifications.
messages-none = Aucun Message n'a encore été rédigé pour ce cycle.
message-kind = Type
message-kind-message = Message
message-kind-chair-summary = Résumé de la présidence
message-status-draft = Projet
message-status-in-comment = Ouvert aux commentaires du public
message-status-published = Publié
message-draft = Rédiger un Message
message-title = Titre
message-pick = Points à retenir sur lesquels le fonder
message-pick-hint = Choisissez les points à retenir des rapports dont s'inspire ce Message : ils en deviennent les premiers paragraphes, que vous pourrez modifier, et y restent liés en tant que sources.
message-no-reports = Aucun rapport n'a encore été déposé.
message-create = Créer le projet de Message
message-error-title = Donnez au Message un titre de 200 caractères au maximum.
message-error-sources = Choisissez au moins un point à retenir.
message-error-empty = Un Message doit avoir un titre et un texte.
message-error-note = Avant de publier, indiquez ce qui a changé depuis les commentaires du public.
message-error-published = Un Message publié ne peut changer que par une nouvelle publication accompagnée d'une note.
message-version = version { $n }
message-versions = Versions
message-see-comments = Commentaires du public sur ce projet
message-sources = Sources
message-takeaway-n = point à retenir { $n }
message-edit = Modifier
message-body = Texte
message-body-hint = Markdown ; les lignes vides séparent les paragraphes que le public commente.
message-note = Modifications apportées (conservées avec la version)
message-save = Enregistrer le projet
message-publish = Publier
message-open-comment = Ouvrir aux commentaires du public
message-comment-title = Projet de Message soumis aux commentaires : { $title }
message-comment-description = Commentez n'importe quel paragraphe de ce projet de Message. Le Message, ses sources et ses versions : { $link }

bodies-title = Répertoire de l'écosystème
bodies-intro = Les organismes qui élaborent les politiques de l'Internet, et les questions dont chacun s'occupe. C'est à eux que les recommandations sont adressées.
bodies-orphans = Questions dont aucun organisme ne s'occupe
bodies-orphans-hint = Des recommandations soulèvent ces questions, mais aucun organisme du répertoire ne les mentionne. Le mandat du FGI lui demande de recenser ces nouvelles questions et de les porter à l'attention des organismes compétents.
body-name = Nom
body-acronym = Sigle
body-kind = Type
body-scope = Champ d'action
body-issues = Questions
body-issues-hint = Séparées par des virgules, par exemple : dns, spectre, protection des données.
body-contact = Adresse électronique de contact (non publiée)
body-website = Site web
body-add = Ajouter ou mettre à jour un organisme
body-save = Enregistrer l'organisme
body-error-name = Indiquez le nom de l'organisme (200 caractères au maximum).
body-error-kind = Choisissez le type d'organisme.
body-error-email = Saisissez une adresse électronique valide.
body-error-website = Le site web doit commencer par https:// ou http://.
body-recommendations = Recommandations qui lui sont adressées
body-no-recommendations = Aucune pour l'instant.
body-in-tracker = Les voir dans le tableau de suivi
body-kind-intergovernmental = Organisation intergouvernementale
body-kind-standards-body = Organisme de normalisation
body-kind-internet-registry = Registre Internet
body-kind-government = Gouvernement
body-kind-regulator = Autorité de régulation
body-kind-company = Entreprise
body-kind-civil-society = Organisation de la société civile
body-kind-academic = Établissement universitaire
body-kind-nri = FGI national ou régional
body-kind-coalition = Coalition

recommendations-title = Recommandations
recommendations-intro = Ce que le forum recommande, à qui, et la suite que chaque organisme y a donnée — chaque étape datée, en public.
recommendations-filter = Filtrer les recommandations
recommendations-none = Aucune recommandation ne correspond.
recommendations-n = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
recommendation-new = Nouvelle recommandation
recommendation-title = Titre
recommendation-text = Recommandation
recommendation-rationale = Justification
recommendation-source = Provenance
recommendation-source-id = Son numéro (facultatif)
recommendation-cycle = Cycle
recommendation-bodies = Destinataires
recommendation-bodies-hint = Organismes du répertoire ; ajoutez d'abord au répertoire ceux qui manquent.
recommendation-body = Organisme
recommendation-status = État
recommendation-updated = Mise à jour
recommendation-save = Enregistrer le projet
recommendation-see-source = Voir la source
recommendation-send = Envoyer aux organismes
recommendation-send-hint = Le contact de chaque organisme reçoit un lien pour répondre, sans avoir besoin de compte.
recommendation-sent-n = { $count ->
    [one] Envoyée à { $count } organisme.
   *[other] Envoyée à { $count } organismes.
}
recommendation-record-silence = Consigner l'absence de réponse
recommendation-error-title = Donnez un titre de 200 caractères au maximum.
recommendation-error-text = Rédigez la recommandation.
recommendation-error-source = Indiquez sa provenance.
recommendation-error-source-id = Le numéro de la source doit être un nombre entier.
recommendation-error-no-body = Adressez-la à au moins un organisme.
recommendation-error-unknown-body = Une recommandation ne peut être adressée qu'à des organismes du répertoire.
forbidden-recommendation-move = Cette étape n'est pas possible depuis l'état actuel de l'organisme.
recommendation-status-drafted = Rédigée
recommendation-status-sent = Envoyée
recommendation-status-acknowledged = Réception confirmée
recommendation-status-under-consideration = À l'étude
recommendation-status-implemented = Mise en œuvre
recommendation-status-partly-implemented = Partiellement mise en œuvre
recommendation-status-declined = Refusée
recommendation-status-no-response = Sans réponse
recommendation-source-message = Message du FGI
recommendation-source-report = Rapport de session
recommendation-source-coalition = Coalition dynamique
recommendation-source-best-practice-forum = Forum sur les meilleures pratiques
recommendation-source-policy-network = Réseau de politique générale
mail-recommendation-subject = Recommandation de { $forum } : { $title }
mail-recommendation-body = { $forum } adresse la recommandation suivante à { $name } : « { $title } ». Vous pouvez indiquer au forum la suite que votre organisation y donne — réception confirmée, à l'étude, mise en œuvre, mise en œuvre partielle ou refus — à l'adresse { $link } (aucun compte n'est nécessaire ; le lien est valable jusqu'au { $date }). Votre réponse est publiée sur le tableau de suivi public du forum.
mail-recommendation-next-subject = Merci — votre prochaine mise à jour sur « { $title } »
mail-recommendation-next-body = Votre réponse sur « { $title } » est publiée. Lorsqu'il y aura du nouveau, mettez-la à jour à l'adresse { $link } (valable jusqu'au { $date }).
mail-recommendation-reminder-subject = Rappel : { $forum } attend votre réponse sur « { $title } »
mail-recommendation-reminder-body = { $forum } a adressé la recommandation « { $title } » à { $name } et n'a pas reçu de réponse. Veuillez répondre à l'adresse { $link } (valable jusqu'au { $date }).

respond-title = Répondre à une recommandation
respond-intro = Vous répondez au nom de { $name }. Votre réponse, datée, est publiée sur le tableau de suivi du forum.
respond-current = État actuel
respond-answer = Votre réponse
respond-text = Ce que votre organisation a fait ou fera
respond-link = Lien vers votre décision ou votre document (facultatif)
respond-public = Aucun compte n'est nécessaire. Une fois votre réponse envoyée, un nouveau lien pour les mises à jour ultérieures est envoyé à votre adresse de contact.
respond-send = Envoyer la réponse
respond-unknown = Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier, ou demandez-en un nouveau au Secrétariat du forum.
respond-spent = Ce lien a déjà été utilisé, le { $date }. Un nouveau lien pour les mises à jour ultérieures a été envoyé à l'adresse de contact de votre organisation.
respond-expired = Ce lien a expiré le { $date }. Demandez-en un nouveau au Secrétariat du forum.
respond-error-status = Choisissez l'une des réponses proposées.
respond-error-long = La réponse compte au maximum { $limit } caractères.
respond-error-link = Le lien doit commencer par https:// ou http://.

alignment-title = Alignement sur le SMSI et les ODD
alignment-intro = Pour chaque grande orientation du SMSI et chaque objectif de développement durable : les sessions, Messages et recommandations de chaque cycle qui s'y rapportent.
alignment-action-lines = Grandes orientations du SMSI
alignment-sdgs = Objectifs de développement durable
alignment-code = Grande orientation ou objectif
alignment-cell-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
alignment-cell-messages = { $count ->
    [one] { $count } Message
   *[other] { $count } Messages
}
alignment-cell-recommendations = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
alignment-nothing = Rien ne s'y rapporte encore.
alignment-kind-session = Session
alignment-kind-message = Message
alignment-kind-recommendation = Recommandation

cycle-statistics-title = Statistiques du cycle
cycle-statistics-intro = Participation tirée des rapports de session, sessions par type et par thème, et état des rapports. Inscriptions par groupe de parties prenantes, région, niveau de développement, genre et primo-participants :
cycle-statistics-attendance = Participation (d'après les rapports de session)
cycle-statistics-attendance-by-group = Participation par groupe de parties prenantes (estimations des rapports)
cycle-statistics-attendance-by-gender = Participation par genre (estimations des rapports)
cycle-statistics-sessions-by-type = Sessions par type
cycle-statistics-sessions-by-theme = Sessions par thème
cycle-statistics-reports = Rapports de session
cycle-statistics-onsite = Sur place
cycle-statistics-online = En ligne
cycle-statistics-women = Femmes
cycle-statistics-others = Autres ou non estimés
cycle-statistics-no-theme = Sans thème

# Consultations publiques : questionnaires, commentaires sur des projets de texte, affirmations et votes, contributions,
# synthèse, lettres types, modération et cartes des opinions.

consultations-title = Consultations
consultations-intro = Les consultations publiques permettent au forum d'entendre chacun : répondez à un questionnaire, commentez un projet de texte paragraphe par paragraphe, ou dites si vous êtes d'accord ou non avec de courtes affirmations. Toutes les contributions sont publiques, sauf si la consultation autorise les contributions confidentielles.
consultations-new = Ouvrir une consultation
consultations-none = Aucune consultation n'a encore été ouverte.
consultation-title = Titre
consultation-status = État
consultation-dates = Période d'ouverture
consultation-submissions = Contributions
consultation-comments = Commentaires
consultation-votes = Votes
consultation-status-upcoming = À venir
consultation-status-open = Ouverte
consultation-status-replies = Close, réponses encore acceptées
consultation-status-closed = Close
consultation-status-synthesis-published = Synthèse publiée
eligibility-anyone = Tout le monde peut participer
eligibility-registered = Les participants inscrits peuvent participer
eligibility-verified = Les participants ayant confirmé leur adresse électronique peuvent participer
consultation-edit = Modifier la consultation
consultation-description = Description
consultation-documents = Documents
consultation-documents-hint = Liens vers les documents soumis à consultation, en Markdown : un par ligne, par exemple [Projet de texte (PDF)](https://…).
consultation-opens = Ouverture le
consultation-closes = Clôture à la fin du
consultation-replies-until = Réponses acceptées jusqu'à la fin du (facultatif)
consultation-replies-hint = Après la clôture, il reste possible de répondre aux commentaires jusqu'à cette date.
consultation-eligibility = Qui peut participer
consultation-languages = Langues dans lesquelles les contributions sont bienvenues
consultation-allow-confidential = Autoriser les contributions confidentielles (prises en compte dans la synthèse, jamais publiées)
consultation-max-text = Longueur maximale d'un texte (caractères)
consultation-inquiry-days = Nombre de jours pour poser des questions après la publication de la synthèse
consultation-content-locked = Des personnes ont déjà répondu ou commenté : le questionnaire et le projet de texte ne peuvent plus être modifiés.
consultation-questionnaire = Questionnaire
consultation-questionnaire-hint = Une question par bloc, les blocs étant séparés par une ligne vide. Commencez chaque bloc par son type : [text], [single], [multiple] ou [scale] (degré d'accord) ; une question à choix indique ses options sur les lignes suivantes, chacune commençant par « - ».
consultation-draft = Projet de texte soumis aux commentaires
consultation-draft-hint = Paragraphes séparés par des lignes vides ; chacun commente un paragraphe en indiquant son numéro.
consultation-seed-statements = Affirmations soumises au vote
consultation-seed-statements-hint = Une courte affirmation par ligne. Chacun indique s'il est d'accord ou non avec chacune, ou passe, et peut proposer ses propres affirmations.
consultation-error-title = Donnez à la consultation un titre de 200 caractères au maximum.
consultation-error-date = Saisissez une date au format YYYY-MM-DD.
consultation-error-order = La clôture de la consultation doit être postérieure à son ouverture.
consultation-error-replies = La date limite des réponses doit être postérieure à la clôture.
consultation-error-eligibility = Indiquez qui peut participer.
consultation-error-max-text = Saisissez une longueur comprise entre 100 et 200 000 caractères.
consultation-error-inquiry-days = Saisissez un nombre de jours compris entre 0 et 365.
consultation-error-question-unknown-kind = Question { $number } : le type doit être [text], [single], [multiple] ou [scale].
consultation-error-question-no-text = La question { $number } n'a pas de texte.
consultation-error-question-too-few-choices = La question { $number } doit proposer au moins deux options, chacune sur sa propre ligne commençant par « - ».
consultation-error-question-choices-not-allowed = La question { $number } propose des options, mais seules les questions [single] et [multiple] en comportent.
consultation-closes-on = Clôture à la fin du { $date } (UTC)
consultation-sections = À propos de cette consultation
consultation-submissions-n = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
consultation-your-submission = Votre contribution
consultation-submit = Envoyer votre contribution
consultation-see-your-submission = Voir votre contribution telle que les autres la voient
consultation-as = Vous participez en tant que { $name }, avec le groupe de parties prenantes et le pays indiqués dans votre profil.
consultation-on-behalf = Au nom de qui
on-behalf-individual = En mon nom propre
on-behalf-organization = Au nom d'une organisation
on-behalf-joint = Contribution conjointe de plusieurs organisations
consultation-organization-hint = L'organisation que vous représentez, le cas échéant.
consultation-endorsers = Organisations qui appuient la contribution (contributions conjointes)
consultation-endorsers-hint = Une par ligne : le nom de l'organisation, une barre verticale et l'adresse électronique de son contact, par exemple « Internet Society | policy@example.org ». Chacune est invitée par courriel à confirmer son appui ; seuls les appuis confirmés sont affichés.
consultation-your-answer = Votre réponse
consultation-comment-optional = Autre chose à ajouter ? (facultatif)
consultation-your-input = Votre contribution
consultation-general-comment = Observations générales
consultation-limit-hint = { $limit } caractères au maximum.
consultation-confidential = Garder ma contribution confidentielle : elle est prise en compte dans la synthèse, mais n'est pas publiée.
consultation-public-notice = Votre nom, votre organisation, votre groupe de parties prenantes, votre pays et votre texte sont publiés à une adresse permanente, sauf si vous demandez la confidentialité. Vous pouvez modifier votre contribution jusqu'à la clôture de la consultation.
consultation-send = Envoyer
consultation-update = Enregistrer les modifications
consultation-draft-intro = Commentez le paragraphe de votre choix ; vous pouvez aussi répondre aux commentaires.
consultation-comments-n = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
consultation-reply = Répondre
consultation-your-reply = Votre réponse
consultation-send-reply = Envoyer la réponse
consultation-comment-on = Commenter le paragraphe { $number }
consultation-your-comment = Votre commentaire
consultation-send-comment = Envoyer le commentaire
consultation-statements = Affirmations
consultation-statements-intro = Indiquez si vous êtes d'accord avec chaque affirmation, ou passez. La carte des opinions regroupe les personnes qui votent de la même manière et montre ce sur quoi tous les groupes s'accordent.
consultation-statement-agree = { $count } d'accord
consultation-statement-disagree = { $count } pas d'accord
consultation-statement-pass = { $count } sans avis
vote-agree = D'accord
vote-disagree = Pas d'accord
vote-pass = Passer
consultation-add-statement = Ajouter une affirmation
consultation-add-statement-hint = Une courte phrase avec laquelle les autres pourront être d'accord ou non (400 caractères au maximum).
consultation-send-statement = Ajouter l'affirmation
consultation-refused-not-yet-open = Cette consultation ouvre le { $date } : les contributions ne sont pas encore acceptées.
consultation-refused-closed = Cette consultation s'est close à la fin du { $date } (UTC) : les contributions ne sont plus acceptées.
consultation-refused-too-long = Le texte compte { $length } caractères ; la limite est de { $limit }.
consultation-refused-empty = Écrivez quelque chose, ou répondez à au moins une question.
consultation-refused-unknown-choice = L'une des options choisies ne figure pas parmi celles de la question.
consultation-refused-one-choice-only = Choisissez une seule réponse à cette question.
consultation-refused-login = Connectez-vous pour participer à cette consultation.
consultation-refused-unverified = Confirmez votre adresse électronique pour participer à cette consultation.
consultation-error-name = Indiquez votre nom (120 caractères au maximum).
consultation-error-group = Choisissez votre groupe de parties prenantes.
consultation-error-country = Choisissez votre pays ou zone.
consultation-error-organization = Indiquez le nom de l'organisation que vous représentez.
consultation-error-endorsers = Organisations qui appuient la contribution, ligne { $line } : indiquez le nom de l'organisation, une barre verticale et une adresse électronique valide.
consultation-error-endorsers-many = Une contribution conjointe peut inviter { $max } organisations au maximum.
consultation-error-repeat = Le même texte a déjà été reçu de votre réseau aujourd'hui ; il n'est pas compté deux fois.
agreement-strongly-disagree = Pas du tout d'accord
agreement-disagree = Pas d'accord
agreement-neutral = Ni d'accord ni pas d'accord
agreement-agree = D'accord
agreement-strongly-agree = Tout à fait d'accord
development-status-developing = Pays en développement (PMA, PDSL ou PEID)

submission-title = Contribution { $number }
submission-confidential = Cette contribution est confidentielle : elle est prise en compte dans la synthèse, mais son auteur et son texte ne sont pas publiés.
submission-confidential-short = confidentielle
submission-from = De
submission-received = Reçue
submission-updated = modifiée le { $date }
submission-endorsed-by = Appuyée par
submission-endorsements-pending = { $count ->
    [one] { $count } organisation invitée n'a pas encore confirmé.
   *[other] { $count } organisations invitées n'ont pas encore confirmé.
}
submission-how-used = Comment la synthèse a utilisé cette contribution
submission-edit = Modifier votre contribution
submission-excerpt = Texte
submissions-confidential-n = { $count ->
    [one] { $count } confidentielle (comptée, non affichée)
   *[other] { $count } confidentielles (comptées, non affichées)
}
submissions-hidden-n = { $count ->
    [one] { $count } masquée par les modérateurs (comptée, listée)
   *[other] { $count } masquées par les modérateurs (comptées, listées)
}
endorsement-title = Confirmer un appui
endorsement-intro = Il vous est demandé de confirmer que { $organization } appuie cette contribution conjointe.
endorsement-confirm = Confirmer l'appui
endorsement-done = L'appui est confirmé et figure sur la contribution.
mail-endorsement-subject = Merci de confirmer l'appui à une contribution à « { $consultation } »
mail-endorsement-body = { $lead } a indiqué que { $organization } appuie sa contribution conjointe à la consultation « { $consultation } ». Pour confirmer, ouvrez { $link } et cliquez sur le bouton. Si vous ne reconnaissez pas cette demande, ignorez ce message : rien n'est affiché tant que vous n'avez pas confirmé.

synthesis-title = Synthèse
synthesis-report = Rapport de synthèse
synthesis-not-yet = Le rapport de synthèse n'a pas encore été publié. Les chiffres ci-dessous sont mis à jour en temps réel.
synthesis-draft-notice = Brouillon : seul le Secrétariat voit ce texte tant qu'il n'est pas publié.
synthesis-published-on = Publiée le { $date }
synthesis-citations = Contributions citées
synthesis-write = Rédiger la synthèse
synthesis-save-draft = Enregistrer comme brouillon
synthesis-publish = Publier
synthesis-error-empty = Rédigez la synthèse avant de la publier.
synthesis-cite = Citer une contribution
synthesis-cite-submission = Numéro de la contribution
synthesis-cite-used = Comment la synthèse l'a utilisée (laisser vide pour retirer la citation)
synthesis-cite-save = Enregistrer la citation
synthesis-error-citation = Il n'y a pas de contribution { $number } dans cette consultation.
synthesis-counts = Qui a participé
synthesis-by-group = Contributions par groupe de parties prenantes
synthesis-by-region = Contributions par groupe régional de l'ONU et provenant de pays en développement
synthesis-input = Contribution
synthesis-total = Total
synthesis-all-submissions = Toutes les contributions
synthesis-paragraph = Commentaires sur le paragraphe { $number }
synthesis-chart-description = Réponses à une question à choix ; { $total } contributions y ont répondu.
synthesis-choice = Option
synthesis-count = Nombre
synthesis-inquiries = Questions
synthesis-inquiry-window = Les questions sur la synthèse sont acceptées jusqu'à la fin du { $date }.
synthesis-no-inquiries = Aucune question pour l'instant.
synthesis-inquiry = Votre question sur la synthèse
synthesis-inquiry-send = Envoyer la question
synthesis-inquiry-not-published = Les questions pourront être posées une fois la synthèse publiée.
synthesis-inquiry-closed = La période de questions s'est close à la fin du { $date }.
synthesis-inquiry-too-long = Une question compte au maximum { $limit } caractères.

form-letters-title = Lettres types et campagnes
form-letters-intro = Les textes envoyés de nombreuses fois, à l'identique ou presque (fragments de mots comparés par MinHash avec hachage sensible à la localité), sont affichés une seule fois, avec leur nombre réel et quelques variantes. Une campagne est une manière légitime de s'exprimer ; elle est comptée pour ce qu'elle est.
form-letters-clusters = { $count ->
    [one] { $count } campagne
   *[other] { $count } campagnes
}
form-letters-in-clusters = { $count ->
    [one] { $count } contribution fait partie d'une campagne
   *[other] { $count } contributions font partie d'une campagne
}
form-letters-copies = { $count ->
    [one] { $count } exemplaire d'un même texte
   *[other] { $count } exemplaires d'un même texte
}
form-letters-exact = { $count ->
    [one] { $count } identique
   *[other] { $count } identiques
}
form-letters-similarity = similarité moyenne : { $value } %
form-letters-withheld = Le premier exemplaire est confidentiel ou masqué ; son texte n'est pas affiché.
form-letters-variants = Variantes
form-letters-junk = Contributions très courtes ou vides
form-letters-bursts = Rafales depuis un même réseau
form-letters-burst = { $count ->
    [one] { $count } contribution depuis un même réseau en quelques minutes
   *[other] { $count } contributions depuis un même réseau en quelques minutes
}
junk-no-letters = aucune lettre
junk-too-short = trop court
junk-too-few-letters = trop peu de lettres
junk-repetitive = les mêmes mots répétés

moderation-title = Modération
moderation-intro = Masquez, en indiquant un motif, toute contribution qui enfreint les règles : elle reste comptée et listée comme masquée, le motif s'affichant à sa place.
moderation-hidden-because = Masquée par les modérateurs : { $reason }
moderation-reason = Motif du masquage
moderation-hide = Masquer
moderation-show = Afficher à nouveau

opinion-map-title = Carte des opinions
opinion-intro = Les personnes qui votent de la même manière sur les affirmations sont placées près les unes des autres et regroupées ; pour chaque groupe figurent les affirmations qui le distinguent, ainsi que les affirmations sur lesquelles tous les groupes s'accordent.
opinion-compute = Calculer la carte à partir des votes actuels
opinion-none = Aucune carte des opinions n'a encore été calculée.
opinion-computed = Calculée le { $date }
opinion-placed = { $count ->
    [one] { $count } personne placée
   *[other] { $count } personnes placées
}
opinion-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
opinion-silhouette = séparation (silhouette) : { $value }
opinion-map-description = Chaque marque représente une personne, placée selon ses votes ; sa forme indique auquel des { $groups } groupes d'opinion elle appartient. Les tableaux ci-dessous présentent les mêmes informations.
opinion-groups = Groupes d'opinion
opinion-group = Groupe { $name }
opinion-group-size = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
opinion-shape-circle = cercles
opinion-shape-square = carrés
opinion-shape-triangle = triangles
opinion-shape-diamond = losanges
opinion-shape-cross = croix
opinion-shape-star = étoiles
opinion-no-representative = Aucune affirmation ne distingue clairement ce groupe.
opinion-representative-of = Ce qui distingue le groupe { $name }
opinion-statement = Affirmation
opinion-direction = Position majoritaire du groupe
opinion-direction-agree = d'accord
opinion-direction-disagree = pas d'accord
opinion-in-group = Dans le groupe
opinion-out-group = Tous les autres
opinion-consensus = Ce sur quoi tous les groupes d'opinion s'accordent
opinion-consensus-hint = Affirmations approuvées par une majorité de chaque groupe d'opinion.
opinion-no-consensus = Aucune affirmation ne recueille l'accord de tous les groupes d'opinion.
opinion-min-agree = au moins { $value } % d'accord dans chaque groupe
opinion-multistakeholder = Consensus multipartite
opinion-multistakeholder-hint = Une affirmation ne fait l'objet d'un consensus multipartite que si chaque groupe de parties prenantes entendu (suffisamment de votes de participants inscrits) l'approuve au-delà du seuil.
opinion-no-groups = Aucun vote de participants inscrits rattachés à un groupe de parties prenantes pour l'instant.
opinion-verdict = Conclusion
opinion-by-group = Accord par groupe de parties prenantes
opinion-ms-yes = Consensus
opinion-ms-no = Pas de consensus
opinion-not-heard = non entendu
opinion-reason-consensus = Les { $groups } groupes de parties prenantes entendus sont tous d'accord.
opinion-reason-group-below-threshold = { $group } n'est d'accord qu'à { $share } % (le seuil est de { $threshold } %).
opinion-reason-too-few-groups = Seuls { $heard } groupes de parties prenantes ont été entendus ; il en faut au moins { $minimum }.
consultation-general-on-draft = Envoyer un commentaire général sur l'ensemble du texte
consultation-editing = Vous modifiez la contribution envoyée sans compte.
submission-edit-link = Conservez ce lien privé : il vous permet de modifier votre contribution jusqu'à la clôture de la consultation. Quiconque le possède peut la modifier.

# L'espace d'un groupe : ses discussions archivées, ses documents et leurs versions, ses réunions et leur file de parole.

## Discussion
spaces-threads = Discussion
spaces-threads-intro = Les discussions du groupe sont publiques : tout le monde peut les lire ; les membres y écrivent, et chaque nouveau message est envoyé par courriel aux autres membres.
spaces-no-threads = Aucune discussion n'a encore commencé.
spaces-thread-title = Sujet
spaces-posts = Messages
spaces-last-post = Dernier message
spaces-new-thread = Lancer une discussion
spaces-post-body = Message
spaces-markdown-hint = Vous pouvez utiliser Markdown : **gras**, *italique*, listes et liens.
spaces-start-thread = Lancer la discussion
spaces-reply = Répondre
spaces-send-reply = Envoyer la réponse
spaces-join-to-post = Seuls les membres du groupe écrivent ici. Rejoignez le groupe depuis sa page de présentation pour participer.
spaces-login-to-post = Connectez-vous pour participer
spaces-former-participant = Un ancien participant
spaces-error-title = Donnez un titre de 200 caractères au plus.
spaces-error-body = Écrivez un message.
spaces-error-too-long = Ce texte est trop long : { $max } caractères au plus.
spaces-queue-members-only = Seuls les membres du groupe peuvent demander la parole à cette réunion.
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = { $name } a écrit dans « { $title } » ({ $group }) :
spaces-mail-post-link = Lire la discussion et répondre : { $link }

## Documents
spaces-documents = Documents
spaces-no-documents = Le groupe n'a pas encore de documents.
spaces-document-title = Titre
spaces-document-body = Texte
spaces-version = Version
spaces-updated = Dernière modification
spaces-new-document = Nouveau document
spaces-change-note = Ce qui a changé
spaces-save-document = Enregistrer
spaces-join-to-write = Seuls les membres du groupe rédigent les documents. Rejoignez le groupe depuis sa page de présentation pour participer.
spaces-version-of = Version { $number }, { $date }.
spaces-old-version = Vous lisez la version { $number } du { $date }, qui n'est pas la version actuelle.
spaces-see-current = Voir la version actuelle
spaces-history = Versions
spaces-date = Date
spaces-author = Auteur
spaces-new-version = Enregistrer une nouvelle version
spaces-new-version-hint = L'enregistrement conserve toutes les versions précédentes : chacun peut encore les lire.
spaces-error-document-body = Écrivez le texte du document.

## Réunions
spaces-meetings = Réunions
spaces-times-in = Les heures sont données dans le fuseau horaire du forum ({ $zone }).
spaces-upcoming = Réunions à venir
spaces-past = Réunions passées
spaces-no-meetings = Aucune.
spaces-meeting-title = Titre
spaces-meeting-kind = Type
spaces-meeting-when = Quand
spaces-meeting-day = Date
spaces-meeting-time = Heure ({ $zone })
spaces-meeting-location = Lieu
spaces-meeting-online = Lien en ligne
spaces-online = en ligne
spaces-agenda = Ordre du jour
spaces-minutes = Compte rendu
spaces-action-points = Actions à mener
spaces-new-meeting = Programmer une réunion
spaces-edit-meeting = Modifier la réunion, son compte rendu et ses actions à mener
spaces-save-meeting = Enregistrer la réunion
spaces-not-yet = Pas encore rédigé.
spaces-open-consultation-hint = Ceci est une consultation ouverte : toute personne connectée peut demander la parole, sur place ou en ligne.
spaces-error-meeting-kind = Choisissez le type de réunion.
spaces-error-day = Donnez la date au format AAAA-MM-JJ.
spaces-error-time = Donnez l'heure au format HH:MM.
spaces-error-link = Donnez une adresse web commençant par https:// ou http://.
meeting-kind-meeting = Réunion
meeting-kind-open-consultation = Consultation ouverte

## File de parole
spaces-queue = File de parole
spaces-queue-open = La file est ouverte.
spaces-queue-closed = La file est fermée.
spaces-queue-fair = Les personnes présentes dans la salle et en ligne parlent à tour de rôle, chacune dans l'ordre de sa demande, afin qu'aucun groupe n'attende derrière l'autre.
spaces-speaking-now = A la parole :
spaces-your-position = Vous êtes numéro { $n } dans la file.
spaces-waiting = { $count ->
    [one] { $count } personne attend
   *[other] { $count } personnes attendent
}
spaces-no-one-waiting = Personne n'attend.
spaces-order = Ordre des orateurs
spaces-position = Rang
spaces-speaker = Orateur
spaces-mode = Où
spaces-asked-at = Demandé à
spaces-ask-where = D'où participez-vous ?
spaces-ask = Demander la parole
spaces-withdraw = Retirer ma demande
spaces-call-next = Appeler l'orateur suivant
spaces-open-queue = Ouvrir la file
spaces-close-queue = Fermer la file
spaces-speaker-done = L’orateur a terminé
spaces-spoken = { $count ->
    [one] { $count } personne a parlé.
   *[other] { $count } personnes ont parlé.
}
spaces-join-to-speak = Seuls les membres du groupe peuvent demander la parole à cette réunion.
spaces-login-to-speak = Connectez-vous pour demander la parole
spaces-error-mode = Indiquez si vous êtes dans la salle ou en ligne.
spaces-error-queue-closed = La file est fermée.
spaces-error-already-waiting = Vous êtes déjà dans la file.
speaking-mode-onsite = Dans la salle
speaking-mode-online = En ligne

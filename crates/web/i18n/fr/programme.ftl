# Agora — catalogue français : le programme (lieu, sessions, calendrier, programme public).
cycle-programme = Programme
cycle-venue = Lieu
cycle-sessions = Sessions
cycle-schedule = Calendrier
venue-title = Lieu
venue-rooms = Salles
venue-room = Salle
venue-capacity = Capacité
venue-interpretation = Langues d'interprétation
venue-add-room = Ajouter la salle
venue-slots = Créneaux horaires
venue-day = Jour
venue-date = Date
venue-start = Début (UTC)
venue-minutes = Minutes
venue-times = Heures de début (UTC), séparées par des espaces
venue-add-slots = Ajouter les créneaux
venue-error-room = Une salle doit avoir un nom et une capacité d'au moins 1.
venue-error-slots = Indiquez un numéro de jour (0 pour le Jour 0), une date, des heures de début telles que 09:00 et une durée de 15 à 480 minutes.
sessions-title = Sessions
sessions-import = Créer les sessions des ateliers approuvés
sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
sessions-type = Type
sessions-people = Personnes
sessions-add = Ajouter une session
sessions-audience = Public attendu
sessions-fixed-room = Salle imposée (facultatif)
sessions-fixed-slot = Horaire imposé (facultatif)
schedule-title = Calendrier
schedule-intro = Le planificateur place chaque session de sorte que personne ne se trouve à deux endroits à la fois, que les salles soient assez grandes et suffisamment équipées et que les sessions dont la salle ou l'horaire est imposé restent à leur place ; ensuite, il évite de faire coïncider les sessions d'un même thème et celles qui intéressent le même public, et répartit les thèmes sur les différents jours. Chaque calcul produit un brouillon : le programme public ne change que lorsque vous en publiez un.
schedule-name = Nom du brouillon
schedule-seed = Graine aléatoire
schedule-compute = Calculer un nouveau brouillon
schedule-versions = Versions
schedule-hard = violations de contraintes strictes : { $count }
schedule-soft = coût des contraintes souples : { $count }
schedule-published = publiée
schedule-publish = Publier cette version
schedule-violations = Contraintes que le calendrier ne respecte pas encore
violation-room-unsuitable = La salle ne convient pas à { $sessions } (taille, équipement ou type).
violation-person-unavailable = Une personne participant à { $sessions } n'est pas disponible à ce moment-là.
violation-person-double-booked = La même personne participe au même moment à { $sessions }.
violation-same-theme-parallel = Des sessions d'un même thème ont lieu en parallèle : { $sessions }.
violation-no-room-left = Il ne reste ni salle ni créneau pour { $sessions }.
programme-title = Programme
programme-none = Le programme n'a pas encore été publié.
programme-day-zero = Jour 0
programme-day = Jour { $n }
programme-time = Heure (UTC)
session-not-scheduled = Cette session ne figure pas encore dans le programme publié.
session-language = Langue : { $language }
session-proposal = La proposition d'atelier
session-interested = Ajouter à mon agenda
session-uninterested = Retirer de mon agenda
agenda-title = Mon agenda
session-role-organizer = Organisateur
session-type-workshop = Atelier
session-type-main-session = Session principale
session-type-open-forum = Forum ouvert
session-type-dynamic-coalition = Session de coalition dynamique
session-type-best-practice-forum = Forum sur les meilleures pratiques
session-type-policy-network = Réseau de politique générale
session-type-nri-session = Session collaborative des initiatives nationales et régionales
session-type-day-0 = Événement du Jour 0
session-type-town-hall = Réunion publique
session-type-lightning-talk = Présentation éclair
session-type-opening = Cérémonie d'ouverture
session-type-closing = Cérémonie de clôture
schedule-not-placed = non placée
schedule-move = Déplacer une session
schedule-move-warning = Ce déplacement enfreint des contraintes impératives. Confirmez pour l’enregistrer quand même dans un brouillon ; une version qui enfreint des contraintes impératives ne peut pas être publiée.
schedule-move-session = Session
schedule-move-confirm = J’ai compris, enregistrer le déplacement
schedule-move-submit = Déplacer
schedule-compare = Comparer avec une autre version
schedule-compare-with = Version
schedule-compare-submit = Comparer
schedule-no-differences = Les deux versions placent chaque session de la même façon.
changes-title = Modifications du programme
changes-intro = Chaque modification apportée après la première publication du programme, de la plus récente à la plus ancienne. Les personnes de chaque session ont été prévenues par courriel.
changes-none = Rien n’a changé depuis la publication du programme.
mail-session-moved-subject = Une de vos sessions a été déplacée — { $forum }
mail-session-moved-body =
    Bonjour { $name },

    Le programme a changé :

    { $change }

    { $link }
cycle-availability = Mes disponibilités
availability-intro = Cochez les créneaux où vous ne pouvez pas être présent·e. Le planificateur n’y placera pas vos sessions.
availability-no-slots = Les créneaux du lieu ne sont pas encore définis.
availability-away = Je ne peux pas être présent·e
venue-session-types = Types de session accueillis (aucun coché : tous)
session-remote = Lien de participation à distance
session-materials = Documents
session-details = Participation à distance et documents
session-preferred-days = Jours préférés des organisateurs
session-preferred-days-hint = Le planificateur place la session l'un de ces jours lorsque c'est possible (aucun coché : n'importe quel jour).
agenda-see = Voir mon agenda
agenda-intro = Les sessions que vous avez ajoutées, par jour et par heure. Les heures sont celles du forum, dans son fuseau horaire ; lorsque le fuseau de votre appareil est différent, votre heure est indiquée à côté.
agenda-local-time = votre heure
agenda-empty = Votre agenda est vide. Ouvrez une session d’un programme et choisissez « Ajouter à mon agenda ».
agenda-browse = Parcourir les appels et les programmes
agenda-clash-summary = { $count ->
    [one] { $count } session de votre agenda en chevauche une autre : elle est signalée ci-dessous.
   *[other] { $count } sessions de votre agenda se chevauchent : chacune est signalée ci-dessous.
}
agenda-clash = Conflit :
agenda-clash-with = cette session se déroule en même temps que
agenda-unplaced = Pas encore dans un programme publié
agenda-calendar = Calendrier
agenda-download = Télécharger mon agenda (fichier iCalendar)
agenda-subscribe-intro = Une adresse de calendrier privée permet à votre application de calendrier de s’abonner à votre agenda et de le tenir à jour, sans connexion. Toute personne qui a l’adresse peut lire votre agenda : gardez-la pour vous.
agenda-address-shown-once = Voici votre adresse de calendrier privée. Ajoutez-la dès maintenant à votre application de calendrier (« s’abonner » ou « ajouter un calendrier à partir d’une URL ») : elle n’est affichée qu’une seule fois.
agenda-address = Adresse de calendrier privée
agenda-address-exists = Vous avez une adresse de calendrier privée. Si vous l’avez perdue ou partagée par erreur, créez-en une nouvelle : l’ancienne cessera de fonctionner.
agenda-address-make = Créer mon adresse de calendrier privée
agenda-address-reset = Créer une nouvelle adresse (l’ancienne cessera de fonctionner)

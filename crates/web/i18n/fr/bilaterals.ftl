# Salles bilatérales : la grille du jour, la réservation, la confirmation, la libération, les listes d'attente et la tâche de libération.
bilaterals-title = Salles bilatérales
bilaterals-intro = Réservez une petite salle pour une réunion privée entre délégations. Les créneaux durent { $n } minutes ; une organisation peut détenir au plus { $max } réservations par jour, places en liste d'attente comprises. Une réservation doit être confirmée dans les { $limit } heures, faute de quoi elle passe au suivant.
bilaterals-precedence-rule = Quand un créneau réservé est libéré, sa liste d'attente avance dans cet ordre : { $groups }, puis tous les autres ; dans chaque groupe, la demande la plus ancienne d'abord. Une réservation détenue n'est jamais retirée.
bilaterals-no-days = Les dates de la réunion ne sont pas encore fixées : les salles pourront être réservées ensuite.
bilaterals-days = Jours de la réunion
bilaterals-grid-caption = Salles bilatérales le { $date }
bilaterals-time = Heure
bilaterals-slot-free = Libre
bilaterals-slot-held = Réservé, à confirmer
bilaterals-slot-confirmed = Réservé
bilaterals-yours = à vous
bilaterals-waiting-count = { $n } en attente
bilaterals-mine = Vos réservations
bilaterals-mine-none = Vous n'avez aucune réservation pour ce cycle.
bilaterals-status = Statut
bilaterals-status-held = Détenue, à confirmer
bilaterals-status-confirmed = Confirmée
bilaterals-status-waiting = En liste d'attente
bilaterals-status-released = Libérée
bilaterals-status-expired = Libérée : non confirmée à temps
bilaterals-position = { $position }ᵉ dans la file
bilaterals-purpose = Objet ou interlocuteur (facultatif)
bilaterals-purpose-hint = Visible seulement par vous et le Secrétariat, et dans votre fichier d'agenda.
bilaterals-confirm-by = À confirmer avant
bilaterals-confirm = Confirmer
bilaterals-release = Libérer
bilaterals-ical = Ajouter à mon agenda (iCal)
bilaterals-book = Réserver une salle
bilaterals-book-day = Pour le { $date } (choisissez un autre jour ci-dessus).
bilaterals-room = Salle
bilaterals-wait = Si le créneau est pris, nous inscrire sur sa liste d'attente
bilaterals-sign-in = Connectez-vous pour réserver une salle bilatérale
bilaterals-staff = Pour le Secrétariat
bilaterals-done-held = La salle est à vous : confirmez la réservation avant son échéance.
bilaterals-done-waiting = Vous êtes sur la liste d'attente du créneau ; vous recevrez un courriel s'il vous revient.
bilaterals-done-confirmed = La réservation est confirmée.
bilaterals-done-released = La réservation est libérée.
bilaterals-error-organization = Indiquez le nom de l'organisation (200 caractères au plus).
bilaterals-error-stakeholder-group = Choisissez le groupe de parties prenantes de l'organisation.
bilaterals-not-a-slot = Choisissez une salle et une heure dans la grille d'un jour de la réunion.
bilaterals-cap = Votre organisation a déjà { $max } réservations le { $date }, le maximum qu'une organisation peut détenir par jour (places en liste d'attente comprises). Libérez-en une pour en réserver une autre.
bilaterals-clash = { $room } à { $time } est déjà réservée par { $organization }. Choisissez un autre créneau ou demandez à rejoindre sa liste d'attente.
bilaterals-clash-own = { $organization } a déjà { $room } à { $time } : une organisation ne peut pas être dans deux salles à la fois.
bilaterals-taken-meanwhile = Une autre organisation vient de réserver ce créneau. Choisissez-en un autre ou demandez à rejoindre sa liste d'attente.
bilaterals-too-late = L'échéance de confirmation est passée : la réservation est en cours de libération.
bilaterals-not-from = Cette réservation est « { $value } » et ne peut pas être modifiée ainsi.
bilaterals-settings-title = Salles bilatérales : paramètres
bilaterals-settings-rooms = Salles
bilaterals-settings-rooms-hint = Une salle par ligne, telle qu'elle est signalée sur le lieu.
bilaterals-settings-slot-minutes = Durée d'un créneau (minutes)
bilaterals-settings-opens = Ouverture
bilaterals-settings-closes = Fermeture
bilaterals-settings-cap = Réservations par organisation et par jour
bilaterals-settings-confirm-hours = Heures pour confirmer une réservation
bilaterals-settings-precedence = Priorité sur les listes d'attente
bilaterals-settings-precedence-hint = Les groupes de parties prenantes qui avancent en premier sur une liste d'attente, dans l'ordre ; les groupes non choisis viennent ensuite et, dans un groupe, la demande la plus ancienne passe d'abord.
bilaterals-settings-place = Rang { $position }
bilaterals-settings-none = (aucun)
bilaterals-settings-error-rooms = Nommez au moins une salle, chacune en 100 caractères au plus.
bilaterals-settings-error-slot-minutes = Un créneau dure de 10 à 240 minutes.
bilaterals-settings-error-hours = Indiquez des heures d'ouverture et de fermeture (HH:MM) séparées d'au moins un créneau.
bilaterals-settings-error-cap = Une organisation doit pouvoir détenir au moins une réservation par jour.
bilaterals-settings-error-confirm-hours = Laissez au moins une heure pour confirmer une réservation.
bilaterals-settings-error-precedence = Choisissez chaque groupe de parties prenantes au plus une fois dans l'ordre de priorité.
bilaterals-release-job = Libération des réservations non confirmées
bilaterals-release-rule = Les réservations non confirmées { $limit } heures après avoir été faites (ou après être remontées de la liste d'attente) sont libérées, et la liste d'attente du créneau avance. La tâche s'exécute d'elle-même tous les quarts d'heure.
bilaterals-release-never = La tâche n'a encore rien libéré pour ce cycle.
bilaterals-release-run = { $date } : { $count } libérée(s), { $n } remontée(s) de la liste d'attente
bilaterals-release-now = Lancer la libération maintenant
mail-bilaterals-moved-up-subject = Une salle bilatérale vous revient : { $room }, { $date }
mail-bilaterals-moved-up-body =
    Bonjour { $name },

    Un créneau que vous attendiez a été libéré et vous revient : { $room }, { $date }, { $time }.

    Merci de le confirmer avant le { $limit }, sinon il passera au suivant :

    { $link }
mail-bilaterals-expired-subject = Votre réservation de salle bilatérale a été libérée : { $room }, { $date }
mail-bilaterals-expired-body =
    Bonjour { $name },

    Votre réservation de { $room } le { $date }, { $time } n'a pas été confirmée avant le { $limit } et a été libérée.

    Vous pouvez réserver un autre créneau ici :

    { $link }

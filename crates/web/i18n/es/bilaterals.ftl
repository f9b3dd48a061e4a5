# Salas bilaterales: la cuadrícula del día, la reserva, la confirmación, la liberación, las listas de espera y la tarea de liberación.
bilaterals-title = Salas bilaterales
bilaterals-intro = Reserve una sala pequeña para una reunión privada entre delegaciones. Los turnos duran { $n } minutos; una organización puede tener como máximo { $max } reservas al día, incluidos los puestos en lista de espera. Una reserva debe confirmarse en { $limit } horas; si no, pasa al siguiente.
bilaterals-precedence-rule = Cuando se libera un turno reservado, su lista de espera avanza en este orden: { $groups }, y luego todos los demás; dentro de cada grupo, primero la solicitud más antigua. Una reserva ya obtenida nunca se retira.
bilaterals-no-days = Las fechas de la reunión aún no están fijadas: las salas podrán reservarse cuando lo estén.
bilaterals-days = Días de la reunión
bilaterals-grid-caption = Salas bilaterales el { $date }
bilaterals-time = Hora
bilaterals-slot-free = Libre
bilaterals-slot-held = Reservada, por confirmar
bilaterals-slot-confirmed = Reservada
bilaterals-yours = suya
bilaterals-waiting-count = { $n } en espera
bilaterals-mine = Sus reservas
bilaterals-mine-none = No tiene reservas en este ciclo.
bilaterals-status = Estado
bilaterals-status-held = Obtenida, por confirmar
bilaterals-status-confirmed = Confirmada
bilaterals-status-waiting = En lista de espera
bilaterals-status-released = Liberada
bilaterals-status-expired = Liberada: no se confirmó a tiempo
bilaterals-position = puesto { $position } en la fila
bilaterals-purpose = Objeto o interlocutor (opcional)
bilaterals-purpose-hint = Solo lo ven usted y la Secretaría, y aparece en su archivo de calendario.
bilaterals-confirm-by = Confirmar antes de
bilaterals-confirm = Confirmar
bilaterals-release = Liberar
bilaterals-ical = Añadir a mi calendario (iCal)
bilaterals-book = Reservar una sala
bilaterals-book-day = Para el { $date } (elija otro día más arriba).
bilaterals-room = Sala
bilaterals-wait = Si el turno está ocupado, inscribirnos en su lista de espera
bilaterals-sign-in = Inicie sesión para reservar una sala bilateral
bilaterals-staff = Para la Secretaría
bilaterals-done-held = La sala es suya: confirme la reserva antes de su plazo.
bilaterals-done-waiting = Está en la lista de espera del turno; recibirá un correo si pasa a ser suyo.
bilaterals-done-confirmed = La reserva está confirmada.
bilaterals-done-released = La reserva está liberada.
bilaterals-error-organization = Indique el nombre de la organización (200 caracteres como máximo).
bilaterals-error-stakeholder-group = Elija el grupo de partes interesadas de la organización.
bilaterals-not-a-slot = Elija una sala y una hora de la cuadrícula de un día de la reunión.
bilaterals-cap = Su organización ya tiene { $max } reservas el { $date }, el máximo que una organización puede tener en un día (incluidos los puestos en lista de espera). Libere una para reservar otra.
bilaterals-clash = { $room } a las { $time } ya está reservada por { $organization }. Elija otro turno o pida entrar en su lista de espera.
bilaterals-clash-own = { $organization } ya tiene { $room } a las { $time }: una organización no puede estar en dos salas a la vez.
bilaterals-taken-meanwhile = Otra organización acaba de reservar este turno. Elija otro o pida entrar en su lista de espera.
bilaterals-too-late = El plazo de confirmación ha vencido: la reserva se está liberando.
bilaterals-not-from = Esta reserva está «{ $value }» y no puede cambiarse así.
bilaterals-settings-title = Salas bilaterales: ajustes
bilaterals-settings-rooms = Salas
bilaterals-settings-rooms-hint = Una sala por línea, tal como está señalizada en la sede.
bilaterals-settings-slot-minutes = Duración de un turno (minutos)
bilaterals-settings-opens = Abre a las
bilaterals-settings-closes = Cierra a las
bilaterals-settings-cap = Reservas por organización y día
bilaterals-settings-confirm-hours = Horas para confirmar una reserva
bilaterals-settings-precedence = Prioridad en las listas de espera
bilaterals-settings-precedence-hint = Los grupos de partes interesadas que avanzan primero en una lista de espera, en orden; los grupos no elegidos van después y, dentro de un grupo, primero la solicitud más antigua.
bilaterals-settings-place = Puesto { $position }
bilaterals-settings-none = (ninguno)
bilaterals-settings-error-rooms = Nombre al menos una sala, cada una de 100 caracteres como máximo.
bilaterals-settings-error-slot-minutes = Un turno dura de 10 a 240 minutos.
bilaterals-settings-error-hours = Indique horas de apertura y de cierre (HH:MM) separadas por al menos un turno.
bilaterals-settings-error-cap = Una organización debe poder tener al menos una reserva al día.
bilaterals-settings-error-confirm-hours = Deje al menos una hora para confirmar una reserva.
bilaterals-settings-error-precedence = Elija cada grupo de partes interesadas como máximo una vez en el orden de prioridad.
bilaterals-release-job = Liberación de las reservas no confirmadas
bilaterals-release-rule = Las reservas no confirmadas { $limit } horas después de hacerse (o de subir desde la lista de espera) se liberan, y la lista de espera del turno avanza. La tarea se ejecuta sola cada cuarto de hora.
bilaterals-release-never = La tarea aún no ha liberado nada en este ciclo.
bilaterals-release-run = { $date }: { $count } liberadas, { $n } subidas desde una lista de espera
bilaterals-release-now = Ejecutar la liberación ahora
mail-bilaterals-moved-up-subject = Una sala bilateral es suya: { $room }, { $date }
mail-bilaterals-moved-up-body =
    Estimado/a { $name }:

    Un turno que esperaba se ha liberado y ahora es suyo: { $room }, { $date }, { $time }.

    Confírmelo antes del { $limit }; si no, pasará al siguiente de la lista:

    { $link }
mail-bilaterals-expired-subject = Su reserva de sala bilateral se ha liberado: { $room }, { $date }
mail-bilaterals-expired-body =
    Estimado/a { $name }:

    Su reserva de { $room } el { $date }, { $time } no se confirmó antes del { $limit } y se ha liberado.

    Puede reservar otro turno aquí:

    { $link }

# Agora — catálogo en español: el programa (sede, sesiones, horario, programa público).
cycle-programme = Programa
cycle-venue = Sede
cycle-sessions = Sesiones
cycle-schedule = Horario
venue-title = Sede
venue-rooms = Salas
venue-room = Sala
venue-capacity = Aforo
venue-interpretation = Idiomas de interpretación
venue-add-room = Añadir la sala
venue-slots = Franjas horarias
venue-day = Día
venue-date = Fecha
venue-start = Inicio (UTC)
venue-minutes = Minutos
venue-times = Horas de inicio (UTC), separadas por espacios
venue-add-slots = Añadir las franjas horarias
venue-error-room = Cada sala necesita un nombre y un aforo de al menos 1.
venue-error-slots = Indique un número de día (0 para el Día 0), una fecha, horas de inicio como 09:00 y una duración de 15 a 480 minutos.
sessions-title = Sesiones
sessions-import = Crear sesiones para los talleres aprobados
sessions-count = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
sessions-type = Tipo
sessions-people = Personas
sessions-add = Añadir una sesión
sessions-audience = Público previsto
sessions-fixed-room = Sala fija (opcional)
sessions-fixed-slot = Horario fijo (opcional)
schedule-title = Horario
schedule-intro = El planificador coloca cada sesión de modo que nadie esté en dos lugares a la vez, que las salas sean lo bastante grandes y estén debidamente equipadas y que las sesiones fijas no se muevan; después, separa las sesiones del mismo tema y las que interesan al mismo público, y reparte los temas entre los días. Cada cálculo es un borrador: el programa público solo cambia cuando usted publica uno.
schedule-name = Nombre del borrador
schedule-seed = Semilla aleatoria
schedule-compute = Calcular un nuevo borrador
schedule-versions = Versiones
schedule-hard = infracciones de restricciones estrictas: { $count }
schedule-soft = costo de las restricciones flexibles: { $count }
schedule-published = publicada
schedule-publish = Publicar esta versión
schedule-violations = Restricciones que el horario aún no cumple
violation-room-unsuitable = La sala no es adecuada para { $sessions } (tamaño, equipamiento o tipo).
violation-person-unavailable = Una persona que participa en { $sessions } no está disponible a esa hora.
violation-person-double-booked = La misma persona participa a la misma hora en { $sessions }.
violation-same-theme-parallel = Hay sesiones del mismo tema en paralelo: { $sessions }.
violation-no-room-left = No queda ninguna sala ni franja horaria para { $sessions }.
programme-title = Programa
programme-none = El programa todavía no se ha publicado.
programme-day-zero = Día 0
programme-day = Día { $n }
programme-time = Hora (UTC)
session-not-scheduled = Esta sesión todavía no figura en el programa publicado.
session-language = Idioma: { $language }
session-proposal = La propuesta de taller
session-interested = Añadir a mi agenda
session-uninterested = Quitar de mi agenda
agenda-title = Mi agenda
session-role-organizer = Organizador
session-type-workshop = Taller
session-type-main-session = Sesión principal
session-type-open-forum = Foro abierto
session-type-dynamic-coalition = Sesión de coalición dinámica
session-type-best-practice-forum = Foro de mejores prácticas
session-type-policy-network = Red de políticas
session-type-nri-session = Sesión colaborativa de las iniciativas nacionales y regionales
session-type-day-0 = Evento del Día 0
session-type-town-hall = Asamblea pública
session-type-lightning-talk = Charla relámpago
session-type-opening = Ceremonia de apertura
session-type-closing = Ceremonia de clausura
schedule-not-placed = sin ubicar
schedule-move = Mover una sesión
schedule-move-warning = Este cambio incumple restricciones obligatorias. Confírmelo para guardarlo de todos modos en un borrador; una versión que incumple restricciones obligatorias no se puede publicar.
schedule-move-session = Sesión
schedule-move-confirm = Entendido, guardar el cambio
schedule-move-submit = Mover
schedule-compare = Comparar con otra versión
schedule-compare-with = Versión
schedule-compare-submit = Comparar
schedule-no-differences = Las dos versiones ubican todas las sesiones igual.
changes-title = Cambios en el programa
changes-intro = Cada cambio hecho después de la primera publicación del programa, del más reciente al más antiguo. Las personas de cada sesión fueron avisadas por correo.
changes-none = Nada ha cambiado desde que se publicó el programa.
mail-session-moved-subject = Una de sus sesiones ha cambiado — { $forum }
mail-session-moved-body =
    Hola, { $name }:

    El programa ha cambiado:

    { $change }

    { $link }
cycle-availability = Mi disponibilidad
availability-intro = Marque los horarios en los que no puede asistir. El planificador no pondrá sus sesiones en ellos.
availability-no-slots = Aún no se han definido los horarios del lugar.
availability-away = No puedo asistir
venue-session-types = Tipos de sesión que admite la sala (ninguno marcado: todos)
session-remote = Enlace de participación a distancia
session-materials = Materiales
session-details = Participación a distancia y materiales
session-preferred-days = Días preferidos por los organizadores
session-preferred-days-hint = El planificador sitúa la sesión en uno de estos días cuando puede (ninguno marcado: cualquier día).
agenda-see = Ver mi agenda
agenda-intro = Las sesiones que ha añadido, por día y hora. Las horas son las del foro, en su zona horaria; cuando la zona de su dispositivo es distinta, su propia hora aparece al lado.
agenda-local-time = su hora
agenda-empty = Su agenda está vacía. Abra una sesión de un programa y elija «Añadir a mi agenda».
agenda-browse = Ver las convocatorias y los programas
agenda-clash-summary = { $count ->
    [one] { $count } sesión de su agenda coincide con otra: está señalada más abajo.
   *[other] { $count } sesiones de su agenda coinciden en el tiempo: cada una está señalada más abajo.
}
agenda-clash = Coincidencia:
agenda-clash-with = esta sesión coincide en el tiempo con
agenda-unplaced = Todavía no están en un programa publicado
agenda-calendar = Calendario
agenda-download = Descargar mi agenda (archivo iCalendar)
agenda-subscribe-intro = Una dirección de calendario privada permite que su aplicación de calendario se suscriba a su agenda y la mantenga al día, sin iniciar sesión. Cualquiera que tenga la dirección puede leer su agenda: no la comparta.
agenda-address-shown-once = Esta es su dirección de calendario privada. Añádala ahora a su aplicación de calendario («suscribirse» o «añadir un calendario desde una URL»): solo se muestra una vez.
agenda-address = Dirección de calendario privada
agenda-address-exists = Tiene una dirección de calendario privada. Si la ha perdido o compartido por error, cree una nueva: la anterior dejará de funcionar.
agenda-address-make = Crear mi dirección de calendario privada
agenda-address-reset = Crear una dirección nueva (la anterior dejará de funcionar)

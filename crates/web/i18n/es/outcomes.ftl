# Resultados: informes de sesión, Mensajes del FGI, directorio del ecosistema, recomendaciones a los organismos que
# formulan políticas y sus respuestas, alineación con las líneas de acción de la CMSI y los ODS.

nav-recommendations = Recomendaciones
any = Todos
filter = Filtrar

reports-title = Informes de sesión
reports-filed-n = { $count ->
    [one] { $count } informe presentado
   *[other] { $count } informes presentados
}
reports-overdue-n = { $count } fuera de plazo
report-title = Informe de sesión
report-session = Sesión
report-ended = Fin
report-due-column = Plazo
report-state = Estado
report-state-filed = Presentado
report-state-filed-late = Presentado fuera de plazo
report-state-overdue = Fuera de plazo
report-state-not-due = Plazo aún no vencido
report-due = Plazo: { $date }
report-late = Este informe se presentó después de la fecha límite.
report-not-filed = Todavía no se ha presentado ningún informe de esta sesión.
report-rapporteur = Relator
report-moderator = Moderador
report-attendance = Asistencia
report-onsite = Participantes presenciales
report-online = Participantes en línea
report-women = Mujeres (estimación)
report-onsite-n = { $count ->
    [one] { $count } presencial
   *[other] { $count } presenciales
}
report-online-n = { $count } en línea
report-women-n = { $count ->
    [one] { $count } mujer (estimación)
   *[other] { $count } mujeres (estimación)
}
report-takeaways = Conclusiones clave
report-takeaways-hint = Hasta tres: lo que concluyó la sesión, en una o dos frases cada una.
report-takeaway-n = Conclusión { $n }
report-calls = Llamados a la acción
report-calls-hint = Hasta tres, cada uno dirigido a un grupo de partes interesadas o a un organismo del directorio.
report-call-n = Llamado a la acción { $n }
report-call-to = Dirigido a
report-summary = Resumen del debate
report-transcript-link = Transcripción (enlace)
report-recording-link = Grabación (enlace)
report-transcript = Transcripción
report-transcript-hint = Pegue los subtítulos como texto sin formato; cada intervención empieza por ">> NOMBRE:".
report-turns = { $count ->
    [one] { $count } intervención
   *[other] { $count } intervenciones
}
report-show-transcript = Mostrar la transcripción
report-file = Presentar el informe
report-edit = Actualizar el informe
report-save = Guardar el informe
report-error-no-takeaway = Indique al menos una conclusión clave.
report-error-too-many-takeaways = Indique como máximo tres conclusiones clave.
report-error-too-many-calls = Indique como máximo tres llamados a la acción.
report-error-call-without-addressee = Indique a quién se dirige cada llamado a la acción.
report-error-no-summary = Resuma el debate.
report-error-negative-count = Las cifras de asistencia no pueden ser negativas.
report-error-estimates-exceed-attendance = La suma de las estimaciones supera la asistencia.
report-error-bad-link = Los enlaces deben empezar por https:// o http://.
report-error-transcript-long = Una transcripción puede tener como máximo { $limit } caracteres.
forbidden-report-not-yours = Solo los organizadores, los moderadores y el relator de la sesión, así como la Secretaría, pueden presentar su informe.
session-report-link = Informe de sesión
session-report-full = El informe completo
mail-report-reminder-subject = El informe de "{ $title }" está fuera de plazo
mail-report-reminder-body = El plazo para presentar el informe de su sesión "{ $title }" venció el { $date }. Le rogamos que lo presente en { $link }: los Mensajes del foro se extraen de los informes, y un informe pendiente bloquea las propuestas de su organizador el año siguiente.

messages-title = Mensajes
messages-intro = Los Mensajes del FGI condensan, tema por tema, las conclusiones de las sesiones. La Secretaría los redacta a partir de las conclusiones clave de los informes, el borrador se somete a comentarios públicos y el texto final se publica junto con los cambios introducidos.
messages-none = Todavía no se ha redactado ningún Mensaje para este ciclo.
message-kind = Tipo
message-kind-message = Mensaje
message-kind-chair-summary = Resumen de la Presidencia
message-status-draft = Borrador
message-status-in-comment = Abierto a comentarios públicos
message-status-published = Publicado
message-draft = Redactar un Mensaje
message-title = Título
message-pick = Conclusiones en las que se basa
message-pick-hint = Elija las conclusiones de los informes en las que se basa este Mensaje; se convierten en sus primeros párrafos, que podrá editar, y quedan vinculadas como sus fuentes.
message-no-reports = Todavía no se ha presentado ningún informe.
message-create = Crear el borrador del Mensaje
message-error-title = Dé al Mensaje un título de 200 caracteres como máximo.
message-error-sources = Elija al menos una conclusión.
message-error-empty = Un Mensaje necesita un título y un texto.
message-error-note = Antes de publicar, indique qué ha cambiado desde los comentarios públicos.
message-error-published = Un Mensaje publicado solo cambia mediante una nueva publicación acompañada de una nota.
message-version = versión { $n }
message-versions = Versiones
message-see-comments = Comentarios públicos sobre este borrador
message-sources = Fuentes
message-takeaway-n = conclusión { $n }
message-edit = Editar
message-body = Texto
message-body-hint = Markdown; las líneas en blanco separan los párrafos que el público comenta.
message-note = Qué ha cambiado (se conserva con la versión)
message-save = Guardar el borrador
message-publish = Publicar
message-open-comment = Abrir a comentarios públicos
message-comment-title = Borrador de Mensaje para comentarios: { $title }
message-comment-description = Comente cualquier párrafo de este borrador de Mensaje. El Mensaje, sus fuentes y sus versiones: { $link }

bodies-title = Directorio del ecosistema
bodies-intro = Los organismos que formulan las políticas de Internet y las cuestiones de las que se ocupa cada uno. Las recomendaciones se dirigen a ellos.
bodies-orphans = Cuestiones de las que no se ocupa ningún organismo
bodies-orphans-hint = Las recomendaciones plantean estas cuestiones, pero ningún organismo del directorio las incluye. El mandato del FGI le pide identificar esos temas emergentes y señalarlos a la atención de los organismos competentes.
body-name = Nombre
body-acronym = Sigla
body-kind = Tipo
body-scope = Ámbito
body-issues = Cuestiones
body-issues-hint = Separadas por comas, por ejemplo: dns, espectro, protección de datos.
body-contact = Correo electrónico de contacto (no se publica)
body-website = Sitio web
body-add = Añadir o actualizar un organismo
body-save = Guardar el organismo
body-error-name = Indique el nombre del organismo (200 caracteres como máximo).
body-error-kind = Elija el tipo de organismo.
body-error-email = Escriba una dirección de correo electrónico válida.
body-error-website = El sitio web debe empezar por https:// o http://.
body-recommendations = Recomendaciones dirigidas a este organismo
body-no-recommendations = Ninguna por ahora.
body-in-tracker = Verlas en el panel de seguimiento
body-kind-intergovernmental = Organización intergubernamental
body-kind-standards-body = Organismo de normalización
body-kind-internet-registry = Registro de Internet
body-kind-government = Gobierno
body-kind-regulator = Organismo regulador
body-kind-company = Empresa
body-kind-civil-society = Organización de la sociedad civil
body-kind-academic = Institución académica
body-kind-nri = FGI nacional o regional
body-kind-coalition = Coalición

recommendations-title = Recomendaciones
recommendations-intro = Lo que recomienda el foro, a quién, y lo que cada organismo hizo al respecto; cada paso, fechado y público.
recommendations-filter = Filtrar las recomendaciones
recommendations-none = Ninguna recomendación coincide.
recommendations-n = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
recommendation-new = Nueva recomendación
recommendation-title = Título
recommendation-text = Recomendación
recommendation-rationale = Justificación
recommendation-source = Procedencia
recommendation-source-id = Su número (opcional)
recommendation-cycle = Ciclo
recommendation-bodies = Dirigida a
recommendation-bodies-hint = Organismos del directorio; si falta alguno, añádalo primero al directorio.
recommendation-body = Organismo
recommendation-status = Estado
recommendation-updated = Actualización
recommendation-save = Guardar el borrador
recommendation-see-source = Ver la fuente
recommendation-send = Enviar a los organismos
recommendation-send-hint = El contacto de cada organismo recibe un enlace para responder, sin necesidad de cuenta.
recommendation-sent-n = { $count ->
    [one] Enviada a { $count } organismo.
   *[other] Enviada a { $count } organismos.
}
recommendation-record-silence = Registrar la falta de respuesta
recommendation-error-title = Indique un título de 200 caracteres como máximo.
recommendation-error-text = Redacte la recomendación.
recommendation-error-source = Elija su procedencia.
recommendation-error-source-id = El número de la fuente debe ser un número entero.
recommendation-error-no-body = Diríjala al menos a un organismo.
recommendation-error-unknown-body = Una recomendación solo puede dirigirse a organismos del directorio.
forbidden-recommendation-move = Este paso no es posible desde el estado actual del organismo.
recommendation-status-drafted = Redactada
recommendation-status-sent = Enviada
recommendation-status-acknowledged = Recepción confirmada
recommendation-status-under-consideration = En estudio
recommendation-status-implemented = Aplicada
recommendation-status-partly-implemented = Aplicada parcialmente
recommendation-status-declined = Rechazada
recommendation-status-no-response = Sin respuesta
recommendation-source-message = Mensaje del FGI
recommendation-source-report = Informe de sesión
recommendation-source-coalition = Coalición dinámica
recommendation-source-best-practice-forum = Foro de mejores prácticas
recommendation-source-policy-network = Red de políticas
mail-recommendation-subject = Recomendación de { $forum }: { $title }
mail-recommendation-body = { $forum } dirige la siguiente recomendación a { $name }: "{ $title }". Puede comunicar al foro lo que su organización hace al respecto (recepción confirmada, en estudio, aplicada, aplicada parcialmente o rechazada) en { $link } (no se necesita cuenta; el enlace es válido hasta el { $date }). Su respuesta se publica en el panel de seguimiento público del foro.
mail-recommendation-next-subject = Gracias. Su próxima actualización sobre "{ $title }"
mail-recommendation-next-body = Su respuesta sobre "{ $title }" se ha publicado. Cuando haya novedades, actualícela en { $link } (válido hasta el { $date }).
mail-recommendation-reminder-subject = Recordatorio: { $forum } espera su respuesta sobre "{ $title }"
mail-recommendation-reminder-body = { $forum } dirigió la recomendación "{ $title }" a { $name } y no ha recibido respuesta. Le rogamos que responda en { $link } (válido hasta el { $date }).

respond-title = Responder a una recomendación
respond-intro = Usted responde en nombre de { $name }. Su respuesta, con su fecha, se publica en el panel de seguimiento del foro.
respond-current = Estado actual
respond-answer = Su respuesta
respond-text = Lo que su organización ha hecho o hará
respond-link = Un enlace a su decisión o documento (opcional)
respond-public = No se necesita cuenta. Después de responder, recibirá en su dirección de contacto un nuevo enlace para futuras actualizaciones.
respond-send = Enviar la respuesta
respond-unknown = Este enlace no es válido. Compruebe que se copió completo o solicite uno nuevo a la Secretaría del foro.
respond-spent = Este enlace ya se utilizó el { $date }. Se envió un nuevo enlace para futuras actualizaciones a la dirección de contacto de su organización.
respond-expired = Este enlace caducó el { $date }. Solicite uno nuevo a la Secretaría del foro.
respond-error-status = Elija una de las respuestas propuestas.
respond-error-long = La respuesta puede tener como máximo { $limit } caracteres.
respond-error-link = El enlace debe empezar por https:// o http://.

alignment-title = Alineación con la CMSI y los ODS
alignment-intro = Para cada línea de acción de la CMSI y cada Objetivo de Desarrollo Sostenible: las sesiones, los Mensajes y las recomendaciones de cada ciclo que lo abordan.
alignment-action-lines = Líneas de acción de la CMSI
alignment-sdgs = Objetivos de Desarrollo Sostenible
alignment-code = Línea de acción u objetivo
alignment-cell-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
alignment-cell-messages = { $count ->
    [one] { $count } Mensaje
   *[other] { $count } Mensajes
}
alignment-cell-recommendations = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
alignment-nothing = Todavía no hay nada que lo aborde.
alignment-kind-session = Sesión
alignment-kind-message = Mensaje
alignment-kind-recommendation = Recomendación

cycle-statistics-title = Estadísticas del ciclo
cycle-statistics-intro = Asistencia según los informes de sesión, sesiones por tipo y tema, y estado de los informes. Inscripciones por grupo de partes interesadas, región, nivel de desarrollo, género y primeras participaciones:
cycle-statistics-attendance = Asistencia (según los informes de sesión)
cycle-statistics-attendance-by-group = Asistencia por grupo de partes interesadas (estimaciones de los informes)
cycle-statistics-attendance-by-gender = Asistencia por género (estimaciones de los informes)
cycle-statistics-sessions-by-type = Sesiones por tipo
cycle-statistics-sessions-by-theme = Sesiones por tema
cycle-statistics-reports = Informes de sesión
cycle-statistics-onsite = Presencial
cycle-statistics-online = En línea
cycle-statistics-women = Mujeres
cycle-statistics-others = Otras personas o sin estimar
cycle-statistics-no-theme = Sin tema

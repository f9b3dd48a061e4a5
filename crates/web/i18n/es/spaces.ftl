# El espacio de un grupo: su archivo de debates, sus documentos con versiones, sus reuniones y su turno de palabra.

## Debate
spaces-threads = Debate
spaces-threads-intro = Los debates del grupo son públicos: cualquiera puede leerlos; los miembros escriben en ellos y cada nuevo mensaje se envía por correo a los demás miembros.
spaces-no-threads = Todavía no ha empezado ningún debate.
spaces-thread-title = Asunto
spaces-posts = Mensajes
spaces-last-post = Último mensaje
spaces-new-thread = Iniciar un debate
spaces-post-body = Mensaje
spaces-markdown-hint = Puede usar Markdown: **negrita**, *cursiva*, listas y enlaces.
spaces-start-thread = Iniciar el debate
spaces-reply = Responder
spaces-send-reply = Enviar la respuesta
spaces-join-to-post = Solo los miembros del grupo escriben aquí. Únase al grupo desde su página de presentación para participar.
spaces-login-to-post = Inicie sesión para participar
spaces-former-participant = Un antiguo participante
spaces-error-title = Indique un título de 200 caracteres como máximo.
spaces-error-body = Escriba un mensaje.
spaces-error-too-long = Este texto es demasiado largo: { $max } caracteres como máximo.
spaces-queue-members-only = Solo los miembros del grupo pueden pedir la palabra en esta reunión.
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = { $name } escribió en «{ $title }» ({ $group }):
spaces-mail-post-link = Lea el debate y responda: { $link }

## Documentos
spaces-documents = Documentos
spaces-no-documents = El grupo todavía no tiene documentos.
spaces-document-title = Título
spaces-document-body = Texto
spaces-version = Versión
spaces-updated = Última modificación
spaces-new-document = Nuevo documento
spaces-change-note = Qué cambió
spaces-save-document = Guardar
spaces-join-to-write = Solo los miembros del grupo redactan documentos. Únase al grupo desde su página de presentación para participar.
spaces-version-of = Versión { $number }, { $date }.
spaces-old-version = Está leyendo la versión { $number } del { $date }, que no es la actual.
spaces-see-current = Ver la versión actual
spaces-history = Versiones
spaces-date = Fecha
spaces-author = Autor
spaces-new-version = Guardar una nueva versión
spaces-new-version-hint = Al guardar se conservan todas las versiones anteriores: cualquiera puede seguir leyéndolas.
spaces-error-document-body = Escriba el texto del documento.

## Reuniones
spaces-meetings = Reuniones
spaces-times-in = Las horas están en la zona horaria del foro ({ $zone }).
spaces-upcoming = Próximas reuniones
spaces-past = Reuniones pasadas
spaces-no-meetings = Ninguna.
spaces-meeting-title = Título
spaces-meeting-kind = Tipo
spaces-meeting-when = Cuándo
spaces-meeting-day = Fecha
spaces-meeting-time = Hora ({ $zone })
spaces-meeting-location = Lugar
spaces-meeting-online = Enlace en línea
spaces-online = en línea
spaces-agenda = Orden del día
spaces-minutes = Acta
spaces-action-points = Acciones acordadas
spaces-new-meeting = Programar una reunión
spaces-edit-meeting = Modificar la reunión, su acta y sus acciones acordadas
spaces-save-meeting = Guardar la reunión
spaces-not-yet = Todavía no redactado.
spaces-open-consultation-hint = Esta es una consulta abierta: cualquier persona que haya iniciado sesión puede pedir la palabra, en la sala o en línea.
spaces-error-meeting-kind = Elija el tipo de reunión.
spaces-error-day = Indique la fecha como AAAA-MM-DD.
spaces-error-time = Indique la hora como HH:MM.
spaces-error-link = Indique una dirección web que empiece por https:// o http://.
meeting-kind-meeting = Reunión
meeting-kind-open-consultation = Consulta abierta

## Turno de palabra
spaces-queue = Turno de palabra
spaces-queue-open = La lista de oradores está abierta.
spaces-queue-closed = La lista de oradores está cerrada.
spaces-queue-fair = Las personas en la sala y en línea hablan por turnos, cada una en el orden en que lo pidió, para que ninguno de los dos grupos espere detrás del otro.
spaces-speaking-now = Tiene la palabra:
spaces-your-position = Usted es el número { $n } de la lista.
spaces-waiting = { $count ->
    [one] { $count } persona espera
   *[other] { $count } personas esperan
}
spaces-no-one-waiting = Nadie espera.
spaces-order = Orden de los oradores
spaces-position = Puesto
spaces-speaker = Orador
spaces-mode = Dónde
spaces-asked-at = Pedido a las
spaces-ask-where = ¿Desde dónde participa?
spaces-ask = Pedir la palabra
spaces-withdraw = Retirar mi petición
spaces-call-next = Llamar al siguiente orador
spaces-open-queue = Abrir la lista
spaces-close-queue = Cerrar la lista
spaces-speaker-done = La persona oradora ha terminado
spaces-spoken = { $count ->
    [one] { $count } persona ha hablado.
   *[other] { $count } personas han hablado.
}
spaces-join-to-speak = Solo los miembros del grupo pueden pedir la palabra en esta reunión.
spaces-login-to-speak = Inicie sesión para pedir la palabra
spaces-error-mode = Indique si está en la sala o en línea.
spaces-error-queue-closed = La lista de oradores está cerrada.
spaces-error-already-waiting = Ya está en la lista.
speaking-mode-onsite = En la sala
speaking-mode-online = En línea

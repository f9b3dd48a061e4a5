# La reunión anual: inscripción y acreditación, cola de aprobación, credenciales, registro de llegada, certificados, cartas de visado.
meeting-title = La reunión
meeting-no-dates = aún sin fijar
meeting-intro = Inscríbase en la reunión, presencial o en línea, aparte de su cuenta del foro. Quienes asistan en persona necesitan una foto para la credencial; cada organización puede enviar como máximo { $max } delegados presenciales. La Secretaría revisa cada inscripción y le envía su decisión por correo.
meeting-staff = Para la Secretaría
meeting-counts = { $count } a la espera de decisión · { $total } aprobados presenciales · { $n } aprobados en línea
meeting-queue-title = Inscripciones por revisar
meeting-check-in-title = Mesa de acreditación
meeting-verify-title = Verificar un certificado o una carta de visado
meeting-mine = Su inscripción
meeting-status = Estado
meeting-status-submitted = Enviada
meeting-status-approved = Aprobada
meeting-status-more-information = Se necesita más información
meeting-status-refused = Rechazada
meeting-status-all = Todas
meeting-reason = Motivo
meeting-attendance = Participación
meeting-attendance-onsite = Presencial
meeting-attendance-online = En línea
meeting-days-attended = Días de asistencia
meeting-photo-alt = Su foto para la credencial
meeting-photo-of = Foto para la credencial de { $name }
meeting-badge-title = Credencial
meeting-visa-letter-title = Carta de invitación para el visado
meeting-certificate-title = Certificado de asistencia
meeting-sign-in = Inicie sesión para inscribirse en la reunión
meeting-register = Inscribirse en la reunión
meeting-update = Modificar mi inscripción
meeting-photo = Foto para la credencial (solo presencial)
meeting-photo-hint = Una foto reciente de su cara, JPEG o PNG, de { $size } MB como máximo, de al menos { $min } píxeles, vertical o cuadrada.
meeting-photo-kept = Déjelo vacío para conservar la foto que envió.
meeting-photo-privacy = Solo usted y la Secretaría ven su foto; se elimina después de la reunión.
meeting-closed = La inscripción en esta reunión está cerrada.
meeting-queue-empty = No hay inscripciones aquí.
meeting-decision = Decisión
meeting-reason-hint = Obligatorio para pedir más información o rechazar; la persona lo leerá.
meeting-decide = Registrar la decisión
meeting-retention = Conservación de las fotos de credencial
meeting-retention-rule = Las fotos de credencial se eliminan { $n } días después del final de la reunión.
meeting-retention-never = La tarea de eliminación aún no se ha ejecutado para este ciclo.
meeting-retention-run = { $date }: { $count } fotos eliminadas
meeting-retention-run-now = Eliminar ahora las fotos vencidas
meeting-badge-print = Imprima esta página; el código bajo el código QR también puede teclearse en la mesa.
meeting-badge-code = Código de la credencial
meeting-checked-in = Registrado.
meeting-already-checked-in = Ya registrado hoy.
meeting-check-in-refused = No registrado:
meeting-check-in-hint = Lea el código QR de la credencial con un lector, o teclee o pegue el código impreso debajo.
meeting-check-in-submit = Registrar llegada
meeting-live-counts = Hoy en las mesas
meeting-checked-in-today = Registrados el { $date }
meeting-checked-in-ever = Personas registradas al menos una vez
meeting-approved-onsite = Participantes presenciales aprobados
meeting-refresh = Actualizar las cifras
meeting-document-print = Imprima esta página o guárdela como PDF desde su navegador.
meeting-certificate-certifies = Se certifica que
meeting-certificate-attended = asistió a { $title } en estos días:
meeting-letter-to = A la oficina consular correspondiente:
meeting-letter-body = { $name } ({ $organization }, { $country }) está inscrito/a y acreditado/a para asistir en persona a { $title }.
meeting-letter-dates = La reunión se celebra del { $since } al { $date }.
meeting-letter-no-costs = Esta carta es solo una invitación: no compromete al foro con ningún gasto de viaje ni de estancia.
meeting-issued-on = Expedido el { $date }.
meeting-verification-code = Código de verificación
meeting-verify-at = Verifique este documento en
meeting-certificate-intro = Su certificado se expide a partir de sus registros de llegada verificados en la reunión.
meeting-visa-letter-intro = La carta indica su nombre, su organización y las fechas de la reunión, con un código que un consulado puede verificar.
meeting-certificate-issue = Obtener mi certificado
meeting-visa-letter-issue = Obtener mi carta de visado
meeting-verify-intro = Escriba el código impreso en un certificado de asistencia o en una carta de invitación para el visado.
meeting-verify-submit = Verificar
meeting-verified-certificate = Un certificado de asistencia auténtico.
meeting-verified-visa-letter = Una carta de invitación para el visado auténtica.
meeting-verified-name = Nombre
meeting-verified-meeting = Reunión
meeting-verified-issued = Expedido
meeting-verify-unknown = Ningún certificado ni carta tiene este código. Compruebe que lo escribió exactamente como está impreso.
meeting-error-attendance = Elija presencial o en línea.
meeting-error-organization = Indique su organización (200 caracteres como máximo).
meeting-error-stakeholder-group = Elija el grupo de partes interesadas de su organización.
meeting-cap-reached = Su organización ya tiene { $max } delegados presenciales inscritos, el máximo que permite esta reunión. Puede inscribirse en línea.
meeting-photo-missing = Quienes asisten en persona necesitan una foto para la credencial.
meeting-photo-too-large = La foto supera { $size } MB.
meeting-photo-not-an-image = El archivo no es una imagen JPEG ni PNG.
meeting-photo-unreadable = La imagen está dañada y no se puede leer.
meeting-photo-too-small = La foto es demasiado pequeña: al menos { $min } píxeles.
meeting-photo-too-big = La foto tiene demasiados píxeles: como máximo { $max }.
meeting-photo-aspect = La foto debe ser vertical o cuadrada: su ancho dividido por su alto entre { $min } y { $max }.
meeting-photo-uniform = La foto está en blanco o es de un solo color.
meeting-reason-required = Indique un motivo sobre el que la persona pueda actuar.
meeting-decision-not-from = Esta decisión no puede tomarse sobre una inscripción en estado «{ $value }».
meeting-token-malformed = No es un código de credencial. Escríbalo de nuevo exactamente como está impreso.
meeting-token-forged = Esta credencial no la expidió este foro (su firma no coincide).
meeting-token-other-cycle = Esta credencial es de la reunión de otro año.
meeting-token-expired = Esta credencial ha caducado.
meeting-not-a-meeting-day = El registro de llegada solo está abierto los días de la reunión.
meeting-badge-withdrawn = La inscripción de esta credencial ya no está aprobada.
meeting-certificate-no-attendance = El certificado solo se expide después de haber registrado su llegada a la reunión.
meeting-letter-not-approved = La carta de visado solo se expide para una inscripción presencial aprobada.
forbidden-meeting-badge-not-approved = La credencial solo se expide para una inscripción presencial aprobada.
mail-meeting-submitted-subject = Hemos recibido su inscripción en { $title }
mail-meeting-submitted-body =
    Estimado/a { $name }:

    Hemos recibido su inscripción en { $title }. La Secretaría la revisará y le enviará su decisión por correo.

    { $link }
mail-meeting-approved-subject = Su inscripción en { $title } está aprobada
mail-meeting-approved-body =
    Estimado/a { $name }:

    Su inscripción en { $title } está aprobada. Quienes asistan en persona pueden imprimir su credencial y, si la necesitan, una carta de invitación para el visado:

    { $link }
mail-meeting-more-information-subject = Su inscripción en { $title }: se necesita más información
mail-meeting-more-information-body =
    Estimado/a { $name }:

    La Secretaría necesita más información sobre su inscripción en { $title }:

    { $reason }

    Modifique su inscripción aquí: { $link }
mail-meeting-refused-subject = Su inscripción en { $title } fue rechazada
mail-meeting-refused-body =
    Estimado/a { $name }:

    Su inscripción en { $title } fue rechazada por este motivo:

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = Delegados presenciales por organización (reunión)
settings-meeting-photo-retention-days = Días tras la reunión antes de eliminar las fotos de credencial

cycle-statistics-meeting-attendance = Acreditación para la reunión (inscripciones)
cycle-statistics-approved-onsite = Aprobados para asistir en persona
cycle-statistics-approved-online = Aprobados para participar en línea
cycle-statistics-checked-in = Registrados en las mesas de acreditación

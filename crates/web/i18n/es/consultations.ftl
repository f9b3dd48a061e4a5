# Consultas públicas: cuestionarios, comentarios sobre proyectos de texto, afirmaciones y votaciones, contribuciones,
# síntesis, cartas modelo, moderación y mapas de opiniones.

consultations-title = Consultas
consultations-intro = Las consultas públicas son la forma en que el foro escucha a todas las personas: responda a un cuestionario, comente un proyecto de texto párrafo por párrafo o indique si está de acuerdo o no con afirmaciones breves. Todas las contribuciones son públicas, salvo que la consulta admita contribuciones confidenciales.
consultations-new = Abrir una consulta
consultations-none = Todavía no se ha abierto ninguna consulta.
consultation-title = Título
consultation-status = Estado
consultation-dates = Período de apertura
consultation-submissions = Contribuciones
consultation-comments = Comentarios
consultation-votes = Votos
consultation-status-upcoming = Próximamente
consultation-status-open = Abierta
consultation-status-replies = Cerrada; aún se admiten respuestas
consultation-status-closed = Cerrada
consultation-status-synthesis-published = Síntesis publicada
eligibility-anyone = Cualquier persona puede participar
eligibility-registered = Pueden participar los participantes inscritos
eligibility-verified = Pueden participar los participantes con una dirección de correo electrónico confirmada
consultation-edit = Editar la consulta
consultation-description = Descripción
consultation-documents = Documentos
consultation-documents-hint = Enlaces a los documentos sometidos a consulta, en Markdown: uno por línea, por ejemplo [Proyecto de texto (PDF)](https://…).
consultation-opens = Se abre el
consultation-closes = Se cierra al final del
consultation-replies-until = Se admiten respuestas hasta el final del (opcional)
consultation-replies-hint = Tras el cierre, aún se podrá responder a los comentarios hasta esta fecha.
consultation-eligibility = Quién puede participar
consultation-languages = Idiomas en los que se aceptan contribuciones
consultation-allow-confidential = Admitir contribuciones confidenciales (se tienen en cuenta en la síntesis, nunca se publican)
consultation-max-text = Longitud máxima del texto (caracteres)
consultation-inquiry-days = Días para formular preguntas tras la publicación de la síntesis
consultation-content-locked = Algunas personas ya han respondido o comentado, por lo que el cuestionario y el proyecto de texto ya no pueden modificarse.
consultation-questionnaire = Cuestionario
consultation-questionnaire-hint = Una pregunta por bloque, con los bloques separados por una línea en blanco. Comience cada bloque con su tipo: [text], [single], [multiple] o [scale] (grado de acuerdo); en una pregunta de opciones, las opciones se indican en las líneas siguientes, cada una precedida de "- ".
consultation-draft = Proyecto de texto para comentarios
consultation-draft-hint = Párrafos separados por líneas en blanco; los participantes comentan cada párrafo indicando su número.
consultation-seed-statements = Afirmaciones para votar
consultation-seed-statements-hint = Una afirmación breve por línea. Los participantes indican si están de acuerdo o en desacuerdo con cada una, o la pasan, y pueden añadir las suyas.
consultation-error-title = Dé a la consulta un título de 200 caracteres como máximo.
consultation-error-date = Introduzca una fecha con el formato YYYY-MM-DD.
consultation-error-order = La consulta debe cerrarse después de abrirse.
consultation-error-replies = El plazo para las respuestas debe terminar después del cierre.
consultation-error-eligibility = Elija quién puede participar.
consultation-error-max-text = Introduzca una longitud de entre 100 y 200 000 caracteres.
consultation-error-inquiry-days = Introduzca un número de días entre 0 y 365.
consultation-error-question-unknown-kind = Pregunta { $number }: el tipo debe ser [text], [single], [multiple] o [scale].
consultation-error-question-no-text = La pregunta { $number } no tiene texto.
consultation-error-question-too-few-choices = La pregunta { $number } necesita al menos dos opciones, cada una en su propia línea precedida de "- ".
consultation-error-question-choices-not-allowed = La pregunta { $number } enumera opciones, pero solo las preguntas [single] y [multiple] tienen opciones.
consultation-closes-on = Se cierra al final del { $date } (UTC)
consultation-sections = Acerca de esta consulta
consultation-submissions-n = { $count ->
    [one] { $count } contribución
   *[other] { $count } contribuciones
}
consultation-your-submission = Su contribución
consultation-submit = Enviar su contribución
consultation-see-your-submission = Ver su contribución tal como la ven los demás
consultation-as = Usted participa como { $name }, con el grupo de partes interesadas y el país de su perfil.
consultation-on-behalf = En nombre de quién
on-behalf-individual = En mi propio nombre
on-behalf-organization = En nombre de una organización
on-behalf-joint = Contribución conjunta de varias organizaciones
consultation-organization-hint = La organización a la que usted representa, si es el caso.
consultation-endorsers = Organizaciones que respaldan la contribución (contribuciones conjuntas)
consultation-endorsers-hint = Una por línea: el nombre de la organización, una barra vertical y la dirección de correo electrónico de su contacto, por ejemplo "Internet Society | policy@example.org". Se pide a cada una por correo electrónico que confirme su respaldo; solo se muestran los respaldos confirmados.
consultation-your-answer = Su respuesta
consultation-comment-optional = ¿Algo que añadir? (opcional)
consultation-your-input = Su contribución
consultation-general-comment = Observaciones generales
consultation-limit-hint = Como máximo { $limit } caracteres.
consultation-confidential = Mantener mi contribución confidencial: se tiene en cuenta en la síntesis, pero no se publica.
consultation-public-notice = Su nombre, organización, grupo de partes interesadas, país y texto se publican en una dirección permanente, salvo que solicite confidencialidad. Puede editar su contribución hasta que se cierre la consulta.
consultation-send = Enviar
consultation-update = Guardar los cambios
consultation-draft-intro = Comente cualquier párrafo; también puede responder a los comentarios.
consultation-comments-n = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
consultation-reply = Responder
consultation-your-reply = Su respuesta
consultation-send-reply = Enviar la respuesta
consultation-comment-on = Comentar el párrafo { $number }
consultation-your-comment = Su comentario
consultation-send-comment = Enviar el comentario
consultation-statements = Afirmaciones
consultation-statements-intro = Indique si está de acuerdo con cada afirmación, o pásela. El mapa de opiniones agrupa a las personas que votan de forma similar y muestra en qué coinciden todos los grupos.
consultation-statement-agree = { $count } de acuerdo
consultation-statement-disagree = { $count } en desacuerdo
consultation-statement-pass = { $count } sin opinión
vote-agree = De acuerdo
vote-disagree = En desacuerdo
vote-pass = Pasar
consultation-add-statement = Añadir una afirmación
consultation-add-statement-hint = Una frase breve con la que otras personas puedan estar de acuerdo o en desacuerdo (400 caracteres como máximo).
consultation-send-statement = Añadir la afirmación
consultation-refused-not-yet-open = Esta consulta se abre el { $date }: todavía no se aceptan contribuciones.
consultation-refused-closed = Esta consulta se cerró al final del { $date } (UTC): ya no se aceptan contribuciones.
consultation-refused-too-long = El texto tiene { $length } caracteres; el límite es { $limit }.
consultation-refused-empty = Escriba algo o responda al menos a una pregunta.
consultation-refused-unknown-choice = Una de las opciones no figura entre las de la pregunta.
consultation-refused-one-choice-only = Elija una sola respuesta a esta pregunta.
consultation-refused-login = Inicie sesión para participar en esta consulta.
consultation-refused-unverified = Confirme su dirección de correo electrónico para participar en esta consulta.
consultation-error-name = Indique su nombre (120 caracteres como máximo).
consultation-error-group = Elija su grupo de partes interesadas.
consultation-error-country = Elija su país o zona.
consultation-error-organization = Indique el nombre de la organización a la que representa.
consultation-error-endorsers = Organizaciones que respaldan la contribución, línea { $line }: escriba el nombre de la organización, una barra vertical y una dirección de correo electrónico válida.
consultation-error-endorsers-many = Una contribución conjunta puede invitar como máximo a { $max } organizaciones.
consultation-error-repeat = Hoy ya se recibió el mismo texto desde su red; no se cuenta dos veces.
agreement-strongly-disagree = Totalmente en desacuerdo
agreement-disagree = En desacuerdo
agreement-neutral = Ni de acuerdo ni en desacuerdo
agreement-agree = De acuerdo
agreement-strongly-agree = Totalmente de acuerdo
development-status-developing = País en desarrollo (PMA, PDSL o PEID)

submission-title = Contribución { $number }
submission-confidential = Esta contribución es confidencial: se tiene en cuenta en la síntesis, pero no se publican ni su autor ni su texto.
submission-confidential-short = confidencial
submission-from = De
submission-received = Recibida
submission-updated = actualizada el { $date }
submission-endorsed-by = Con el respaldo de
submission-endorsements-pending = { $count ->
    [one] { $count } organización invitada aún no ha confirmado.
   *[other] { $count } organizaciones invitadas aún no han confirmado.
}
submission-how-used = Cómo se utilizó esta contribución en la síntesis
submission-edit = Editar su contribución
submission-excerpt = Texto
submissions-confidential-n = { $count ->
    [one] { $count } confidencial (contabilizada, no se muestra)
   *[other] { $count } confidenciales (contabilizadas, no se muestran)
}
submissions-hidden-n = { $count ->
    [one] { $count } ocultada por los moderadores (contabilizada, en la lista)
   *[other] { $count } ocultadas por los moderadores (contabilizadas, en la lista)
}
endorsement-title = Confirmar un respaldo
endorsement-intro = Se le ha pedido que confirme que { $organization } respalda esta contribución conjunta.
endorsement-confirm = Confirmar el respaldo
endorsement-done = El respaldo está confirmado y se muestra en la contribución.
mail-endorsement-subject = Confirme el respaldo a una contribución a "{ $consultation }"
mail-endorsement-body = { $lead } indicó que { $organization } respalda su contribución conjunta a la consulta "{ $consultation }". Para confirmarlo, abra { $link } y pulse el botón. Si no reconoce esta solicitud, ignore este mensaje: no se mostrará nada hasta que usted lo confirme.

synthesis-title = Síntesis
synthesis-report = Informe de síntesis
synthesis-not-yet = El informe de síntesis aún no se ha publicado. Las cifras que figuran a continuación se actualizan en tiempo real.
synthesis-draft-notice = Borrador: solo la Secretaría ve este texto hasta que se publique.
synthesis-published-on = Publicada el { $date }
synthesis-citations = Contribuciones citadas
synthesis-write = Redactar la síntesis
synthesis-save-draft = Guardar como borrador
synthesis-publish = Publicar
synthesis-error-empty = Redacte la síntesis antes de publicarla.
synthesis-cite = Citar una contribución
synthesis-cite-submission = Número de la contribución
synthesis-cite-used = Cómo se utilizó en la síntesis (déjelo vacío para eliminar la cita)
synthesis-cite-save = Guardar la cita
synthesis-error-citation = No existe la contribución { $number } en esta consulta.
synthesis-counts = Quién participó
synthesis-by-group = Contribuciones por grupo de partes interesadas
synthesis-by-region = Contribuciones por grupo regional de las Naciones Unidas y procedentes de países en desarrollo
synthesis-input = Contribución
synthesis-total = Total
synthesis-all-submissions = Todas las contribuciones
synthesis-paragraph = Comentarios sobre el párrafo { $number }
synthesis-chart-description = Respuestas a una pregunta de opciones; { $total } contribuciones la respondieron.
synthesis-choice = Opción
synthesis-count = Número
synthesis-inquiries = Preguntas
synthesis-inquiry-window = Se aceptan preguntas sobre la síntesis hasta el final del { $date }.
synthesis-no-inquiries = Todavía no hay preguntas.
synthesis-inquiry = Su pregunta sobre la síntesis
synthesis-inquiry-send = Enviar la pregunta
synthesis-inquiry-not-published = Podrán formularse preguntas cuando se publique la síntesis.
synthesis-inquiry-closed = El plazo para formular preguntas terminó al final del { $date }.
synthesis-inquiry-too-long = Una pregunta puede tener como máximo { $limit } caracteres.

form-letters-title = Cartas modelo y campañas
form-letters-intro = Los textos enviados muchas veces, idénticos o casi idénticos (secuencias de palabras comparadas mediante MinHash con hash sensible a la localidad), se muestran una sola vez, con su número real y algunas variantes. Una campaña es una forma legítima de expresarse; se cuenta como lo que es.
form-letters-clusters = { $count ->
    [one] { $count } campaña
   *[other] { $count } campañas
}
form-letters-in-clusters = { $count ->
    [one] { $count } contribución forma parte de una campaña
   *[other] { $count } contribuciones forman parte de una campaña
}
form-letters-copies = { $count ->
    [one] { $count } copia de un mismo texto
   *[other] { $count } copias de un mismo texto
}
form-letters-exact = { $count ->
    [one] { $count } idéntica
   *[other] { $count } idénticas
}
form-letters-similarity = similitud media: { $value } %
form-letters-withheld = La primera copia es confidencial u oculta; su texto no se muestra.
form-letters-variants = Variantes
form-letters-junk = Contribuciones muy breves o vacías
form-letters-bursts = Ráfagas desde una misma red
form-letters-burst = { $count ->
    [one] { $count } contribución desde una misma red en pocos minutos
   *[other] { $count } contribuciones desde una misma red en pocos minutos
}
junk-no-letters = sin letras
junk-too-short = demasiado breve
junk-too-few-letters = muy pocas letras
junk-repetitive = las mismas palabras repetidas

moderation-title = Moderación
moderation-intro = Oculte, indicando el motivo, toda contribución que infrinja las normas: seguirá contabilizándose y figurando en la lista como oculta, con el motivo en su lugar.
moderation-hidden-because = Ocultada por los moderadores: { $reason }
moderation-reason = Motivo de la ocultación
moderation-hide = Ocultar
moderation-show = Volver a mostrar

opinion-map-title = Mapa de opiniones
opinion-intro = Las personas que votan de forma similar sobre las afirmaciones se sitúan cerca unas de otras y se agrupan; para cada grupo se muestran las afirmaciones que lo distinguen, así como las afirmaciones en las que coinciden todos los grupos.
opinion-compute = Calcular el mapa a partir de los votos actuales
opinion-none = Todavía no se ha calculado ningún mapa de opiniones.
opinion-computed = Calculado el { $date }
opinion-placed = { $count ->
    [one] { $count } persona situada
   *[other] { $count } personas situadas
}
opinion-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
opinion-silhouette = separación (silueta): { $value }
opinion-map-description = Cada marca es una persona situada según sus votos; la forma indica a cuál de los { $groups } grupos de opinión pertenece. Las tablas siguientes ofrecen los mismos datos.
opinion-groups = Grupos de opinión
opinion-group = Grupo { $name }
opinion-group-size = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
opinion-shape-circle = círculos
opinion-shape-square = cuadrados
opinion-shape-triangle = triángulos
opinion-shape-diamond = rombos
opinion-shape-cross = cruces
opinion-shape-star = estrellas
opinion-no-representative = Ninguna afirmación distingue claramente a este grupo.
opinion-representative-of = Qué distingue al grupo { $name }
opinion-statement = Afirmación
opinion-direction = Posición mayoritaria del grupo
opinion-direction-agree = de acuerdo
opinion-direction-disagree = en desacuerdo
opinion-in-group = En el grupo
opinion-out-group = Todos los demás
opinion-consensus = En qué coinciden todos los grupos de opinión
opinion-consensus-hint = Afirmaciones con las que está de acuerdo la mayoría de cada grupo de opinión.
opinion-no-consensus = Ninguna afirmación cuenta con el acuerdo de todos los grupos de opinión.
opinion-min-agree = al menos un { $value } % de acuerdo en cada grupo
opinion-multistakeholder = Consenso de múltiples partes interesadas
opinion-multistakeholder-hint = Una afirmación solo constituye un consenso de múltiples partes interesadas si todos los grupos de partes interesadas escuchados (con suficientes votos de participantes inscritos) están de acuerdo por encima del umbral.
opinion-no-groups = Todavía no hay votos de participantes inscritos con un grupo de partes interesadas.
opinion-verdict = Resultado
opinion-by-group = Grado de acuerdo por grupo de partes interesadas
opinion-ms-yes = Consenso
opinion-ms-no = Sin consenso
opinion-not-heard = no escuchado
opinion-reason-consensus = Los { $groups } grupos de partes interesadas escuchados están todos de acuerdo.
opinion-reason-group-below-threshold = { $group } solo está de acuerdo en un { $share } % (el umbral es del { $threshold } %).
opinion-reason-too-few-groups = Solo se escuchó a { $heard } grupos de partes interesadas; se necesitan al menos { $minimum }.
consultation-general-on-draft = Enviar un comentario general sobre el conjunto del texto
consultation-editing = Está modificando la contribución que envió sin cuenta.
submission-edit-link = Guarde este enlace privado: le permite modificar su contribución hasta el cierre de la consulta. Cualquiera que lo tenga puede modificarla.

# Agora — catálogo en español: ciclos, convocatorias de cuestiones y de propuestas, revisión preliminar, evaluación y selección.

## Ciclos
nav-cycles = Convocatorias y programa
no = No
minutes = { $count } minutos
cycles-title = Ciclos
cycles-intro = Cada año del foro es un ciclo: una convocatoria de cuestiones, una convocatoria de propuestas de talleres, la revisión preliminar, la evaluación por el Grupo Asesor Multipartito (MAG), la selección y, por último, la reunión y sus informes.
cycles-none = Todavía no se ha abierto ningún ciclo.
cycles-new = Abrir un nuevo ciclo
cycles-name = Nombre
cycles-host = Ciudad y país anfitriones
cycles-meeting-dates = Fechas de la reunión
cycles-hybrid = Híbrido (presencial y en línea)
cycles-onsite = Solo presencial
cycles-format = Formato
cycles-create = Abrir el ciclo
cycle-overview = Resumen
cycle-issues = Convocatoria de cuestiones
cycle-proposals = Propuestas
cycle-workshops = Talleres aprobados
cycle-synthesis = Síntesis
cycle-evaluate = Mis evaluaciones
cycle-results = Clasificación y selección
cycle-screening = Revisión preliminar
cycle-assignment = Evaluadores
cycle-settings = Configuración
cycle-phases = Fases
cycle-phase = Fase
cycle-from = Desde
cycle-to = Hasta
cycle-now = en curso
cycle-themes = Temas
cycle-no-themes = El MAG todavía no ha registrado los temas.
cycle-rules = Normas
rule-min-speakers = Al menos { $count } ponentes confirmados.
rule-gender-diverse = Al menos un ponente de un género distinto del de los demás.
rule-max-proposals = Como máximo { $count } propuestas por persona y por institución.
rule-evaluators = { $count } evaluadores del MAG por propuesta.
rule-previous-report = Los organizadores de un taller anterior deben enlazar su informe.
phase-call-for-issues = Convocatoria de cuestiones
phase-call-for-proposals = Convocatoria de propuestas
phase-screening = Revisión preliminar
phase-evaluation = Evaluación
phase-selection = Selección
phase-scheduling = Programación
phase-meeting = Reunión
phase-reporting = Informes

## Configuración
settings-formats = Formatos y sus duraciones
settings-formats-hint = Un formato por línea: su código, dos puntos y, a continuación, las duraciones permitidas en minutos (por ejemplo, "flash: 30").
settings-criteria = Criterios de evaluación (separados por comas)
settings-gender-diverse-speakers = Exigir ponentes de más de un género
settings-previous-report-required = Exigir el informe del taller anterior del organizador
settings-min-confirmed-speakers = Mínimo de ponentes confirmados
settings-min-onsite-speakers = Mínimo de ponentes presenciales
settings-min-onsite-moderators = Mínimo de moderadores presenciales
settings-max-proposals-per-person = Máximo de propuestas por persona
settings-max-proposals-per-institution = Máximo de propuestas por institución
settings-max-sessions-per-speaker = Máximo de sesiones por ponente
settings-title-max-chars = Longitud máxima del título (caracteres)
settings-description-max-words = Longitud máxima de la descripción (palabras)
settings-score-min = Puntuación más baja
settings-score-max = Puntuación más alta
settings-evaluators-per-proposal = Evaluadores por propuesta
settings-slots = Espacios para talleres
settings-per-theme-cap = Máximo de talleres por tema
settings-target-developing-percent = Meta: talleres con organizadores de países en desarrollo (%)
settings-target-first-time-percent = Meta: talleres de proponentes que participan por primera vez (%)
settings-target-gender-diverse-percent = Meta: talleres con ponentes de diversos géneros (%)
settings-target-per-region = Meta: talleres con organizadores de cada grupo regional de las Naciones Unidas
settings-error-number = { $field }: escriba un número entero entre 0 y 100.000.
settings-error-phase = { $field }: indique ambas fechas; la primera no puede ser posterior a la segunda.
settings-error-score-scale = La puntuación más baja debe ser inferior a la más alta.
settings-error-evaluators-per-proposal = Cada propuesta necesita al menos un evaluador.
settings-error-formats = Cada línea de formato necesita un formato conocido (panel, roundtable, debate, break-out, birds-of-a-feather, flash, other) y al menos una duración.
settings-error-criteria = Indique al menos un criterio de evaluación.
settings-error-slots = Los espacios y el máximo por tema deben ser como mínimo 1.
settings-error-targets = Los porcentajes no pueden ser superiores a 100.
settings-phase-call-for-issues = Convocatoria de cuestiones
settings-phase-call-for-proposals = Convocatoria de propuestas
settings-phase-screening = Revisión preliminar
settings-phase-evaluation = Evaluación
settings-phase-selection = Selección
settings-phase-scheduling = Programación
settings-phase-meeting = Reunión
settings-phase-reporting = Informes

## Convocatoria de cuestiones y temas
issues-intro = ¿Qué cuestiones de gobernanza de Internet debería debatir el foro de este año? Cualquier persona inscrita puede sugerir cuestiones; el MAG las lee todas y elige los temas.
issues-your-issue = Su cuestión
issues-submit = Enviar la cuestión
issues-received = { $count ->
    [one] { $count } cuestión recibida
   *[other] { $count } cuestiones recibidas
}
issues-count = Cuestiones
issues-closed = La convocatoria de cuestiones se cerró el { $date }.
forbidden-issues-closed = La convocatoria de cuestiones está cerrada.
issues-error-length = Escriba la cuestión con un texto de 1 a 2.000 caracteres.
themes-name = Tema
themes-description = Descripción
themes-sub-themes = Subtemas (uno por línea)
themes-policy-questions = Preguntas sobre políticas a modo de ejemplo
themes-add = Registrar el tema

## Propuestas
proposal-new = Proponer un taller
proposal-mine = Mis propuestas
proposal-form-title = Propuesta de taller
proposal-deadline = Las propuestas pueden enviarse y modificarse hasta el { $date } (UTC).
proposal-closed = La convocatoria de propuestas se cerró el { $date }: ya no es posible enviar ni modificar propuestas.
proposal-submitted-count = { $count ->
    [one] { $count } propuesta enviada
   *[other] { $count } propuestas enviadas
}
proposal-title = Título
proposal-title-hint = Como máximo { $max } caracteres, según la norma de la revisión preliminar.
proposal-theme = Tema
proposal-format = Formato
proposal-duration = Duración
proposal-description = Descripción
proposal-description-hint = La cuestión o pregunta de gobernanza de Internet y cómo la abordará la sesión; como máximo { $max } palabras.
proposal-policy-questions = Preguntas sobre políticas
proposal-expected-outcomes = Resultados previstos
proposal-hybrid-plan = Participación híbrida
proposal-hybrid-plan-hint = ¿Cómo interactuarán los ponentes y participantes presenciales y en línea, y qué herramientas en línea utilizará?
proposal-organizers = Coorganizadores
proposal-organizers-hint = Organizaciones que organizan la sesión con usted, con su grupo de partes interesadas y su país.
proposal-organizer-n = Coorganizador { $n }
proposal-people = Ponentes, moderadores y relator
proposal-people-hint = Cada persona recibe por correo electrónico una invitación para confirmar su participación. En la revisión preliminar solo cuentan las personas que han confirmado.
proposal-person-n = Persona { $n }: función
proposal-onsite = Presencial
proposal-role = Función
proposal-invitation = Invitación
proposal-sdgs = Objetivos de Desarrollo Sostenible
proposal-action-lines = Líneas de acción de la CMSI
proposal-previous-report = Informe de su taller anterior
proposal-previous-report-hint = Si organizó un taller en una reunión anterior, enlace su informe: sin él, esta propuesta no puede superar la revisión preliminar.
proposal-save-draft = Guardar como borrador
proposal-submit = Enviar la propuesta
proposal-edit = Modificar la propuesta
proposal-diversity = Diversidad de las personas indicadas
proposal-diversity-groups = Grupos de partes interesadas
proposal-diversity-regions = Grupos regionales de las Naciones Unidas
proposal-diversity-genders = Géneros
proposal-screening = Revisión preliminar
proposal-history = Versiones guardadas
proposal-version = Versión { $n }
diversity-people = { $count } personas (sin contar las invitaciones rechazadas)
diversity-developing = { $count } de países en desarrollo (PMA, PDSL o PEID)
diversity-first-timers = { $count } participantes por primera vez
proposal-status-draft = Borrador
proposal-status-submitted = Enviada
proposal-error-title = Ponga un título a la propuesta.
proposal-error-too-long = Este texto debe tener menos de { $max } caracteres.
proposal-error-description-words = La descripción tiene { $words } palabras; esta convocatoria permite como máximo { $max }.
proposal-error-title-length = El título tiene { $length } caracteres; esta convocatoria permite como máximo { $max }.
proposal-error-choice = Elija una opción de la lista.
proposal-error-required = Este campo es necesario para enviar la propuesta.
proposal-error-organizer = Indique un grupo de partes interesadas y un país para cada coorganizador.
proposal-error-person = Indique un nombre y una dirección de correo electrónico válida para cada persona.
proposal-error-speaker-cap = { $name } ya tiene confirmada su participación en { $count } sesiones de este ciclo; el límite es { $max }.
session-role-speaker = Ponente
session-role-onsite-moderator = Moderador presencial
session-role-online-moderator = Moderador en línea
session-role-rapporteur = Relator
invitation-invited = En espera de respuesta
invitation-confirmed = Confirmada
invitation-declined = Rechazada
format-panel = Panel
format-roundtable = Mesa redonda
format-debate = Debate
format-break-out = Trabajo en grupos reducidos
format-birds-of-a-feather = Encuentro por afinidad ("birds of a feather")
format-flash = Sesión relámpago
format-other = Otro

## Invitaciones
invitation-title = Invitación a un taller
invitation-text = Se le invita a participar como "{ $role }" en el taller propuesto
invitation-confirm = Confirmo
invitation-decline = Declino
invitation-login = Inicie sesión o inscríbase para responder: los ponentes participan con su perfil.

## Revisión preliminar
screening-intro = Etapa 1: cada propuesta enviada se coteja con las normas publicadas del ciclo. Cada norma se cumple o no, con su motivo, que el proponente puede ver. Para modificar un resultado hay que registrar un motivo.
screening-run = Revisar todas las propuestas enviadas
screening-summary-passed = { $count } superadas
screening-summary-failed = { $count } no superadas
screening-passed = Superada
screening-failed = No superada
screening-not-yet = Aún no revisada
screening-overridden = decidido por la Secretaría
screening-override = Modificar el resultado
screening-reason = Motivo (queda registrado)
screening-complete = Campos por rellenar: { $missing }.
screening-complete-ok = Todos los campos del formulario están rellenados.
screening-title-length = Título: { $length } caracteres (como máximo { $max }).
screening-description-length = Descripción: { $words } palabras (como máximo { $max }).
screening-format-duration = Formato y duración: { $duration } minutos debe ser una duración permitida para este formato.
screening-confirmed-speakers = Ponentes confirmados: { $count } (al menos { $min }).
screening-gender-diverse = Al menos un ponente confirmado de un género distinto del de los demás.
screening-onsite = Presencial: { $speakers } ponentes (al menos { $min_speakers }) y { $moderators } moderadores (al menos { $min_moderators }).
screening-not-mag-member = Los proponentes no pueden ser miembros del MAG.
screening-proposals-per-person = Propuestas de esta persona en el ciclo: { $count } (como máximo { $max }).
screening-proposals-per-institution = Propuestas de esta institución en el ciclo: { $count } (como máximo { $max }).
screening-sessions-per-speaker = Ningún ponente confirmado participa en más de { $max } sesiones.
screening-previous-report = El informe del taller anterior del proponente está enlazado.

## Evaluación
assignment-intro = Cada propuesta que ha superado la revisión preliminar recibe sus evaluadores del MAG mediante una asignación óptima calculada: nunca un miembro con un conflicto de intereses, miembros de distintos grupos de partes interesadas en cada propuesta, áreas temáticas coincidentes y cargas de trabajo equilibradas.
assignment-proposals = { $count } propuestas por evaluar
assignment-members = { $count } miembros del MAG
assignment-pairs = { $count } asignaciones
assignment-scored = { $count } evaluaciones enviadas
assignment-compute = Calcular la asignación óptima
assignment-short = Propuestas sin suficientes evaluadores
assignment-progress = Avance por miembro del MAG
assignment-assigned = Asignadas
assignment-done = Evaluadas
assignment-by-hand = Ajustar manualmente
assignment-proposal-number = Número de propuesta
assignment-member = Miembro del MAG
assignment-action = Cambio
assignment-add = Añadir
assignment-remove = Quitar
evaluation-areas = Mis áreas temáticas
evaluation-areas-hint = Los temas que mejor conoce: la asignación procura darle propuestas sobre ellos.
evaluation-assigned = { $count ->
    [one] { $count } propuesta por evaluar
   *[other] { $count } propuestas por evaluar
}
evaluation-none = Todavía no se le ha asignado ninguna propuesta.
evaluation-status = Estado
evaluation-scored = Evaluada
evaluation-to-do = Por evaluar
evaluation-score-title = Evaluar una propuesta
evaluation-anonymised = Vista anonimizada: se ocultan los nombres de los proponentes, las organizaciones y las personas; se muestran sus grupos, sus regiones y las indicaciones de país en desarrollo y de primera participación.
evaluation-first-time-proposer = Proponente por primera vez
evaluation-developing = país en desarrollo
evaluation-first-timer = primera participación
evaluation-your-scores = Sus puntuaciones
evaluation-comment = Comentario
evaluation-save = Guardar mi evaluación
evaluation-error-scores = Puntúe cada criterio de { $min } a { $max }. No se ha guardado nada.
evaluation-conflict = Conflicto de intereses
evaluation-conflict-reason = Por qué no debería evaluar esta propuesta
evaluation-conflict-declare = Declarar un conflicto de intereses
criterion-policy-question = Pregunta sobre políticas
criterion-relevance = Pertinencia
criterion-content = Contenido
criterion-interaction = Interacción y formato
criterion-diversity = Diversidad
forbidden-conflict-listed-on-proposal = Usted figura en esta propuesta: no puede evaluarla.
forbidden-conflict-same-organization = Esta propuesta procede de su organización: no puede evaluarla.
forbidden-conflict-declared = Usted declaró un conflicto de intereses con esta propuesta.
forbidden-not-assigned = Esta propuesta no le ha sido asignada.
forbidden-scores-confidential = Las puntuaciones son confidenciales para la Secretaría y la Presidencia hasta que se publica la selección; después son datos abiertos con seudónimos.

## Clasificación, selección y decisiones
results-intro = Puntuaciones por propuesta: media, mediana y una puntuación normalizada que corrige el efecto de los evaluadores severos y de los benévolos. La selección sugerida toma las mejores puntuaciones normalizadas dentro de los espacios disponibles y del máximo por tema y, a continuación, hace el menor número de intercambios necesario para alcanzar las metas de equilibrio.
results-suggestion = Selección sugerida
results-selected = { $count } propuestas sugeridas
results-swaps = { $count } intercambios para el equilibrio
results-cost = Puntuación sacrificada frente a la clasificación pura
results-targets = Metas de equilibrio
results-target = Meta
results-minimum = Mínimo
results-by-ranking = Clasificación pura
results-in-suggestion = Sugerencia
results-no-theme = Sin tema
results-scores = Puntuaciones
results-mean = Media
results-median = Mediana
results-normalised = Normalizada
results-suggested = Sugerida
results-decision = Decisión
results-record = Registrar
results-anonymised-scores = Puntuaciones anonimizadas
target-developing = Organizadores de países en desarrollo
target-first-time = Proponentes por primera vez
target-gender-diverse = Ponentes de diversos géneros
decision-approved = Aprobada
decision-approved-if-merged = Aprobada si se fusiona
decision-not-approved = No aprobada
decision-merge-with = Fusionar con la propuesta número
decision-rationale = Justificación
workshops-none = Todavía no se ha aprobado ningún taller.
synthesis-intro = Propuestas recibidas, que superaron la revisión preliminar y aprobadas, por tema y por grupo de partes interesadas y grupo regional de las Naciones Unidas de sus organizadores. Una propuesta se cuenta en cada grupo del que tenga al menos un organizador.
synthesis-all = Todas las propuestas
synthesis-received = Recibidas
synthesis-passed = Superaron la revisión preliminar
synthesis-approved = Aprobadas

## Correo
mail-invitation-subject = Invitación para intervenir en un taller propuesto a { $forum }
mail-invitation-body =
    Hola, { $name }:

    { $proposer } le ha incluido como "{ $role }" en la propuesta de taller "{ $title }".

    Confirme o decline su participación aquí:

    { $link }

    En la revisión preliminar de la propuesta solo cuentan las personas que han confirmado.
mail-decision-subject = Decisión sobre su propuesta de taller: { $title }
mail-decision-body =
    Hola, { $name }:

    El MAG ha tomado una decisión sobre su propuesta "{ $title }": { $decision }.

    La decisión y su justificación figuran en la página de la propuesta:

    { $link }
settings-report-due-days = Informes debidos, días después de la sesión
settings-recommendation-reminder-days = Recordar a los organismos que no han respondido a una recomendación, cada … días
decisions-review = Revisar y publicar las decisiones
decisions-review-intro = Las decisiones preparadas no son públicas y no se comunican a nadie. Al publicarlas, todas quedan en el registro público y cada proponente recibe un solo correo.
decisions-nothing-staged = No hay ninguna decisión preparada.
decisions-staged-count = { $count ->
    [one] 1 decisión preparada
   *[other] { $count } decisiones preparadas
}
decisions-held-evaluation = La evaluación dura hasta el { $date }: las decisiones podrán publicarse cuando termine.
decisions-publish-warning = Publicar registra estas { $count } decisiones en el registro público y envía { $count } correos. No se puede deshacer.
decisions-publish = Publicar las decisiones e informar a los proponentes
decisions-back-to-results = Volver a la clasificación
decisions-review-link = Revisar y publicar
decisions-apply-suggestion = Preparar la selección sugerida
decisions-apply-suggestion-hint = Prepara «Aprobada» para cada propuesta sugerida y «No aprobada» para las demás aún sin decisión. Puede cambiar cualquiera antes de publicar.
decisions-staged-as = Preparada: { $decision }
decisions-choose = Elegir…
decisions-stage = Preparar
forbidden-decisions-held = Las decisiones se publican una vez terminada la evaluación.
forbidden-decisions-nothing-staged = No hay ninguna decisión preparada: prepare primero las decisiones en la clasificación.
screening-outcomes = Resultados de la preselección
screening-filter-all = Todas
screening-filter-passed = Aprobadas
screening-filter-failed = No aprobadas
screening-filter-overridden = Decididas por la Secretaría
screening-filter-not-screened = Aún sin revisar
screening-filter-outcome = Resultado
screening-filter-title = El título contiene
screening-filter-apply = Mostrar
screening-sort = Ordenar por
screening-sort-id = Número
screening-sort-title = Título
screening-sort-outcome = Resultado
screening-matching = Propuestas que coinciden: { $count }
screening-none = Ninguna propuesta coincide con estos filtros.
screening-page-of = Página { $number } de { $of }
screening-error-reason = Indique el motivo de esta decisión: queda inscrito en el registro público.
screening-error-reason-length = El motivo puede tener como máximo { $max } caracteres.
evaluation-queue = Mi cola de evaluación
evaluation-progress = { $count } de { $total } evaluadas
evaluation-continue = Seguir con la próxima propuesta por evaluar
evaluation-previous = Propuesta anterior
evaluation-next = Propuesta siguiente
evaluation-all-done = Guardado. Todas las propuestas que se le asignaron están evaluadas; puede cambiar una puntuación hasta que termine la evaluación.
criterion-scale = { $min }: no cumple en absoluto este criterio. { $max }: lo cumple plenamente.
criterion-policy-question-scale = { $min }: sin una pregunta de política clara, o con una ajena a la gobernanza de Internet. { $max }: una pregunta de política precisa y actual que la sesión puede abordar de verdad.
criterion-relevance-scale = { $min }: sin relación con el tema ni con las prioridades del foro. { $max }: en el centro del tema, sobre una cuestión que el foro debe debatir ahora.
criterion-content-scale = { $min }: contenido vago o escaso, sin un resultado claro. { $max }: contenido sólido, con resultados esperados concretos y útiles.
criterion-interaction-scale = { $min }: un panel que lee declaraciones, sin espacio para el público ni para quienes participan a distancia. { $max }: un formato que hace participar a todos, presencialmente y en línea.
criterion-diversity-scale = { $min }: oradores y organizadores de un solo grupo o región. { $max }: equilibrio entre grupos de partes interesadas, regiones y géneros, con personas nuevas.
results-rankings = Clasificaciones por tema
results-themes = Temas
results-none = Todavía no se ha puntuado ninguna propuesta.
results-ranked = Propuestas clasificadas: { $count }
results-normalised-hint = La puntuación normalizada corrige el efecto de los evaluadores severos o indulgentes. Las puntuaciones de cada evaluador se convierten en puntuaciones z (cuántas desviaciones típicas propias de ese evaluador se aleja una puntuación, por encima o por debajo, de su propia media); las puntuaciones z de una propuesta se promedian y se llevan de nuevo a la escala: la media de todas las puntuaciones más ese promedio multiplicado por la desviación típica de todas las puntuaciones. Se lee como una puntuación pero no está limitada por la escala: una propuesta que todos sus evaluadores sitúan muy por encima de sus notas habituales puede superar { $max } (o quedar por debajo de { $min }).

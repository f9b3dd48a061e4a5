# La Aldea del FGI: solicitudes de puestos, selección, plano y asignación de puestos.
village-title = La Aldea
village-intro = La Aldea es el espacio de exposición de la reunión, donde las organizaciones muestran su trabajo en un puesto. Solicite un puesto abajo; la Secretaría elige a los expositores, comunica a cada solicitante su decisión por correo y asigna los puestos en el plano.
village-manage-title = Aldea: selección y puestos
village-plan = Plano
village-plan-title = Plano de la Aldea, { $title }
village-plan-summary = { $count } puestos en una cuadrícula de { $total } casillas, { $n } de ellos asignados. Tras el plano figura la lista de expositores con el número de su puesto.
village-plan-legend = Los cuadrados numerados son puestos: oscuros si están asignados, claros si están libres; los cuadrados grises sin número no se pueden usar.
village-exhibitors = Expositores
village-exhibitors-none = Aún no se han anunciado los expositores.
village-booth = Puesto { $number }
village-booth-label = Puesto
village-mine = Su solicitud
village-status = Estado
village-status-submitted = Presentada, pendiente de la selección
village-status-selected = Seleccionada
village-status-declined = No seleccionada
village-sign-in = Inicie sesión para solicitar un puesto
village-apply = Solicitar un puesto
village-update = Modificar mi solicitud
village-description = Qué encontrarán los visitantes en el puesto
village-description-hint = De 20 a 2000 caracteres: su trabajo, lo que mostrará, quién debería pasar.
village-needs = Qué necesita el puesto
village-need-power = Enchufes
village-need-screen = Una pantalla
village-need-wired-internet = Conexión a Internet por cable
village-need-furniture = Una mesa y sillas
village-need-storage = Almacenamiento con llave
village-need-step-free = Acceso sin escalones para los expositores
village-closed = Las solicitudes están cerradas: la reunión ha terminado o sus fechas aún no están fijadas.
village-error-organization = Indique el nombre de la organización (200 caracteres como máximo).
village-error-stakeholder-group = Elija el grupo de partes interesadas de la organización.
village-error-description = Describa el puesto en 20 a 2000 caracteres.
village-error-needs = Elija las necesidades de la lista.
village-decided = Esta solicitud ya tiene una decisión y no puede modificarse.
village-rows = Filas
village-columns = Columnas
village-unusable-label = Casillas que no se pueden usar
village-unusable-hint = Sus números, contados fila por fila desde la esquina superior izquierda, separados por comas; se aceptan intervalos como 12-14.
village-plan-save = Guardar el plano
village-plan-numbers = Indique las filas y columnas con números, y las casillas inutilizables con números o intervalos.
village-plan-size = Un plano tiene de 1 a { $max } filas y de 1 a { $max } columnas.
village-not-on-plan = La casilla { $number } no está en el plano, cuya última casilla es la { $max }.
village-plan-allocated = El puesto { $number } está asignado: retire de él al expositor antes de cambiar así el plano.
village-selection = Selección
village-staged = Preparado, aún sin publicar: { $count } seleccionadas, { $n } no seleccionadas. No se envía ni se publica nada hasta que publique.
village-publish = Publicar las decisiones preparadas y escribir a cada solicitante
village-free-booths = Puestos utilizables libres: { $count }.
village-fill-in = Dar por orden los puestos libres a los expositores seleccionados que no tienen
village-applications-none = Aún no hay solicitudes.
village-staged-selected = Seleccionar
village-staged-declined = No seleccionar
village-applicant = Solicitante
village-decision = Decisión
village-undecided = Sin decidir
village-stage = Preparar
village-allocate = Asignar
village-not-selected = Solo un expositor seleccionado recibe un puesto.
village-unusable = La casilla { $number } no puede usarse como puesto.
village-taken = El puesto { $number } ya está asignado a { $organization }.
mail-village-selected-subject = Su puesto en la Aldea de { $title }
mail-village-selected-body =
    Estimado/a { $name }:

    { $organization } ha sido seleccionada para exponer en la Aldea de { $title }. El número de su puesto aparecerá en la página de la Aldea cuando se asigne el plano:

    { $link }
mail-village-declined-subject = Su solicitud para la Aldea de { $title }
mail-village-declined-body =
    Estimado/a { $name }:

    Gracias por su solicitud. La Aldea de { $title } tiene menos puestos que solicitudes, y { $organization } no ha sido seleccionada este año.

    { $link }

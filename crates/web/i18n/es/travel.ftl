## Ayuda para viajes (becas)
travel-title = Ayuda para viajes
travel-intro = El foro financia el viaje de personas de países en desarrollo que contribuyen a la reunión: el billete de avión, las dietas y los gastos de visado, en todo o en parte. Presente aquí su solicitud; alguien que conoce su trabajo confirma una recomendación desde un enlace que le enviamos; los evaluadores puntúan las solicitudes y la Secretaría publica la selección dentro del presupuesto.
travel-dates = Solicitudes
travel-no-dates = Las fechas de la convocatoria aún no están fijadas.
travel-budget = Presupuesto
travel-usd = { $total } USD
travel-max-request = Solicitud máxima
travel-report-due = Informe a más tardar el
travel-eligibility = Quién puede solicitarla
travel-rule-country-explained = Personas de un país menos adelantado, de un país en desarrollo sin litoral o de un pequeño Estado insular en desarrollo (listas de las Naciones Unidas).
travel-listed-economies = Esta convocatoria también acepta:
travel-rule-contribution-explained = Personas con una contribución activa: ponente u organizador de una sesión, miembro del MAG o de un IGF nacional o regional.
travel-rule-recommendation-explained = Una recomendación, confirmada por quien la da desde el enlace que le enviamos.
travel-rule-previous-report-explained = Quien haya recibido ayuda antes debe haber presentado el informe de ese viaje.
travel-manage-title = Ayuda para viajes: Secretaría
travel-evaluate-title = Ayuda para viajes: evaluación
travel-mine = Su solicitud
travel-status = Estado
travel-status-draft = Borrador, sin presentar
travel-status-submitted = Presentada
travel-status-eligible = Admisible
travel-status-ineligible = No admisible
travel-decision-funded = Financiada
travel-decision-not-funded = No financiada
travel-contribution = Su contribución
travel-contribution-hint = Elija la que mejor se aplique; el foro la comprueba en sus datos cuando puede.
travel-contribution-speaker = Ponente
travel-contribution-organizer = Organizador de una sesión
travel-contribution-mag = Miembro del MAG
travel-contribution-nri = Función en un IGF nacional o regional
travel-contribution-verified = consta en los datos del foro
travel-contribution-declared = declarada (no consta en los datos del foro)
travel-contribution-detail = Detalles de su contribución (la sesión, la iniciativa nacional o regional)
travel-request = Su solicitud
travel-request-hint = Importes en dólares estadounidenses enteros; deje en 0 lo que no necesite.
travel-request-summary = { $total } USD: billete { $value }, dietas { $n }, visado { $count }
travel-ticket = Billete de avión (USD)
travel-per-diem = Dietas (USD)
travel-visa = Gastos de visado (USD)
travel-motivation = Por qué presenta la solicitud
travel-recommendation = Recomendación
travel-recommendation-hint = Enviamos a esta persona un enlace para confirmar su recomendación. Podrá presentar la solicitud cuando lo haya hecho.
travel-recommender-name = Nombre de quien recomienda
travel-recommender-email = Correo electrónico de quien recomienda
travel-recommendation-confirmed = confirmada
travel-recommendation-waiting = pendiente de confirmación
travel-report = Su informe
travel-report-hint = Lo que hizo en la reunión y lo que lleva de vuelta a su país. El foro solo publica totales sobre las personas financiadas.
travel-report-file = Presentar el informe
travel-report-filed = presentado
travel-submit = Presentar la solicitud
travel-submit-hint = Una vez presentada, la solicitud no puede modificarse.
travel-sign-in = Inicie sesión para solicitar ayuda para viajes.
travel-apply = Solicitar
travel-update = Modificar su borrador
travel-save = Guardar el borrador
travel-closed = La convocatoria de ayuda para viajes no está abierta.
travel-statistics = Quién la solicitó y quién recibió financiación
travel-applied-count = { $total } solicitudes presentadas.
travel-funded-count = { $total } financiadas.
travel-statistics-note = Solo recuentos: nada en esta página trata de una persona.
travel-applied = Solicitudes
travel-funded = Financiadas
travel-statistics-json = Estos recuentos en JSON
## Reglas, cada una nombrada cuando rechaza
travel-rule-open = La convocatoria de ayuda para viajes no está abierta.
travel-rule-country = { $country } no figura en las listas de las Naciones Unidas de países menos adelantados, en desarrollo sin litoral o pequeños Estados insulares en desarrollo, ni entre las economías que admite esta convocatoria.
travel-rule-contribution = Indique una contribución activa: ponente, organizador, miembro del MAG o función en un IGF nacional o regional.
travel-rule-recommendation = Su recomendación aún no está confirmada: quien recomienda debe confirmarla desde el enlace que le enviamos.
travel-rule-request = Solicite al menos el billete, las dietas o los gastos de visado, y no más de { $max } USD en total.
travel-rule-previous-report = No se ha presentado el informe de un viaje financiado anteriormente.
travel-rule-open-short = convocatoria cerrada
travel-rule-country-short = país no admisible
travel-rule-contribution-short = sin contribución
travel-rule-recommendation-short = recomendación sin confirmar
travel-rule-request-short = solicitud vacía o excesiva
travel-rule-previous-report-short = falta el informe anterior
travel-error-contribution = Elija su contribución.
travel-error-ticket-usd = El billete debe ser un número entero de dólares.
travel-error-per-diem-usd = Las dietas deben ser un número entero de dólares.
travel-error-visa-usd = Los gastos de visado deben ser un número entero de dólares.
travel-error-recommender-name = Indique el nombre de quien recomienda.
travel-error-recommender-email = Indique el correo electrónico de quien recomienda (no el suyo).
travel-error-motivation = La motivación o los detalles son demasiado largos.
travel-error-letter = Escriba unas líneas de recomendación (hasta 5000 caracteres).
travel-error-report = Escriba su informe (hasta 20 000 caracteres).
travel-error-submitted = Esta solicitud se presentó y ya no puede modificarse.
travel-error-score = Elija una puntuación de la escala.
travel-error-not-assigned = Esta solicitud no le está asignada.
travel-error-nothing-staged = Prepare una selección antes de publicarla.
travel-error-published = La selección ya está publicada.
travel-error-over-budget = Esta selección supera el presupuesto en { $total } USD.
travel-error-not-funded = Solo las personas financiadas presentan un informe, una vez publicada la selección.
travel-error-date = Una fecha no es válida (AAAA-MM-DD).
travel-error-number = Cada importe y cada número de puntos debe ser un número entero.
travel-error-dates = La convocatoria debe cerrarse después de abrirse.
travel-error-evaluators = Elija de 1 a 10 evaluadores por solicitud.
travel-error-economies = Una economía admitida no es un código de país ISO conocido.
travel-error-confirm = Marque la casilla para confirmar la publicación: decide cada solicitud y escribe a cada solicitante.
## La página de quien recomienda
travel-recommendation-title = Confirmar una recomendación
travel-recommendation-intro = { $name } solicita ayuda para viajar a { $title } y le indica a usted como persona que la recomienda. Si la recomienda, escriba unas líneas y confirme.
travel-applicant = Solicitante
travel-recommendation-letter = Su recomendación
travel-recommendation-letter-hint = Lo que sabe de su trabajo y por qué importa su presencia. Los evaluadores la leen.
travel-recommendation-confirm = Confirmar la recomendación
travel-recommendation-thanks = Gracias: su recomendación está confirmada. Aún puede cambiar su texto aquí.
## Evaluadores
travel-evaluate-intro = Las solicitudes que se le asignaron, sin conflictos: ninguna de su organización, ni de su país cuando la convocatoria lo indica.
travel-evaluate-empty = No tiene ninguna solicitud asignada.
travel-score = Puntuación
travel-comment = Comentario (para la Secretaría)
travel-score-save = Guardar la puntuación
## Secretaría
travel-settings = Parámetros de la convocatoria
travel-setting-opens = Se abre el
travel-setting-closes = Se cierra el (último día)
travel-setting-report-due = Informes a más tardar el
travel-setting-budget-usd = Presupuesto (USD)
travel-setting-max-request-usd = Solicitud máxima (USD)
travel-setting-first-timer-points = Prioridad a quienes participan por primera vez (puntos)
travel-setting-partial-request-points = Prioridad a las solicitudes parciales (puntos)
travel-setting-gender-balance-points = Prioridad al equilibrio de género (puntos)
travel-setting-region-balance-points = Prioridad al equilibrio regional (puntos)
travel-setting-evaluators-per-application = Evaluadores por solicitud
travel-setting-listed-economies = Economías admitidas
travel-setting-listed-economies-hint = Códigos ISO separados por espacios (KE GH), admisibles además de las listas de las Naciones Unidas.
travel-setting-exclude-same-country = Los evaluadores no evalúan a solicitantes de su propio país
travel-settings-save = Guardar los parámetros
travel-applications = Solicitudes
travel-applications-empty = Aún no se ha presentado ninguna solicitud.
travel-screen = Examinar según las reglas
travel-assign = Asignar evaluadores
travel-scores = Puntuaciones
travel-merit = Mérito (0–100)
travel-suggested = Seleccionada
travel-yes = sí
travel-staged = preparada
travel-selection = Selección
travel-budget-buys = El presupuesto de { $value } USD financia { $count } solicitudes por { $total } USD. Un 10 % más financiaría { $n }.
travel-optimal = La selección es óptima: su puntuación ({ $value }) es la mejor que alcanza cualquier selección dentro del presupuesto, demostrado por un método exacto; ninguna selección podría superar { $max }. { $total } USD solicitados en total.
travel-priorities = Lo que cuesta cada prioridad
travel-priority = Prioridad
travel-points = Puntos
travel-funded-with = Financiadas gracias a ella o con ella
travel-brings-in = Incorpora
travel-leaves-out = Deja fuera
travel-cost = Coste (puntos)
travel-cost-note = El coste es lo que la selección cede, en mérito y en las demás prioridades, por esta: la selección sin ella, comparada con esta.
travel-priority-first-timer = Quienes participan por primera vez
travel-priority-partial-request = Solicitudes parciales
travel-priority-gender-balance = Equilibrio de género
travel-priority-region-balance = Equilibrio regional
travel-stage = Preparar la selección óptima como borrador
travel-staged-summary = Borrador: { $count } solicitudes por { $total } USD, dentro del presupuesto de { $value } USD.
travel-publish-confirm = He revisado el borrador: publicarlo y enviar a cada solicitante su decisión.
travel-publish = Publicar la selección
travel-published = La selección está publicada; cada solicitante recibió su decisión por correo.
travel-overdue = Informes atrasados
travel-overdue-none = No hay informes atrasados.
forbidden-conflict-same-country = Esta persona es de su país: no puede evaluar su solicitud.
## Correo
mail-travel-recommendation-subject = { $name } le pide una recomendación: ayuda para viajar a { $title }
mail-travel-recommendation-body =
    { $name } solicita ayuda para viajar a { $title } y le indica a usted como persona que la recomienda.

    Si la recomienda, abra este enlace, escriba unas líneas y confirme:
    { $link }

    Si no la conoce, ignore este mensaje.
mail-travel-recommended-subject = Su recomendación está confirmada: { $title }
mail-travel-recommended-body =
    { $name } confirmó su recomendación. Ya puede presentar su solicitud:
    { $link }
mail-travel-funded-subject = Ayuda para viajar a { $title }: financiada
mail-travel-funded-body =
    Estimada/o { $name }:

    Su solicitud de ayuda para viajar a { $title } está financiada: { $total } USD.
    Después de la reunión, presente su informe antes del { $date }:
    { $link }
mail-travel-not-funded-subject = Ayuda para viajar a { $title }: no financiada
mail-travel-not-funded-body =
    Estimada/o { $name }:

    Lo sentimos: el presupuesto no permitió financiar su solicitud de ayuda para viajar a { $title }.
    Las estadísticas de la convocatoria están aquí:
    { $link }

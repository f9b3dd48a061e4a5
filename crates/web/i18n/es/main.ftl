# Agora — catálogo en español (traducido del catálogo de referencia en inglés).
# Las claves se agrupan por página; los términos de vocabulario son "<vocabulario>-<código>".

## Navegación y marco
nav-skip = Ir al contenido
nav-main = Menú principal
nav-menu = Menú
nav-languages = Idiomas
nav-home = Inicio
nav-participants = Participantes
nav-organizations = Organizaciones
nav-statistics = Estadísticas
nav-reference = Datos de referencia
nav-profile = Mi perfil
nav-admin = Configuración del foro
nav-login = Iniciar sesión
nav-logout = Cerrar sesión
nav-register = Inscribirse
nav-privacy = Aviso de privacidad
footer-powered = Con la tecnología de Agora, software de código abierto para foros de gobernanza de múltiples partes interesadas.
back-home = Volver a la página de inicio
choose = Elegir…
not-stated = No indicado
yes = Sí
download = Descargar

## Inicio
home-title = Inicio
home-intro-default = Un foro abierto en el que los gobiernos, el sector privado, la sociedad civil, la comunidad técnica, el sector académico y las organizaciones intergubernamentales debaten sobre la gobernanza de Internet en pie de igualdad. Cualquier persona puede participar.
home-participants = participantes
home-organizations = organizaciones
home-countries = países y zonas
home-join = Inscríbase para participar
home-explore = Explore el foro
home-statistics-hint = quién participa, por grupo de partes interesadas, región y más
home-participants-hint = las personas y organizaciones del foro
home-reference-hint = países, grupos regionales de las Naciones Unidas, líneas de acción de la CMSI y ODS

## Privacidad
privacy-title = Aviso de privacidad
privacy-default-1 = Este foro guarda los datos que usted facilita al inscribirse para que pueda participar: su nombre, dirección de correo electrónico, grupo de partes interesadas, organización, país y, si decide facilitarlos, su género, idiomas y una breve biografía.
privacy-default-2 = Su nombre, organización, grupo de partes interesadas y país solo aparecen en el directorio público si usted decide figurar en él. El género y los demás datos sobre diversidad se publican únicamente como totales, y las cifras inferiores a cinco se ocultan.
privacy-default-3 = En cualquier momento puede descargar, desde su perfil, todos los datos que el foro tiene sobre usted y eliminar su cuenta. Sus contribuciones públicas se mantienen, atribuidas a un antiguo participante.
privacy-default-4 = Cookies: una mantiene su sesión iniciada, otra protege los formularios contra la falsificación y, si comenta sin cuenta, una tercera rellena su nombre, su grupo y su país en su siguiente comentario durante un día. Ninguna le rastrea.

## Campos de los formularios
form-has-errors = Corrija lo siguiente:
field-name = Nombre completo
field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
field-stakeholder-group = Grupo de partes interesadas
field-stakeholder-group-hint = El grupo en el que usted participa. Los periodistas eligen el grupo de su organización y marcan "prensa o medios de comunicación" más abajo.
field-organization = Organización
field-organization-hint = Elija una de la lista o escriba un nombre nuevo. Déjelo en blanco si participa a título personal.
field-website = Sitio web de la organización (opcional)
field-country = País o zona
field-gender = Género (opcional)
field-gender-hint = Se utiliza solo para totales anónimos, para que el foro pueda comprobar si es equilibrado.
field-languages = Idiomas que habla
field-participation = Participación
field-first-time = Es la primera vez que participo en este foro
field-media = Participo en calidad de prensa o medios de comunicación
field-listed = Incluirme en el directorio público (nombre, organización, grupo de partes interesadas y país)
field-bio = Breve biografía (opcional)
field-bio-hint = Se admite Markdown: **negrita**, _cursiva_, [enlaces](https://example.org).
field-consent = He leído y acepto el

## Errores en los campos
field-name-missing = Escriba su nombre completo.
field-name-invalid = Escriba un nombre de 120 caracteres como máximo, sin caracteres de control.
field-email-missing = Escriba su dirección de correo electrónico.
field-email-invalid = Escriba una dirección de correo electrónico como nombre@example.org.
field-password-too-short = Elija una contraseña de al menos 10 caracteres.
field-password-too-long = Elija una contraseña de 256 caracteres como máximo.
field-password-weak = Esta contraseña es demasiado fácil de adivinar (una contraseña común, un carácter repetido o su propio nombre o correo electrónico). Elija otra.
field-stakeholder-group-missing = Elija su grupo de partes interesadas.
field-country-missing = Elija su país o zona.
field-country-unknown = Elija un país o una zona de la lista.
field-gender-unknown = Elija un género de la lista o deje el campo en blanco.
field-language-unknown = Elija idiomas de la lista.
field-bio-too-long = La biografía debe tener menos de 4.000 caracteres.
field-consent-missing = Para inscribirse, debe aceptar el aviso de privacidad.
field-organization-too-long = El nombre de la organización debe tener menos de 200 caracteres.
field-website-invalid = Escriba una dirección web que empiece por https:// o http://.

## Inscripción y verificación
register-title = Inscripción
register-intro = Cualquier persona puede participar en el foro. Díganos quién es usted para que el foro pueda comprobar que se escucha a todos los grupos de partes interesadas y a todas las regiones.
register-submit = Inscribirse
register-have-account = ¿Ya tiene una cuenta?
register-sent-title = Revise su correo
register-sent-body = Hemos enviado un mensaje a la dirección que nos indicó. Siga el enlace que contiene para confirmar su dirección y, a continuación, inicie sesión. Si no recibe nada en unos minutos, revise su carpeta de correo no deseado.
verify-invalid-title = Este enlace ya no funciona
verify-invalid-body = El enlace de confirmación ha caducado o ya se ha utilizado. Inicie sesión para recibir uno nuevo.

## Inicio de sesión y contraseñas
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidó su contraseña?
login-failed = La dirección de correo electrónico o la contraseña no son correctas.
login-unverified-title = Confirme primero su dirección
login-unverified-body = Su dirección de correo electrónico aún no está confirmada. Le hemos enviado un nuevo enlace: sígalo y, a continuación, inicie sesión.
forgot-title = Restablecer la contraseña
forgot-intro = Escriba la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent-title = Revise su correo
forgot-sent-body = Si hay una cuenta con esa dirección, le hemos enviado un enlace para elegir una nueva contraseña. El enlace es válido durante una hora.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-invalid-title = Este enlace ya no funciona
reset-invalid-body = El enlace para restablecer la contraseña ha caducado o ya se ha utilizado. Solicite uno nuevo desde la página de inicio de sesión.

## Avisos
notice-verified = Su dirección de correo electrónico está confirmada. Ya puede iniciar sesión.
notice-password-reset = Su contraseña se ha cambiado: se cerraron todas las sesiones y se revocaron todos los tokens de API. Inicie sesión con la nueva contraseña y cree nuevos tokens para sus integraciones.
notice-logged-out-everywhere = Se cerraron todas las sesiones de su cuenta y se revocaron todos los tokens de API. Inicie sesión de nuevo y cambie su contraseña si alguien pudo conocerla.
logout-everywhere = Cerrar todas las sesiones y revocar todos los tokens
logout-everywhere-explain = Si cree que otra persona tiene su contraseña o uno de sus tokens de API, cierre todas las sesiones de su cuenta en todos los dispositivos y revoque todos sus tokens de API. Después cambie su contraseña.
logout-everywhere-title = Cerrar sesión en todas partes
notice-saved = Su perfil se ha guardado.
notice-logged-out = Ha cerrado la sesión.

## Perfil
profile-title = Mi perfil
profile-roles = Funciones
profile-save = Guardar mi perfil
profile-your-data = Sus datos
profile-export = Descargar mis datos (JSON)
profile-delete = Eliminar mi cuenta
delete-title = Eliminar mi cuenta
delete-explain = Esto borra su nombre, su dirección de correo electrónico y todos los datos de su perfil, y cierra su sesión en todos los dispositivos. Lo que haya aportado públicamente se mantiene, atribuido a "antiguo participante". Esta acción no se puede deshacer.
delete-password = Su contraseña, para confirmar
delete-submit = Eliminar mi cuenta definitivamente
delete-wrong-password = Esa contraseña no es correcta.
deleted-title = Su cuenta se ha eliminado
deleted-body = Sus datos personales se han borrado. Gracias por su participación.

## Funciones
role-participant = Participante
role-secretariat = Secretaría
role-mag = Miembro del Grupo Asesor Multipartito (MAG)
role-chair = Presidencia
role-admin = Administración

## Directorio
participants-title = Participantes
participants-intro = Participantes que han decidido figurar en el directorio. Nadie más aparece aquí.
organizations-title = Organizaciones
organizations-participants = Participantes
organizations-all = Todas las organizaciones
organization-listed-people = Participantes que figuran en el directorio
directory-filter = Filtrar la lista
directory-name = Nombre
directory-any = Todos
directory-apply = Aplicar filtros
directory-empty = Nadie coincide con estos filtros.
directory-pages = Páginas
directory-previous = Página anterior
directory-next = Página siguiente

## Estadísticas
statistics-title = Estadísticas de participación
statistics-total = { $total ->
    [one] { $total } participante inscrito.
   *[other] { $total } participantes inscritos.
}
statistics-privacy = Solo se publican totales. Toda cifra entre 1 y 4 se oculta, junto con otra cifra cuando es necesario, para que nadie pueda ser identificado.
statistics-sections = En esta página
statistics-category = Categoría
statistics-count = Participantes
statistics-suppressed = menos de 5
statistics-suppressed-note = "Menos de 5" indica una cifra oculta.
statistics-chart-description = Gráfico de barras de { $total } inscripciones; las mismas cifras figuran en la tabla contigua.
statistics-development-note = Un país puede figurar en varias listas de las Naciones Unidas (el Afganistán es a la vez país menos adelantado y país sin litoral), por lo que la suma de estas cifras puede superar el total.
statistics-by-stakeholder-group = Por grupo de partes interesadas
statistics-by-regional-group = Por grupo regional de las Naciones Unidas
statistics-by-development-status = Por nivel de desarrollo del país
statistics-by-gender = Por género
statistics-by-first-time = Participantes por primera vez
statistics-by-media = Prensa y medios de comunicación

## Vocabularios
stakeholder-group-government = Gobierno
stakeholder-group-private-sector = Sector privado
stakeholder-group-civil-society = Sociedad civil
stakeholder-group-technical-community = Comunidad técnica
stakeholder-group-academia = Sector académico
stakeholder-group-intergovernmental-organization = Organización intergubernamental
regional-group-african = Grupo de Estados de África
regional-group-asia-pacific = Grupo de Estados de Asia y el Pacífico
regional-group-eastern-european = Grupo de Estados de Europa Oriental
regional-group-latin-american-caribbean = Grupo de Estados de América Latina y el Caribe (GRULAC)
regional-group-western-european-others = Grupo de Estados de Europa Occidental y otros Estados (WEOG)
regional-group-intergovernmental-organizations = Organizaciones intergubernamentales
regional-group-no-group = Sin grupo regional de las Naciones Unidas
development-status-ldc = País menos adelantado (PMA)
development-status-lldc = País en desarrollo sin litoral (PDSL)
development-status-sids = Pequeño Estado insular en desarrollo (PEID)
development-status-not-listed = En ninguna de estas listas
gender-female = Femenino
gender-male = Masculino
gender-non-binary = No binario
gender-prefer-not-to-say = Prefiere no decirlo
gender-not-stated = No indicado
first-time-first-time = Primera vez
first-time-returning = Ya había participado
media-media = Prensa o medios de comunicación
media-not-media = Otros participantes

## Datos de referencia
reference-title = Datos de referencia
reference-intro = Los vocabularios comunes del foro, compilados a partir de fuentes de las Naciones Unidas. También disponibles en formato
reference-stakeholder-groups = Grupos de partes interesadas
reference-press-note = La prensa y los medios de comunicación no constituyen un grupo aparte: los periodistas eligen el grupo de su organización y se contabilizan por separado como prensa.
reference-regional-groups = Grupos regionales de las Naciones Unidas
reference-group = Grupo regional de las Naciones Unidas
reference-members = Miembros
reference-action-lines = Líneas de acción de la CMSI
reference-code = Código
reference-title-column = Título
reference-linked-sdgs = ODS vinculados
reference-sdgs = Objetivos de Desarrollo Sostenible
reference-countries = Países y zonas (M49 de las Naciones Unidas)
reference-region = Subregión

## Configuración del foro
admin-settings-title = Configuración del foro
admin-forum-name = Nombre del foro
admin-forum-intro = Introducción en la página de inicio
admin-forum-privacy = Aviso de privacidad
admin-markdown-hint = Se admite Markdown. Deje el campo en blanco para usar el texto predeterminado de Agora.
admin-save = Guardar la configuración
admin-settings-too-long = Un parámetro es demasiado largo: el nombre admite hasta 120 caracteres, la introducción 20.000 y el aviso de privacidad 50.000.

## Correo
mail-verify-subject = Confirme su dirección para { $forum }
mail-verify-body =
    Hola, { $name }:

    Gracias por inscribirse. Confirme su dirección de correo electrónico abriendo este enlace:

    { $link }

    El enlace es válido durante siete días. Si usted no se ha inscrito, ignore este mensaje.
mail-reset-subject = Restablecer su contraseña para { $forum }
mail-reset-body =
    Hola, { $name }:

    Alguien ha solicitado restablecer la contraseña de su cuenta. Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:

    { $link }

    Si no fue usted, ignore este mensaje: su contraseña no cambia.
mail-already-registered-subject = Alguien ha intentado inscribirse con su dirección en { $forum }
mail-already-registered-body =
    Hola:

    Alguien ha intentado crear una cuenta nueva con esta dirección de correo electrónico, que ya tiene una cuenta.

    Si fue usted, inicie sesión, o bien elija una nueva contraseña aquí:

    { $link }

    Si no fue usted, ignore este mensaje.

## Errores
error-not-found = Página no encontrada
error-not-found-help = No hay nada en esta dirección. Compruebe el enlace o vuelva a empezar desde la página de inicio.
error-bad-request = No se ha podido entender la solicitud
error-bad-request-help = Algo en la solicitud no es válido. Los detalles que figuran a continuación indican qué.
error-csrf = Este formulario ha caducado
error-csrf-help = Por su seguridad, los formularios solo funcionan desde la página que los mostró. Vuelva atrás, recargue la página y envíe el formulario de nuevo.
error-forbidden = Acceso no permitido
error-forbidden-help = Su cuenta no tiene la función necesaria para acceder a esta página.
error-rate-limited = Demasiados intentos
error-rate-limited-help = Espere unos minutos antes de volver a intentarlo.
error-conflict = Ya existe
error-conflict-help = Ya existe un elemento con el mismo nombre.
error-internal = Algo ha fallado por nuestra parte
error-internal-help = El problema ha quedado registrado. Vuelva a intentarlo en un momento.
nav-consultations = Consultas
admin-time-zone = Zona horaria
admin-time-zone-hint = La zona en la que se muestran todas las fechas y horas, con su nombre IANA, por ejemplo Africa/Nairobi o America/Sao_Paulo (UTC si se deja vacía).
admin-settings-time-zone-unknown = No es una zona horaria de la base IANA: escríbala como Continente/Ciudad, por ejemplo Africa/Nairobi.
home-my-work = Su trabajo
home-my-work-none = Nada le espera. Vea abajo lo que está abierto.
home-my-evaluations = Propuestas por evaluar
home-evaluations-progress = { $done } de { $assigned } evaluadas
home-my-reports = Informes de sesión por presentar
home-my-proposals = Sus propuestas
home-my-groups = Sus grupos
home-my-agenda = Su agenda
home-agenda-sessions = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
}
home-my-queues = Pendiente para la Secretaría
home-queue-screening = { $count ->
    [one] 1 propuesta por revisar en { $cycle }
   *[other] { $count } propuestas por revisar en { $cycle }
}
home-queue-staged = { $count ->
    [one] 1 decisión preparada por revisar y publicar en { $cycle }
   *[other] { $count } decisiones preparadas por revisar y publicar en { $cycle }
}
home-queue-registrations = { $count ->
    [one] 1 inscripción a la reunión por aprobar en { $cycle }
   *[other] { $count } inscripciones a la reunión por aprobar en { $cycle }
}
home-now = Ahora
home-now-nothing = No hay ninguna convocatoria, consulta ni reunión abierta en este momento.
home-open = Abierto
home-open-until = hasta el { $date }
home-next-phase = Después: { $phase } abre el { $date }.
home-on-now = En curso
home-consultation = Consulta pública
home-take-part-consultation = Leer y responder
home-take-part-call-for-issues = Sugerir un tema
home-take-part-call-for-proposals = Proponer un taller
home-take-part-screening = Ver las propuestas
home-take-part-evaluation = Ver el ciclo
home-take-part-selection = Ver el ciclo
home-take-part-scheduling = Ver el programa provisional
home-take-part-meeting = Ver el programa
home-take-part-reporting = Leer los informes de sesión
cycle-emerging = Cuestiones emergentes del año
cycle-emerging-recommend = Redactar una recomendación

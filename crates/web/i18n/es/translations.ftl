nav-translations = Traducciones
role-translator = Traductor o traductora
translations-title = Traducciones
translations-intro = Los textos del foro se escriben en un idioma y los traducen voluntarios. Aquí está lo que la Secretaría ha pedido traducir, quién se encarga y cuánto ha avanzado cada traducción. Los traductores reservan un texto y un idioma, lo traducen párrafo por párrafo con el original al lado, y un revisor lo aprueba.
translations-none = No hay nada pendiente de traducción.
translations-queue = Textos por traducir
translations-of = Traducciones
translations-none-for-text = Todavía no se ha pedido ninguna traducción de este texto.
translation-text = Texto
translation-from = Escrito en
translation-into = Traducción al
translation-holder = Traductor
translation-progress = Avance
translation-unclaimed = Nadie todavía: un traductor puede reservarla
translation-read-original = Leer el original
translation-written-in = Escrito en { $language }
translation-request = Pedir traducciones
translation-request-languages = Traducir al
translation-read = Leer esta traducción
translation-not-requested = no pedida
translation-claim = Reservar esta traducción
translation-approve-hint = { $count ->
    [one] Un párrafo espera revisión.
   *[other] { $count } párrafos esperan revisión.
}
translation-approve = Aprobar los párrafos enviados
translation-side-by-side = El original y la traducción lado a lado
translation-unit = Parte
translation-unit-title = Título
translation-unit-n = Párrafo { $n }
translation-your-text = Su traducción
translation-save-draft = Guardar como borrador
translation-submit = Enviar a revisión
translation-status-missing = Sin traducir todavía
translation-outdated = Desactualizada: el original ha cambiado desde entonces
translation-status-draft = Borrador
translation-status-submitted = Esperando revisión
translation-status-approved = Aprobada
translation-percent = { $n } % traducido
translation-approved-of = { $count } de { $total } aprobados
translation-outdated-n = { $count ->
    [one] una desactualizada
   *[other] { $count } desactualizadas
}
translation-detect = Detectarlo a partir del texto
translation-language = Idioma del texto
translation-detected = El texto parece estar en { $language }: compruebe el idioma a continuación.
translation-shown = Está leyendo la traducción aprobada al { $language }.
translation-read-in = Leer el original en { $language }
translation-outdated-note = La traducción de este párrafo está desactualizada: el original cambió desde entonces. Este es el original.
translation-untranslated-note = Este párrafo todavía no está traducido. Este es el original.
translation-missing = Este texto está escrito en { $language }; todavía no hay una traducción aprobada al { $name }.
translation-other-languages = También en
translation-refused-language = «{ $language }» no es uno de los idiomas del foro (en, fr, es, ar, ru, zh).
translation-refused-same-language = Un texto no se traduce al idioma en que está escrito.
translation-refused-paragraph = El párrafo { $n } ya no existe: el original se ha modificado y ahora tiene { $count } partes (con el título). Vuelva a cargar la página para traducir el texto tal como está.
translation-refused-claimed = { $name } ya ha reservado esta traducción.
translation-refused-not-requested = Nadie ha pedido todavía esta traducción: primero la pide la Secretaría.
translation-refused-not-holder = Solo el traductor que reservó esta traducción puede cambiarla. Resérvela primero si nadie la tiene.
translation-refused-length = Escriba la traducción de esta parte: entre 1 y { $max } caracteres.
translation-refused-own = Un revisor aprueba la traducción de otra persona, no la suya.
translation-refused-nothing-submitted = Todavía no se ha enviado nada a revisión.

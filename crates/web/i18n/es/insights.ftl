# Síntesis: declaraciones citadas del archivo, temas y cuestiones emergentes.
nav-insights = Síntesis
insights-title = Lo que dijo el foro
insights-intro = Cada frase se cita palabra por palabra de un informe de sesión, una transcripción o un Mensaje, con un enlace a su fuente. Los temas se hallan agrupando declaraciones parecidas; ninguna frase la escribe una máquina.
insights-ask = Preguntar por un tema
insights-ask-hint = Por ejemplo: redes comunitarias, fragmentación de Internet, inteligencia artificial.
insights-ask-submit = Ver lo que se dijo
insights-counts = { $count } declaraciones de { $total } informes, transcripciones y Mensajes.
insights-topics = Temas
insights-no-topics = Aún no hay temas: aparecen cuando se publican informes, transcripciones o Mensajes.
insights-statements = { $count ->
    [one] { $count } declaración
   *[other] { $count } declaraciones
}
insights-emerging = Cuestiones emergentes
insights-emerging-method = Un tema es emergente en un año cuando su proporción de las declaraciones del año supera su proporción en todos los años anteriores, según una prueba z unilateral de dos proporciones con p menor que 0,05; G² (razón de verosimilitud) mide la magnitud de la diferencia.
insights-emerging-none = Aún no hay un año anterior con que comparar.
insights-emerging-none-year = Ningún tema creció de forma significativa este año.
insights-topic = Tema
insights-share = Proporción este año
insights-share-before = Proporción en años anteriores
insights-p-value = valor p
insights-search-link = Buscar en todo el archivo
insights-topic-title = Tema: { $title }
insights-briefing-title = Lo que dijo el foro sobre { $query }
insights-briefing = Lo que dijo el foro sobre
insights-about = { $count ->
    [one] { $count } declaración trata de esto.
   *[other] { $count } declaraciones tratan de esto.
}
insights-key-points = Puntos clave
insights-key-points-method = Elegidos por pertinencia y variedad (relevancia marginal máxima): cada punto siguiente es la declaración más pertinente y menos parecida a las anteriores. Citadas palabra por palabra; siga el enlace para leerlas en su fuente.
insights-excerpt = Extracto: la frase continúa en su fuente
insights-timeline = A lo largo de los años
insights-timeline-description = Declaraciones sobre esto por año
insights-year = Año
insights-statements-column = Declaraciones
insights-sources-column = Fuentes
insights-by-group = Por grupo de partes interesadas
insights-group-unknown = Desconocido
insights-emerged-in = Emergente en { $year }: { $share } de las declaraciones frente a { $value } antes
insights-kind-takeaway = conclusión clave { $position }
insights-kind-call = llamado a la acción { $position }
insights-kind-summary = resumen, párrafo { $position }
insights-kind-turn = transcripción, intervención { $position }
insights-kind-message = Mensaje, párrafo { $position }
insights-recommendations = Recomendaciones formuladas sobre el tema
insights-recommendations-none = Ninguna recomendación del archivo trata todavía de este tema.
insights-message = Iniciar un Mensaje a partir de estos puntos clave
insights-message-hint = Un borrador de Mensaje en el ciclo que elija: cada punto clave citado con su autor y su fuente. Después lo edita y lo somete a comentarios como cualquier Mensaje; ahora no se publica nada.
insights-message-title = Título del Mensaje
insights-message-cycle = Ciclo
insights-message-submit = Iniciar el borrador del Mensaje
insights-message-error-title = Dé al Mensaje un título de 1 a 200 caracteres.

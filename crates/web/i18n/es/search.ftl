# Búsqueda: un archivo consultable de todo lo que el foro hizo público.

nav-search = Buscar
search-title = Buscar en el archivo
search-title-for = Búsqueda: { $query }
search-query = Palabras que buscar
search-query-hint = Se exigen todas las palabras; use "comillas" para una frase, OR para una u otra palabra, y un signo menos o NOT para excluir una palabra.
search-sort = Orden
search-sort-relevance = Mejor coincidencia primero
search-sort-date = Más recientes primero
search-submit = Buscar
search-fallback = No se pudo leer su búsqueda tal como está escrita (¿comillas sin cerrar u operador suelto?), así que se buscaron sus palabras sin más.
search-count = { $count ->
    [one] Un resultado.
   *[other] { $count } resultados.
}
search-filters = Acotar los resultados
search-facet-kind = Tipo
search-facet-year = Año
search-facet-group = Grupo de partes interesadas
search-facet-region = Región
search-facet-lang = Idioma
search-facet-theme = Tema
search-results = Resultados
search-none = No hay coincidencias. Pruebe con menos palabras u otras, o quite un filtro.
search-pages = Páginas de resultados
search-previous = Página anterior
search-next = Página siguiente
search-page-of = Página { $n } de { $total }
search-kind-proposal = Propuesta de taller
search-kind-session = Sesión
search-kind-report = Informe de sesión
search-kind-transcript = Transcripción
search-kind-submission = Contribución a una consulta
search-kind-comment = Comentario de consulta
search-kind-message = Mensaje
search-kind-recommendation = Recomendación
search-kind-group-document = Documento de grupo
search-kind-post = Mensaje de debate de grupo
search-kind-nri-report = Informe de iniciativa nacional o regional
search-kind-group-report = Informe de grupo
search-trend = Coincidencias por año
search-trend-description = Cuántos elementos del archivo coinciden con «{ $query }» en cada año.
search-trend-count = Coincidencias
search-related = Contenidos similares
search-facet-action_line = Línea de acción de la CMSI
search-facet-sdg = Objetivo de Desarrollo Sostenible
search-kind-consultation = Consulta

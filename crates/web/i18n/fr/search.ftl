# Recherche : une archive consultable de tout ce que le forum a rendu public.

nav-search = Recherche
search-title = Rechercher dans l'archive
search-title-for = Recherche : { $query }
search-query = Mots à trouver
search-query-hint = Tous les mots sont requis ; utilisez des « guillemets » droits pour une expression, OR pour l'un ou l'autre mot, et un signe moins ou NOT pour exclure un mot.
search-sort = Ordre
search-sort-relevance = Meilleure correspondance d'abord
search-sort-date = Plus récents d'abord
search-submit = Rechercher
search-fallback = Votre recherche n'a pas pu être lue telle quelle (guillemet non fermé ou opérateur isolé ?) : ses mots ont été recherchés simplement.
search-count = { $count ->
    [one] Un résultat.
   *[other] { $count } résultats.
}
search-filters = Affiner les résultats
search-facet-kind = Type
search-facet-year = Année
search-facet-group = Groupe de parties prenantes
search-facet-region = Région
search-facet-lang = Langue
search-facet-theme = Thème
search-results = Résultats
search-none = Aucun résultat. Essayez moins de mots ou d'autres mots, ou retirez un filtre.
search-pages = Pages de résultats
search-previous = Page précédente
search-next = Page suivante
search-page-of = Page { $n } sur { $total }
search-kind-proposal = Proposition d'atelier
search-kind-session = Session
search-kind-report = Rapport de session
search-kind-transcript = Transcription
search-kind-submission = Contribution à une consultation
search-kind-comment = Commentaire de consultation
search-kind-message = Message
search-kind-recommendation = Recommandation
search-kind-group-document = Document de groupe
search-kind-post = Message de discussion de groupe
search-kind-nri-report = Rapport d'initiative nationale ou régionale
search-kind-group-report = Rapport de groupe
search-trend = Résultats par année
search-trend-description = Nombre d'éléments de l'archive correspondant à « { $query } » pour chaque année.
search-trend-count = Résultats
search-related = Contenus similaires
search-facet-action_line = Grande orientation du SMSI
search-facet-sdg = Objectif de développement durable
search-kind-consultation = Consultation

# Search: one searchable archive of everything the forum made public.

nav-search = Search
search-title = Search the archive
search-title-for = Search: { $query }
search-query = Words to find
search-query-hint = Words are all required; use "quotes" for a phrase, OR for either word, and a minus sign or NOT to leave a word out.
search-sort = Order
search-sort-relevance = Best match first
search-sort-date = Newest first
search-submit = Search
search-fallback = Your search could not be read as written (an unclosed quote or a stray operator?), so its words were searched plainly.
search-count = { $count ->
    [one] One result.
   *[other] { $count } results.
}
search-filters = Narrow the results
search-facet-kind = Kind
search-facet-year = Year
search-facet-group = Stakeholder group
search-facet-region = Region
search-facet-lang = Language
search-facet-theme = Theme
search-results = Results
search-none = Nothing matches. Try fewer or other words, or remove a filter.
search-pages = Result pages
search-previous = Previous page
search-next = Next page
search-page-of = Page { $n } of { $total }
search-kind-proposal = Workshop proposal
search-kind-session = Session
search-kind-report = Session report
search-kind-transcript = Transcript
search-kind-submission = Consultation submission
search-kind-comment = Consultation comment
search-kind-message = Message
search-kind-recommendation = Recommendation
search-kind-group-document = Group document
search-kind-post = Group discussion post
search-kind-nri-report = NRI report
search-kind-group-report = Group report
search-trend = Matches per year
search-trend-description = How many items of the archive match “{ $query }” in each year.
search-trend-count = Matches
search-related = More like this
search-facet-action_line = WSIS action line
search-facet-sdg = Sustainable Development Goal
search-kind-consultation = Consultation

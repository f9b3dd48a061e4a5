# Insights: distilled, cited statements of the archive, topics and emerging issues.
nav-insights = Insights
insights-title = What the forum said
insights-intro = Every sentence here is quoted word for word from a session report, a transcript or a Message, with a link to it. Topics are found by grouping similar statements; nothing is written by a machine.
insights-ask = Ask about a topic
insights-ask-hint = For example: community networks, Internet fragmentation, artificial intelligence.
insights-ask-submit = Show what was said
insights-counts = { $count } statements from { $total } reports, transcripts and Messages.
insights-topics = Topics
insights-no-topics = No topics yet: they appear once reports, transcripts or Messages are published.
insights-statements = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}
insights-emerging = Emerging issues
insights-emerging-method = A topic is emerging in a year when its share of that year's statements is higher than its share in all the years before, by a one-sided two-proportion z-test with p below 0.05; G² (log-likelihood ratio) gives the strength of the difference.
insights-emerging-none = No earlier year to compare with yet.
insights-emerging-none-year = No topic grew significantly this year.
insights-topic = Topic
insights-share = Share this year
insights-share-before = Share in earlier years
insights-p-value = p-value
insights-search-link = Search the whole archive
insights-topic-title = Topic: { $title }
insights-briefing-title = What the forum said about { $query }
insights-briefing = What the forum said about
insights-about = { $count ->
    [one] { $count } statement is about this.
   *[other] { $count } statements are about this.
}
insights-key-points = Key points
insights-key-points-method = Chosen for relevance and variety (maximal marginal relevance): each next point is the most relevant statement least like the points before it. Quoted verbatim; follow the link to read it in its source.
insights-excerpt = Excerpt: the sentence goes on in its source
insights-timeline = Over the years
insights-timeline-description = Statements on this per year
insights-year = Year
insights-statements-column = Statements
insights-sources-column = Sources
insights-by-group = By stakeholder group
insights-group-unknown = Not known
insights-emerged-in = Emerging in { $year }: { $share } of the statements against { $value } before
insights-kind-takeaway = key takeaway { $position }
insights-kind-call = call to action { $position }
insights-kind-summary = summary, paragraph { $position }
insights-kind-turn = transcript, turn { $position }
insights-kind-message = Message, paragraph { $position }
insights-recommendations = Recommendations made on it
insights-recommendations-none = No recommendation in the archive is about this yet.
insights-message = Start a Message from these key points
insights-message-hint = A draft Message in the cycle you choose: each key point quoted with who said it and its source. You then edit it and put it to comment as any Message; nothing is published now.
insights-message-title = Title of the Message
insights-message-cycle = Cycle
insights-message-submit = Start the draft Message
insights-message-error-title = Give the Message a title of 1 to 200 characters.

# Synthèses : déclarations citées de l'archive, thèmes et questions émergentes.
nav-insights = Synthèses
insights-title = Ce que le forum a dit
insights-intro = Chaque phrase est citée mot pour mot d'un rapport de session, d'une transcription ou d'un Message, avec un lien vers sa source. Les thèmes sont trouvés en regroupant les déclarations semblables ; aucune phrase n'est écrite par une machine.
insights-ask = Poser une question sur un thème
insights-ask-hint = Par exemple : réseaux communautaires, fragmentation de l'Internet, intelligence artificielle.
insights-ask-submit = Voir ce qui a été dit
insights-counts = { $count } déclarations tirées de { $total } rapports, transcriptions et Messages.
insights-topics = Thèmes
insights-no-topics = Pas encore de thèmes : ils apparaissent dès que des rapports, transcriptions ou Messages sont publiés.
insights-statements = { $count ->
    [one] { $count } déclaration
   *[other] { $count } déclarations
}
insights-emerging = Questions émergentes
insights-emerging-method = Un thème est émergent une année quand sa part des déclarations de l'année dépasse sa part sur toutes les années précédentes, selon un test z unilatéral de deux proportions avec p inférieur à 0,05 ; G² (rapport de vraisemblance) mesure l'ampleur de l'écart.
insights-emerging-none = Pas encore d'année antérieure à comparer.
insights-emerging-none-year = Aucun thème n'a progressé significativement cette année.
insights-topic = Thème
insights-share = Part cette année
insights-share-before = Part les années précédentes
insights-p-value = valeur p
insights-search-link = Rechercher dans toute l'archive
insights-topic-title = Thème : { $title }
insights-briefing-title = Ce que le forum a dit sur { $query }
insights-briefing = Ce que le forum a dit sur
insights-about = { $count ->
    [one] { $count } déclaration porte sur ce sujet.
   *[other] { $count } déclarations portent sur ce sujet.
}
insights-key-points = Points clés
insights-key-points-method = Choisis pour leur pertinence et leur diversité (pertinence marginale maximale) : chaque point suivant est la déclaration la plus pertinente la moins semblable aux précédentes. Citées mot pour mot ; suivez le lien pour les lire dans leur source.
insights-excerpt = Extrait : la phrase continue dans sa source
insights-timeline = Au fil des années
insights-timeline-description = Déclarations sur ce sujet par année
insights-year = Année
insights-statements-column = Déclarations
insights-sources-column = Sources
insights-by-group = Par groupe de parties prenantes
insights-group-unknown = Inconnu
insights-emerged-in = Émergent en { $year } : { $share } des déclarations contre { $value } auparavant
insights-kind-takeaway = conclusion clé { $position }
insights-kind-call = appel à l'action { $position }
insights-kind-summary = résumé, paragraphe { $position }
insights-kind-turn = transcription, intervention { $position }
insights-kind-message = Message, paragraphe { $position }
insights-recommendations = Recommandations formulées à ce sujet
insights-recommendations-none = Aucune recommandation de l’archive ne porte encore sur ce sujet.
insights-message = Commencer un Message à partir de ces points clés
insights-message-hint = Un projet de Message dans le cycle choisi : chaque point clé cité avec son auteur et sa source. Vous le modifiez ensuite et le soumettez à commentaires comme tout Message ; rien n’est publié maintenant.
insights-message-title = Titre du Message
insights-message-cycle = Cycle
insights-message-submit = Commencer le projet de Message
insights-message-error-title = Donnez au Message un titre de 1 à 200 caractères.

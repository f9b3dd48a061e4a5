nav-translations = Traductions
role-translator = Traducteur ou traductrice
translations-title = Traductions
translations-intro = Les textes du forum sont écrits dans une langue et traduits par des bénévoles. Voici ce que le Secrétariat a demandé de traduire, qui s'en charge et où en est chaque traduction. Les traducteurs réservent un texte et une langue, le traduisent paragraphe par paragraphe avec l'original en regard, puis un relecteur approuve.
translations-none = Aucun texte n'attend de traduction.
translations-queue = Textes à traduire
translations-of = Traductions
translations-none-for-text = Aucune traduction de ce texte n'a encore été demandée.
translation-text = Texte
translation-from = Écrit en
translation-into = Traduction en
translation-holder = Traducteur
translation-progress = Avancement
translation-unclaimed = Personne pour l'instant : un traducteur peut la réserver
translation-read-original = Lire l'original
translation-written-in = Écrit en { $language }
translation-request = Demander des traductions
translation-request-languages = Traduire en
translation-read = Lire cette traduction
translation-not-requested = non demandée
translation-claim = Réserver cette traduction
translation-approve-hint = { $count ->
    [one] Un paragraphe attend la relecture.
   *[other] { $count } paragraphes attendent la relecture.
}
translation-approve = Approuver les paragraphes soumis
translation-side-by-side = L'original et la traduction côte à côte
translation-unit = Partie
translation-unit-title = Titre
translation-unit-n = Paragraphe { $n }
translation-your-text = Votre traduction
translation-save-draft = Enregistrer le brouillon
translation-submit = Soumettre à la relecture
translation-status-missing = Pas encore traduit
translation-outdated = Périmée : l'original a changé depuis
translation-status-draft = Brouillon
translation-status-submitted = En attente de relecture
translation-status-approved = Approuvée
translation-percent = { $n } % traduit
translation-approved-of = { $count } sur { $total } approuvés
translation-outdated-n = { $count ->
    [one] une périmée
   *[other] { $count } périmées
}
translation-detect = Détecter d'après le texte
translation-language = Langue du texte
translation-detected = Le texte semble écrit en { $language } : vérifiez la langue ci-dessous.
translation-shown = Vous lisez la traduction approuvée en { $language }.
translation-read-in = Lire l'original en { $language }
translation-outdated-note = La traduction de ce paragraphe est périmée : l'original a changé depuis. Voici l'original.
translation-untranslated-note = Ce paragraphe n'est pas encore traduit. Voici l'original.
translation-missing = Ce texte est écrit en { $language } ; il n'existe pas encore de traduction approuvée en { $name }.
translation-other-languages = Aussi en
translation-refused-language = « { $language } » n'est pas une des langues du forum (en, fr, es, ar, ru, zh).
translation-refused-same-language = Un texte ne se traduit pas dans la langue où il est écrit.
translation-refused-paragraph = Le paragraphe { $n } n'existe plus : l'original a été modifié et compte maintenant { $count } parties (titre compris). Rechargez la page pour traduire le texte tel qu'il est.
translation-refused-claimed = { $name } a déjà réservé cette traduction.
translation-refused-not-requested = Personne n'a encore demandé cette traduction : le Secrétariat la demande d'abord.
translation-refused-not-holder = Seul le traducteur qui a réservé cette traduction peut la modifier. Réservez-la d'abord si personne ne la tient.
translation-refused-length = Écrivez la traduction de cette partie : entre 1 et { $max } caractères.
translation-refused-own = Un relecteur approuve la traduction d'une autre personne, pas la sienne.
translation-refused-nothing-submitted = Rien n'a encore été soumis à la relecture.

nav-translations = Translations
role-translator = Translator
translations-title = Translations
translations-intro = The forum's texts are written in one language and translated by volunteers. Here is what the Secretariat has asked to be translated, who is working on it and how far each translation has come. Translators claim a text and a language, translate it paragraph by paragraph with the original beside, and a reviewer approves.
translations-none = Nothing is waiting for translation.
translations-queue = Texts to translate
translations-of = Translations
translations-none-for-text = No translation of this text has been requested yet.
translation-text = Text
translation-from = Written in
translation-into = Translation into
translation-holder = Translator
translation-progress = Progress
translation-unclaimed = Nobody yet: a translator may claim it
translation-read-original = Read the original
translation-written-in = Written in { $language }
translation-request = Request translations
translation-request-languages = Translate into
translation-read = Read this translation
translation-not-requested = not requested
translation-claim = Claim this translation
translation-approve-hint = { $count ->
    [one] One paragraph is waiting for review.
   *[other] { $count } paragraphs are waiting for review.
}
translation-approve = Approve the submitted paragraphs
translation-side-by-side = Original and translation side by side
translation-unit = Part
translation-unit-title = Title
translation-unit-n = Paragraph { $n }
translation-your-text = Your translation
translation-save-draft = Save as draft
translation-submit = Submit for review
translation-status-missing = Not translated yet
translation-outdated = Outdated: the original has changed since
translation-status-draft = Draft
translation-status-submitted = Waiting for review
translation-status-approved = Approved
translation-percent = { $n } % translated
translation-approved-of = { $count } of { $total } approved
translation-outdated-n = { $count ->
    [one] one outdated
   *[other] { $count } outdated
}
translation-detect = Detect from the text
translation-language = Language of the text
translation-detected = The text looks like { $language }: check the language below.
translation-shown = You are reading the approved translation into { $language }.
translation-read-in = Read the original in { $language }
translation-outdated-note = The translation of this paragraph is outdated: the original changed since. Here is the original.
translation-untranslated-note = This paragraph is not translated yet. Here is the original.
translation-missing = This text is written in { $language }; there is no approved translation into { $name } yet.
translation-other-languages = Also in
translation-refused-language = “{ $language }” is not one of the forum's languages (en, fr, es, ar, ru, zh).
translation-refused-same-language = A text is not translated into the language it is written in.
translation-refused-paragraph = Paragraph { $n } no longer exists: the original has been edited and now has { $count } parts (title included). Reload the page to translate the text as it is now.
translation-refused-claimed = { $name } has already claimed this translation.
translation-refused-not-requested = Nobody has asked for this translation yet: the Secretariat requests it first.
translation-refused-not-holder = Only the translator who claimed this translation may change it. Claim it first if nobody holds it.
translation-refused-length = Write the translation of this part: between 1 and { $max } characters.
translation-refused-own = A reviewer approves someone else's translation, not their own.
translation-refused-nothing-submitted = Nothing has been submitted for review yet.

nav-translations = Переводы
role-translator = Переводчик
translations-title = Переводы
translations-intro = Тексты форума пишутся на одном языке и переводятся добровольцами. Здесь показано, что Секретариат попросил перевести, кто над этим работает и как продвигается каждый перевод. Переводчики берут текст и язык, переводят его абзац за абзацем рядом с оригиналом, а рецензент утверждает перевод.
translations-none = Нет текстов, ожидающих перевода.
translations-queue = Тексты для перевода
translations-of = Переводы
translations-none-for-text = Перевод этого текста ещё не запрашивался.
translation-text = Текст
translation-from = Язык оригинала
translation-into = Перевод на
translation-holder = Переводчик
translation-progress = Ход работы
translation-unclaimed = Пока никто: любой переводчик может взять его
translation-read-original = Читать оригинал
translation-written-in = Написано на языке: { $language }
translation-request = Запросить переводы
translation-request-languages = Перевести на
translation-read = Читать этот перевод
translation-not-requested = не запрошен
translation-claim = Взять этот перевод
translation-approve-hint = { $count ->
    [one] { $count } абзац ожидает проверки.
   *[other] Абзацев, ожидающих проверки: { $count }.
}
translation-approve = Утвердить представленные абзацы
translation-side-by-side = Оригинал и перевод рядом
translation-unit = Часть
translation-unit-title = Заголовок
translation-unit-n = Абзац { $n }
translation-your-text = Ваш перевод
translation-save-draft = Сохранить черновик
translation-submit = Отправить на проверку
translation-status-missing = Ещё не переведено
translation-outdated = Устарел: оригинал с тех пор изменился
translation-status-draft = Черновик
translation-status-submitted = Ожидает проверки
translation-status-approved = Утверждён
translation-percent = Переведено: { $n } %
translation-approved-of = Утверждено: { $count } из { $total }
translation-outdated-n = { $count ->
    [one] { $count } устарел
   *[other] устаревших: { $count }
}
translation-detect = Определить по тексту
translation-language = Язык текста
translation-detected = Похоже, текст написан на языке «{ $language }»: проверьте язык ниже.
translation-shown = Вы читаете утверждённый перевод на язык «{ $language }».
translation-read-in = Читать оригинал ({ $language })
translation-outdated-note = Перевод этого абзаца устарел: оригинал с тех пор изменился. Ниже оригинал.
translation-untranslated-note = Этот абзац ещё не переведён. Ниже оригинал.
translation-missing = Этот текст написан на языке «{ $language }»; утверждённого перевода на язык «{ $name }» пока нет.
translation-other-languages = Также на языках
translation-refused-language = «{ $language }» не входит в языки форума (en, fr, es, ar, ru, zh).
translation-refused-same-language = Текст не переводится на язык, на котором он написан.
translation-refused-paragraph = Абзаца { $n } больше нет: оригинал изменён и теперь состоит из частей: { $count } (включая заголовок). Обновите страницу, чтобы переводить текст в его нынешнем виде.
translation-refused-claimed = Этот перевод уже взял(а) { $name }.
translation-refused-not-requested = Этот перевод ещё никто не запрашивал: сначала его запрашивает Секретариат.
translation-refused-not-holder = Изменять этот перевод может только взявший его переводчик. Сначала возьмите его, если он свободен.
translation-refused-length = Напишите перевод этой части: от 1 до { $max } символов.
translation-refused-own = Рецензент утверждает чужой перевод, а не свой.
translation-refused-nothing-submitted = На проверку пока ничего не отправлено.

# Выводы: цитируемые высказывания архива, темы и новые вопросы.
nav-insights = Выводы
insights-title = Что сказал форум
insights-intro = Каждая фраза здесь дословно процитирована из отчёта о сессии, стенограммы или Послания, со ссылкой на источник. Темы находятся группировкой похожих высказываний; ни одна фраза не написана машиной.
insights-ask = Спросить о теме
insights-ask-hint = Например: сети сообществ, фрагментация интернета, искусственный интеллект.
insights-ask-submit = Показать, что было сказано
insights-counts = Высказываний: { $count }, из отчётов, стенограмм и Посланий: { $total }.
insights-topics = Темы
insights-no-topics = Тем пока нет: они появятся, когда будут опубликованы отчёты, стенограммы или Послания.
insights-statements = { $count ->
    [one] { $count } высказывание
    [few] { $count } высказывания
    [many] { $count } высказываний
   *[other] { $count } высказывания
}
insights-emerging = Новые вопросы
insights-emerging-method = Тема считается новой в данном году, если её доля среди высказываний года выше, чем её доля за все предыдущие годы, по одностороннему z-критерию для двух долей при p меньше 0,05; G² (отношение правдоподобия) показывает силу различия.
insights-emerging-none = Пока нет предыдущего года для сравнения.
insights-emerging-none-year = В этом году ни одна тема значимо не выросла.
insights-topic = Тема
insights-share = Доля в этом году
insights-share-before = Доля в прошлые годы
insights-p-value = p-значение
insights-search-link = Искать по всему архиву
insights-topic-title = Тема: { $title }
insights-briefing-title = Что форум сказал о теме «{ $query }»
insights-briefing = Что форум сказал о теме
insights-about = Высказываний на эту тему: { $count }.
insights-key-points = Ключевые положения
insights-key-points-method = Выбраны по релевантности и разнообразию (максимальная маргинальная релевантность): каждое следующее положение — самое релевантное высказывание, наименее похожее на предыдущие. Цитируются дословно; перейдите по ссылке, чтобы прочитать их в источнике.
insights-excerpt = Отрывок: фраза продолжается в источнике
insights-timeline = По годам
insights-timeline-description = Высказывания на эту тему по годам
insights-year = Год
insights-statements-column = Высказывания
insights-sources-column = Источники
insights-by-group = По группам заинтересованных сторон
insights-group-unknown = Неизвестно
insights-emerged-in = Новая тема в { $year } году: { $share } высказываний против { $value } ранее
insights-kind-takeaway = ключевой вывод { $position }
insights-kind-call = призыв к действию { $position }
insights-kind-summary = резюме, абзац { $position }
insights-kind-turn = стенограмма, выступление { $position }
insights-kind-message = Послание, абзац { $position }
insights-recommendations = Рекомендации по этой теме
insights-recommendations-none = В архиве пока нет рекомендаций по этой теме.
insights-message = Начать Послание с этих ключевых положений
insights-message-hint = Проект Послания в выбранном цикле: каждое ключевое положение процитировано с автором и источником. Затем вы редактируете его и выносите на обсуждение, как любое Послание; сейчас ничего не публикуется.
insights-message-title = Название Послания
insights-message-cycle = Цикл
insights-message-submit = Начать проект Послания
insights-message-error-title = Дайте Посланию название длиной от 1 до 200 символов.

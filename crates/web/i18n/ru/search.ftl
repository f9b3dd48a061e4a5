# Поиск: единый архив всего, что форум сделал публичным.

nav-search = Поиск
search-title = Поиск по архиву
search-title-for = Поиск: { $query }
search-query = Искомые слова
search-query-hint = Нужны все слова; используйте "кавычки" для фразы, OR для любого из двух слов, а знак минус или NOT, чтобы исключить слово.
search-sort = Порядок
search-sort-relevance = Сначала наиболее подходящие
search-sort-date = Сначала новые
search-submit = Найти
search-fallback = Запрос не удалось прочитать в таком виде (незакрытая кавычка или лишний оператор?), поэтому его слова искались как обычные.
search-count = { $count ->
    [one] { $count } результат.
    [few] { $count } результата.
   *[other] { $count } результатов.
}
search-filters = Уточнить результаты
search-facet-kind = Тип
search-facet-year = Год
search-facet-group = Группа заинтересованных сторон
search-facet-region = Регион
search-facet-lang = Язык
search-facet-theme = Тема
search-results = Результаты
search-none = Ничего не найдено. Попробуйте меньше слов или другие слова либо снимите фильтр.
search-pages = Страницы результатов
search-previous = Предыдущая страница
search-next = Следующая страница
search-page-of = Страница { $n } из { $total }
search-kind-proposal = Заявка на семинар
search-kind-session = Сессия
search-kind-report = Отчёт о сессии
search-kind-transcript = Стенограмма
search-kind-submission = Материал консультации
search-kind-comment = Комментарий консультации
search-kind-message = Послание
search-kind-recommendation = Рекомендация
search-kind-group-document = Документ группы
search-kind-post = Сообщение в обсуждении группы
search-kind-nri-report = Отчёт национальной или региональной инициативы
search-kind-group-report = Отчёт группы
search-trend = Совпадения по годам
search-trend-description = Сколько материалов архива соответствуют запросу «{ $query }» в каждом году.
search-trend-count = Совпадения
search-related = Похожие материалы
search-facet-action_line = Направление деятельности ВВУИО
search-facet-sdg = Цель в области устойчивого развития
search-kind-consultation = Консультация

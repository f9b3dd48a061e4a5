# Agora — русский каталог: циклы, сбор вопросов и приём предложений, предварительная проверка, оценка и отбор.

## Циклы
nav-cycles = Приём заявок и программа
no = Нет
minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
cycles-title = Циклы
cycles-intro = Каждый год работы форума — это цикл: сбор вопросов для обсуждения, приём предложений по семинарам, предварительная проверка, оценка Консультативной группой многих заинтересованных сторон, отбор, а затем совещание и отчёты о нём.
cycles-none = Пока не открыто ни одного цикла.
cycles-new = Открыть новый цикл
cycles-name = Название
cycles-host = Принимающий город и страна
cycles-meeting-dates = Даты совещания
cycles-hybrid = Гибридный (очно и онлайн)
cycles-onsite = Только очно
cycles-format = Формат
cycles-create = Открыть цикл
cycle-overview = Обзор
cycle-issues = Сбор вопросов
cycle-proposals = Предложения
cycle-workshops = Утверждённые семинары
cycle-synthesis = Сводка
cycle-evaluate = Мои оценки
cycle-results = Рейтинг и отбор
cycle-screening = Предварительная проверка
cycle-assignment = Оценщики
cycle-settings = Настройки
cycle-phases = Этапы
cycle-phase = Этап
cycle-from = Начало
cycle-to = Окончание
cycle-now = текущий
cycle-themes = Темы
cycle-no-themes = Консультативная группа многих заинтересованных сторон ещё не внесла темы.
cycle-rules = Правила
rule-min-speakers = Подтверждённых выступающих: не менее { $count }.
rule-gender-diverse = Среди выступающих есть хотя бы один человек другого пола, чем остальные.
rule-max-proposals = Предложений от одного человека и от одного учреждения: не более { $count }.
rule-evaluators = Оценщиков из числа членов Консультативной группы многих заинтересованных сторон на одно предложение: { $count }.
rule-previous-report = Организаторы одного из прошлых семинаров должны дать ссылку на отчёт о нём.
phase-call-for-issues = Сбор вопросов
phase-call-for-proposals = Приём предложений
phase-screening = Предварительная проверка
phase-evaluation = Оценка
phase-selection = Отбор
phase-scheduling = Составление программы
phase-meeting = Совещание
phase-reporting = Отчётность

## Настройки
settings-formats = Форматы и их продолжительность
settings-formats-hint = По одному формату на строку: его код, двоеточие, затем допустимая продолжительность в минутах (например, «flash: 30»).
settings-criteria = Критерии оценки (через запятую)
settings-gender-diverse-speakers = Требовать, чтобы среди выступающих были люди разного пола
settings-previous-report-required = Требовать отчёт о предыдущем семинаре организатора
settings-min-confirmed-speakers = Минимальное число подтверждённых выступающих
settings-min-onsite-speakers = Минимальное число очных выступающих
settings-min-onsite-moderators = Минимальное число модераторов на месте
settings-max-proposals-per-person = Максимальное число предложений от одного человека
settings-max-proposals-per-institution = Максимальное число предложений от одного учреждения
settings-max-sessions-per-speaker = Максимальное число сессий на одного выступающего
settings-title-max-chars = Максимальная длина названия (в символах)
settings-description-max-words = Максимальный объём описания (в словах)
settings-score-min = Минимальный балл
settings-score-max = Максимальный балл
settings-evaluators-per-proposal = Число оценщиков на одно предложение
settings-slots = Число мест для семинаров
settings-per-theme-cap = Максимальное число семинаров по одной теме
settings-target-developing-percent = Целевой показатель: семинары с организаторами из развивающихся стран (%)
settings-target-first-time-percent = Целевой показатель: семинары авторов, впервые подающих предложение (%)
settings-target-gender-diverse-percent = Целевой показатель: семинары с выступающими разного пола (%)
settings-target-per-region = Целевой показатель: семинары с организаторами из каждой региональной группы ООН
settings-error-number = { $field }: введите целое число от 0 до 100 000.
settings-error-phase = { $field }: укажите обе даты, причём первая не должна быть позже второй.
settings-error-score-scale = Минимальный балл должен быть ниже максимального.
settings-error-evaluators-per-proposal = Каждому предложению нужен хотя бы один оценщик.
settings-error-formats = В каждой строке форматов должны быть известный формат (panel, roundtable, debate, break-out, birds-of-a-feather, flash, other) и хотя бы одна продолжительность.
settings-error-criteria = Укажите хотя бы один критерий оценки.
settings-error-slots = Число мест и максимум на тему должны быть не меньше 1.
settings-error-targets = Процентные значения не могут превышать 100.
settings-phase-call-for-issues = Сбор вопросов
settings-phase-call-for-proposals = Приём предложений
settings-phase-screening = Предварительная проверка
settings-phase-evaluation = Оценка
settings-phase-selection = Отбор
settings-phase-scheduling = Составление программы
settings-phase-meeting = Совещание
settings-phase-reporting = Отчётность

## Сбор вопросов и темы
issues-intro = Какие вопросы управления Интернетом следует обсудить на форуме в этом году? Предложить вопросы может любой зарегистрированный участник; Консультативная группа многих заинтересованных сторон рассматривает их все и выбирает темы.
issues-your-issue = Ваш вопрос
issues-submit = Отправить вопрос
issues-received = { $count ->
    [one] Получен { $count } вопрос
    [few] Получено { $count } вопроса
    [many] Получено { $count } вопросов
   *[other] Получено вопросов: { $count }
}
issues-count = Вопросы
issues-closed = Сбор вопросов завершился { $date }.
forbidden-issues-closed = Сбор вопросов завершён.
issues-error-length = Изложите вопрос, уложившись в 1–2000 символов.
themes-name = Тема
themes-description = Описание
themes-sub-themes = Подтемы (по одной в строке)
themes-policy-questions = Примерные вопросы политики
themes-add = Сохранить тему

## Предложения
proposal-new = Предложить семинар
proposal-mine = Мои предложения
proposal-form-title = Предложение по семинару
proposal-deadline = Предложения можно подавать и изменять до { $date } (UTC).
proposal-closed = Приём предложений завершился { $date }: подавать и изменять предложения больше нельзя.
proposal-submitted-count = { $count ->
    [one] Подано { $count } предложение
    [few] Подано { $count } предложения
    [many] Подано { $count } предложений
   *[other] Подано предложений: { $count }
}
proposal-title = Название
proposal-title-hint = Максимальное число символов по правилу предварительной проверки — { $max }.
proposal-theme = Тема
proposal-format = Формат
proposal-duration = Продолжительность
proposal-description = Описание
proposal-description-hint = Проблема или вопрос управления Интернетом и то, как сессия будет их рассматривать; максимальное число слов — { $max }.
proposal-policy-questions = Вопросы политики
proposal-expected-outcomes = Ожидаемые результаты
proposal-hybrid-plan = Гибридное участие
proposal-hybrid-plan-hint = Как будут взаимодействовать выступающие и участники, находящиеся на месте и подключившиеся онлайн, и какие онлайн-инструменты вы будете использовать?
proposal-organizers = Соорганизаторы
proposal-organizers-hint = Организации, которые проводят сессию вместе с вами, с указанием их группы заинтересованных сторон и страны.
proposal-organizer-n = Соорганизатор { $n }
proposal-people = Выступающие, модераторы и докладчик
proposal-people-hint = Каждый получает по электронной почте приглашение, которое нужно подтвердить. При предварительной проверке учитываются только те, кто подтвердил участие.
proposal-person-n = Участник { $n }: роль
proposal-onsite = Очно
proposal-role = Роль
proposal-invitation = Приглашение
proposal-sdgs = Цели в области устойчивого развития
proposal-action-lines = Направления деятельности ВВУИО
proposal-previous-report = Отчёт о вашем предыдущем семинаре
proposal-previous-report-hint = Если вы организовывали семинар на одном из прошлых совещаний, дайте ссылку на отчёт о нём: без неё это предложение не пройдёт предварительную проверку.
proposal-save-draft = Сохранить черновик
proposal-submit = Подать предложение
proposal-edit = Изменить предложение
proposal-diversity = Разнообразие указанных участников
proposal-diversity-groups = Группы заинтересованных сторон
proposal-diversity-regions = Региональные группы ООН
proposal-diversity-genders = Гендер
proposal-screening = Предварительная проверка
proposal-history = Сохранённые версии
proposal-version = Версия { $n }
diversity-people = Число участников: { $count } (без учёта отклонённых приглашений)
diversity-developing = Из развивающихся стран (НРС, РСНВМ или МОРАГ): { $count }
diversity-first-timers = Участвующих впервые: { $count }
proposal-status-draft = Черновик
proposal-status-submitted = Подано
proposal-error-title = Укажите название предложения.
proposal-error-too-long = Сократите текст: число символов должно быть меньше { $max }.
proposal-error-description-words = В описании { $words } слов; этот конкурс допускает не более { $max }.
proposal-error-title-length = В названии { $length } символов; этот конкурс допускает не более { $max }.
proposal-error-choice = Выберите вариант из списка.
proposal-error-required = Это поле нужно заполнить, чтобы подать предложение.
proposal-error-organizer = Укажите для каждого соорганизатора группу заинтересованных сторон и страну.
proposal-error-person = Укажите для каждого участника имя и действительный адрес электронной почты.
proposal-error-speaker-cap = { $name }: участие уже подтверждено в сессиях этого цикла (число сессий: { $count }), а предельное значение — { $max }.
session-role-speaker = Выступающий
session-role-onsite-moderator = Модератор на месте
session-role-online-moderator = Онлайн-модератор
session-role-rapporteur = Докладчик
invitation-invited = Ожидается ответ
invitation-confirmed = Подтверждено
invitation-declined = Отклонено
format-panel = Панельная дискуссия
format-roundtable = Круглый стол
format-debate = Дебаты
format-break-out = Работа в малых группах
format-birds-of-a-feather = Встреча по интересам («birds of a feather»)
format-flash = Блиц-сессия
format-other = Другое

## Приглашения
invitation-title = Приглашение на семинар
invitation-text = Вас приглашают в роли «{ $role }» принять участие в предлагаемом семинаре
invitation-confirm = Подтверждаю
invitation-decline = Отказываюсь
invitation-login = Войдите или зарегистрируйтесь, чтобы ответить: выступающие участвуют под своим профилем.

## Предварительная проверка
screening-intro = Этап 1: каждое поданное предложение проверяется на соответствие опубликованным правилам цикла. По каждому правилу фиксируется, соблюдено оно или нет, с указанием причины, которую видит автор предложения. Чтобы изменить результат вручную, нужно записать обоснование.
screening-run = Проверить все поданные предложения
screening-summary-passed = Прошли проверку: { $count }
screening-summary-failed = Не прошли проверку: { $count }
screening-passed = Прошло
screening-failed = Не прошло
screening-not-yet = Ещё не проверено
screening-overridden = решение Секретариата
screening-override = Изменить результат
screening-reason = Обоснование (будет записано)
screening-complete = Поля, которые нужно заполнить: { $missing }.
screening-complete-ok = Все поля формы заполнены.
screening-title-length = Название: символов — { $length } (не более { $max }).
screening-description-length = Описание: слов — { $words } (не более { $max }).
screening-format-duration = Формат и продолжительность: продолжительность в минутах ({ $duration }) должна быть допустимой для этого формата.
screening-confirmed-speakers = Подтверждённые выступающие: { $count } (не менее { $min }).
screening-gender-diverse = Среди подтверждённых выступающих есть хотя бы один человек другого пола, чем остальные.
screening-onsite = Очно: выступающих — { $speakers } (не менее { $min_speakers }), модераторов — { $moderators } (не менее { $min_moderators }).
screening-not-mag-member = Авторы предложений не могут быть членами Консультативной группы многих заинтересованных сторон.
screening-proposals-per-person = Предложений этого человека в цикле: { $count } (не более { $max }).
screening-proposals-per-institution = Предложений этого учреждения в цикле: { $count } (не более { $max }).
screening-sessions-per-speaker = Ни один подтверждённый выступающий не участвует в большем числе сессий, чем допускается ({ $max }).
screening-previous-report = Дана ссылка на отчёт о предыдущем семинаре автора предложения.

## Оценка
assignment-intro = Каждому предложению, прошедшему предварительную проверку, назначаются оценщики из числа членов Консультативной группы многих заинтересованных сторон. Назначение рассчитывается как оптимальное: член группы с конфликтом интересов не назначается никогда, каждое предложение оценивают члены из разных групп заинтересованных сторон, учитываются тематические области, а нагрузка распределяется равномерно.
assignment-proposals = Предложений для оценки: { $count }
assignment-members = Членов Консультативной группы многих заинтересованных сторон: { $count }
assignment-pairs = Назначений: { $count }
assignment-scored = Представлено оценок: { $count }
assignment-compute = Рассчитать оптимальное назначение
assignment-short = Предложения, которым не хватает оценщиков
assignment-progress = Ход работы по членам Консультативной группы многих заинтересованных сторон
assignment-assigned = Назначено
assignment-done = Оценено
assignment-by-hand = Скорректировать вручную
assignment-proposal-number = Номер предложения
assignment-member = Член Консультативной группы многих заинтересованных сторон
assignment-action = Действие
assignment-add = Добавить
assignment-remove = Удалить
evaluation-areas = Мои тематические области
evaluation-areas-hint = Темы, которые вы знаете лучше всего: при назначении вам по возможности достаются предложения по этим темам.
evaluation-assigned = { $count ->
    [one] { $count } предложение для оценки
    [few] { $count } предложения для оценки
    [many] { $count } предложений для оценки
   *[other] Предложений для оценки: { $count }
}
evaluation-none = Вам пока не назначено ни одного предложения.
evaluation-status = Статус
evaluation-scored = Оценено
evaluation-to-do = Ожидает оценки
evaluation-score-title = Оценка предложения
evaluation-anonymised = Обезличенный вид: имена авторов предложений, названия организаций и имена участников скрыты; показаны их группы, регионы и отметки «развивающаяся страна» и «впервые».
evaluation-first-time-proposer = Автор подаёт предложение впервые
evaluation-developing = развивающаяся страна
evaluation-first-timer = впервые
evaluation-your-scores = Ваши баллы
evaluation-comment = Комментарий
evaluation-save = Сохранить мою оценку
evaluation-error-scores = Оцените каждый критерий баллом от { $min } до { $max }. Ничего не сохранено.
evaluation-conflict = Конфликт интересов
evaluation-conflict-reason = Почему вам не следует оценивать это предложение
evaluation-conflict-declare = Заявить о конфликте интересов
criterion-policy-question = Вопрос политики
criterion-relevance = Актуальность
criterion-content = Содержание
criterion-interaction = Интерактивность и формат
criterion-diversity = Разнообразие
forbidden-conflict-listed-on-proposal = Вы указаны в этом предложении, поэтому не можете его оценивать.
forbidden-conflict-same-organization = Это предложение подано вашей организацией, поэтому вы не можете его оценивать.
forbidden-conflict-declared = Вы заявили о конфликте интересов в отношении этого предложения.
forbidden-not-assigned = Это предложение вам не назначено.
forbidden-scores-confidential = Оценки конфиденциальны и доступны только Секретариату и Председателю до публикации отбора; затем они открыты под псевдонимами.

## Рейтинг, отбор и решения
results-intro = Баллы по каждому предложению: среднее, медиана и нормализованный балл, который поправляет на строгость или снисходительность оценщиков. Предлагаемый отбор берёт лучшие нормализованные баллы в пределах числа мест и максимума на тему, а затем делает минимальное число замен, необходимое для достижения целевых показателей баланса.
results-suggestion = Предлагаемый отбор
results-selected = Предложено к отбору: { $count }
results-swaps = Замен ради баланса: { $count }
results-cost = Потеря баллов по сравнению с чистым рейтингом
results-targets = Целевые показатели баланса
results-target = Целевой показатель
results-minimum = Минимум
results-by-ranking = Чистый рейтинг
results-in-suggestion = Предлагаемый отбор
results-no-theme = Без темы
results-scores = Баллы
results-mean = Среднее
results-median = Медиана
results-normalised = Нормализованный
results-suggested = Предложено
results-decision = Решение
results-record = Записать
results-anonymised-scores = Обезличенные баллы
target-developing = Организаторы из развивающихся стран
target-first-time = Авторы, впервые подающие предложение
target-gender-diverse = Выступающие разного пола
decision-approved = Утверждено
decision-approved-if-merged = Утверждено при условии объединения
decision-not-approved = Не утверждено
decision-merge-with = Объединить с предложением номер
decision-rationale = Обоснование
workshops-none = Ни один семинар ещё не утверждён.
synthesis-intro = Полученные, прошедшие предварительную проверку и утверждённые предложения по темам, а также по группам заинтересованных сторон и региональным группам ООН их организаторов. Предложение учитывается в каждой группе, к которой относится хотя бы один из его организаторов.
synthesis-all = Все предложения
synthesis-received = Получено
synthesis-passed = Прошло предварительную проверку
synthesis-approved = Утверждено

## Почта
mail-invitation-subject = Приглашение выступить на семинаре, предложенном { $forum }
mail-invitation-body =
    Здравствуйте, { $name }!

    { $proposer } указал(а) вас в роли «{ $role }» в предложении о проведении семинара «{ $title }».

    Пожалуйста, подтвердите участие или откажитесь от него здесь:

    { $link }

    При предварительной проверке предложения учитываются только те, кто подтвердил участие.
mail-decision-subject = Решение по вашему предложению о проведении семинара: { $title }
mail-decision-body =
    Здравствуйте, { $name }!

    Консультативная группа многих заинтересованных сторон приняла решение по вашему предложению «{ $title }»: { $decision }.

    Решение и его обоснование приведены на странице предложения:

    { $link }
settings-report-due-days = Срок отчётов, дней после сессии
settings-recommendation-reminder-days = Напоминать органам, не ответившим на рекомендацию, каждые … дней
decisions-review = Проверка и публикация решений
decisions-review-intro = Подготовленные решения не публичны, и о них никто не уведомляется. Публикация вносит их все в публичный реестр и отправляет каждому автору предложения одно письмо.
decisions-nothing-staged = Нет подготовленных решений.
decisions-staged-count = { $count ->
    [one] { $count } решение подготовлено
    [few] { $count } решения подготовлено
   *[other] { $count } решений подготовлено
}
decisions-held-evaluation = Оценка продолжается до { $date }: решения можно будет опубликовать после её окончания.
decisions-publish-warning = Публикация внесёт эти решения ({ $count }) в публичный реестр и отправит писем: { $count }. Отменить её нельзя.
decisions-publish = Опубликовать решения и уведомить авторов
decisions-back-to-results = Вернуться к рейтингу
decisions-review-link = Проверить и опубликовать
decisions-apply-suggestion = Подготовить предложенный отбор
decisions-apply-suggestion-hint = Готовит «Одобрено» для каждого предложения из предложенного отбора и «Не одобрено» для остальных ещё не решённых. Любое решение можно изменить до публикации.
decisions-staged-as = Подготовлено: { $decision }
decisions-choose = Выберите…
decisions-stage = Подготовить
forbidden-decisions-held = Решения публикуются после окончания оценки.
forbidden-decisions-nothing-staged = Нет подготовленных решений: сначала подготовьте решения в рейтинге.
screening-outcomes = Итоги предварительного отбора
screening-filter-all = Все
screening-filter-passed = Прошедшие
screening-filter-failed = Не прошедшие
screening-filter-overridden = Решение Секретариата
screening-filter-not-screened = Ещё не проверенные
screening-filter-outcome = Итог
screening-filter-title = Название содержит
screening-filter-apply = Показать
screening-sort = Сортировать по
screening-sort-id = Номер
screening-sort-title = Название
screening-sort-outcome = Итог
screening-matching = Подходящих предложений: { $count }
screening-none = Ни одно предложение не подходит под эти фильтры.
screening-page-of = Страница { $number } из { $of }
screening-error-reason = Укажите причину этого решения: она вносится в публичный реестр.
screening-error-reason-length = Причина может содержать не более { $max } символов.
evaluation-queue = Моя очередь оценки
evaluation-progress = Оценено { $count } из { $total }
evaluation-continue = Перейти к следующему предложению для оценки
evaluation-previous = Предыдущее предложение
evaluation-next = Следующее предложение
evaluation-all-done = Сохранено. Все назначенные вам предложения оценены; вы можете изменить оценку до окончания этапа оценки.
criterion-scale = { $min }: совсем не отвечает этому критерию. { $max }: полностью отвечает.
criterion-policy-question-scale = { $min }: нет ясного вопроса политики или вопрос вне управления интернетом. { $max }: точный и актуальный вопрос политики, который сессия действительно может рассмотреть.
criterion-relevance-scale = { $min }: не связано ни с темой, ни с приоритетами форума. { $max }: в самой сути темы, по вопросу, который форуму нужно обсудить сейчас.
criterion-content-scale = { $min }: расплывчатое или скудное содержание без ясного результата. { $max }: продуманное содержание с конкретными и полезными ожидаемыми результатами.
criterion-interaction-scale = { $min }: панель, где зачитывают заявления, без места для аудитории и удалённых участников. { $max }: формат, вовлекающий всех — и в зале, и онлайн.
criterion-diversity-scale = { $min }: докладчики и организаторы только из одной группы или одного региона. { $max }: баланс групп заинтересованных сторон, регионов и полов, с участием новичков.
results-rankings = Рейтинги по темам
results-themes = Темы
results-none = Ни одно предложение ещё не оценено.
results-ranked = Предложений в рейтинге: { $count }
results-normalised-hint = Нормализованная оценка устраняет влияние строгих и снисходительных экспертов. Оценки каждого эксперта переводятся в z-оценки (на сколько собственных стандартных отклонений этого эксперта оценка выше или ниже его собственного среднего); z-оценки предложения усредняются и возвращаются на шкалу: среднее всех оценок плюс это среднее, умноженное на стандартное отклонение всех оценок. Она читается как оценка, но не ограничена шкалой: предложение, которое все его эксперты поставили намного выше своих обычных оценок, может получить больше { $max } (или меньше { $min }).

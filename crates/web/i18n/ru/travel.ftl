## Поддержка поездок (стипендии)
travel-title = Поддержка поездок
travel-intro = Форум оплачивает поездку людей из развивающихся стран, которые вносят вклад во встречу: авиабилет, суточные и визовые сборы, полностью или частично. Подайте заявку здесь; человек, знающий вашу работу, подтверждает рекомендацию по ссылке, которую мы ему отправим; эксперты оценивают заявки, а Секретариат публикует отбор в пределах бюджета.
travel-dates = Приём заявок
travel-no-dates = Сроки конкурса ещё не установлены.
travel-budget = Бюджет
travel-usd = { $total } долл. США
travel-max-request = Наибольшая сумма заявки
travel-report-due = Срок отчёта
travel-eligibility = Кто может подать заявку
travel-rule-country-explained = Люди из наименее развитой страны, развивающейся страны, не имеющей выхода к морю, или малого островного развивающегося государства (списки ООН).
travel-listed-economies = Этот конкурс также принимает:
travel-rule-contribution-explained = Люди с активным вкладом: докладчик или организатор сессии, член MAG или национального либо регионального IGF.
travel-rule-recommendation-explained = Рекомендация, которую рекомендатель подтверждает по отправленной ему ссылке.
travel-rule-previous-report-explained = Тот, кто уже получал поддержку, должен был сдать отчёт о той поездке.
travel-manage-title = Поддержка поездок: Секретариат
travel-evaluate-title = Поддержка поездок: оценка
travel-mine = Ваша заявка
travel-status = Статус
travel-status-draft = Черновик, не подан
travel-status-submitted = Подана
travel-status-eligible = Соответствует условиям
travel-status-ineligible = Не соответствует условиям
travel-decision-funded = Поддержана
travel-decision-not-funded = Не поддержана
travel-contribution = Ваш вклад
travel-contribution-hint = Выберите наиболее подходящий; форум проверяет его по своим данным, когда может.
travel-contribution-speaker = Докладчик
travel-contribution-organizer = Организатор сессии
travel-contribution-mag = Член MAG
travel-contribution-nri = Роль в национальном или региональном IGF
travel-contribution-verified = подтверждён данными форума
travel-contribution-declared = заявлен (нет в данных форума)
travel-contribution-detail = Подробности вашего вклада (сессия, национальный IGF)
travel-request = Ваш запрос
travel-request-hint = Суммы в целых долларах США; оставьте 0 там, где ничего не нужно.
travel-request-summary = { $total } долл.: билет { $value }, суточные { $n }, виза { $count }
travel-ticket = Авиабилет (долл. США)
travel-per-diem = Суточные (долл. США)
travel-visa = Визовые сборы (долл. США)
travel-motivation = Почему вы подаёте заявку
travel-recommendation = Рекомендация
travel-recommendation-hint = Мы отправим этому человеку ссылку для подтверждения рекомендации. Подать заявку можно после этого.
travel-recommender-name = Имя рекомендателя
travel-recommender-email = Адрес электронной почты рекомендателя
travel-recommendation-confirmed = подтверждена
travel-recommendation-waiting = ожидает подтверждения
travel-report = Ваш отчёт
travel-report-hint = Что вы делали на встрече и что увозите домой. О поддержанных форум публикует только итоговые цифры.
travel-report-file = Сдать отчёт
travel-report-filed = сдан
travel-submit = Подать заявку
travel-submit-hint = После подачи заявку изменить нельзя.
travel-sign-in = Войдите, чтобы подать заявку на поддержку поездки.
travel-apply = Подать заявку
travel-update = Изменить черновик
travel-save = Сохранить черновик
travel-closed = Конкурс на поддержку поездок не открыт.
travel-statistics = Кто подал заявки и кто получил поддержку
travel-applied-count = Подано заявок: { $total }.
travel-funded-count = Поддержано: { $total }.
travel-statistics-note = Только числа: ничто на этой странице не касается отдельного человека.
travel-applied = Подали
travel-funded = Поддержаны
travel-statistics-json = Эти числа в JSON
## Правила; каждое называется при отказе
travel-rule-open = Конкурс на поддержку поездок не открыт.
travel-rule-country = { $country } не входит ни в списки ООН наименее развитых стран, развивающихся стран, не имеющих выхода к морю, и малых островных развивающихся государств, ни в перечень экономик этого конкурса.
travel-rule-contribution = Укажите активный вклад: докладчик, организатор, член MAG или роль в национальном либо региональном IGF.
travel-rule-recommendation = Ваша рекомендация ещё не подтверждена: рекомендатель должен подтвердить её по ссылке, которую мы ему отправили.
travel-rule-request = Запросите хотя бы билет, суточные или визовые сборы, но не более { $max } долл. США в сумме.
travel-rule-previous-report = Не сдан отчёт о ранее оплаченной поездке.
travel-rule-open-short = конкурс закрыт
travel-rule-country-short = страна не подходит
travel-rule-contribution-short = нет вклада
travel-rule-recommendation-short = рекомендация не подтверждена
travel-rule-request-short = запрос пуст или слишком велик
travel-rule-previous-report-short = нет прежнего отчёта
travel-error-contribution = Выберите ваш вклад.
travel-error-ticket-usd = Стоимость билета должна быть целым числом долларов.
travel-error-per-diem-usd = Суточные должны быть целым числом долларов.
travel-error-visa-usd = Визовые сборы должны быть целым числом долларов.
travel-error-recommender-name = Укажите имя рекомендателя.
travel-error-recommender-email = Укажите адрес электронной почты рекомендателя (не свой).
travel-error-motivation = Мотивация или подробности слишком длинные.
travel-error-letter = Напишите несколько строк рекомендации (не более 5000 символов).
travel-error-report = Напишите отчёт (не более 20 000 символов).
travel-error-submitted = Эта заявка подана, и изменить её уже нельзя.
travel-error-score = Выберите оценку по шкале.
travel-error-not-assigned = Эта заявка вам не назначена.
travel-error-nothing-staged = Подготовьте отбор, прежде чем публиковать его.
travel-error-published = Отбор уже опубликован.
travel-error-over-budget = Этот отбор превышает бюджет на { $total } долл. США.
travel-error-not-funded = Отчёт сдают только поддержанные, после публикации отбора.
travel-error-date = Неверная дата (ГГГГ-ММ-ДД).
travel-error-number = Каждая сумма и каждое число баллов должны быть целыми числами.
travel-error-dates = Конкурс должен закрываться после открытия.
travel-error-evaluators = Выберите от 1 до 10 экспертов на заявку.
travel-error-economies = Одна из экономик не является известным кодом страны ISO.
travel-error-confirm = Отметьте поле, чтобы подтвердить публикацию: она решает судьбу каждой заявки и отправляет письмо каждому заявителю.
## Страница рекомендателя
travel-recommendation-title = Подтверждение рекомендации
travel-recommendation-intro = { $name } подаёт заявку на поддержку поездки на { $title } и называет вас рекомендателем. Если вы рекомендуете, напишите несколько строк и подтвердите.
travel-applicant = Заявитель
travel-recommendation-letter = Ваша рекомендация
travel-recommendation-letter-hint = Что вы знаете о работе заявителя и почему важно его присутствие. Её читают эксперты.
travel-recommendation-confirm = Подтвердить рекомендацию
travel-recommendation-thanks = Спасибо: ваша рекомендация подтверждена. Её текст ещё можно изменить здесь.
## Эксперты
travel-evaluate-intro = Назначенные вам заявки без конфликта интересов: ни одной из вашей организации и ни одной из вашей страны, если так требует конкурс.
travel-evaluate-empty = Вам не назначено ни одной заявки.
travel-score = Оценка
travel-comment = Комментарий (для Секретариата)
travel-score-save = Сохранить оценку
## Секретариат
travel-settings = Параметры конкурса
travel-setting-opens = Открывается
travel-setting-closes = Закрывается (последний день)
travel-setting-report-due = Срок отчётов
travel-setting-budget-usd = Бюджет (долл. США)
travel-setting-max-request-usd = Наибольшая сумма заявки (долл. США)
travel-setting-first-timer-points = Приоритет впервые участвующим (баллы)
travel-setting-partial-request-points = Приоритет частичным запросам (баллы)
travel-setting-gender-balance-points = Приоритет гендерному балансу (баллы)
travel-setting-region-balance-points = Приоритет региональному балансу (баллы)
travel-setting-evaluators-per-application = Экспертов на заявку
travel-setting-listed-economies = Дополнительные экономики
travel-setting-listed-economies-hint = Коды ISO через пробел (KE GH), допускаемые помимо списков ООН.
travel-setting-exclude-same-country = Эксперты не оценивают заявителей из своей страны
travel-settings-save = Сохранить параметры
travel-applications = Заявки
travel-applications-empty = Заявок пока нет.
travel-screen = Проверить по правилам
travel-assign = Назначить экспертов
travel-scores = Оценки
travel-merit = Заслуги (0–100)
travel-suggested = Отобрана
travel-yes = да
travel-staged = в проекте
travel-selection = Отбор
travel-budget-buys = Бюджет в { $value } долл. США покрывает { $count } заявок на { $total } долл. США. На 10 % больше покрыло бы { $n }.
travel-optimal = Отбор оптимален: его балл ({ $value }) — лучший из достижимых в пределах бюджета, что доказано точным методом; никакой отбор не может превысить { $max }. Всего запрошено { $total } долл. США.
travel-priorities = Чего стоит каждый приоритет
travel-priority = Приоритет
travel-points = Баллы
travel-funded-with = Поддержаны благодаря ему или с ним
travel-brings-in = Включает
travel-leaves-out = Исключает
travel-cost = Цена (баллы)
travel-cost-note = Цена — это то, чем отбор жертвует в заслугах и других приоритетах ради этого приоритета: отбор без него в сравнении с этим.
travel-priority-first-timer = Впервые участвующие
travel-priority-partial-request = Частичные запросы
travel-priority-gender-balance = Гендерный баланс
travel-priority-region-balance = Региональный баланс
travel-stage = Подготовить оптимальный отбор как проект
travel-staged-summary = Проект: { $count } заявок на { $total } долл. США в пределах бюджета { $value } долл. США.
travel-publish-confirm = Я проверил проект: опубликовать его и сообщить каждому заявителю решение.
travel-publish = Опубликовать отбор
travel-published = Отбор опубликован; каждый заявитель получил письмо с решением.
travel-overdue = Просроченные отчёты
travel-overdue-none = Просроченных отчётов нет.
forbidden-conflict-same-country = Заявитель из вашей страны: вы не можете оценивать его заявку.
## Письма
mail-travel-recommendation-subject = { $name } просит вашей рекомендации: поддержка поездки на { $title }
mail-travel-recommendation-body =
    { $name } подаёт заявку на поддержку поездки на { $title } и называет вас рекомендателем.

    Если вы рекомендуете, откройте эту ссылку, напишите несколько строк и подтвердите:
    { $link }

    Если вы не знаете этого человека, не отвечайте на это письмо.
mail-travel-recommended-subject = Ваша рекомендация подтверждена: { $title }
mail-travel-recommended-body =
    { $name } подтвердил(а) вашу рекомендацию. Теперь вы можете подать заявку:
    { $link }
mail-travel-funded-subject = Поддержка поездки на { $title }: одобрена
mail-travel-funded-body =
    Здравствуйте, { $name }!

    Ваша заявка на поддержку поездки на { $title } одобрена: { $total } долл. США.
    После встречи сдайте отчёт до { $date }:
    { $link }
mail-travel-not-funded-subject = Поддержка поездки на { $title }: не одобрена
mail-travel-not-funded-body =
    Здравствуйте, { $name }!

    К сожалению, бюджет не позволил поддержать вашу заявку на поездку на { $title }.
    Статистика конкурса:
    { $link }

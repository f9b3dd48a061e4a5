# Agora — русский каталог: программа (место проведения, сессии, расписание, публичная программа).
cycle-programme = Программа
cycle-venue = Место проведения
cycle-sessions = Сессии
cycle-schedule = Расписание
venue-title = Место проведения
venue-rooms = Залы
venue-room = Зал
venue-capacity = Вместимость
venue-interpretation = Языки устного перевода
venue-add-room = Добавить зал
venue-slots = Временные интервалы
venue-day = День
venue-date = Дата
venue-start = Начало (UTC)
venue-minutes = Продолжительность (мин)
venue-times = Время начала (UTC) через пробел
venue-add-slots = Добавить интервалы
venue-error-room = У зала должны быть название и вместимость не менее 1.
venue-error-slots = Укажите номер дня (0 — для Дня 0), дату, время начала, например 09:00, и продолжительность от 15 до 480 минут.
sessions-title = Сессии
sessions-import = Создать сессии для утверждённых семинаров
sessions-count = { $count ->
    [one] { $count } сессия
    [few] { $count } сессии
    [many] { $count } сессий
   *[other] { $count } сессии
}
sessions-type = Тип
sessions-people = Участники
sessions-add = Добавить сессию
sessions-audience = Ожидаемое число участников
sessions-fixed-room = Закреплённый зал (необязательно)
sessions-fixed-slot = Закреплённое время (необязательно)
schedule-title = Расписание
schedule-intro = Планировщик расставляет сессии так, чтобы никто не оказался в двух местах одновременно, залы были достаточно большими и оснащёнными, а закреплённые сессии оставались на своих местах; затем он старается не ставить в одно время сессии одной темы и сессии, интересные одной и той же аудитории, и распределяет темы по дням. Каждый расчёт — это черновик: публичная программа меняется только тогда, когда вы публикуете один из черновиков.
schedule-name = Название черновика
schedule-seed = Зерно генератора случайных чисел
schedule-compute = Рассчитать новый черновик
schedule-versions = Версии
schedule-hard = нарушений жёстких ограничений: { $count }
schedule-soft = штраф по мягким ограничениям: { $count }
schedule-published = опубликована
schedule-publish = Опубликовать эту версию
schedule-violations = Что в расписании ещё нарушено
violation-room-unsuitable = Зал не подходит (по размеру, оборудованию или типу): { $sessions }.
violation-person-unavailable = Кто-то из участников не может присутствовать в это время: { $sessions }.
violation-person-double-booked = Один и тот же человек одновременно участвует в сессиях: { $sessions }.
violation-same-theme-parallel = Сессии одной темы идут параллельно: { $sessions }.
violation-no-room-left = Не осталось ни зала, ни времени для сессий: { $sessions }.
programme-title = Программа
programme-none = Программа ещё не опубликована.
programme-day-zero = День 0
programme-day = День { $n }
programme-time = Время (UTC)
session-not-scheduled = Этой сессии пока нет в опубликованной программе.
session-language = Язык: { $language }
session-proposal = Предложение по семинару
session-interested = Добавить в мою программу
session-uninterested = Убрать из моей программы
agenda-title = Моя программа
session-role-organizer = Организатор
session-type-workshop = Семинар
session-type-main-session = Основная сессия
session-type-open-forum = Открытый форум
session-type-dynamic-coalition = Сессия динамической коалиции
session-type-best-practice-forum = Форум по передовой практике
session-type-policy-network = Сеть по вопросам политики
session-type-nri-session = Совместная сессия национальных и региональных инициатив
session-type-day-0 = Мероприятие Дня 0
session-type-town-hall = Открытое собрание
session-type-lightning-talk = Блиц-доклад
session-type-opening = Церемония открытия
session-type-closing = Церемония закрытия
schedule-not-placed = не размещена
schedule-move = Переместить сессию
schedule-move-warning = Это перемещение нарушает жёсткие ограничения. Подтвердите, чтобы всё же сохранить его в черновике; версию с нарушениями жёстких ограничений опубликовать нельзя.
schedule-move-session = Сессия
schedule-move-confirm = Понятно, сохранить перемещение
schedule-move-submit = Переместить
schedule-compare = Сравнить с другой версией
schedule-compare-with = Версия
schedule-compare-submit = Сравнить
schedule-no-differences = Обе версии размещают все сессии одинаково.
changes-title = Изменения в программе
changes-intro = Все изменения после первой публикации программы, начиная с последних. Участники каждой сессии были уведомлены по почте.
changes-none = С момента публикации программы ничего не изменилось.
mail-session-moved-subject = Ваша сессия перенесена — { $forum }
mail-session-moved-body =
    Здравствуйте, { $name }!

    Программа изменилась:

    { $change }

    { $link }
cycle-availability = Моя доступность
availability-intro = Отметьте время, когда вы не можете присутствовать. Планировщик не поставит на него ваши сессии.
availability-no-slots = Временные интервалы площадки ещё не заданы.
availability-away = Не могу присутствовать
venue-session-types = Типы сессий для зала (ничего не отмечено: любые)
session-remote = Ссылка для удалённого участия
session-materials = Материалы
session-details = Удалённое участие и материалы
session-preferred-days = Дни, которые предпочитают организаторы
session-preferred-days-hint = Планировщик по возможности ставит сессию на один из этих дней (ничего не отмечено: любой день).
agenda-see = Открыть мою программу
agenda-intro = Добавленные вами сессии по дням и времени. Время указано по часовому поясу форума; если часовой пояс вашего устройства другой, рядом показано ваше время.
agenda-local-time = по вашему времени
agenda-empty = Ваша программа пуста. Откройте сессию в программе и нажмите «Добавить в мою программу».
agenda-browse = Посмотреть конкурсы и программы
agenda-clash-summary = { $count ->
    [one] { $count } сессия вашей программы пересекается по времени с другой: она отмечена ниже.
    [few] { $count } сессии вашей программы пересекаются по времени: каждая отмечена ниже.
    [many] { $count } сессий вашей программы пересекаются по времени: каждая отмечена ниже.
   *[other] { $count } сессии вашей программы пересекаются по времени: каждая отмечена ниже.
}
agenda-clash = Накладка:
agenda-clash-with = эта сессия пересекается по времени с
agenda-unplaced = Ещё не включены в опубликованную программу
agenda-calendar = Календарь
agenda-download = Скачать мою программу (файл iCalendar)
agenda-subscribe-intro = Личный адрес календаря позволяет вашему приложению-календарю подписаться на вашу программу и обновлять её без входа на сайт. Любой, у кого есть этот адрес, может прочитать вашу программу: никому его не передавайте.
agenda-address-shown-once = Это ваш личный адрес календаря. Добавьте его в приложение-календарь сейчас («подписаться» или «добавить календарь по URL»): он показывается только один раз.
agenda-address = Личный адрес календаря
agenda-address-exists = У вас есть личный адрес календаря. Если вы его потеряли или случайно кому-то передали, создайте новый: старый перестанет работать.
agenda-address-make = Создать мой личный адрес календаря
agenda-address-reset = Создать новый адрес (старый перестанет работать)

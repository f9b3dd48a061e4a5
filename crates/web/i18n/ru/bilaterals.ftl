# Переговорные комнаты для двусторонних встреч: сетка дня, бронирование, подтверждение, освобождение, листы ожидания и задача освобождения.
bilaterals-title = Комнаты для двусторонних встреч
bilaterals-intro = Забронируйте небольшую комнату для закрытой встречи делегаций. Слот длится { $n } мин.; одна организация может держать не более { $max } бронирований в день, включая места в листах ожидания. Бронирование нужно подтвердить в течение { $limit } ч., иначе оно переходит следующему.
bilaterals-precedence-rule = Когда забронированный слот освобождается, его лист ожидания продвигается в таком порядке: { $groups }, затем все остальные; внутри группы — сначала более ранний запрос. Уже полученное бронирование никогда не отнимается.
bilaterals-no-days = Даты встречи ещё не назначены: комнаты можно будет забронировать после этого.
bilaterals-days = Дни встречи
bilaterals-grid-caption = Комнаты для двусторонних встреч, { $date }
bilaterals-time = Время
bilaterals-slot-free = Свободно
bilaterals-slot-held = Забронировано, ждёт подтверждения
bilaterals-slot-confirmed = Забронировано
bilaterals-yours = ваше
bilaterals-waiting-count = В ожидании: { $n }
bilaterals-mine = Ваши бронирования
bilaterals-mine-none = У вас нет бронирований в этом цикле.
bilaterals-status = Статус
bilaterals-status-held = Получено, ждёт подтверждения
bilaterals-status-confirmed = Подтверждено
bilaterals-status-waiting = В листе ожидания
bilaterals-status-released = Освобождено
bilaterals-status-expired = Освобождено: не подтверждено вовремя
bilaterals-position = место в очереди: { $position }
bilaterals-purpose = Цель или собеседник (необязательно)
bilaterals-purpose-hint = Видно только вам и Секретариату, а также в вашем файле календаря.
bilaterals-confirm-by = Подтвердить до
bilaterals-confirm = Подтвердить
bilaterals-release = Освободить
bilaterals-ical = Добавить в мой календарь (iCal)
bilaterals-book = Забронировать комнату
bilaterals-book-day = На { $date } (другой день можно выбрать выше).
bilaterals-room = Комната
bilaterals-wait = Если слот занят, поставить нас в его лист ожидания
bilaterals-sign-in = Войдите, чтобы забронировать комнату для двусторонней встречи
bilaterals-staff = Для Секретариата
bilaterals-done-held = Комната ваша: подтвердите бронирование до срока.
bilaterals-done-waiting = Вы в листе ожидания слота; если он станет вашим, вам придёт письмо.
bilaterals-done-confirmed = Бронирование подтверждено.
bilaterals-done-released = Бронирование освобождено.
bilaterals-error-organization = Укажите название организации (не более 200 знаков).
bilaterals-error-stakeholder-group = Выберите группу заинтересованных сторон организации.
bilaterals-not-a-slot = Выберите комнату и время из сетки одного из дней встречи.
bilaterals-cap = У вашей организации уже { $max } бронирований на { $date } — это максимум для одной организации в день (включая места в листах ожидания). Освободите одно, чтобы забронировать другое.
bilaterals-clash = { $room } в { $time } уже забронирована организацией { $organization }. Выберите другой слот или встаньте в его лист ожидания.
bilaterals-clash-own = У { $organization } уже есть { $room } в { $time }: организация не может быть в двух комнатах одновременно.
bilaterals-taken-meanwhile = Другая организация только что забронировала этот слот. Выберите другой или встаньте в его лист ожидания.
bilaterals-too-late = Срок подтверждения истёк: бронирование освобождается.
bilaterals-not-from = Это бронирование в статусе «{ $value }», и так его изменить нельзя.
bilaterals-settings-title = Комнаты для двусторонних встреч: настройки
bilaterals-settings-rooms = Комнаты
bilaterals-settings-rooms-hint = По одной комнате в строке, как она обозначена на месте проведения.
bilaterals-settings-slot-minutes = Длина слота (минуты)
bilaterals-settings-opens = Открывается в
bilaterals-settings-closes = Закрывается в
bilaterals-settings-cap = Бронирований на организацию в день
bilaterals-settings-confirm-hours = Часов на подтверждение бронирования
bilaterals-settings-precedence = Приоритет в листах ожидания
bilaterals-settings-precedence-hint = Группы заинтересованных сторон, которые продвигаются в листе ожидания первыми, по порядку; невыбранные группы идут после них, а внутри группы первым идёт более ранний запрос.
bilaterals-settings-place = Место { $position }
bilaterals-settings-none = (нет)
bilaterals-settings-error-rooms = Укажите хотя бы одну комнату, каждую не длиннее 100 знаков.
bilaterals-settings-error-slot-minutes = Слот длится от 10 до 240 минут.
bilaterals-settings-error-hours = Укажите время открытия и закрытия (ЧЧ:ММ) с разницей не меньше одного слота.
bilaterals-settings-error-cap = Организация должна иметь право хотя бы на одно бронирование в день.
bilaterals-settings-error-confirm-hours = Оставьте хотя бы час на подтверждение бронирования.
bilaterals-settings-error-precedence = Каждую группу заинтересованных сторон можно выбрать в порядке приоритета не более одного раза.
bilaterals-release-job = Освобождение неподтверждённых бронирований
bilaterals-release-rule = Бронирования, не подтверждённые через { $limit } ч. после создания (или после продвижения из листа ожидания), освобождаются, и лист ожидания слота продвигается. Задача запускается сама каждые четверть часа.
bilaterals-release-never = В этом цикле задача ещё ничего не освобождала.
bilaterals-release-run = { $date }: освобождено { $count }, из листов ожидания продвинуто { $n }
bilaterals-release-now = Запустить освобождение сейчас
mail-bilaterals-moved-up-subject = Комната для двусторонней встречи ваша: { $room }, { $date }
mail-bilaterals-moved-up-body =
    Здравствуйте, { $name }!

    Слот, которого вы ждали, освободился и теперь ваш: { $room }, { $date }, { $time }.

    Подтвердите его до { $limit }, иначе он перейдёт следующему в очереди:

    { $link }
mail-bilaterals-expired-subject = Ваше бронирование комнаты освобождено: { $room }, { $date }
mail-bilaterals-expired-body =
    Здравствуйте, { $name }!

    Ваше бронирование комнаты { $room } на { $date }, { $time } не было подтверждено до { $limit } и освобождено.

    Забронировать другой слот можно здесь:

    { $link }

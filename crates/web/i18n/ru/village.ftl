# Деревня IGF: заявки на стенды, отбор, план зала и распределение стендов.
village-title = Деревня
village-intro = Деревня — выставочное пространство встречи, где организации показывают свою работу на стендах. Подайте заявку на стенд ниже; Секретариат отбирает участников выставки, сообщает каждому заявителю решение письмом и распределяет стенды по плану.
village-manage-title = Деревня: отбор и стенды
village-plan = План зала
village-plan-title = План Деревни, { $title }
village-plan-summary = Стендов: { $count } в сетке из { $total } ячеек, распределено: { $n }. После плана идёт список участников выставки с номерами стендов.
village-plan-legend = Пронумерованные квадраты — стенды: тёмные распределены, светлые свободны; серые квадраты без номера использовать нельзя.
village-exhibitors = Участники выставки
village-exhibitors-none = Участники выставки ещё не объявлены.
village-booth = Стенд { $number }
village-booth-label = Стенд
village-mine = Ваша заявка
village-status = Статус
village-status-submitted = Подана, ждёт отбора
village-status-selected = Принята
village-status-declined = Не принята
village-sign-in = Войдите, чтобы подать заявку на стенд
village-apply = Подать заявку на стенд
village-update = Изменить мою заявку
village-description = Что посетители найдут на стенде
village-description-hint = От 20 до 2000 знаков: ваша работа, что вы покажете, кому стоит зайти.
village-needs = Что нужно стенду
village-need-power = Электрические розетки
village-need-screen = Экран
village-need-wired-internet = Проводное подключение к Интернету
village-need-furniture = Стол и стулья
village-need-storage = Запираемое хранилище
village-need-step-free = Доступ без ступеней для участников
village-closed = Приём заявок закрыт: встреча закончилась или её даты ещё не назначены.
village-error-organization = Укажите название организации (не более 200 знаков).
village-error-stakeholder-group = Выберите группу заинтересованных сторон организации.
village-error-description = Опишите стенд в 20–2000 знаках.
village-error-needs = Выберите потребности из списка.
village-decided = По этой заявке уже принято решение, и изменить её нельзя.
village-rows = Ряды
village-columns = Столбцы
village-unusable-label = Непригодные ячейки
village-unusable-hint = Их номера, считая по рядам от левого верхнего угла, через запятую; допускаются диапазоны вида 12-14.
village-plan-save = Сохранить план
village-plan-numbers = Укажите ряды и столбцы числами, а непригодные ячейки — номерами или диапазонами.
village-plan-size = В плане от 1 до { $max } рядов и от 1 до { $max } столбцов.
village-not-on-plan = Ячейки { $number } нет на плане: последняя ячейка — { $max }.
village-plan-allocated = Стенд { $number } распределён: сначала уберите с него участника, а потом меняйте план таким образом.
village-selection = Отбор
village-staged = Подготовлено, ещё не опубликовано: принято { $count }, не принято { $n }. До публикации ничего не отправляется и не видно публично.
village-publish = Опубликовать подготовленные решения и написать каждому заявителю
village-free-booths = Свободных пригодных стендов: { $count }.
village-fill-in = Раздать по порядку свободные стенды принятым участникам без стенда
village-applications-none = Заявок пока нет.
village-staged-selected = Принять
village-staged-declined = Не принимать
village-applicant = Заявитель
village-decision = Решение
village-undecided = Без решения
village-stage = Подготовить
village-allocate = Назначить
village-not-selected = Стенд получает только принятый участник.
village-unusable = Ячейку { $number } нельзя использовать как стенд.
village-taken = Стенд { $number } уже назначен организации { $organization }.
mail-village-selected-subject = Ваш стенд в Деревне { $title }
mail-village-selected-body =
    Здравствуйте, { $name }!

    { $organization } отобрана для участия в выставке в Деревне { $title }. Номер вашего стенда появится на странице Деревни, когда стенды будут распределены:

    { $link }
mail-village-declined-subject = Ваша заявка в Деревню { $title }
mail-village-declined-body =
    Здравствуйте, { $name }!

    Спасибо за заявку. Стендов в Деревне { $title } меньше, чем заявок, и { $organization } в этом году не отобрана.

    { $link }

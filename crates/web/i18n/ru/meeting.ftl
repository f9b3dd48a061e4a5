# Ежегодное совещание: регистрация и аккредитация, очередь одобрения, бейджи, регистрация прибытия, сертификаты, визовые письма.
meeting-title = Совещание
meeting-no-dates = ещё не назначены
meeting-intro = Зарегистрируйтесь на совещание, очно или онлайн, отдельно от учётной записи форума. Очным участникам нужна фотография для бейджа; каждая организация может направить не более { $max } очных делегатов. Секретариат рассматривает каждую регистрацию и сообщает решение по почте.
meeting-staff = Для Секретариата
meeting-counts = Ожидают решения: { $count } · одобрено очно: { $total } · одобрено онлайн: { $n }
meeting-queue-title = Регистрации на рассмотрении
meeting-check-in-title = Стойка регистрации
meeting-verify-title = Проверить сертификат или визовое письмо
meeting-mine = Ваша регистрация
meeting-status = Статус
meeting-status-submitted = Подана
meeting-status-approved = Одобрена
meeting-status-more-information = Нужны дополнительные сведения
meeting-status-refused = Отклонена
meeting-status-all = Все
meeting-reason = Причина
meeting-attendance = Участие
meeting-attendance-onsite = Очно
meeting-attendance-online = Онлайн
meeting-days-attended = Дни присутствия
meeting-photo-alt = Ваша фотография для бейджа
meeting-photo-of = Фотография для бейджа: { $name }
meeting-badge-title = Бейдж
meeting-visa-letter-title = Визовое приглашение
meeting-certificate-title = Сертификат участия
meeting-sign-in = Войдите, чтобы зарегистрироваться на совещание
meeting-register = Зарегистрироваться на совещание
meeting-update = Изменить мою регистрацию
meeting-photo = Фотография для бейджа (только для очного участия)
meeting-photo-hint = Недавняя фотография лица, JPEG или PNG, не более { $size } МБ, не менее { $min } пикселей, портретная или квадратная.
meeting-photo-kept = Оставьте пустым, чтобы сохранить отправленную фотографию.
meeting-photo-privacy = Вашу фотографию видите только вы и Секретариат; она удаляется после совещания.
meeting-closed = Регистрация на это совещание закрыта.
meeting-queue-empty = Здесь нет регистраций.
meeting-decision = Решение
meeting-reason-hint = Обязательно, чтобы запросить сведения или отказать; человек прочтёт это.
meeting-decide = Записать решение
meeting-retention = Хранение фотографий для бейджей
meeting-retention-rule = Фотографии для бейджей удаляются через { $n } дн. после окончания совещания.
meeting-retention-never = Задача удаления для этого цикла ещё не запускалась.
meeting-retention-run = { $date }: удалено фотографий — { $count }
meeting-retention-run-now = Удалить фотографии, срок которых истёк
meeting-badge-print = Распечатайте эту страницу; код под QR-кодом можно также ввести на стойке.
meeting-badge-code = Код бейджа
meeting-checked-in = Прибытие зарегистрировано.
meeting-already-checked-in = Уже зарегистрирован(а) сегодня.
meeting-check-in-refused = Не зарегистрировано:
meeting-check-in-hint = Считайте QR-код бейджа сканером или введите либо вставьте код, напечатанный под ним.
meeting-check-in-submit = Зарегистрировать
meeting-live-counts = Сегодня на стойках
meeting-checked-in-today = Зарегистрировано { $date }
meeting-checked-in-ever = Зарегистрированы хотя бы один раз
meeting-approved-onsite = Одобренные очные участники
meeting-refresh = Обновить цифры
meeting-document-print = Распечатайте эту страницу или сохраните её в PDF из браузера.
meeting-certificate-certifies = Настоящим удостоверяется, что
meeting-certificate-attended = участвовал(а) в { $title } в следующие дни:
meeting-letter-to = Уважаемому сотруднику консульства,
meeting-letter-body = { $name } ({ $organization }, { $country }) зарегистрирован(а) и аккредитован(а) для очного участия в { $title }.
meeting-letter-dates = Совещание проходит с { $since } по { $date }.
meeting-letter-no-costs = Это письмо является только приглашением и не обязывает форум оплачивать проезд или проживание.
meeting-issued-on = Выдано { $date }.
meeting-verification-code = Код проверки
meeting-verify-at = Проверить этот документ можно по адресу
meeting-certificate-intro = Сертификат выдаётся на основании подтверждённой регистрации вашего прибытия на совещание.
meeting-visa-letter-intro = В письме указаны ваше имя, организация и даты совещания, а также код, который может проверить консульство.
meeting-certificate-issue = Получить сертификат
meeting-visa-letter-issue = Получить визовое письмо
meeting-verify-intro = Введите код, напечатанный на сертификате участия или на визовом приглашении.
meeting-verify-submit = Проверить
meeting-verified-certificate = Подлинный сертификат участия.
meeting-verified-visa-letter = Подлинное визовое приглашение.
meeting-verified-name = Имя
meeting-verified-meeting = Совещание
meeting-verified-issued = Выдан
meeting-verify-unknown = Нет сертификата или письма с таким кодом. Проверьте, что он введён точно так, как напечатан.
meeting-error-attendance = Выберите очное участие или онлайн.
meeting-error-organization = Укажите организацию (не более 200 символов).
meeting-error-stakeholder-group = Выберите группу заинтересованных сторон вашей организации.
meeting-cap-reached = От вашей организации уже зарегистрировано { $max } очных делегатов — это максимум для этого совещания. Вы можете зарегистрироваться онлайн.
meeting-photo-missing = Очным участникам нужна фотография для бейджа.
meeting-photo-too-large = Фотография больше { $size } МБ.
meeting-photo-not-an-image = Файл не является изображением JPEG или PNG.
meeting-photo-unreadable = Изображение повреждено и не читается.
meeting-photo-too-small = Фотография слишком мала: не менее { $min } пикселей.
meeting-photo-too-big = У фотографии слишком много пикселей: не более { $max }.
meeting-photo-aspect = Фотография должна быть портретной или квадратной: отношение ширины к высоте от { $min } до { $max }.
meeting-photo-uniform = Фотография пустая или одного цвета.
meeting-reason-required = Укажите причину, на которую человек сможет отреагировать.
meeting-decision-not-from = Такое решение нельзя принять по регистрации со статусом «{ $value }».
meeting-token-malformed = Это не код бейджа. Введите его ещё раз точно так, как он напечатан.
meeting-token-forged = Этот бейдж выдан не этим форумом (подпись не совпадает).
meeting-token-other-cycle = Этот бейдж относится к совещанию другого года.
meeting-token-expired = Срок действия бейджа истёк.
meeting-not-a-meeting-day = Регистрация прибытия открыта только в дни совещания.
meeting-badge-withdrawn = Регистрация этого бейджа больше не одобрена.
meeting-certificate-no-attendance = Сертификат выдаётся только после регистрации вашего прибытия на совещание.
meeting-letter-not-approved = Визовое письмо выдаётся только по одобренной очной регистрации.
forbidden-meeting-badge-not-approved = Бейдж выдаётся только по одобренной очной регистрации.
mail-meeting-submitted-subject = Ваша регистрация на { $title } получена
mail-meeting-submitted-body =
    Здравствуйте, { $name }!

    Мы получили вашу регистрацию на { $title }. Секретариат рассмотрит её и сообщит решение по почте.

    { $link }
mail-meeting-approved-subject = Ваша регистрация на { $title } одобрена
mail-meeting-approved-body =
    Здравствуйте, { $name }!

    Ваша регистрация на { $title } одобрена. Очные участники могут распечатать бейдж и при необходимости визовое приглашение:

    { $link }
mail-meeting-more-information-subject = Ваша регистрация на { $title }: нужны дополнительные сведения
mail-meeting-more-information-body =
    Здравствуйте, { $name }!

    Секретариату нужны дополнительные сведения о вашей регистрации на { $title }:

    { $reason }

    Измените регистрацию здесь: { $link }
mail-meeting-refused-subject = Ваша регистрация на { $title } отклонена
mail-meeting-refused-body =
    Здравствуйте, { $name }!

    Ваша регистрация на { $title } отклонена по следующей причине:

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = Очных делегатов от одной организации (совещание)
settings-meeting-photo-retention-days = Дней после совещания до удаления фотографий для бейджей

cycle-statistics-meeting-attendance = Аккредитация на совещание (регистрации)
cycle-statistics-approved-onsite = Одобрены для очного участия
cycle-statistics-approved-online = Одобрены для участия онлайн
cycle-statistics-checked-in = Зарегистрированы на стойках

# Пространство группы: открытый архив обсуждений, документы с версиями, встречи и очередь выступающих.

## Обсуждение
spaces-threads = Обсуждение
spaces-threads-intro = Обсуждения группы открыты: их может читать каждый; пишут в них участники группы, и каждое новое сообщение рассылается остальным участникам по электронной почте.
spaces-no-threads = Обсуждений пока нет.
spaces-thread-title = Тема
spaces-posts = Сообщения
spaces-last-post = Последнее сообщение
spaces-new-thread = Начать обсуждение
spaces-post-body = Сообщение
spaces-markdown-hint = Можно использовать Markdown: **полужирный**, *курсив*, списки и ссылки.
spaces-start-thread = Начать обсуждение
spaces-reply = Ответить
spaces-send-reply = Отправить ответ
spaces-join-to-post = Писать здесь могут только участники группы. Вступите в группу на её странице, чтобы принять участие.
spaces-login-to-post = Войдите, чтобы принять участие
spaces-former-participant = Бывший участник
spaces-error-title = Укажите заголовок длиной не более 200 символов.
spaces-error-body = Напишите сообщение.
spaces-error-too-long = Текст слишком длинный: не более { $max } символов.
spaces-queue-members-only = Попросить слова на этой встрече могут только участники группы.
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = { $name } пишет в теме «{ $title }» ({ $group }):
spaces-mail-post-link = Прочитать обсуждение и ответить: { $link }

## Документы
spaces-documents = Документы
spaces-no-documents = У группы пока нет документов.
spaces-document-title = Название
spaces-document-body = Текст
spaces-version = Версия
spaces-updated = Последнее изменение
spaces-new-document = Новый документ
spaces-change-note = Что изменилось
spaces-save-document = Сохранить
spaces-join-to-write = Документы пишут только участники группы. Вступите в группу на её странице, чтобы принять участие.
spaces-version-of = Версия { $number }, { $date }.
spaces-old-version = Вы читаете версию { $number } от { $date }, а не текущую.
spaces-see-current = Открыть текущую версию
spaces-history = Версии
spaces-date = Дата
spaces-author = Автор
spaces-new-version = Сохранить новую версию
spaces-new-version-hint = При сохранении все прежние версии остаются: их по-прежнему может прочитать каждый.
spaces-error-document-body = Напишите текст документа.

## Встречи
spaces-meetings = Встречи
spaces-times-in = Время указано в часовом поясе форума ({ $zone }).
spaces-upcoming = Предстоящие встречи
spaces-past = Прошедшие встречи
spaces-no-meetings = Нет.
spaces-meeting-title = Название
spaces-meeting-kind = Вид
spaces-meeting-when = Когда
spaces-meeting-day = Дата
spaces-meeting-time = Время ({ $zone })
spaces-meeting-location = Место
spaces-meeting-online = Ссылка для участия онлайн
spaces-online = онлайн
spaces-agenda = Повестка дня
spaces-minutes = Протокол
spaces-action-points = Поручения
spaces-new-meeting = Назначить встречу
spaces-edit-meeting = Изменить встречу, её протокол и поручения
spaces-save-meeting = Сохранить встречу
spaces-not-yet = Пока не написано.
spaces-open-consultation-hint = Это открытая консультация: попросить слова может любой вошедший в систему, в зале или онлайн.
spaces-error-meeting-kind = Выберите вид встречи.
spaces-error-day = Укажите дату в формате ГГГГ-ММ-ДД.
spaces-error-time = Укажите время в формате ЧЧ:ММ.
spaces-error-link = Укажите веб-адрес, начинающийся с https:// или http://.
meeting-kind-meeting = Встреча
meeting-kind-open-consultation = Открытая консультация

## Очередь выступающих
spaces-queue = Очередь выступающих
spaces-queue-open = Очередь открыта.
spaces-queue-closed = Очередь закрыта.
spaces-queue-fair = Участники в зале и онлайн выступают поочерёдно, каждый в порядке своей просьбы, так что ни одни не ждут позади других.
spaces-speaking-now = Слово имеет:
spaces-your-position = Вы { $n }-й в очереди.
spaces-waiting = { $count ->
    [one] Ждёт { $count } человек
    [few] Ждут { $count } человека
    [many] Ждут { $count } человек
   *[other] Ждут { $count } человека
}
spaces-no-one-waiting = Никто не ждёт.
spaces-order = Порядок выступлений
spaces-position = Место
spaces-speaker = Выступающий
spaces-mode = Где
spaces-asked-at = Время просьбы
spaces-ask-where = Откуда вы участвуете?
spaces-ask = Попросить слова
spaces-withdraw = Отозвать просьбу
spaces-call-next = Дать слово следующему
spaces-open-queue = Открыть очередь
spaces-close-queue = Закрыть очередь
spaces-speaker-done = Выступающий закончил
spaces-spoken = { $count ->
    [one] Выступил { $count } человек.
    [few] Выступили { $count } человека.
    [many] Выступили { $count } человек.
   *[other] Выступили { $count } человека.
}
spaces-join-to-speak = Попросить слова на этой встрече могут только участники группы.
spaces-login-to-speak = Войдите, чтобы попросить слова
spaces-error-mode = Укажите, находитесь ли вы в зале или онлайн.
spaces-error-queue-closed = Очередь закрыта.
spaces-error-already-waiting = Вы уже в очереди.
speaking-mode-onsite = В зале
speaking-mode-online = Онлайн

# Публичные консультации: анкеты, комментарии к проектам текстов, утверждения и голосование, материалы,
# обобщение, типовые письма, модерация и карты мнений.

consultations-title = Консультации
consultations-intro = Публичные консультации позволяют форуму услышать каждого: ответьте на вопросы анкеты, прокомментируйте проект текста по пунктам или выразите согласие или несогласие с короткими утверждениями. Все материалы публикуются, если только консультация не допускает конфиденциальных материалов.
consultations-new = Открыть консультацию
consultations-none = Пока не открыто ни одной консультации.
consultation-title = Название
consultation-status = Статус
consultation-dates = Сроки проведения
consultation-submissions = Материалы
consultation-comments = Комментарии
consultation-votes = Голоса
consultation-status-upcoming = Предстоит
consultation-status-open = Открыта
consultation-status-replies = Закрыта, ответы ещё принимаются
consultation-status-closed = Закрыта
consultation-status-synthesis-published = Обобщение опубликовано
eligibility-anyone = Участвовать может любой желающий
eligibility-registered = Участвовать могут зарегистрированные участники
eligibility-verified = Участвовать могут участники с подтверждённым адресом электронной почты
consultation-edit = Изменить консультацию
consultation-description = Описание
consultation-documents = Документы
consultation-documents-hint = Ссылки на документы, вынесенные на консультацию, в формате Markdown: по одной на строку, например [Проект текста (PDF)](https://…).
consultation-opens = Дата открытия
consultation-closes = Закрывается в конце дня
consultation-replies-until = Ответы принимаются до конца дня (необязательно)
consultation-replies-hint = После закрытия отвечать на комментарии можно до этой даты.
consultation-eligibility = Кто может участвовать
consultation-languages = Языки, на которых принимаются материалы
consultation-allow-confidential = Разрешить конфиденциальные материалы (учитываются в обобщении, но никогда не публикуются)
consultation-max-text = Максимальная длина текста (символов)
consultation-inquiry-days = Срок для вопросов после публикации обобщения (дней)
consultation-content-locked = Ответы или комментарии уже поступили, поэтому анкету и проект текста изменить больше нельзя.
consultation-questionnaire = Анкета
consultation-questionnaire-hint = По одному вопросу в блоке; блоки разделяются пустой строкой. Начните блок с его типа: [text], [single], [multiple] или [scale] (степень согласия); у вопроса с вариантами ответа варианты перечисляются на следующих строках, каждый на строке, начинающейся с «- ».
consultation-draft = Проект текста для комментариев
consultation-draft-hint = Пункты разделяются пустыми строками; комментарии даются к каждому пункту по его номеру.
consultation-seed-statements = Утверждения для голосования
consultation-seed-statements-hint = По одному короткому утверждению на строку. Участники соглашаются или не соглашаются с каждым из них либо пропускают его, а также могут добавлять свои.
consultation-error-title = Дайте консультации название длиной не более 200 символов.
consultation-error-date = Введите дату в формате YYYY-MM-DD.
consultation-error-order = Консультация должна закрываться позже, чем открывается.
consultation-error-replies = Срок приёма ответов должен заканчиваться после закрытия консультации.
consultation-error-eligibility = Выберите, кто может участвовать.
consultation-error-max-text = Введите длину от 100 до 200 000 символов.
consultation-error-inquiry-days = Введите число дней от 0 до 365.
consultation-error-question-unknown-kind = Вопрос { $number }: тип должен быть [text], [single], [multiple] или [scale].
consultation-error-question-no-text = В вопросе { $number } нет текста.
consultation-error-question-too-few-choices = Для вопроса { $number } нужно не менее двух вариантов ответа, каждый на отдельной строке, начинающейся с «- ».
consultation-error-question-choices-not-allowed = В вопросе { $number } перечислены варианты ответа, но они бывают только у вопросов [single] и [multiple].
consultation-closes-on = Закрывается в конце дня { $date } (UTC)
consultation-sections = Об этой консультации
consultation-submissions-n = { $count ->
    [one] { $count } материал
    [few] { $count } материала
    [many] { $count } материалов
   *[other] Материалов: { $count }
}
consultation-your-submission = Ваш материал
consultation-submit = Отправить материал
consultation-see-your-submission = Посмотреть, как ваш материал видят другие
consultation-as = Вы участвуете как { $name }, с группой заинтересованных сторон и страной, указанными в вашем профиле.
consultation-on-behalf = От чьего имени
on-behalf-individual = От своего имени
on-behalf-organization = От имени организации
on-behalf-joint = Совместный материал нескольких организаций
consultation-organization-hint = Организация, которую вы представляете, если таковая есть.
consultation-endorsers = Поддерживающие организации (для совместных материалов)
consultation-endorsers-hint = По одной на строку: название организации, вертикальная черта и адрес электронной почты её контактного лица, например «Internet Society | policy@example.org». Каждую организацию по почте попросят подтвердить поддержку; показывается только подтверждённая поддержка.
consultation-your-answer = Ваш ответ
consultation-comment-optional = Что-нибудь ещё? (необязательно)
consultation-your-input = Ваше мнение
consultation-general-comment = Общие замечания
consultation-limit-hint = Максимальное число символов — { $limit }.
consultation-confidential = Сохранить мой материал конфиденциальным: он учитывается в обобщении, но не публикуется.
consultation-public-notice = Ваше имя, организация, группа заинтересованных сторон, страна и текст публикуются по постоянному адресу, если вы не попросите о конфиденциальности. Вы можете редактировать свой материал до закрытия консультации.
consultation-send = Отправить
consultation-update = Сохранить изменения
consultation-draft-intro = Комментируйте любой пункт; ответы на комментарии приветствуются.
consultation-comments-n = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
    [many] { $count } комментариев
   *[other] Комментариев: { $count }
}
consultation-reply = Ответить
consultation-your-reply = Ваш ответ
consultation-send-reply = Отправить ответ
consultation-comment-on = Прокомментировать пункт { $number }
consultation-your-comment = Ваш комментарий
consultation-send-comment = Отправить комментарий
consultation-statements = Утверждения
consultation-statements-intro = Укажите, согласны ли вы с каждым утверждением, или пропустите его. Карта мнений объединяет в группы тех, кто голосует похоже, и показывает, в чём сходятся все группы.
consultation-statement-agree = Согласны: { $count }
consultation-statement-disagree = Не согласны: { $count }
consultation-statement-pass = Пропустили: { $count }
vote-agree = Согласиться
vote-disagree = Не согласиться
vote-pass = Пропустить
consultation-add-statement = Добавить утверждение
consultation-add-statement-hint = Одно короткое предложение, с которым другие могут согласиться или не согласиться (не более 400 символов).
consultation-send-statement = Добавить утверждение
consultation-refused-not-yet-open = Эта консультация открывается { $date }: материалы пока не принимаются.
consultation-refused-closed = Эта консультация закрылась в конце дня { $date } (UTC): материалы больше не принимаются.
consultation-refused-too-long = Длина текста (символов): { $length }; предел — { $limit }.
consultation-refused-empty = Напишите что-нибудь или ответьте хотя бы на один вопрос.
consultation-refused-unknown-choice = Один из выбранных вариантов не относится к этому вопросу.
consultation-refused-one-choice-only = Выберите только один ответ на этот вопрос.
consultation-refused-login = Войдите, чтобы участвовать в этой консультации.
consultation-refused-unverified = Подтвердите адрес электронной почты, чтобы участвовать в этой консультации.
consultation-error-name = Укажите своё имя (не более 120 символов).
consultation-error-group = Выберите свою группу заинтересованных сторон.
consultation-error-country = Выберите свою страну или район.
consultation-error-organization = Укажите название организации, которую вы представляете.
consultation-error-endorsers = Поддерживающие организации, строка { $line }: укажите название организации, вертикальную черту и действительный адрес электронной почты.
consultation-error-endorsers-many = Максимальное число организаций, которые можно пригласить к совместному материалу, — { $max }.
consultation-error-repeat = Такой же текст уже поступал сегодня из вашей сети; повторно он не учитывается.
agreement-strongly-disagree = Совершенно не согласен
agreement-disagree = Не согласен
agreement-neutral = Ни да, ни нет
agreement-agree = Согласен
agreement-strongly-agree = Полностью согласен
development-status-developing = Развивающаяся страна (НРС, РСНВМ или МОРАГ)

submission-title = Материал { $number }
submission-confidential = Этот материал конфиденциален: он учитывается в обобщении, но его автор и текст не публикуются.
submission-confidential-short = конфиденциально
submission-from = От кого
submission-received = Получен
submission-updated = изменён { $date }
submission-endorsed-by = Поддерживают
submission-endorsements-pending = { $count ->
    [one] { $count } приглашённая организация ещё не подтвердила поддержку.
    [few] { $count } приглашённые организации ещё не подтвердили поддержку.
    [many] { $count } приглашённых организаций ещё не подтвердили поддержку.
   *[other] Приглашённых организаций, ещё не подтвердивших поддержку: { $count }.
}
submission-how-used = Как этот материал использован в обобщении
submission-edit = Изменить свой материал
submission-excerpt = Текст
submissions-confidential-n = Конфиденциальных: { $count } (учтены, не показаны)
submissions-hidden-n = Скрыто модераторами: { $count } (учтены, значатся в списке)
endorsement-title = Подтверждение поддержки
endorsement-intro = Вас просят подтвердить, что { $organization } поддерживает этот совместный материал.
endorsement-confirm = Подтвердить поддержку
endorsement-done = Поддержка подтверждена и отображается в материале.
mail-endorsement-subject = Подтвердите поддержку материала для консультации «{ $consultation }»
mail-endorsement-body = { $lead } указывает { $organization } в числе организаций, поддерживающих совместный материал для консультации «{ $consultation }». Чтобы подтвердить, откройте { $link } и нажмите кнопку. Если вам не знаком этот запрос, не обращайте внимания на это письмо: пока вы не подтвердите, ничего не будет показано.

synthesis-title = Обобщение
synthesis-report = Обобщающий доклад
synthesis-not-yet = Обобщающий доклад ещё не опубликован. Цифры ниже обновляются в реальном времени.
synthesis-draft-notice = Черновик: до публикации этот текст видит только Секретариат.
synthesis-published-on = Опубликовано { $date }
synthesis-citations = Процитированные материалы
synthesis-write = Написать обобщение
synthesis-save-draft = Сохранить черновик
synthesis-publish = Опубликовать
synthesis-error-empty = Прежде чем публиковать обобщение, напишите его.
synthesis-cite = Процитировать материал
synthesis-cite-submission = Номер материала
synthesis-cite-used = Как он использован в обобщении (оставьте пустым, чтобы удалить цитату)
synthesis-cite-save = Сохранить цитату
synthesis-error-citation = В этой консультации нет материала { $number }.
synthesis-counts = Кто принял участие
synthesis-by-group = Материалы по группам заинтересованных сторон
synthesis-by-region = Материалы по региональным группам ООН и из развивающихся стран
synthesis-input = Материалы
synthesis-total = Всего
synthesis-all-submissions = Все материалы
synthesis-paragraph = Комментарии к пункту { $number }
synthesis-chart-description = Ответы на вопрос с вариантами ответа; число материалов, в которых дан ответ: { $total }.
synthesis-choice = Вариант
synthesis-count = Число
synthesis-inquiries = Вопросы
synthesis-inquiry-window = Вопросы по обобщению принимаются до конца дня { $date }.
synthesis-no-inquiries = Вопросов пока нет.
synthesis-inquiry = Ваш вопрос по обобщению
synthesis-inquiry-send = Отправить вопрос
synthesis-inquiry-not-published = Вопросы можно будет задавать после публикации обобщения.
synthesis-inquiry-closed = Приём вопросов завершился в конце дня { $date }.
synthesis-inquiry-too-long = Максимальное число символов в вопросе — { $limit }.

form-letters-title = Типовые письма и кампании
form-letters-intro = Тексты, отправленные много раз в одинаковом или почти одинаковом виде (шинглы слов сравниваются методом MinHash с локально-чувствительным хешированием), показываются один раз с фактическим числом копий и несколькими вариантами. Кампания — законный способ высказаться, и она учитывается именно как кампания.
form-letters-clusters = Кампаний: { $count }
form-letters-in-clusters = Материалов в составе кампаний: { $count }
form-letters-copies = Копий одного текста: { $count }
form-letters-exact = Идентичных: { $count }
form-letters-similarity = среднее сходство: { $value } %
form-letters-withheld = Первая копия конфиденциальна или скрыта; её текст не показывается.
form-letters-variants = Варианты
form-letters-junk = Очень короткие или пустые материалы
form-letters-bursts = Всплески из одной сети
form-letters-burst = Материалов из одной сети за несколько минут: { $count }
junk-no-letters = нет букв
junk-too-short = слишком короткий
junk-too-few-letters = слишком мало букв
junk-repetitive = повторяются одни и те же слова

moderation-title = Модерация
moderation-intro = Скройте материал, нарушающий правила, указав причину: он по-прежнему учитывается и значится в списке как скрытый, а на его месте показывается причина.
moderation-hidden-because = Скрыто модераторами: { $reason }
moderation-reason = Причина скрытия
moderation-hide = Скрыть
moderation-show = Показать снова

opinion-map-title = Карта мнений
opinion-intro = Люди, которые похоже голосуют по утверждениям, располагаются рядом и объединяются в группы; для каждой группы показаны отличающие её утверждения, а также утверждения, с которыми согласны все группы.
opinion-compute = Построить карту по текущим голосам
opinion-none = Карта мнений ещё не построена.
opinion-computed = Построена { $date }
opinion-placed = Размещено на карте: { $count }
opinion-votes = Голосов: { $count }
opinion-silhouette = разделённость (силуэт): { $value }
opinion-map-description = Каждая отметка — это человек, размещённый по его голосам; форма отметки показывает, к какой из групп мнений (всего групп: { $groups }) он относится. В таблицах ниже приведены те же данные.
opinion-groups = Группы мнений
opinion-group = Группа { $name }
opinion-group-size = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] Человек: { $count }
}
opinion-shape-circle = круги
opinion-shape-square = квадраты
opinion-shape-triangle = треугольники
opinion-shape-diamond = ромбы
opinion-shape-cross = крестики
opinion-shape-star = звёздочки
opinion-no-representative = Ни одно утверждение явно не отличает эту группу.
opinion-representative-of = Что отличает группу { $name }
opinion-statement = Утверждение
opinion-direction = Большинство группы
opinion-direction-agree = согласно
opinion-direction-disagree = не согласно
opinion-in-group = В группе
opinion-out-group = Все остальные
opinion-consensus = С чем согласны все группы мнений
opinion-consensus-hint = Утверждения, с которыми согласно большинство в каждой группе мнений.
opinion-no-consensus = Ни одно утверждение не получило согласия всех групп мнений.
opinion-min-agree = не менее { $value } % согласных в каждой группе
opinion-multistakeholder = Консенсус многих заинтересованных сторон
opinion-multistakeholder-hint = Утверждение считается консенсусом многих заинтересованных сторон, только если его поддерживают выше порогового значения все группы заинтересованных сторон, чей голос услышан (достаточно голосов зарегистрированных участников).
opinion-no-groups = Голосов зарегистрированных участников с указанной группой заинтересованных сторон пока нет.
opinion-verdict = Итог
opinion-by-group = Согласие по группам заинтересованных сторон
opinion-ms-yes = Консенсус
opinion-ms-no = Консенсуса нет
opinion-not-heard = голос не услышан
opinion-reason-consensus = Согласны все услышанные группы заинтересованных сторон (всего: { $groups }).
opinion-reason-group-below-threshold = { $group }: согласны лишь { $share } % (пороговое значение — { $threshold } %).
opinion-reason-too-few-groups = Услышано групп заинтересованных сторон: { $heard }; требуется не менее { $minimum }.
consultation-general-on-draft = Отправить общий комментарий ко всему тексту
consultation-editing = Вы редактируете материал, отправленный без учётной записи.
submission-edit-link = Сохраните эту личную ссылку: по ней можно редактировать ваш материал до закрытия консультации. Любой, у кого она есть, может его изменить.

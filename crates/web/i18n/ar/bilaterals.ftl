# القاعات الثنائية: جدول اليوم، والحجز، والتأكيد، والإخلاء، وقوائم الانتظار، ومهمة الإخلاء.
bilaterals-title = القاعات الثنائية
bilaterals-intro = احجز قاعة صغيرة لاجتماع خاص بين الوفود. مدة الفترة { $n } دقيقة؛ ويحق للمنظمة الواحدة { $max } حجوزات في اليوم على الأكثر، بما فيها أماكن قوائم الانتظار. ويجب تأكيد الحجز خلال { $limit } ساعة، وإلا انتقل إلى التالي في القائمة.
bilaterals-precedence-rule = عندما تُخلى فترة محجوزة تتقدم قائمة انتظارها بهذا الترتيب: { $groups }، ثم الجميع بعدهم؛ وفي كل فئة يتقدم الطلب الأقدم. ولا يُسحب حجز قائم أبدًا.
bilaterals-no-days = لم تُحدد مواعيد الاجتماع بعد: يمكن حجز القاعات بعد تحديدها.
bilaterals-days = أيام الاجتماع
bilaterals-grid-caption = القاعات الثنائية يوم { $date }
bilaterals-time = الوقت
bilaterals-slot-free = شاغرة
bilaterals-slot-held = محجوزة، بانتظار التأكيد
bilaterals-slot-confirmed = محجوزة
bilaterals-yours = حجزك
bilaterals-waiting-count = في الانتظار: { $n }
bilaterals-mine = حجوزاتك
bilaterals-mine-none = ليست لديك حجوزات في هذه الدورة.
bilaterals-status = الحالة
bilaterals-status-held = محجوز، بانتظار التأكيد
bilaterals-status-confirmed = مؤكَّد
bilaterals-status-waiting = في قائمة الانتظار
bilaterals-status-released = أُخلي
bilaterals-status-expired = أُخلي: لم يُؤكَّد في الموعد
bilaterals-position = الترتيب { $position } في القائمة
bilaterals-purpose = الغرض أو الطرف الآخر (اختياري)
bilaterals-purpose-hint = لا يراه إلا أنت والأمانة، ويظهر في ملف التقويم الخاص بك.
bilaterals-confirm-by = التأكيد قبل
bilaterals-confirm = تأكيد
bilaterals-release = إخلاء
bilaterals-ical = إضافة إلى تقويمي (iCal)
bilaterals-book = حجز قاعة
bilaterals-book-day = ليوم { $date } (اختر يومًا آخر أعلاه).
bilaterals-room = القاعة
bilaterals-wait = إن كانت الفترة محجوزة، ضعنا على قائمة انتظارها
bilaterals-sign-in = سجّل الدخول لحجز قاعة ثنائية
bilaterals-staff = للأمانة
bilaterals-done-held = القاعة لك: أكّد الحجز قبل موعده النهائي.
bilaterals-done-waiting = أنت على قائمة انتظار الفترة، وستصلك رسالة إن صارت لك.
bilaterals-done-confirmed = تم تأكيد الحجز.
bilaterals-done-released = تم إخلاء الحجز.
bilaterals-error-organization = اكتب اسم المنظمة (200 حرف على الأكثر).
bilaterals-error-stakeholder-group = اختر فئة أصحاب المصلحة التي تنتمي إليها المنظمة.
bilaterals-not-a-slot = اختر قاعة ووقتًا من جدول يوم من أيام الاجتماع.
bilaterals-cap = لدى منظمتك { $max } حجوزات يوم { $date }، وهو أقصى ما يحق لمنظمة في اليوم (بما فيه أماكن قوائم الانتظار). أخلِ حجزًا لتحجز غيره.
bilaterals-clash = { $room } في الساعة { $time } محجوزة بالفعل لـ { $organization }. اختر فترة أخرى أو اطلب الانضمام إلى قائمة انتظارها.
bilaterals-clash-own = لدى { $organization } بالفعل { $room } في الساعة { $time }: لا يمكن للمنظمة أن تكون في قاعتين في آن واحد.
bilaterals-taken-meanwhile = حجزت منظمة أخرى هذه الفترة للتو. اختر فترة أخرى أو اطلب الانضمام إلى قائمة انتظارها.
bilaterals-too-late = انقضى موعد التأكيد: الحجز قيد الإخلاء.
bilaterals-not-from = حالة هذا الحجز «{ $value }»، ولا يمكن تغييره بهذه الطريقة.
bilaterals-settings-title = القاعات الثنائية: الإعدادات
bilaterals-settings-rooms = القاعات
bilaterals-settings-rooms-hint = قاعة في كل سطر، باسمها كما هو مكتوب في مكان الاجتماع.
bilaterals-settings-slot-minutes = مدة الفترة (بالدقائق)
bilaterals-settings-opens = تفتح في
bilaterals-settings-closes = تغلق في
bilaterals-settings-cap = الحجوزات لكل منظمة في اليوم
bilaterals-settings-confirm-hours = ساعات تأكيد الحجز
bilaterals-settings-precedence = الأولوية في قوائم الانتظار
bilaterals-settings-precedence-hint = فئات أصحاب المصلحة التي تتقدم أولًا في قائمة الانتظار، بالترتيب؛ وتأتي الفئات غير المختارة بعدها، وفي كل فئة يتقدم الطلب الأقدم.
bilaterals-settings-place = الترتيب { $position }
bilaterals-settings-none = (لا شيء)
bilaterals-settings-error-rooms = سمِّ قاعة واحدة على الأقل، لا يزيد اسم كل منها على 100 حرف.
bilaterals-settings-error-slot-minutes = تدوم الفترة من 10 إلى 240 دقيقة.
bilaterals-settings-error-hours = اكتب وقتي الفتح والإغلاق (HH:MM) بفارق فترة واحدة على الأقل.
bilaterals-settings-error-cap = يجب أن يحق للمنظمة حجز واحد على الأقل في اليوم.
bilaterals-settings-error-confirm-hours = اترك ساعة واحدة على الأقل لتأكيد الحجز.
bilaterals-settings-error-precedence = اختر كل فئة من فئات أصحاب المصلحة مرة واحدة على الأكثر في ترتيب الأولوية.
bilaterals-release-job = إخلاء الحجوزات غير المؤكدة
bilaterals-release-rule = تُخلى الحجوزات التي لم تُؤكَّد بعد { $limit } ساعة من إجرائها (أو من تقدمها من قائمة الانتظار)، وتتقدم قائمة انتظار الفترة. تعمل المهمة تلقائيًا كل ربع ساعة.
bilaterals-release-never = لم تُخلِ المهمة شيئًا في هذه الدورة بعد.
bilaterals-release-run = { $date }: أُخلي { $count }، وتقدّم { $n } من قوائم الانتظار
bilaterals-release-now = تشغيل الإخلاء الآن
mail-bilaterals-moved-up-subject = صارت لك قاعة ثنائية: { $room }، { $date }
mail-bilaterals-moved-up-body =
    عزيزي/عزيزتي { $name }،

    أُخليت فترة كنت تنتظرها وصارت لك الآن: { $room }، { $date }، { $time }.

    يُرجى تأكيدها قبل { $limit }، وإلا انتقلت إلى التالي في القائمة:

    { $link }
mail-bilaterals-expired-subject = أُخلي حجزك لقاعة ثنائية: { $room }، { $date }
mail-bilaterals-expired-body =
    عزيزي/عزيزتي { $name }،

    لم يُؤكَّد حجزك لـ { $room } يوم { $date }، { $time } قبل { $limit }، فأُخلي.

    يمكنك حجز فترة أخرى هنا:

    { $link }

# Agora — الكتالوج العربي: البرنامج (مكان الانعقاد، والجلسات، والجدول الزمني، والبرنامج العام).
cycle-programme = البرنامج
cycle-venue = مكان الانعقاد
cycle-sessions = الجلسات
cycle-schedule = الجدول الزمني
venue-title = مكان الانعقاد
venue-rooms = القاعات
venue-room = القاعة
venue-capacity = السعة
venue-interpretation = لغات الترجمة الشفوية
venue-add-room = إضافة القاعة
venue-slots = الفترات الزمنية
venue-day = اليوم
venue-date = التاريخ
venue-start = وقت البدء (UTC)
venue-minutes = المدة بالدقائق
venue-times = أوقات البدء (UTC)، مفصولة بمسافات
venue-add-slots = إضافة الفترات الزمنية
venue-error-room = يجب أن يكون للقاعة اسم وسعة لا تقل عن 1.
venue-error-slots = أدخل رقم اليوم (0 لليوم 0)، وتاريخًا، وأوقات بدء مثل 09:00، ومدة تتراوح بين 15 و480 دقيقة.
sessions-title = الجلسات
sessions-import = إنشاء جلسات لورش العمل المعتمدة
sessions-count = { $count ->
    [zero] لا توجد أي جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] عدد الجلسات: { $count }
}
sessions-type = النوع
sessions-people = الأشخاص
sessions-add = إضافة جلسة
sessions-audience = عدد الحضور المتوقع
sessions-fixed-room = قاعة محددة سلفًا (اختياري)
sessions-fixed-slot = موعد محدد سلفًا (اختياري)
schedule-title = الجدول الزمني
schedule-intro = تضع أداة الجدولة كل جلسة بحيث لا يكون أي شخص في مكانين في آن واحد، وتكون القاعات كبيرة ومجهزة بما يكفي، وتبقى الجلسات المحددة سلفًا في مكانها وموعدها؛ ثم تتجنب عقد الجلسات التي تتناول الموضوع نفسه أو التي تهم الجمهور نفسه في وقت واحد، وتوزّع المواضيع على الأيام. وكل عملية حساب تُنتج مسودة: ولا يتغير البرنامج العام إلا عندما تنشر إحدى المسودات.
schedule-name = اسم المسودة
schedule-seed = البذرة العشوائية
schedule-compute = حساب مسودة جديدة
schedule-versions = النسخ
schedule-hard = عدد انتهاكات القيود الصارمة: { $count }
schedule-soft = تكلفة القيود المرنة: { $count }
schedule-published = منشورة
schedule-publish = نشر هذه النسخة
schedule-violations = ما لا يزال الجدول الزمني يخالفه
violation-room-unsuitable = القاعة لا تناسب { $sessions } (من حيث الحجم أو التجهيزات أو النوع).
violation-person-unavailable = أحد المشاركين في { $sessions } غير متاح في ذلك الوقت.
violation-person-double-booked = الشخص نفسه مشارك في { $sessions } في الوقت نفسه.
violation-same-theme-parallel = جلسات تتناول الموضوع نفسه تُعقد في وقت واحد: { $sessions }.
violation-no-room-left = لم تتبقَّ أي قاعة أو فترة زمنية لعقد { $sessions }.
programme-title = البرنامج
programme-none = لم يُنشر البرنامج بعد.
programme-day-zero = اليوم 0
programme-day = اليوم { $n }
programme-time = الوقت (UTC)
session-not-scheduled = لم تُدرج هذه الجلسة في البرنامج المنشور بعد.
session-language = اللغة: { $language }
session-proposal = مقترح ورشة العمل
session-interested = إضافة إلى برنامجي
session-uninterested = إزالة من برنامجي
agenda-title = برنامجي
session-role-organizer = منظم
session-type-workshop = ورشة عمل
session-type-main-session = جلسة رئيسية
session-type-open-forum = منتدى مفتوح
session-type-dynamic-coalition = جلسة ائتلاف دينامي
session-type-best-practice-forum = منتدى أفضل الممارسات
session-type-policy-network = شبكة السياسات
session-type-nri-session = جلسة تعاونية للمبادرات الوطنية والإقليمية
session-type-day-0 = فعالية اليوم 0
session-type-town-hall = اجتماع عام مفتوح
session-type-lightning-talk = عرض خاطف
session-type-opening = حفل الافتتاح
session-type-closing = حفل الاختتام
schedule-not-placed = غير مُدرجة
schedule-move = نقل جلسة
schedule-move-warning = يخالف هذا النقل قيودًا إلزامية. أكِّد لحفظه رغم ذلك في مسودة؛ ولا يمكن نشر نسخة تخالف قيودًا إلزامية.
schedule-move-session = الجلسة
schedule-move-confirm = فهمت، احفظ النقل
schedule-move-submit = نقل
schedule-compare = المقارنة بنسخة أخرى
schedule-compare-with = النسخة
schedule-compare-submit = قارن
schedule-no-differences = تضع النسختان كل الجلسات في الأماكن نفسها.
changes-title = التغييرات في البرنامج
changes-intro = كل تغيير أُجري بعد أول نشر للبرنامج، من الأحدث إلى الأقدم. وقد أُبلغ المشاركون في كل جلسة بالبريد.
changes-none = لم يتغير شيء منذ نشر البرنامج.
mail-session-moved-subject = نُقلت إحدى جلساتك — { $forum }
mail-session-moved-body =
    مرحبًا { $name }،

    تغيَّر البرنامج:

    { $change }

    { $link }
cycle-availability = أوقات تفرغي
availability-intro = اختر الأوقات التي لا يمكنك الحضور فيها، ولن يضع المُجدوِل جلساتك فيها.
availability-no-slots = لم تُحدَّد الفترات الزمنية للمكان بعد.
availability-away = لا يمكنني الحضور
venue-session-types = أنواع الجلسات التي تستقبلها القاعة (إن لم يُحدَّد شيء: كلها)
session-remote = رابط المشاركة عن بُعد
session-materials = المواد
session-details = المشاركة عن بُعد والمواد
session-preferred-days = الأيام التي يفضّلها المنظمون
session-preferred-days-hint = يضع المُجدول الجلسة في أحد هذه الأيام متى أمكن (إن لم يُحدَّد أي يوم: أي يوم).
agenda-see = عرض برنامجي
agenda-intro = الجلسات التي أضفتها، مرتبة حسب اليوم والوقت. الأوقات هي أوقات المنتدى بمنطقته الزمنية؛ وحين تختلف المنطقة الزمنية لجهازك يظهر وقتك بجانبها.
agenda-local-time = بتوقيتك
agenda-empty = برنامجك فارغ. افتح جلسة من أحد البرامج واختر «إضافة إلى برنامجي».
agenda-browse = تصفّح الدعوات والبرامج
agenda-clash-summary = { $count ->
    [zero] لا تتعارض أي جلسة في برنامجك مع غيرها.
    [one] جلسة واحدة في برنامجك تتعارض في التوقيت مع جلسة أخرى، وهي مُشار إليها أدناه.
    [two] جلستان في برنامجك تتعارضان في التوقيت، وكلتاهما مُشار إليها أدناه.
    [few] { $count } جلسات في برنامجك تتعارض في التوقيت، وكل منها مُشار إليها أدناه.
    [many] { $count } جلسة في برنامجك تتعارض في التوقيت، وكل منها مُشار إليها أدناه.
   *[other] عدد الجلسات المتعارضة في التوقيت في برنامجك: { $count }، وكل منها مُشار إليها أدناه.
}
agenda-clash = تعارض:
agenda-clash-with = تتداخل هذه الجلسة في التوقيت مع
agenda-unplaced = لم تُدرج بعد في برنامج منشور
agenda-calendar = التقويم
agenda-download = تنزيل برنامجي (ملف iCalendar)
agenda-subscribe-intro = يتيح لك عنوان التقويم الخاص أن يشترك تطبيق التقويم لديك في برنامجك ويُبقيه محدَّثًا، دون تسجيل الدخول. يستطيع كل من يملك العنوان قراءة برنامجك، فاحتفظ به لنفسك.
agenda-address-shown-once = هذا عنوان تقويمك الخاص. أضفه الآن إلى تطبيق التقويم لديك («اشتراك» أو «إضافة تقويم من عنوان URL»)، فهو لا يُعرض إلا مرة واحدة.
agenda-address = عنوان التقويم الخاص
agenda-address-exists = لديك عنوان تقويم خاص. إذا فقدته أو شاركته عن طريق الخطأ، فأنشئ عنوانًا جديدًا، وسيتوقف العنوان القديم عن العمل.
agenda-address-make = إنشاء عنوان تقويمي الخاص
agenda-address-reset = إنشاء عنوان جديد (سيتوقف العنوان القديم عن العمل)

# النتائج: تقارير الجلسات، ورسائل منتدى إدارة الإنترنت، ودليل المنظومة، والتوصيات الموجهة إلى الهيئات التي تضع
# السياسات وردودها عليها، والمواءمة مع خطوط عمل القمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة.

nav-recommendations = التوصيات
any = الكل
filter = تصفية

reports-title = تقارير الجلسات
reports-filed-n = { $count ->
    [zero] لم يُقدَّم أي تقرير
    [one] قُدِّم تقرير واحد
    [two] قُدِّم تقريران
    [few] قُدِّمت { $count } تقارير
    [many] قُدِّم { $count } تقريرًا
   *[other] عدد التقارير المقدَّمة: { $count }
}
reports-overdue-n = التقارير المتأخرة: { $count }
report-title = تقرير الجلسة
report-session = الجلسة
report-ended = تاريخ الانتهاء
report-due-column = الموعد النهائي
report-state = الحالة
report-state-filed = مقدَّم
report-state-filed-late = مقدَّم بعد الموعد
report-state-overdue = متأخر
report-state-not-due = لم يحن موعده بعد
report-due = الموعد النهائي: { $date }
report-late = قُدِّم هذا التقرير بعد موعده النهائي.
report-not-filed = لم يُقدَّم أي تقرير عن هذه الجلسة بعد.
report-rapporteur = المقرر
report-moderator = مدير الجلسة
report-attendance = الحضور
report-onsite = المشاركون في الموقع
report-online = المشاركون عبر الإنترنت
report-women = النساء (تقدير)
report-onsite-n = في الموقع: { $count }
report-online-n = عبر الإنترنت: { $count }
report-women-n = النساء (تقدير): { $count }
report-takeaways = الاستنتاجات الرئيسية
report-takeaways-hint = ثلاثة استنتاجات كحد أقصى: ما خلصت إليه الجلسة، في جملة أو جملتين لكل منها.
report-takeaway-n = الاستنتاج { $n }
report-calls = الدعوات إلى العمل
report-calls-hint = ثلاث دعوات كحد أقصى، كل منها موجهة إلى مجموعة من مجموعات أصحاب المصلحة أو إلى هيئة مدرجة في الدليل.
report-call-n = الدعوة إلى العمل { $n }
report-call-to = موجهة إلى
report-summary = ملخص المناقشة
report-transcript-link = النص الحرفي (رابط)
report-recording-link = التسجيل (رابط)
report-transcript = النص الحرفي
report-transcript-hint = الصق الترجمة النصية المصاحبة كنص عادي؛ وتبدأ كل مداخلة بـ «>> الاسم:».
report-turns = عدد المداخلات: { $count }
report-show-transcript = عرض النص الحرفي
report-file = تقديم التقرير
report-edit = تحديث التقرير
report-save = حفظ التقرير
report-error-no-takeaway = أدخل استنتاجًا رئيسيًا واحدًا على الأقل.
report-error-too-many-takeaways = أدخل ثلاثة استنتاجات رئيسية كحد أقصى.
report-error-too-many-calls = أدخل ثلاث دعوات إلى العمل كحد أقصى.
report-error-call-without-addressee = حدّد الجهة التي توجَّه إليها كل دعوة إلى العمل.
report-error-no-summary = لخّص المناقشة.
report-error-negative-count = لا يمكن أن تكون أعداد الحضور سالبة.
report-error-estimates-exceed-attendance = مجموع التقديرات يتجاوز عدد الحضور.
report-error-bad-link = يجب أن تبدأ الروابط بـ https:// أو http://.
report-error-transcript-long = الحد الأقصى لعدد أحرف النص الحرفي: { $limit }.
forbidden-report-not-yours = لا يمكن تقديم تقرير الجلسة إلا لمنظميها ومديريها ومقررها، وللأمانة.
session-report-link = تقرير الجلسة
session-report-full = التقرير الكامل
mail-report-reminder-subject = تأخر تقديم تقرير «{ $title }»
mail-report-reminder-body = كان موعد تقديم تقرير جلستك «{ $title }» في { $date }. يرجى تقديمه على { $link }، إذ تُستخلص رسائل المنتدى من التقارير، ويؤدي عدم تقديم التقرير إلى حجب مقترحات منظِّمه في العام التالي.

messages-title = الرسائل
messages-intro = تستخلص رسائل منتدى إدارة الإنترنت ما خلصت إليه الجلسات، موضوعًا تلو الآخر. وتصوغها الأمانة انطلاقًا من الاستنتاجات الرئيسية الواردة في التقارير، ثم تُطرح المسودة للتعليق العام، ويُنشر النص النهائي مع بيان ما تغيّر.
messages-none = لم تُصَغ أي رسالة لهذه الدورة بعد.
message-kind = النوع
message-kind-message = رسالة
message-kind-chair-summary = موجز الرئيس
message-status-draft = مسودة
message-status-in-comment = مطروحة للتعليق العام
message-status-published = منشورة
message-draft = صياغة رسالة
message-title = العنوان
message-pick = الاستنتاجات التي تستند إليها
message-pick-hint = اختر استنتاجات التقارير التي تستند إليها هذه الرسالة؛ فتصبح فقراتها الأولى القابلة للتعديل، وتبقى مرتبطة بها بوصفها مصادرها.
message-no-reports = لم يُقدَّم أي تقرير بعد.
message-create = إنشاء مسودة الرسالة
message-error-title = أعطِ الرسالة عنوانًا لا يتجاوز 200 حرف.
message-error-sources = اختر استنتاجًا واحدًا على الأقل.
message-error-empty = يجب أن يكون للرسالة عنوان ونص.
message-error-note = بيّن ما تغيّر منذ التعليق العام قبل النشر.
message-error-published = لا تتغير الرسالة المنشورة إلا بنشر جديد مصحوب بملاحظة.
message-version = النسخة { $n }
message-versions = النسخ
message-see-comments = التعليقات العامة على هذه المسودة
message-sources = المصادر
message-takeaway-n = الاستنتاج { $n }
message-edit = تعديل
message-body = النص
message-body-hint = بتنسيق Markdown؛ وتفصل الأسطر الفارغة بين الفقرات التي يعلّق عليها الجمهور.
message-note = ما الذي تغيّر (يُحفظ مع النسخة)
message-save = حفظ المسودة
message-publish = نشر
message-open-comment = طرح للتعليق العام
message-comment-title = مسودة رسالة مطروحة للتعليق: { $title }
message-comment-description = علّق على أي فقرة من مسودة الرسالة هذه. الرسالة ومصادرها ونسخها: { $link }

bodies-title = دليل المنظومة
bodies-intro = الهيئات التي تضع سياسات الإنترنت، والقضايا التي تتناولها كل منها. وإليها توجَّه التوصيات.
bodies-orphans = قضايا لا تتناولها أي هيئة
bodies-orphans-hint = تثير التوصيات هذه القضايا، لكن لا تدرجها أي هيئة في الدليل. وتقتضي ولاية منتدى إدارة الإنترنت أن يحدد هذه القضايا الناشئة وأن يوجه إليها انتباه الهيئات المعنية.
body-name = الاسم
body-acronym = الاسم المختصر
body-kind = النوع
body-scope = نطاق العمل
body-issues = القضايا
body-issues-hint = مفصولة بفواصل، مثل: dns, الطيف الترددي, حماية البيانات.
body-contact = البريد الإلكتروني لجهة الاتصال (لا يُنشر)
body-website = الموقع الشبكي
body-add = إضافة هيئة أو تحديثها
body-save = حفظ الهيئة
body-error-name = أدخل اسم الهيئة (200 حرف كحد أقصى).
body-error-kind = اختر نوع الهيئة.
body-error-email = أدخل عنوان بريد إلكتروني صالحًا.
body-error-website = يجب أن يبدأ الموقع الشبكي بـ https:// أو http://.
body-recommendations = التوصيات الموجهة إليها
body-no-recommendations = لا توجد توصيات حتى الآن.
body-in-tracker = عرضها في صفحة المتابعة
body-kind-intergovernmental = منظمة حكومية دولية
body-kind-standards-body = هيئة لوضع المعايير
body-kind-internet-registry = سجل إنترنت
body-kind-government = حكومة
body-kind-regulator = هيئة تنظيمية
body-kind-company = شركة
body-kind-civil-society = منظمة من منظمات المجتمع المدني
body-kind-academic = مؤسسة أكاديمية
body-kind-nri = منتدى وطني أو إقليمي لإدارة الإنترنت
body-kind-coalition = ائتلاف

recommendations-title = التوصيات
recommendations-intro = ما يوصي به المنتدى، وإلى من، وما فعلته كل هيئة بشأنه، مع تأريخ كل خطوة وإتاحتها للجميع.
recommendations-filter = تصفية التوصيات
recommendations-none = لا توجد توصية مطابقة.
recommendations-n = { $count ->
    [zero] لا توجد أي توصية
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصية
   *[other] عدد التوصيات: { $count }
}
recommendation-new = توصية جديدة
recommendation-title = العنوان
recommendation-text = التوصية
recommendation-rationale = المسوّغات
recommendation-source = المصدر
recommendation-source-id = رقمه (اختياري)
recommendation-cycle = الدورة
recommendation-bodies = موجهة إلى
recommendation-bodies-hint = هيئات مدرجة في الدليل؛ أضف أولًا أي هيئة غير مدرجة إلى الدليل.
recommendation-body = الهيئة
recommendation-status = الحالة
recommendation-updated = آخر تحديث
recommendation-save = حفظ المسودة
recommendation-see-source = عرض المصدر
recommendation-send = إرسال إلى الهيئات
recommendation-send-hint = تتلقى جهة الاتصال في كل هيئة رابطًا للرد، دون الحاجة إلى حساب.
recommendation-sent-n = عدد الهيئات التي أُرسلت إليها: { $count }.
recommendation-record-silence = تسجيل عدم الرد
recommendation-error-title = أدخل عنوانًا لا يتجاوز 200 حرف.
recommendation-error-text = اكتب التوصية.
recommendation-error-source = اختر مصدرها.
recommendation-error-source-id = يجب أن يكون رقم المصدر عددًا صحيحًا.
recommendation-error-no-body = وجّه التوصية إلى هيئة واحدة على الأقل.
recommendation-error-unknown-body = لا يمكن توجيه التوصية إلا إلى هيئات مدرجة في الدليل.
forbidden-recommendation-move = لا يمكن اتخاذ هذه الخطوة انطلاقًا من الحالة الحالية للهيئة.
recommendation-status-drafted = مُعدّة في شكل مسودة
recommendation-status-sent = مُرسلة
recommendation-status-acknowledged = تم الإقرار بالاستلام
recommendation-status-under-consideration = قيد النظر
recommendation-status-implemented = منفَّذة
recommendation-status-partly-implemented = منفَّذة جزئيًا
recommendation-status-declined = مرفوضة
recommendation-status-no-response = لم يرد رد
recommendation-source-message = رسالة منتدى إدارة الإنترنت
recommendation-source-report = تقرير الجلسة
recommendation-source-coalition = ائتلاف دينامي
recommendation-source-best-practice-forum = منتدى أفضل الممارسات
recommendation-source-policy-network = شبكة السياسات
mail-recommendation-subject = توصية من { $forum }: { $title }
mail-recommendation-body = يوجّه { $forum } التوصية التالية إلى { $name }: «{ $title }». ويمكنكم إبلاغ المنتدى بما تفعله منظمتكم بشأنها (الإقرار بالاستلام، أو النظر فيها، أو تنفيذها، أو تنفيذها جزئيًا، أو رفضها) على { $link } (دون الحاجة إلى حساب؛ ويبقى الرابط صالحًا حتى { $date }). ويُنشر ردكم في صفحة المتابعة العامة للمنتدى.
mail-recommendation-next-subject = شكرًا لكم — تحديثكم التالي بشأن «{ $title }»
mail-recommendation-next-body = نُشر ردكم بشأن «{ $title }». وعند وجود أي مستجدات، يمكنكم تحديثه على { $link } (صالح حتى { $date }).
mail-recommendation-reminder-subject = تذكير: ينتظر { $forum } ردكم بشأن «{ $title }»
mail-recommendation-reminder-body = وجّه { $forum } التوصية «{ $title }» إلى { $name } ولم يتلقَّ ردًا بعد. يرجى الرد على { $link } (صالح حتى { $date }).

respond-title = الرد على توصية
respond-intro = أنت ترد باسم { $name }. ويُنشر ردك، مع تاريخه، في صفحة المتابعة الخاصة بالمنتدى.
respond-current = الحالة الحالية
respond-answer = ردك
respond-text = ما فعلته منظمتك أو ستفعله
respond-link = رابط إلى قرارك أو وثيقتك (اختياري)
respond-public = لا حاجة إلى حساب. وبعد أن ترد، يُرسل إلى عنوان جهة الاتصال الخاص بك رابط جديد للتحديثات اللاحقة.
respond-send = إرسال الرد
respond-unknown = هذا الرابط غير صالح. تحقق من أنه نُسخ كاملًا، أو اطلب رابطًا جديدًا من أمانة المنتدى.
respond-spent = سبق استخدام هذا الرابط في { $date }. وقد أُرسل رابط جديد للتحديثات اللاحقة إلى عنوان جهة الاتصال الخاص بمنظمتك.
respond-expired = انتهت صلاحية هذا الرابط في { $date }. اطلب رابطًا جديدًا من أمانة المنتدى.
respond-error-status = اختر أحد الردود المقترحة.
respond-error-long = الحد الأقصى لعدد أحرف الرد: { $limit }.
respond-error-link = يجب أن يبدأ الرابط بـ https:// أو http://.

alignment-title = المواءمة مع القمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة
alignment-intro = لكل خط من خطوط عمل القمة العالمية لمجتمع المعلومات ولكل هدف من أهداف التنمية المستدامة: الجلسات والرسائل والتوصيات التي تتناوله في كل دورة.
alignment-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
alignment-sdgs = أهداف التنمية المستدامة
alignment-code = خط العمل أو الهدف
alignment-cell-sessions = عدد الجلسات: { $count }
alignment-cell-messages = عدد الرسائل: { $count }
alignment-cell-recommendations = عدد التوصيات: { $count }
alignment-nothing = لا يتناوله أي شيء بعد.
alignment-kind-session = جلسة
alignment-kind-message = رسالة
alignment-kind-recommendation = توصية

cycle-statistics-title = إحصاءات الدورة
cycle-statistics-intro = الحضور وفق تقارير الجلسات، والجلسات حسب النوع والموضوع، وحالة التقارير. التسجيلات حسب فئة أصحاب المصلحة والمنطقة ومستوى التنمية ونوع الجنس والمشاركين لأول مرة:
cycle-statistics-attendance = الحضور (وفق تقارير الجلسات)
cycle-statistics-attendance-by-group = الحضور حسب فئة أصحاب المصلحة (تقديرات التقارير)
cycle-statistics-attendance-by-gender = الحضور حسب نوع الجنس (تقديرات التقارير)
cycle-statistics-sessions-by-type = الجلسات حسب النوع
cycle-statistics-sessions-by-theme = الجلسات حسب الموضوع
cycle-statistics-reports = تقارير الجلسات
cycle-statistics-onsite = حضورياً
cycle-statistics-online = عبر الإنترنت
cycle-statistics-women = النساء
cycle-statistics-others = آخرون أو غير مقدَّر
cycle-statistics-no-theme = بلا موضوع

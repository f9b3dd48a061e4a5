# الاجتماع السنوي: التسجيل والاعتماد، قائمة الموافقة، الشارات، تسجيل الحضور، الشهادات، رسائل التأشيرة.
meeting-title = الاجتماع
meeting-no-dates = لم تُحدَّد بعد
meeting-intro = سجّل في الاجتماع، حضوريًا أو عبر الإنترنت، بمعزل عن حسابك في المنتدى. يحتاج المشاركون حضوريًا إلى صورة للشارة؛ ويجوز لكل منظمة أن ترسل { $max } مندوبين حضوريين على الأكثر. تراجع الأمانة كل تسجيل وترسل إليك قرارها بالبريد.
meeting-staff = للأمانة
meeting-counts = { $count } بانتظار القرار · { $total } موافق عليهم حضوريًا · { $n } موافق عليهم عبر الإنترنت
meeting-queue-title = تسجيلات للمراجعة
meeting-check-in-title = مكتب تسجيل الحضور
meeting-verify-title = التحقق من شهادة أو رسالة تأشيرة
meeting-mine = تسجيلك
meeting-status = الحالة
meeting-status-submitted = مُرسَل
meeting-status-approved = موافق عليه
meeting-status-more-information = مطلوب مزيد من المعلومات
meeting-status-refused = مرفوض
meeting-status-all = الكل
meeting-reason = السبب
meeting-attendance = طريقة المشاركة
meeting-attendance-onsite = حضوريًا
meeting-attendance-online = عبر الإنترنت
meeting-days-attended = أيام الحضور
meeting-photo-alt = صورة شارتك
meeting-photo-of = صورة شارة { $name }
meeting-badge-title = الشارة
meeting-visa-letter-title = رسالة دعوة للتأشيرة
meeting-certificate-title = شهادة حضور
meeting-sign-in = سجّل الدخول للتسجيل في الاجتماع
meeting-register = التسجيل في الاجتماع
meeting-update = تعديل تسجيلي
meeting-photo = صورة الشارة (للحضور فقط)
meeting-photo-hint = صورة حديثة لوجهك، بصيغة JPEG أو PNG، لا يتجاوز حجمها { $size } ميغابايت، ولا تقل عن { $min } بكسل، طولية أو مربعة.
meeting-photo-kept = اتركه فارغًا للإبقاء على الصورة التي أرسلتها.
meeting-photo-privacy = لا يرى صورتك سواك والأمانة؛ وتُحذف بعد الاجتماع.
meeting-closed = التسجيل في هذا الاجتماع مغلق.
meeting-queue-empty = لا توجد تسجيلات هنا.
meeting-decision = القرار
meeting-reason-hint = مطلوب لطلب مزيد من المعلومات أو للرفض؛ وسيقرؤه الشخص.
meeting-decide = تسجيل القرار
meeting-retention = الاحتفاظ بصور الشارات
meeting-retention-rule = تُحذف صور الشارات بعد { $n } يومًا من انتهاء الاجتماع.
meeting-retention-never = لم تُنفَّذ مهمة الحذف لهذه الدورة بعد.
meeting-retention-run = { $date }: حُذفت { $count } صور
meeting-retention-run-now = حذف الصور المستحقة الآن
meeting-badge-print = اطبع هذه الصفحة؛ ويمكن أيضًا كتابة الرمز الموجود تحت رمز QR في المكتب.
meeting-badge-code = رمز الشارة
meeting-checked-in = تم تسجيل الحضور.
meeting-already-checked-in = سُجّل حضوره اليوم من قبل.
meeting-check-in-refused = لم يُسجَّل الحضور:
meeting-check-in-hint = امسح رمز QR للشارة بقارئ، أو اكتب الرمز المطبوع تحته أو الصقه.
meeting-check-in-submit = تسجيل الحضور
meeting-live-counts = اليوم في المكاتب
meeting-checked-in-today = سُجّل حضورهم في { $date }
meeting-checked-in-ever = أشخاص سُجّل حضورهم مرة واحدة على الأقل
meeting-approved-onsite = مشاركون حضوريون موافق عليهم
meeting-refresh = تحديث الأرقام
meeting-document-print = اطبع هذه الصفحة أو احفظها بصيغة PDF من متصفحك.
meeting-certificate-certifies = نشهد بأن
meeting-certificate-attended = حضر { $title } في الأيام التالية:
meeting-letter-to = إلى الموظف القنصلي المعني،
meeting-letter-body = { $name } ({ $organization }، { $country }) مسجَّل ومعتمَد لحضور { $title } شخصيًا.
meeting-letter-dates = يُعقد الاجتماع من { $since } إلى { $date }.
meeting-letter-no-costs = هذه الرسالة دعوة فقط: ولا تُلزم المنتدى بأي تكاليف سفر أو إقامة.
meeting-issued-on = صدرت في { $date }.
meeting-verification-code = رمز التحقق
meeting-verify-at = تحقق من هذه الوثيقة على
meeting-certificate-intro = تصدر شهادتك استنادًا إلى تسجيلات حضورك الموثقة في الاجتماع.
meeting-visa-letter-intro = تذكر الرسالة اسمك ومنظمتك وتواريخ الاجتماع، مع رمز يمكن للقنصلية التحقق منه.
meeting-certificate-issue = إصدار شهادتي
meeting-visa-letter-issue = إصدار رسالة التأشيرة
meeting-verify-intro = اكتب الرمز المطبوع على شهادة حضور أو على رسالة دعوة للتأشيرة.
meeting-verify-submit = تحقق
meeting-verified-certificate = شهادة حضور أصلية.
meeting-verified-visa-letter = رسالة دعوة للتأشيرة أصلية.
meeting-verified-name = الاسم
meeting-verified-meeting = الاجتماع
meeting-verified-issued = تاريخ الإصدار
meeting-verify-unknown = لا توجد شهادة أو رسالة بهذا الرمز. تأكد من كتابته كما هو مطبوع تمامًا.
meeting-error-attendance = اختر الحضور الشخصي أو المشاركة عبر الإنترنت.
meeting-error-organization = اذكر منظمتك (200 حرف على الأكثر).
meeting-error-stakeholder-group = اختر فئة أصحاب المصلحة التي تنتمي إليها منظمتك.
meeting-cap-reached = لدى منظمتك بالفعل { $max } مندوبين حضوريين مسجلين، وهو الحد الأقصى الذي يسمح به هذا الاجتماع. يمكنك التسجيل عبر الإنترنت.
meeting-photo-missing = يحتاج المشاركون حضوريًا إلى صورة للشارة.
meeting-photo-too-large = حجم الصورة يتجاوز { $size } ميغابايت.
meeting-photo-not-an-image = الملف ليس صورة بصيغة JPEG أو PNG.
meeting-photo-unreadable = الصورة تالفة ولا يمكن قراءتها.
meeting-photo-too-small = الصورة صغيرة جدًا: { $min } بكسل على الأقل.
meeting-photo-too-big = أبعاد الصورة كبيرة جدًا: { $max } على الأكثر.
meeting-photo-aspect = يجب أن تكون الصورة طولية أو مربعة: عرضها مقسومًا على ارتفاعها بين { $min } و{ $max }.
meeting-photo-uniform = الصورة فارغة أو بلون واحد.
meeting-reason-required = اذكر سببًا يمكن للشخص أن يتصرف بناءً عليه.
meeting-decision-not-from = لا يمكن اتخاذ هذا القرار بشأن تسجيل حالته «{ $value }».
meeting-token-malformed = هذا ليس رمز شارة. اكتبه مجددًا كما هو مطبوع تمامًا.
meeting-token-forged = لم يُصدر هذا المنتدى هذه الشارة (توقيعها غير مطابق).
meeting-token-other-cycle = هذه الشارة لاجتماع سنة أخرى.
meeting-token-expired = انتهت صلاحية هذه الشارة.
meeting-not-a-meeting-day = تسجيل الحضور متاح في أيام الاجتماع فقط.
meeting-badge-withdrawn = لم يعد التسجيل المرتبط بهذه الشارة موافقًا عليه.
meeting-certificate-no-attendance = لا تصدر الشهادة إلا بعد تسجيل حضورك في الاجتماع.
meeting-letter-not-approved = لا تصدر رسالة التأشيرة إلا لتسجيل حضوري موافق عليه.
forbidden-meeting-badge-not-approved = لا تصدر الشارة إلا لتسجيل حضوري موافق عليه.
mail-meeting-submitted-subject = تم استلام تسجيلك في { $title }
mail-meeting-submitted-body =
    عزيزي/عزيزتي { $name }،

    استلمنا تسجيلك في { $title }. ستراجعه الأمانة وترسل إليك قرارها بالبريد.

    { $link }
mail-meeting-approved-subject = تمت الموافقة على تسجيلك في { $title }
mail-meeting-approved-body =
    عزيزي/عزيزتي { $name }،

    تمت الموافقة على تسجيلك في { $title }. يمكن للمشاركين حضوريًا طباعة شاراتهم، وعند الحاجة رسالة دعوة للتأشيرة:

    { $link }
mail-meeting-more-information-subject = تسجيلك في { $title }: مطلوب مزيد من المعلومات
mail-meeting-more-information-body =
    عزيزي/عزيزتي { $name }،

    تحتاج الأمانة إلى مزيد من المعلومات بشأن تسجيلك في { $title }:

    { $reason }

    عدّل تسجيلك هنا: { $link }
mail-meeting-refused-subject = رُفض تسجيلك في { $title }
mail-meeting-refused-body =
    عزيزي/عزيزتي { $name }،

    رُفض تسجيلك في { $title } للسبب التالي:

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = المندوبون الحضوريون لكل منظمة (الاجتماع)
settings-meeting-photo-retention-days = عدد الأيام بعد الاجتماع قبل حذف صور الشارات

cycle-statistics-meeting-attendance = الاعتماد للاجتماع (التسجيلات)
cycle-statistics-approved-onsite = موافق على حضورهم شخصيًا
cycle-statistics-approved-online = موافق على مشاركتهم عبر الإنترنت
cycle-statistics-checked-in = سُجّل حضورهم في المكاتب

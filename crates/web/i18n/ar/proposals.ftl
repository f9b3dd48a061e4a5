# Agora — الكتالوج العربي: الدورات، والدعوة إلى تقديم القضايا والمقترحات، والفرز، والتقييم، والاختيار.

## الدورات
nav-cycles = الدعوات والبرنامج
no = لا
minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
cycles-title = الدورات
cycles-intro = كل سنة من سنوات المنتدى دورة: دعوة إلى تقديم القضايا، ودعوة إلى تقديم مقترحات ورش العمل، ثم الفرز، والتقييم من جانب الفريق الاستشاري المتعدد أصحاب المصلحة، والاختيار، ثم الاجتماع وتقاريره.
cycles-none = لم تُفتح أي دورة بعد.
cycles-new = فتح دورة جديدة
cycles-name = الاسم
cycles-host = المدينة والبلد المضيفان
cycles-meeting-dates = مواعيد الاجتماع
cycles-hybrid = هجين (في الموقع وعبر الإنترنت)
cycles-onsite = في الموقع فقط
cycles-format = الشكل
cycles-create = فتح الدورة
cycle-overview = نظرة عامة
cycle-issues = الدعوة إلى تقديم القضايا
cycle-proposals = المقترحات
cycle-workshops = ورش العمل المعتمدة
cycle-synthesis = الخلاصة
cycle-evaluate = تقييماتي
cycle-results = الترتيب والاختيار
cycle-screening = الفرز
cycle-assignment = المقيّمون
cycle-settings = الإعدادات
cycle-phases = المراحل
cycle-phase = المرحلة
cycle-from = من
cycle-to = إلى
cycle-now = الحالية
cycle-themes = المواضيع
cycle-no-themes = لم يسجّل الفريق الاستشاري المتعدد أصحاب المصلحة المواضيع بعد.
cycle-rules = القواعد
rule-min-speakers = عدد المتحدثين المؤكَّدين: { $count } على الأقل.
rule-gender-diverse = متحدث واحد على الأقل من نوع جنس يختلف عن نوع جنس الآخرين.
rule-max-proposals = الحد الأقصى لعدد المقترحات لكل شخص ولكل مؤسسة: { $count }.
rule-evaluators = عدد المقيّمين من أعضاء الفريق الاستشاري المتعدد أصحاب المصلحة لكل مقترح: { $count }.
rule-previous-report = يجب على منظمي ورشة عمل سابقة تقديم رابط إلى تقريرها.
phase-call-for-issues = الدعوة إلى تقديم القضايا
phase-call-for-proposals = الدعوة إلى تقديم المقترحات
phase-screening = الفرز
phase-evaluation = التقييم
phase-selection = الاختيار
phase-scheduling = الجدولة
phase-meeting = الاجتماع
phase-reporting = إعداد التقارير

## الإعدادات
settings-formats = الأشكال ومددها
settings-formats-hint = شكل واحد في كل سطر: رمزه، ثم نقطتان (:)، ثم المدد المسموح بها بالدقائق (مثلًا «flash: 30»).
settings-criteria = معايير التقييم (مفصولة بالفاصلة اللاتينية «,»)
settings-gender-diverse-speakers = اشتراط أن يكون المتحدثون من أكثر من نوع جنس واحد
settings-previous-report-required = اشتراط تقديم تقرير ورشة العمل السابقة للمنظِّم
settings-min-confirmed-speakers = الحد الأدنى لعدد المتحدثين المؤكَّدين
settings-min-onsite-speakers = الحد الأدنى لعدد المتحدثين في الموقع
settings-min-onsite-moderators = الحد الأدنى لعدد مديري الجلسة في الموقع
settings-max-proposals-per-person = الحد الأقصى لعدد المقترحات لكل شخص
settings-max-proposals-per-institution = الحد الأقصى لعدد المقترحات لكل مؤسسة
settings-max-sessions-per-speaker = الحد الأقصى لعدد الجلسات لكل متحدث
settings-title-max-chars = الحد الأقصى لطول العنوان (بالأحرف)
settings-description-max-words = الحد الأقصى لطول الوصف (بالكلمات)
settings-score-min = أدنى درجة
settings-score-max = أعلى درجة
settings-evaluators-per-proposal = عدد المقيّمين لكل مقترح
settings-slots = عدد الفترات المخصصة لورش العمل
settings-per-theme-cap = الحد الأقصى لعدد ورش العمل لكل موضوع
settings-target-developing-percent = الهدف: ورش العمل التي تضم منظمين من البلدان النامية (%)
settings-target-first-time-percent = الهدف: ورش العمل المقدَّمة من أصحاب مقترحات لأول مرة (%)
settings-target-gender-diverse-percent = الهدف: ورش العمل التي يتنوع متحدثوها من حيث نوع الجنس (%)
settings-target-per-region = الهدف: ورش العمل التي تضم منظمين من كل مجموعة إقليمية للأمم المتحدة
settings-error-number = { $field }: أدخل عددًا صحيحًا من 0 إلى 100000.
settings-error-phase = { $field }: أدخل التاريخين كليهما، على ألا يكون الأول بعد الثاني.
settings-error-score-scale = يجب أن تكون أدنى درجة أقل من أعلى درجة.
settings-error-evaluators-per-proposal = يحتاج كل مقترح إلى مقيّم واحد على الأقل.
settings-error-formats = يجب أن يتضمن كل سطر من أسطر الأشكال شكلًا معروفًا (panel, roundtable, debate, break-out, birds-of-a-feather, flash, other) ومدة واحدة على الأقل.
settings-error-criteria = أدخل معيار تقييم واحدًا على الأقل.
settings-error-slots = يجب ألا يقل عدد الفترات والحد الأقصى لكل موضوع عن 1.
settings-error-targets = لا يمكن أن تتجاوز النسب المئوية 100.
settings-phase-call-for-issues = الدعوة إلى تقديم القضايا
settings-phase-call-for-proposals = الدعوة إلى تقديم المقترحات
settings-phase-screening = الفرز
settings-phase-evaluation = التقييم
settings-phase-selection = الاختيار
settings-phase-scheduling = الجدولة
settings-phase-meeting = الاجتماع
settings-phase-reporting = إعداد التقارير

## الدعوة إلى تقديم القضايا والمواضيع
issues-intro = ما قضايا إدارة الإنترنت التي ينبغي أن يناقشها منتدى هذا العام؟ يمكن لأي شخص مسجل أن يقترح قضايا؛ ويطّلع الفريق الاستشاري المتعدد أصحاب المصلحة عليها جميعًا ويختار المواضيع.
issues-your-issue = قضيتك
issues-submit = تقديم القضية
issues-received = { $count ->
    [zero] لم ترد أي قضية
    [one] وردت قضية واحدة
    [two] وردت قضيتان
    [few] وردت { $count } قضايا
    [many] وردت { $count } قضية
   *[other] عدد القضايا الواردة: { $count }
}
issues-count = القضايا
issues-closed = أُغلقت الدعوة إلى تقديم القضايا في { $date }.
forbidden-issues-closed = الدعوة إلى تقديم القضايا مغلقة.
issues-error-length = اكتب القضية في نص يتراوح طوله بين حرف واحد و2000 حرف.
themes-name = الموضوع
themes-description = الوصف
themes-sub-themes = المواضيع الفرعية (موضوع واحد في كل سطر)
themes-policy-questions = أسئلة سياساتية على سبيل المثال
themes-add = تسجيل الموضوع

## المقترحات
proposal-new = اقتراح ورشة عمل
proposal-mine = مقترحاتي
proposal-form-title = مقترح ورشة عمل
proposal-deadline = يمكن تقديم المقترحات وتعديلها حتى { $date } (بالتوقيت العالمي المنسق UTC).
proposal-closed = أُغلقت الدعوة إلى تقديم المقترحات في { $date }: لم يعد من الممكن تقديم المقترحات أو تعديلها.
proposal-submitted-count = { $count ->
    [zero] لم يُقدَّم أي مقترح
    [one] قُدِّم مقترح واحد
    [two] قُدِّم مقترحان
    [few] قُدِّمت { $count } مقترحات
    [many] قُدِّم { $count } مقترحًا
   *[other] عدد المقترحات المقدَّمة: { $count }
}
proposal-title = العنوان
proposal-title-hint = الحد الأقصى لعدد الأحرف وفقًا لقاعدة الفرز: { $max }.
proposal-theme = الموضوع
proposal-format = الشكل
proposal-duration = المدة
proposal-description = الوصف
proposal-description-hint = قضية إدارة الإنترنت أو المسألة المطروحة، وكيف ستتناولها الجلسة؛ الحد الأقصى لعدد الكلمات: { $max }.
proposal-policy-questions = الأسئلة السياساتية
proposal-expected-outcomes = النتائج المتوقعة
proposal-hybrid-plan = المشاركة الهجينة
proposal-hybrid-plan-hint = كيف سيتفاعل المتحدثون والمشاركون في الموقع وعبر الإنترنت، وما الأدوات الإلكترونية التي ستستخدمها؟
proposal-organizers = المنظمون المشاركون
proposal-organizers-hint = المنظمات التي تنظم الجلسة معك، مع مجموعة أصحاب المصلحة التي تنتمي إليها كل منها وبلدها.
proposal-organizer-n = المنظم المشارك { $n }
proposal-people = المتحدثون ومديرو الجلسة والمقرر
proposal-people-hint = يتلقى كل شخص دعوة بالبريد الإلكتروني لتأكيد مشاركته. ولا يُحتسب في الفرز إلا الأشخاص الذين أكّدوا مشاركتهم.
proposal-person-n = الشخص { $n }: الدور
proposal-onsite = في الموقع
proposal-role = الدور
proposal-invitation = الدعوة
proposal-sdgs = أهداف التنمية المستدامة
proposal-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
proposal-previous-report = تقرير ورشة العمل السابقة التي نظمتها
proposal-previous-report-hint = إذا كنت قد نظمت ورشة عمل في اجتماع سابق، فقدّم رابطًا إلى تقريرها: فبدونه لا يمكن أن يجتاز هذا المقترح الفرز.
proposal-save-draft = حفظ كمسودة
proposal-submit = تقديم المقترح
proposal-edit = تعديل المقترح
proposal-diversity = تنوع الأشخاص المدرجين
proposal-diversity-groups = مجموعات أصحاب المصلحة
proposal-diversity-regions = المجموعات الإقليمية للأمم المتحدة
proposal-diversity-genders = النوع الاجتماعي
proposal-screening = الفرز
proposal-history = النسخ المحفوظة
proposal-version = النسخة { $n }
diversity-people = عدد الأشخاص: { $count } (دون احتساب الدعوات المرفوضة)
diversity-developing = من البلدان النامية (أقل البلدان نموا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية): { $count }
diversity-first-timers = المشاركون لأول مرة: { $count }
proposal-status-draft = مسودة
proposal-status-submitted = مقدَّم
proposal-error-title = أدخل عنوانًا للمقترح.
proposal-error-too-long = يجب أن يكون عدد الأحرف أقل من { $max }.
proposal-error-description-words = يتكون الوصف من { $words } كلمة؛ وتسمح هذه الدعوة بـ { $max } كلمة على الأكثر.
proposal-error-title-length = يتكون العنوان من { $length } حرفًا؛ وتسمح هذه الدعوة بـ { $max } حرفًا على الأكثر.
proposal-error-choice = اختر من القائمة.
proposal-error-required = هذا الحقل لازم لتقديم المقترح.
proposal-error-organizer = حدّد لكل منظم مشارك مجموعة أصحاب المصلحة التي ينتمي إليها وبلده.
proposal-error-person = أدخل لكل شخص اسمًا وعنوان بريد إلكتروني صالحًا.
proposal-error-speaker-cap = سبق تأكيد مشاركة { $name } في جلسات هذه الدورة (عددها: { $count })، والحد الأقصى هو { $max }.
session-role-speaker = متحدث
session-role-onsite-moderator = مدير الجلسة في الموقع
session-role-online-moderator = مدير الجلسة عبر الإنترنت
session-role-rapporteur = مقرر
invitation-invited = في انتظار الرد
invitation-confirmed = مؤكَّدة
invitation-declined = مرفوضة
format-panel = حلقة نقاش
format-roundtable = مائدة مستديرة
format-debate = مناظرة
format-break-out = مجموعات فرعية
format-birds-of-a-feather = لقاء لذوي الاهتمامات المشتركة
format-flash = جلسة خاطفة
format-other = أخرى

## الدعوات
invitation-title = دعوة إلى ورشة عمل
invitation-text = أنت مدعو بصفة «{ $role }» في ورشة العمل المقترحة
invitation-confirm = أؤكد مشاركتي
invitation-decline = أعتذر عن المشاركة
invitation-login = سجّل الدخول، أو سجّل حسابًا جديدًا، للرد: يشارك المتحدثون بملفاتهم الشخصية.

## الفرز
screening-intro = المرحلة 1: يُتحقق من كل مقترح مقدَّم في ضوء القواعد المنشورة للدورة. ويُبيَّن لكل قاعدة ما إذا كانت مستوفاة أم لا مع ذكر السبب، ويطّلع صاحب المقترح على ذلك. ويتطلب تجاوز النتيجة تسجيل السبب.
screening-run = فرز جميع المقترحات المقدَّمة
screening-summary-passed = المقترحات المجتازة: { $count }
screening-summary-failed = المقترحات غير المجتازة: { $count }
screening-passed = اجتاز الفرز
screening-failed = لم يجتز الفرز
screening-not-yet = لم يُفرز بعد
screening-overridden = بقرار من الأمانة
screening-override = تجاوز النتيجة
screening-reason = السبب (يُسجَّل)
screening-complete = الحقول الواجب ملؤها: { $missing }.
screening-complete-ok = جميع حقول الاستمارة مملوءة.
screening-title-length = العنوان: عدد الأحرف { $length } (الحد الأقصى { $max }).
screening-description-length = الوصف: عدد الكلمات { $words } (الحد الأقصى { $max }).
screening-format-duration = الشكل والمدة: يجب أن تكون المدة بالدقائق ({ $duration }) مسموحًا بها لهذا الشكل.
screening-confirmed-speakers = المتحدثون المؤكَّدون: { $count } (الحد الأدنى { $min }).
screening-gender-diverse = متحدث مؤكَّد واحد على الأقل من نوع جنس يختلف عن نوع جنس الآخرين.
screening-onsite = في الموقع: عدد المتحدثين { $speakers } (الحد الأدنى { $min_speakers })، وعدد مديري الجلسة { $moderators } (الحد الأدنى { $min_moderators }).
screening-not-mag-member = لا يجوز أن يكون أصحاب المقترحات أعضاء في الفريق الاستشاري المتعدد أصحاب المصلحة.
screening-proposals-per-person = عدد مقترحات هذا الشخص في الدورة: { $count } (الحد الأقصى { $max }).
screening-proposals-per-institution = عدد مقترحات هذه المؤسسة في الدورة: { $count } (الحد الأقصى { $max }).
screening-sessions-per-speaker = لا يتجاوز أي متحدث مؤكَّد الحد الأقصى لعدد الجلسات ({ $max }).
screening-previous-report = قُدِّم رابط تقرير ورشة العمل السابقة لصاحب المقترح.

## التقييم
assignment-intro = يُعيَّن لكل مقترح اجتاز الفرز مقيّمون من الفريق الاستشاري المتعدد أصحاب المصلحة، وفق توزيع أمثل يُحسب آليًا: لا يُعيَّن أبدًا عضو لديه تضارب في المصالح، ويقيّم كل مقترح أعضاء من مجموعات مختلفة من أصحاب المصلحة، وتُراعى المجالات المواضيعية، ويُوزَّع العبء بالتساوي.
assignment-proposals = عدد المقترحات المطلوب تقييمها: { $count }
assignment-members = عدد أعضاء الفريق الاستشاري المتعدد أصحاب المصلحة: { $count }
assignment-pairs = عدد التعيينات: { $count }
assignment-scored = عدد التقييمات المقدَّمة: { $count }
assignment-compute = حساب التوزيع الأمثل
assignment-short = مقترحات ليس لها عدد كافٍ من المقيّمين
assignment-progress = التقدم المحرز حسب عضو الفريق الاستشاري المتعدد أصحاب المصلحة
assignment-assigned = المسندة
assignment-done = المقيَّمة
assignment-by-hand = التعديل يدويًا
assignment-proposal-number = رقم المقترح
assignment-member = عضو الفريق الاستشاري المتعدد أصحاب المصلحة
assignment-action = الإجراء
assignment-add = إضافة
assignment-remove = إزالة
evaluation-areas = مجالاتي المواضيعية
evaluation-areas-hint = المواضيع التي تعرفها أكثر من غيرها: يفضّل التوزيع أن تُسند إليك المقترحات المتعلقة بها.
evaluation-assigned = { $count ->
    [zero] لا يوجد أي مقترح لتقييمه
    [one] مقترح واحد لتقييمه
    [two] مقترحان لتقييمهما
    [few] { $count } مقترحات لتقييمها
    [many] { $count } مقترحًا لتقييمها
   *[other] عدد المقترحات المطلوب تقييمها: { $count }
}
evaluation-none = لم يُسند إليك أي مقترح بعد.
evaluation-status = الحالة
evaluation-scored = تم التقييم
evaluation-to-do = بانتظار التقييم
evaluation-score-title = تقييم مقترح
evaluation-anonymised = عرض مجهول الهوية: أسماء أصحاب المقترحات والمنظمات والأشخاص مخفية؛ أما مجموعاتهم ومناطقهم وإشارتا «بلد نامٍ» و«لأول مرة» فتظهر.
evaluation-first-time-proposer = صاحب مقترح لأول مرة
evaluation-developing = بلد نامٍ
evaluation-first-timer = لأول مرة
evaluation-your-scores = درجاتك
evaluation-comment = تعليق
evaluation-save = حفظ تقييمي
evaluation-error-scores = امنح كل معيار درجة من { $min } إلى { $max }. لم يُحفظ أي شيء.
evaluation-conflict = تضارب المصالح
evaluation-conflict-reason = لماذا لا ينبغي أن تقيّم هذا المقترح
evaluation-conflict-declare = الإعلان عن تضارب في المصالح
criterion-policy-question = السؤال السياساتي
criterion-relevance = الأهمية
criterion-content = المضمون
criterion-interaction = التفاعل والشكل
criterion-diversity = التنوع
forbidden-conflict-listed-on-proposal = اسمك مدرج في هذا المقترح: لا يمكنك تقييمه.
forbidden-conflict-same-organization = هذا المقترح مقدَّم من منظمتك: لا يمكنك تقييمه.
forbidden-conflict-declared = أعلنت عن تضارب في المصالح فيما يخص هذا المقترح.
forbidden-not-assigned = هذا المقترح غير مسند إليك.
forbidden-scores-confidential = الدرجات سرية لا يطّلع عليها إلا الأمانة والرئيس حتى نشر الاختيار؛ ثم تصبح بيانات مفتوحة بأسماء مستعارة.

## الترتيب والاختيار والقرارات
results-intro = درجات كل مقترح: المتوسط، والوسيط، ودرجة معدَّلة تصحّح أثر المقيّمين المتشددين والمتساهلين. ويأخذ الاختيار المقترح أفضل الدرجات المعدَّلة في حدود الفترات المتاحة والحد الأقصى لكل موضوع، ثم يُجري أقل عدد ممكن من عمليات الاستبدال اللازمة لبلوغ أهداف التوازن.
results-suggestion = الاختيار المقترح
results-selected = عدد المقترحات في الاختيار المقترح: { $count }
results-swaps = عدد عمليات الاستبدال لتحقيق التوازن: { $count }
results-cost = الدرجات المتنازل عنها مقارنة بالترتيب المحض
results-targets = أهداف التوازن
results-target = الهدف
results-minimum = الحد الأدنى
results-by-ranking = الترتيب المحض
results-in-suggestion = الاختيار المقترح
results-no-theme = بلا موضوع
results-scores = الدرجات
results-mean = المتوسط
results-median = الوسيط
results-normalised = الدرجة المعدَّلة
results-suggested = مقترح للاختيار
results-decision = القرار
results-record = تسجيل
results-anonymised-scores = الدرجات مجهولة الهوية
target-developing = منظمون من البلدان النامية
target-first-time = أصحاب مقترحات لأول مرة
target-gender-diverse = متحدثون متنوعون من حيث نوع الجنس
decision-approved = معتمد
decision-approved-if-merged = معتمد شريطة الدمج
decision-not-approved = غير معتمد
decision-merge-with = الدمج مع المقترح رقم
decision-rationale = المبررات
workshops-none = لم تُعتمد أي ورشة عمل بعد.
synthesis-intro = المقترحات الواردة، والمجتازة للفرز، والمعتمدة، حسب الموضوع وحسب مجموعات أصحاب المصلحة والمجموعات الإقليمية للأمم المتحدة التي ينتمي إليها منظموها. ويُحتسب المقترح في كل مجموعة ينتمي إليها أحد منظميه على الأقل.
synthesis-all = جميع المقترحات
synthesis-received = الواردة
synthesis-passed = المجتازة للفرز
synthesis-approved = المعتمدة

## البريد
mail-invitation-subject = دعوة إلى التحدث في ورشة عمل مقترحة على { $forum }
mail-invitation-body =
    مرحبًا { $name }،

    أدرجك { $proposer } بصفة «{ $role }» في مقترح ورشة العمل «{ $title }».

    يرجى تأكيد مشاركتك أو الاعتذار عنها من هنا:

    { $link }

    لا يُحتسب عند فرز المقترح إلا الأشخاص الذين أكّدوا مشاركتهم.
mail-decision-subject = قرار بشأن مقترح ورشة العمل الذي قدمته: { $title }
mail-decision-body =
    مرحبًا { $name }،

    اتخذ الفريق الاستشاري المتعدد أصحاب المصلحة قرارًا بشأن مقترحك «{ $title }»: { $decision }.

    يرد القرار ومبرراته في صفحة المقترح:

    { $link }
settings-report-due-days = موعد تقديم التقارير، بالأيام بعد الجلسة
settings-recommendation-reminder-days = تذكير الجهات التي لم ترد على توصية، كل … يوماً
decisions-review = مراجعة القرارات ونشرها
decisions-review-intro = القرارات المُعدّة ليست علنية ولا يُبلَّغ بها أحد. يؤدي النشر إلى قيدها جميعًا في السجل العام وإرسال رسالة واحدة إلى كل صاحب مقترح.
decisions-nothing-staged = لا يوجد قرار مُعدّ.
decisions-staged-count = { $count ->
    [one] قرار واحد مُعدّ
   *[other] { $count } قرارات مُعدّة
}
decisions-held-evaluation = يستمر التقييم حتى { $date }: يمكن نشر القرارات بعد انتهائه.
decisions-publish-warning = يقيّد النشر هذه القرارات ({ $count }) في السجل العام ويرسل { $count } رسائل. لا يمكن التراجع عنه.
decisions-publish = انشر القرارات وأبلغ أصحاب المقترحات
decisions-back-to-results = العودة إلى الترتيب
decisions-review-link = المراجعة والنشر
decisions-apply-suggestion = إعداد الاختيار المقترح
decisions-apply-suggestion-hint = يُعدّ «مقبول» لكل مقترح في الاختيار المقترح و«غير مقبول» لبقية المقترحات التي لم يُبتّ فيها. يمكن تغيير أي منها قبل النشر.
decisions-staged-as = مُعدّ: { $decision }
decisions-choose = اختر…
decisions-stage = إعداد
forbidden-decisions-held = تُنشر القرارات بعد انتهاء التقييم.
forbidden-decisions-nothing-staged = لا يوجد قرار مُعدّ: أعدّ القرارات في الترتيب أولًا.
screening-outcomes = نتائج الفرز
screening-filter-all = الكل
screening-filter-passed = المقبولة
screening-filter-failed = غير المقبولة
screening-filter-overridden = التي قررتها الأمانة
screening-filter-not-screened = لم تُفرز بعد
screening-filter-outcome = النتيجة
screening-filter-title = العنوان يتضمن
screening-filter-apply = عرض
screening-sort = الترتيب حسب
screening-sort-id = الرقم
screening-sort-title = العنوان
screening-sort-outcome = النتيجة
screening-matching = عدد المقترحات المطابقة: { $count }
screening-none = لا يوجد مقترح يطابق عوامل التصفية هذه.
screening-page-of = الصفحة { $number } من { $of }
screening-error-reason = اذكر سبب هذا القرار: فهو يُقيَّد في السجل العام.
screening-error-reason-length = لا يجوز أن يتجاوز السبب { $max } حرفًا.
evaluation-queue = قائمة التقييم الخاصة بي
evaluation-progress = تم تقييم { $count } من { $total }
evaluation-continue = المتابعة إلى المقترح التالي المطلوب تقييمه
evaluation-previous = المقترح السابق
evaluation-next = المقترح التالي
evaluation-all-done = تم الحفظ. جميع المقترحات المسندة إليك قد قُيّمت؛ ويمكنك تعديل أي درجة حتى انتهاء التقييم.
criterion-scale = { $min }: لا يستوفي هذا المعيار إطلاقًا. { $max }: يستوفيه تمامًا.
criterion-policy-question-scale = { $min }: لا توجد مسألة سياساتية واضحة، أو مسألة خارج نطاق حوكمة الإنترنت. { $max }: مسألة سياساتية دقيقة وراهنة تستطيع الجلسة تناولها فعلًا.
criterion-relevance-scale = { $min }: لا صلة له بالموضوع ولا بأولويات المنتدى. { $max }: في صميم الموضوع، ويتناول مسألة ينبغي للمنتدى مناقشتها الآن.
criterion-content-scale = { $min }: محتوى مبهم أو ضعيف، دون نتيجة واضحة. { $max }: محتوى متين، بنتائج متوقعة ملموسة ومفيدة.
criterion-interaction-scale = { $min }: حلقة نقاش تُتلى فيها بيانات، دون مجال للجمهور أو للمشاركين عن بُعد. { $max }: شكل يُشرك الجميع، حضوريًا وعبر الإنترنت.
criterion-diversity-scale = { $min }: متحدثون ومنظمون من فئة واحدة أو منطقة واحدة فقط. { $max }: توازن بين فئات أصحاب المصلحة والمناطق والجنسين، مع مشاركين جدد.
results-rankings = الترتيب حسب الموضوع
results-themes = المواضيع
results-none = لم تُمنح أي درجة لأي مقترح بعد.
results-ranked = عدد المقترحات المرتبة: { $count }
results-normalised-hint = تصحح الدرجة المعيارية أثر المقيّمين المتشددين أو المتساهلين. تتحول درجات كل مقيّم إلى درجات معيارية (z)، أي كم انحرافًا معياريًا خاصًا بذلك المقيّم تبتعد الدرجة عن متوسطه هو، صعودًا أو نزولًا؛ ثم يُحسب متوسط الدرجات المعيارية لكل مقترح ويُعاد إلى السلّم: متوسط جميع الدرجات مضافًا إليه ذلك المتوسط مضروبًا في الانحراف المعياري لجميع الدرجات. تُقرأ كدرجة لكنها غير محصورة في السلّم: فالمقترح الذي يضعه جميع مقيّميه أعلى بكثير من درجاتهم المعتادة قد يتجاوز { $max } (أو يقل عن { $min }).

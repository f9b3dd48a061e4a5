## المجموعات: الفريق الاستشاري المتعدد أصحاب المصلحة، والائتلافات الدينامية، ومنتديات أفضل الممارسات، وشبكات السياسات، والمبادرات الوطنية والإقليمية، والأفرقة العاملة

nav-groups = المجموعات
groups-title = المجموعات
groups-intro = بين الاجتماعات السنوية، يواصل المنتدى عمله من خلال مجموعاته: الفريق الاستشاري المتعدد أصحاب المصلحة، والائتلافات الدينامية، ومنتديات أفضل الممارسات، وشبكات السياسات، ومنتديات إدارة الإنترنت الوطنية والإقليمية (المبادرات الوطنية والإقليمية)، والأفرقة العاملة. ومناقشاتها ووثائقها واجتماعاتها وقراراتها علنية.
groups-all-kinds = جميع الأنواع
groups-drafts = المسودات التي يمكنك الاطلاع عليها
groups-none = لم تُنشر أي مجموعة بعد.
group-new = إنشاء مجموعة
group-form-intro = تبدأ المجموعة مسودةً، وتُنشر بمجرد استيفائها معايير نوعها، ومن ذلك الحين يُقيَّد كل ما تقوم به في السجل العام.
group-edit = تعديل المجموعة
group-overview = نظرة عامة
group-discussion = المناقشة
group-documents = الوثائق
group-meetings = الاجتماعات
group-decisions = القرارات
group-feed = آخر أخبار المبادرة
group-kind = نوع المجموعة
group-name = الاسم
group-acronym = الاسم المختصر
group-description = الوصف
markdown-hint = يمكن استخدام Markdown.
group-statement-of-need = بيان الحاجة
group-statement-hint = سبب الحاجة إلى المجموعة (إلزامي للائتلاف الدينامي).
group-action-plan = خطة العمل
group-action-plan-hint = ما ستقوم به المجموعة ومتى (إلزامي للائتلاف الدينامي).
group-contact = البريد الإلكتروني لجهة الاتصال أو لجهة التنسيق
group-contact-hint = لا يُعرض علنًا؛ وتستخدمه الأمانة ورسائل البريد الصادرة عن المنتدى.
group-website = الموقع الشبكي
group-place = مكان عمل المجموعة
group-place-hint = تحدد المبادرة الوطنية بلدها، وتحدد المبادرة الإقليمية المجموعة الإقليمية للأمم المتحدة التي تنتمي إليها؛ ويحدد الفريق الاستشاري المتعدد أصحاب المصلحة البلد المضيف لاجتماع السنة.
group-region = المجموعة الإقليمية للأمم المتحدة
nri-level = المستوى
group-consultation = مسودة مطروحة لتعليقات الجمهور
group-consultation-hint = رقم المشاورة التي تُجمع فيها التعليقات على مسودة المجموعة (لمنتديات أفضل الممارسات وشبكات السياسات).
group-consultation-open = التعليق على المسودة
group-open-membership = يمكن لأي شخص الانضمام (عضوية مفتوحة)
group-create = حفظ المسودة
group-save = حفظ
group-status = الحالة
group-active = نشطة
group-inactive = غير نشطة
group-inactive-hint = لم يُقدَّم أي تقرير سنوي عن السنة الماضية، ولذلك تفقد المجموعة موعد جلستها إلى أن تقدّم تقريرها.
group-last-report = آخر تقرير سنوي
group-membership = العضوية
group-membership-open = مفتوحة: يمكن لأي شخص الانضمام.
group-membership-appointed = بالتعيين.
group-is-draft = هذه المجموعة مسودة: لا يطّلع عليها إلا أعضاؤها والأمانة.
group-publishing = النشر
group-criteria-met = تستوفي المجموعة معايير نوعها ويمكن نشرها.
group-criteria-missing = لكي يمكن نشر المجموعة، يلزمها ما يلي:
group-publish = نشر المجموعة
group-publish-refused = لا يمكن نشر المجموعة بعد، إذ لا يزال يلزمها ما يلي:
group-members = الأعضاء
group-member-name = الاسم
group-role = الدور
group-change-role = تغيير
group-set-role = تحديد الدور
group-remove = إزالة
group-join = الانضمام إلى المجموعة
group-join-hint = يظهر اسمك ومجموعة أصحاب المصلحة التي تنتمي إليها وبلدك في القائمة العامة للأعضاء.
group-leave = مغادرة المجموعة
group-login-to-join = سجّل الدخول للانضمام إلى هذه المجموعة
group-appoint = إضافة عضو
group-appoint-button = إضافة
group-appoint-hint = أضف مشاركًا مسجلًا بواسطة عنوان بريده الإلكتروني، مثل الأعضاء المؤسسين لائتلاف ما أو المعيَّنين في الفريق الاستشاري المتعدد أصحاب المصلحة.
group-reports = التقارير
group-no-reports = لم يُقدَّم أي تقرير بعد.
group-file-report = تقديم تقرير
group-report-year = السنة
group-report-kind = نوع التقرير
group-report-body = التقرير
group-report-file = تقديم التقرير
group-report-heading = { $kind } لعام { $year }
group-members-only = لا يمكن القيام بذلك إلا لأعضاء المجموعة. انضم إلى المجموعة أولًا.
group-closed-membership = يُعيَّن أعضاء هذه المجموعة، ولذلك لا يمكن الانضمام إليها.
group-no-such-participant = لا يوجد مشارك مسجل بعنوان البريد الإلكتروني هذا.
group-error-kind = اختر نوع المجموعة.
group-error-name = أعطِ المجموعة اسمًا لا يتجاوز 200 حرف.
group-error-name-taken = توجد مجموعة أخرى تحمل هذا الاسم.
group-error-too-long = يجب ألا يتجاوز كل من الوصف وبيان الحاجة وخطة العمل 20000 حرف.
group-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
group-error-website = أدخل عنوانًا شبكيًا يبدأ بـ https:// أو http://.
group-error-country = اختر بلدًا من القائمة.
group-error-region = اختر مجموعة إقليمية للأمم المتحدة من القائمة.
group-error-nri-level = اختر مستوى المبادرة: وطني أو إقليمي أو دون إقليمي أو شبابي.
group-error-nri-country = يحدد منتدى إدارة الإنترنت الوطني أو الشبابي بلده.
group-error-nri-region = يحدد منتدى إدارة الإنترنت الإقليمي أو دون الإقليمي مجموعته الإقليمية في الأمم المتحدة.
group-error-consultation = أدخل رقم المشاورة، مثل 12.
group-error-report = اكتب التقرير (50000 حرف كحد أقصى).
group-error-year = أدخل السنة التي يغطيها التقرير.
group-error-report-kind = اختر نوع التقرير.
nris-title = منتديات إدارة الإنترنت الوطنية والإقليمية
nris-intro = { $count ->
    [zero] لا يوجد بعدُ أي منتدى وطني أو إقليمي أو دون إقليمي أو شبابي لإدارة الإنترنت يدير محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
    [one] يدير منتدى وطني أو إقليمي أو دون إقليمي أو شبابي واحد لإدارة الإنترنت محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
    [two] يدير اثنان من منتديات إدارة الإنترنت الوطنية والإقليمية ودون الإقليمية والشبابية محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
    [few] يدير { $count } من منتديات إدارة الإنترنت الوطنية والإقليمية ودون الإقليمية والشبابية محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
    [many] يدير { $count } من منتديات إدارة الإنترنت الوطنية والإقليمية ودون الإقليمية والشبابية محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
   *[other] يدير { $count } من منتديات إدارة الإنترنت الوطنية والإقليمية ودون الإقليمية والشبابية محليًا العملية المفتوحة نفسها القائمة على نهج من القاعدة إلى القمة.
} ويحافظ كل منتدى على الاعتراف به بتقديم تقرير سنوي.
mag-host-country = البلد المضيف
mag-balance = توازن الفريق الاستشاري المتعدد أصحاب المصلحة
mag-balanced = يستوفي الفريق الاستشاري المتعدد أصحاب المصلحة جميع قواعد التشكيل.
mag-seats = المقاعد حسب مجموعة أصحاب المصلحة (دون احتساب المراقبين)
mag-seats-held = المقاعد
mag-rules = القواعد: عدد الأعضاء نحو { $size }؛ وحصة الحكومات لا تتجاوز { $government }%؛ وتُوزَّع المقاعد الأخرى بالتساوي بين القطاع الخاص والمجتمع المدني والأوساط التقنية والأكاديمية؛ والحد الأقصى لعدد الولايات المتتالية { $terms }؛ ونسبة الأعضاء الجدد كل سنة لا تقل عن { $rotation }%؛ ومقعد للبلد المضيف. وتحدد الأمانة هذه القواعد في إعدادات الدورة.
mag-terms = الولايات المتتالية
mag-first-year = السنة الأولى من الولايات الحالية
mag-term-of = { $terms } (منذ { $since })
mag-warning-government = عدد المقاعد التي تشغلها الحكومات: { $seats } من أصل { $of }، أي أكثر من { $max }%.
mag-warning-group = عدد مقاعد { $group }: { $seats }، في حين أن التوزيع المتساوي يمنحها { $expected }.
mag-warning-terms = { $members ->
    [zero] لم يتجاوز أي عضو
    [one] تجاوز عضو واحد
    [two] تجاوز عضوان
    [few] تجاوز { $members } أعضاء
    [many] تجاوز { $members } عضوًا
   *[other] تجاوز { $members } عضو
} الحد الأقصى لعدد الولايات المتتالية، وهو { $max }.
mag-warning-rotation = عدد الأعضاء الجدد هذه السنة { $new } فقط من أصل { $of }؛ وينبغي أن يتجدد { $min }% من الأعضاء على الأقل.
mag-warning-size = عدد أعضاء الفريق الاستشاري المتعدد أصحاب المصلحة { $members }؛ وينبغي أن يكون نحو { $target }.
mag-warning-host = لا يوجد أي عضو من البلد المضيف، { $country }.
settings-mag-size = الفريق الاستشاري المتعدد أصحاب المصلحة: عدد الأعضاء
settings-mag-max-government-percent = الفريق الاستشاري المتعدد أصحاب المصلحة: الحد الأقصى لحصة مقاعد الحكومات (%)
settings-mag-balance-tolerance = الفريق الاستشاري المتعدد أصحاب المصلحة: عدد المقاعد التي يجوز أن تحيد بها كل مجموعة أخرى عن التوزيع المتساوي
settings-mag-max-consecutive-terms = الفريق الاستشاري المتعدد أصحاب المصلحة: عدد الولايات المتتالية المسموح به (مدة كل ولاية سنة واحدة)
settings-mag-min-rotation-percent = الفريق الاستشاري المتعدد أصحاب المصلحة: نسبة الأعضاء الجدد كل سنة (%)
settings-rough-consensus-block-percent = استطلاعات توافق الآراء: يُعدّ التوافق تقريبيًا ما دامت الاعتراضات المانعة لا تتجاوز هذه النسبة المئوية من المواقف

group-kind-mag = الفريق الاستشاري المتعدد أصحاب المصلحة
group-kind-dynamic-coalition = ائتلاف دينامي
group-kind-best-practice-forum = منتدى أفضل الممارسات
group-kind-policy-network = شبكة السياسات
group-kind-nri = منتدى وطني أو إقليمي لإدارة الإنترنت
group-kind-working-group = فريق عامل
nri-level-national = وطني
nri-level-regional = إقليمي
nri-level-sub-regional = دون إقليمي
nri-level-youth = شبابي
group-role-chair = الرئيس
group-role-coordinator = المنسق
group-role-member = عضو
group-role-observer = مراقب
group-criterion-statement-of-need = بيان الحاجة
group-criterion-action-plan = خطة عمل
group-criterion-contact = بريد إلكتروني لجهة الاتصال
group-criterion-focal-point = جهة تنسيق (بريد إلكتروني لجهة الاتصال)
group-criterion-three-stakeholder-groups = أعضاء من ثلاث مجموعات على الأقل من مجموعات أصحاب المصلحة
group-report-kind-annual = التقرير السنوي
group-report-kind-final = التقرير النهائي

## القرارات بتوافق الآراء

decisions-intro = تتخذ المجموعة قراراتها بتوافق الآراء. فيُناقَش المقترح، ثم يُطرح في استطلاع لتوافق الآراء له موعد نهائي، يعلن فيه كل عضو التأييد أو عدم الاعتراض أو التحفظ أو الاعتراض المانع، مع بيان السبب في حالتي التحفظ والاعتراض المانع. ثم يسجّل الرئيس ما خلص إليه وأسباب ذلك؛ وبعد الإغلاق لا يمكن تغيير السجل.
decisions-none = لم تطرح المجموعة أي مقترح للبتّ فيه بعد.
decision-title = العنوان
decision-status = الحالة
decision-determination = الاستنتاج
decision-proposed = تاريخ الاقتراح
decision-propose = طرح مقترح على المجموعة
decision-proposal = المقترح
decision-proposal-hint = النص الذي يُطلب من المجموعة الاتفاق عليه. يمكن استخدام Markdown. وتُفتح معه سلسلة مناقشة.
decision-propose-button = اقتراح
decision-members-only = لا يمكن طرح المقترحات وإعلان المواقف إلا لأعضاء المجموعة.
decision-deadline = استطلاع توافق الآراء مفتوح حتى
decision-discussion = المناقشة
decision-discussion-link = قراءة المناقشة والمشاركة فيها
decision-closed-early = أُغلق قبل موعده النهائي للسبب التالي:
decision-closed-at = أُغلق في { $date }.
decision-positions = المواقف
decision-all-heard = أعلنت كل مجموعة من مجموعات أصحاب المصلحة الممثلة بين الأعضاء موقفها.
decision-unheard = المجموعات التي لم يُسمع صوتها بعد:
decision-blocks = الاعتراضات المانعة
decision-blocks-hint = الاعتراض المانع اعتراض جدي؛ وينبغي للرئيس أن يعالجه قبل تسجيل توافق الآراء.
decision-by-group = المواقف حسب مجموعة أصحاب المصلحة
decision-suggested = تشير المواقف حتى الآن إلى ما يلي: { $determination }. ويتخذ الرئيس القرار ويشرح أسبابه.
decision-each-position = موقف كل عضو
decision-position = الموقف
decision-reason = السبب
decision-reason-hint = إلزامي في حالة التحفظ أو الاعتراض المانع؛ ومرحَّب به في غيرهما.
decision-state-position = أعلن موقفك
decision-your-position = موقفك: { $position }. يمكنك تغييره إلى أن يُغلق الاستطلاع.
decision-state-button = تسجيل موقفي
decision-open-call = فتح استطلاع توافق الآراء
decision-open-call-hint = يمكن للأعضاء إعلان مواقفهم حتى نهاية اليوم الذي تختاره.
decision-deadline-day = آخر يوم في الاستطلاع
decision-open-call-button = فتح الاستطلاع
decision-close = تسجيل الاستنتاج
decision-call-rationale = الأسباب
decision-early-reason = سبب الإغلاق قبل الموعد النهائي
decision-early-reason-hint = يظل الاستطلاع مفتوحًا حتى موعده النهائي؛ ولإغلاقه قبل ذلك، اذكر السبب (مثلًا: أعلن كل عضو موقفه).
decision-close-button = إغلاق الاستطلاع والتسجيل
decision-error-title = أعطِ المقترح عنوانًا لا يتجاوز 200 حرف.
decision-error-proposal = اكتب المقترح (20000 حرف كحد أقصى).
decision-error-deadline = اختر موعدًا نهائيًا في تاريخ اليوم أو بعده.
decision-error-not-in-discussion = فُتح الاستطلاع بالفعل.
decision-error-not-open = استطلاع توافق الآراء غير مفتوح: لا يمكن إعلان المواقف إلا ما دام مفتوحًا.
decision-error-position = اختر موقفًا.
decision-error-block-reason = يجب أن يكون الاعتراض المانع مسبَّبًا: اذكر ما يتعين على المجموعة تغييره لكي تسحبه.
decision-error-concern-reason = يجب أن يكون التحفظ مسبَّبًا: اذكر ما يقلقك.
decision-error-reason-long = يجب ألا يتجاوز السبب 5000 حرف.
decision-error-determination = اختر الاستنتاج.
decision-error-rationale = اكتب أسباب الاستنتاج.
decision-error-early = يظل الاستطلاع مفتوحًا حتى موعده النهائي. ولإغلاقه قبل ذلك، اذكر السبب.
decision-status-discussion = قيد المناقشة
decision-status-open = استطلاع توافق الآراء مفتوح
decision-status-closed = مغلق
determination-consensus = توافق الآراء
determination-rough-consensus = توافق تقريبي في الآراء
determination-no-consensus = لا يوجد توافق في الآراء
position-support = تأييد
position-no-objection = عدم الاعتراض
position-concern = تحفظ
position-block = اعتراض مانع
position-support-hint = أوافق على المقترح.
position-no-objection-hint = يمكنني قبوله.
position-concern-hint = يمكنني قبوله، لكن لديّ ما يقلقني (اذكر ما هو).
position-block-hint = لا يمكنني قبوله بصيغته الحالية (اذكر السبب).
forbidden-group-members-only = لا يمكن القيام بذلك إلا لأعضاء المجموعة. انضم إلى المجموعة أولًا إن كانت مفتوحة لأعضاء جدد.
forbidden-group-closed-membership = لا تقبل هذه المجموعة انضمام الأعضاء من تلقاء أنفسهم: يدعوهم قادتها.
forbidden-spaces-queue-members-only = لا يحق طلب الكلمة في هذا الاجتماع إلا لأعضاء المجموعة.
group-invitation-title = دعوة للانضمام إلى مجموعة
group-invitation-login = سجّل الدخول بالحساب الذي أُرسلت إليه هذه الدعوة لتراها وترد عليها.
group-invitation-offer = يدعوك أحد قادة هذه المجموعة إلى الانضمام إليها.
group-invitation-group = المجموعة
group-invitation-listed = يُدرج أعضاء المجموعة المنشورة في صفحتها العامة بأسمائهم وفئات أصحاب المصلحة وبلدانهم، وتصلهم منشوراتها بالبريد.
group-invitation-accept = الانضمام إلى المجموعة
group-invitation-decline = رفض
group-invitation-gone = رابط الدعوة هذا ليس لهذا الحساب، أو سبق الرد عليه، أو انتهت صلاحيته.
group-invited-notice = إذا كان هذا العنوان لمشارك، فقد دُعي بالبريد؛ ويصبح عضوًا عندما يقبل.
mail-group-invitation-subject = دعوة للانضمام إلى مجموعة في { $forum }
mail-group-invitation-body =
    مرحبًا { $name }،

    يدعوك أحد قادة «{ $group }» إلى الانضمام بصفة { $role }. لن تصبح عضوًا إلا إذا قبلت:

    { $link }

    إن لم ترغب في الانضمام فتجاهل هذه الرسالة: تنتهي صلاحية الرابط خلال 14 يومًا.

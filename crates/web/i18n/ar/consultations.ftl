# المشاورات العامة: الاستبيانات، والتعليقات على مشاريع النصوص، والعبارات والتصويت، والمساهمات،
# والتوليف، والرسائل النموذجية، والإشراف، وخرائط الآراء.

consultations-title = المشاورات
consultations-intro = المشاورات العامة هي الوسيلة التي يستمع بها المنتدى إلى الجميع: أجب عن استبيان، أو علّق على مشروع نص فقرةً فقرة، أو عبّر عن موافقتك أو عدم موافقتك على عبارات قصيرة. وجميع المساهمات علنية ما لم تسمح المشاورة بتقديم مساهمات سرية.
consultations-new = فتح مشاورة
consultations-none = لم تُفتح أي مشاورة بعد.
consultation-title = العنوان
consultation-status = الحالة
consultation-dates = فترة المشاورة
consultation-submissions = المساهمات
consultation-comments = التعليقات
consultation-votes = الأصوات
consultation-status-upcoming = قادمة
consultation-status-open = مفتوحة
consultation-status-replies = مغلقة، ولا تزال الردود مقبولة
consultation-status-closed = مغلقة
consultation-status-synthesis-published = نُشر التقرير التوليفي
eligibility-anyone = يمكن لأي شخص أن يشارك
eligibility-registered = يمكن للمشاركين المسجلين أن يشاركوا
eligibility-verified = يمكن للمشاركين الذين أكّدوا عنوان بريدهم الإلكتروني أن يشاركوا
consultation-edit = تعديل المشاورة
consultation-description = الوصف
consultation-documents = الوثائق
consultation-documents-hint = روابط إلى الوثائق المطروحة للتشاور، بتنسيق Markdown: رابط واحد في كل سطر، مثل [مشروع النص (PDF)](https://…).
consultation-opens = تُفتح في
consultation-closes = تُغلق في نهاية يوم
consultation-replies-until = تُقبل الردود حتى نهاية يوم (اختياري)
consultation-replies-hint = بعد الإغلاق، يظل بالإمكان الرد على التعليقات حتى هذا التاريخ.
consultation-eligibility = من يمكنه المشاركة
consultation-languages = اللغات التي تُقبل بها المساهمات
consultation-allow-confidential = السماح بالمساهمات السرية (تُحتسب في التوليف ولا تُنشر أبدًا)
consultation-max-text = أقصى طول مقبول للنص (بالأحرف)
consultation-inquiry-days = عدد الأيام المتاحة للاستفسارات بعد نشر التقرير التوليفي
consultation-content-locked = سبق أن أجاب أشخاص أو علّقوا، ولذلك لم يعد من الممكن تغيير الاستبيان ومشروع النص.
consultation-questionnaire = الاستبيان
consultation-questionnaire-hint = سؤال واحد في كل كتلة، وتُفصل الكتل بسطر فارغ. ابدأ كل كتلة بنوعها: [text] أو [single] أو [multiple] أو [scale] (درجة الموافقة)؛ ويَذكر سؤالُ الاختيار خياراته في الأسطر التالية، ويبدأ كل منها بـ «- ».
consultation-draft = مشروع النص المطروح للتعليق
consultation-draft-hint = فقرات تفصل بينها أسطر فارغة؛ ويعلّق المشاركون على كل فقرة بالإشارة إلى رقمها.
consultation-seed-statements = العبارات المطروحة للتصويت
consultation-seed-statements-hint = عبارة قصيرة واحدة في كل سطر. يوافق المشاركون على كل عبارة أو لا يوافقون عليها أو يتخطونها، ويمكنهم إضافة عباراتهم الخاصة.
consultation-error-title = أعطِ المشاورة عنوانًا لا يتجاوز 200 حرف.
consultation-error-date = أدخل التاريخ بالصيغة YYYY-MM-DD.
consultation-error-order = يجب أن يكون إغلاق المشاورة بعد فتحها.
consultation-error-replies = يجب أن يستمر قبول الردود إلى ما بعد الإغلاق.
consultation-error-eligibility = اختر من يمكنه المشاركة.
consultation-error-max-text = أدخل طولًا يتراوح بين 100 و200000 حرف.
consultation-error-inquiry-days = أدخل عدد أيام يتراوح بين 0 و365.
consultation-error-question-unknown-kind = السؤال { $number }: يجب أن يكون النوع [text] أو [single] أو [multiple] أو [scale].
consultation-error-question-no-text = لا يتضمن السؤال { $number } أي نص.
consultation-error-question-too-few-choices = يحتاج السؤال { $number } إلى خيارين على الأقل، كل منهما في سطر مستقل يبدأ بـ «- ».
consultation-error-question-choices-not-allowed = يذكر السؤال { $number } خيارات، ولكن الخيارات لا تكون إلا في أسئلة [single] و[multiple].
consultation-closes-on = تُغلق في نهاية يوم { $date } (بالتوقيت العالمي المنسق UTC)
consultation-sections = عن هذه المشاورة
consultation-submissions-n = { $count ->
    [zero] لا توجد أي مساهمة
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $count } مساهمات
    [many] { $count } مساهمة
   *[other] عدد المساهمات: { $count }
}
consultation-your-submission = مساهمتك
consultation-submit = أرسل مساهمتك
consultation-see-your-submission = اطّلع على مساهمتك كما يراها الآخرون
consultation-as = تشارك بصفتك { $name }، مع مجموعة أصحاب المصلحة والبلد المذكورين في ملفك الشخصي.
consultation-on-behalf = باسم من تشارك
on-behalf-individual = باسمي الشخصي
on-behalf-organization = باسم منظمة
on-behalf-joint = مساهمة مشتركة مقدَّمة من عدة منظمات
consultation-organization-hint = المنظمة التي تتحدث باسمها، إن كنت تتحدث باسم منظمة.
consultation-endorsers = المنظمات المؤيدة (للمساهمات المشتركة)
consultation-endorsers-hint = منظمة واحدة في كل سطر: اسم المنظمة، ثم خط عمودي، ثم عنوان البريد الإلكتروني لجهة الاتصال فيها، مثل «Internet Society | policy@example.org». ويُطلب من كل منظمة بالبريد الإلكتروني أن تؤكد تأييدها؛ ولا يُعرض إلا التأييد المؤكَّد.
consultation-your-answer = إجابتك
consultation-comment-optional = هل لديك ما تضيفه؟ (اختياري)
consultation-your-input = مساهمتك
consultation-general-comment = تعليقات عامة
consultation-limit-hint = الحد الأقصى لعدد الأحرف: { $limit }.
consultation-confidential = أبقِ مساهمتي سرية: تُحتسب في التوليف ولكنها لا تُنشر.
consultation-public-notice = يُنشر اسمك ومنظمتك ومجموعة أصحاب المصلحة التي تنتمي إليها وبلدك ونصك على عنوان دائم، ما لم تطلب السرية. ويمكنك تعديل مساهمتك إلى حين إغلاق المشاورة.
consultation-send = إرسال
consultation-update = حفظ التغييرات
consultation-draft-intro = علّق على أي فقرة؛ والردود على التعليقات مرحَّب بها.
consultation-comments-n = { $count ->
    [zero] لا توجد أي تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] عدد التعليقات: { $count }
}
consultation-reply = رد
consultation-your-reply = ردك
consultation-send-reply = إرسال الرد
consultation-comment-on = التعليق على الفقرة { $number }
consultation-your-comment = تعليقك
consultation-send-comment = إرسال التعليق
consultation-statements = العبارات
consultation-statements-intro = بيّن ما إذا كنت توافق على كل عبارة، أو تخطَّها. وتجمع خريطة الآراء الأشخاص الذين يصوّتون بطريقة متشابهة، وتبيّن ما تتفق عليه جميع المجموعات.
consultation-statement-agree = موافقون: { $count }
consultation-statement-disagree = غير موافقين: { $count }
consultation-statement-pass = تخطَّوها: { $count }
vote-agree = أوافق
vote-disagree = لا أوافق
vote-pass = تخطٍّ
consultation-add-statement = إضافة عبارة
consultation-add-statement-hint = جملة قصيرة واحدة يمكن للآخرين أن يوافقوا عليها أو لا يوافقوا (400 حرف كحد أقصى).
consultation-send-statement = إضافة العبارة
consultation-refused-not-yet-open = تُفتح هذه المشاورة في { $date }: لا تُقبل المساهمات بعد.
consultation-refused-closed = أُغلقت هذه المشاورة في نهاية يوم { $date } (بالتوقيت العالمي المنسق UTC): لم تعد المساهمات مقبولة.
consultation-refused-too-long = عدد أحرف النص { $length }، والحد الأقصى هو { $limit }.
consultation-refused-empty = اكتب شيئًا، أو أجب عن سؤال واحد على الأقل.
consultation-refused-unknown-choice = أحد الخيارات ليس من بين خيارات السؤال.
consultation-refused-one-choice-only = اختر إجابة واحدة فقط عن هذا السؤال.
consultation-refused-login = سجّل الدخول للمشاركة في هذه المشاورة.
consultation-refused-unverified = أكّد عنوان بريدك الإلكتروني للمشاركة في هذه المشاورة.
consultation-error-name = أدخل اسمك (120 حرفًا كحد أقصى).
consultation-error-group = اختر مجموعة أصحاب المصلحة التي تنتمي إليها.
consultation-error-country = اختر بلدك أو منطقتك.
consultation-error-organization = أدخل اسم المنظمة التي تتحدث باسمها.
consultation-error-endorsers = المنظمات المؤيدة، السطر { $line }: اكتب اسم المنظمة، ثم خطًا عموديًا، ثم عنوان بريد إلكتروني صالحًا.
consultation-error-endorsers-many = الحد الأقصى لعدد المنظمات التي يمكن دعوتها إلى مساهمة مشتركة هو { $max }.
consultation-error-repeat = سبق أن ورد النص نفسه اليوم من شبكتك؛ ولا يُحتسب مرتين.
agreement-strongly-disagree = لا أوافق إطلاقًا
agreement-disagree = لا أوافق
agreement-neutral = لا أوافق ولا أعارض
agreement-agree = أوافق
agreement-strongly-agree = أوافق بشدة
development-status-developing = بلد نامٍ (أقل البلدان نموا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية)

submission-title = المساهمة { $number }
submission-confidential = هذه المساهمة سرية: تُحتسب في التوليف، ولكن لا يُنشر اسم صاحبها ولا نصها.
submission-confidential-short = سرية
submission-from = المقدِّم
submission-received = تاريخ الورود
submission-updated = عُدِّلت في { $date }
submission-endorsed-by = المنظمات المؤيدة
submission-endorsements-pending = { $count ->
    [zero] لا توجد أي منظمة مدعوة لم تؤكد تأييدها بعد.
    [one] لم تؤكد منظمة مدعوة واحدة تأييدها بعد.
    [two] لم تؤكد منظمتان مدعوتان تأييدهما بعد.
    [few] لم تؤكد { $count } منظمات مدعوة تأييدها بعد.
    [many] لم تؤكد { $count } منظمة مدعوة تأييدها بعد.
   *[other] عدد المنظمات المدعوة التي لم تؤكد تأييدها بعد: { $count }.
}
submission-how-used = كيف استُخدمت هذه المساهمة في التوليف
submission-edit = تعديل مساهمتك
submission-excerpt = النص
submissions-confidential-n = المساهمات السرية: { $count } (محتسبة، وغير معروضة)
submissions-hidden-n = المساهمات التي أخفاها المشرفون: { $count } (محتسبة، ومدرجة في القائمة)
endorsement-title = تأكيد التأييد
endorsement-intro = طُلب منك أن تؤكد أن { $organization } تؤيد هذه المساهمة المشتركة.
endorsement-confirm = تأكيد التأييد
endorsement-done = تم تأكيد التأييد، وهو معروض على المساهمة.
mail-endorsement-subject = يرجى تأكيد تأييد مساهمة في المشاورة «{ $consultation }»
mail-endorsement-body = أدرج { $lead } اسم { $organization } ضمن المنظمات المؤيدة لمساهمته المشتركة في المشاورة «{ $consultation }». للتأكيد، افتح { $link } واضغط على الزر. وإذا لم تكن على علم بهذا الطلب، فتجاهل هذه الرسالة: لن يُعرض أي شيء ما لم تؤكد.

synthesis-title = التوليف
synthesis-report = التقرير التوليفي
synthesis-not-yet = لم يُنشر التقرير التوليفي بعد. والأعداد الواردة أدناه محدَّثة أولًا بأول.
synthesis-draft-notice = مسودة: لا تطّلع على هذا النص إلا الأمانة إلى أن يُنشر.
synthesis-published-on = نُشر في { $date }
synthesis-citations = المساهمات المستشهد بها
synthesis-write = كتابة التوليف
synthesis-save-draft = حفظ كمسودة
synthesis-publish = نشر
synthesis-error-empty = اكتب التوليف قبل نشره.
synthesis-cite = الاستشهاد بمساهمة
synthesis-cite-submission = رقم المساهمة
synthesis-cite-used = كيف استُخدمت في التوليف (اتركه فارغًا لإزالة الاستشهاد)
synthesis-cite-save = حفظ الاستشهاد
synthesis-error-citation = لا توجد مساهمة برقم { $number } في هذه المشاورة.
synthesis-counts = من شارك
synthesis-by-group = المساهمات حسب مجموعة أصحاب المصلحة
synthesis-by-region = المساهمات حسب المجموعة الإقليمية للأمم المتحدة والمساهمات الواردة من البلدان النامية
synthesis-input = المساهمات
synthesis-total = المجموع
synthesis-all-submissions = جميع المساهمات
synthesis-paragraph = التعليقات على الفقرة { $number }
synthesis-chart-description = الإجابات عن سؤال اختيار؛ عدد المساهمات التي أجابت عنه: { $total }.
synthesis-choice = الخيار
synthesis-count = العدد
synthesis-inquiries = الاستفسارات
synthesis-inquiry-window = تُقبل الأسئلة المتعلقة بالتوليف حتى نهاية يوم { $date }.
synthesis-no-inquiries = لا توجد استفسارات حتى الآن.
synthesis-inquiry = سؤالك عن التوليف
synthesis-inquiry-send = إرسال الاستفسار
synthesis-inquiry-not-published = يبدأ تلقي الاستفسارات عند نشر التوليف.
synthesis-inquiry-closed = أُغلق باب الاستفسارات في نهاية يوم { $date }.
synthesis-inquiry-too-long = الحد الأقصى لعدد أحرف الاستفسار: { $limit }.

form-letters-title = الرسائل النموذجية والحملات
form-letters-intro = النصوص المرسلة مرات عديدة، متطابقةً أو شبه متطابقة (تُقارن مقاطع الكلمات المتتالية بطريقة MinHash مع التجزئة الحساسة للموقع)، تُعرض مرة واحدة مع عددها الفعلي وبعض صيغها المختلفة. والحملة وسيلة مشروعة للتعبير، وتُحتسب على حقيقتها.
form-letters-clusters = عدد الحملات: { $count }
form-letters-in-clusters = عدد المساهمات المنتمية إلى حملة: { $count }
form-letters-copies = عدد نسخ النص نفسه: { $count }
form-letters-exact = النسخ المتطابقة: { $count }
form-letters-similarity = متوسط التشابه: { $value }%
form-letters-withheld = النسخة الأولى سرية أو مخفية؛ ولا يُعرض نصها.
form-letters-variants = الصيغ المختلفة
form-letters-junk = مساهمات قصيرة جدًا أو فارغة
form-letters-bursts = دفعات من شبكة واحدة
form-letters-burst = عدد المساهمات الواردة من شبكة واحدة في غضون دقائق: { $count }
junk-no-letters = لا توجد أحرف
junk-too-short = قصيرة جدًا
junk-too-few-letters = عدد الأحرف قليل جدًا
junk-repetitive = الكلمات نفسها مكررة

moderation-title = الإشراف
moderation-intro = أخفِ أي مساهمة تخالف القواعد مع ذكر السبب: تظل محتسبة ومدرجة في القائمة بوصفها مخفية، ويظهر السبب في مكانها.
moderation-hidden-because = أخفاها المشرفون: { $reason }
moderation-reason = سبب الإخفاء
moderation-hide = إخفاء
moderation-show = إظهار من جديد

opinion-map-title = خريطة الآراء
opinion-intro = يوضع الأشخاص الذين يصوّتون بطريقة متشابهة على العبارات بالقرب من بعضهم بعضًا ويُجمعون في مجموعات؛ وتُعرض لكل مجموعة العبارات التي تميّزها، والعبارات التي تتفق عليها جميع المجموعات.
opinion-compute = حساب الخريطة من الأصوات الحالية
opinion-none = لم تُحسب أي خريطة آراء بعد.
opinion-computed = حُسبت في { $date }
opinion-placed = عدد الأشخاص الموضوعين على الخريطة: { $count }
opinion-votes = عدد الأصوات: { $count }
opinion-silhouette = درجة الفصل (معامل الصورة الظلية): { $value }
opinion-map-description = تمثل كل علامة شخصًا وُضع حسب أصواته؛ ويبيّن شكلها المجموعة التي ينتمي إليها من بين مجموعات الآراء البالغ عددها { $groups }. وتعرض الجداول أدناه المعلومات نفسها.
opinion-groups = مجموعات الآراء
opinion-group = المجموعة { $name }
opinion-group-size = عدد الأشخاص: { $count }
opinion-shape-circle = دوائر
opinion-shape-square = مربعات
opinion-shape-triangle = مثلثات
opinion-shape-diamond = معينات
opinion-shape-cross = علامات تقاطع
opinion-shape-star = نجوم
opinion-no-representative = لا توجد عبارة تميّز هذه المجموعة بوضوح.
opinion-representative-of = ما يميّز المجموعة { $name }
opinion-statement = العبارة
opinion-direction = موقف أغلبية المجموعة
opinion-direction-agree = موافقة
opinion-direction-disagree = عدم موافقة
opinion-in-group = داخل المجموعة
opinion-out-group = جميع الآخرين
opinion-consensus = ما تتفق عليه جميع مجموعات الآراء
opinion-consensus-hint = العبارات التي توافق عليها أغلبية كل مجموعة من مجموعات الآراء.
opinion-no-consensus = لا توجد عبارة تحظى بموافقة جميع مجموعات الآراء.
opinion-min-agree = نسبة الموافقة لا تقل عن { $value }% في كل مجموعة
opinion-multistakeholder = توافق الآراء بين أصحاب المصلحة المتعددين
opinion-multistakeholder-hint = لا تحظى العبارة بتوافق الآراء بين أصحاب المصلحة المتعددين إلا إذا وافقت عليها بنسبة تتجاوز العتبة كلُّ مجموعة من مجموعات أصحاب المصلحة التي سُمع صوتها (أي التي أدلى عدد كافٍ من مشاركيها المسجلين بأصواتهم).
opinion-no-groups = لا توجد بعد أصوات من مشاركين مسجلين حدّدوا مجموعة أصحاب المصلحة التي ينتمون إليها.
opinion-verdict = النتيجة
opinion-by-group = الموافقة حسب مجموعة أصحاب المصلحة
opinion-ms-yes = يوجد توافق في الآراء
opinion-ms-no = لا يوجد توافق في الآراء
opinion-not-heard = لم يُسمع صوتها
opinion-reason-consensus = توافق جميع مجموعات أصحاب المصلحة التي سُمع صوتها، وعددها { $groups }.
opinion-reason-group-below-threshold = { $group }: نسبة الموافقة { $share }% فقط (والعتبة هي { $threshold }%).
opinion-reason-too-few-groups = عدد مجموعات أصحاب المصلحة التي سُمع صوتها { $heard } فقط، ويلزم ألا يقل العدد عن { $minimum }.
consultation-general-on-draft = إرسال تعليق عام على النص بأكمله
consultation-editing = أنت تعدّل المساهمة التي أرسلتها دون حساب.
submission-edit-link = احتفظ بهذا الرابط الخاص: فهو يتيح لك تعديل مساهمتك حتى إغلاق المشاورة. ويستطيع أي شخص يملكه تعديلها.

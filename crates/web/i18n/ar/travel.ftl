## دعم السفر (المنح)
travel-title = دعم السفر
travel-intro = يموّل المنتدى سفر أشخاص من البلدان النامية يسهمون في الاجتماع: تذكرة الطيران وبدل الإقامة اليومي وتكاليف التأشيرة، كلها أو بعضها. قدّم طلبك هنا؛ ويؤكد شخص يعرف عملك توصيته من رابط نرسله إليه؛ ثم يقيّم المقيّمون الطلبات وتنشر الأمانة الاختيار في حدود الميزانية.
travel-dates = الطلبات
travel-no-dates = لم تُحدَّد مواعيد الدعوة بعد.
travel-budget = الميزانية
travel-usd = { $total } دولار أمريكي
travel-max-request = الحد الأقصى للطلب
travel-report-due = موعد تقديم التقرير
travel-eligibility = من يحق له التقدم
travel-rule-country-explained = الأشخاص من أقل البلدان نموًا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية (قوائم الأمم المتحدة).
travel-listed-economies = تقبل هذه الدعوة أيضًا:
travel-rule-contribution-explained = الأشخاص ذوو المساهمة الفعلية: متحدث في جلسة أو منظم لها، أو عضو في الفريق الاستشاري المتعدد أصحاب المصلحة أو في منتدى وطني أو إقليمي لحوكمة الإنترنت.
travel-rule-recommendation-explained = توصية يؤكدها صاحبها من الرابط الذي نرسله إليه.
travel-rule-previous-report-explained = على كل من حصل على تمويل من قبل أن يكون قد قدّم تقرير تلك الرحلة.
travel-manage-title = دعم السفر: الأمانة
travel-evaluate-title = دعم السفر: التقييم
travel-mine = طلبك
travel-status = الحالة
travel-status-draft = مسودة لم تُقدَّم
travel-status-submitted = مقدَّم
travel-status-eligible = مستوفٍ للشروط
travel-status-ineligible = غير مستوفٍ للشروط
travel-decision-funded = مموَّل
travel-decision-not-funded = غير مموَّل
travel-contribution = مساهمتك
travel-contribution-hint = اختر الأنسب؛ يتحقق المنتدى منها في بياناته حين يستطيع.
travel-contribution-speaker = متحدث
travel-contribution-organizer = منظم جلسة
travel-contribution-mag = عضو في الفريق الاستشاري
travel-contribution-nri = دور في منتدى وطني أو إقليمي لحوكمة الإنترنت
travel-contribution-verified = تُثبتها بيانات المنتدى
travel-contribution-declared = مُعلَنة (غير موجودة في بيانات المنتدى)
travel-contribution-detail = تفاصيل مساهمتك (الجلسة، المنتدى الوطني)
travel-request = طلبك
travel-request-hint = المبالغ بالدولار الأمريكي من دون كسور؛ اترك 0 لما لا تحتاج إليه.
travel-request-summary = { $total } دولار: التذكرة { $value }، البدل اليومي { $n }، التأشيرة { $count }
travel-ticket = تذكرة الطيران (بالدولار)
travel-per-diem = البدل اليومي (بالدولار)
travel-visa = تكاليف التأشيرة (بالدولار)
travel-motivation = لماذا تتقدم بالطلب
travel-recommendation = التوصية
travel-recommendation-hint = نرسل إلى هذا الشخص رابطًا لتأكيد توصيته. يمكنك تقديم الطلب بعد أن يفعل.
travel-recommender-name = اسم صاحب التوصية
travel-recommender-email = البريد الإلكتروني لصاحب التوصية
travel-recommendation-confirmed = مؤكَّدة
travel-recommendation-waiting = في انتظار التأكيد
travel-report = تقريرك
travel-report-hint = ما قمت به في الاجتماع وما تعود به إلى بلدك. لا ينشر المنتدى عن المموَّلين إلا مجاميع.
travel-report-file = تقديم التقرير
travel-report-filed = قُدِّم
travel-submit = تقديم الطلب
travel-submit-hint = لا يمكن تعديل الطلب بعد تقديمه.
travel-sign-in = سجّل الدخول لطلب دعم السفر.
travel-apply = التقدم بطلب
travel-update = تعديل مسودتك
travel-save = حفظ المسودة
travel-closed = الدعوة لدعم السفر غير مفتوحة.
travel-statistics = من تقدّم ومن حصل على التمويل
travel-applied-count = عدد الطلبات المقدَّمة: { $total }.
travel-funded-count = عدد المموَّلين: { $total }.
travel-statistics-note = أعداد فقط: لا شيء في هذه الصفحة يخص شخصًا بعينه.
travel-applied = المتقدمون
travel-funded = المموَّلون
travel-statistics-json = هذه الأعداد بصيغة JSON
## القواعد، وكل منها يُسمّى عند الرفض
travel-rule-open = الدعوة لدعم السفر غير مفتوحة.
travel-rule-country = { $country } ليس على قوائم الأمم المتحدة لأقل البلدان نموًا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية، ولا بين الاقتصادات التي تقبلها هذه الدعوة.
travel-rule-contribution = اذكر مساهمة فعلية: متحدث أو منظم أو عضو في الفريق الاستشاري أو دور في منتدى وطني أو إقليمي.
travel-rule-recommendation = لم تُؤكَّد توصيتك بعد: على صاحب التوصية أن يؤكدها من الرابط الذي أرسلناه إليه.
travel-rule-request = اطلب على الأقل التذكرة أو البدل اليومي أو تكاليف التأشيرة، وبما لا يتجاوز { $max } دولار في المجموع.
travel-rule-previous-report = لم يُقدَّم تقرير رحلة سابقة مموَّلة.
travel-rule-open-short = الدعوة مغلقة
travel-rule-country-short = البلد غير مؤهل
travel-rule-contribution-short = لا مساهمة
travel-rule-recommendation-short = التوصية غير مؤكَّدة
travel-rule-request-short = الطلب فارغ أو كبير جدًا
travel-rule-previous-report-short = التقرير السابق مفقود
travel-error-contribution = اختر مساهمتك.
travel-error-ticket-usd = يجب أن تكون التذكرة عددًا صحيحًا من الدولارات.
travel-error-per-diem-usd = يجب أن يكون البدل اليومي عددًا صحيحًا من الدولارات.
travel-error-visa-usd = يجب أن تكون تكاليف التأشيرة عددًا صحيحًا من الدولارات.
travel-error-recommender-name = اذكر اسم صاحب التوصية.
travel-error-recommender-email = اذكر البريد الإلكتروني لصاحب التوصية (لا بريدك أنت).
travel-error-motivation = الدافع أو التفاصيل أطول من اللازم.
travel-error-letter = اكتب بضعة أسطر للتوصية (5000 حرف على الأكثر).
travel-error-report = اكتب تقريرك (20000 حرف على الأكثر).
travel-error-submitted = قُدِّم هذا الطلب ولم يعد تعديله ممكنًا.
travel-error-score = اختر درجة من السلّم.
travel-error-not-assigned = هذا الطلب غير مسند إليك.
travel-error-nothing-staged = أعدّ اختيارًا قبل نشره.
travel-error-published = الاختيار منشور بالفعل.
travel-error-over-budget = يتجاوز هذا الاختيار الميزانية بمقدار { $total } دولار.
travel-error-not-funded = لا يقدّم التقرير إلا المموَّلون، بعد نشر الاختيار.
travel-error-date = أحد التواريخ غير صالح (YYYY-MM-DD).
travel-error-number = يجب أن يكون كل مبلغ وكل عدد من النقاط عددًا صحيحًا.
travel-error-dates = يجب أن تُغلق الدعوة بعد فتحها.
travel-error-evaluators = اختر من 1 إلى 10 مقيّمين لكل طلب.
travel-error-economies = أحد الاقتصادات المقبولة ليس رمز بلد ISO معروفًا.
travel-error-confirm = ضع علامة في المربع لتأكيد النشر: فهو يبتّ في كل طلب ويراسل كل متقدم.
## صفحة صاحب التوصية
travel-recommendation-title = تأكيد توصية
travel-recommendation-intro = يطلب { $name } دعم السفر إلى { $title } ويذكرك صاحبًا للتوصية. إن كنت توصي به، فاكتب بضعة أسطر وأكّد.
travel-applicant = المتقدم
travel-recommendation-letter = توصيتك
travel-recommendation-letter-hint = ما تعرفه عن عمله ولماذا يهم حضوره. يقرؤها المقيّمون.
travel-recommendation-confirm = تأكيد التوصية
travel-recommendation-thanks = شكرًا: توصيتك مؤكَّدة. لا يزال بإمكانك تعديل نصها هنا.
## المقيّمون
travel-evaluate-intro = الطلبات المسندة إليك، دون تضارب: لا شيء من منظمتك، ولا من بلدك حين تنص الدعوة على ذلك.
travel-evaluate-empty = لا طلب مسندًا إليك.
travel-score = الدرجة
travel-comment = تعليق (للأمانة)
travel-score-save = حفظ الدرجة
## الأمانة
travel-settings = إعدادات الدعوة
travel-setting-opens = تُفتح في
travel-setting-closes = تُغلق في (آخر يوم)
travel-setting-report-due = موعد التقارير
travel-setting-budget-usd = الميزانية (بالدولار)
travel-setting-max-request-usd = الحد الأقصى للطلب (بالدولار)
travel-setting-first-timer-points = أولوية المشاركين لأول مرة (نقاط)
travel-setting-partial-request-points = أولوية الطلبات الجزئية (نقاط)
travel-setting-gender-balance-points = أولوية التوازن بين الجنسين (نقاط)
travel-setting-region-balance-points = أولوية التوازن بين المناطق (نقاط)
travel-setting-evaluators-per-application = عدد المقيّمين لكل طلب
travel-setting-listed-economies = الاقتصادات المقبولة
travel-setting-listed-economies-hint = رموز ISO تفصل بينها مسافات (KE GH)، مؤهلة إضافةً إلى قوائم الأمم المتحدة.
travel-setting-exclude-same-country = لا يقيّم المقيّمون متقدمين من بلدهم
travel-settings-save = حفظ الإعدادات
travel-applications = الطلبات
travel-applications-empty = لم يُقدَّم أي طلب بعد.
travel-screen = الفرز وفق القواعد
travel-assign = إسناد المقيّمين
travel-scores = الدرجات
travel-merit = الجدارة (0–100)
travel-suggested = مختار
travel-yes = نعم
travel-staged = مُعدّ
travel-selection = الاختيار
travel-budget-buys = تموّل الميزانية البالغة { $value } دولار { $count } طلبًا بمبلغ { $total } دولار. وبزيادة 10% تموّل { $n }.
travel-optimal = الاختيار أمثل: درجته ({ $value }) هي أفضل ما يبلغه أي اختيار في حدود الميزانية، وقد أثبت ذلك حلّال دقيق؛ ولا يمكن لأي اختيار أن يتجاوز { $max }. مجموع المبالغ المطلوبة { $total } دولار.
travel-priorities = ما تكلّفه كل أولوية
travel-priority = الأولوية
travel-points = النقاط
travel-funded-with = المموَّلون بفضلها أو معها
travel-brings-in = تُدخل
travel-leaves-out = تُخرج
travel-cost = الكلفة (نقاط)
travel-cost-note = الكلفة هي ما يتنازل عنه الاختيار من الجدارة ومن الأولويات الأخرى لأجل هذه الأولوية: الاختيار من دونها مقارنًا بهذا الاختيار.
travel-priority-first-timer = المشاركون لأول مرة
travel-priority-partial-request = الطلبات الجزئية
travel-priority-gender-balance = التوازن بين الجنسين
travel-priority-region-balance = التوازن بين المناطق
travel-stage = إعداد الاختيار الأمثل مسودةً
travel-staged-summary = مسودة: { $count } طلبًا بمبلغ { $total } دولار، في حدود الميزانية البالغة { $value } دولار.
travel-publish-confirm = راجعت المسودة: انشرها وأرسل إلى كل متقدم قراره.
travel-publish = نشر الاختيار
travel-published = نُشر الاختيار؛ وتلقى كل متقدم قراره بالبريد.
travel-overdue = التقارير المتأخرة
travel-overdue-none = لا تقارير متأخرة.
forbidden-conflict-same-country = هذا المتقدم من بلدك: لا يمكنك تقييم طلبه.
## البريد
mail-travel-recommendation-subject = يطلب منك { $name } توصية: دعم السفر إلى { $title }
mail-travel-recommendation-body =
    يطلب { $name } دعم السفر إلى { $title } ويذكرك صاحبًا للتوصية.

    إن كنت توصي به، فافتح هذا الرابط واكتب بضعة أسطر وأكّد:
    { $link }

    إن كنت لا تعرفه، فتجاهل هذه الرسالة.
mail-travel-recommended-subject = توصيتك مؤكَّدة: { $title }
mail-travel-recommended-body =
    أكّد { $name } توصيتك. يمكنك الآن تقديم طلبك:
    { $link }
mail-travel-funded-subject = دعم السفر إلى { $title }: مموَّل
mail-travel-funded-body =
    عزيزي/عزيزتي { $name }،

    طلبك لدعم السفر إلى { $title } مموَّل: { $total } دولار.
    بعد الاجتماع، قدّم تقريرك قبل { $date }:
    { $link }
mail-travel-not-funded-subject = دعم السفر إلى { $title }: غير مموَّل
mail-travel-not-funded-body =
    عزيزي/عزيزتي { $name }،

    نأسف: لم تسمح الميزانية بتمويل طلبك لدعم السفر إلى { $title }.
    إحصاءات الدعوة هنا:
    { $link }

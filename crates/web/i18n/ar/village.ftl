# قرية منتدى حوكمة الإنترنت: طلبات الأجنحة، والاختيار، ومخطط القاعة، وتخصيص الأجنحة.
village-title = القرية
village-intro = القرية هي فضاء المعرض في الاجتماع، حيث تعرض المنظمات عملها في جناح. قدّم طلب جناح أدناه؛ وتختار الأمانة العارضين، وتراسل كل متقدم بقرارها، وتخصص الأجنحة على المخطط.
village-manage-title = القرية: الاختيار والأجنحة
village-plan = مخطط القاعة
village-plan-title = مخطط القرية، { $title }
village-plan-summary = { $count } جناحًا في شبكة من { $total } خانة، خُصص منها { $n }. وتلي المخطط قائمة العارضين بأرقام أجنحتهم.
village-plan-legend = المربعات المرقمة أجنحة: الداكنة مخصصة والفاتحة شاغرة؛ والمربعات الرمادية بلا رقم لا يمكن استخدامها.
village-exhibitors = العارضون
village-exhibitors-none = لم يُعلن عن العارضين بعد.
village-booth = الجناح { $number }
village-booth-label = الجناح
village-mine = طلبك
village-status = الحالة
village-status-submitted = مقدَّم، بانتظار الاختيار
village-status-selected = مقبول
village-status-declined = غير مقبول
village-sign-in = سجّل الدخول لطلب جناح
village-apply = طلب جناح
village-update = تعديل طلبي
village-description = ما سيجده الزوار في الجناح
village-description-hint = من 20 إلى 2000 حرف: عملكم، وما ستعرضونه، ومن ينبغي أن يزوركم.
village-needs = احتياجات الجناح
village-need-power = مقابس كهرباء
village-need-screen = شاشة
village-need-wired-internet = اتصال سلكي بالإنترنت
village-need-furniture = طاولة وكراسٍ
village-need-storage = خزانة تُقفل
village-need-step-free = مدخل بلا درج للعارضين
village-closed = باب الطلبات مغلق: انتهى الاجتماع أو لم تُحدد مواعيده بعد.
village-error-organization = اكتب اسم المنظمة (200 حرف على الأكثر).
village-error-stakeholder-group = اختر فئة أصحاب المصلحة التي تنتمي إليها المنظمة.
village-error-description = صِف الجناح في 20 إلى 2000 حرف.
village-error-needs = اختر الاحتياجات من القائمة.
village-decided = صدر قرار في هذا الطلب ولم يعد تعديله ممكنًا.
village-rows = الصفوف
village-columns = الأعمدة
village-unusable-label = الخانات التي لا يمكن استخدامها
village-unusable-hint = أرقامها، معدودة صفًا صفًا من الزاوية العليا اليسرى، مفصولة بفواصل؛ وتُقبل النطاقات مثل 12-14.
village-plan-save = حفظ المخطط
village-plan-numbers = اكتب عدد الصفوف والأعمدة بالأرقام، والخانات غير الصالحة أرقامًا أو نطاقات.
village-plan-size = للمخطط من 1 إلى { $max } صفًا ومن 1 إلى { $max } عمودًا.
village-not-on-plan = الخانة { $number } ليست على المخطط، وآخر خاناته { $max }.
village-plan-allocated = الجناح { $number } مخصص: أخرج العارض منه قبل تغيير المخطط على هذا النحو.
village-selection = الاختيار
village-staged = مُعدّ ولم يُنشر بعد: { $count } مقبول، و{ $n } غير مقبول. لا يُرسل شيء ولا يُعلن قبل النشر.
village-publish = نشر القرارات المُعدّة ومراسلة كل متقدم
village-free-booths = عدد الأجنحة الصالحة الشاغرة: { $count }.
village-fill-in = منح الأجنحة الشاغرة بالترتيب للعارضين المقبولين الذين لا جناح لهم
village-applications-none = لا طلبات بعد.
village-staged-selected = قبول
village-staged-declined = عدم القبول
village-applicant = المتقدم
village-decision = القرار
village-undecided = بلا قرار
village-stage = إعداد
village-allocate = تخصيص
village-not-selected = لا يُمنح جناح إلا لعارض مقبول.
village-unusable = لا يمكن استخدام الخانة { $number } جناحًا.
village-taken = الجناح { $number } مخصص بالفعل لـ { $organization }.
mail-village-selected-subject = جناحك في قرية { $title }
mail-village-selected-body =
    عزيزي/عزيزتي { $name }،

    قُبلت { $organization } للعرض في قرية { $title }. سيظهر رقم جناحكم على صفحة القرية بعد تخصيص المخطط:

    { $link }
mail-village-declined-subject = طلبك للمشاركة في قرية { $title }
mail-village-declined-body =
    عزيزي/عزيزتي { $name }،

    شكرًا على طلبك. عدد أجنحة قرية { $title } أقل من عدد الطلبات، ولم تُقبل { $organization } هذا العام.

    { $link }

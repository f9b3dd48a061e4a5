nav-translations = الترجمات
role-translator = مترجم
translations-title = الترجمات
translations-intro = تُكتب نصوص المنتدى بلغة واحدة ويترجمها متطوعون. هنا ما طلبت الأمانة ترجمته، ومن يعمل عليه، ومدى تقدم كل ترجمة. يحجز المترجمون نصًا ولغة، ويترجمونه فقرة فقرة والنص الأصلي بجانبه، ثم يوافق عليه مراجع.
translations-none = لا يوجد ما ينتظر الترجمة.
translations-queue = نصوص للترجمة
translations-of = الترجمات
translations-none-for-text = لم تُطلب أي ترجمة لهذا النص بعد.
translation-text = النص
translation-from = مكتوب باللغة
translation-into = الترجمة إلى
translation-holder = المترجم
translation-progress = التقدم
translation-unclaimed = لا أحد بعد: يمكن لأي مترجم حجزها
translation-read-original = قراءة النص الأصلي
translation-written-in = مكتوب باللغة { $language }
translation-request = طلب ترجمات
translation-request-languages = الترجمة إلى
translation-read = قراءة هذه الترجمة
translation-not-requested = غير مطلوبة
translation-claim = حجز هذه الترجمة
translation-approve-hint = { $count ->
    [one] فقرة واحدة تنتظر المراجعة.
   *[other] { $count } فقرات تنتظر المراجعة.
}
translation-approve = الموافقة على الفقرات المقدمة
translation-side-by-side = النص الأصلي والترجمة جنبًا إلى جنب
translation-unit = الجزء
translation-unit-title = العنوان
translation-unit-n = الفقرة { $n }
translation-your-text = ترجمتك
translation-save-draft = حفظ كمسودة
translation-submit = تقديم للمراجعة
translation-status-missing = لم تُترجم بعد
translation-outdated = قديمة: تغيّر النص الأصلي منذ ذلك الحين
translation-status-draft = مسودة
translation-status-submitted = في انتظار المراجعة
translation-status-approved = معتمدة
translation-percent = تُرجم { $n } ٪
translation-approved-of = { $count } من { $total } معتمدة
translation-outdated-n = { $count ->
    [one] واحدة قديمة
   *[other] { $count } قديمة
}
translation-detect = اكتشاف اللغة من النص
translation-language = لغة النص
translation-detected = يبدو أن النص مكتوب باللغة { $language }: تحقق من اللغة أدناه.
translation-shown = أنت تقرأ الترجمة المعتمدة إلى { $language }.
translation-read-in = قراءة النص الأصلي باللغة { $language }
translation-outdated-note = ترجمة هذه الفقرة قديمة: تغيّر النص الأصلي منذ ذلك الحين. هذا هو النص الأصلي.
translation-untranslated-note = لم تُترجم هذه الفقرة بعد. هذا هو النص الأصلي.
translation-missing = هذا النص مكتوب باللغة { $language }؛ لا توجد بعد ترجمة معتمدة إلى { $name }.
translation-other-languages = متاح أيضًا باللغة
translation-refused-language = «{ $language }» ليست من لغات المنتدى (en، fr، es، ar، ru، zh).
translation-refused-same-language = لا يُترجم النص إلى اللغة المكتوب بها.
translation-refused-paragraph = الفقرة { $n } لم تعد موجودة: عُدّل النص الأصلي وأصبح يضم { $count } أجزاء (مع العنوان). أعد تحميل الصفحة لترجمة النص كما هو الآن.
translation-refused-claimed = سبق أن حجز { $name } هذه الترجمة.
translation-refused-not-requested = لم يطلب أحد هذه الترجمة بعد: تطلبها الأمانة أولًا.
translation-refused-not-holder = لا يغيّر هذه الترجمة إلا المترجم الذي حجزها. احجزها أولًا إن لم يكن أحد قد حجزها.
translation-refused-length = اكتب ترجمة هذا الجزء: بين 1 و{ $max } حرفًا.
translation-refused-own = يوافق المراجع على ترجمة شخص آخر، لا على ترجمته هو.
translation-refused-nothing-submitted = لم يُقدَّم شيء للمراجعة بعد.

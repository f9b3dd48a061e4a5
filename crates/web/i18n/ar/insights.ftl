# الخلاصات: بيانات مقتبسة من الأرشيف، والمواضيع، والقضايا الناشئة.
nav-insights = الخلاصات
insights-title = ما قاله المنتدى
insights-intro = كل جملة هنا مقتبسة حرفيًا من تقرير جلسة أو محضر أو رسالة، مع رابط إلى مصدرها. تُستخرج المواضيع بتجميع البيانات المتشابهة؛ ولا تكتب الآلة أي جملة.
insights-ask = اسأل عن موضوع
insights-ask-hint = مثلًا: الشبكات المجتمعية، تجزؤ الإنترنت، الذكاء الاصطناعي.
insights-ask-submit = اعرض ما قيل
insights-counts = عدد البيانات: { $count }، من { $total } تقريرًا ومحضرًا ورسالة.
insights-topics = المواضيع
insights-no-topics = لا توجد مواضيع بعد: تظهر عند نشر التقارير أو المحاضر أو الرسائل.
insights-statements = { $count ->
    [zero] لا بيانات
    [one] بيان واحد
    [two] بيانان
    [few] { $count } بيانات
    [many] { $count } بيانًا
   *[other] { $count } بيان
}
insights-emerging = القضايا الناشئة
insights-emerging-method = يكون الموضوع ناشئًا في سنة ما إذا كانت حصته من بيانات تلك السنة أعلى من حصته في كل السنوات السابقة، وفق اختبار z أحادي الجانب لنسبتين بقيمة p أقل من 0.05؛ ويقيس G² (نسبة الأرجحية) قوة الفرق.
insights-emerging-none = لا توجد سنة سابقة للمقارنة بعد.
insights-emerging-none-year = لم يزد أي موضوع زيادة ذات دلالة هذه السنة.
insights-topic = الموضوع
insights-share = الحصة هذه السنة
insights-share-before = الحصة في السنوات السابقة
insights-p-value = قيمة p
insights-search-link = ابحث في الأرشيف كله
insights-topic-title = الموضوع: { $title }
insights-briefing-title = ما قاله المنتدى عن { $query }
insights-briefing = ما قاله المنتدى عن
insights-about = عدد البيانات عن هذا الموضوع: { $count }.
insights-key-points = النقاط الرئيسية
insights-key-points-method = اختيرت لأهميتها وتنوعها (الصلة الحدية القصوى): كل نقطة تالية هي البيان الأكثر صلة والأقل شبهًا بالنقاط السابقة. مقتبسة حرفيًا؛ اتبع الرابط لقراءتها في مصدرها.
insights-excerpt = مقتطف: تستمر الجملة في مصدرها
insights-timeline = على مر السنين
insights-timeline-description = البيانات عن هذا الموضوع في كل سنة
insights-year = السنة
insights-statements-column = البيانات
insights-sources-column = المصادر
insights-by-group = حسب فئة أصحاب المصلحة
insights-group-unknown = غير معروف
insights-emerged-in = ناشئ في { $year }: { $share } من البيانات مقابل { $value } من قبل
insights-kind-takeaway = الاستنتاج الرئيسي { $position }
insights-kind-call = الدعوة إلى العمل { $position }
insights-kind-summary = الملخص، الفقرة { $position }
insights-kind-turn = المحضر، المداخلة { $position }
insights-kind-message = الرسالة، الفقرة { $position }
insights-recommendations = التوصيات المقدمة بشأنه
insights-recommendations-none = لا توجد في الأرشيف بعدُ أي توصية بشأن هذا الموضوع.
insights-message = بدء رسالة من هذه النقاط الرئيسية
insights-message-hint = مسودة رسالة في الدورة التي تختارها: كل نقطة رئيسية مقتبسة مع قائلها ومصدرها. ثم تحررها وتطرحها للتعليق كأي رسالة؛ لا يُنشر شيء الآن.
insights-message-title = عنوان الرسالة
insights-message-cycle = الدورة
insights-message-submit = بدء مسودة الرسالة
insights-message-error-title = أعطِ الرسالة عنوانًا من 1 إلى 200 حرف.

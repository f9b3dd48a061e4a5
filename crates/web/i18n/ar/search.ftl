# البحث: أرشيف واحد قابل للبحث لكل ما نشره المنتدى.

nav-search = بحث
search-title = البحث في الأرشيف
search-title-for = بحث: { $query }
search-query = الكلمات المطلوبة
search-query-hint = جميع الكلمات مطلوبة؛ استخدم "علامات الاقتباس" لعبارة، وOR لإحدى الكلمتين، وعلامة الطرح أو NOT لاستبعاد كلمة.
search-sort = الترتيب
search-sort-relevance = الأكثر تطابقًا أولًا
search-sort-date = الأحدث أولًا
search-submit = بحث
search-fallback = تعذّرت قراءة بحثك كما كُتب (علامة اقتباس غير مغلقة أو عامل منفرد؟)، لذا بُحث عن كلماته كما هي.
search-count = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
   *[other] { $count } نتيجة.
}
search-filters = تضييق النتائج
search-facet-kind = النوع
search-facet-year = السنة
search-facet-group = فئة أصحاب المصلحة
search-facet-region = المنطقة
search-facet-lang = اللغة
search-facet-theme = الموضوع
search-results = النتائج
search-none = لا شيء يطابق. جرّب كلمات أقل أو مختلفة، أو أزل مرشّحًا.
search-pages = صفحات النتائج
search-previous = الصفحة السابقة
search-next = الصفحة التالية
search-page-of = الصفحة { $n } من { $total }
search-kind-proposal = مقترح ورشة عمل
search-kind-session = جلسة
search-kind-report = تقرير جلسة
search-kind-transcript = محضر حرفي
search-kind-submission = مساهمة في مشاورة
search-kind-comment = تعليق على مشاورة
search-kind-message = رسالة
search-kind-recommendation = توصية
search-kind-group-document = وثيقة مجموعة
search-kind-post = مشاركة في نقاش مجموعة
search-kind-nri-report = تقرير مبادرة وطنية أو إقليمية
search-kind-group-report = تقرير مجموعة
search-trend = النتائج حسب السنة
search-trend-description = عدد عناصر الأرشيف المطابقة لـ «{ $query }» في كل سنة.
search-trend-count = النتائج
search-related = محتوى مشابه
search-facet-action_line = خط عمل القمة العالمية لمجتمع المعلومات
search-facet-sdg = هدف التنمية المستدامة
search-kind-consultation = مشاورة

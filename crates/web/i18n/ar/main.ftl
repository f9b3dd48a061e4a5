# Agora — الكتالوج العربي (مترجم عن الكتالوج الإنكليزي المرجعي).
# المفاتيح مجمّعة حسب الصفحة؛ ومصطلحات المفردات على شكل «<المفردات>-<الرمز>».

## التنقل والإطار
nav-skip = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-menu = القائمة
nav-languages = اللغات
nav-home = الصفحة الرئيسية
nav-participants = المشاركون
nav-organizations = المنظمات
nav-statistics = الإحصاءات
nav-reference = البيانات المرجعية
nav-profile = ملفي الشخصي
nav-admin = إعدادات المنتدى
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = التسجيل
nav-privacy = إشعار الخصوصية
footer-powered = يعمل بواسطة Agora، وهو برنامج مفتوح المصدر لمنتديات الإدارة القائمة على تعدد أصحاب المصلحة.
back-home = العودة إلى الصفحة الرئيسية
choose = اختر…
not-stated = غير مذكور
yes = نعم
download = تنزيل

## الصفحة الرئيسية
home-title = الصفحة الرئيسية
home-intro-default = منتدى مفتوح تناقش فيه الحكومات والقطاع الخاص والمجتمع المدني والأوساط التقنية والأوساط الأكاديمية والمنظمات الحكومية الدولية إدارة الإنترنت على قدم المساواة. ويمكن لأي شخص أن يشارك فيه.
home-participants = مشارك
home-organizations = منظمة
home-countries = من البلدان والمناطق
home-join = سجّل للمشاركة
home-explore = استكشف المنتدى
home-statistics-hint = من يشارك، حسب مجموعة أصحاب المصلحة والمنطقة وغير ذلك
home-participants-hint = الأشخاص والمنظمات المشاركون في المنتدى
home-reference-hint = البلدان، والمجموعات الإقليمية للأمم المتحدة، وخطوط عمل القمة العالمية لمجتمع المعلومات، وأهداف التنمية المستدامة

## الخصوصية
privacy-title = إشعار الخصوصية
privacy-default-1 = يحتفظ هذا المنتدى بالبيانات التي تقدمها عند التسجيل لكي تتمكن من المشاركة: اسمك، وعنوان بريدك الإلكتروني، ومجموعة أصحاب المصلحة التي تنتمي إليها، ومنظمتك، وبلدك، وكذلك نوع الجنس واللغات ونبذة قصيرة عنك إذا اخترت تقديمها.
privacy-default-2 = لا يظهر اسمك ومنظمتك ومجموعة أصحاب المصلحة التي تنتمي إليها وبلدك في الدليل العام إلا إذا اخترت إدراج اسمك فيه. ولا تُنشر البيانات المتعلقة بنوع الجنس وغيرها من بيانات التنوع إلا في صورة مجاميع، وتُخفى الأعداد التي تقل عن خمسة.
privacy-default-3 = يمكنك في أي وقت، من ملفك الشخصي، تنزيل جميع البيانات التي يحتفظ بها المنتدى عنك، وحذف حسابك. وتبقى مساهماتك العلنية بعد ذلك منسوبةً إلى مشارك سابق.
privacy-default-4 = ملفات تعريف الارتباط: أحدها يبقيك مسجّل الدخول، وآخر يحمي النماذج من التزوير، وإذا علّقت من دون حساب فإن ثالثًا يملأ اسمك وفئتك وبلدك في تعليقك التالي لمدة يوم واحد. لا يتتبّعك أيّ منها.

## حقول الاستمارات
form-has-errors = يرجى تصحيح ما يلي:
field-name = الاسم الكامل
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-hint = 10 أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكرها.
field-stakeholder-group = مجموعة أصحاب المصلحة
field-stakeholder-group-hint = المجموعة التي تشارك ضمنها. يختار الصحفيون مجموعة المنظمة التي ينتمون إليها ويحددون خانة «الصحافة أو وسائط الإعلام» أدناه.
field-organization = المنظمة
field-organization-hint = اختر منظمة من القائمة أو اكتب اسمًا جديدًا. اترك الحقل فارغًا إذا كنت تشارك بصفتك الشخصية.
field-website = الموقع الشبكي للمنظمة (اختياري)
field-country = البلد أو المنطقة
field-gender = نوع الجنس (اختياري)
field-gender-hint = لا يُستخدم إلا لحساب مجاميع مجهولة الهوية، حتى يتمكن المنتدى من معرفة ما إذا كان متوازنًا.
field-languages = اللغات التي تتحدثها
field-participation = المشاركة
field-first-time = هذه أول مرة أشارك فيها في هذا المنتدى
field-media = أشارك بصفتي من الصحافة أو وسائط الإعلام
field-listed = أدرج اسمي في الدليل العام (الاسم والمنظمة ومجموعة أصحاب المصلحة والبلد)
field-bio = نبذة قصيرة عنك (اختياري)
field-bio-hint = يمكن استخدام Markdown: **غامق**، _مائل_، [روابط](https://example.org).
field-consent = لقد قرأت وأوافق على

## أخطاء الحقول
field-name-missing = أدخل اسمك الكامل.
field-name-invalid = أدخل اسمًا لا يتجاوز 120 حرفًا ولا يتضمن أحرف تحكم.
field-email-missing = أدخل عنوان بريدك الإلكتروني.
field-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
field-password-too-short = اختر كلمة مرور لا تقل عن 10 أحرف.
field-password-too-long = اختر كلمة مرور لا تتجاوز 256 حرفًا.
field-password-weak = كلمة المرور هذه سهلة التخمين للغاية (كلمة مرور شائعة، أو حرف مكرر، أو اسمك أو بريدك الإلكتروني). اختر كلمة مرور أخرى.
field-stakeholder-group-missing = اختر مجموعة أصحاب المصلحة التي تنتمي إليها.
field-country-missing = اختر بلدك أو منطقتك.
field-country-unknown = اختر بلدًا أو منطقة من القائمة.
field-gender-unknown = اختر نوع الجنس من القائمة، أو اترك الحقل فارغًا.
field-language-unknown = اختر اللغات من القائمة.
field-bio-too-long = يجب ألا تتجاوز النبذة 4000 حرف.
field-consent-missing = يجب أن توافق على إشعار الخصوصية لكي تسجّل.
field-organization-too-long = يجب ألا يتجاوز اسم المنظمة 200 حرف.
field-website-invalid = أدخل عنوانًا شبكيًا يبدأ بـ https:// أو http://.

## التسجيل والتحقق
register-title = التسجيل
register-intro = يمكن لأي شخص أن يشارك في المنتدى. أخبرنا من أنت لكي يتمكن المنتدى من التأكد من أن صوت كل مجموعة من مجموعات أصحاب المصلحة وكل منطقة مسموع.
register-submit = التسجيل
register-have-account = هل سبق لك التسجيل؟
register-sent-title = تحقق من بريدك الإلكتروني
register-sent-body = أرسلنا رسالة إلى العنوان الذي قدمته. اتبع الرابط الوارد فيها لتأكيد عنوانك، ثم سجّل الدخول. وإذا لم تصلك الرسالة في غضون بضع دقائق، فتحقق من مجلد الرسائل غير المرغوب فيها.
verify-invalid-title = هذا الرابط لم يعد صالحًا
verify-invalid-body = انتهت صلاحية رابط التأكيد أو سبق استخدامه. سجّل الدخول لتتلقى رابطًا جديدًا.

## تسجيل الدخول وكلمات المرور
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
login-unverified-title = أكّد عنوانك أولًا
login-unverified-body = لم يتم تأكيد عنوان بريدك الإلكتروني بعد. وقد أرسلنا إليك رابطًا جديدًا: اتبعه، ثم سجّل الدخول.
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent-title = تحقق من بريدك الإلكتروني
forgot-sent-body = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. ويبقى الرابط صالحًا لمدة ساعة واحدة.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-invalid-title = هذا الرابط لم يعد صالحًا
reset-invalid-body = انتهت صلاحية رابط إعادة تعيين كلمة المرور أو سبق استخدامه. اطلب رابطًا جديدًا من صفحة تسجيل الدخول.

## الإشعارات
notice-verified = تم تأكيد عنوان بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
notice-password-reset = تم تغيير كلمة المرور: أُنهيت جميع الجلسات وأُلغيت جميع رموز واجهة البرمجة. سجّل الدخول بكلمة المرور الجديدة، وأنشئ رموزًا جديدة لتكاملاتك.
notice-logged-out-everywhere = انتهت كل جلسات حسابك وأُلغيت كل رموز واجهة البرمجة. سجّل الدخول مجددًا، وغيّر كلمة المرور إن كان من الممكن أن يعرفها غيرك.
logout-everywhere = إنهاء كل الجلسات وإلغاء كل الرموز
logout-everywhere-explain = إذا ظننت أن شخصًا آخر يعرف كلمة مرورك أو أحد رموز واجهة البرمجة الخاصة بك، فأنهِ كل جلسات حسابك على جميع الأجهزة وألغِ جميع رموزه. ثم غيّر كلمة المرور.
logout-everywhere-title = تسجيل الخروج من كل مكان
notice-saved = تم حفظ ملفك الشخصي.
notice-logged-out = تم تسجيل خروجك.

## الملف الشخصي
profile-title = ملفي الشخصي
profile-roles = الأدوار
profile-save = حفظ ملفي الشخصي
profile-your-data = بياناتك
profile-export = تنزيل بياناتي (JSON)
profile-delete = حذف حسابي
delete-title = حذف حسابي
delete-explain = يؤدي ذلك إلى محو اسمك وعنوان بريدك الإلكتروني وجميع تفاصيل ملفك الشخصي، وإلى تسجيل خروجك من جميع الأجهزة. أما ما ساهمت به علنًا فيبقى منسوبًا إلى «مشارك سابق». ولا يمكن التراجع عن هذا الإجراء.
delete-password = كلمة المرور، للتأكيد
delete-submit = حذف حسابي نهائيًا
delete-wrong-password = كلمة المرور هذه غير صحيحة.
deleted-title = تم حذف حسابك
deleted-body = تم محو بياناتك الشخصية. شكرًا لك على مشاركتك.

## الأدوار
role-participant = مشارك
role-secretariat = الأمانة
role-mag = عضو الفريق الاستشاري المتعدد أصحاب المصلحة
role-chair = الرئيس
role-admin = المسؤول

## الدليل
participants-title = المشاركون
participants-intro = المشاركون الذين اختاروا إدراج أسمائهم. ولا يظهر هنا أي شخص آخر.
organizations-title = المنظمات
organizations-participants = المشاركون
organizations-all = جميع المنظمات
organization-listed-people = المشاركون المدرجون
directory-filter = تصفية القائمة
directory-name = الاسم
directory-any = الكل
directory-apply = تطبيق عوامل التصفية
directory-empty = لا يوجد أحد يطابق عوامل التصفية هذه.
directory-pages = الصفحات
directory-previous = الصفحة السابقة
directory-next = الصفحة التالية

## الإحصاءات
statistics-title = إحصاءات المشاركة
statistics-total = { $total ->
    [zero] لا يوجد أي مشارك مسجل.
    [one] مشارك واحد مسجل.
    [two] مشاركان مسجلان.
    [few] { $total } مشاركين مسجلين.
    [many] { $total } مشاركًا مسجلًا.
   *[other] عدد المشاركين المسجلين: { $total }.
}
statistics-privacy = لا تُنشر إلا المجاميع. ويُخفى أي عدد يتراوح بين 1 و4، ويُخفى معه عدد آخر عند الضرورة، حتى لا يمكن تمييز أي شخص.
statistics-sections = في هذه الصفحة
statistics-category = الفئة
statistics-count = المشاركون
statistics-suppressed = أقل من 5
statistics-suppressed-note = تشير عبارة «أقل من 5» إلى عدد مخفي.
statistics-chart-description = رسم بياني بالأعمدة لعمليات التسجيل (المجموع: { $total })؛ وترد الأرقام نفسها في الجدول المجاور.
statistics-development-note = يمكن أن يرد البلد في عدة قوائم للأمم المتحدة (فأفغانستان من أقل البلدان نموا ومن البلدان النامية غير الساحلية في آن واحد)، ولذلك قد يتجاوز مجموع هذه الأعداد المجموع الكلي.
statistics-by-stakeholder-group = حسب مجموعة أصحاب المصلحة
statistics-by-regional-group = حسب المجموعة الإقليمية للأمم المتحدة
statistics-by-development-status = حسب وضع البلد من حيث التنمية
statistics-by-gender = حسب نوع الجنس
statistics-by-first-time = المشاركون لأول مرة
statistics-by-media = الصحافة ووسائط الإعلام

## المفردات
stakeholder-group-government = الحكومة
stakeholder-group-private-sector = القطاع الخاص
stakeholder-group-civil-society = المجتمع المدني
stakeholder-group-technical-community = الأوساط التقنية
stakeholder-group-academia = الأوساط الأكاديمية
stakeholder-group-intergovernmental-organization = منظمة حكومية دولية
regional-group-african = مجموعة الدول الأفريقية
regional-group-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
regional-group-eastern-european = مجموعة دول أوروبا الشرقية
regional-group-latin-american-caribbean = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
regional-group-western-european-others = مجموعة دول أوروبا الغربية ودول أخرى
regional-group-intergovernmental-organizations = المنظمات الحكومية الدولية
regional-group-no-group = خارج المجموعات الإقليمية للأمم المتحدة
development-status-ldc = أقل البلدان نموا
development-status-lldc = البلدان النامية غير الساحلية
development-status-sids = الدول الجزرية الصغيرة النامية
development-status-not-listed = غير مدرج في أي من هذه القوائم
gender-female = أنثى
gender-male = ذكر
gender-non-binary = غير ثنائي
gender-prefer-not-to-say = أفضّل عدم الإفصاح
gender-not-stated = غير مذكور
first-time-first-time = لأول مرة
first-time-returning = ليست المرة الأولى
media-media = الصحافة أو وسائط الإعلام
media-not-media = المشاركون الآخرون

## البيانات المرجعية
reference-title = البيانات المرجعية
reference-intro = المفردات المشتركة للمنتدى، مجمّعة من مصادر الأمم المتحدة. وهي متاحة أيضًا بنسق
reference-stakeholder-groups = مجموعات أصحاب المصلحة
reference-press-note = لا تشكل الصحافة ووسائط الإعلام مجموعة مستقلة: إذ يختار الصحفيون مجموعة المنظمة التي ينتمون إليها، ويُحصَون بشكل منفصل بوصفهم من الصحافة.
reference-regional-groups = المجموعات الإقليمية للأمم المتحدة
reference-group = المجموعة الإقليمية للأمم المتحدة
reference-members = الأعضاء
reference-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
reference-code = الرمز
reference-title-column = العنوان
reference-linked-sdgs = أهداف التنمية المستدامة المرتبطة
reference-sdgs = أهداف التنمية المستدامة
reference-countries = البلدان والمناطق (M49 للأمم المتحدة)
reference-region = المنطقة دون الإقليمية

## إعدادات المنتدى
admin-settings-title = إعدادات المنتدى
admin-forum-name = اسم المنتدى
admin-forum-intro = المقدمة في الصفحة الرئيسية
admin-forum-privacy = إشعار الخصوصية
admin-markdown-hint = يمكن استخدام Markdown. اترك الحقل فارغًا لاستخدام النص الافتراضي لـ Agora.
admin-save = حفظ الإعدادات
admin-settings-too-long = أحد الإعدادات طويل جدًا: يمكن أن يصل الاسم إلى 120 حرفًا، والمقدمة إلى 20000 حرف، وإشعار الخصوصية إلى 50000 حرف.

## البريد
mail-verify-subject = أكّد عنوانك في { $forum }
mail-verify-body =
    مرحبًا { $name }،

    شكرًا لك على التسجيل. يرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط:

    { $link }

    يبقى الرابط صالحًا لمدة سبعة أيام. وإذا لم تكن أنت من سجّل، فتجاهل هذه الرسالة.
mail-reset-subject = إعادة تعيين كلمة المرور في { $forum }
mail-reset-body =
    مرحبًا { $name }،

    طلب أحدهم إعادة تعيين كلمة المرور لحسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط في غضون ساعة واحدة:

    { $link }

    وإذا لم تكن أنت صاحب الطلب، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.
mail-already-registered-subject = حاول أحدهم التسجيل بعنوانك في { $forum }
mail-already-registered-body =
    مرحبًا،

    حاول أحدهم تسجيل حساب جديد باستخدام عنوان البريد الإلكتروني هذا، مع أن له حسابًا بالفعل.

    إذا كنت أنت، فسجّل الدخول بدلًا من ذلك، أو اختر كلمة مرور جديدة من هنا:

    { $link }

    وإذا لم تكن أنت، فتجاهل هذه الرسالة.

## الأخطاء
error-not-found = الصفحة غير موجودة
error-not-found-help = لا يوجد شيء على هذا العنوان. تحقق من الرابط، أو ابدأ من جديد من الصفحة الرئيسية.
error-bad-request = تعذّر فهم الطلب
error-bad-request-help = هناك عنصر غير صالح في الطلب. وتوضح التفاصيل أدناه ماهيته.
error-csrf = انتهت صلاحية هذه الاستمارة
error-csrf-help = حرصًا على أمنك، لا تعمل الاستمارات إلا من الصفحة التي عرضتها. عد إلى الصفحة السابقة، وأعد تحميلها، ثم أرسل الاستمارة مرة أخرى.
error-forbidden = غير مسموح
error-forbidden-help = ليس لحسابك الدور اللازم للوصول إلى هذه الصفحة.
error-rate-limited = محاولات كثيرة جدًا
error-rate-limited-help = يرجى الانتظار بضع دقائق قبل المحاولة مرة أخرى.
error-conflict = موجود بالفعل
error-conflict-help = يوجد بالفعل عنصر يحمل الاسم نفسه.
error-internal = حدث خطأ من جانبنا
error-internal-help = تم تسجيل المشكلة. يرجى المحاولة مرة أخرى بعد قليل.
nav-consultations = المشاورات
admin-time-zone = المنطقة الزمنية
admin-time-zone-hint = المنطقة التي تُعرض بها جميع التواريخ والأوقات، باسمها في قاعدة IANA مثل Africa/Nairobi أو America/Sao_Paulo (التوقيت العالمي المنسق إن تُركت فارغة).
admin-settings-time-zone-unknown = هذه ليست منطقة زمنية في قاعدة IANA: اكتبها بصيغة القارة/المدينة، مثل Africa/Nairobi.
home-my-work = عملك
home-my-work-none = لا شيء ينتظرك. اطّلع أدناه على ما هو مفتوح.
home-my-evaluations = مقترحات للتقييم
home-evaluations-progress = قُيّم { $done } من { $assigned }
home-my-reports = تقارير جلسات يجب تقديمها
home-my-proposals = مقترحاتك
home-my-groups = مجموعاتك
home-my-agenda = جدولك
home-agenda-sessions = { $count ->
    [one] جلسة واحدة
   *[other] { $count } جلسات
}
home-my-queues = بانتظار الأمانة
home-queue-screening = { $count ->
    [one] مقترح واحد للفرز في { $cycle }
   *[other] { $count } مقترحات للفرز في { $cycle }
}
home-queue-staged = { $count ->
    [one] قرار واحد مُعدّ للمراجعة والنشر في { $cycle }
   *[other] { $count } قرارات مُعدّة للمراجعة والنشر في { $cycle }
}
home-queue-registrations = { $count ->
    [one] تسجيل واحد في الاجتماع للموافقة عليه في { $cycle }
   *[other] { $count } تسجيلات في الاجتماع للموافقة عليها في { $cycle }
}
home-now = يجري الآن
home-now-nothing = لا توجد دعوة أو مشاورة أو اجتماع مفتوح في الوقت الحالي.
home-open = مفتوح
home-open-until = حتى { $date }
home-next-phase = التالي: تُفتح مرحلة { $phase } في { $date }.
home-on-now = جارية الآن
home-consultation = مشاورة عامة
home-take-part-consultation = اقرأ وشارك برأيك
home-take-part-call-for-issues = اقترح قضية
home-take-part-call-for-proposals = اقترح ورشة عمل
home-take-part-screening = اطّلع على المقترحات
home-take-part-evaluation = اطّلع على الدورة
home-take-part-selection = اطّلع على الدورة
home-take-part-scheduling = اطّلع على مشروع البرنامج
home-take-part-meeting = اطّلع على البرنامج
home-take-part-reporting = اقرأ تقارير الجلسات
cycle-emerging = القضايا الناشئة هذا العام
cycle-emerging-recommend = صياغة توصية

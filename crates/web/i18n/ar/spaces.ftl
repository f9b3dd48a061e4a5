# مساحة الفريق: أرشيف النقاشات المفتوح، والوثائق بإصداراتها، والاجتماعات وقائمة المتحدثين.

## النقاش
spaces-threads = النقاش
spaces-threads-intro = نقاشات الفريق علنية: يستطيع الجميع قراءتها؛ ويكتب فيها أعضاء الفريق، وتُرسل كل مشاركة جديدة بالبريد الإلكتروني إلى سائر الأعضاء.
spaces-no-threads = لم يبدأ أي نقاش بعد.
spaces-thread-title = الموضوع
spaces-posts = المشاركات
spaces-last-post = آخر مشاركة
spaces-new-thread = بدء نقاش
spaces-post-body = الرسالة
spaces-markdown-hint = يمكنك استخدام Markdown: **غامق**، *مائل*، والقوائم والروابط.
spaces-start-thread = ابدأ النقاش
spaces-reply = الرد
spaces-send-reply = أرسل الرد
spaces-join-to-post = لا يكتب هنا إلا أعضاء الفريق. انضم إلى الفريق من صفحته التعريفية للمشاركة.
spaces-login-to-post = سجّل الدخول للمشاركة
spaces-former-participant = مشارك سابق
spaces-error-title = اكتب عنوانًا لا يتجاوز 200 حرف.
spaces-error-body = اكتب رسالة.
spaces-error-too-long = هذا النص طويل جدًا: { $max } حرف على الأكثر.
spaces-queue-members-only = لا يطلب الكلمة في هذا الاجتماع إلا أعضاء الفريق.
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = كتب { $name } في «{ $title }» ({ $group }):
spaces-mail-post-link = اقرأ النقاش وردّ عليه: { $link }

## الوثائق
spaces-documents = الوثائق
spaces-no-documents = ليس لدى الفريق وثائق بعد.
spaces-document-title = العنوان
spaces-document-body = النص
spaces-version = الإصدار
spaces-updated = آخر تعديل
spaces-new-document = وثيقة جديدة
spaces-change-note = ما الذي تغيّر
spaces-save-document = حفظ
spaces-join-to-write = لا يكتب الوثائق إلا أعضاء الفريق. انضم إلى الفريق من صفحته التعريفية للمشاركة.
spaces-version-of = الإصدار { $number }، { $date }.
spaces-old-version = أنت تقرأ الإصدار { $number } بتاريخ { $date }، وليس الإصدار الحالي.
spaces-see-current = عرض الإصدار الحالي
spaces-history = الإصدارات
spaces-date = التاريخ
spaces-author = الكاتب
spaces-new-version = حفظ إصدار جديد
spaces-new-version-hint = الحفظ يُبقي على كل الإصدارات السابقة: يستطيع الجميع قراءتها.
spaces-error-document-body = اكتب نص الوثيقة.

## الاجتماعات
spaces-meetings = الاجتماعات
spaces-times-in = الأوقات بحسب المنطقة الزمنية للمنتدى ({ $zone }).
spaces-upcoming = الاجتماعات القادمة
spaces-past = الاجتماعات السابقة
spaces-no-meetings = لا شيء.
spaces-meeting-title = العنوان
spaces-meeting-kind = النوع
spaces-meeting-when = الموعد
spaces-meeting-day = التاريخ
spaces-meeting-time = الوقت ({ $zone })
spaces-meeting-location = المكان
spaces-meeting-online = رابط المشاركة عبر الإنترنت
spaces-online = عبر الإنترنت
spaces-agenda = جدول الأعمال
spaces-minutes = المحضر
spaces-action-points = الإجراءات المتفق عليها
spaces-new-meeting = تحديد موعد اجتماع
spaces-edit-meeting = تعديل الاجتماع ومحضره والإجراءات المتفق عليها
spaces-save-meeting = حفظ الاجتماع
spaces-not-yet = لم يُكتب بعد.
spaces-open-consultation-hint = هذه مشاورة مفتوحة: يستطيع كل من سجّل الدخول أن يطلب الكلمة، في القاعة أو عبر الإنترنت.
spaces-error-meeting-kind = اختر نوع الاجتماع.
spaces-error-day = اكتب التاريخ بالصيغة YYYY-MM-DD.
spaces-error-time = اكتب الوقت بالصيغة HH:MM.
spaces-error-link = اكتب عنوان ويب يبدأ بـ https:// أو http://.
meeting-kind-meeting = اجتماع
meeting-kind-open-consultation = مشاورة مفتوحة

## قائمة المتحدثين
spaces-queue = قائمة المتحدثين
spaces-queue-open = القائمة مفتوحة.
spaces-queue-closed = القائمة مغلقة.
spaces-queue-fair = يتناوب الحاضرون في القاعة والمشاركون عبر الإنترنت على الكلام، كلٌّ بحسب ترتيب طلبه، فلا ينتظر أحد الفريقين خلف الآخر.
spaces-speaking-now = الكلمة الآن لـ:
spaces-your-position = ترتيبك في القائمة { $n }.
spaces-waiting = { $count ->
    [zero] لا أحد ينتظر
    [one] شخص واحد ينتظر
    [two] شخصان ينتظران
    [few] { $count } أشخاص ينتظرون
    [many] { $count } شخصًا ينتظرون
   *[other] { $count } شخص ينتظرون
}
spaces-no-one-waiting = لا أحد ينتظر.
spaces-order = ترتيب المتحدثين
spaces-position = الترتيب
spaces-speaker = المتحدث
spaces-mode = مكان المشاركة
spaces-asked-at = وقت الطلب
spaces-ask-where = من أين تشارك؟
spaces-ask = طلب الكلمة
spaces-withdraw = سحب طلبي
spaces-call-next = دعوة المتحدث التالي
spaces-open-queue = فتح القائمة
spaces-close-queue = إغلاق القائمة
spaces-speaker-done = انتهى المتحدث
spaces-spoken = { $count ->
    [zero] لم يتكلم أحد بعد.
    [one] تكلّم شخص واحد.
    [two] تكلّم شخصان.
    [few] تكلّم { $count } أشخاص.
    [many] تكلّم { $count } شخصًا.
   *[other] تكلّم { $count } شخص.
}
spaces-join-to-speak = لا يطلب الكلمة في هذا الاجتماع إلا أعضاء الفريق.
spaces-login-to-speak = سجّل الدخول لطلب الكلمة
spaces-error-mode = حدّد إن كنت في القاعة أو عبر الإنترنت.
spaces-error-queue-closed = القائمة مغلقة.
spaces-error-already-waiting = أنت في القائمة بالفعل.
speaking-mode-onsite = في القاعة
speaking-mode-online = عبر الإنترنت

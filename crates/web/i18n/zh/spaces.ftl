# 小组空间：公开的讨论存档、带版本的文件、会议及发言队列。

## 讨论
spaces-threads = 讨论
spaces-threads-intro = 小组的讨论是公开的：任何人都可以阅读；成员在此发言，每条新帖子都会通过电子邮件发送给其他成员。
spaces-no-threads = 尚无讨论。
spaces-thread-title = 主题
spaces-posts = 帖子
spaces-last-post = 最新帖子
spaces-new-thread = 发起讨论
spaces-post-body = 内容
spaces-markdown-hint = 可以使用 Markdown：**粗体**、*斜体*、列表和链接。
spaces-start-thread = 发起讨论
spaces-reply = 回复
spaces-send-reply = 发送回复
spaces-join-to-post = 只有小组成员可以在此发言。请在小组概况页面加入小组后参与。
spaces-login-to-post = 登录后参与
spaces-former-participant = 一位前参与者
spaces-error-title = 请填写不超过 200 个字符的标题。
spaces-error-body = 请填写内容。
spaces-error-too-long = 文本过长：最多 { $max } 个字符。
spaces-queue-members-only = 只有小组成员可以在本次会议上申请发言。
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = { $name } 在“{ $title }”（{ $group }）中写道：
spaces-mail-post-link = 阅读讨论并回复：{ $link }

## 文件
spaces-documents = 文件
spaces-no-documents = 小组尚无文件。
spaces-document-title = 标题
spaces-document-body = 正文
spaces-version = 版本
spaces-updated = 最后修改
spaces-new-document = 新建文件
spaces-change-note = 修改说明
spaces-save-document = 保存
spaces-join-to-write = 只有小组成员可以撰写文件。请在小组概况页面加入小组后参与。
spaces-version-of = 第 { $number } 版，{ $date }。
spaces-old-version = 您正在阅读 { $date } 的第 { $number } 版，并非当前版本。
spaces-see-current = 查看当前版本
spaces-history = 版本
spaces-date = 日期
spaces-author = 作者
spaces-new-version = 保存新版本
spaces-new-version-hint = 保存时保留所有旧版本：任何人仍可阅读。
spaces-error-document-body = 请填写文件正文。

## 会议
spaces-meetings = 会议
spaces-times-in = 时间以论坛所在时区（{ $zone }）显示。
spaces-upcoming = 即将召开的会议
spaces-past = 以往会议
spaces-no-meetings = 无。
spaces-meeting-title = 标题
spaces-meeting-kind = 类型
spaces-meeting-when = 时间
spaces-meeting-day = 日期
spaces-meeting-time = 时间（{ $zone }）
spaces-meeting-location = 地点
spaces-meeting-online = 在线链接
spaces-online = 在线
spaces-agenda = 议程
spaces-minutes = 会议纪要
spaces-action-points = 行动要点
spaces-new-meeting = 安排会议
spaces-edit-meeting = 编辑会议、会议纪要和行动要点
spaces-save-meeting = 保存会议
spaces-not-yet = 尚未撰写。
spaces-open-consultation-hint = 这是一次公开磋商：任何已登录的人都可以申请发言，现场或在线均可。
spaces-error-meeting-kind = 请选择会议类型。
spaces-error-day = 请按 YYYY-MM-DD 格式填写日期。
spaces-error-time = 请按 HH:MM 格式填写时间。
spaces-error-link = 请填写以 https:// 或 http:// 开头的网址。
meeting-kind-meeting = 会议
meeting-kind-open-consultation = 公开磋商

## 发言队列
spaces-queue = 发言队列
spaces-queue-open = 队列已开放。
spaces-queue-closed = 队列已关闭。
spaces-queue-fair = 现场和在线的参与者轮流发言，各自按申请先后排序，任何一方都不会排在另一方之后久等。
spaces-speaking-now = 正在发言：
spaces-your-position = 您在队列中排第 { $n } 位。
spaces-waiting = { $count ->
   *[other] { $count } 人在等待
}
spaces-no-one-waiting = 无人等待。
spaces-order = 发言顺序
spaces-position = 位次
spaces-speaker = 发言人
spaces-mode = 参与方式
spaces-asked-at = 申请时间
spaces-ask-where = 您从哪里参与？
spaces-ask = 申请发言
spaces-withdraw = 撤回我的申请
spaces-call-next = 请下一位发言
spaces-open-queue = 开放队列
spaces-close-queue = 关闭队列
spaces-speaker-done = 发言结束
spaces-spoken = { $count ->
   *[other] 已有 { $count } 人发言。
}
spaces-join-to-speak = 只有小组成员可以在本次会议上申请发言。
spaces-login-to-speak = 登录后申请发言
spaces-error-mode = 请说明您是在现场还是在线。
spaces-error-queue-closed = 队列已关闭。
spaces-error-already-waiting = 您已在队列中。
speaking-mode-onsite = 现场
speaking-mode-online = 在线

# 双边会议室：当日时间表、预订、确认、释放、候补名单和释放任务。
bilaterals-title = 双边会议室
bilaterals-intro = 为代表团之间的非公开会谈预订小会议室。每个时段 { $n } 分钟；每个组织每天最多持有 { $max } 个预订（包括候补名额）。预订须在 { $limit } 小时内确认，否则将转给下一位。
bilaterals-precedence-rule = 已预订的时段被释放时，候补名单按以下顺序递补：{ $groups }，然后是其他所有人；同一类别内，先提出的请求优先。已持有的预订绝不会被收回。
bilaterals-no-days = 会议日期尚未确定：确定后即可预订会议室。
bilaterals-days = 会议日
bilaterals-grid-caption = { $date } 的双边会议室
bilaterals-time = 时间
bilaterals-slot-free = 空闲
bilaterals-slot-held = 已预订，待确认
bilaterals-slot-confirmed = 已预订
bilaterals-yours = 您的
bilaterals-waiting-count = 候补：{ $n }
bilaterals-mine = 您的预订
bilaterals-mine-none = 您在本周期没有预订。
bilaterals-status = 状态
bilaterals-status-held = 已持有，待确认
bilaterals-status-confirmed = 已确认
bilaterals-status-waiting = 候补中
bilaterals-status-released = 已释放
bilaterals-status-expired = 已释放：未按时确认
bilaterals-position = 排在第 { $position } 位
bilaterals-purpose = 目的或会谈对象（可选）
bilaterals-purpose-hint = 仅您和秘书处可见，并会出现在您的日历文件中。
bilaterals-confirm-by = 确认截止
bilaterals-confirm = 确认
bilaterals-release = 释放
bilaterals-ical = 添加到我的日历（iCal）
bilaterals-book = 预订会议室
bilaterals-book-day = 日期：{ $date }（可在上方选择其他日期）。
bilaterals-room = 会议室
bilaterals-wait = 如果该时段已被占用，请将我们列入候补名单
bilaterals-sign-in = 登录后预订双边会议室
bilaterals-staff = 秘书处专用
bilaterals-done-held = 会议室归您了：请在截止时间前确认预订。
bilaterals-done-waiting = 您已列入该时段的候补名单；若轮到您，将收到邮件通知。
bilaterals-done-confirmed = 预订已确认。
bilaterals-done-released = 预订已释放。
bilaterals-error-organization = 请填写组织名称（不超过 200 个字符）。
bilaterals-error-stakeholder-group = 请选择该组织所属的利益相关方群体。
bilaterals-not-a-slot = 请从会议日的时间表中选择会议室和时间。
bilaterals-cap = 您的组织在 { $date } 已有 { $max } 个预订，这是一个组织每天可持有的上限（包括候补名额）。请先释放一个再预订。
bilaterals-clash = { $room } 在 { $time } 已被 { $organization } 预订。请选择其他时段，或申请加入其候补名单。
bilaterals-clash-own = { $organization } 已在 { $time } 预订了 { $room }：一个组织不能同时在两个会议室。
bilaterals-taken-meanwhile = 另一个组织刚刚预订了这个时段。请选择其他时段，或申请加入其候补名单。
bilaterals-too-late = 确认期限已过：该预订正在被释放。
bilaterals-not-from = 该预订的状态为“{ $value }”，不能这样更改。
bilaterals-settings-title = 双边会议室：设置
bilaterals-settings-rooms = 会议室
bilaterals-settings-rooms-hint = 每行一个会议室，名称与会场标识一致。
bilaterals-settings-slot-minutes = 时段长度（分钟）
bilaterals-settings-opens = 开放时间
bilaterals-settings-closes = 关闭时间
bilaterals-settings-cap = 每个组织每天的预订数
bilaterals-settings-confirm-hours = 确认预订的小时数
bilaterals-settings-precedence = 候补名单的优先顺序
bilaterals-settings-precedence-hint = 在候补名单中优先递补的利益相关方群体，按顺序排列；未选择的群体排在其后，同一群体内先提出的请求优先。
bilaterals-settings-place = 第 { $position } 位
bilaterals-settings-none = （无）
bilaterals-settings-error-rooms = 请至少填写一个会议室，每个名称不超过 100 个字符。
bilaterals-settings-error-slot-minutes = 时段长度为 10 至 240 分钟。
bilaterals-settings-error-hours = 请填写开放和关闭时间（HH:MM），两者至少相隔一个时段。
bilaterals-settings-error-cap = 每个组织每天至少应能持有一个预订。
bilaterals-settings-error-confirm-hours = 请至少留出一小时来确认预订。
bilaterals-settings-error-precedence = 在优先顺序中，每个利益相关方群体最多只能选择一次。
bilaterals-release-job = 释放未确认的预订
bilaterals-release-rule = 预订（或从候补名单递补）后 { $limit } 小时内未确认的预订将被释放，该时段的候补名单随之递补。该任务每十五分钟自动运行一次。
bilaterals-release-never = 该任务在本周期尚未释放任何预订。
bilaterals-release-run = { $date }：释放 { $count } 个，从候补名单递补 { $n } 个
bilaterals-release-now = 立即运行释放
mail-bilaterals-moved-up-subject = 双边会议室已归您：{ $room }，{ $date }
mail-bilaterals-moved-up-body =
    { $name }，您好：

    您候补的时段已被释放，现归您所有：{ $room }，{ $date }，{ $time }。

    请在 { $limit } 之前确认，否则将转给下一位：

    { $link }
mail-bilaterals-expired-subject = 您的双边会议室预订已被释放：{ $room }，{ $date }
mail-bilaterals-expired-body =
    { $name }，您好：

    您在 { $date } { $time } 对 { $room } 的预订未在 { $limit } 之前确认，已被释放。

    您可以在此预订其他时段：

    { $link }

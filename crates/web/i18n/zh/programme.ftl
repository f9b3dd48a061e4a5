# Agora — 简体中文目录：议程（会场、会议场次、日程安排、公开议程）。
cycle-programme = 议程
cycle-venue = 会场
cycle-sessions = 会议场次
cycle-schedule = 日程安排
venue-title = 会场
venue-rooms = 会议室
venue-room = 会议室
venue-capacity = 容纳人数
venue-interpretation = 口译语言
venue-add-room = 添加会议室
venue-slots = 时段
venue-day = 会议日
venue-date = 日期
venue-start = 开始时间（UTC）
venue-minutes = 分钟
venue-times = 开始时间（UTC），以空格分隔
venue-add-slots = 添加时段
venue-error-room = 会议室必须有名称，且容纳人数至少为 1。
venue-error-slots = 请填写会议日编号（第 0 天填 0）、日期、开始时间（如 09:00）以及 15 至 480 分钟的时长。
sessions-title = 会议场次
sessions-import = 为已批准的研讨会创建会议场次
sessions-count = { $count ->
   *[other] { $count } 场会议
}
sessions-type = 类型
sessions-people = 人员
sessions-add = 添加会议场次
sessions-audience = 预计参会人数
sessions-fixed-room = 固定会议室（可选）
sessions-fixed-slot = 固定时间（可选）
schedule-title = 日程安排
schedule-intro = 排程程序在安排每场会议时，确保任何人都不会同时出现在两个地方，会议室足够大且设备齐全，已固定的会议保持不变；然后尽量错开同一主题的会议以及受众相同的会议，并将各主题分散到不同的日子。每次计算得出的都是草案：只有在您发布某个草案后，公开议程才会改变。
schedule-name = 草案名称
schedule-seed = 随机种子
schedule-compute = 计算新草案
schedule-versions = 版本
schedule-hard = 硬约束违反：{ $count } 项
schedule-soft = 软约束代价：{ $count }
schedule-published = 已发布
schedule-publish = 发布此版本
schedule-violations = 日程仍违反的约束
violation-room-unsuitable = 会议室不适合 { $sessions }（规模、设备或类型）。
violation-person-unavailable = { $sessions } 中有人在该时间无法出席。
violation-person-double-booked = 同一人同时参加 { $sessions }。
violation-same-theme-parallel = 同一主题的会议同时进行：{ $sessions }。
violation-no-room-left = 已没有可供 { $sessions } 使用的会议室和时间。
programme-title = 议程
programme-none = 议程尚未发布。
programme-day-zero = 第 0 天
programme-day = 第 { $n } 天
programme-time = 时间（UTC）
session-not-scheduled = 本场会议尚未列入已发布的议程。
session-language = 语言：{ $language }
session-proposal = 研讨会提案
session-interested = 加入我的日程
session-uninterested = 从我的日程中移除
agenda-title = 我的日程
session-role-organizer = 组织者
session-type-workshop = 研讨会
session-type-main-session = 主要会议
session-type-open-forum = 开放论坛
session-type-dynamic-coalition = 动态联盟会议
session-type-best-practice-forum = 最佳做法论坛
session-type-policy-network = 政策网络
session-type-nri-session = 国家和区域倡议合作会议
session-type-day-0 = 第 0 天活动
session-type-town-hall = 公开交流会
session-type-lightning-talk = 闪电演讲
session-type-opening = 开幕式
session-type-closing = 闭幕式
schedule-not-placed = 未安排
schedule-move = 移动会议
schedule-move-warning = 此次移动违反了硬性约束。请确认以仍将其保存在草稿中；存在硬性约束违规的版本不能发布。
schedule-move-session = 会议
schedule-move-confirm = 我已了解，保存此次移动
schedule-move-submit = 移动
schedule-compare = 与另一版本比较
schedule-compare-with = 版本
schedule-compare-submit = 比较
schedule-no-differences = 两个版本对所有会议的安排相同。
changes-title = 议程变更
changes-intro = 议程首次发布后的每一项变更，最新的在前。每场会议的相关人员已收到邮件通知。
changes-none = 议程发布以来没有任何变更。
mail-session-moved-subject = 您的一场会议已调整——{ $forum }
mail-session-moved-body =
    { $name }，您好：

    议程已变更：

    { $change }

    { $link }
cycle-availability = 我的可参加时间
availability-intro = 请勾选您无法出席的时间，排程程序不会把您的会议安排在这些时间。
availability-no-slots = 场地的时间段尚未设定。
availability-away = 我无法出席
venue-session-types = 会议室接受的会议类型（不勾选：全部）
session-remote = 远程参与链接
session-materials = 资料
session-details = 远程参与和资料
session-preferred-days = 组织者偏好的日期
session-preferred-days-hint = 排程器会尽可能将会议安排在这些日期之一（均未勾选：任何一天）。
agenda-see = 查看我的日程
agenda-intro = 您添加的会议，按日期和时间排列。时间为论坛所在时区的时间；如果您设备的时区不同，旁边会显示您当地的时间。
agenda-local-time = 您的当地时间
agenda-empty = 您的日程为空。打开某个议程中的会议，然后选择“加入我的日程”。
agenda-browse = 浏览征集和议程
agenda-clash-summary = { $count ->
   *[other] 您的日程中有 { $count } 场会议时间重叠：每一场都已在下方标出。
}
agenda-clash = 时间冲突：
agenda-clash-with = 本场会议的时间与以下会议重叠
agenda-unplaced = 尚未列入已发布的议程
agenda-calendar = 日历
agenda-download = 下载我的日程（iCalendar 文件）
agenda-subscribe-intro = 私人日历地址可让您的日历应用订阅您的日程并自动保持更新，无需登录。任何拥有该地址的人都能看到您的日程：请勿外传。
agenda-address-shown-once = 这是您的私人日历地址。请立即将其添加到您的日历应用中（“订阅”或“通过 URL 添加日历”）：它只显示这一次。
agenda-address = 私人日历地址
agenda-address-exists = 您已有一个私人日历地址。如果您遗失了它或误将其分享给他人，请创建一个新地址：旧地址将随即失效。
agenda-address-make = 创建我的私人日历地址
agenda-address-reset = 创建新地址（旧地址将失效）

# 年度会议：注册与认证、审批队列、胸卡、签到、出席证书、签证邀请函。
meeting-title = 会议
meeting-no-dates = 尚未确定
meeting-intro = 请注册参加会议（现场或线上），会议注册与论坛账户相互独立。现场参会者需要提供胸卡照片；每个组织最多可派 { $max } 名现场代表。秘书处会审核每一份注册并通过邮件告知决定。
meeting-staff = 秘书处专用
meeting-counts = 待决定 { $count } 份 · 已批准现场 { $total } 人 · 已批准线上 { $n } 人
meeting-queue-title = 待审核的注册
meeting-check-in-title = 签到台
meeting-verify-title = 验证证书或签证邀请函
meeting-mine = 您的注册
meeting-status = 状态
meeting-status-submitted = 已提交
meeting-status-approved = 已批准
meeting-status-more-information = 需补充信息
meeting-status-refused = 已拒绝
meeting-status-all = 全部
meeting-reason = 理由
meeting-attendance = 参会方式
meeting-attendance-onsite = 现场
meeting-attendance-online = 线上
meeting-days-attended = 出席天数
meeting-photo-alt = 您的胸卡照片
meeting-photo-of = { $name } 的胸卡照片
meeting-badge-title = 胸卡
meeting-visa-letter-title = 签证邀请函
meeting-certificate-title = 出席证书
meeting-sign-in = 登录后注册参加会议
meeting-register = 注册参加会议
meeting-update = 修改我的注册
meeting-photo = 胸卡照片（仅限现场参会）
meeting-photo-hint = 近期正面照片，JPEG 或 PNG 格式，不超过 { $size } MB，至少 { $min } 像素，竖幅或方形。
meeting-photo-kept = 留空则保留您已发送的照片。
meeting-photo-privacy = 只有您和秘书处能看到您的照片；会议结束后照片将被删除。
meeting-closed = 本次会议的注册已关闭。
meeting-queue-empty = 此处没有注册。
meeting-decision = 决定
meeting-reason-hint = 要求补充信息或拒绝时必填；当事人会看到。
meeting-decide = 记录决定
meeting-retention = 胸卡照片的保存
meeting-retention-rule = 胸卡照片在会议结束 { $n } 天后删除。
meeting-retention-never = 本周期的删除任务尚未运行。
meeting-retention-run = { $date }：删除了 { $count } 张照片
meeting-retention-run-now = 立即删除已到期的照片
meeting-badge-print = 请打印本页；二维码下方的代码也可以在签到台输入。
meeting-badge-code = 胸卡代码
meeting-checked-in = 已签到。
meeting-already-checked-in = 今天已签到过。
meeting-check-in-refused = 未签到：
meeting-check-in-hint = 用扫描器扫描胸卡上的二维码，或输入、粘贴其下方印刷的代码。
meeting-check-in-submit = 签到
meeting-live-counts = 今日签到情况
meeting-checked-in-today = { $date } 已签到
meeting-checked-in-ever = 至少签到过一次的人数
meeting-approved-onsite = 已批准的现场参会者
meeting-refresh = 刷新数字
meeting-document-print = 请打印本页，或在浏览器中另存为 PDF。
meeting-certificate-certifies = 兹证明
meeting-certificate-attended = 于以下日期出席了 { $title }：
meeting-letter-to = 致相关领事官员：
meeting-letter-body = { $name }（{ $organization }，{ $country }）已注册并获认证，将亲自出席 { $title }。
meeting-letter-dates = 会议时间为 { $since } 至 { $date }。
meeting-letter-no-costs = 本函仅为邀请，论坛不因此承担任何差旅或住宿费用。
meeting-issued-on = 签发日期：{ $date }。
meeting-verification-code = 验证码
meeting-verify-at = 可在此验证本文件：
meeting-certificate-intro = 您的证书依据您在会议上经核实的签到记录签发。
meeting-visa-letter-intro = 邀请函写明您的姓名、组织和会议日期，并附有领事馆可核验的代码。
meeting-certificate-issue = 签发我的证书
meeting-visa-letter-issue = 签发我的签证邀请函
meeting-verify-intro = 请输入出席证书或签证邀请函上印刷的代码。
meeting-verify-submit = 验证
meeting-verified-certificate = 真实有效的出席证书。
meeting-verified-visa-letter = 真实有效的签证邀请函。
meeting-verified-name = 姓名
meeting-verified-meeting = 会议
meeting-verified-issued = 签发日期
meeting-verify-unknown = 没有使用此代码的证书或邀请函。请核对是否与印刷的完全一致。
meeting-error-attendance = 请选择现场或线上。
meeting-error-organization = 请填写您的组织（最多 200 个字符）。
meeting-error-stakeholder-group = 请选择您所在组织的利益相关方群体。
meeting-cap-reached = 您的组织已有 { $max } 名现场代表注册，已达到本次会议允许的上限。您可以注册线上参会。
meeting-photo-missing = 现场参会者需要提供胸卡照片。
meeting-photo-too-large = 照片超过 { $size } MB。
meeting-photo-not-an-image = 该文件不是 JPEG 或 PNG 图片。
meeting-photo-unreadable = 图片已损坏，无法读取。
meeting-photo-too-small = 照片太小：至少 { $min } 像素。
meeting-photo-too-big = 照片像素过多：最多 { $max }。
meeting-photo-aspect = 照片须为竖幅或方形：宽高比在 { $min } 与 { $max } 之间。
meeting-photo-uniform = 照片是空白的或只有一种颜色。
meeting-reason-required = 请给出当事人可据以处理的理由。
meeting-decision-not-from = 对状态为“{ $value }”的注册不能作出此决定。
meeting-token-malformed = 这不是胸卡代码。请按印刷内容重新准确输入。
meeting-token-forged = 此胸卡并非本论坛签发（签名不符）。
meeting-token-other-cycle = 此胸卡属于另一年度的会议。
meeting-token-expired = 此胸卡已过期。
meeting-not-a-meeting-day = 仅在会议期间开放签到。
meeting-badge-withdrawn = 此胸卡对应的注册已不再是批准状态。
meeting-certificate-no-attendance = 只有在会议上签到后才能签发证书。
meeting-letter-not-approved = 只有已批准的现场注册才能签发签证邀请函。
forbidden-meeting-badge-not-approved = 只有已批准的现场注册才能签发胸卡。
mail-meeting-submitted-subject = 我们已收到您对 { $title } 的注册
mail-meeting-submitted-body =
    { $name }，您好：

    我们已收到您对 { $title } 的注册。秘书处将进行审核，并通过邮件告知决定。

    { $link }
mail-meeting-approved-subject = 您对 { $title } 的注册已获批准
mail-meeting-approved-body =
    { $name }，您好：

    您对 { $title } 的注册已获批准。现场参会者可以打印胸卡，如有需要还可打印签证邀请函：

    { $link }
mail-meeting-more-information-subject = 您对 { $title } 的注册：需补充信息
mail-meeting-more-information-body =
    { $name }，您好：

    秘书处需要您就 { $title } 的注册补充以下信息：

    { $reason }

    请在此修改您的注册：{ $link }
mail-meeting-refused-subject = 您对 { $title } 的注册已被拒绝
mail-meeting-refused-body =
    { $name }，您好：

    您对 { $title } 的注册因以下理由被拒绝：

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = 每个组织的现场代表人数（会议）
settings-meeting-photo-retention-days = 会议结束后删除胸卡照片前的天数

cycle-statistics-meeting-attendance = 会议认证（注册）
cycle-statistics-approved-onsite = 获准现场参会
cycle-statistics-approved-online = 获准线上参会
cycle-statistics-checked-in = 已在签到台签到

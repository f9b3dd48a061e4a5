# Agora — 简体中文目录（译自英文参考目录）。
# 键按页面分组；词汇术语的键为“<词汇>-<代码>”。

## 导航和框架
nav-skip = 跳至内容
nav-main = 主菜单
nav-menu = 菜单
nav-languages = 语言
nav-home = 首页
nav-participants = 参与者
nav-organizations = 组织
nav-statistics = 统计数据
nav-reference = 参考数据
nav-profile = 我的个人资料
nav-admin = 论坛设置
nav-login = 登录
nav-logout = 退出登录
nav-register = 注册
nav-privacy = 隐私声明
footer-powered = 由 Agora 提供支持。Agora 是面向多利益攸关方治理论坛的开源软件。
back-home = 返回首页
choose = 请选择
not-stated = 未说明
yes = 是
download = 下载

## 首页
home-title = 首页
home-intro-default = 这是一个开放的论坛，政府、私营部门、民间社会、技术界、学术界和政府间组织在此平等地讨论互联网治理问题。任何人都可以参与。
home-participants = 名参与者
home-organizations = 个组织
home-countries = 个国家和地区
home-join = 注册参与
home-explore = 浏览论坛
home-statistics-hint = 参与者构成：按利益攸关方群体、区域等分类
home-participants-hint = 论坛的个人和组织
home-reference-hint = 国家、联合国区域组、信息社会世界峰会行动方针和可持续发展目标

## 隐私
privacy-title = 隐私声明
privacy-default-1 = 本论坛会保存您注册时提供的信息，以便您参与论坛：您的姓名、电子邮件地址、利益攸关方群体、组织、国家，以及您选择提供的性别、语言和简短个人介绍。
privacy-default-2 = 只有在您选择公开列出时，您的姓名、组织、利益攸关方群体和国家才会出现在公开名录中。性别及其他多样性数据只以总数形式公布，少于五的数字不予显示。
privacy-default-3 = 您可以随时在个人资料页面下载论坛保存的关于您的全部数据，并删除您的账户。删除后，您公开发表的内容仍会保留，署名为“前参与者”。
privacy-default-4 = Cookie：一个用于保持您的登录状态，一个用于防止表单被伪造；如果您未登录发表评论，另一个会在一天内为您的下一条评论自动填写姓名、利益攸关方群体和国家。没有任何 Cookie 用于跟踪您。

## 表单字段
form-has-errors = 请更正以下问题：
field-name = 全名
field-email = 电子邮件地址
field-password = 密码
field-new-password = 新密码
field-password-hint = 至少 10 个字符。由几个互不相关的词组成的密码既安全又好记。
field-stakeholder-group = 利益攸关方群体
field-stakeholder-group-hint = 您参与时所属的群体。记者请选择其所在组织的群体，并勾选下方的“新闻或媒体”。
field-organization = 组织
field-organization-hint = 从列表中选择，或输入新的名称。如您以个人身份参与，请留空。
field-website = 组织网站（可选）
field-country = 国家或地区
field-gender = 性别（可选）
field-gender-hint = 仅用于匿名统计总数，以便论坛了解参与情况是否均衡。
field-languages = 您使用的语言
field-participation = 参与情况
field-first-time = 这是我第一次参加本论坛
field-media = 我以新闻或媒体身份参与
field-listed = 将我列入公开名录（姓名、组织、利益攸关方群体和国家）
field-bio = 简短个人介绍（可选）
field-bio-hint = 可以使用 Markdown：**粗体**、_斜体_、[链接](https://example.org)。
field-consent = 我已阅读并接受

## 字段错误
field-name-missing = 请输入您的全名。
field-name-invalid = 请输入不超过 120 个字符且不含控制字符的姓名。
field-email-missing = 请输入您的电子邮件地址。
field-email-invalid = 请输入格式如 name@example.org 的电子邮件地址。
field-password-too-short = 请选择至少 10 个字符的密码。
field-password-too-long = 请选择不超过 256 个字符的密码。
field-password-weak = 此密码太容易被猜到（常见密码、重复字符，或您本人的姓名或电子邮件地址）。请另选一个。
field-stakeholder-group-missing = 请选择您的利益攸关方群体。
field-country-missing = 请选择您的国家或地区。
field-country-unknown = 请从列表中选择国家或地区。
field-gender-unknown = 请从列表中选择性别，或留空。
field-language-unknown = 请从列表中选择语言。
field-bio-too-long = 个人介绍请少于 4000 个字符。
field-consent-missing = 您需要接受隐私声明才能注册。
field-organization-too-long = 组织名称请少于 200 个字符。
field-website-invalid = 请输入以 https:// 或 http:// 开头的网址。

## 注册和验证
register-title = 注册
register-intro = 任何人都可以参与本论坛。请告诉我们您是谁，以便论坛确认每个利益攸关方群体和每个区域的声音都能被听到。
register-submit = 注册
register-have-account = 已经注册？
register-sent-title = 请查收邮件
register-sent-body = 我们已向您提供的地址发送了一封邮件。请点击其中的链接确认您的地址，然后登录。如果几分钟内没有收到，请检查垃圾邮件文件夹。
verify-invalid-title = 此链接已失效
verify-invalid-body = 确认链接已过期或已被使用。请登录以接收新的链接。

## 登录和密码
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？
login-failed = 电子邮件地址或密码不正确。
login-unverified-title = 请先确认您的地址
login-unverified-body = 您的电子邮件地址尚未确认。我们已向您发送了新的链接：请点击该链接，然后登录。
forgot-title = 重置密码
forgot-intro = 请输入您账户的电子邮件地址，我们将向您发送一个用于设置新密码的链接。
forgot-submit = 发送链接
forgot-sent-title = 请查收邮件
forgot-sent-body = 如果有账户使用该地址，我们已向其发送一个用于设置新密码的链接。该链接在一小时内有效。
reset-title = 设置新密码
reset-submit = 保存新密码
reset-invalid-title = 此链接已失效
reset-invalid-body = 密码重置链接已过期或已被使用。请在登录页面重新申请。

## 通知
notice-verified = 您的电子邮件地址已确认。现在可以登录了。
notice-password-reset = 您的密码已更改：所有会话均已结束，所有 API 令牌均已撤销。请使用新密码登录，并为您的集成创建新令牌。
notice-logged-out-everywhere = 您账户的所有会话均已结束，所有 API 令牌均已撤销。请重新登录；如果密码可能已泄露，请更改密码。
logout-everywhere = 结束所有会话并撤销所有令牌
logout-everywhere-explain = 如果您认为他人获得了您的密码或某个 API 令牌，请结束您的账户在所有设备上的会话并撤销其全部 API 令牌，然后更改密码。
logout-everywhere-title = 在所有设备上退出
notice-saved = 您的个人资料已保存。
notice-logged-out = 您已退出登录。

## 个人资料
profile-title = 我的个人资料
profile-roles = 角色
profile-save = 保存个人资料
profile-your-data = 您的数据
profile-export = 下载我的数据（JSON）
profile-delete = 删除我的账户
delete-title = 删除我的账户
delete-explain = 此操作将清除您的姓名、电子邮件地址和个人资料中的所有信息，并使您在所有设备上退出登录。您公开发表的内容将保留，署名为“前参与者”。此操作无法撤销。
delete-password = 请输入密码以确认
delete-submit = 永久删除我的账户
delete-wrong-password = 密码不正确。
deleted-title = 您的账户已删除
deleted-body = 您的个人数据已清除。感谢您的参与。

## 角色
role-participant = 参与者
role-secretariat = 秘书处
role-mag = 多利益攸关方咨询小组成员
role-chair = 主席
role-admin = 管理员

## 名录
participants-title = 参与者
participants-intro = 选择公开列出的参与者。其他人不会显示在这里。
organizations-title = 组织
organizations-participants = 参与者
organizations-all = 所有组织
organization-listed-people = 公开列出的参与者
directory-filter = 筛选列表
directory-name = 姓名
directory-any = 全部
directory-apply = 应用筛选条件
directory-empty = 没有符合这些筛选条件的人。
directory-pages = 页码
directory-previous = 上一页
directory-next = 下一页

## 统计数据
statistics-title = 参与情况统计
statistics-total = { $total ->
   *[other] 共有 { $total } 名注册参与者。
}
statistics-privacy = 只公布总数。1 至 4 之间的任何数字均不予显示，必要时还会隐去另一个数字，以免任何人被识别出来。
statistics-sections = 本页内容
statistics-category = 类别
statistics-count = 参与者
statistics-suppressed = 少于 5
statistics-suppressed-note = “少于 5”表示该数字已隐去。
statistics-chart-description = 共 { $total } 人次注册的条形图；旁边的表格列有相同的数字。
statistics-development-note = 一个国家可能同时列入联合国的多个名单（例如阿富汗既是最不发达国家，也是内陆发展中国家），因此这些数字相加可能超过总数。
statistics-by-stakeholder-group = 按利益攸关方群体
statistics-by-regional-group = 按联合国区域组
statistics-by-development-status = 按国家发展状况
statistics-by-gender = 按性别
statistics-by-first-time = 首次参与者
statistics-by-media = 新闻和媒体

## 词汇
stakeholder-group-government = 政府
stakeholder-group-private-sector = 私营部门
stakeholder-group-civil-society = 民间社会
stakeholder-group-technical-community = 技术界
stakeholder-group-academia = 学术界
stakeholder-group-intergovernmental-organization = 政府间组织
regional-group-african = 非洲国家组
regional-group-asia-pacific = 亚洲－太平洋国家组
regional-group-eastern-european = 东欧国家组
regional-group-latin-american-caribbean = 拉丁美洲和加勒比国家组
regional-group-western-european-others = 西欧和其他国家组
regional-group-intergovernmental-organizations = 政府间组织
regional-group-no-group = 不属于联合国区域组
development-status-ldc = 最不发达国家
development-status-lldc = 内陆发展中国家
development-status-sids = 小岛屿发展中国家
development-status-not-listed = 不在上述任何名单中
gender-female = 女
gender-male = 男
gender-non-binary = 非二元性别
gender-prefer-not-to-say = 不愿透露
gender-not-stated = 未说明
first-time-first-time = 首次参与
first-time-returning = 曾经参与
media-media = 新闻或媒体
media-not-media = 其他参与者

## 参考数据
reference-title = 参考数据
reference-intro = 论坛的共用词汇，根据联合国资料汇编。也可获取以下格式：
reference-stakeholder-groups = 利益攸关方群体
reference-press-note = 新闻和媒体不单独构成一个群体：记者选择其所在组织的群体，并另行作为新闻界单独统计。
reference-regional-groups = 联合国区域组
reference-group = 联合国区域组
reference-members = 成员
reference-action-lines = 信息社会世界峰会行动方针
reference-code = 代码
reference-title-column = 标题
reference-linked-sdgs = 相关可持续发展目标
reference-sdgs = 可持续发展目标
reference-countries = 国家和地区（联合国 M49）
reference-region = 次区域

## 论坛设置
admin-settings-title = 论坛设置
admin-forum-name = 论坛名称
admin-forum-intro = 首页介绍
admin-forum-privacy = 隐私声明
admin-markdown-hint = 可以使用 Markdown。留空则使用 Agora 的默认文本。
admin-save = 保存设置
admin-settings-too-long = 有一项设置过长：名称最多 120 个字符，介绍最多 20000 个字符，隐私声明最多 50000 个字符。

## 邮件
mail-verify-subject = 请确认您在 { $forum } 的地址
mail-verify-body =
    { $name }，您好：

    感谢您注册。请打开以下链接，确认您的电子邮件地址：

    { $link }

    该链接在七天内有效。如果您没有注册，请忽略此邮件。
mail-reset-subject = 重置您在 { $forum } 的密码
mail-reset-body =
    { $name }，您好：

    有人申请重置您账户的密码。如需设置新密码，请在一小时内打开以下链接：

    { $link }

    如果这不是您本人的操作，请忽略此邮件：您的密码将保持不变。
mail-already-registered-subject = 有人试图在 { $forum } 使用您的地址注册
mail-already-registered-body =
    您好：

    有人试图使用此电子邮件地址注册新账户，但该地址已有账户。

    如果是您本人，请直接登录，或在此设置新密码：

    { $link }

    如果不是您本人，请忽略此邮件。

## 错误
error-not-found = 未找到页面
error-not-found-help = 此地址没有任何内容。请检查链接，或从首页重新开始。
error-bad-request = 无法理解该请求
error-bad-request-help = 请求中有内容无效。具体原因见下文。
error-csrf = 此表单已过期
error-csrf-help = 为了您的安全，表单只能在显示它的页面上提交。请返回上一页，刷新页面，然后重新提交表单。
error-forbidden = 不允许访问
error-forbidden-help = 您的账户没有访问此页面所需的角色。
error-rate-limited = 尝试次数过多
error-rate-limited-help = 请等待几分钟后再试。
error-conflict = 已存在
error-conflict-help = 已存在同名的项目。
error-internal = 我们这边出了问题
error-internal-help = 此问题已记录。请稍后再试。
nav-consultations = 磋商
admin-time-zone = 时区
admin-time-zone-hint = 显示所有日期和时间所用的时区，使用 IANA 名称，例如 Africa/Nairobi 或 America/Sao_Paulo（留空则为 UTC）。
admin-settings-time-zone-unknown = 这不是 IANA 数据库中的时区：请按“洲/城市”的形式填写，例如 Africa/Nairobi。
home-my-work = 您的工作
home-my-work-none = 目前没有待办事项。请看下方正在开放的内容。
home-my-evaluations = 待评估的提案
home-evaluations-progress = 已评估 { $done }/{ $assigned }
home-my-reports = 待提交的会议报告
home-my-proposals = 您的提案
home-my-groups = 您的小组
home-my-agenda = 您的日程
home-agenda-sessions = { $count } 场会议
home-my-queues = 等待秘书处处理
home-queue-screening = { $cycle } 中有 { $count } 份提案待筛选
home-queue-staged = { $cycle } 中有 { $count } 项暂定决定待审核并发布
home-queue-registrations = { $cycle } 中有 { $count } 份会议注册待批准
home-now = 当前动态
home-now-nothing = 目前没有开放的征集、磋商或会议。
home-open = 开放中
home-open-until = 截至 { $date }
home-next-phase = 下一步：{ $phase }将于 { $date } 开始。
home-on-now = 正在进行
home-consultation = 公众磋商
home-take-part-consultation = 阅读并回应
home-take-part-call-for-issues = 提出议题
home-take-part-call-for-proposals = 提交研讨会提案
home-take-part-screening = 查看提案
home-take-part-evaluation = 查看本周期
home-take-part-selection = 查看本周期
home-take-part-scheduling = 查看议程草案
home-take-part-meeting = 查看议程
home-take-part-reporting = 阅读会议报告
cycle-emerging = 本年度新出现的问题
cycle-emerging-recommend = 起草建议

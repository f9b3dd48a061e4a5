# Agora — 简体中文目录：周期、议题征集和提案征集、筛选、评估和遴选。

## 周期
nav-cycles = 征集和议程
no = 否
minutes = { $count } 分钟
cycles-title = 周期
cycles-intro = 论坛的每一年为一个周期：议题征集、研讨会提案征集、筛选、多利益攸关方咨询小组评估、遴选，然后是会议及其报告。
cycles-none = 尚未开启任何周期。
cycles-new = 开启新周期
cycles-name = 名称
cycles-host = 东道城市和国家
cycles-meeting-dates = 会议日期
cycles-hybrid = 混合形式（现场和线上）
cycles-onsite = 仅限现场
cycles-format = 形式
cycles-create = 开启周期
cycle-overview = 概览
cycle-issues = 议题征集
cycle-proposals = 提案
cycle-workshops = 已批准的研讨会
cycle-synthesis = 综述
cycle-evaluate = 我的评估
cycle-results = 排名和遴选
cycle-screening = 筛选
cycle-assignment = 评估人
cycle-settings = 设置
cycle-phases = 阶段
cycle-phase = 阶段
cycle-from = 开始
cycle-to = 结束
cycle-now = 当前
cycle-themes = 主题
cycle-no-themes = 多利益攸关方咨询小组尚未录入主题。
cycle-rules = 规则
rule-min-speakers = 至少有 { $count } 名已确认的发言人。
rule-gender-diverse = 至少有一名发言人的性别与其他发言人不同。
rule-max-proposals = 每人和每个机构最多提交 { $count } 份提案。
rule-evaluators = 每份提案由 { $count } 名多利益攸关方咨询小组评估人评估。
rule-previous-report = 曾组织过研讨会的组织者必须提供该研讨会报告的链接。
phase-call-for-issues = 议题征集
phase-call-for-proposals = 提案征集
phase-screening = 筛选
phase-evaluation = 评估
phase-selection = 遴选
phase-scheduling = 日程安排
phase-meeting = 会议
phase-reporting = 报告

## 设置
settings-formats = 会议形式及其时长
settings-formats-hint = 每行一种形式：先写代码，再写英文冒号，然后是允许的时长（分钟），例如“flash: 30”。
settings-criteria = 评估标准（用英文逗号分隔）
settings-gender-diverse-speakers = 要求发言人不止一种性别
settings-previous-report-required = 要求提供组织者上一次研讨会的报告
settings-min-confirmed-speakers = 已确认发言人的最少人数
settings-min-onsite-speakers = 现场发言人的最少人数
settings-min-onsite-moderators = 现场主持人的最少人数
settings-max-proposals-per-person = 每人最多提案数
settings-max-proposals-per-institution = 每个机构最多提案数
settings-max-sessions-per-speaker = 每名发言人最多参加的场次
settings-title-max-chars = 标题最大长度（字符）
settings-description-max-words = 说明最大长度（词）
settings-score-min = 最低分
settings-score-max = 最高分
settings-evaluators-per-proposal = 每份提案的评估人数
settings-slots = 研讨会名额
settings-per-theme-cap = 每个主题最多研讨会数
settings-target-developing-percent = 目标：有来自发展中国家的组织者的研讨会（%）
settings-target-first-time-percent = 目标：由首次提案者提出的研讨会（%）
settings-target-gender-diverse-percent = 目标：发言人性别多样的研讨会（%）
settings-target-per-region = 目标：有来自各联合国区域组的组织者的研讨会
settings-error-number = { $field }：请输入 0 至 100000 之间的整数。
settings-error-phase = { $field }：请输入两个日期，且第一个日期不得晚于第二个日期。
settings-error-score-scale = 最低分必须低于最高分。
settings-error-evaluators-per-proposal = 每份提案至少需要一名评估人。
settings-error-formats = 每一行都需要一个已知的形式（panel, roundtable, debate, break-out, birds-of-a-feather, flash, other）以及至少一个时长。
settings-error-criteria = 请至少提供一项评估标准。
settings-error-slots = 名额数和每个主题的上限必须至少为 1。
settings-error-targets = 百分比不能超过 100。
settings-phase-call-for-issues = 议题征集
settings-phase-call-for-proposals = 提案征集
settings-phase-screening = 筛选
settings-phase-evaluation = 评估
settings-phase-selection = 遴选
settings-phase-scheduling = 日程安排
settings-phase-meeting = 会议
settings-phase-reporting = 报告

## 议题征集和主题
issues-intro = 今年的论坛应讨论哪些互联网治理议题？任何注册用户都可以提出议题；多利益攸关方咨询小组会阅读全部议题并选定主题。
issues-your-issue = 您的议题
issues-submit = 提交议题
issues-received = { $count ->
   *[other] 已收到 { $count } 个议题
}
issues-count = 议题
issues-closed = 议题征集已于 { $date } 截止。
forbidden-issues-closed = 议题征集已截止。
issues-error-length = 议题内容请控制在 1 至 2000 个字符之间。
themes-name = 主题
themes-description = 说明
themes-sub-themes = 分主题（每行一个）
themes-policy-questions = 示例性政策问题
themes-add = 录入主题

## 提案
proposal-new = 提议举办研讨会
proposal-mine = 我的提案
proposal-form-title = 研讨会提案
proposal-deadline = 提案可在 { $date }（UTC）之前提交和修改。
proposal-closed = 提案征集已于 { $date } 截止：提案不能再提交或修改。
proposal-submitted-count = { $count ->
   *[other] 已提交 { $count } 份提案
}
proposal-title = 标题
proposal-title-hint = 根据筛选规则，最多 { $max } 个字符。
proposal-theme = 主题
proposal-format = 形式
proposal-duration = 时长
proposal-description = 说明
proposal-description-hint = 所涉及的互联网治理议题或问题，以及会议将如何探讨；最多 { $max } 个词。
proposal-policy-questions = 政策问题
proposal-expected-outcomes = 预期成果
proposal-hybrid-plan = 混合参与
proposal-hybrid-plan-hint = 现场和线上的发言人及参与者将如何互动？您将使用哪些线上工具？
proposal-organizers = 联合组织者
proposal-organizers-hint = 与您共同组织本场会议的组织，及其利益攸关方群体和国家。
proposal-organizer-n = 联合组织者 { $n }
proposal-people = 发言人、主持人和报告员
proposal-people-hint = 每个人都会收到一封邀请邮件，请其确认。筛选时只计算已确认的人员。
proposal-person-n = 人员 { $n }：角色
proposal-onsite = 现场
proposal-role = 角色
proposal-invitation = 邀请
proposal-sdgs = 可持续发展目标
proposal-action-lines = 信息社会世界峰会行动方针
proposal-previous-report = 您上一次研讨会的报告
proposal-previous-report-hint = 如果您曾在以往的会议上组织过研讨会，请提供其报告的链接：否则本提案无法通过筛选。
proposal-save-draft = 保存为草稿
proposal-submit = 提交提案
proposal-edit = 修改提案
proposal-diversity = 所列人员的多样性
proposal-diversity-groups = 利益攸关方群体
proposal-diversity-regions = 联合国区域组
proposal-diversity-genders = 性别
proposal-screening = 筛选
proposal-history = 已保存的版本
proposal-version = 第 { $n } 版
diversity-people = { $count } 人（不计已谢绝的邀请）
diversity-developing = { $count } 人来自发展中国家（最不发达国家、内陆发展中国家或小岛屿发展中国家）
diversity-first-timers = { $count } 名首次参与者
proposal-status-draft = 草稿
proposal-status-submitted = 已提交
proposal-error-title = 请为提案填写标题。
proposal-error-too-long = 请控制在 { $max } 个字符以内。
proposal-error-description-words = 描述有 { $words } 个词；本次征集最多允许 { $max } 个。
proposal-error-title-length = 标题有 { $length } 个字符；本次征集最多允许 { $max } 个。
proposal-error-choice = 请从列表中选择。
proposal-error-required = 提交提案需要填写此字段。
proposal-error-organizer = 请为每个联合组织者填写利益攸关方群体和国家。
proposal-error-person = 请为每个人填写姓名和有效的电子邮件地址。
proposal-error-speaker-cap = { $name } 已确认参加本周期的 { $count } 场会议；上限为 { $max } 场。
session-role-speaker = 发言人
session-role-onsite-moderator = 现场主持人
session-role-online-moderator = 线上主持人
session-role-rapporteur = 报告员
invitation-invited = 等待答复
invitation-confirmed = 已确认
invitation-declined = 已谢绝
format-panel = 小组讨论
format-roundtable = 圆桌会议
format-debate = 辩论
format-break-out = 分组讨论
format-birds-of-a-feather = 同好交流会
format-flash = 闪电会议
format-other = 其他

## 邀请
invitation-title = 研讨会邀请
invitation-text = 您受邀以“{ $role }”身份参加拟议的研讨会
invitation-confirm = 我确认参加
invitation-decline = 我谢绝
invitation-login = 请登录或注册后答复：发言人以其个人资料参与。

## 筛选
screening-intro = 第一阶段：对照本周期公布的规则核查每份已提交的提案。每条规则均注明通过与否及其理由，提案人可以查看。人工改判须记录理由。
screening-run = 筛选所有已提交的提案
screening-summary-passed = { $count } 份通过
screening-summary-failed = { $count } 份未通过
screening-passed = 通过
screening-failed = 未通过
screening-not-yet = 尚未筛选
screening-overridden = 由秘书处决定
screening-override = 人工改判
screening-reason = 理由（将被记录）
screening-complete = 待填写的字段：{ $missing }。
screening-complete-ok = 表单的所有字段均已填写。
screening-title-length = 标题：{ $length } 个字符（最多 { $max } 个）。
screening-description-length = 说明：{ $words } 个词（最多 { $max } 个）。
screening-format-duration = 形式和时长：该形式必须允许 { $duration } 分钟的时长。
screening-confirmed-speakers = 已确认的发言人：{ $count } 名（至少 { $min } 名）。
screening-gender-diverse = 至少有一名已确认发言人的性别与其他发言人不同。
screening-onsite = 现场：{ $speakers } 名发言人（至少 { $min_speakers } 名），{ $moderators } 名主持人（至少 { $min_moderators } 名）。
screening-not-mag-member = 提案人不得为多利益攸关方咨询小组成员。
screening-proposals-per-person = 此人在本周期的提案数：{ $count }（最多 { $max }）。
screening-proposals-per-institution = 此机构在本周期的提案数：{ $count }（最多 { $max }）。
screening-sessions-per-speaker = 没有任何已确认的发言人参加超过 { $max } 场会议。
screening-previous-report = 已提供提案人上一次研讨会报告的链接。

## 评估
assignment-intro = 每份通过筛选的提案都由多利益攸关方咨询小组成员担任评估人，分配方案按最优分配计算得出：绝不分配存在利益冲突的成员，每份提案的评估人来自不同的利益攸关方群体，议题领域相匹配，且工作量均衡。
assignment-proposals = 待评估提案：{ $count } 份
assignment-members = 多利益攸关方咨询小组成员：{ $count } 名
assignment-pairs = 分配：{ $count } 项
assignment-scored = 已提交的评估：{ $count } 份
assignment-compute = 计算最优分配
assignment-short = 评估人不足的提案
assignment-progress = 各多利益攸关方咨询小组成员的进度
assignment-assigned = 已分配
assignment-done = 已评估
assignment-by-hand = 手动调整
assignment-proposal-number = 提案编号
assignment-member = 多利益攸关方咨询小组成员
assignment-action = 操作
assignment-add = 添加
assignment-remove = 移除
evaluation-areas = 我的议题领域
evaluation-areas-hint = 您最熟悉的主题：分配时会优先将这些主题的提案分配给您。
evaluation-assigned = { $count ->
   *[other] { $count } 份待评估的提案
}
evaluation-none = 目前尚未给您分配任何提案。
evaluation-status = 状态
evaluation-scored = 已评估
evaluation-to-do = 待评估
evaluation-score-title = 评估提案
evaluation-anonymised = 匿名视图：提案人、组织和人员的名称均已隐去；显示其所属群体、区域以及“发展中国家”和“首次参与”标记。
evaluation-first-time-proposer = 首次提案者
evaluation-developing = 发展中国家
evaluation-first-timer = 首次参与
evaluation-your-scores = 您的评分
evaluation-comment = 评语
evaluation-save = 保存我的评估
evaluation-error-scores = 请为每项标准打 { $min } 至 { $max } 分。未保存任何内容。
evaluation-conflict = 利益冲突
evaluation-conflict-reason = 您不应评估此提案的原因
evaluation-conflict-declare = 申报利益冲突
criterion-policy-question = 政策问题
criterion-relevance = 相关性
criterion-content = 内容
criterion-interaction = 互动与形式
criterion-diversity = 多样性
forbidden-conflict-listed-on-proposal = 您列名于此提案中：不能评估此提案。
forbidden-conflict-same-organization = 此提案来自您所在的组织：您不能评估此提案。
forbidden-conflict-declared = 您已申报与此提案存在利益冲突。
forbidden-not-assigned = 此提案未分配给您。
forbidden-scores-confidential = 在评选结果公布之前，评分仅供秘书处和主席查看；公布后以化名作为开放数据发布。

## 排名、遴选和决定
results-intro = 每份提案的评分：平均分、中位数，以及校正评估人宽严差异的标准化分数。建议遴选方案在名额和每个主题上限的范围内选取标准化分数最高的提案，然后以最少的调换次数达到均衡目标。
results-suggestion = 建议遴选方案
results-selected = 建议入选提案：{ $count } 份
results-swaps = 为均衡而调换：{ $count } 次
results-cost = 与单纯排名相比放弃的分数
results-targets = 均衡目标
results-target = 目标
results-minimum = 最低值
results-by-ranking = 单纯排名
results-in-suggestion = 建议方案
results-no-theme = 无主题
results-scores = 评分
results-mean = 平均分
results-median = 中位数
results-normalised = 标准化分数
results-suggested = 建议入选
results-decision = 决定
results-record = 记录
results-anonymised-scores = 匿名评分
target-developing = 来自发展中国家的组织者
target-first-time = 首次提案者
target-gender-diverse = 性别多样的发言人
decision-approved = 已批准
decision-approved-if-merged = 合并后批准
decision-not-approved = 未批准
decision-merge-with = 与以下编号的提案合并
decision-rationale = 理由
workshops-none = 尚未批准任何研讨会。
synthesis-intro = 按主题以及组织者所属的利益攸关方群体和联合国区域组，列出收到的、通过筛选的和获得批准的提案。提案的组织者来自哪些群体，该提案就计入哪些群体。
synthesis-all = 所有提案
synthesis-received = 已收到
synthesis-passed = 通过筛选
synthesis-approved = 已批准

## 邮件
mail-invitation-subject = 邀请您在向 { $forum } 提议的研讨会上发言
mail-invitation-body =
    { $name }，您好：

    { $proposer } 已将您列为研讨会提案“{ $title }”中的“{ $role }”。

    请在此确认或谢绝：

    { $link }

    筛选提案时只计算已确认的人员。
mail-decision-subject = 关于您的研讨会提案的决定：{ $title }
mail-decision-body =
    { $name }，您好：

    多利益攸关方咨询小组已就您的提案“{ $title }”作出决定：{ $decision }。

    决定及其理由见提案页面：

    { $link }
settings-report-due-days = 会后提交报告的期限（天）
settings-recommendation-reminder-days = 每隔多少天提醒尚未答复建议的机构
decisions-review = 审核并发布决定
decisions-review-intro = 待发布的决定不公开，也不会通知任何人。发布后，所有决定将记入公共记录，并向每位提案人发送一封邮件。
decisions-nothing-staged = 没有待发布的决定。
decisions-staged-count = { $count } 项决定待发布
decisions-held-evaluation = 评估持续至 { $date }：评估结束后方可发布决定。
decisions-publish-warning = 发布会将这 { $count } 项决定记入公共记录并发送 { $count } 封邮件，且无法撤销。
decisions-publish = 发布决定并通知提案人
decisions-back-to-results = 返回排名
decisions-review-link = 审核并发布
decisions-apply-suggestion = 采用建议的入选名单
decisions-apply-suggestion-hint = 为每项建议入选的提案准备“批准”，为其余尚未决定的提案准备“不批准”。发布前可修改任何一项。
decisions-staged-as = 待发布：{ $decision }
decisions-choose = 请选择…
decisions-stage = 准备
forbidden-decisions-held = 评估结束后才发布决定。
forbidden-decisions-nothing-staged = 没有待发布的决定：请先在排名中准备决定。
screening-outcomes = 初筛结果
screening-filter-all = 全部
screening-filter-passed = 已通过
screening-filter-failed = 未通过
screening-filter-overridden = 由秘书处决定
screening-filter-not-screened = 尚未初筛
screening-filter-outcome = 结果
screening-filter-title = 标题包含
screening-filter-apply = 显示
screening-sort = 排序方式
screening-sort-id = 编号
screening-sort-title = 标题
screening-sort-outcome = 结果
screening-matching = 符合条件的提案：{ $count }
screening-none = 没有符合这些筛选条件的提案。
screening-page-of = 第 { $number } 页，共 { $of } 页
screening-error-reason = 请说明此项决定的理由：理由将记入公共记录。
screening-error-reason-length = 理由最多 { $max } 个字符。
evaluation-queue = 我的评估队列
evaluation-progress = 已评估 { $count } / { $total }
evaluation-continue = 继续评估下一份提案
evaluation-previous = 上一份提案
evaluation-next = 下一份提案
evaluation-all-done = 已保存。分配给您的提案均已评估；评估结束前您仍可修改评分。
criterion-scale = { $min }：完全不符合此标准。{ $max }：完全符合。
criterion-policy-question-scale = { $min }：没有明确的政策问题，或问题不属于互联网治理。{ $max }：政策问题准确、及时，会议确实能够加以探讨。
criterion-relevance-scale = { $min }：与主题和论坛的优先事项无关。{ $max }：切中主题核心，讨论论坛当前需要讨论的问题。
criterion-content-scale = { $min }：内容空泛或单薄，没有明确成果。{ $max }：内容扎实，预期成果具体而有用。
criterion-interaction-scale = { $min }：小组成员宣读发言，听众和远程参与者没有参与空间。{ $max }：形式让现场和线上的每个人都参与进来。
criterion-diversity-scale = { $min }：发言人和组织者仅来自一个群体或一个地区。{ $max }：利益相关方群体、地区和性别均衡，并有新人参与。
results-rankings = 按主题排名
results-themes = 主题
results-none = 尚无提案获得评分。
results-ranked = 已排名提案：{ $count }
results-normalised-hint = 标准化得分用于校正评分严格或宽松的评估人。每位评估人的评分先换算为 z 分数（即该评分高于或低于该评估人自身平均分多少个其自身的标准差）；再对一份提案的 z 分数取平均，并映射回评分尺度：所有评分的平均值加上该平均 z 分数乘以所有评分的标准差。它读起来像评分，但不受评分尺度限制：如果一份提案的所有评估人给它的评分都远高于各自的惯常水平，其得分可能高于 { $max }（或低于 { $min }）。

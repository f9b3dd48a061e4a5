## 差旅资助（奖学金）
travel-title = 差旅资助
travel-intro = 论坛资助来自发展中国家、为会议作出贡献的人员出行：机票、每日生活津贴和签证费用，可全部或部分资助。请在此申请；了解您工作的人通过我们发送的链接确认推荐；评审员为申请评分，秘书处在预算范围内公布入选名单。
travel-dates = 申请期
travel-no-dates = 本次征集的日期尚未确定。
travel-budget = 预算
travel-usd = { $total } 美元
travel-max-request = 最高申请金额
travel-report-due = 报告截止日期
travel-eligibility = 谁可以申请
travel-rule-country-explained = 来自最不发达国家、内陆发展中国家或小岛屿发展中国家（联合国名单）的人员。
travel-listed-economies = 本次征集还接受：
travel-rule-contribution-explained = 有实际贡献的人员：会议分场的发言人或组织者、多利益攸关方咨询专家组（MAG）成员或国家、区域互联网治理论坛成员。
travel-rule-recommendation-explained = 一份推荐，由推荐人通过我们发送的链接确认。
travel-rule-previous-report-explained = 此前获得资助者必须已提交该次出行的报告。
travel-manage-title = 差旅资助：秘书处
travel-evaluate-title = 差旅资助：评审
travel-mine = 您的申请
travel-status = 状态
travel-status-draft = 草稿，未提交
travel-status-submitted = 已提交
travel-status-eligible = 符合条件
travel-status-ineligible = 不符合条件
travel-decision-funded = 获得资助
travel-decision-not-funded = 未获资助
travel-contribution = 您的贡献
travel-contribution-hint = 请选择最符合的一项；论坛会尽可能用自己的记录核实。
travel-contribution-speaker = 发言人
travel-contribution-organizer = 分场组织者
travel-contribution-mag = MAG 成员
travel-contribution-nri = 在国家或区域互联网治理论坛中担任职务
travel-contribution-verified = 论坛记录可证实
travel-contribution-declared = 自行申报（论坛记录中没有）
travel-contribution-detail = 贡献详情（分场、国家或区域论坛）
travel-request = 您的申请金额
travel-request-hint = 金额以整数美元计；不需要的项目填 0。
travel-request-summary = { $total } 美元：机票 { $value }，每日津贴 { $n }，签证 { $count }
travel-ticket = 机票（美元）
travel-per-diem = 每日生活津贴（美元）
travel-visa = 签证费用（美元）
travel-motivation = 申请理由
travel-recommendation = 推荐
travel-recommendation-hint = 我们会向此人发送确认推荐的链接。确认后您即可提交申请。
travel-recommender-name = 推荐人姓名
travel-recommender-email = 推荐人电子邮件地址
travel-recommendation-confirmed = 已确认
travel-recommendation-waiting = 等待确认
travel-report = 您的报告
travel-report-hint = 您在会议上做了什么，以及带回本国的收获。关于受资助者，论坛只公布总数。
travel-report-file = 提交报告
travel-report-filed = 已提交
travel-submit = 提交申请
travel-submit-hint = 申请一经提交便不能修改。
travel-sign-in = 请登录以申请差旅资助。
travel-apply = 申请
travel-update = 修改草稿
travel-save = 保存草稿
travel-closed = 差旅资助征集尚未开放。
travel-statistics = 申请者与受资助者
travel-applied-count = 已提交申请 { $total } 份。
travel-funded-count = 获得资助 { $total } 份。
travel-statistics-note = 仅为计数：本页内容不涉及任何个人。
travel-applied = 申请
travel-funded = 资助
travel-statistics-json = 以 JSON 格式获取这些计数
## 规则，拒绝时逐条说明
travel-rule-open = 差旅资助征集尚未开放。
travel-rule-country = { $country } 既不在联合国最不发达国家、内陆发展中国家或小岛屿发展中国家名单上，也不在本次征集所列经济体之中。
travel-rule-contribution = 请说明一项实际贡献：发言人、组织者、MAG 成员或国家、区域论坛职务。
travel-rule-recommendation = 您的推荐尚未确认：推荐人须通过我们发送的链接确认。
travel-rule-request = 请至少申请机票、每日津贴或签证费用中的一项，总额不超过 { $max } 美元。
travel-rule-previous-report = 此前一次受资助出行的报告尚未提交。
travel-rule-open-short = 征集已关闭
travel-rule-country-short = 国家不符合条件
travel-rule-contribution-short = 无贡献
travel-rule-recommendation-short = 推荐未确认
travel-rule-request-short = 申请金额为空或过高
travel-rule-previous-report-short = 缺少以往报告
travel-error-contribution = 请选择您的贡献。
travel-error-ticket-usd = 机票金额必须是整数美元。
travel-error-per-diem-usd = 每日津贴必须是整数美元。
travel-error-visa-usd = 签证费用必须是整数美元。
travel-error-recommender-name = 请填写推荐人姓名。
travel-error-recommender-email = 请填写推荐人的电子邮件地址（不能是您自己的）。
travel-error-motivation = 申请理由或贡献详情过长。
travel-error-letter = 请写几行推荐语（最多 5000 个字符）。
travel-error-report = 请撰写您的报告（最多 20000 个字符）。
travel-error-submitted = 此申请已提交，不能再修改。
travel-error-score = 请在评分范围内选择分数。
travel-error-not-assigned = 此申请未分配给您。
travel-error-nothing-staged = 请先拟定入选名单再公布。
travel-error-published = 入选名单已公布。
travel-error-over-budget = 此名单超出预算 { $total } 美元。
travel-error-not-funded = 只有受资助者在名单公布后提交报告。
travel-error-date = 日期无效（YYYY-MM-DD）。
travel-error-number = 每个金额和分数都必须是整数。
travel-error-dates = 征集的截止日期必须晚于开放日期。
travel-error-evaluators = 每份申请请选择 1 至 10 名评审员。
travel-error-economies = 所列经济体中有一个不是已知的 ISO 国家代码。
travel-error-confirm = 请勾选以确认公布：公布将决定每份申请并向每位申请人发送邮件。
## 推荐人页面
travel-recommendation-title = 确认推荐
travel-recommendation-intro = { $name } 申请前往 { $title } 的差旅资助，并指定您为推荐人。如您愿意推荐，请写几行并确认。
travel-applicant = 申请人
travel-recommendation-letter = 您的推荐
travel-recommendation-letter-hint = 您对其工作的了解，以及其出席的意义。评审员会阅读。
travel-recommendation-confirm = 确认推荐
travel-recommendation-thanks = 谢谢：您的推荐已确认。您仍可在此修改推荐内容。
## 评审员
travel-evaluate-intro = 分配给您的申请，均无利益冲突：没有来自您所在组织的，在征集有此规定时也没有来自您本国的。
travel-evaluate-empty = 没有分配给您的申请。
travel-score = 分数
travel-comment = 意见（供秘书处参考）
travel-score-save = 保存分数
## 秘书处
travel-settings = 征集设置
travel-setting-opens = 开放日期
travel-setting-closes = 截止日期（最后一天）
travel-setting-report-due = 报告截止日期
travel-setting-budget-usd = 预算（美元）
travel-setting-max-request-usd = 最高申请金额（美元）
travel-setting-first-timer-points = 首次参会者优先（分）
travel-setting-partial-request-points = 部分资助申请优先（分）
travel-setting-gender-balance-points = 性别平衡优先（分）
travel-setting-region-balance-points = 区域平衡优先（分）
travel-setting-evaluators-per-application = 每份申请的评审员人数
travel-setting-listed-economies = 所列经济体
travel-setting-listed-economies-hint = 以空格分隔的 ISO 代码（KE GH），在联合国名单之外同样符合条件。
travel-setting-exclude-same-country = 评审员不评审来自本国的申请人
travel-settings-save = 保存设置
travel-applications = 申请
travel-applications-empty = 尚无已提交的申请。
travel-screen = 按规则筛选
travel-assign = 分配评审员
travel-scores = 分数
travel-merit = 评审得分（0–100）
travel-suggested = 入选
travel-yes = 是
travel-staged = 已拟定
travel-selection = 入选名单
travel-budget-buys = { $value } 美元的预算可资助 { $count } 份申请，共 { $total } 美元。预算增加 10% 可资助 { $n } 份。
travel-optimal = 此名单为最优：其得分（{ $value }）是预算内任何名单所能达到的最高分，已由精确求解器证明；任何名单都不可能超过 { $max }。申请总额为 { $total } 美元。
travel-priorities = 各项优先的代价
travel-priority = 优先事项
travel-points = 分值
travel-funded-with = 因此或同时获资助
travel-brings-in = 纳入
travel-leaves-out = 排除
travel-cost = 代价（分）
travel-cost-note = 代价是名单为此项优先而在评审得分和其他优先上放弃的分数：不含此项的名单与本名单的比较。
travel-priority-first-timer = 首次参会者
travel-priority-partial-request = 部分资助申请
travel-priority-gender-balance = 性别平衡
travel-priority-region-balance = 区域平衡
travel-stage = 将最优名单拟定为草稿
travel-staged-summary = 草稿：{ $count } 份申请，共 { $total } 美元，在 { $value } 美元预算之内。
travel-publish-confirm = 我已审阅草稿：公布名单并将决定发送给每位申请人。
travel-publish = 公布入选名单
travel-published = 入选名单已公布；每位申请人都已收到决定邮件。
travel-overdue = 逾期报告
travel-overdue-none = 没有逾期报告。
forbidden-conflict-same-country = 此申请人来自您的国家：您不能评审其申请。
## 邮件
mail-travel-recommendation-subject = { $name } 请您推荐：前往 { $title } 的差旅资助
mail-travel-recommendation-body =
    { $name } 申请前往 { $title } 的差旅资助，并指定您为推荐人。

    如您愿意推荐，请打开此链接，写几行并确认：
    { $link }

    如您不认识此人，请忽略本邮件。
mail-travel-recommended-subject = 您的推荐已确认：{ $title }
mail-travel-recommended-body =
    { $name } 已确认对您的推荐。您现在可以提交申请：
    { $link }
mail-travel-funded-subject = 前往 { $title } 的差旅资助：已获资助
mail-travel-funded-body =
    { $name }，您好：

    您前往 { $title } 的差旅资助申请已获资助：{ $total } 美元。
    会后请于 { $date } 前提交报告：
    { $link }
mail-travel-not-funded-subject = 前往 { $title } 的差旅资助：未获资助
mail-travel-not-funded-body =
    { $name }，您好：

    很遗憾，预算不足以资助您前往 { $title } 的差旅资助申请。
    本次征集的统计数据见：
    { $link }

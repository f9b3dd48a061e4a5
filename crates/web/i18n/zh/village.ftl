# 互联网治理论坛村：展位申请、遴选、平面图和展位分配。
village-title = 论坛村
village-intro = 论坛村是会议的展览空间，各组织在展位上展示其工作。请在下方申请展位；秘书处遴选参展方，通过邮件将决定告知每位申请人，并在平面图上分配展位。
village-manage-title = 论坛村：遴选与展位
village-plan = 平面图
village-plan-title = 论坛村平面图，{ $title }
village-plan-summary = 共 { $total } 个格子中有 { $count } 个展位，其中 { $n } 个已分配。平面图之后是参展方及其展位号的列表。
village-plan-legend = 带编号的方格是展位：深色为已分配，浅色为空闲；没有编号的灰色方格不可使用。
village-exhibitors = 参展方
village-exhibitors-none = 参展方尚未公布。
village-booth = { $number } 号展位
village-booth-label = 展位
village-mine = 您的申请
village-status = 状态
village-status-submitted = 已提交，等待遴选
village-status-selected = 已入选
village-status-declined = 未入选
village-sign-in = 登录后申请展位
village-apply = 申请展位
village-update = 修改我的申请
village-description = 访客将在展位看到什么
village-description-hint = 20 至 2000 个字符：您的工作、展示内容、适合哪些人来访。
village-needs = 展位需求
village-need-power = 电源插座
village-need-screen = 显示屏
village-need-wired-internet = 有线网络连接
village-need-furniture = 桌椅
village-need-storage = 可上锁的储物空间
village-need-step-free = 参展人员无台阶通道
village-closed = 申请已截止：会议已结束，或会议日期尚未确定。
village-error-organization = 请填写组织名称（不超过 200 个字符）。
village-error-stakeholder-group = 请选择该组织所属的利益相关方群体。
village-error-description = 请用 20 至 2000 个字符描述展位。
village-error-needs = 请从列表中选择需求。
village-decided = 该申请已有决定，不能再修改。
village-rows = 行数
village-columns = 列数
village-unusable-label = 不可使用的格子
village-unusable-hint = 填写其编号（从左上角起逐行计数），用逗号分隔；也可填写 12-14 这样的范围。
village-plan-save = 保存平面图
village-plan-numbers = 请用数字填写行数和列数，并用编号或范围填写不可使用的格子。
village-plan-size = 平面图有 1 至 { $max } 行、1 至 { $max } 列。
village-not-on-plan = 第 { $number } 格不在平面图上，最后一格是第 { $max } 格。
village-plan-allocated = { $number } 号展位已分配：请先将参展方移出，再这样修改平面图。
village-selection = 遴选
village-staged = 已拟定、尚未公布：入选 { $count } 个，未入选 { $n } 个。公布之前不会发送邮件，也不会公开。
village-publish = 公布拟定的决定并逐一通知申请人
village-free-booths = 空闲可用展位：{ $count } 个。
village-fill-in = 按顺序将空闲展位分配给尚无展位的入选参展方
village-applications-none = 暂无申请。
village-staged-selected = 入选
village-staged-declined = 不入选
village-applicant = 申请人
village-decision = 决定
village-undecided = 未决定
village-stage = 拟定
village-allocate = 分配
village-not-selected = 只有入选的参展方才能获得展位。
village-unusable = 第 { $number } 格不能用作展位。
village-taken = { $number } 号展位已分配给 { $organization }。
mail-village-selected-subject = 您在 { $title } 论坛村的展位
mail-village-selected-body =
    { $name }，您好：

    { $organization } 已入选参加 { $title } 论坛村的展览。展位分配完成后，您的展位号将显示在论坛村页面上：

    { $link }
mail-village-declined-subject = 您对 { $title } 论坛村的申请
mail-village-declined-body =
    { $name }，您好：

    感谢您的申请。{ $title } 论坛村的展位少于申请数量，{ $organization } 今年未能入选。

    { $link }

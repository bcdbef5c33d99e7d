<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Sales by month, this year against last</source>
        <translation>月度销售：今年与去年同期</translation>
    </message>
    <message>
        <source>Performance by channel</source>
        <translation>按渠道业绩</translation>
    </message>
    <message>
        <source>Performance by region</source>
        <translation>按区域业绩</translation>
    </message>
    <message>
        <source>Performance by category</source>
        <translation>按客户类别业绩</translation>
    </message>
    <message>
        <source>Performance by salesperson</source>
        <translation>按业务员业绩</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>按产品销售</translation>
    </message>
    <message>
        <source>Sales by product and spec</source>
        <translation>按产品和规格销售</translation>
    </message>
    <message>
        <source>Customers earning the most margin</source>
        <translation>毛利最高的客户</translation>
    </message>
    <message>
        <source>Least profitable customers</source>
        <translation>毛利率最低的客户</translation>
    </message>
    <message>
        <source>80/20: the customers that make the sales</source>
        <translation>二八分析：贡献销售的客户</translation>
    </message>
    <message>
        <source>ABC classes: customers and sales (the 12 months they are computed on)</source>
        <translation>ABC 分类：客户数与销售额（按分类所用的 12 个月）</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>按生命周期阶段统计客户</translation>
    </message>
    <message>
        <source>Customers by relationship stage (share of wallet)</source>
        <translation>按关系阶段统计客户（我方份额）</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新客户</translation>
    </message>
    <message>
        <source>Retention against the same period last year</source>
        <translation>与去年同期相比的客户保持</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类别统计投诉</translation>
    </message>
    <message>
        <source>Complaints by status</source>
        <translation>按状态统计投诉</translation>
    </message>
    <message>
        <source>Complaints by escalation level</source>
        <translation>投诉（按处理层级）</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>In 10,000 yuan</source>
        <translation>按万元</translation>
    </message>
    <message>
        <source>Show money in 10,000 yuan (万元) instead of yuan</source>
        <translation>金额以万元显示，而不是元</translation>
    </message>
    <message>
        <source>Large view</source>
        <translation>大窗口查看</translation>
    </message>
    <message>
        <source>Open the analysis in its own large window (again to put it back)</source>
        <translation>在单独的大窗口中打开分析（再点一次放回原处）</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>The view could not be computed: {0}</source>
        <translation>无法计算该分析：{0}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sales ({0})</source>
        <translation>销售额（{0}）</translation>
    </message>
    <message>
        <source>Same period last year ({0})</source>
        <translation>去年同期（{0}）</translation>
    </message>
    <message>
        <source>Gross margin ({0})</source>
        <translation>毛利（{0}）</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Average days to answer</source>
        <translation>平均答复天数</translation>
    </message>
    <message>
        <source>Compensation ({0})</source>
        <translation>补偿（{0}）</translation>
    </message>
    <message>
        <source>Plan ({0})</source>
        <translation>计划（{0}）</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>再次购买</translation>
    </message>
    <message>
        <source>Did not buy again</source>
        <translation>未再购买</translation>
    </message>
    <message>
        <source>New this period</source>
        <translation>本期新客户</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>未升级</translation>
    </message>
    <message numerus="yes">
        <source>The biggest %n customer(s)</source>
        <translation>
            <numerusform>前 %n 大客户</numerusform>
        </translation>
    </message>
    <message>
        <source>not classed</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>no wallet estimate</source>
        <translation>未估计采购总额</translation>
    </message>
    <message>
        <source>Nothing to show for these filters.
Enter sales in a customer&apos;s Sales log or import them (File → Import…), or widen the period.</source>
        <translation>这些条件下没有数据。
请在客户的“销售记录”中录入销售或导入（文件 → 导入…），或放宽时间范围。</translation>
    </message>
    <message>
        <source>{0} customers make 80 % of sales (blue); {1} customers in all</source>
        <translation>{0} 个客户贡献 80% 的销售额（蓝色）；共 {1} 个客户</translation>
    </message>
    <message>
        <source>{0} of {1} prospects bought for the first time in the period</source>
        <translation>{1} 个潜在客户中有 {0} 个在本期首次购买</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database was upgraded for this version; the previous file is kept in {0}</source>
        <translation>数据库已升级到此版本；原文件保存在 {0}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>The other window does not answer. Close it, or open the data read-only here.</source>
        <translation>另一个窗口没有响应。请关闭它，或在这里以只读方式打开数据。</translation>
    </message>
    <message>
        <source>{0} is already open in another crm-desktop window.</source>
        <translation>{0} 已在另一个 crm-desktop 窗口中打开。</translation>
    </message>
    <message>
        <source>Switch to that window, or open the data read-only here: a read-only window shows everything and changes nothing.</source>
        <translation>切换到那个窗口，或在这里以只读方式打开数据：只读窗口可查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>Switch to the open window</source>
        <translation>切换到已打开的窗口</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>The backup could not be restored; the data was left as it was.
{0}</source>
        <translation>备份未能恢复，数据保持原样。
{0}</translation>
    </message>
    <message>
        <source>The data was restored from {0}.</source>
        <translation>数据已从 {0} 恢复。</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {0}.</source>
        <translation>被替换的数据保存在 {0}。</translation>
    </message>
    <message>
        <source>{0}

The latest backup of this database is {1}. Restore it? The file that cannot be opened is kept beside the backups.</source>
        <translation>{0}

此数据库最近的备份是 {1}。要恢复它吗？无法打开的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The backup could not be restored either: {0}</source>
        <translation>备份也无法恢复：{0}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign owner</source>
        <translation>更换负责人</translation>
    </message>
    <message>
        <source>The open customer</source>
        <translation>当前打开的客户</translation>
    </message>
    <message numerus="yes">
        <source>All %n customer(s) listed</source>
        <translation>
            <numerusform>列表中的全部 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>Choose an operator and at least one customer.</source>
        <translation>请选择一名操作员和至少一个客户。</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to {0}?</source>
        <translation>
            <numerusform>把 %n 个客户交给 {0} 负责？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups &amp;folder…</source>
        <translation>备份文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to {0}</source>
        <translation>今天的备份已写入 {0}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: {0}</source>
        <translation>今天的自动备份未能写入：{0}</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{0}</source>
        <translation>备份已写入并通过校验：
{0}</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>未写入备份：{0}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)</source>
        <translation>crm-desktop 备份 (*.sqlite3.gz *.sqlite3 *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed.
{0}</source>
        <translation>此文件无法恢复，数据未作任何改动。
{0}</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {0} ({1} customers)?

The current data is backed up first. crm-desktop restarts to restore.</source>
        <translation>用 {0} 的备份（{1} 个客户）替换当前数据吗？

当前数据会先备份。crm-desktop 将重新启动以完成恢复。</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>答复天数</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>处理层级</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Instructed by</source>
        <translation>批示领导</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容描述</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>补偿（元）</translation>
    </message>
    <message>
        <source>Handler (responsible)</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Instruction given by</source>
        <translation>批示领导</translation>
    </message>
    <message>
        <source>Leader&apos;s instruction</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <source>No complaints. When the customer complains, click Add… and follow it until it is answered.</source>
        <translation>暂无投诉。客户投诉时请点“添加…”记录，并跟进直到答复客户。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Edit complaint</source>
        <translation>编辑投诉</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Export to phone…</source>
        <translation>导出到手机…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a vCard file (.vcf) that phones import</source>
        <translation>把选中的联系人保存为手机可导入的 vCard 文件（.vcf）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {0}</source>
        <translation>
            <numerusform>已导出 %n 位联系人到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>it is the summer midday rest</source>
        <translation>正是夏季午休时间</translation>
    </message>
    <message>
        <source>it is early on a winter morning</source>
        <translation>冬天早上时间太早</translation>
    </message>
    <message>
        <source>it is early in the morning</source>
        <translation>早上时间太早</translation>
    </message>
    <message>
        <source>it is early on a weekend or holiday morning</source>
        <translation>周末或节假日早上时间太早</translation>
    </message>
    <message>
        <source>it is late in the evening</source>
        <translation>晚上时间太晚</translation>
    </message>
    <message>
        <source>☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.</source>
        <translation>☎ 现在（{1:%H:%M}）最好不要给{0}打电话：{2}。{3} 以后再打比较礼貌。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <source>Role in purchase</source>
        <translation>采购决策角色</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Birthday is a lunar date</source>
        <translation>生日为农历</translation>
    </message>
    <message>
        <source>Has left the customer</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>what the person likes</source>
        <translation>此人的兴趣爱好</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>what they prefer when buying, their habits</source>
        <translation>购买偏好、消费习惯</translation>
    </message>
    <message>
        <source>No contacts yet. Click Add… to record who decides, who buys and their birthdays.</source>
        <translation>还没有联系人。点“添加…”记录谁拍板、谁采购，以及他们的生日。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>结账方式</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>标准条款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无到期日期</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已到期</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>缺少：{0}</translation>
    </message>
    <message>
        <source>Every standard clause is in</source>
        <translation>标准条款齐全</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条款</translation>
    </message>
    <message>
        <source>Quality terms</source>
        <translation>质量条款</translation>
    </message>
    <message>
        <source>Clause: {0}</source>
        <translation>条款：{0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No contracts recorded. Click Add… to register one with its number, dates and terms, and tick the standard clauses it contains; the warnings list tells you before one ends.</source>
        <translation>暂无合同。点“添加…”登记合同编号、日期和条款，并勾选合同包含的标准条款；合同到期前预警清单会提醒。</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>Credit limit (yuan)</source>
        <translation>授信额度（元）</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Receivable (yuan)</source>
        <translation>应收账款（元）</translation>
    </message>
    <message>
        <source>Payment-history score</source>
        <translation>历史回款得分</translation>
    </message>
    <message>
        <source>Potential score</source>
        <translation>发展潜力得分</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>建议信用等级</translation>
    </message>
    <message>
        <source>Credit application</source>
        <translation>授信申请</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>资信调查</translation>
    </message>
    <message>
        <source>Edit credit…</source>
        <translation>编辑资信…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>{0} of 100 (amounts paid within the payment days, last 12 months)</source>
        <translation>{0} 分（满分 100：近 12 个月账期内回款的金额占比）</translation>
    </message>
    <message>
        <source>no amounts fell due in the last 12 months</source>
        <translation>近 12 个月没有到期的应收款</translation>
    </message>
    <message>
        <source>{0} of 100</source>
        <translation>{0} 分（满分 100）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source> (differs from the rating set)</source>
        <translation>（与现定等级不同）</translation>
    </message>
    <message>
        <source>applied {0} for {1} yuan, approved by {2}</source>
        <translation>{0} 申请授信 {1} 元，审批人 {2}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Receivable is over the credit limit by {0} yuan.</source>
        <translation>应收账款已超出授信额度 {0} 元。</translation>
    </message>
    <message>
        <source>No credit limit set. Click Edit credit… to set one.</source>
        <translation>尚未设定授信额度。点“编辑资信…”设定。</translation>
    </message>
    <message>
        <source>{0} yuan of the limit still available.</source>
        <translation>授信额度尚余 {0} 元。</translation>
    </message>
    <message>
        <source>suggested: {0}</source>
        <translation>建议：{0}</translation>
    </message>
    <message>
        <source>Potential score (0–100)</source>
        <translation>发展潜力得分（0–100）</translation>
    </message>
    <message>
        <source>Credit applied for on</source>
        <translation>授信申请日期</translation>
    </message>
    <message>
        <source>Requested limit (yuan)</source>
        <translation>申请额度（元）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Credit investigation notes</source>
        <translation>资信调查记录</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>资信</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <source>&amp;1 Contacts</source>
        <translation>&amp;1 联系人</translation>
    </message>
    <message>
        <source>&amp;2 Relationship notes</source>
        <translation>&amp;2 客情记录</translation>
    </message>
    <message>
        <source>&amp;3 Credit</source>
        <translation>&amp;3 资信</translation>
    </message>
    <message>
        <source>&amp;4 Sales log</source>
        <translation>&amp;4 销售记录</translation>
    </message>
    <message>
        <source>&amp;5 Complaints</source>
        <translation>&amp;5 投诉</translation>
    </message>
    <message>
        <source>&amp;6 Licences</source>
        <translation>&amp;6 证照</translation>
    </message>
    <message>
        <source>&amp;7 Stage and evaluation</source>
        <translation>&amp;7 阶段与评价</translation>
    </message>
    <message>
        <source>&amp;8 History</source>
        <translation>&amp;8 变更历史</translation>
    </message>
    <message>
        <source>&amp;9 Opportunities</source>
        <translation>&amp;9 销售机会</translation>
    </message>
    <message>
        <source>&amp;0 Contracts</source>
        <translation>&amp;0 购销合同</translation>
    </message>
    <message>
        <source>Origin and key &amp;people</source>
        <translation>来源与关键人(&amp;P)</translation>
    </message>
    <message>
        <source>Select a customer on the left to see everything about it here.

Ctrl+F searches, Ctrl+N adds a new customer.</source>
        <translation>在左侧选择一个客户，这里会显示它的全部资料。

Ctrl+F 搜索，Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <source>Only its owner, the operators it is shared with and administrators change this customer.</source>
        <translation>只有负责人、共享给的操作员和管理员可以修改此客户。</translation>
    </message>
    <message>
        <source>Only its owner or an administrator deactivates it.</source>
        <translation>只有负责人或管理员可以停用此客户。</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>★ Key account by gross profit; some of its sales have no cost and count at their full amount</source>
        <translation>★ 按毛利评为重点客户；部分销售无成本，按全额计入</translation>
    </message>
    <message>
        <source>★ Key account by gross profit over the last 12 full months</source>
        <translation>★ 按近12个完整月的毛利评为重点客户</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC分类</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>{0}/20</source>
        <translation>{0}/20 分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Suggested: special supply support unit (特供支持单位)</source>
        <translation>建议授予：特供支持单位</translation>
    </message>
    <message>
        <source>Special supply plaque held, criteria no longer met</source>
        <translation>已授特供支持单位，但已不再符合条件</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Sales by month, last 24 months</source>
        <translation>近24个月每月销售额</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Same month a year earlier</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>No sales in the last 24 months.
Add sales in the Sales log tab to see them here.</source>
        <translation>近24个月没有销售。
在“销售记录”页添加销售后，这里会显示图表。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10,000 yuan (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <source>Deactivate {0}? It disappears from the list but keeps all its records; tick &quot;Show inactive&quot; to find it and reactivate it.</source>
        <translation>停用 {0}？停用后不在列表中显示，但所有记录都会保留；勾选“显示已停用”即可找到并重新启用。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>购销关系</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer may already exist</source>
        <translation>客户可能已存在</translation>
    </message>
    <message>
        <source>A customer with this name or phone already exists:
{0}

Open it instead?</source>
        <translation>已有同名或同电话的客户：
{0}

是否打开已有客户？</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ABC class of the last 12 full months; ★ key account (the fewest customers that make the share of the gross profit set in Settings → Rules; a sale without a cost counts at its amount). Click to sort by class.</source>
        <translation>近12个完整月的ABC分类；★ 重点客户（贡献“设置 → 规则”中所设毛利份额的最少客户；无成本的销售按其金额计）。点击按分类排序。</translation>
    </message>
    <message>
        <source>Key account by gross profit over the last 12 full months (a sale without a cost counts at its full amount)</source>
        <translation>按近12个完整月的毛利评为重点客户（无成本的销售按全额计入）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the Warnings list</source>
        <translation>
            <numerusform>%n 条预警：见预警列表</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation>已停用的客户</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)</source>
        <translation>搜索名称、编号、拼音（如 bjyy）或电话号码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Only the customers you own and those shared with you</source>
        <translation>只显示由您负责的客户和共享给您的客户</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>全部 ABC 等级</translation>
    </message>
    <message>
        <source>★ Key accounts</source>
        <translation>★ 重点客户</translation>
    </message>
    <message>
        <source>Class {0}</source>
        <translation>{0} 类</translation>
    </message>
    <message>
        <source>Not classed</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>★ Key accounts ({0})</source>
        <translation>★ 重点客户（{0}）</translation>
    </message>
    <message>
        <source>Class {0} ({1})</source>
        <translation>{0} 类（{1}）</translation>
    </message>
    <message>
        <source>Showing the {0} customer(s) behind “{1}”. &lt;a href=&apos;clear&apos;&gt;Show all&lt;/a&gt;</source>
        <translation>正在显示“{1}”对应的 {0} 个客户。&lt;a href=&apos;clear&apos;&gt;显示全部&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer matches. Clear the search or the filters, or press Ctrl+N to add one.</source>
        <translation>没有符合条件的客户。请清空搜索或筛选条件，或按 Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <source>No customers yet.

Press Ctrl+N to add your first customer.</source>
        <translation>还没有客户。

按 Ctrl+N 新建第一个客户。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>A database file on this PC (SQLite)</source>
        <translation>本机的数据库文件 (SQLite)</translation>
    </message>
    <message>
        <source>The office&apos;s server (PostgreSQL)</source>
        <translation>单位的服务器 (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remember the password on this PC (pgpass file)</source>
        <translation>在本机记住密码(pgpass 文件)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.sqlite3);;All files (*)</source>
        <translation>crm-desktop 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>choose a database file</source>
        <translation>请选择一个数据库文件</translation>
    </message>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>无法连接：{0}</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已连接：{0}</translation>
    </message>
    <message>
        <source>The database cannot be opened now. Keep this choice anyway?</source>
        <translation>现在无法打开该数据库。仍然保存此选择吗？</translation>
    </message>
    <message>
        <source>Saved. The next start opens this database (started with --db or CRM_DESKTOP_DB, those win).</source>
        <translation>已保存。下次启动时打开此数据库(若以 --db 或 CRM_DESKTOP_DB 启动，则以它们为准)。</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent data&amp;bases</source>
        <translation>最近的数据库(&amp;B)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3)</source>
        <translation>crm-desktop 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>crm-desktop 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The details were written to the log file {0}. You can carry on working.</source>
        <translation>详细信息已写入日志文件 {0}。您可以继续工作。</translation>
    </message>
    <message>
        <source>You can carry on working.</source>
        <translation>您可以继续工作。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>e.g. 2024-03-07</source>
        <translation>例如 2024-03-07</translation>
    </message>
    <message>
        <source>yuan, e.g. 12,800.00 or 1.2万</source>
        <translation>单位元，例如 12,800.00 或 1.2万</translation>
    </message>
    <message>
        <source>yuan; negative for a return</source>
        <translation>单位元；退货填负数</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
    <message>
        <source>11 digits, or +country code</source>
        <translation>11位手机号，或 + 国家代码</translation>
    </message>
    <message>
        <source>e.g. 010-6234 5678</source>
        <translation>例如 010-6234 5678</translation>
    </message>
    <message>
        <source>e.g. 1985-03-07, or 3月7日 without the year</source>
        <translation>例如 1985-03-07，不知年份可填 3月7日</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <source>not a real date; type year-month-day, e.g. 2024-03-07</source>
        <translation>不是有效日期，请按年-月-日填写，例如 2024-03-07</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan that is not negative</source>
        <translation>不是有效金额，请填写不小于 0 的元数</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan</source>
        <translation>不是有效金额，请填写元数</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a mobile number: 11 digits starting with 1, or + and a country code</source>
        <translation>不是手机号码：应为以 1 开头的 11 位数字，或 + 加国家代码</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <source>not a birthday; type 1985-03-07, or 3-7 without the year</source>
        <translation>不是有效生日，请填 1985-03-07，不知年份可填 3-7</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>this code is already used by another customer</source>
        <translation>该编号已被其他客户使用</translation>
    </message>
    <message>
        <source>the next follow-up cannot be before the note&apos;s date</source>
        <translation>下次跟进日期不能早于记录日期</translation>
    </message>
    <message>
        <source>a complaint cannot be answered before it was received</source>
        <translation>答复日期不能早于受理日期</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>不是电子邮箱地址</translation>
    </message>
    <message>
        <source>enter the amount, or both quantity and unit price</source>
        <translation>请填写金额，或同时填写数量和单价</translation>
    </message>
    <message>
        <source>not one of the choices</source>
        <translation>不是可选项之一</translation>
    </message>
    <message>
        <source>not a month: write it as YYYY-MM, e.g. 2026-11</source>
        <translation>不是月份：请写成 YYYY-MM，例如 2026-11</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>a leader&apos;s instruction comes after the investigation: set the status to Instructed or later</source>
        <translation>领导批示在调查之后：请把状态设为“已批示”或之后的状态</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>请检查填写内容</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Nothing recorded for this customer yet.</source>
        <translation>此客户暂无变更记录。</translation>
    </message>
    <message>
        <source>Every change to this customer and its records, newest first. The history is kept for good and cannot be edited.</source>
        <translation>此客户及其各项记录的每一次变更，最新的在前。变更历史永久保存，不能修改。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Merged by an import</source>
        <translation>导入时合并</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>relationship note</source>
        <translation>客情记录</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>资信</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>购销关系</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证号</translation>
    </message>
    <message>
        <source>Estimated yearly purchases</source>
        <translation>年采购额估计</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>公司（客户名称）</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>no company and no contact name; row not imported</source>
        <translation>没有客户名称也没有联系人姓名，此行未导入</translation>
    </message>
    <message>
        <source>phone {value} lost digits when Excel wrote it as 1.23E+10; format the column as text and type the number again; not imported</source>
        <translation>电话 {value} 已被 Excel 写成科学计数法而丢失位数；请把该列设为文本格式后重新输入，此号码未导入</translation>
    </message>
    <message>
        <source>{value} is not a phone number; not imported</source>
        <translation>{value} 不是电话号码，未导入</translation>
    </message>
    <message>
        <source>birthday {value} is not a real date; not imported</source>
        <translation>生日 {value} 不是有效日期，未导入</translation>
    </message>
    <message>
        <source>sale date {value} is not a date; this sale is not imported</source>
        <translation>销售日期 {value} 不是有效日期，此笔销售未导入</translation>
    </message>
    <message>
        <source>{value} is not a valid amount or quantity; this sale is not imported</source>
        <translation>{value} 不是有效的金额或数量，此笔销售未导入</translation>
    </message>
    <message>
        <source>a sale needs a date and an amount (or quantity and unit price); this sale is not imported</source>
        <translation>销售记录需要日期和金额（或数量与单价），此笔销售未导入</translation>
    </message>
    <message>
        <source>the file ends inside this card; what it holds is imported</source>
        <translation>文件在这张名片中间结束；已导入名片里已有的内容</translation>
    </message>
    <message>
        <source>a new card begins before this one ends (no END:VCARD); what it holds is imported</source>
        <translation>这张名片还没结束（缺少 END:VCARD）下一张就开始了；已导入其中的内容</translation>
    </message>
    <message>
        <source>birthday {value} is text, not a date; kept in the notes</source>
        <translation>生日 {value} 是文字而不是日期，已保存在备注中</translation>
    </message>
    <message>
        <source>birthday {value} is not a whole date; kept in the notes</source>
        <translation>生日 {value} 不是完整的日期，已保存在备注中</translation>
    </message>
    <message>
        <source>{value} is not imported</source>
        <translation>{value} 未导入</translation>
    </message>
    <message>
        <source>{value} is not a vCard line; not imported</source>
        <translation>{value} 不是 vCard 的内容行，未导入</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Customers already in the database (merge adds what is new to them):</source>
        <translation>数据库中已有的客户（合并会把新内容补充进去）：</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>保存有问题的行…</translation>
    </message>
    <message>
        <source>Check again with this mapping</source>
        <translation>按此对应关系重新检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Columns found (change where a column went to the wrong field):</source>
        <translation>识别到的列（如有对应错误请修改）：</translation>
    </message>
    <message>
        <source>Problems (these values are not imported; the rest of the row is):</source>
        <translation>问题（这些值不会导入，该行其余内容照常导入）：</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source> (header on row {0})</source>
        <translation>（表头在第 {0} 行）</translation>
    </message>
    <message>
        <source>structured crm-desktop data</source>
        <translation>crm-desktop 结构化数据</translation>
    </message>
    <message>
        <source>File: {0}
Read: {1}; {2} data rows.</source>
        <translation>文件：{0}
读取：{1}；共 {2} 行数据。</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>（保留在备注中）</translation>
    </message>
    <message>
        <source>Merge into the existing customer</source>
        <translation>合并到已有客户</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>作为新客户添加</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched; {4} rows add nothing; {5} problems.</source>
        <translation>将新增 {0} 个客户、{1} 个联系人、{2} 条销售；匹配到已有记录 {3} 条；{4} 行无新内容；{5} 个问题。</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem rows saved</source>
        <translation>已保存问题行</translation>
    </message>
    <message>
        <source>{0} rows saved to {1}. Fix them there and import that file.</source>
        <translation>已将 {0} 行保存到 {1}。请在该文件中修改后再导入。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Added {0} customers, {1} contacts and {2} sales; {3} existing records matched; {4} rows added nothing; {5} problems.

Import history (File menu) can remove this import again.</source>
        <translation>新增 {0} 个客户、{1} 个联系人、{2} 条销售；匹配到已有记录 {3} 条；{4} 行无新内容；{5} 个问题。

如需撤销，可在“文件 → 导入记录”中删除本次导入。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was written. The reason: {0}</source>
        <translation>数据库未做任何更改。原因：{0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Customers added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No imports yet. File → Import… brings in an Excel or CSV contact book.</source>
        <translation>还没有导入过。可通过“文件 → 导入…”导入 Excel 或 CSV 通讯录。</translation>
    </message>
    <message>
        <source>Remove this import…</source>
        <translation>删除本次导入…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>删除导入</translation>
    </message>
    <message>
        <source>Remove everything this import added ({0})? Customers it created are removed with all their records, including ones entered since. This cannot be undone.</source>
        <translation>删除本次导入（{0}）新增的全部内容？由它创建的客户及其所有记录（包括之后录入的）都会被删除，且无法恢复。</translation>
    </message>
    <message>
        <source>Removing the import…</source>
        <translation>正在删除这次导入…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>连锁</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Buys from us</source>
        <translation>下游销售客户</translation>
    </message>
    <message>
        <source>Supplies us</source>
        <translation>上游供应客户</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>供销并存</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在期</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>开拓期</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会谈</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>重大变故</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>被盗</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>车祸</translation>
    </message>
    <message>
        <source>Family split</source>
        <translation>分家</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>其他变故</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Instructed</source>
        <translation>已批示</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>部门经理</translation>
    </message>
    <message>
        <source>Company leadership</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>Direct sale</source>
        <translation>直销</translation>
    </message>
    <message>
        <source>Through an agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Through a dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>电话订货</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>网上订货</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>其他渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>信函/邮件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线平台</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Operating permit</source>
        <translation>经营许可证</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP证书</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>其他证照</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发期</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>初级阶段</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定阶段</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略阶段</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost deal</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老客户介绍</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Cold call or visit</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation>主动上门</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导型</translation>
    </message>
    <message>
        <source>Influencer (consults others)</source>
        <translation>施加影响型</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟随型</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>检查型</translation>
    </message>
    <message>
        <source>Product (kind, brand, spec)</source>
        <translation>标的（品种、品牌、规格）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quality standard</source>
        <translation>质量要求</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Delivery (time, place, transport, costs)</source>
        <translation>发送（时间、地点、运输、费用）</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>结账方式</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>Dispute resolution</source>
        <translation>纠纷处理</translation>
    </message>
    <message>
        <source>Signing date, place and validity</source>
        <translation>签约时间、地点、生效期</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>crm-desktop speaks the new language from its next start. Restart now?</source>
        <translation>crm-desktop 下次启动时使用新的语言。现在重新启动吗？</translation>
    </message>
</context>
<context>
    <name>LicencesTab</name>
    <message>
        <source>Licence</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>未填有效期</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No licences recorded. Click Add… to enter the business licence, operating permit or GSP certificate with its expiry date; the warnings list tells you before one expires.</source>
        <translation>还没有证照。点“添加…”录入营业执照、经营许可证或 GSP 证书及有效期；到期前预警列表会提醒。</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>新建证照</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>编辑证照</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crm-desktop — customers</source>
        <translation>crm-desktop — 客户管理</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>导出全部(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the customers &amp;listed…</source>
        <translation>导出列表中的客户(&amp;L)…</translation>
    </message>
    <message>
        <source>Export the open customer to a &amp;phone…</source>
        <translation>导出当前客户到手机(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the open customer&apos;s contacts as a vCard file (.vcf) for phones</source>
        <translation>把当前客户的联系人保存为手机可导入的 vCard 文件（.vcf）</translation>
    </message>
    <message>
        <source>&amp;SMS list by region…</source>
        <translation>按地区导出短信名单(&amp;S)…</translation>
    </message>
    <message>
        <source>The mobiles of the customers listed, grouped by region, for an SMS platform</source>
        <translation>所列客户的手机号码，按地区分组，供短信平台使用</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Office details…</source>
        <translation>单位信息(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Rules and thresholds…</source>
        <translation>规则与阈值(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Database (file or server)…</source>
        <translation>数据库(文件或服务器)(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch operator…</source>
        <translation>退出登录 / 切换操作员(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reassign owner…</source>
        <translation>更换负责人(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Share the customer…</source>
        <translation>共享客户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>操作员(&amp;O)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;inactive customers</source>
        <translation>显示已停用客户(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>关于 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>Add {0} made-up customers with contacts, two years of sales, complaints and licences to this database? Try everything on them; for real work, start a new database or remove the demo customers afterwards.</source>
        <translation>向此数据库添加 {0} 个虚构客户（含联系人、两年销售、投诉和证照）吗？可以用它们尝试各项功能；正式使用时请新建数据库，或之后删除这些演示客户。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customer(s).</source>
        <translation>
            <numerusform>已添加 %n 个演示客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>No demo data was added.</source>
        <translation>未添加演示数据。</translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>crm-desktop — customers (read-only)</source>
        <translation>crm-desktop — 客户管理（只读）</translation>
    </message>
    <message>
        <source>Read-only: another window has this database open</source>
        <translation>只读：另一个窗口已打开此数据库</translation>
    </message>
    <message>
        <source>No operators are defined: crm-desktop opens without signing in.</source>
        <translation>尚未设置操作员：crm-desktop 打开时无需登录。</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>已登录：{0}（{1}）</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Share the customer</source>
        <translation>共享客户</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)</source>
        <translation>短信手机名单：地区、姓名、客户、手机 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;crm-desktop JSON (*.json);;vCard for phones, one card per contact (*.vcf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，每个联系人一行 (*.csv);;crm-desktop JSON (*.json);;手机通讯录 vCard，每个联系人一张名片 (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mobile number(s) to {0}</source>
        <translation>
            <numerusform>已导出 %n 个手机号到 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {0}</source>
        <translation>
            <numerusform>已导出 %n 个客户到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>SMS list by region</source>
        <translation>按地区的短信名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>请先打开一个客户。</translation>
    </message>
    <message>
        <source>Exported the contacts of {0} to {1}</source>
        <translation>已将 {0} 的联系人导出到 {1}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>The log files are in {0}</source>
        <translation>日志文件位于 {0}</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>关于 crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop {0}
An offline CRM for a distributor&apos;s sales office.</source>
        <translation>crm-desktop {0}
面向经销商销售部门的离线客户管理系统。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Clear event</source>
        <translation>解除变故预警</translation>
    </message>
    <message>
        <source>The major event was looked into: end its warning (the note stays)</source>
        <translation>重大变故已调查处理：解除其预警（记录保留）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Objective of the visit</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>what the visit is for; every visit records one</source>
        <translation>此次拜访的目的；每次拜访都要填写</translation>
    </message>
    <message>
        <source>Major event (kind “Major event”)</source>
        <translation>重大变故（方式为“重大变故”时）</translation>
    </message>
    <message>
        <source>Event cleared on</source>
        <translation>变故解除日期</translation>
    </message>
    <message>
        <source>No relationship notes yet. Click Add… after a visit or call, and set the next follow-up.</source>
        <translation>还没有客情记录。拜访或通话后点“添加…”记录，并设定下次跟进日期。</translation>
    </message>
    <message>
        <source>New relationship note</source>
        <translation>新建客情记录</translation>
    </message>
    <message>
        <source>Edit relationship note</source>
        <translation>编辑客情记录</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <source>a PNG or JPG file; empty for none</source>
        <translation>PNG 或 JPG 文件；留空则不打印标志</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Show what other computers saved: the list, the open customer, the warnings</source>
        <translation>显示其他电脑保存的内容：客户列表、打开的客户和预警</translation>
    </message>
    <message>
        <source>Export audit &amp;trail…</source>
        <translation>导出审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Save who changed what and when, for every customer, as .xlsx or .csv</source>
        <translation>把所有客户的变更记录（谁、何时、改了什么）保存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to {0}</source>
        <translation>
            <numerusform>已导出 %n 条审计记录到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计记录…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>New operator</source>
        <translation>新操作员</translation>
    </message>
    <message>
        <source>as the owner column shows it, e.g. 王芳</source>
        <translation>即“负责人”一栏显示的名字，例如 王芳</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>权限角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The first operator is an administrator. From then on crm-desktop asks for a name and password when it starts.</source>
        <translation>第一个操作员是管理员。此后 crm-desktop 启动时会要求输入登录名和密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Viewer (read and print)</source>
        <translation>只读（查看和打印）</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>修改设置或规则</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>reassign or share customers</source>
        <translation>更换负责人或共享客户</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>deactivate customers</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <source>work without signing in</source>
        <translation>不登录就操作</translation>
    </message>
    <message>
        <source>The {0} role may not {1}.</source>
        <translation>{0}角色不能{1}。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {0} seconds, then try again.</source>
        <translation>密码错误次数过多。请等待 {0} 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong operator name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>无权操作：{0}</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>权限角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>New password for {0}</source>
        <translation>{0} 的新密码</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Opportunity lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Why was it lost? (price, competitor, …)</source>
        <translation>丢单原因？（价格、竞争对手……）</translation>
    </message>
    <message>
        <source>Cannot move it</source>
        <translation>无法移动</translation>
    </message>
    <message>
        <source>Its sales line is recorded: remove that line from the sales log before reopening it.</source>
        <translation>该机会的销售记录已登记：请先在销售记录中删除该行，再重新打开此机会。</translation>
    </message>
    <message>
        <source>A lost opportunity needs its reason.</source>
        <translation>丢单须填写原因。</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <source>Record the sale</source>
        <translation>登记销售</translation>
    </message>
    <message>
        <source>Add the won opportunity to the sales log</source>
        <translation>把赢单的机会记入销售记录</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>needed when lost</source>
        <translation>丢单时必填</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No sales opportunities. Click Add… to record one: product, expected amount and close date, and the next step; its date joins Today&apos;s follow-ups.</source>
        <translation>暂无销售机会。点“添加…”记录：产品、预计金额和成交日期以及下一步；下一步的日期会列入“今日”的待跟进。</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>编辑销售机会</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Edit origin…</source>
        <translation>编辑来源…</translation>
    </message>
    <message>
        <source>Where the customer came from</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>介绍的新客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Decision style</source>
        <translation>决策风格</translation>
    </message>
    <message>
        <source>Reports to and style…</source>
        <translation>上级与决策风格…</translation>
    </message>
    <message>
        <source>Key people: who reports to whom</source>
        <translation>关键人：组织结构</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>Referred by (customer name or code)</source>
        <translation>介绍人（客户名称或编号）</translation>
    </message>
    <message>
        <source>needed for a referral</source>
        <translation>老客户介绍时必填</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No such customer</source>
        <translation>没有这个客户</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上级</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <source>Move the selected opportunity to another stage (or drag it to the column)</source>
        <translation>把选中的机会移到另一阶段（也可以拖到该列）</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>下一步：{0}</translation>
    </message>
    <message>
        <source>Expected amount: {0} yuan</source>
        <translation>预计金额：{0} 元</translation>
    </message>
    <message>
        <source>Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan</source>
        <translation>赢单率：{0}（丢单 {1} 个）· 进行中机会的加权预测：{2} 元</translation>
    </message>
    <message>
        <source>No opportunities yet: add one on a customer&apos;s Opportunities tab.</source>
        <translation>还没有销售机会：请在客户的“销售机会”页签中添加。</translation>
    </message>
    <message>
        <source>Funnel: reached, and on to the next stage</source>
        <translation>销售漏斗：到达各阶段的数量及进入下一阶段的转化率</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Weighted by chance</source>
        <translation>按成功率加权</translation>
    </message>
    <message>
        <source>Forecast by month of the expected close</source>
        <translation>按预计成交月份的预测</translation>
    </message>
    <message>
        <source>No open opportunity with a close date</source>
        <translation>没有带预计成交日期的进行中机会</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Set plan…</source>
        <translation>设定计划…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>（全部产品）</translation>
    </message>
    <message>
        <source>No plan for this month. Click Set plan… to enter the monthly target; the warnings list then tells you when sales fall behind.</source>
        <translation>本月还没有销售计划。点“设定计划…”录入月度目标；销售落后时预警列表会提醒。</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <source>This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were expected: {4}. Same month last year: {5}.</source>
        <translation>本月已完成 {0}，计划 {1} 元（{2:.0f}%）；按时间进度今天应达 {3} 元：{4}。去年同月：{5}。</translation>
    </message>
    <message>
        <source>(The plan is the sum of this month&apos;s product plans.)</source>
        <translation>（本月计划为各产品计划之和。）</translation>
    </message>
    <message>
        <source>Behind their own plans: {0}.</source>
        <translation>未达到各自计划的产品：{0}。</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Product (empty: the whole month)</source>
        <translation>产品（留空：整月计划）</translation>
    </message>
    <message>
        <source>Plan (yuan, empty to remove)</source>
        <translation>计划金额（元，留空即删除）</translation>
    </message>
    <message>
        <source>Monthly sales plan</source>
        <translation>月度销售计划</translation>
    </message>
</context>
<context>
    <name>QueryOp</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This window shows the data read-only: another crm-desktop window has the database open. Nothing was saved; make the change in that window.</source>
        <translation>此窗口以只读方式显示数据：另一个 crm-desktop 窗口已打开该数据库。未保存任何内容，请在那个窗口中修改。</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Click Add… to record the first one.</source>
        <translation>还没有记录。点“添加…”记录第一条。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Remove the selected line? This cannot be undone.</source>
        <translation>删除选中的这一条？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reminders could not be read: {0}</source>
        <translation>无法读取提醒：{0}</translation>
    </message>
    <message>
        <source>… and {0} more: print them all from Reports → Today&apos;s reminders</source>
        <translation>…… 还有 {0} 条：可从“报表 → 今日提醒”打印全部</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>销售机会：{0}</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>没有到期的跟进。</translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>7 天内的生日</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <source>No contact&apos;s birthday in the next 7 days.</source>
        <translation>7 天内没有联系人过生日。</translation>
    </message>
    <message>
        <source>Public holidays in the next 14 days</source>
        <translation>14 天内的节假日</translation>
    </message>
    <message>
        <source>: a good moment for greetings or a visit</source>
        <translation>：适合问候或拜访客户</translation>
    </message>
    <message>
        <source>No public holiday in the next 14 days.</source>
        <translation>14 天内没有法定节假日。</translation>
    </message>
    <message>
        <source>Licences expiring</source>
        <translation>即将到期的证照</translation>
    </message>
    <message>
        <source>No licence expires soon.</source>
        <translation>近期没有证照到期。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today. Double-click a line to open the customer.</source>
        <translation>
            <numerusform>今天有 %n 条提醒。双击一行打开客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today. Follow-ups come from relationship notes, birthdays from contacts, licences from the Licences tab.</source>
        <translation>今天没有待办事项。跟进来自客情记录，生日来自联系人，证照来自“证照”页。</translation>
    </message>
    <message>
        <source>holiday coming: {0}</source>
        <translation>节日将至：{0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日提醒</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;preview</source>
        <translation>打印预览(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>导出 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Profile of this customer</source>
        <translation>当前客户档案</translation>
    </message>
    <message>
        <source>Statement of account of this customer (this month)</source>
        <translation>当前客户本月对账单</translation>
    </message>
    <message>
        <source>Profiles of the customers listed</source>
        <translation>列表中全部客户的档案</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>应收账款账龄表</translation>
    </message>
    <message>
        <source>Warnings list</source>
        <translation>预警清单</translation>
    </message>
    <message>
        <source>Customers by ABC class</source>
        <translation>客户ABC分类表</translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>列表为空。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages)</source>
        <translation>已保存 {0}（共 {1} 页）</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules and thresholds</source>
        <translation>规则与阈值</translation>
    </message>
    <message>
        <source>ABC: retail, medical and other customers</source>
        <translation>ABC分类：零售、医疗机构及其他客户</translation>
    </message>
    <message>
        <source>ABC: wholesale and chain customers</source>
        <translation>ABC分类：批发、连锁客户</translation>
    </message>
    <message>
        <source>Customer lost after at least (days)</source>
        <translation>至少多少天未进货视为流失（天）</translation>
    </message>
    <message>
        <source>… or this many times the usual gap between orders</source>
        <translation>…或超过通常进货间隔的倍数</translation>
    </message>
    <message>
        <source>Behind plan below this share of the pro-rata plan (%)</source>
        <translation>低于按日折算计划的比例视为进度落后（%）</translation>
    </message>
    <message>
        <source>Below last year under this share of the same month, pro rata (%)</source>
        <translation>低于去年同月按天折算的此比例时预警 (%)</translation>
    </message>
    <message>
        <source>Order overdue after the usual gap, from this many orders</source>
        <translation>超过通常进货间隔即预警，自此进货次数起</translation>
    </message>
    <message>
        <source>Warn about licences expiring within (days)</source>
        <translation>证照到期前多少天预警（天）</translation>
    </message>
    <message>
        <source>Complaint overdue after (days)</source>
        <translation>投诉超过多少天未答复视为逾期（天）</translation>
    </message>
    <message>
        <source>Warn about contracts ending within (days)</source>
        <translation>合同到期提前预警（天）</translation>
    </message>
    <message>
        <source>Key accounts: the fewest customers making this share of the gross profit (%)</source>
        <translation>重点客户：贡献此毛利份额的最少客户（%）</translation>
    </message>
    <message>
        <source>A new customer is “welcome” for (days)</source>
        <translation>新客户“欢迎期”天数</translation>
    </message>
    <message>
        <source>“Loyal” from this many orders</source>
        <translation>达到多少次订货为“忠诚期”</translation>
    </message>
    <message>
        <source>“Declining” when the last 6 months fall below (% of the 6 before)</source>
        <translation>近 6 个月低于前 6 个月的百分之几为“衰退期”（%）</translation>
    </message>
    <message>
        <source>Weight of the payment history in the rating (%)</source>
        <translation>信用评级中历史回款得分的权重（%）</translation>
    </message>
    <message>
        <source>Rating {0} from a combined score of</source>
        <translation>综合得分达到多少评为 {0} 级</translation>
    </message>
    <message>
        <source>Chance of an opportunity at “{0}” (%)</source>
        <translation>“{0}”阶段的成功率（%）</translation>
    </message>
    <message>
        <source>Summer months</source>
        <translation>夏季月份</translation>
    </message>
    <message>
        <source>Summer midday rest from</source>
        <translation>夏季午休开始</translation>
    </message>
    <message>
        <source>… until</source>
        <translation>…… 结束</translation>
    </message>
    <message>
        <source>Winter months</source>
        <translation>冬季月份</translation>
    </message>
    <message>
        <source>No calls on winter mornings before</source>
        <translation>冬天早上几点前不打电话</translation>
    </message>
    <message>
        <source>No calls on other mornings before</source>
        <translation>其他季节早上几点前不打电话</translation>
    </message>
    <message>
        <source>No calls on weekend and holiday mornings before</source>
        <translation>周末和节假日早上几点前不打电话</translation>
    </message>
    <message>
        <source>No calls in the evening from</source>
        <translation>晚上几点后不打电话</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Stages and credit rating</source>
        <translation>阶段与信用评级</translation>
    </message>
    <message>
        <source>Call-time courtesy</source>
        <translation>打电话的礼貌时间</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Monthly ≥ (万元)</source>
        <translation>月均销售≥（万元）</translation>
    </message>
    <message>
        <source>Upgrade at margin %</source>
        <translation>升级毛利率%</translation>
    </message>
    <message>
        <source>{0}: {1} is not a number</source>
        <translation>{0}：{1} 不是数字</translation>
    </message>
    <message>
        <source>Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.</source>
        <translation>月份是 1 到 12 的数字，用逗号分隔，例如 6, 7, 8, 9。</translation>
    </message>
    <message>
        <source>Please check the rules</source>
        <translation>请检查规则设置</translation>
    </message>
    <message>
        <source>Monthly sales must fall from AAA down to C, none negative.</source>
        <translation>月均销售额下限须从 AAA 到 C 依次递减，且不能为负。</translation>
    </message>
    <message>
        <source>Each table lists AAA, AA, A, B+, B and C.</source>
        <translation>每张表须依次列出 AAA、AA、A、B+、B、C。</translation>
    </message>
    <message>
        <source>An upgrade margin is a percentage from 0 to 100.</source>
        <translation>升级毛利率须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The rating scores must fall from A to C.</source>
        <translation>各信用等级的分数线必须从 A 到 C 依次降低。</translation>
    </message>
    <message>
        <source>The summer midday rest must end after it starts.</source>
        <translation>夏季午休的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>An opportunity&apos;s chance is 0 to 100 % and does not fall from lead to negotiation.</source>
        <translation>成功率为 0 到 100%，且从线索到商务谈判不能递减。</translation>
    </message>
    <message>
        <source>A value is out of range.</source>
        <translation>有数值超出允许范围。</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>empty: quantity × unit price; negative for a return</source>
        <translation>留空则按 数量×单价 计算；退货填负数</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>购买渠道</translation>
    </message>
    <message>
        <source>No sales recorded. Click Add… to enter a delivery: date, product, quantity and price.</source>
        <translation>还没有销售记录。点“添加…”录入一笔进货：日期、产品、数量和单价。</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新建销售</translation>
    </message>
    <message>
        <source>Edit sale</source>
        <translation>编辑销售</translation>
    </message>
    <message>
        <source>Over the credit limit</source>
        <translation>超出授信额度</translation>
    </message>
    <message>
        <source>With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan by {2} yuan.

Record the sale anyway?</source>
        <translation>录入这笔销售后，应收账款将达 {0} 元，超出授信额度 {1} 元共 {2} 元。

仍然录入吗？</translation>
    </message>
    <message>
        <source>Total {0} · paid {1} · receivable {2}</source>
        <translation>合计 {0} · 已回款 {1} · 应收 {2}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share the customer</source>
        <translation>共享客户</translation>
    </message>
    <message>
        <source>Sales operators who may also work on it:</source>
        <translation>还可以处理此客户的销售人员：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>The open customer&apos;s tabs</source>
        <translation>当前客户的各标签页</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>打开选中的客户</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Every menu</source>
        <translation>各菜单</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to crm-desktop</source>
        <translation>登录 crm-desktop</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <source>Changed by {0} at {1} — reload?

Someone saved this record after you opened it, so nothing of yours was saved. Reload shows what is saved now; Cancel goes back to what you typed (copy what you need, then reload).</source>
        <translation>已被 {0} 于 {1} 修改 — 重新加载吗？

您打开此记录后，有人保存了它，所以您的修改没有保存。“重新加载”显示现在保存的内容；“取消”回到您输入的内容（复制需要的部分后再重新加载）。</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StandingTab</name>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC分类</translation>
    </message>
    <message>
        <source>Evaluation card (1–5 each)</source>
        <translation>客户评价卡（每项 1–5 分）</translation>
    </message>
    <message>
        <source>Business capability</source>
        <translation>经营能力</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>商业信誉</translation>
    </message>
    <message>
        <source>Social relations</source>
        <translation>社会关系</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作态度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit stage and evaluation…</source>
        <translation>编辑阶段与评价…</translation>
    </message>
    <message>
        <source>Follow the suggested stage</source>
        <translation>采用建议阶段</translation>
    </message>
    <message>
        <source>{0} (set by hand; the sales log suggests {1})</source>
        <translation>{0}（手工设定；按销售记录建议为 {1}）</translation>
    </message>
    <message>
        <source>{0} (set by hand, as the sales log suggests)</source>
        <translation>{0}（手工设定，与销售记录建议一致）</translation>
    </message>
    <message>
        <source>{0} (suggested from the sales log)</source>
        <translation>{0}（按销售记录建议）</translation>
    </message>
    <message>
        <source>unknown: enter the customer&apos;s estimated yearly purchases of our kind of product</source>
        <translation>未知：请填写客户每年采购同类产品的估计总额</translation>
    </message>
    <message>
        <source>{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)</source>
        <translation>{0}：我方 {1} 元，占估计总额 {2} 元的 {3:.0f}%</translation>
    </message>
    <message>
        <source>not classed (no sales in the last 12 full months)</source>
        <translation>未分类（近 12 个完整月无销售）</translation>
    </message>
    <message>
        <source> · ★ key account</source>
        <translation> · ★ 重点客户</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{0} of 20</source>
        <translation>{0} 分（满分 20）</translation>
    </message>
    <message>
        <source>score all four to see the total</source>
        <translation>四项都评分后显示合计</translation>
    </message>
    <message>
        <source>Estimated yearly purchases of our kind of product (yuan)</source>
        <translation>客户每年采购同类产品估计总额（元）</translation>
    </message>
    <message>
        <source>from all suppliers; gives the share of wallet</source>
        <translation>含所有供应商；用于计算我方份额</translation>
    </message>
    <message>
        <source>Stage and evaluation</source>
        <translation>阶段与评价</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>VcardExport</name>
    <message>
        <source>Export contacts to a phone</source>
        <translation>导出联系人到手机</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>手机通讯录 vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Over credit limit</source>
        <translation>欠款超授信</translation>
    </message>
    <message>
        <source>Stopped ordering</source>
        <translation>客户流失</translation>
    </message>
    <message>
        <source>Order overdue</source>
        <translation>进货频率下降</translation>
    </message>
    <message>
        <source>Behind sales plan</source>
        <translation>销售进度落后</translation>
    </message>
    <message>
        <source>Below last year</source>
        <translation>低于去年同期</translation>
    </message>
    <message>
        <source>Licence expiring</source>
        <translation>证照到期</translation>
    </message>
    <message>
        <source>Complaint overdue</source>
        <translation>投诉逾期</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>重大变故</translation>
    </message>
    <message>
        <source>receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan</source>
        <translation>应收账款 {receivable} 元，超出授信额度 {limit} 元达 {excess} 元</translation>
    </message>
    <message>
        <source>no order for {days} days since {last} (usual limit {limit} days)</source>
        <translation>自 {last} 起已 {days} 天未进货（正常间隔上限 {limit} 天）</translation>
    </message>
    <message>
        <source>month-to-date sales of {product} {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan of {product} for {month}, with {tolerance}% tolerance)</source>
        <translation>{product} 本月至今销售 {done} 元，低于应达到的 {target} 元（{month} {product} 计划 {plan} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan for {month}, with {tolerance}% tolerance)</source>
        <translation>本月至今销售 {done} 元，低于应达到的 {target} 元（{month} 计划 {plan} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>operating permit</source>
        <translation>经营许可证</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP证书</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <source>expires in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <source>complaint {category} received {received} is unanswered after {days} days</source>
        <translation>{received} 受理的投诉 {category} 已 {days} 天未答复</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is due today</source>
        <translation>计划于 {follow} 跟进（{noted} 的客情记录），今天到期</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is {days} days overdue</source>
        <translation>计划于 {follow} 跟进（{noted} 的客情记录），已逾期 {days} 天</translation>
    </message>
    <message>
        <source>contract {number} ends today ({ends}); no later contract</source>
        <translation>合同 {number} 今天到期（{ends}），尚无续签合同</translation>
    </message>
    <message>
        <source>contract {number} ends in {days} days ({ends}); no later contract</source>
        <translation>合同 {number} 将于 {days} 天后到期（{ends}），尚无续签合同</translation>
    </message>
    <message>
        <source>no order for {days} days since {last}: usually one every {usual} days (median gap of {orders} orders)</source>
        <translation>自 {last} 起已 {days} 天未进货：通常每 {usual} 天进货一次（{orders} 次进货的间隔中位数）</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {before} yuan of {month}, with {tolerance}% tolerance)</source>
        <translation>本月至今销售 {done} 元，低于应达到的 {target} 元（{month} 同期 {before} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted}: {summary} ({days} days ago) — until someone clears it</source>
        <translation>{noted} 报告重大变故（{event}）：{summary}（{days} 天前）— 直至有人解除</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted} ({days} days ago) — until someone clears it</source>
        <translation>{noted} 报告重大变故（{event}）（{days} 天前）— 直至有人解除</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Clear event</source>
        <translation>解除变故预警</translation>
    </message>
    <message>
        <source>The selected major event was looked into: end its warning</source>
        <translation>所选重大变故已调查处理：解除其预警</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Nothing needs attention: no arrears over the limit, no lost customers, no overdue complaints or follow-ups.</source>
        <translation>目前没有需要处理的事项：没有超额欠款、流失客户、逾期投诉或到期跟进。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Warnings could not be computed: {0}</source>
        <translation>无法计算预警：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to crm-desktop</source>
        <translation>欢迎使用 crm-desktop</translation>
    </message>
    <message>
        <source>This database has no customers yet. Bring in the contact book you already keep, type your first customer, or look around in made-up demo data first.</source>
        <translation>这个数据库还没有客户。可以导入您已有的通讯录，录入第一个客户，或者先用虚构的演示数据看看各项功能。</translation>
    </message>
    <message>
        <source>&amp;Import a contact book…</source>
        <translation>导入通讯录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add a customer</source>
        <translation>新建客户(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Help → User guide explains every screen.</source>
        <translation>“帮助 → 用户指南”介绍每个界面。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts or sales</source>
        <translation>导入联系人或销售记录</translation>
    </message>
    <message>
        <source>Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)</source>
        <translation>通讯录 (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;所有文件 (*)</translation>
    </message>
</context>
</TS>

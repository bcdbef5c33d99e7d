<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Sales by month, this year against last</source>
        <translation>月度銷售：今年與去年同期</translation>
    </message>
    <message>
        <source>Performance by channel</source>
        <translation>按通路業績</translation>
    </message>
    <message>
        <source>Performance by region</source>
        <translation>按區域業績</translation>
    </message>
    <message>
        <source>Performance by category</source>
        <translation>按客戶類別業績</translation>
    </message>
    <message>
        <source>Performance by salesperson</source>
        <translation>按業務員業績</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>按產品銷售</translation>
    </message>
    <message>
        <source>Sales by product and spec</source>
        <translation>按產品和規格銷售</translation>
    </message>
    <message>
        <source>Customers earning the most margin</source>
        <translation>毛利最高的客戶</translation>
    </message>
    <message>
        <source>Least profitable customers</source>
        <translation>毛利率最低的客戶</translation>
    </message>
    <message>
        <source>80/20: the customers that make the sales</source>
        <translation>二八分析：貢獻銷售的客戶</translation>
    </message>
    <message>
        <source>ABC classes: customers and sales (the 12 months they are computed on)</source>
        <translation>ABC 分類：客戶數與銷售額（按分類所用的 12 個月）</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>按生命週期階段統計客戶</translation>
    </message>
    <message>
        <source>Customers by relationship stage (share of wallet)</source>
        <translation>按關係階段統計客戶（我方份額）</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新客戶</translation>
    </message>
    <message>
        <source>Retention against the same period last year</source>
        <translation>與去年同期相比的客戶保持</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按類別統計投訴</translation>
    </message>
    <message>
        <source>Complaints by status</source>
        <translation>按狀態統計投訴</translation>
    </message>
    <message>
        <source>Complaints by escalation level</source>
        <translation>投訴（按處理層級）</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>計劃與實際</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自訂…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部通路</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>In 10,000 yuan</source>
        <translation>按萬元</translation>
    </message>
    <message>
        <source>Show money in 10,000 yuan (万元) instead of yuan</source>
        <translation>金額以萬元顯示，而不是元</translation>
    </message>
    <message>
        <source>Large view</source>
        <translation>大視窗檢視</translation>
    </message>
    <message>
        <source>Open the analysis in its own large window (again to put it back)</source>
        <translation>在單獨的大視窗中開啟分析（再點一次放回原處）</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>儲存圖表…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>匯出表格…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>The view could not be computed: {0}</source>
        <translation>無法計算該分析：{0}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Sales ({0})</source>
        <translation>銷售額（{0}）</translation>
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
        <translation>佔比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計佔比</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴數</translation>
    </message>
    <message>
        <source>Average days to answer</source>
        <translation>平均答覆天數</translation>
    </message>
    <message>
        <source>Compensation ({0})</source>
        <translation>補償（{0}）</translation>
    </message>
    <message>
        <source>Plan ({0})</source>
        <translation>計劃（{0}）</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>再次購買</translation>
    </message>
    <message>
        <source>Did not buy again</source>
        <translation>未再購買</translation>
    </message>
    <message>
        <source>New this period</source>
        <translation>本期新客戶</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>未升級</translation>
    </message>
    <message numerus="yes">
        <source>The biggest %n customer(s)</source>
        <translation>
            <numerusform>前 %n 大客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>not classed</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未計算</translation>
    </message>
    <message>
        <source>no wallet estimate</source>
        <translation>未估計採購總額</translation>
    </message>
    <message>
        <source>Nothing to show for these filters.
Enter sales in a customer's Sales log or import them (File → Import…), or widen the period.</source>
        <translation>這些條件下沒有資料。
請在客戶的“銷售記錄”中錄入銷售或匯入（檔案 → 匯入…），或放寬時間範圍。</translation>
    </message>
    <message>
        <source>{0} customers make 80 % of sales (blue); {1} customers in all</source>
        <translation>{0} 個客戶貢獻 80% 的銷售額（藍色）；共 {1} 個客戶</translation>
    </message>
    <message>
        <source>{0} of {1} prospects bought for the first time in the period</source>
        <translation>{1} 個潛在客戶中有 {0} 個在本期首次購買</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>重點客戶</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database was upgraded for this version; the previous file is kept in {0}</source>
        <translation>資料庫已升級到此版本；原檔案儲存在 {0}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已經開啟</translation>
    </message>
    <message>
        <source>The other window does not answer. Close it, or open the data read-only here.</source>
        <translation>另一個視窗沒有回應。請關閉它，或在這裡以唯讀方式開啟資料。</translation>
    </message>
    <message>
        <source>{0} is already open in another crm-desktop window.</source>
        <translation>{0} 已在另一個 crm-desktop 視窗中開啟。</translation>
    </message>
    <message>
        <source>Switch to that window, or open the data read-only here: a read-only window shows everything and changes nothing.</source>
        <translation>切換到那個視窗，或在這裡以唯讀方式開啟資料：唯讀視窗可檢視全部內容，但不能修改。</translation>
    </message>
    <message>
        <source>Switch to the open window</source>
        <translation>切換到已開啟的視窗</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <source>The backup could not be restored; the data was left as it was.
{0}</source>
        <translation>備份未能恢復，資料保持原樣。
{0}</translation>
    </message>
    <message>
        <source>The data was restored from {0}.</source>
        <translation>資料已從 {0} 恢復。</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {0}.</source>
        <translation>被替換的資料儲存在 {0}。</translation>
    </message>
    <message>
        <source>{0}

The latest backup of this database is {1}. Restore it? The file that cannot be opened is kept beside the backups.</source>
        <translation>{0}

此資料庫最近的備份是 {1}。要恢復它嗎？無法開啟的檔案會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢復最近的備份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>The backup could not be restored either: {0}</source>
        <translation>備份也無法恢復：{0}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign owner</source>
        <translation>更換負責人</translation>
    </message>
    <message>
        <source>The open customer</source>
        <translation>目前開啟的客戶</translation>
    </message>
    <message numerus="yes">
        <source>All %n customer(s) listed</source>
        <translation>
            <numerusform>列表中的全部 %n 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新負責人</translation>
    </message>
    <message>
        <source>Choose an operator and at least one customer.</source>
        <translation>請選擇一名操作員和至少一個客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to {0}?</source>
        <translation>
            <numerusform>把 %n 個客戶交給 {0} 負責？</numerusform>
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
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups &amp;folder…</source>
        <translation>備份資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Today's backup was written to {0}</source>
        <translation>今天的備份已寫入 {0}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be written: {0}</source>
        <translation>今天的自動備份未能寫入：{0}</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{0}</source>
        <translation>備份已寫入並通過驗證：
{0}</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>未寫入備份：{0}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)</source>
        <translation>crm-desktop 備份 (*.sqlite3.gz *.sqlite3 *.gz);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed.
{0}</source>
        <translation>此檔案無法恢復，資料未作任何改動。
{0}</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在驗證備份…</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {0} ({1} customers)?

The current data is backed up first. crm-desktop restarts to restore.</source>
        <translation>用 {0} 的備份（{1} 個客戶）替換目前資料嗎？

目前資料會先備份。crm-desktop 將重新啟動以完成恢復。</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>答覆天數</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>處理層級</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>投訴通路</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Instructed by</source>
        <translation>批示領導</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>內容描述</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答覆日期</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>補償（元）</translation>
    </message>
    <message>
        <source>Handler (responsible)</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Instruction given by</source>
        <translation>批示領導</translation>
    </message>
    <message>
        <source>Leader's instruction</source>
        <translation>領導批示</translation>
    </message>
    <message>
        <source>No complaints. When the customer complains, click Add… and follow it until it is answered.</source>
        <translation>暫無投訴。客戶投訴時請點“新增…”記錄，並跟進直到答覆客戶。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投訴</translation>
    </message>
    <message>
        <source>Edit complaint</source>
        <translation>編輯投訴</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Export to phone…</source>
        <translation>匯出到手機…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a vCard file (.vcf) that phones import</source>
        <translation>把選中的聯絡人儲存為手機可匯入的 vCard 檔案（.vcf）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {0}</source>
        <translation>
            <numerusform>已匯出 %n 位聯絡人到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>it is the summer midday rest</source>
        <translation>正是夏季午休時間</translation>
    </message>
    <message>
        <source>it is early on a winter morning</source>
        <translation>冬天早上時間太早</translation>
    </message>
    <message>
        <source>it is early in the morning</source>
        <translation>早上時間太早</translation>
    </message>
    <message>
        <source>it is early on a weekend or holiday morning</source>
        <translation>週末或節假日早上時間太早</translation>
    </message>
    <message>
        <source>it is late in the evening</source>
        <translation>晚上時間太晚</translation>
    </message>
    <message>
        <source>☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.</source>
        <translation>☎ 現在（{1:%H:%M}）最好不要給{0}打電話：{2}。{3} 以後再打比較禮貌。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已離職）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation>（農曆）</translation>
    </message>
    <message>
        <source>Role in purchase</source>
        <translation>採購決策角色</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Birthday is a lunar date</source>
        <translation>生日為農曆</translation>
    </message>
    <message>
        <source>Has left the customer</source>
        <translation>已離職</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>興趣愛好</translation>
    </message>
    <message>
        <source>what the person likes</source>
        <translation>此人的興趣愛好</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>what they prefer when buying, their habits</source>
        <translation>購買偏好、消費習慣</translation>
    </message>
    <message>
        <source>No contacts yet. Click Add… to record who decides, who buys and their birthdays.</source>
        <translation>還沒有聯絡人。點“新增…”記錄誰拍板、誰採購，以及他們的生日。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建聯絡人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>編輯聯絡人</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contract no.</source>
        <translation>合同編號</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽訂日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>結帳方式</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>標準條款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>無到期日期</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已到期</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
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
        <translation>標準條款齊全</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>結算方式</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交貨條款</translation>
    </message>
    <message>
        <source>Quality terms</source>
        <translation>品質條款</translation>
    </message>
    <message>
        <source>Clause: {0}</source>
        <translation>條款：{0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No contracts recorded. Click Add… to register one with its number, dates and terms, and tick the standard clauses it contains; the warnings list tells you before one ends.</source>
        <translation>暫無合同。點“新增…”登記合同編號、日期和條款，並勾選合同包含的標準條款；合同到期前預警清單會提醒。</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>編輯合同</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>Credit limit (yuan)</source>
        <translation>授信額度（元）</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>帳期（天）</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等級</translation>
    </message>
    <message>
        <source>Receivable (yuan)</source>
        <translation>應收帳款（元）</translation>
    </message>
    <message>
        <source>Payment-history score</source>
        <translation>歷史回款得分</translation>
    </message>
    <message>
        <source>Potential score</source>
        <translation>發展潛力得分</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>建議信用等級</translation>
    </message>
    <message>
        <source>Credit application</source>
        <translation>授信申請</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>資信調查</translation>
    </message>
    <message>
        <source>Edit credit…</source>
        <translation>編輯資信…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>{0} of 100 (amounts paid within the payment days, last 12 months)</source>
        <translation>{0} 分（滿分 100：近 12 個月帳期內回款的金額佔比）</translation>
    </message>
    <message>
        <source>no amounts fell due in the last 12 months</source>
        <translation>近 12 個月沒有到期的應收款</translation>
    </message>
    <message>
        <source>{0} of 100</source>
        <translation>{0} 分（滿分 100）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <source> (differs from the rating set)</source>
        <translation>（與現定等級不同）</translation>
    </message>
    <message>
        <source>applied {0} for {1} yuan, approved by {2}</source>
        <translation>{0} 申請授信 {1} 元，審批人 {2}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Receivable is over the credit limit by {0} yuan.</source>
        <translation>應收帳款已超出授信額度 {0} 元。</translation>
    </message>
    <message>
        <source>No credit limit set. Click Edit credit… to set one.</source>
        <translation>尚未設定授信額度。點“編輯資信…”設定。</translation>
    </message>
    <message>
        <source>{0} yuan of the limit still available.</source>
        <translation>授信額度尚餘 {0} 元。</translation>
    </message>
    <message>
        <source>suggested: {0}</source>
        <translation>建議：{0}</translation>
    </message>
    <message>
        <source>Potential score (0–100)</source>
        <translation>發展潛力得分（0–100）</translation>
    </message>
    <message>
        <source>Credit applied for on</source>
        <translation>授信申請日期</translation>
    </message>
    <message>
        <source>Requested limit (yuan)</source>
        <translation>申請額度（元）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>審批人</translation>
    </message>
    <message>
        <source>Credit investigation notes</source>
        <translation>資信調查記錄</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>資信</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Edit customer…</source>
        <translation>編輯客戶…</translation>
    </message>
    <message>
        <source>&amp;1 Contacts</source>
        <translation>&amp;1 聯絡人</translation>
    </message>
    <message>
        <source>&amp;2 Relationship notes</source>
        <translation>&amp;2 客情記錄</translation>
    </message>
    <message>
        <source>&amp;3 Credit</source>
        <translation>&amp;3 資信</translation>
    </message>
    <message>
        <source>&amp;4 Sales log</source>
        <translation>&amp;4 銷售記錄</translation>
    </message>
    <message>
        <source>&amp;5 Complaints</source>
        <translation>&amp;5 投訴</translation>
    </message>
    <message>
        <source>&amp;6 Licences</source>
        <translation>&amp;6 證照</translation>
    </message>
    <message>
        <source>&amp;7 Stage and evaluation</source>
        <translation>&amp;7 階段與評價</translation>
    </message>
    <message>
        <source>&amp;8 History</source>
        <translation>&amp;8 變更歷史</translation>
    </message>
    <message>
        <source>&amp;9 Opportunities</source>
        <translation>&amp;9 銷售機會</translation>
    </message>
    <message>
        <source>&amp;0 Contracts</source>
        <translation>&amp;0 購銷合同</translation>
    </message>
    <message>
        <source>Origin and key &amp;people</source>
        <translation>來源與關鍵人(&amp;P)</translation>
    </message>
    <message>
        <source>Select a customer on the left to see everything about it here.

Ctrl+F searches, Ctrl+N adds a new customer.</source>
        <translation>在左側選擇一個客戶，這裡會顯示它的全部資料。

Ctrl+F 搜尋，Ctrl+N 新建客戶。</translation>
    </message>
    <message>
        <source>Only its owner, the operators it is shared with and administrators change this customer.</source>
        <translation>只有負責人、共享給的操作員和管理員可以修改此客戶。</translation>
    </message>
    <message>
        <source>Only its owner or an administrator deactivates it.</source>
        <translation>只有負責人或管理員可以停用此客戶。</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>★ Key account by gross profit; some of its sales have no cost and count at their full amount</source>
        <translation>★ 按毛利評為重點客戶；部分銷售無成本，按全額計入</translation>
    </message>
    <message>
        <source>★ Key account by gross profit over the last 12 full months</source>
        <translation>★ 按近12個完整月的毛利評為重點客戶</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC分類</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>{0}/20</source>
        <translation>{0}/20 分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Suggested: special supply support unit (特供支持单位)</source>
        <translation>建議授予：特供支援單位</translation>
    </message>
    <message>
        <source>Special supply plaque held, criteria no longer met</source>
        <translation>已授特供支援單位，但已不再符合條件</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 條預警</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <source>Sales by month, last 24 months</source>
        <translation>近24個月每月銷售額</translation>
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
        <translation>近24個月沒有銷售。
在“銷售記錄”頁新增銷售後，這裡會顯示圖表。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>10,000 yuan (万元)</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>停用客戶</translation>
    </message>
    <message>
        <source>Deactivate {0}? It disappears from the list but keeps all its records; tick "Show inactive" to find it and reactivate it.</source>
        <translation>停用 {0}？停用後不在列表中顯示，但所有記錄都會保留；勾選“顯示已停用”即可找到並重新啟用。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>購銷關係</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>多個標籤用逗號分隔</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Customer may already exist</source>
        <translation>客戶可能已存在</translation>
    </message>
    <message>
        <source>A customer with this name or phone already exists:
{0}

Open it instead?</source>
        <translation>已有同名或同電話的客戶：
{0}

是否開啟已有客戶？</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>開啟已有客戶</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客戶</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>編輯客戶</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ABC class of the last 12 full months; ★ key account (the fewest customers that make the share of the gross profit set in Settings → Rules; a sale without a cost counts at its amount). Click to sort by class.</source>
        <translation>近12個完整月的ABC分類；★ 重點客戶（貢獻“設定 → 規則”中所設毛利份額的最少客戶；無成本的銷售按其金額計）。點選按分類排序。</translation>
    </message>
    <message>
        <source>Key account by gross profit over the last 12 full months (a sale without a cost counts at its full amount)</source>
        <translation>按近12個完整月的毛利評為重點客戶（無成本的銷售按全額計入）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the Warnings list</source>
        <translation>
            <numerusform>%n 條預警：見預警列表</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation>已停用的客戶</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)</source>
        <translation>搜尋名稱、編號、拼音（如 bjyy）或電話號碼（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>顯示已停用</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客戶</translation>
    </message>
    <message>
        <source>Only the customers you own and those shared with you</source>
        <translation>只顯示由您負責的客戶和共享給您的客戶</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部通路</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>全部 ABC 等級</translation>
    </message>
    <message>
        <source>★ Key accounts</source>
        <translation>★ 重點客戶</translation>
    </message>
    <message>
        <source>Class {0}</source>
        <translation>{0} 類</translation>
    </message>
    <message>
        <source>Not classed</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>★ Key accounts ({0})</source>
        <translation>★ 重點客戶（{0}）</translation>
    </message>
    <message>
        <source>Class {0} ({1})</source>
        <translation>{0} 類（{1}）</translation>
    </message>
    <message>
        <source>Showing the {0} customer(s) behind “{1}”. &lt;a href='clear'&gt;Show all&lt;/a&gt;</source>
        <translation>正在顯示“{1}”對應的 {0} 個客戶。&lt;a href='clear'&gt;顯示全部&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer matches. Clear the search or the filters, or press Ctrl+N to add one.</source>
        <translation>沒有符合條件的客戶。請清空搜尋或篩選條件，或按 Ctrl+N 新建客戶。</translation>
    </message>
    <message>
        <source>No customers yet.

Press Ctrl+N to add your first customer.</source>
        <translation>還沒有客戶。

按 Ctrl+N 新建第一個客戶。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>A database file on this PC (SQLite)</source>
        <translation>本機的資料庫檔案 (SQLite)</translation>
    </message>
    <message>
        <source>The office's server (PostgreSQL)</source>
        <translation>單位的伺服器 (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Remember the password on this PC (pgpass file)</source>
        <translation>在本機記住密碼(pgpass 檔案)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>伺服器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>資料庫名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.sqlite3);;All files (*)</source>
        <translation>crm-desktop 資料庫 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>choose a database file</source>
        <translation>請選擇一個數據庫檔案</translation>
    </message>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>無法連線：{0}</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已連線：{0}</translation>
    </message>
    <message>
        <source>The database cannot be opened now. Keep this choice anyway?</source>
        <translation>現在無法開啟該資料庫。仍然儲存此選擇嗎？</translation>
    </message>
    <message>
        <source>Saved. The next start opens this database (started with --db or CRM_DESKTOP_DB, those win).</source>
        <translation>已儲存。下次啟動時開啟此資料庫(若以 --db 或 CRM_DESKTOP_DB 啟動，則以它們為準)。</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新建資料庫(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent data&amp;bases</source>
        <translation>最近的資料庫(&amp;B)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建資料庫</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3)</source>
        <translation>crm-desktop 資料庫 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>crm-desktop 資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出錯了</translation>
    </message>
    <message>
        <source>The details were written to the log file {0}. You can carry on working.</source>
        <translation>詳細資訊已寫入日誌檔案 {0}。您可以繼續工作。</translation>
    </message>
    <message>
        <source>You can carry on working.</source>
        <translation>您可以繼續工作。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>從日曆中選擇日期</translation>
    </message>
    <message>
        <source>e.g. 2024-03-07</source>
        <translation>例如 2024-03-07</translation>
    </message>
    <message>
        <source>yuan, e.g. 12,800.00 or 1.2万</source>
        <translation>單位元，例如 12,800.00 或 1.2萬</translation>
    </message>
    <message>
        <source>yuan; negative for a return</source>
        <translation>單位元；退貨填負數</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
    <message>
        <source>11 digits, or +country code</source>
        <translation>11位手機號，或 + 國碼</translation>
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
        <translation>此項必填</translation>
    </message>
    <message>
        <source>not a real date; type year-month-day, e.g. 2024-03-07</source>
        <translation>不是有效日期，請按年-月-日填寫，例如 2024-03-07</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan that is not negative</source>
        <translation>不是有效金額，請填寫不小於 0 的元數</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan</source>
        <translation>不是有效金額，請填寫元數</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>not a mobile number: 11 digits starting with 1, or + and a country code</source>
        <translation>不是手機號碼：應為以 1 開頭的 11 位數字，或 + 加國碼</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是電話號碼</translation>
    </message>
    <message>
        <source>not a birthday; type 1985-03-07, or 3-7 without the year</source>
        <translation>不是有效生日，請填 1985-03-07，不知年份可填 3-7</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>this code is already used by another customer</source>
        <translation>該編號已被其他客戶使用</translation>
    </message>
    <message>
        <source>the next follow-up cannot be before the note's date</source>
        <translation>下次跟進日期不能早於記錄日期</translation>
    </message>
    <message>
        <source>a complaint cannot be answered before it was received</source>
        <translation>答覆日期不能早於受理日期</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>不是電子郵件地址</translation>
    </message>
    <message>
        <source>enter the amount, or both quantity and unit price</source>
        <translation>請填寫金額，或同時填寫數量和單價</translation>
    </message>
    <message>
        <source>not one of the choices</source>
        <translation>不是可選項之一</translation>
    </message>
    <message>
        <source>not a month: write it as YYYY-MM, e.g. 2026-11</source>
        <translation>不是月份：請寫成 YYYY-MM，例如 2026-11</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>超出允許範圍</translation>
    </message>
    <message>
        <source>a leader's instruction comes after the investigation: set the status to Instructed or later</source>
        <translation>領導批示在調查之後：請把狀態設為“已批示”或之後的狀態</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>請檢查填寫內容</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
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
        <translation>此客戶暫無變更記錄。</translation>
    </message>
    <message>
        <source>Every change to this customer and its records, newest first. The history is kept for good and cannot be edited.</source>
        <translation>此客戶及其各項記錄的每一次變更，最新的在前。變更歷史永久儲存，不能修改。</translation>
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
        <translation>重新啟用</translation>
    </message>
    <message>
        <source>Merged by an import</source>
        <translation>匯入時合併</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤銷匯入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>relationship note</source>
        <translation>客情記錄</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>銷售記錄</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>證照</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>銷售計劃</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>資信</translation>
    </message>
    <message>
        <source>import</source>
        <translation>匯入</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>購銷關係</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>內容摘要</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>帳期（天）</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>證號</translation>
    </message>
    <message>
        <source>Estimated yearly purchases</source>
        <translation>年採購額估計</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>公司（客戶名稱）</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司電話</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人</translation>
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
        <translation>中間名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>採購角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已離職</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>銷售日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
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
        <translation>沒有客戶名稱也沒有聯絡人姓名，此行未匯入</translation>
    </message>
    <message>
        <source>phone {value} lost digits when Excel wrote it as 1.23E+10; format the column as text and type the number again; not imported</source>
        <translation>電話 {value} 已被 Excel 寫成科學計數法而丟失位數；請把該列設為文字格式後重新輸入，此號碼未匯入</translation>
    </message>
    <message>
        <source>{value} is not a phone number; not imported</source>
        <translation>{value} 不是電話號碼，未匯入</translation>
    </message>
    <message>
        <source>birthday {value} is not a real date; not imported</source>
        <translation>生日 {value} 不是有效日期，未匯入</translation>
    </message>
    <message>
        <source>sale date {value} is not a date; this sale is not imported</source>
        <translation>銷售日期 {value} 不是有效日期，此筆銷售未匯入</translation>
    </message>
    <message>
        <source>{value} is not a valid amount or quantity; this sale is not imported</source>
        <translation>{value} 不是有效的金額或數量，此筆銷售未匯入</translation>
    </message>
    <message>
        <source>a sale needs a date and an amount (or quantity and unit price); this sale is not imported</source>
        <translation>銷售記錄需要日期和金額（或數量與單價），此筆銷售未匯入</translation>
    </message>
    <message>
        <source>the file ends inside this card; what it holds is imported</source>
        <translation>檔案在這張名片中間結束；已匯入名片裡已有的內容</translation>
    </message>
    <message>
        <source>a new card begins before this one ends (no END:VCARD); what it holds is imported</source>
        <translation>這張名片還沒結束（缺少 END:VCARD）下一張就開始了；已匯入其中的內容</translation>
    </message>
    <message>
        <source>birthday {value} is text, not a date; kept in the notes</source>
        <translation>生日 {value} 是文字而不是日期，已儲存在備註中</translation>
    </message>
    <message>
        <source>birthday {value} is not a whole date; kept in the notes</source>
        <translation>生日 {value} 不是完整的日期，已儲存在備註中</translation>
    </message>
    <message>
        <source>{value} is not imported</source>
        <translation>{value} 未匯入</translation>
    </message>
    <message>
        <source>{value} is not a vCard line; not imported</source>
        <translation>{value} 不是 vCard 的內容行，未匯入</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>匯入 {0}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>檔案中</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>資料庫中已有</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Customers already in the database (merge adds what is new to them):</source>
        <translation>資料庫中已有的客戶（合併會把新內容補充進去）：</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>儲存有問題的行…</translation>
    </message>
    <message>
        <source>Check again with this mapping</source>
        <translation>按此對應關係重新檢查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Columns found (change where a column went to the wrong field):</source>
        <translation>識別到的列（如有對應錯誤請修改）：</translation>
    </message>
    <message>
        <source>Problems (these values are not imported; the rest of the row is):</source>
        <translation>問題（這些值不會匯入，該行其餘內容照常匯入）：</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在讀取 {0}…</translation>
    </message>
    <message>
        <source> (header on row {0})</source>
        <translation>（表頭在第 {0} 行）</translation>
    </message>
    <message>
        <source>structured crm-desktop data</source>
        <translation>crm-desktop 結構化資料</translation>
    </message>
    <message>
        <source>File: {0}
Read: {1}; {2} data rows.</source>
        <translation>檔案：{0}
讀取：{1}；共 {2} 行資料。</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>（保留在備註中）</translation>
    </message>
    <message>
        <source>Merge into the existing customer</source>
        <translation>合併到已有客戶</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>作為新客戶新增</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched; {4} rows add nothing; {5} problems.</source>
        <translation>將新增 {0} 個客戶、{1} 個聯絡人、{2} 條銷售；匹配到已有記錄 {3} 條；{4} 行無新內容；{5} 個問題。</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>儲存有問題的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem rows saved</source>
        <translation>已儲存問題行</translation>
    </message>
    <message>
        <source>{0} rows saved to {1}. Fix them there and import that file.</source>
        <translation>已將 {0} 行儲存到 {1}。請在該檔案中修改後再匯入。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>Added {0} customers, {1} contacts and {2} sales; {3} existing records matched; {4} rows added nothing; {5} problems.

Import history (File menu) can remove this import again.</source>
        <translation>新增 {0} 個客戶、{1} 個聯絡人、{2} 條銷售；匹配到已有記錄 {3} 條；{4} 行無新內容；{5} 個問題。

如需撤銷，可在“檔案 → 匯入記錄”中刪除本次匯入。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>已取消匯入</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>匯入已取消，資料庫未做任何更改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Nothing was written. The reason: {0}</source>
        <translation>資料庫未做任何更改。原因：{0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在匯入 {0}…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Customers added</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No imports yet. File → Import… brings in an Excel or CSV contact book.</source>
        <translation>還沒有匯入過。可通過“檔案 → 匯入…”匯入 Excel 或 CSV 通訊錄。</translation>
    </message>
    <message>
        <source>Remove this import…</source>
        <translation>刪除本次匯入…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>刪除匯入</translation>
    </message>
    <message>
        <source>Remove everything this import added ({0})? Customers it created are removed with all their records, including ones entered since. This cannot be undone.</source>
        <translation>刪除本次匯入（{0}）新增的全部內容？由它建立的客戶及其所有記錄（包括之後錄入的）都會被刪除，且無法恢復。</translation>
    </message>
    <message>
        <source>Removing the import…</source>
        <translation>正在刪除這次匯入…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wholesale</source>
        <translation>批發</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>連鎖</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>醫療機構</translation>
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
        <translation>重點</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛在</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Buys from us</source>
        <translation>下游銷售客戶</translation>
    </message>
    <message>
        <source>Supplies us</source>
        <translation>上游供應客戶</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>供銷並存</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在期</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>開拓期</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>穩定期</translation>
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
        <translation>決策者</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>關鍵人</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影響者</translation>
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
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會談</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>簡訊/微信</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>重大變故</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>被盜</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>車禍</translation>
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
        <translation>其他變故</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Instructed</source>
        <translation>已批示</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>經辦人員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>部門經理</translation>
    </message>
    <message>
        <source>Company leadership</source>
        <translation>公司領導</translation>
    </message>
    <message>
        <source>Direct sale</source>
        <translation>直銷</translation>
    </message>
    <message>
        <source>Through an agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Through a dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>電話訂貨</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>網上訂貨</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>其他通路</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>信函/郵件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上平臺</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>營業執照</translation>
    </message>
    <message>
        <source>Operating permit</source>
        <translation>經營許可證</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP證書</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>其他證照</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開發期</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>初級階段</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>穩定階段</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>戰略階段</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商務談判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost deal</source>
        <translation>丟單</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老客戶介紹</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展會</translation>
    </message>
    <message>
        <source>Cold call or visit</source>
        <translation>陌生拜訪</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation>主動上門</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>其他來源</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>領導型</translation>
    </message>
    <message>
        <source>Influencer (consults others)</source>
        <translation>施加影響型</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟隨型</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>檢查型</translation>
    </message>
    <message>
        <source>Product (kind, brand, spec)</source>
        <translation>標的（品種、品牌、規格）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Quality standard</source>
        <translation>品質要求</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包裝</translation>
    </message>
    <message>
        <source>Delivery (time, place, transport, costs)</source>
        <translation>傳送（時間、地點、運輸、費用）</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>驗收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>結帳方式</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>違約責任</translation>
    </message>
    <message>
        <source>Dispute resolution</source>
        <translation>糾紛處理</translation>
    </message>
    <message>
        <source>Signing date, place and validity</source>
        <translation>簽約時間、地點、生效期</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>crm-desktop speaks the new language from its next start. Restart now?</source>
        <translation>crm-desktop 下次啟動時使用新的語言。現在重新啟動嗎？</translation>
    </message>
</context>
<context>
    <name>LicencesTab</name>
    <message>
        <source>Licence</source>
        <translation>證照</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>證號</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>未填有效期</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已過期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
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
        <translation>還沒有證照。點“新增…”錄入營業執照、經營許可證或 GSP 證書及有效期；到期前預警列表會提醒。</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>新建證照</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>編輯證照</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crm-desktop — customers</source>
        <translation>crm-desktop — 客戶管理</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>匯出全部(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the customers &amp;listed…</source>
        <translation>匯出列表中的客戶(&amp;L)…</translation>
    </message>
    <message>
        <source>Export the open customer to a &amp;phone…</source>
        <translation>匯出目前客戶到手機(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the open customer's contacts as a vCard file (.vcf) for phones</source>
        <translation>把目前客戶的聯絡人儲存為手機可匯入的 vCard 檔案（.vcf）</translation>
    </message>
    <message>
        <source>&amp;SMS list by region…</source>
        <translation>按地區匯出簡訊名單(&amp;S)…</translation>
    </message>
    <message>
        <source>The mobiles of the customers listed, grouped by region, for an SMS platform</source>
        <translation>所列客戶的手機號碼，按地區分組，供簡訊平臺使用</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>匯入記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Office details…</source>
        <translation>單位資訊(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Rules and thresholds…</source>
        <translation>規則與門檻(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Database (file or server)…</source>
        <translation>資料庫(檔案或伺服器)(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch operator…</source>
        <translation>結束登入 / 切換操作員(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查詢客戶(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reassign owner…</source>
        <translation>更換負責人(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Share the customer…</source>
        <translation>共享客戶(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>操作員(&amp;O)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;inactive customers</source>
        <translation>顯示已停用客戶(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟日誌資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>關於 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>預警</translation>
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
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>開啟示範資料</translation>
    </message>
    <message>
        <source>Add {0} made-up customers with contacts, two years of sales, complaints and licences to this database? Try everything on them; for real work, start a new database or remove the demo customers afterwards.</source>
        <translation>向此資料庫新增 {0} 個虛構客戶（含聯絡人、兩年銷售、投訴和證照）嗎？可以用它們嘗試各項功能；正式使用時請新建資料庫，或之後刪除這些示範客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customer(s).</source>
        <translation>
            <numerusform>已新增 %n 個示範客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>No demo data was added.</source>
        <translation>未新增示範資料。</translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation>正在生成示範資料…</translation>
    </message>
    <message>
        <source>crm-desktop — customers (read-only)</source>
        <translation>crm-desktop — 客戶管理（唯讀）</translation>
    </message>
    <message>
        <source>Read-only: another window has this database open</source>
        <translation>唯讀：另一個視窗已開啟此資料庫</translation>
    </message>
    <message>
        <source>No operators are defined: crm-desktop opens without signing in.</source>
        <translation>尚未設定操作員：crm-desktop 開啟時無需登入。</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>已登入：{0}（{1}）</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密碼</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密碼已修改。</translation>
    </message>
    <message>
        <source>Share the customer</source>
        <translation>共享客戶</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>請先選擇一個客戶。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)</source>
        <translation>簡訊手機名單：地區、姓名、客戶、手機 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;crm-desktop JSON (*.json);;vCard for phones, one card per contact (*.vcf)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，每個聯絡人一行 (*.csv);;crm-desktop JSON (*.json);;手機通訊錄 vCard，每個聯絡人一張名片 (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mobile number(s) to {0}</source>
        <translation>
            <numerusform>已匯出 %n 個手機號到 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {0}</source>
        <translation>
            <numerusform>已匯出 %n 個客戶到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>匯出已取消；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>SMS list by region</source>
        <translation>按地區的簡訊名單</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>請先開啟一個客戶。</translation>
    </message>
    <message>
        <source>Exported the contacts of {0} to {1}</source>
        <translation>已將 {0} 的聯絡人匯出到 {1}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日誌資料夾</translation>
    </message>
    <message>
        <source>The log files are in {0}</source>
        <translation>日誌檔案位於 {0}</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>關於 crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop {0}
An offline CRM for a distributor's sales office.</source>
        <translation>crm-desktop {0}
面向經銷商銷售部門的離線客戶管理系統。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Clear event</source>
        <translation>解除變故預警</translation>
    </message>
    <message>
        <source>The major event was looked into: end its warning (the note stays)</source>
        <translation>重大變故已調查處理：解除其預警（記錄保留）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟進</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>內容摘要</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Objective of the visit</source>
        <translation>拜訪目的</translation>
    </message>
    <message>
        <source>what the visit is for; every visit records one</source>
        <translation>此次拜訪的目的；每次拜訪都要填寫</translation>
    </message>
    <message>
        <source>Major event (kind “Major event”)</source>
        <translation>重大變故（方式為“重大變故”時）</translation>
    </message>
    <message>
        <source>Event cleared on</source>
        <translation>變故解除日期</translation>
    </message>
    <message>
        <source>No relationship notes yet. Click Add… after a visit or call, and set the next follow-up.</source>
        <translation>還沒有客情記錄。拜訪或通話後點“新增…”記錄，並設定下次跟進日期。</translation>
    </message>
    <message>
        <source>New relationship note</source>
        <translation>新建客情記錄</translation>
    </message>
    <message>
        <source>Edit relationship note</source>
        <translation>編輯客情記錄</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>標誌圖片</translation>
    </message>
    <message>
        <source>a PNG or JPG file; empty for none</source>
        <translation>PNG 或 JPG 檔案；留空則不列印標誌</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>單位資訊</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Show what other computers saved: the list, the open customer, the warnings</source>
        <translation>顯示其他電腦儲存的內容：客戶列表、開啟的客戶和預警</translation>
    </message>
    <message>
        <source>Export audit &amp;trail…</source>
        <translation>匯出審計記錄(&amp;T)…</translation>
    </message>
    <message>
        <source>Save who changed what and when, for every customer, as .xlsx or .csv</source>
        <translation>把所有客戶的變更記錄（誰、何時、改了什麼）儲存為 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已重新整理</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>匯出審計記錄</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to {0}</source>
        <translation>
            <numerusform>已匯出 %n 條審計記錄到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在匯出審計記錄…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>New operator</source>
        <translation>新操作員</translation>
    </message>
    <message>
        <source>as the owner column shows it, e.g. 王芳</source>
        <translation>即“負責人”一欄顯示的名字，例如 王芳</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>許可權角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>The first operator is an administrator. From then on crm-desktop asks for a name and password when it starts.</source>
        <translation>第一個操作員是管理員。此後 crm-desktop 啟動時會要求輸入登入名和密碼。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Viewer (read and print)</source>
        <translation>唯讀（檢視和列印）</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作員</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>修改設定或規則</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>匯出操作記錄</translation>
    </message>
    <message>
        <source>reassign or share customers</source>
        <translation>更換負責人或共享客戶</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>修改客戶</translation>
    </message>
    <message>
        <source>deactivate customers</source>
        <translation>停用客戶</translation>
    </message>
    <message>
        <source>work without signing in</source>
        <translation>不登入就操作</translation>
    </message>
    <message>
        <source>The {0} role may not {1}.</source>
        <translation>{0}角色不能{1}。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {0} seconds, then try again.</source>
        <translation>密碼錯誤次數過多。請等待 {0} 秒後再試。</translation>
    </message>
    <message>
        <source>Wrong operator name or password.</source>
        <translation>登入名或密碼錯誤。</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>無權操作：{0}</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>無權操作</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>許可權角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重設密碼(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>啟用(&amp;A)</translation>
    </message>
    <message>
        <source>New password for {0}</source>
        <translation>{0} 的新密碼</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Opportunity lost</source>
        <translation>丟單</translation>
    </message>
    <message>
        <source>Why was it lost? (price, competitor, …)</source>
        <translation>丟單原因？（價格、競爭對手……）</translation>
    </message>
    <message>
        <source>Cannot move it</source>
        <translation>無法移動</translation>
    </message>
    <message>
        <source>Its sales line is recorded: remove that line from the sales log before reopening it.</source>
        <translation>該機會的銷售記錄已登記：請先在銷售記錄中刪除該行，再重新開啟此機會。</translation>
    </message>
    <message>
        <source>A lost opportunity needs its reason.</source>
        <translation>丟單須填寫原因。</translation>
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
        <translation>登記銷售</translation>
    </message>
    <message>
        <source>Add the won opportunity to the sales log</source>
        <translation>把贏單的機會記入銷售記錄</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
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
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>丟單原因</translation>
    </message>
    <message>
        <source>needed when lost</source>
        <translation>丟單時必填</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No sales opportunities. Click Add… to record one: product, expected amount and close date, and the next step; its date joins Today's follow-ups.</source>
        <translation>暫無銷售機會。點“新增…”記錄：產品、預計金額和成交日期以及下一步；下一步的日期會列入“今日”的待跟進。</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建銷售機會</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>編輯銷售機會</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Current password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Edit origin…</source>
        <translation>編輯來源…</translation>
    </message>
    <message>
        <source>Where the customer came from</source>
        <translation>客戶來源</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>介紹的新客戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <source>Decision style</source>
        <translation>決策風格</translation>
    </message>
    <message>
        <source>Reports to and style…</source>
        <translation>上級與決策風格…</translation>
    </message>
    <message>
        <source>Key people: who reports to whom</source>
        <translation>關鍵人：組織結構</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已離職）</translation>
    </message>
    <message>
        <source>Referred by (customer name or code)</source>
        <translation>介紹人（客戶名稱或編號）</translation>
    </message>
    <message>
        <source>needed for a referral</source>
        <translation>老客戶介紹時必填</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No such customer</source>
        <translation>沒有這個客戶</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上級</translation>
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
        <translation>把選中的機會移到另一階段（也可以拖到該列）</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>下一步：{0}</translation>
    </message>
    <message>
        <source>Expected amount: {0} yuan</source>
        <translation>預計金額：{0} 元</translation>
    </message>
    <message>
        <source>Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan</source>
        <translation>贏單率：{0}（丟單 {1} 個）· 進行中機會的加權預測：{2} 元</translation>
    </message>
    <message>
        <source>No opportunities yet: add one on a customer's Opportunities tab.</source>
        <translation>還沒有銷售機會：請在客戶的“銷售機會”頁籤中新增。</translation>
    </message>
    <message>
        <source>Funnel: reached, and on to the next stage</source>
        <translation>銷售漏斗：到達各階段的數量及進入下一階段的轉化率</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Weighted by chance</source>
        <translation>按成功率加權</translation>
    </message>
    <message>
        <source>Forecast by month of the expected close</source>
        <translation>按預計成交月份的預測</translation>
    </message>
    <message>
        <source>No open opportunity with a close date</source>
        <translation>沒有帶預計成交日期的進行中機會</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Set plan…</source>
        <translation>設定計劃…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
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
        <translation>（全部產品）</translation>
    </message>
    <message>
        <source>No plan for this month. Click Set plan… to enter the monthly target; the warnings list then tells you when sales fall behind.</source>
        <translation>本月還沒有銷售計劃。點“設定計劃…”錄入月度目標；銷售落後時預警列表會提醒。</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>進度正常</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>進度落後</translation>
    </message>
    <message>
        <source>This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were expected: {4}. Same month last year: {5}.</source>
        <translation>本月已完成 {0}，計劃 {1} 元（{2:.0f}%）；按時間進度今天應達 {3} 元：{4}。去年同月：{5}。</translation>
    </message>
    <message>
        <source>(The plan is the sum of this month's product plans.)</source>
        <translation>（本月計劃為各產品計劃之和。）</translation>
    </message>
    <message>
        <source>Behind their own plans: {0}.</source>
        <translation>未達到各自計劃的產品：{0}。</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Product (empty: the whole month)</source>
        <translation>產品（留空：整月計劃）</translation>
    </message>
    <message>
        <source>Plan (yuan, empty to remove)</source>
        <translation>計劃金額（元，留空即刪除）</translation>
    </message>
    <message>
        <source>Monthly sales plan</source>
        <translation>月度銷售計劃</translation>
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
        <translation>唯讀</translation>
    </message>
    <message>
        <source>This window shows the data read-only: another crm-desktop window has the database open. Nothing was saved; make the change in that window.</source>
        <translation>此視窗以唯讀方式顯示資料：另一個 crm-desktop 視窗已開啟該資料庫。未儲存任何內容，請在那個視窗中修改。</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Click Add… to record the first one.</source>
        <translation>還沒有記錄。點“新增…”記錄第一條。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>請確認</translation>
    </message>
    <message>
        <source>Remove the selected line? This cannot be undone.</source>
        <translation>刪除選中的這一條？刪除後無法恢復。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Reminders could not be read: {0}</source>
        <translation>無法讀取提醒：{0}</translation>
    </message>
    <message>
        <source>… and {0} more: print them all from Reports → Today's reminders</source>
        <translation>…… 還有 {0} 條：可從“報表 → 今日提醒”列印全部</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟進</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>銷售機會：{0}</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>沒有到期的跟進。</translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>7 天內的生日</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation>（農曆）</translation>
    </message>
    <message>
        <source>No contact's birthday in the next 7 days.</source>
        <translation>7 天內沒有聯絡人過生日。</translation>
    </message>
    <message>
        <source>Public holidays in the next 14 days</source>
        <translation>14 天內的節假日</translation>
    </message>
    <message>
        <source>: a good moment for greetings or a visit</source>
        <translation>：適合問候或拜訪客戶</translation>
    </message>
    <message>
        <source>No public holiday in the next 14 days.</source>
        <translation>14 天內沒有法定節假日。</translation>
    </message>
    <message>
        <source>Licences expiring</source>
        <translation>即將到期的證照</translation>
    </message>
    <message>
        <source>No licence expires soon.</source>
        <translation>近期沒有證照到期。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today. Double-click a line to open the customer.</source>
        <translation>
            <numerusform>今天有 %n 條提醒。雙擊一行開啟客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today. Follow-ups come from relationship notes, birthdays from contacts, licences from the Licences tab.</source>
        <translation>今天沒有待辦事項。跟進來自客情記錄，生日來自聯絡人，證照來自“證照”頁。</translation>
    </message>
    <message>
        <source>holiday coming: {0}</source>
        <translation>節日將至：{0}</translation>
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
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;preview</source>
        <translation>列印預覽(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>匯出 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Profile of this customer</source>
        <translation>目前客戶檔案</translation>
    </message>
    <message>
        <source>Statement of account of this customer (this month)</source>
        <translation>目前客戶本月對帳單</translation>
    </message>
    <message>
        <source>Profiles of the customers listed</source>
        <translation>列表中全部客戶的檔案</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>應收帳款帳齡表</translation>
    </message>
    <message>
        <source>Warnings list</source>
        <translation>預警清單</translation>
    </message>
    <message>
        <source>Customers by ABC class</source>
        <translation>客戶ABC分類表</translation>
    </message>
    <message>
        <source>Today's reminders</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>請先選擇一個客戶。</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>列表為空。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成報表…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages)</source>
        <translation>已儲存 {0}（共 {1} 頁）</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules and thresholds</source>
        <translation>規則與門檻</translation>
    </message>
    <message>
        <source>ABC: retail, medical and other customers</source>
        <translation>ABC分類：零售、醫療機構及其他客戶</translation>
    </message>
    <message>
        <source>ABC: wholesale and chain customers</source>
        <translation>ABC分類：批發、連鎖客戶</translation>
    </message>
    <message>
        <source>Customer lost after at least (days)</source>
        <translation>至少多少天未進貨視為流失（天）</translation>
    </message>
    <message>
        <source>… or this many times the usual gap between orders</source>
        <translation>…或超過通常進貨間隔的倍數</translation>
    </message>
    <message>
        <source>Behind plan below this share of the pro-rata plan (%)</source>
        <translation>低於按日折算計劃的比例視為進度落後（%）</translation>
    </message>
    <message>
        <source>Below last year under this share of the same month, pro rata (%)</source>
        <translation>低於去年同月按天折算的此比例時預警 (%)</translation>
    </message>
    <message>
        <source>Order overdue after the usual gap, from this many orders</source>
        <translation>超過通常進貨間隔即預警，自此進貨次數起</translation>
    </message>
    <message>
        <source>Warn about licences expiring within (days)</source>
        <translation>證照到期前多少天預警（天）</translation>
    </message>
    <message>
        <source>Complaint overdue after (days)</source>
        <translation>投訴超過多少天未答覆視為逾期（天）</translation>
    </message>
    <message>
        <source>Warn about contracts ending within (days)</source>
        <translation>合同到期提前預警（天）</translation>
    </message>
    <message>
        <source>Key accounts: the fewest customers making this share of the gross profit (%)</source>
        <translation>重點客戶：貢獻此毛利份額的最少客戶（%）</translation>
    </message>
    <message>
        <source>A new customer is “welcome” for (days)</source>
        <translation>新客戶“歡迎期”天數</translation>
    </message>
    <message>
        <source>“Loyal” from this many orders</source>
        <translation>達到多少次訂貨為“忠誠期”</translation>
    </message>
    <message>
        <source>“Declining” when the last 6 months fall below (% of the 6 before)</source>
        <translation>近 6 個月低於前 6 個月的百分之幾為“衰退期”（%）</translation>
    </message>
    <message>
        <source>Weight of the payment history in the rating (%)</source>
        <translation>信用評級中歷史回款得分的權重（%）</translation>
    </message>
    <message>
        <source>Rating {0} from a combined score of</source>
        <translation>綜合得分達到多少評為 {0} 級</translation>
    </message>
    <message>
        <source>Chance of an opportunity at “{0}” (%)</source>
        <translation>“{0}”階段的成功率（%）</translation>
    </message>
    <message>
        <source>Summer months</source>
        <translation>夏季月份</translation>
    </message>
    <message>
        <source>Summer midday rest from</source>
        <translation>夏季午休開始</translation>
    </message>
    <message>
        <source>… until</source>
        <translation>…… 結束</translation>
    </message>
    <message>
        <source>Winter months</source>
        <translation>冬季月份</translation>
    </message>
    <message>
        <source>No calls on winter mornings before</source>
        <translation>冬天早上幾點前不打電話</translation>
    </message>
    <message>
        <source>No calls on other mornings before</source>
        <translation>其他季節早上幾點前不打電話</translation>
    </message>
    <message>
        <source>No calls on weekend and holiday mornings before</source>
        <translation>週末和節假日早上幾點前不打電話</translation>
    </message>
    <message>
        <source>No calls in the evening from</source>
        <translation>晚上幾點後不打電話</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Stages and credit rating</source>
        <translation>階段與信用評級</translation>
    </message>
    <message>
        <source>Call-time courtesy</source>
        <translation>打電話的禮貌時間</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Monthly ≥ (万元)</source>
        <translation>月均銷售≥（萬元）</translation>
    </message>
    <message>
        <source>Upgrade at margin %</source>
        <translation>升級毛利率%</translation>
    </message>
    <message>
        <source>{0}: {1} is not a number</source>
        <translation>{0}：{1} 不是數字</translation>
    </message>
    <message>
        <source>Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.</source>
        <translation>月份是 1 到 12 的數字，用逗號分隔，例如 6, 7, 8, 9。</translation>
    </message>
    <message>
        <source>Please check the rules</source>
        <translation>請檢查規則設定</translation>
    </message>
    <message>
        <source>Monthly sales must fall from AAA down to C, none negative.</source>
        <translation>月均銷售額下限須從 AAA 到 C 依次遞減，且不能為負。</translation>
    </message>
    <message>
        <source>Each table lists AAA, AA, A, B+, B and C.</source>
        <translation>每張表須依次列出 AAA、AA、A、B+、B、C。</translation>
    </message>
    <message>
        <source>An upgrade margin is a percentage from 0 to 100.</source>
        <translation>升級毛利率須在 0 到 100 之間。</translation>
    </message>
    <message>
        <source>The rating scores must fall from A to C.</source>
        <translation>各信用等級的分數線必須從 A 到 C 依次降低。</translation>
    </message>
    <message>
        <source>The summer midday rest must end after it starts.</source>
        <translation>夏季午休的結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>An opportunity's chance is 0 to 100 % and does not fall from lead to negotiation.</source>
        <translation>成功率為 0 到 100%，且從線索到商務談判不能遞減。</translation>
    </message>
    <message>
        <source>A value is out of range.</source>
        <translation>有數值超出允許範圍。</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
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
        <translation>應收餘額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>empty: quantity × unit price; negative for a return</source>
        <translation>留空則按 數量×單價 計算；退貨填負數</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>購買通路</translation>
    </message>
    <message>
        <source>No sales recorded. Click Add… to enter a delivery: date, product, quantity and price.</source>
        <translation>還沒有銷售記錄。點“新增…”錄入一筆進貨：日期、產品、數量和單價。</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新建銷售</translation>
    </message>
    <message>
        <source>Edit sale</source>
        <translation>編輯銷售</translation>
    </message>
    <message>
        <source>Over the credit limit</source>
        <translation>超出授信額度</translation>
    </message>
    <message>
        <source>With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan by {2} yuan.

Record the sale anyway?</source>
        <translation>錄入這筆銷售後，應收帳款將達 {0} 元，超出授信額度 {1} 元共 {2} 元。

仍然錄入嗎？</translation>
    </message>
    <message>
        <source>Total {0} · paid {1} · receivable {2}</source>
        <translation>合計 {0} · 已回款 {1} · 應收 {2}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share the customer</source>
        <translation>共享客戶</translation>
    </message>
    <message>
        <source>Sales operators who may also work on it:</source>
        <translation>還可以處理此客戶的銷售人員：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>The open customer's tabs</source>
        <translation>目前客戶的各標籤頁</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>開啟選中的客戶</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回車</translation>
    </message>
    <message>
        <source>Every menu</source>
        <translation>各選單</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + 帶下劃線的字母</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to crm-desktop</source>
        <translation>登入 crm-desktop</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <source>Changed by {0} at {1} — reload?

Someone saved this record after you opened it, so nothing of yours was saved. Reload shows what is saved now; Cancel goes back to what you typed (copy what you need, then reload).</source>
        <translation>已被 {0} 於 {1} 修改 — 重新載入嗎？

您開啟此記錄後，有人儲存了它，所以您的修改沒有儲存。“重新載入”顯示現在儲存的內容；“取消”回到您輸入的內容（複製需要的部分後再重新載入）。</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>已在另一臺電腦上修改</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StandingTab</name>
    <message>
        <source>Stages</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>關係階段</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC分類</translation>
    </message>
    <message>
        <source>Evaluation card (1–5 each)</source>
        <translation>客戶評價卡（每項 1–5 分）</translation>
    </message>
    <message>
        <source>Business capability</source>
        <translation>經營能力</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>商業信譽</translation>
    </message>
    <message>
        <source>Social relations</source>
        <translation>社會關係</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作態度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Edit stage and evaluation…</source>
        <translation>編輯階段與評價…</translation>
    </message>
    <message>
        <source>Follow the suggested stage</source>
        <translation>採用建議階段</translation>
    </message>
    <message>
        <source>{0} (set by hand; the sales log suggests {1})</source>
        <translation>{0}（手工設定；按銷售記錄建議為 {1}）</translation>
    </message>
    <message>
        <source>{0} (set by hand, as the sales log suggests)</source>
        <translation>{0}（手工設定，與銷售記錄建議一致）</translation>
    </message>
    <message>
        <source>{0} (suggested from the sales log)</source>
        <translation>{0}（按銷售記錄建議）</translation>
    </message>
    <message>
        <source>unknown: enter the customer's estimated yearly purchases of our kind of product</source>
        <translation>未知：請填寫客戶每年採購同類產品的估計總額</translation>
    </message>
    <message>
        <source>{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)</source>
        <translation>{0}：我方 {1} 元，佔估計總額 {2} 元的 {3:.0f}%</translation>
    </message>
    <message>
        <source>not classed (no sales in the last 12 full months)</source>
        <translation>未分類（近 12 個完整月無銷售）</translation>
    </message>
    <message>
        <source> · ★ key account</source>
        <translation> · ★ 重點客戶</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>{0} of 20</source>
        <translation>{0} 分（滿分 20）</translation>
    </message>
    <message>
        <source>score all four to see the total</source>
        <translation>四項都評分後顯示合計</translation>
    </message>
    <message>
        <source>Estimated yearly purchases of our kind of product (yuan)</source>
        <translation>客戶每年採購同類產品估計總額（元）</translation>
    </message>
    <message>
        <source>from all suppliers; gives the share of wallet</source>
        <translation>含所有供應商；用於計算我方份額</translation>
    </message>
    <message>
        <source>Stage and evaluation</source>
        <translation>階段與評價</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
</context>
<context>
    <name>VcardExport</name>
    <message>
        <source>Export contacts to a phone</source>
        <translation>匯出聯絡人到手機</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>手機通訊錄 vCard (*.vcf)</translation>
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
        <translation>客戶流失</translation>
    </message>
    <message>
        <source>Order overdue</source>
        <translation>進貨頻率下降</translation>
    </message>
    <message>
        <source>Behind sales plan</source>
        <translation>銷售進度落後</translation>
    </message>
    <message>
        <source>Below last year</source>
        <translation>低於去年同期</translation>
    </message>
    <message>
        <source>Licence expiring</source>
        <translation>證照到期</translation>
    </message>
    <message>
        <source>Complaint overdue</source>
        <translation>投訴逾期</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟進</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>重大變故</translation>
    </message>
    <message>
        <source>receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan</source>
        <translation>應收帳款 {receivable} 元，超出授信額度 {limit} 元達 {excess} 元</translation>
    </message>
    <message>
        <source>no order for {days} days since {last} (usual limit {limit} days)</source>
        <translation>自 {last} 起已 {days} 天未進貨（正常間隔上限 {limit} 天）</translation>
    </message>
    <message>
        <source>month-to-date sales of {product} {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan of {product} for {month}, with {tolerance}% tolerance)</source>
        <translation>{product} 本月至今銷售 {done} 元，低於應達到的 {target} 元（{month} {product} 計劃 {plan} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan for {month}, with {tolerance}% tolerance)</source>
        <translation>本月至今銷售 {done} 元，低於應達到的 {target} 元（{month} 計劃 {plan} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>business licence</source>
        <translation>營業執照</translation>
    </message>
    <message>
        <source>operating permit</source>
        <translation>經營許可證</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP證書</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>證照</translation>
    </message>
    <message>
        <source>expired {days} days ago</source>
        <translation>已過期 {days} 天</translation>
    </message>
    <message>
        <source>expires in {days} days</source>
        <translation>{days} 天後到期</translation>
    </message>
    <message>
        <source>complaint {category} received {received} is unanswered after {days} days</source>
        <translation>{received} 受理的投訴 {category} 已 {days} 天未答覆</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is due today</source>
        <translation>計劃於 {follow} 跟進（{noted} 的客情記錄），今天到期</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is {days} days overdue</source>
        <translation>計劃於 {follow} 跟進（{noted} 的客情記錄），已逾期 {days} 天</translation>
    </message>
    <message>
        <source>contract {number} ends today ({ends}); no later contract</source>
        <translation>合同 {number} 今天到期（{ends}），尚無續簽合同</translation>
    </message>
    <message>
        <source>contract {number} ends in {days} days ({ends}); no later contract</source>
        <translation>合同 {number} 將於 {days} 天後到期（{ends}），尚無續簽合同</translation>
    </message>
    <message>
        <source>no order for {days} days since {last}: usually one every {usual} days (median gap of {orders} orders)</source>
        <translation>自 {last} 起已 {days} 天未進貨：通常每 {usual} 天進貨一次（{orders} 次進貨的間隔中位數）</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {before} yuan of {month}, with {tolerance}% tolerance)</source>
        <translation>本月至今銷售 {done} 元，低於應達到的 {target} 元（{month} 同期 {before} 元的 {share}%，按 {tolerance}% 容差）</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted}: {summary} ({days} days ago) — until someone clears it</source>
        <translation>{noted} 報告重大變故（{event}）：{summary}（{days} 天前）— 直至有人解除</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted} ({days} days ago) — until someone clears it</source>
        <translation>{noted} 報告重大變故（{event}）（{days} 天前）— 直至有人解除</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>Clear event</source>
        <translation>解除變故預警</translation>
    </message>
    <message>
        <source>The selected major event was looked into: end its warning</source>
        <translation>所選重大變故已調查處理：解除其預警</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Nothing needs attention: no arrears over the limit, no lost customers, no overdue complaints or follow-ups.</source>
        <translation>目前沒有需要處理的事項：沒有超額欠款、流失客戶、逾期投訴或到期跟進。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Warnings could not be computed: {0}</source>
        <translation>無法計算預警：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to crm-desktop</source>
        <translation>歡迎使用 crm-desktop</translation>
    </message>
    <message>
        <source>This database has no customers yet. Bring in the contact book you already keep, type your first customer, or look around in made-up demo data first.</source>
        <translation>這個資料庫還沒有客戶。可以匯入您已有的通訊錄，錄入第一個客戶，或者先用虛構的示範資料看看各項功能。</translation>
    </message>
    <message>
        <source>&amp;Import a contact book…</source>
        <translation>匯入通訊錄(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add a customer</source>
        <translation>新建客戶(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>開啟示範資料(&amp;D)</translation>
    </message>
    <message>
        <source>Help → User guide explains every screen.</source>
        <translation>“說明 → 使用者指南”介紹每個介面。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts or sales</source>
        <translation>匯入聯絡人或銷售記錄</translation>
    </message>
    <message>
        <source>Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)</source>
        <translation>通訊錄 (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;所有檔案 (*)</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Sales by month, this year against last</source>
        <translation>Sales by month, this year against last</translation>
    </message>
    <message>
        <source>Performance by channel</source>
        <translation>Performance by channel</translation>
    </message>
    <message>
        <source>Performance by region</source>
        <translation>Performance by region</translation>
    </message>
    <message>
        <source>Performance by category</source>
        <translation>Performance by category</translation>
    </message>
    <message>
        <source>Performance by salesperson</source>
        <translation>Performance by salesperson</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Sales by product</translation>
    </message>
    <message>
        <source>Sales by product and spec</source>
        <translation>Sales by product and spec</translation>
    </message>
    <message>
        <source>Customers earning the most margin</source>
        <translation>Customers earning the most margin</translation>
    </message>
    <message>
        <source>Least profitable customers</source>
        <translation>Least profitable customers</translation>
    </message>
    <message>
        <source>80/20: the customers that make the sales</source>
        <translation>80/20: the customers that make the sales</translation>
    </message>
    <message>
        <source>ABC classes: customers and sales (the 12 months they are computed on)</source>
        <translation>ABC classes: customers and sales (the 12 months they are computed on)</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>Customers by lifecycle stage</translation>
    </message>
    <message>
        <source>Customers by relationship stage (share of wallet)</source>
        <translation>Customers by relationship stage (share of wallet)</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>New customers per month</translation>
    </message>
    <message>
        <source>Retention against the same period last year</source>
        <translation>Retention against the same period last year</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <source>Complaints by status</source>
        <translation>Complaints by status</translation>
    </message>
    <message>
        <source>Complaints by escalation level</source>
        <translation>Complaints by escalation level</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan against actual</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>In 10,000 yuan</source>
        <translation>In 10,000 yuan</translation>
    </message>
    <message>
        <source>Show money in 10,000 yuan (万元) instead of yuan</source>
        <translation>Show money in 10,000 yuan (万元) instead of yuan</translation>
    </message>
    <message>
        <source>Large view</source>
        <translation>Large view</translation>
    </message>
    <message>
        <source>Open the analysis in its own large window (again to put it back)</source>
        <translation>Open the analysis in its own large window (again to put it back)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>The view could not be computed: {0}</source>
        <translation>The view could not be computed: {0}</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sales ({0})</source>
        <translation>Sales ({0})</translation>
    </message>
    <message>
        <source>Same period last year ({0})</source>
        <translation>Same period last year ({0})</translation>
    </message>
    <message>
        <source>Gross margin ({0})</source>
        <translation>Gross margin ({0})</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Average days to answer</source>
        <translation>Average days to answer</translation>
    </message>
    <message>
        <source>Compensation ({0})</source>
        <translation>Compensation ({0})</translation>
    </message>
    <message>
        <source>Plan ({0})</source>
        <translation>Plan ({0})</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Share of customers</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Bought again</translation>
    </message>
    <message>
        <source>Did not buy again</source>
        <translation>Did not buy again</translation>
    </message>
    <message>
        <source>New this period</source>
        <translation>New this period</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>not escalated</translation>
    </message>
    <message numerus="yes">
        <source>The biggest %n customer(s)</source>
        <translation>
            <numerusform>The biggest %n customer</numerusform><numerusform>The biggest %n customers</numerusform></translation>
    </message>
    <message>
        <source>not classed</source>
        <translation>not classed</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>no wallet estimate</source>
        <translation>no wallet estimate</translation>
    </message>
    <message>
        <source>Nothing to show for these filters.
Enter sales in a customer's Sales log or import them (File → Import…), or widen the period.</source>
        <translation>Nothing to show for these filters.
Enter sales in a customer's Sales log or import them (File → Import…), or widen the period.</translation>
    </message>
    <message>
        <source>{0} customers make 80 % of sales (blue); {1} customers in all</source>
        <translation>{0} customers make 80 % of sales (blue); {1} customers in all</translation>
    </message>
    <message>
        <source>{0} of {1} prospects bought for the first time in the period</source>
        <translation>{0} of {1} prospects bought for the first time in the period</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>key accounts</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database was upgraded for this version; the previous file is kept in {0}</source>
        <translation>The database was upgraded for this version; the previous file is kept in {0}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>The other window does not answer. Close it, or open the data read-only here.</source>
        <translation>The other window does not answer. Close it, or open the data read-only here.</translation>
    </message>
    <message>
        <source>{0} is already open in another crm-desktop window.</source>
        <translation>{0} is already open in another crm-desktop window.</translation>
    </message>
    <message>
        <source>Switch to that window, or open the data read-only here: a read-only window shows everything and changes nothing.</source>
        <translation>Switch to that window, or open the data read-only here: a read-only window shows everything and changes nothing.</translation>
    </message>
    <message>
        <source>Switch to the open window</source>
        <translation>Switch to the open window</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>The backup could not be restored; the data was left as it was.
{0}</source>
        <translation>The backup could not be restored; the data was left as it was.
{0}</translation>
    </message>
    <message>
        <source>The data was restored from {0}.</source>
        <translation>The data was restored from {0}.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {0}.</source>
        <translation>The data it replaced is kept in {0}.</translation>
    </message>
    <message>
        <source>{0}

The latest backup of this database is {1}. Restore it? The file that cannot be opened is kept beside the backups.</source>
        <translation>{0}

The latest backup of this database is {1}. Restore it? The file that cannot be opened is kept beside the backups.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The backup could not be restored either: {0}</source>
        <translation>The backup could not be restored either: {0}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign owner</source>
        <translation>Reassign owner</translation>
    </message>
    <message>
        <source>The open customer</source>
        <translation>The open customer</translation>
    </message>
    <message numerus="yes">
        <source>All %n customer(s) listed</source>
        <translation>
            <numerusform>All %n customer listed</numerusform><numerusform>All %n customers listed</numerusform></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Choose an operator and at least one customer.</source>
        <translation>Choose an operator and at least one customer.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to {0}?</source>
        <translation>
            <numerusform>Give %n customer to {0}?</numerusform><numerusform>Give %n customers to {0}?</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Backups &amp;folder…</source>
        <translation>Backups &amp;folder…</translation>
    </message>
    <message>
        <source>Today's backup was written to {0}</source>
        <translation>Today's backup was written to {0}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be written: {0}</source>
        <translation>Today's automatic backup could not be written: {0}</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{0}</source>
        <translation>The backup was written and checked:
{0}</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>No backup was written: {0}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Backups folder</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)</source>
        <translation>crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed.
{0}</source>
        <translation>This file cannot be restored; nothing was changed.
{0}</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {0} ({1} customers)?

The current data is backed up first. crm-desktop restarts to restore.</source>
        <translation>Replace the current data with the backup of {0} ({1} customers)?

The current data is backed up first. crm-desktop restarts to restore.</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Days to answer</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>Came in by</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Instructed by</source>
        <translation>Instructed by</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>Compensation (yuan)</translation>
    </message>
    <message>
        <source>Handler (responsible)</source>
        <translation>Handler (responsible)</translation>
    </message>
    <message>
        <source>Instruction given by</source>
        <translation>Instruction given by</translation>
    </message>
    <message>
        <source>Leader's instruction</source>
        <translation>Leader's instruction</translation>
    </message>
    <message>
        <source>No complaints. When the customer complains, click Add… and follow it until it is answered.</source>
        <translation>No complaints. When the customer complains, click Add… and follow it until it is answered.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Edit complaint</source>
        <translation>Edit complaint</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Export to phone…</source>
        <translation>Export to phone…</translation>
    </message>
    <message>
        <source>Save the selected contacts as a vCard file (.vcf) that phones import</source>
        <translation>Save the selected contacts as a vCard file (.vcf) that phones import</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {0}</source>
        <translation>
            <numerusform>Exported %n contact to {0}</numerusform><numerusform>Exported %n contacts to {0}</numerusform></translation>
    </message>
    <message>
        <source>it is the summer midday rest</source>
        <translation>it is the summer midday rest</translation>
    </message>
    <message>
        <source>it is early on a winter morning</source>
        <translation>it is early on a winter morning</translation>
    </message>
    <message>
        <source>it is early in the morning</source>
        <translation>it is early in the morning</translation>
    </message>
    <message>
        <source>it is early on a weekend or holiday morning</source>
        <translation>it is early on a weekend or holiday morning</translation>
    </message>
    <message>
        <source>it is late in the evening</source>
        <translation>it is late in the evening</translation>
    </message>
    <message>
        <source>☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.</source>
        <translation>☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (left)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation> (lunar)</translation>
    </message>
    <message>
        <source>Role in purchase</source>
        <translation>Role in purchase</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday is a lunar date</source>
        <translation>Birthday is a lunar date</translation>
    </message>
    <message>
        <source>Has left the customer</source>
        <translation>Has left the customer</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>what the person likes</source>
        <translation>what the person likes</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>what they prefer when buying, their habits</source>
        <translation>what they prefer when buying, their habits</translation>
    </message>
    <message>
        <source>No contacts yet. Click Add… to record who decides, who buys and their birthdays.</source>
        <translation>No contacts yet. Click Add… to record who decides, who buys and their birthdays.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform><numerusform>ends in %n days</numerusform></translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>Every standard clause is in</source>
        <translation>Every standard clause is in</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Delivery terms</translation>
    </message>
    <message>
        <source>Quality terms</source>
        <translation>Quality terms</translation>
    </message>
    <message>
        <source>Clause: {0}</source>
        <translation>Clause: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No contracts recorded. Click Add… to register one with its number, dates and terms, and tick the standard clauses it contains; the warnings list tells you before one ends.</source>
        <translation>No contracts recorded. Click Add… to register one with its number, dates and terms, and tick the standard clauses it contains; the warnings list tells you before one ends.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Edit contract</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>Credit limit (yuan)</source>
        <translation>Credit limit (yuan)</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Payment days</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <source>Receivable (yuan)</source>
        <translation>Receivable (yuan)</translation>
    </message>
    <message>
        <source>Payment-history score</source>
        <translation>Payment-history score</translation>
    </message>
    <message>
        <source>Potential score</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Suggested rating</translation>
    </message>
    <message>
        <source>Credit application</source>
        <translation>Credit application</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Edit credit…</source>
        <translation>Edit credit…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>{0} of 100 (amounts paid within the payment days, last 12 months)</source>
        <translation>{0} of 100 (amounts paid within the payment days, last 12 months)</translation>
    </message>
    <message>
        <source>no amounts fell due in the last 12 months</source>
        <translation>no amounts fell due in the last 12 months</translation>
    </message>
    <message>
        <source>{0} of 100</source>
        <translation>{0} of 100</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source> (differs from the rating set)</source>
        <translation> (differs from the rating set)</translation>
    </message>
    <message>
        <source>applied {0} for {1} yuan, approved by {2}</source>
        <translation>applied {0} for {1} yuan, approved by {2}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Receivable is over the credit limit by {0} yuan.</source>
        <translation>Receivable is over the credit limit by {0} yuan.</translation>
    </message>
    <message>
        <source>No credit limit set. Click Edit credit… to set one.</source>
        <translation>No credit limit set. Click Edit credit… to set one.</translation>
    </message>
    <message>
        <source>{0} yuan of the limit still available.</source>
        <translation>{0} yuan of the limit still available.</translation>
    </message>
    <message>
        <source>suggested: {0}</source>
        <translation>suggested: {0}</translation>
    </message>
    <message>
        <source>Potential score (0–100)</source>
        <translation>Potential score (0–100)</translation>
    </message>
    <message>
        <source>Credit applied for on</source>
        <translation>Credit applied for on</translation>
    </message>
    <message>
        <source>Requested limit (yuan)</source>
        <translation>Requested limit (yuan)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Credit investigation notes</source>
        <translation>Credit investigation notes</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>Edit customer…</source>
        <translation>Edit customer…</translation>
    </message>
    <message>
        <source>&amp;1 Contacts</source>
        <translation>&amp;1 Contacts</translation>
    </message>
    <message>
        <source>&amp;2 Relationship notes</source>
        <translation>&amp;2 Relationship notes</translation>
    </message>
    <message>
        <source>&amp;3 Credit</source>
        <translation>&amp;3 Credit</translation>
    </message>
    <message>
        <source>&amp;4 Sales log</source>
        <translation>&amp;4 Sales log</translation>
    </message>
    <message>
        <source>&amp;5 Complaints</source>
        <translation>&amp;5 Complaints</translation>
    </message>
    <message>
        <source>&amp;6 Licences</source>
        <translation>&amp;6 Licences</translation>
    </message>
    <message>
        <source>&amp;7 Stage and evaluation</source>
        <translation>&amp;7 Stage and evaluation</translation>
    </message>
    <message>
        <source>&amp;8 History</source>
        <translation>&amp;8 History</translation>
    </message>
    <message>
        <source>&amp;9 Opportunities</source>
        <translation>&amp;9 Opportunities</translation>
    </message>
    <message>
        <source>&amp;0 Contracts</source>
        <translation>&amp;0 Contracts</translation>
    </message>
    <message>
        <source>Origin and key &amp;people</source>
        <translation>Origin and key &amp;people</translation>
    </message>
    <message>
        <source>Select a customer on the left to see everything about it here.

Ctrl+F searches, Ctrl+N adds a new customer.</source>
        <translation>Select a customer on the left to see everything about it here.

Ctrl+F searches, Ctrl+N adds a new customer.</translation>
    </message>
    <message>
        <source>Only its owner, the operators it is shared with and administrators change this customer.</source>
        <translation>Only its owner, the operators it is shared with and administrators change this customer.</translation>
    </message>
    <message>
        <source>Only its owner or an administrator deactivates it.</source>
        <translation>Only its owner or an administrator deactivates it.</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inactive)</translation>
    </message>
    <message>
        <source>★ Key account by gross profit; some of its sales have no cost and count at their full amount</source>
        <translation>★ Key account by gross profit; some of its sales have no cost and count at their full amount</translation>
    </message>
    <message>
        <source>★ Key account by gross profit over the last 12 full months</source>
        <translation>★ Key account by gross profit over the last 12 full months</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>{0}/20</source>
        <translation>{0}/20</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Suggested: special supply support unit (特供支持单位)</source>
        <translation>Suggested: special supply support unit (特供支持单位)</translation>
    </message>
    <message>
        <source>Special supply plaque held, criteria no longer met</source>
        <translation>Special supply plaque held, criteria no longer met</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Sales by month, last 24 months</source>
        <translation>Sales by month, last 24 months</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Same month a year earlier</source>
        <translation>Same month a year earlier</translation>
    </message>
    <message>
        <source>No sales in the last 24 months.
Add sales in the Sales log tab to see them here.</source>
        <translation>No sales in the last 24 months.
Add sales in the Sales log tab to see them here.</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>10,000 yuan (万元)</source>
        <translation>10,000 yuan (万元)</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>Deactivate customer</translation>
    </message>
    <message>
        <source>Deactivate {0}? It disappears from the list but keeps all its records; tick "Show inactive" to find it and reactivate it.</source>
        <translation>Deactivate {0}? It disappears from the list but keeps all its records; tick "Show inactive" to find it and reactivate it.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>Owner (salesperson)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>separate tags with commas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer may already exist</source>
        <translation>Customer may already exist</translation>
    </message>
    <message>
        <source>A customer with this name or phone already exists:
{0}

Open it instead?</source>
        <translation>A customer with this name or phone already exists:
{0}

Open it instead?</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ABC class of the last 12 full months; ★ key account (the fewest customers that make the share of the gross profit set in Settings → Rules; a sale without a cost counts at its amount). Click to sort by class.</source>
        <translation>ABC class of the last 12 full months; ★ key account (the fewest customers that make the share of the gross profit set in Settings → Rules; a sale without a cost counts at its amount). Click to sort by class.</translation>
    </message>
    <message>
        <source>Key account by gross profit over the last 12 full months (a sale without a cost counts at its full amount)</source>
        <translation>Key account by gross profit over the last 12 full months (a sale without a cost counts at its full amount)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the Warnings list</source>
        <translation>
            <numerusform>%n warning: see the Warnings list</numerusform><numerusform>%n warnings: see the Warnings list</numerusform></translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation>Inactive customer</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)</source>
        <translation>Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Only the customers you own and those shared with you</source>
        <translation>Only the customers you own and those shared with you</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>All ABC classes</translation>
    </message>
    <message>
        <source>★ Key accounts</source>
        <translation>★ Key accounts</translation>
    </message>
    <message>
        <source>Class {0}</source>
        <translation>Class {0}</translation>
    </message>
    <message>
        <source>Not classed</source>
        <translation>Not classed</translation>
    </message>
    <message>
        <source>★ Key accounts ({0})</source>
        <translation>★ Key accounts ({0})</translation>
    </message>
    <message>
        <source>Class {0} ({1})</source>
        <translation>Class {0} ({1})</translation>
    </message>
    <message>
        <source>Showing the {0} customer(s) behind “{1}”. &lt;a href='clear'&gt;Show all&lt;/a&gt;</source>
        <translation>Showing the {0} customer(s) behind “{1}”. &lt;a href='clear'&gt;Show all&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer matches. Clear the search or the filters, or press Ctrl+N to add one.</source>
        <translation>No customer matches. Clear the search or the filters, or press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>No customers yet.

Press Ctrl+N to add your first customer.</source>
        <translation>No customers yet.

Press Ctrl+N to add your first customer.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>A database file on this PC (SQLite)</source>
        <translation>A database file on this PC (SQLite)</translation>
    </message>
    <message>
        <source>The office's server (PostgreSQL)</source>
        <translation>The office's server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remember the password on this PC (pgpass file)</source>
        <translation>Remember the password on this PC (pgpass file)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.sqlite3);;All files (*)</source>
        <translation>crm-desktop databases (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>choose a database file</source>
        <translation>choose a database file</translation>
    </message>
    <message>
        <source>Cannot connect: {0}</source>
        <translation>Cannot connect: {0}</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>Connected: {0}</translation>
    </message>
    <message>
        <source>The database cannot be opened now. Keep this choice anyway?</source>
        <translation>The database cannot be opened now. Keep this choice anyway?</translation>
    </message>
    <message>
        <source>Saved. The next start opens this database (started with --db or CRM_DESKTOP_DB, those win).</source>
        <translation>Saved. The next start opens this database (started with --db or CRM_DESKTOP_DB, those win).</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Recent data&amp;bases</source>
        <translation>Recent data&amp;bases</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3)</source>
        <translation>crm-desktop database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>crm-desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>crm-desktop database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The details were written to the log file {0}. You can carry on working.</source>
        <translation>The details were written to the log file {0}. You can carry on working.</translation>
    </message>
    <message>
        <source>You can carry on working.</source>
        <translation>You can carry on working.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Pick a date from the calendar</translation>
    </message>
    <message>
        <source>e.g. 2024-03-07</source>
        <translation>e.g. 2024-03-07</translation>
    </message>
    <message>
        <source>yuan, e.g. 12,800.00 or 1.2万</source>
        <translation>yuan, e.g. 12,800.00 or 1.2万</translation>
    </message>
    <message>
        <source>yuan; negative for a return</source>
        <translation>yuan; negative for a return</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>e.g. 120</translation>
    </message>
    <message>
        <source>11 digits, or +country code</source>
        <translation>11 digits, or +country code</translation>
    </message>
    <message>
        <source>e.g. 010-6234 5678</source>
        <translation>e.g. 010-6234 5678</translation>
    </message>
    <message>
        <source>e.g. 1985-03-07, or 3月7日 without the year</source>
        <translation>e.g. 1985-03-07, or 3月7日 without the year</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>this field is required</translation>
    </message>
    <message>
        <source>not a real date; type year-month-day, e.g. 2024-03-07</source>
        <translation>not a real date; type year-month-day, e.g. 2024-03-07</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan that is not negative</source>
        <translation>not an amount; type a number of yuan that is not negative</translation>
    </message>
    <message>
        <source>not an amount; type a number of yuan</source>
        <translation>not an amount; type a number of yuan</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>not a mobile number: 11 digits starting with 1, or + and a country code</source>
        <translation>not a mobile number: 11 digits starting with 1, or + and a country code</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>not a phone number</translation>
    </message>
    <message>
        <source>not a birthday; type 1985-03-07, or 3-7 without the year</source>
        <translation>not a birthday; type 1985-03-07, or 3-7 without the year</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>this code is already used by another customer</source>
        <translation>this code is already used by another customer</translation>
    </message>
    <message>
        <source>the next follow-up cannot be before the note's date</source>
        <translation>the next follow-up cannot be before the note's date</translation>
    </message>
    <message>
        <source>a complaint cannot be answered before it was received</source>
        <translation>a complaint cannot be answered before it was received</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <source>enter the amount, or both quantity and unit price</source>
        <translation>enter the amount, or both quantity and unit price</translation>
    </message>
    <message>
        <source>not one of the choices</source>
        <translation>not one of the choices</translation>
    </message>
    <message>
        <source>not a month: write it as YYYY-MM, e.g. 2026-11</source>
        <translation>not a month: write it as YYYY-MM, e.g. 2026-11</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>outside the allowed range</translation>
    </message>
    <message>
        <source>a leader's instruction comes after the investigation: set the status to Instructed or later</source>
        <translation>a leader's instruction comes after the investigation: set the status to Instructed or later</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Please check the form</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nothing recorded for this customer yet.</source>
        <translation>Nothing recorded for this customer yet.</translation>
    </message>
    <message>
        <source>Every change to this customer and its records, newest first. The history is kept for good and cannot be edited.</source>
        <translation>Every change to this customer and its records, newest first. The history is kept for good and cannot be edited.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Merged by an import</source>
        <translation>Merged by an import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>relationship note</source>
        <translation>relationship note</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Payment days</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Estimated yearly purchases</source>
        <translation>Estimated yearly purchases</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Has left</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>no company and no contact name; row not imported</source>
        <translation>no company and no contact name; row not imported</translation>
    </message>
    <message>
        <source>phone {value} lost digits when Excel wrote it as 1.23E+10; format the column as text and type the number again; not imported</source>
        <translation>phone {value} lost digits when Excel wrote it as 1.23E+10; format the column as text and type the number again; not imported</translation>
    </message>
    <message>
        <source>{value} is not a phone number; not imported</source>
        <translation>{value} is not a phone number; not imported</translation>
    </message>
    <message>
        <source>birthday {value} is not a real date; not imported</source>
        <translation>birthday {value} is not a real date; not imported</translation>
    </message>
    <message>
        <source>sale date {value} is not a date; this sale is not imported</source>
        <translation>sale date {value} is not a date; this sale is not imported</translation>
    </message>
    <message>
        <source>{value} is not a valid amount or quantity; this sale is not imported</source>
        <translation>{value} is not a valid amount or quantity; this sale is not imported</translation>
    </message>
    <message>
        <source>a sale needs a date and an amount (or quantity and unit price); this sale is not imported</source>
        <translation>a sale needs a date and an amount (or quantity and unit price); this sale is not imported</translation>
    </message>
    <message>
        <source>the file ends inside this card; what it holds is imported</source>
        <translation>the file ends inside this card; what it holds is imported</translation>
    </message>
    <message>
        <source>a new card begins before this one ends (no END:VCARD); what it holds is imported</source>
        <translation>a new card begins before this one ends (no END:VCARD); what it holds is imported</translation>
    </message>
    <message>
        <source>birthday {value} is text, not a date; kept in the notes</source>
        <translation>birthday {value} is text, not a date; kept in the notes</translation>
    </message>
    <message>
        <source>birthday {value} is not a whole date; kept in the notes</source>
        <translation>birthday {value} is not a whole date; kept in the notes</translation>
    </message>
    <message>
        <source>{value} is not imported</source>
        <translation>{value} is not imported</translation>
    </message>
    <message>
        <source>{value} is not a vCard line; not imported</source>
        <translation>{value} is not a vCard line; not imported</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>Already in the database</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Customers already in the database (merge adds what is new to them):</source>
        <translation>Customers already in the database (merge adds what is new to them):</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>Save problem rows…</translation>
    </message>
    <message>
        <source>Check again with this mapping</source>
        <translation>Check again with this mapping</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Columns found (change where a column went to the wrong field):</source>
        <translation>Columns found (change where a column went to the wrong field):</translation>
    </message>
    <message>
        <source>Problems (these values are not imported; the rest of the row is):</source>
        <translation>Problems (these values are not imported; the rest of the row is):</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source> (header on row {0})</source>
        <translation> (header on row {0})</translation>
    </message>
    <message>
        <source>structured crm-desktop data</source>
        <translation>structured crm-desktop data</translation>
    </message>
    <message>
        <source>File: {0}
Read: {1}; {2} data rows.</source>
        <translation>File: {0}
Read: {1}; {2} data rows.</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>(keep in notes)</translation>
    </message>
    <message>
        <source>Merge into the existing customer</source>
        <translation>Merge into the existing customer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>Add as a new customer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched; {4} rows add nothing; {5} problems.</source>
        <translation>Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched; {4} rows add nothing; {5} problems.</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Save problem rows</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem rows saved</source>
        <translation>Problem rows saved</translation>
    </message>
    <message>
        <source>{0} rows saved to {1}. Fix them there and import that file.</source>
        <translation>{0} rows saved to {1}. Fix them there and import that file.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Added {0} customers, {1} contacts and {2} sales; {3} existing records matched; {4} rows added nothing; {5} problems.

Import history (File menu) can remove this import again.</source>
        <translation>Added {0} customers, {1} contacts and {2} sales; {3} existing records matched; {4} rows added nothing; {5} problems.

Import history (File menu) can remove this import again.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was written. The reason: {0}</source>
        <translation>Nothing was written. The reason: {0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Customers added</source>
        <translation>Customers added</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No imports yet. File → Import… brings in an Excel or CSV contact book.</source>
        <translation>No imports yet. File → Import… brings in an Excel or CSV contact book.</translation>
    </message>
    <message>
        <source>Remove this import…</source>
        <translation>Remove this import…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Remove import</translation>
    </message>
    <message>
        <source>Remove everything this import added ({0})? Customers it created are removed with all their records, including ones entered since. This cannot be undone.</source>
        <translation>Remove everything this import added ({0})? Customers it created are removed with all their records, including ones entered since. This cannot be undone.</translation>
    </message>
    <message>
        <source>Removing the import…</source>
        <translation>Removing the import…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Buys from us</source>
        <translation>Buys from us</translation>
    </message>
    <message>
        <source>Supplies us</source>
        <translation>Supplies us</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Declining</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>Major event</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Family split</source>
        <translation>Family split</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Instructed</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>Department manager</translation>
    </message>
    <message>
        <source>Company leadership</source>
        <translation>Company leadership</translation>
    </message>
    <message>
        <source>Direct sale</source>
        <translation>Direct sale</translation>
    </message>
    <message>
        <source>Through an agent</source>
        <translation>Through an agent</translation>
    </message>
    <message>
        <source>Through a dealer</source>
        <translation>Through a dealer</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>Phone order</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Online order</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Operating permit</source>
        <translation>Operating permit</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP certificate</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>Other licence</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategic</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost deal</source>
        <translation>Lost deal</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>Referred by a customer</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Cold call or visit</source>
        <translation>Cold call or visit</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation>Came to us</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Other source</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Influencer (consults others)</source>
        <translation>Influencer (consults others)</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Checker</translation>
    </message>
    <message>
        <source>Product (kind, brand, spec)</source>
        <translation>Product (kind, brand, spec)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quality standard</source>
        <translation>Quality standard</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Delivery (time, place, transport, costs)</source>
        <translation>Delivery (time, place, transport, costs)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>Liability for breach</translation>
    </message>
    <message>
        <source>Dispute resolution</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <source>Signing date, place and validity</source>
        <translation>Signing date, place and validity</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>crm-desktop speaks the new language from its next start. Restart now?</source>
        <translation>crm-desktop speaks the new language from its next start. Restart now?</translation>
    </message>
</context>
<context>
    <name>LicencesTab</name>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>no expiry date</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform><numerusform>expired %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform><numerusform>expires in %n days</numerusform></translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>No licences recorded. Click Add… to enter the business licence, operating permit or GSP certificate with its expiry date; the warnings list tells you before one expires.</source>
        <translation>No licences recorded. Click Add… to enter the business licence, operating permit or GSP certificate with its expiry date; the warnings list tells you before one expires.</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>New licence</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>Edit licence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crm-desktop — customers</source>
        <translation>crm-desktop — customers</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Export everything…</translation>
    </message>
    <message>
        <source>Export the customers &amp;listed…</source>
        <translation>Export the customers &amp;listed…</translation>
    </message>
    <message>
        <source>Export the open customer to a &amp;phone…</source>
        <translation>Export the open customer to a &amp;phone…</translation>
    </message>
    <message>
        <source>Save the open customer's contacts as a vCard file (.vcf) for phones</source>
        <translation>Save the open customer's contacts as a vCard file (.vcf) for phones</translation>
    </message>
    <message>
        <source>&amp;SMS list by region…</source>
        <translation>&amp;SMS list by region…</translation>
    </message>
    <message>
        <source>The mobiles of the customers listed, grouped by region, for an SMS platform</source>
        <translation>The mobiles of the customers listed, grouped by region, for an SMS platform</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Office details…</source>
        <translation>&amp;Office details…</translation>
    </message>
    <message>
        <source>&amp;Rules and thresholds…</source>
        <translation>&amp;Rules and thresholds…</translation>
    </message>
    <message>
        <source>&amp;Database (file or server)…</source>
        <translation>&amp;Database (file or server)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch operator…</source>
        <translation>Sign &amp;out / switch operator…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Reassign owner…</source>
        <translation>&amp;Reassign owner…</translation>
    </message>
    <message>
        <source>&amp;Share the customer…</source>
        <translation>&amp;Share the customer…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operators…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show &amp;inactive customers</source>
        <translation>Show &amp;inactive customers</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;About crm-desktop</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <source>Add {0} made-up customers with contacts, two years of sales, complaints and licences to this database? Try everything on them; for real work, start a new database or remove the demo customers afterwards.</source>
        <translation>Add {0} made-up customers with contacts, two years of sales, complaints and licences to this database? Try everything on them; for real work, start a new database or remove the demo customers afterwards.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customer(s).</source>
        <translation>
            <numerusform>Added %n demo customer.</numerusform><numerusform>Added %n demo customers.</numerusform></translation>
    </message>
    <message>
        <source>No demo data was added.</source>
        <translation>No demo data was added.</translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation>Making the demo data…</translation>
    </message>
    <message>
        <source>crm-desktop — customers (read-only)</source>
        <translation>crm-desktop — customers (read-only)</translation>
    </message>
    <message>
        <source>Read-only: another window has this database open</source>
        <translation>Read-only: another window has this database open</translation>
    </message>
    <message>
        <source>No operators are defined: crm-desktop opens without signing in.</source>
        <translation>No operators are defined: crm-desktop opens without signing in.</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>Signed in: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Share the customer</source>
        <translation>Share the customer</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Select a customer first.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)</source>
        <translation>Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;crm-desktop JSON (*.json);;vCard for phones, one card per contact (*.vcf)</source>
        <translation>Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;crm-desktop JSON (*.json);;vCard for phones, one card per contact (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mobile number(s) to {0}</source>
        <translation>
            <numerusform>Exported %n mobile number to {0}</numerusform><numerusform>Exported %n mobile numbers to {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {0}</source>
        <translation>
            <numerusform>Exported %n customer to {0}</numerusform><numerusform>Exported %n customers to {0}</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>Export cancelled; no file written.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>SMS list by region</source>
        <translation>SMS list by region</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Open a customer first.</translation>
    </message>
    <message>
        <source>Exported the contacts of {0} to {1}</source>
        <translation>Exported the contacts of {0} to {1}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>The log files are in {0}</source>
        <translation>The log files are in {0}</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>About crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop {0}
An offline CRM for a distributor's sales office.</source>
        <translation>crm-desktop {0}
An offline CRM for a distributor's sales office.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Clear event</source>
        <translation>Clear event</translation>
    </message>
    <message>
        <source>The major event was looked into: end its warning (the note stays)</source>
        <translation>The major event was looked into: end its warning (the note stays)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Objective of the visit</source>
        <translation>Objective of the visit</translation>
    </message>
    <message>
        <source>what the visit is for; every visit records one</source>
        <translation>what the visit is for; every visit records one</translation>
    </message>
    <message>
        <source>Major event (kind “Major event”)</source>
        <translation>Major event (kind “Major event”)</translation>
    </message>
    <message>
        <source>Event cleared on</source>
        <translation>Event cleared on</translation>
    </message>
    <message>
        <source>No relationship notes yet. Click Add… after a visit or call, and set the next follow-up.</source>
        <translation>No relationship notes yet. Click Add… after a visit or call, and set the next follow-up.</translation>
    </message>
    <message>
        <source>New relationship note</source>
        <translation>New relationship note</translation>
    </message>
    <message>
        <source>Edit relationship note</source>
        <translation>Edit relationship note</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <source>a PNG or JPG file; empty for none</source>
        <translation>a PNG or JPG file; empty for none</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Show what other computers saved: the list, the open customer, the warnings</source>
        <translation>Show what other computers saved: the list, the open customer, the warnings</translation>
    </message>
    <message>
        <source>Export audit &amp;trail…</source>
        <translation>Export audit &amp;trail…</translation>
    </message>
    <message>
        <source>Save who changed what and when, for every customer, as .xlsx or .csv</source>
        <translation>Save who changed what and when, for every customer, as .xlsx or .csv</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to {0}</source>
        <translation>
            <numerusform>Exported %n audit event to {0}</numerusform><numerusform>Exported %n audit events to {0}</numerusform></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>New operator</source>
        <translation>New operator</translation>
    </message>
    <message>
        <source>as the owner column shows it, e.g. 王芳</source>
        <translation>as the owner column shows it, e.g. 王芳</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Access role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The first operator is an administrator. From then on crm-desktop asks for a name and password when it starts.</source>
        <translation>The first operator is an administrator. From then on crm-desktop asks for a name and password when it starts.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Viewer (read and print)</source>
        <translation>Viewer (read and print)</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>change settings or rules</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>import files</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>export the audit trail</translation>
    </message>
    <message>
        <source>reassign or share customers</source>
        <translation>reassign or share customers</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>add customers</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>change customers</translation>
    </message>
    <message>
        <source>deactivate customers</source>
        <translation>deactivate customers</translation>
    </message>
    <message>
        <source>work without signing in</source>
        <translation>work without signing in</translation>
    </message>
    <message>
        <source>The {0} role may not {1}.</source>
        <translation>The {0} role may not {1}.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {0} seconds, then try again.</source>
        <translation>Too many wrong passwords. Wait {0} seconds, then try again.</translation>
    </message>
    <message>
        <source>Wrong operator name or password.</source>
        <translation>Wrong operator name or password.</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>Not allowed: {0}</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Access role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>New password for {0}</source>
        <translation>New password for {0}</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Opportunity lost</source>
        <translation>Opportunity lost</translation>
    </message>
    <message>
        <source>Why was it lost? (price, competitor, …)</source>
        <translation>Why was it lost? (price, competitor, …)</translation>
    </message>
    <message>
        <source>Cannot move it</source>
        <translation>Cannot move it</translation>
    </message>
    <message>
        <source>Its sales line is recorded: remove that line from the sales log before reopening it.</source>
        <translation>Its sales line is recorded: remove that line from the sales log before reopening it.</translation>
    </message>
    <message>
        <source>A lost opportunity needs its reason.</source>
        <translation>A lost opportunity needs its reason.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Record the sale</source>
        <translation>Record the sale</translation>
    </message>
    <message>
        <source>Add the won opportunity to the sales log</source>
        <translation>Add the won opportunity to the sales log</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Lost because</translation>
    </message>
    <message>
        <source>needed when lost</source>
        <translation>needed when lost</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No sales opportunities. Click Add… to record one: product, expected amount and close date, and the next step; its date joins Today's follow-ups.</source>
        <translation>No sales opportunities. Click Add… to record one: product, expected amount and close date, and the next step; its date joins Today's follow-ups.</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Edit opportunity</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Edit origin…</source>
        <translation>Edit origin…</translation>
    </message>
    <message>
        <source>Where the customer came from</source>
        <translation>Where the customer came from</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Decision style</source>
        <translation>Decision style</translation>
    </message>
    <message>
        <source>Reports to and style…</source>
        <translation>Reports to and style…</translation>
    </message>
    <message>
        <source>Key people: who reports to whom</source>
        <translation>Key people: who reports to whom</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (left)</translation>
    </message>
    <message>
        <source>Referred by (customer name or code)</source>
        <translation>Referred by (customer name or code)</translation>
    </message>
    <message>
        <source>needed for a referral</source>
        <translation>needed for a referral</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No such customer</source>
        <translation>No such customer</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Move the selected opportunity to another stage (or drag it to the column)</source>
        <translation>Move the selected opportunity to another stage (or drag it to the column)</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Next: {0}</translation>
    </message>
    <message>
        <source>Expected amount: {0} yuan</source>
        <translation>Expected amount: {0} yuan</translation>
    </message>
    <message>
        <source>Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan</source>
        <translation>Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan</translation>
    </message>
    <message>
        <source>No opportunities yet: add one on a customer's Opportunities tab.</source>
        <translation>No opportunities yet: add one on a customer's Opportunities tab.</translation>
    </message>
    <message>
        <source>Funnel: reached, and on to the next stage</source>
        <translation>Funnel: reached, and on to the next stage</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Weighted by chance</source>
        <translation>Weighted by chance</translation>
    </message>
    <message>
        <source>Forecast by month of the expected close</source>
        <translation>Forecast by month of the expected close</translation>
    </message>
    <message>
        <source>No open opportunity with a close date</source>
        <translation>No open opportunity with a close date</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Set plan…</source>
        <translation>Set plan…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>(all products)</source>
        <translation>(all products)</translation>
    </message>
    <message>
        <source>No plan for this month. Click Set plan… to enter the monthly target; the warnings list then tells you when sales fall behind.</source>
        <translation>No plan for this month. Click Set plan… to enter the monthly target; the warnings list then tells you when sales fall behind.</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were expected: {4}. Same month last year: {5}.</source>
        <translation>This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were expected: {4}. Same month last year: {5}.</translation>
    </message>
    <message>
        <source>(The plan is the sum of this month's product plans.)</source>
        <translation>(The plan is the sum of this month's product plans.)</translation>
    </message>
    <message>
        <source>Behind their own plans: {0}.</source>
        <translation>Behind their own plans: {0}.</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>Month (YYYY-MM)</translation>
    </message>
    <message>
        <source>Product (empty: the whole month)</source>
        <translation>Product (empty: the whole month)</translation>
    </message>
    <message>
        <source>Plan (yuan, empty to remove)</source>
        <translation>Plan (yuan, empty to remove)</translation>
    </message>
    <message>
        <source>Monthly sales plan</source>
        <translation>Monthly sales plan</translation>
    </message>
</context>
<context>
    <name>QueryOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This window shows the data read-only: another crm-desktop window has the database open. Nothing was saved; make the change in that window.</source>
        <translation>This window shows the data read-only: another crm-desktop window has the database open. Nothing was saved; make the change in that window.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Click Add… to record the first one.</source>
        <translation>Nothing recorded yet. Click Add… to record the first one.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Remove the selected line? This cannot be undone.</source>
        <translation>Remove the selected line? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reminders could not be read: {0}</source>
        <translation>Reminders could not be read: {0}</translation>
    </message>
    <message>
        <source>… and {0} more: print them all from Reports → Today's reminders</source>
        <translation>… and {0} more: print them all from Reports → Today's reminders</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Opportunity: {0}</source>
        <translation>Opportunity: {0}</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>No follow-up is due.</translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>Birthdays in the next 7 days</translation>
    </message>
    <message>
        <source> (lunar)</source>
        <translation> (lunar)</translation>
    </message>
    <message>
        <source>No contact's birthday in the next 7 days.</source>
        <translation>No contact's birthday in the next 7 days.</translation>
    </message>
    <message>
        <source>Public holidays in the next 14 days</source>
        <translation>Public holidays in the next 14 days</translation>
    </message>
    <message>
        <source>: a good moment for greetings or a visit</source>
        <translation>: a good moment for greetings or a visit</translation>
    </message>
    <message>
        <source>No public holiday in the next 14 days.</source>
        <translation>No public holiday in the next 14 days.</translation>
    </message>
    <message>
        <source>Licences expiring</source>
        <translation>Licences expiring</translation>
    </message>
    <message>
        <source>No licence expires soon.</source>
        <translation>No licence expires soon.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today. Double-click a line to open the customer.</source>
        <translation>
            <numerusform>%n reminder for today. Double-click a line to open the customer.</numerusform><numerusform>%n reminders for today. Double-click a line to open the customer.</numerusform></translation>
    </message>
    <message>
        <source>Nothing due today. Follow-ups come from relationship notes, birthdays from contacts, licences from the Licences tab.</source>
        <translation>Nothing due today. Follow-ups come from relationship notes, birthdays from contacts, licences from the Licences tab.</translation>
    </message>
    <message>
        <source>holiday coming: {0}</source>
        <translation>holiday coming: {0}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Print &amp;preview</source>
        <translation>Print &amp;preview</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <source>Profile of this customer</source>
        <translation>Profile of this customer</translation>
    </message>
    <message>
        <source>Statement of account of this customer (this month)</source>
        <translation>Statement of account of this customer (this month)</translation>
    </message>
    <message>
        <source>Profiles of the customers listed</source>
        <translation>Profiles of the customers listed</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Receivables by age</translation>
    </message>
    <message>
        <source>Warnings list</source>
        <translation>Warnings list</translation>
    </message>
    <message>
        <source>Customers by ABC class</source>
        <translation>Customers by ABC class</translation>
    </message>
    <message>
        <source>Today's reminders</source>
        <translation>Today's reminders</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Select a customer first.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>The list is empty.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages)</source>
        <translation>Saved {0} ({1} pages)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules and thresholds</source>
        <translation>Rules and thresholds</translation>
    </message>
    <message>
        <source>ABC: retail, medical and other customers</source>
        <translation>ABC: retail, medical and other customers</translation>
    </message>
    <message>
        <source>ABC: wholesale and chain customers</source>
        <translation>ABC: wholesale and chain customers</translation>
    </message>
    <message>
        <source>Customer lost after at least (days)</source>
        <translation>Customer lost after at least (days)</translation>
    </message>
    <message>
        <source>… or this many times the usual gap between orders</source>
        <translation>… or this many times the usual gap between orders</translation>
    </message>
    <message>
        <source>Behind plan below this share of the pro-rata plan (%)</source>
        <translation>Behind plan below this share of the pro-rata plan (%)</translation>
    </message>
    <message>
        <source>Below last year under this share of the same month, pro rata (%)</source>
        <translation>Below last year under this share of the same month, pro rata (%)</translation>
    </message>
    <message>
        <source>Order overdue after the usual gap, from this many orders</source>
        <translation>Order overdue after the usual gap, from this many orders</translation>
    </message>
    <message>
        <source>Warn about licences expiring within (days)</source>
        <translation>Warn about licences expiring within (days)</translation>
    </message>
    <message>
        <source>Complaint overdue after (days)</source>
        <translation>Complaint overdue after (days)</translation>
    </message>
    <message>
        <source>Warn about contracts ending within (days)</source>
        <translation>Warn about contracts ending within (days)</translation>
    </message>
    <message>
        <source>Key accounts: the fewest customers making this share of the gross profit (%)</source>
        <translation>Key accounts: the fewest customers making this share of the gross profit (%)</translation>
    </message>
    <message>
        <source>A new customer is “welcome” for (days)</source>
        <translation>A new customer is “welcome” for (days)</translation>
    </message>
    <message>
        <source>“Loyal” from this many orders</source>
        <translation>“Loyal” from this many orders</translation>
    </message>
    <message>
        <source>“Declining” when the last 6 months fall below (% of the 6 before)</source>
        <translation>“Declining” when the last 6 months fall below (% of the 6 before)</translation>
    </message>
    <message>
        <source>Weight of the payment history in the rating (%)</source>
        <translation>Weight of the payment history in the rating (%)</translation>
    </message>
    <message>
        <source>Rating {0} from a combined score of</source>
        <translation>Rating {0} from a combined score of</translation>
    </message>
    <message>
        <source>Chance of an opportunity at “{0}” (%)</source>
        <translation>Chance of an opportunity at “{0}” (%)</translation>
    </message>
    <message>
        <source>Summer months</source>
        <translation>Summer months</translation>
    </message>
    <message>
        <source>Summer midday rest from</source>
        <translation>Summer midday rest from</translation>
    </message>
    <message>
        <source>… until</source>
        <translation>… until</translation>
    </message>
    <message>
        <source>Winter months</source>
        <translation>Winter months</translation>
    </message>
    <message>
        <source>No calls on winter mornings before</source>
        <translation>No calls on winter mornings before</translation>
    </message>
    <message>
        <source>No calls on other mornings before</source>
        <translation>No calls on other mornings before</translation>
    </message>
    <message>
        <source>No calls on weekend and holiday mornings before</source>
        <translation>No calls on weekend and holiday mornings before</translation>
    </message>
    <message>
        <source>No calls in the evening from</source>
        <translation>No calls in the evening from</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Stages and credit rating</source>
        <translation>Stages and credit rating</translation>
    </message>
    <message>
        <source>Call-time courtesy</source>
        <translation>Call-time courtesy</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Monthly ≥ (万元)</source>
        <translation>Monthly ≥ (万元)</translation>
    </message>
    <message>
        <source>Upgrade at margin %</source>
        <translation>Upgrade at margin %</translation>
    </message>
    <message>
        <source>{0}: {1} is not a number</source>
        <translation>{0}: {1} is not a number</translation>
    </message>
    <message>
        <source>Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.</source>
        <translation>Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.</translation>
    </message>
    <message>
        <source>Please check the rules</source>
        <translation>Please check the rules</translation>
    </message>
    <message>
        <source>Monthly sales must fall from AAA down to C, none negative.</source>
        <translation>Monthly sales must fall from AAA down to C, none negative.</translation>
    </message>
    <message>
        <source>Each table lists AAA, AA, A, B+, B and C.</source>
        <translation>Each table lists AAA, AA, A, B+, B and C.</translation>
    </message>
    <message>
        <source>An upgrade margin is a percentage from 0 to 100.</source>
        <translation>An upgrade margin is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>The rating scores must fall from A to C.</source>
        <translation>The rating scores must fall from A to C.</translation>
    </message>
    <message>
        <source>The summer midday rest must end after it starts.</source>
        <translation>The summer midday rest must end after it starts.</translation>
    </message>
    <message>
        <source>An opportunity's chance is 0 to 100 % and does not fall from lead to negotiation.</source>
        <translation>An opportunity's chance is 0 to 100 % and does not fall from lead to negotiation.</translation>
    </message>
    <message>
        <source>A value is out of range.</source>
        <translation>A value is out of range.</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>empty: quantity × unit price; negative for a return</source>
        <translation>empty: quantity × unit price; negative for a return</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>Purchase channel</translation>
    </message>
    <message>
        <source>No sales recorded. Click Add… to enter a delivery: date, product, quantity and price.</source>
        <translation>No sales recorded. Click Add… to enter a delivery: date, product, quantity and price.</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>Edit sale</source>
        <translation>Edit sale</translation>
    </message>
    <message>
        <source>Over the credit limit</source>
        <translation>Over the credit limit</translation>
    </message>
    <message>
        <source>With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan by {2} yuan.

Record the sale anyway?</source>
        <translation>With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan by {2} yuan.

Record the sale anyway?</translation>
    </message>
    <message>
        <source>Total {0} · paid {1} · receivable {2}</source>
        <translation>Total {0} · paid {1} · receivable {2}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share the customer</source>
        <translation>Share the customer</translation>
    </message>
    <message>
        <source>Sales operators who may also work on it:</source>
        <translation>Sales operators who may also work on it:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>The open customer's tabs</source>
        <translation>The open customer's tabs</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Open the selected customer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Every menu</source>
        <translation>Every menu</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + the underlined letter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to crm-desktop</source>
        <translation>Sign in to crm-desktop</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <source>Changed by {0} at {1} — reload?

Someone saved this record after you opened it, so nothing of yours was saved. Reload shows what is saved now; Cancel goes back to what you typed (copy what you need, then reload).</source>
        <translation>Changed by {0} at {1} — reload?

Someone saved this record after you opened it, so nothing of yours was saved. Reload shows what is saved now; Cancel goes back to what you typed (copy what you need, then reload).</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>Changed on another computer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>StandingTab</name>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Relationship stage</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <source>Evaluation card (1–5 each)</source>
        <translation>Evaluation card (1–5 each)</translation>
    </message>
    <message>
        <source>Business capability</source>
        <translation>Business capability</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Social relations</source>
        <translation>Social relations</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit stage and evaluation…</source>
        <translation>Edit stage and evaluation…</translation>
    </message>
    <message>
        <source>Follow the suggested stage</source>
        <translation>Follow the suggested stage</translation>
    </message>
    <message>
        <source>{0} (set by hand; the sales log suggests {1})</source>
        <translation>{0} (set by hand; the sales log suggests {1})</translation>
    </message>
    <message>
        <source>{0} (set by hand, as the sales log suggests)</source>
        <translation>{0} (set by hand, as the sales log suggests)</translation>
    </message>
    <message>
        <source>{0} (suggested from the sales log)</source>
        <translation>{0} (suggested from the sales log)</translation>
    </message>
    <message>
        <source>unknown: enter the customer's estimated yearly purchases of our kind of product</source>
        <translation>unknown: enter the customer's estimated yearly purchases of our kind of product</translation>
    </message>
    <message>
        <source>{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)</source>
        <translation>{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)</translation>
    </message>
    <message>
        <source>not classed (no sales in the last 12 full months)</source>
        <translation>not classed (no sales in the last 12 full months)</translation>
    </message>
    <message>
        <source> · ★ key account</source>
        <translation> · ★ key account</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>{0} of 20</source>
        <translation>{0} of 20</translation>
    </message>
    <message>
        <source>score all four to see the total</source>
        <translation>score all four to see the total</translation>
    </message>
    <message>
        <source>Estimated yearly purchases of our kind of product (yuan)</source>
        <translation>Estimated yearly purchases of our kind of product (yuan)</translation>
    </message>
    <message>
        <source>from all suppliers; gives the share of wallet</source>
        <translation>from all suppliers; gives the share of wallet</translation>
    </message>
    <message>
        <source>Stage and evaluation</source>
        <translation>Stage and evaluation</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>VcardExport</name>
    <message>
        <source>Export contacts to a phone</source>
        <translation>Export contacts to a phone</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>vCard for phones (*.vcf)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Over credit limit</source>
        <translation>Over credit limit</translation>
    </message>
    <message>
        <source>Stopped ordering</source>
        <translation>Stopped ordering</translation>
    </message>
    <message>
        <source>Order overdue</source>
        <translation>Order overdue</translation>
    </message>
    <message>
        <source>Behind sales plan</source>
        <translation>Behind sales plan</translation>
    </message>
    <message>
        <source>Below last year</source>
        <translation>Below last year</translation>
    </message>
    <message>
        <source>Licence expiring</source>
        <translation>Licence expiring</translation>
    </message>
    <message>
        <source>Complaint overdue</source>
        <translation>Complaint overdue</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>Contract ending</translation>
    </message>
    <message>
        <source>Major event</source>
        <translation>Major event</translation>
    </message>
    <message>
        <source>receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan</source>
        <translation>receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan</translation>
    </message>
    <message>
        <source>no order for {days} days since {last} (usual limit {limit} days)</source>
        <translation>no order for {days} days since {last} (usual limit {limit} days)</translation>
    </message>
    <message>
        <source>month-to-date sales of {product} {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan of {product} for {month}, with {tolerance}% tolerance)</source>
        <translation>month-to-date sales of {product} {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan of {product} for {month}, with {tolerance}% tolerance)</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan for {month}, with {tolerance}% tolerance)</source>
        <translation>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan for {month}, with {tolerance}% tolerance)</translation>
    </message>
    <message>
        <source>business licence</source>
        <translation>business licence</translation>
    </message>
    <message>
        <source>operating permit</source>
        <translation>operating permit</translation>
    </message>
    <message>
        <source>GSP certificate</source>
        <translation>GSP certificate</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>expired {days} days ago</source>
        <translation>expired {days} days ago</translation>
    </message>
    <message>
        <source>expires in {days} days</source>
        <translation>expires in {days} days</translation>
    </message>
    <message>
        <source>complaint {category} received {received} is unanswered after {days} days</source>
        <translation>complaint {category} received {received} is unanswered after {days} days</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is due today</source>
        <translation>follow-up planned for {follow} (note of {noted}) is due today</translation>
    </message>
    <message>
        <source>follow-up planned for {follow} (note of {noted}) is {days} days overdue</source>
        <translation>follow-up planned for {follow} (note of {noted}) is {days} days overdue</translation>
    </message>
    <message>
        <source>contract {number} ends today ({ends}); no later contract</source>
        <translation>contract {number} ends today ({ends}); no later contract</translation>
    </message>
    <message>
        <source>contract {number} ends in {days} days ({ends}); no later contract</source>
        <translation>contract {number} ends in {days} days ({ends}); no later contract</translation>
    </message>
    <message>
        <source>no order for {days} days since {last}: usually one every {usual} days (median gap of {orders} orders)</source>
        <translation>no order for {days} days since {last}: usually one every {usual} days (median gap of {orders} orders)</translation>
    </message>
    <message>
        <source>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {before} yuan of {month}, with {tolerance}% tolerance)</source>
        <translation>month-to-date sales {done} yuan are below {target} yuan ({share}% of the {before} yuan of {month}, with {tolerance}% tolerance)</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted}: {summary} ({days} days ago) — until someone clears it</source>
        <translation>major event ({event}) reported {noted}: {summary} ({days} days ago) — until someone clears it</translation>
    </message>
    <message>
        <source>major event ({event}) reported {noted} ({days} days ago) — until someone clears it</source>
        <translation>major event ({event}) reported {noted} ({days} days ago) — until someone clears it</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Clear event</source>
        <translation>Clear event</translation>
    </message>
    <message>
        <source>The selected major event was looked into: end its warning</source>
        <translation>The selected major event was looked into: end its warning</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing needs attention: no arrears over the limit, no lost customers, no overdue complaints or follow-ups.</source>
        <translation>Nothing needs attention: no arrears over the limit, no lost customers, no overdue complaints or follow-ups.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Warnings could not be computed: {0}</source>
        <translation>Warnings could not be computed: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to crm-desktop</source>
        <translation>Welcome to crm-desktop</translation>
    </message>
    <message>
        <source>This database has no customers yet. Bring in the contact book you already keep, type your first customer, or look around in made-up demo data first.</source>
        <translation>This database has no customers yet. Bring in the contact book you already keep, type your first customer, or look around in made-up demo data first.</translation>
    </message>
    <message>
        <source>&amp;Import a contact book…</source>
        <translation>&amp;Import a contact book…</translation>
    </message>
    <message>
        <source>&amp;Add a customer</source>
        <translation>&amp;Add a customer</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Open the &amp;demo data</translation>
    </message>
    <message>
        <source>Help → User guide explains every screen.</source>
        <translation>Help → User guide explains every screen.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts or sales</source>
        <translation>Import contacts or sales</translation>
    </message>
    <message>
        <source>Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)</source>
        <translation>Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)</translation>
    </message>
</context>
</TS>
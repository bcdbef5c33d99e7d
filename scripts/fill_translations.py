"""Fill unfinished zh_CN entries of the .ts file from the office glossary below.

The .ts file stays the source of truth (edit it in Qt Linguist if you prefer); this script
only fills entries that are still unfinished, so one English term gets one Chinese term
everywhere. Run scripts/build_translations.py afterwards to rebuild the .qm.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "crm_desktop_zh_CN.ts"

GLOSSARY: dict[str, str] = {
    # File → Database (a file on this PC or the office's PostgreSQL server)
    "&Database (file or server)…": "数据库(文件或服务器)(&D)…",
    "Database": "数据库",
    "A database file on this PC (SQLite)": "本机的数据库文件 (SQLite)",
    "The office's server (PostgreSQL)": "单位的服务器 (PostgreSQL)",
    "Remember the password on this PC (pgpass file)": "在本机记住密码(pgpass 文件)",
    "&Test connection": "测试连接(&T)",
    "Host": "服务器地址",
    "Port": "端口",
    "Database name": "数据库名",
    "User name": "用户名",
    "Password": "密码",
    "Database file": "数据库文件",
    "crm-desktop databases (*.sqlite3);;All files (*)": (
        "crm-desktop 数据库 (*.sqlite3);;所有文件 (*)"
    ),
    "choose a database file": "请选择一个数据库文件",
    "Cannot connect: {0}": "无法连接：{0}",
    "Connected: {0}": "已连接：{0}",
    "The database cannot be opened now. Keep this choice anyway?": (
        "现在无法打开该数据库。仍然保存此选择吗？"
    ),
    "Saved. The next start opens this database (started with --db or CRM_DESKTOP_DB, those win).": (
        "已保存。下次启动时打开此数据库(若以 --db 或 CRM_DESKTOP_DB 启动，则以它们为准)。"
    ),
    "Cannot open the database": "无法打开数据库",
    "The database was upgraded for this version; the previous file is kept in {0}": (
        "数据库已升级到此版本；原文件保存在 {0}"
    ),
    "Received": "已受理",
    "Category": "类别",
    "Status": "状态",
    "Answered": "已答复",
    "Description": "内容描述",
    "Resolution": "处理结果",
    "Received on": "受理日期",
    "Quality": "质量",
    "Delivery": "物流配送",
    "Price": "价格",
    "Service": "服务",
    "Answered on": "答复日期",
    "Gender": "性别",
    "Male": "男",
    "Female": "女",
    "Unknown": "未知",
    "Has left": "已离职",
    "No complaints. When the customer complains, click Add… and follow it until it is answered.": (
        "暂无投诉。客户投诉时请点“添加…”记录，并跟进直到答复客户。"
    ),
    "New complaint": "新建投诉",
    "Edit complaint": "编辑投诉",
    "Name": "名称",
    " (left)": "（已离职）",
    "Title": "职务",
    "Role": "采购角色",
    "Mobile": "手机",
    "Phone": "电话",
    "WeChat": "微信",
    "Birthday": "生日",
    "Notes": "备注",
    " (lunar)": "（农历）",
    "Role in purchase": "采购决策角色",
    "E-mail": "电子邮箱",
    "Birthday is a lunar date": "生日为农历",
    "Has left the customer": "已离职",
    "No contacts yet. Click Add… to record who decides, who buys and their birthdays.": (
        "还没有联系人。点“添加…”记录谁拍板、谁采购，以及他们的生日。"
    ),
    "New contact": "新建联系人",
    "Edit contact": "编辑联系人",
    "Credit limit (yuan)": "授信额度（元）",
    "Payment days": "账期（天）",
    "Credit rating": "信用等级",
    "Receivable (yuan)": "应收账款（元）",
    "Edit credit…": "编辑资信…",
    "not set": "未设定",
    "not rated": "未评级",
    "Receivable is over the credit limit by {0} yuan.": "应收账款已超出授信额度 {0} 元。",
    "No credit limit set. Click Edit credit… to set one.": "尚未设定授信额度。点“编辑资信…”设定。",
    "{0} yuan of the limit still available.": "授信额度尚余 {0} 元。",
    "Credit": "资信",
    "Edit customer…": "编辑客户…",
    "&1 Contacts": "&1 联系人",
    "&2 Relationship notes": "&2 客情记录",
    "&3 Credit": "&3 资信",
    "&4 Sales log": "&4 销售记录",
    "&5 Complaints": "&5 投诉",
    "Select a customer on the left to see everything about it here.\n\nCtrl+F searches,"
    " Ctrl+N adds a new customer.": (
        "在左侧选择一个客户，这里会显示它的全部资料。\n\nCtrl+F 搜索，Ctrl+N 新建客户。"
    ),
    "  (inactive)": "（已停用）",
    "Code": "编号",
    "Channel": "渠道",
    "Region": "区域",
    "Owner": "业务员",
    "Deactivate": "停用",
    "Reactivate": "重新启用",
    "Sales by month, last 24 months": "近24个月每月销售额",
    "This period": "本期",
    "Same month a year earlier": "上年同期",
    "No sales in the last 24 months.\nAdd sales in the Sales log tab to see them here.": (
        "近24个月没有销售。\n在“销售记录”页添加销售后，这里会显示图表。"
    ),
    "yuan": "元",
    "10,000 yuan (万元)": "万元",
    "Deactivate customer": "停用客户",
    "Deactivate {0}? It disappears from the list but keeps all its records;"
    ' tick "Show inactive" to find it and reactivate it.': (
        "停用 {0}？停用后不在列表中显示，但所有记录都会保留；勾选“显示已停用”即可找到并重新启用。"
    ),
    "Short name": "简称",
    "Kind": "类型",
    "Relation": "购销关系",
    "Lifecycle stage": "生命周期阶段",
    "Owner (salesperson)": "业务员",
    "Tags": "标签",
    "separate tags with commas": "多个标签用逗号分隔",
    "Address": "地址",
    "Customer may already exist": "客户可能已存在",
    "A customer with this name or phone already exists:\n{0}\n\nOpen it instead?": (
        "已有同名或同电话的客户：\n{0}\n\n是否打开已有客户？"
    ),
    "Open existing": "打开已有客户",
    "Create anyway": "仍然新建",
    "New customer": "新建客户",
    "Edit customer": "编辑客户",
    "Inactive customer": "已停用的客户",
    "Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)": (
        "搜索名称、编号、拼音（如 bjyy）或电话号码（Ctrl+F）"
    ),
    "Show inactive": "显示已停用",
    "All regions": "全部区域",
    "All channels": "全部渠道",
    "All categories": "全部类别",
    "All owners": "全部业务员",
    "All tags": "全部标签",
    "No customer matches. Clear the search or the filters, or press Ctrl+N to add one.": (
        "没有符合条件的客户。请清空搜索或筛选条件，或按 Ctrl+N 新建客户。"
    ),
    "No customers yet.\n\nPress Ctrl+N to add your first customer.": (
        "还没有客户。\n\n按 Ctrl+N 新建第一个客户。"
    ),
    "e.g. 2024-03-07": "例如 2024-03-07",
    "yuan, e.g. 12,800.00 or 1.2万": "单位元，例如 12,800.00 或 1.2万",
    "yuan; negative for a return": "单位元；退货填负数",
    "e.g. 120": "例如 120",
    "11 digits, or +country code": "11位手机号，或 + 国家代码",
    "e.g. 010-6234 5678": "例如 010-6234 5678",
    "e.g. 1985-03-07, or 3月7日 without the year": "例如 1985-03-07，不知年份可填 3月7日",
    "this field is required": "此项必填",
    "not a real date; type year-month-day, e.g. 2024-03-07": (
        "不是有效日期，请按年-月-日填写，例如 2024-03-07"
    ),
    "not an amount; type a number of yuan that is not negative": (
        "不是有效金额，请填写不小于 0 的元数"
    ),
    "not an amount; type a number of yuan": "不是有效金额，请填写元数",
    "not a number": "不是数字",
    "not a mobile number: 11 digits starting with 1, or + and a country code": (
        "不是手机号码：应为以 1 开头的 11 位数字，或 + 加国家代码"
    ),
    "not a phone number": "不是电话号码",
    "not a birthday; type 1985-03-07, or 3-7 without the year": (
        "不是有效生日，请填 1985-03-07，不知年份可填 3-7"
    ),
    "Customer code": "客户编号",
    "Company phone": "公司电话",
    "Contact name": "联系人",
    "Full name": "全名",
    "Family name": "姓",
    "Given name": "名",
    "Middle name": "中间名",
    "Job title": "职务",
    "Sale date": "销售日期",
    "Import {0}": "导入 {0}",
    "Sheet": "工作表",
    "Column in the file": "文件中的列",
    "Goes to": "导入为",
    "Save problem rows…": "保存有问题的行…",
    "Check again with this mapping": "按此对应关系重新检查",
    "Import": "导入",
    "Columns found (change where a column went to the wrong field):": (
        "识别到的列（如有对应错误请修改）："
    ),
    "Problems (these values are not imported; the rest of the row is):": (
        "问题（这些值不会导入，该行其余内容照常导入）："
    ),
    "Cannot import this file": "无法导入此文件",
    " (header on row {0})": "（表头在第 {0} 行）",
    "structured crm-desktop data": "crm-desktop 结构化数据",
    "File: {0}\nRead: {1}; {2} data rows.": "文件：{0}\n读取：{1}；共 {2} 行数据。",
    "(keep in notes)": "（保留在备注中）",
    "Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched;"
    " {4} rows add nothing; {5} problems.": (
        "将新增 {0} 个客户、{1} 个联系人、{2} 条销售；匹配到已有记录 {3} 条；{4} 行无新内容；{5}"
        " 个问题。"
    ),
    "Save problem rows": "保存有问题的行",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Problem rows saved": "已保存问题行",
    "{0} rows saved to {1}. Fix them there and import that file.": (
        "已将 {0} 行保存到 {1}。请在该文件中修改后再导入。"
    ),
    "Import finished": "导入完成",
    "Added {0} customers, {1} contacts and {2} sales; {3} existing records matched;"
    " {4} rows added nothing; {5} problems.\n\nImport history (File menu) can remove this import"
    " again.": (
        "新增 {0} 个客户、{1} 个联系人、{2} 条销售；匹配到已有记录 {3} 条；{4} 行无新内容；{5}"
        " 个问题。\n\n如需撤销，可在“文件 → 导入记录”中删除本次导入。"
    ),
    "Import cancelled": "已取消导入",
    "The import was cancelled; nothing was written.": "导入已取消，数据库未做任何更改。",
    "Import failed": "导入失败",
    "Nothing was written. The reason: {0}": "数据库未做任何更改。原因：{0}",
    "Importing {0}…": "正在导入 {0}…",
    "Import history": "导入记录",
    "When": "时间",
    "File": "文件",
    "Customers added": "新增客户",
    "Result": "结果",
    "No imports yet. File → Import… brings in an Excel or CSV contact book.": (
        "还没有导入过。可通过“文件 → 导入…”导入 Excel 或 CSV 通讯录。"
    ),
    "Remove this import…": "删除本次导入…",
    "Remove import": "删除导入",
    "Remove everything this import added ({0})? Customers it created are removed with all their"
    " records, including ones entered since. This cannot be undone.": (
        "删除本次导入（{0}）新增的全部内容？由它创建的客户及其所有记录（包括之后录入的）"
        "都会被删除，且无法恢复。"
    ),
    "&Import…": "导入(&I)…",
    "&Export everything…": "导出全部(&E)…",
    "Export the customers &listed…": "导出列表中的客户(&L)…",
    "Import &history…": "导入记录(&H)…",
    "Export": "导出",
    "Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;crm-desktop JSON (*.json);;"
    "vCard for phones, one card per contact (*.vcf)": (
        "Excel 工作簿 (*.xlsx);;CSV，每个联系人一行 (*.csv);;crm-desktop JSON (*.json);;"
        "手机通讯录 vCard，每个联系人一张名片 (*.vcf)"
    ),
    "Export the open customer to a &phone…": "导出当前客户到手机(&P)…",
    "Save the open customer's contacts as a vCard file (.vcf) for phones": (
        "把当前客户的联系人保存为手机可导入的 vCard 文件（.vcf）"
    ),
    "Open a customer first.": "请先打开一个客户。",
    "Exported the contacts of {0} to {1}": "已将 {0} 的联系人导出到 {1}",
    "Export to phone…": "导出到手机…",
    "Save the selected contacts as a vCard file (.vcf) that phones import": (
        "把选中的联系人保存为手机可导入的 vCard 文件（.vcf）"
    ),
    "Exported %n contact(s) to {0}": "已导出 %n 位联系人到 {0}",
    "Export contacts to a phone": "导出联系人到手机",
    "vCard for phones (*.vcf)": "手机通讯录 vCard (*.vcf)",
    "Exported %n customer(s) to {0}": "已导出 %n 个客户到 {0}",
    "Export failed": "导出失败",
    "Exporting…": "正在导出…",
    "Export cancelled; no file written.": "导出已取消；未写入任何文件。",
    "Preparing the report…": "正在生成报表…",
    "Removing the import…": "正在删除这次导入…",
    "Reading {0}…": "正在读取 {0}…",
    "Import contacts or sales": "导入联系人或销售记录",
    "Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)": (
        "通讯录 (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;所有文件 (*)"
    ),
    "Cancel": "取消",
    "Warnings": "预警",
    "All kinds": "全部类型",
    "Customer": "客户",
    "Warning": "预警",
    "Details": "详情",
    "Nothing needs attention: no arrears over the limit, no lost customers,"
    " no overdue complaints or follow-ups.": (
        "目前没有需要处理的事项：没有超额欠款、流失客户、逾期投诉或到期跟进。"
    ),
    "Checking…": "正在检查…",
    "Warnings could not be computed: {0}": "无法计算预警：{0}",
    "Over credit limit": "欠款超授信",
    "Stopped ordering": "客户流失",
    "Behind sales plan": "销售进度落后",
    "Licence expiring": "证照到期",
    "Complaint overdue": "投诉逾期",
    "Follow-up due": "待跟进",
    "&Office details…": "单位信息(&O)…",
    "Office name": "单位名称",
    "Logo image": "标志图片",
    "a PNG or JPG file; empty for none": "PNG 或 JPG 文件；留空则不打印标志",
    "Office details": "单位信息",
    "Choose…": "选择…",
    "Images (*.png *.jpg *.jpeg)": "图片 (*.png *.jpg *.jpeg)",
    "&Reports": "报表(&R)",
    "Print &preview": "打印预览(&P)",
    "Export &PDF": "导出 PDF(&D)",
    "Profile of this customer": "当前客户档案",
    "Statement of account of this customer (this month)": "当前客户本月对账单",
    "Profiles of the customers listed": "列表中全部客户的档案",
    "Receivables by age": "应收账款账龄表",
    "Warnings list": "预警清单",
    "Customers by ABC class": "客户ABC分类表",
    "Today's follow-ups and birthdays": "今日跟进与近期生日",
    "Reports": "报表",
    "Select a customer first.": "请先选择一个客户。",
    "The list is empty.": "列表为空。",
    "Export PDF": "导出 PDF",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Saved {0} ({1} pages)": "已保存 {0}（共 {1} 页）",
    "receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan": (
        "应收账款 {receivable} 元，超出授信额度 {limit} 元达 {excess} 元"
    ),
    "no order for {days} days since {last} (usual limit {limit} days)": (
        "自 {last} 起已 {days} 天未进货（正常间隔上限 {limit} 天）"
    ),
    "month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan} yuan plan for"
    " {month}, with {tolerance}% tolerance)": (
        "本月至今销售 {done} 元，低于应达到的 {target} 元（{month} 计划 {plan} 元的 {share}%，按"
        " {tolerance}% 容差）"
    ),
    "business licence": "营业执照",
    "operating permit": "经营许可证",
    "GSP certificate": "GSP证书",
    "licence": "证照",
    "expired {days} days ago": "已过期 {days} 天",
    "expires in {days} days": "{days} 天后到期",
    "complaint {category} received {received} is unanswered after {days} days": (
        "{received} 受理的投诉 {category} 已 {days} 天未答复"
    ),
    "follow-up planned for {follow} (note of {noted}) is due today": (
        "计划于 {follow} 跟进（{noted} 的客情记录），今天到期"
    ),
    "follow-up planned for {follow} (note of {noted}) is {days} days overdue": (
        "计划于 {follow} 跟进（{noted} 的客情记录），已逾期 {days} 天"
    ),
    "ABC class": "ABC分类",
    "Lifecycle": "生命周期",
    "%n warning(s)": "%n 条预警",
    "Over the credit limit": "超出授信额度",
    "Please confirm": "请确认",
    "With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan by {2}"
    " yuan.\n\nRecord the sale anyway?": (
        "录入这笔销售后，应收账款将达 {0} 元，超出授信额度 {1} 元共 {2} 元。\n\n仍然录入吗？"
    ),
    "no company and no contact name; row not imported": "没有客户名称也没有联系人姓名，此行未导入",
    "phone {value} lost digits when Excel wrote it as 1.23E+10;"
    " format the column as text and type the number again; not imported": (
        "电话 {value} 已被 Excel 写成科学计数法而丢失位数；请把该列设为文本格式后重新输入，"
        "此号码未导入"
    ),
    "the file ends inside this card; what it holds is imported": (
        "文件在这张名片中间结束；已导入名片里已有的内容"
    ),
    "a new card begins before this one ends (no END:VCARD); what it holds is imported": (
        "这张名片还没结束（缺少 END:VCARD）下一张就开始了；已导入其中的内容"
    ),
    "birthday {value} is text, not a date; kept in the notes": (
        "生日 {value} 是文字而不是日期，已保存在备注中"
    ),
    "birthday {value} is not a whole date; kept in the notes": (
        "生日 {value} 不是完整的日期，已保存在备注中"
    ),
    "{value} is not imported": "{value} 未导入",
    "{value} is not a vCard line; not imported": "{value} 不是 vCard 的内容行，未导入",
    "{value} is not a phone number; not imported": "{value} 不是电话号码，未导入",
    "birthday {value} is not a real date; not imported": "生日 {value} 不是有效日期，未导入",
    "sale date {value} is not a date; this sale is not imported": (
        "销售日期 {value} 不是有效日期，此笔销售未导入"
    ),
    "{value} is not a valid amount or quantity; this sale is not imported": (
        "{value} 不是有效的金额或数量，此笔销售未导入"
    ),
    "a sale needs a date and an amount (or quantity and unit price); this sale is not imported": (
        "销售记录需要日期和金额（或数量与单价），此笔销售未导入"
    ),
    "In the file": "文件中",
    "Already in the database": "数据库中已有",
    "Do": "处理方式",
    "Customers already in the database (merge adds what is new to them):": (
        "数据库中已有的客户（合并会把新内容补充进去）："
    ),
    "Merge into the existing customer": "合并到已有客户",
    "Skip": "跳过",
    "Add as a new customer": "作为新客户添加",
    "&Rules and thresholds…": "规则与阈值(&R)…",
    "Rules and thresholds": "规则与阈值",
    "ABC: retail, medical and other customers": "ABC分类：零售、医疗机构及其他客户",
    "ABC: wholesale and chain customers": "ABC分类：批发、连锁客户",
    "Customer lost after at least (days)": "至少多少天未进货视为流失（天）",
    "… or this many times the usual gap between orders": "…或超过通常进货间隔的倍数",
    "Behind plan below this share of the pro-rata plan (%)": (
        "低于按日折算计划的比例视为进度落后（%）"
    ),
    "Warn about licences expiring within (days)": "证照到期前多少天预警（天）",
    "Complaint overdue after (days)": "投诉超过多少天未答复视为逾期（天）",
    "Class": "分类",
    "Monthly sales from (万元)": "月均销售额下限（万元）",
    "Upgrade at margin (%)": "毛利率达到则升一级（%）",
    "{0}: {1} is not a number": "{0}：{1} 不是数字",
    "Please check the rules": "请检查规则设置",
    "Monthly sales must fall from AAA down to C, none negative.": (
        "月均销售额下限须从 AAA 到 C 依次递减，且不能为负。"
    ),
    "Each table lists AAA, AA, A, B+, B and C.": "每张表须依次列出 AAA、AA、A、B+、B、C。",
    "An upgrade margin is a percentage from 0 to 100.": "升级毛利率须在 0 到 100 之间。",
    "A value is out of range.": "有数值超出允许范围。",
    "Monthly ≥ (万元)": "月均销售≥（万元）",
    "Upgrade at margin %": "升级毛利率%",
    "not valid": "无效",
    "Pick a date from the calendar": "从日历中选择日期",
    "this code is already used by another customer": "该编号已被其他客户使用",
    "the next follow-up cannot be before the note's date": "下次跟进日期不能早于记录日期",
    "a complaint cannot be answered before it was received": "答复日期不能早于受理日期",
    "cannot be negative": "不能为负数",
    "not an e-mail address": "不是电子邮箱地址",
    "enter the amount, or both quantity and unit price": "请填写金额，或同时填写数量和单价",
    "not one of the choices": "不是可选项之一",
    "Please check the form": "请检查填写内容",
    "Wholesale": "批发",
    "Chain": "连锁",
    "Retail": "零售",
    "Medical": "医疗机构",
    "Other": "其他",
    "VIP": "VIP",
    "Key": "重点",
    "Normal": "普通",
    "Potential": "潜在",
    "Company": "单位",
    "Person": "个人",
    "Buys from us": "下游销售客户",
    "Supplies us": "上游供应客户",
    "Both": "供销并存",
    "Prospect": "潜在期",
    "Welcome": "开拓期",
    "Loyal": "稳定期",
    "Declining": "衰退期",
    "Lost": "流失",
    "Decision maker": "决策者",
    "Key person": "关键人",
    "Influencer": "影响者",
    "User": "使用者",
    "Visit": "拜访",
    "Call": "电话",
    "Meeting": "会谈",
    "Message": "短信/微信",
    "Investigating": "调查中",
    "Handling": "处理中",
    "Closed": "已归档",
    "crm-desktop — customers": "crm-desktop — 客户管理",
    "Opening…": "正在打开…",
    "&File": "文件(&F)",
    "&New customer…": "新建客户(&N)…",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Find customer": "查找客户(&F)",
    "&View": "查看(&V)",
    "Show &inactive customers": "显示已停用客户(&I)",
    "&Help": "帮助(&H)",
    "&About crm-desktop": "关于 crm-desktop(&A)",
    "%n customer(s)": "共 %n 个客户",
    "About crm-desktop": "关于 crm-desktop",
    "crm-desktop {0}\nAn offline CRM for a distributor's sales office.": (
        "crm-desktop {0}\n面向经销商销售部门的离线客户管理系统。"
    ),
    "Date": "日期",
    "Next follow-up": "下次跟进",
    "Summary": "内容摘要",
    "No relationship notes yet. Click Add… after a visit or call, and set the next follow-up.": (
        "还没有客情记录。拜访或通话后点“添加…”记录，并设定下次跟进日期。"
    ),
    "New relationship note": "新建客情记录",
    "Edit relationship note": "编辑客情记录",
    "Add…": "添加…",
    "Edit…": "编辑…",
    "Remove": "删除",
    "Nothing recorded yet. Click Add… to record the first one.": (
        "还没有记录。点“添加…”记录第一条。"
    ),
    "Add": "添加",
    "Edit": "编辑",
    "Remove the selected line? This cannot be undone.": "删除选中的这一条？删除后无法恢复。",
    "Product": "产品",
    "Spec": "规格",
    "Quantity": "数量",
    "Unit price": "单价",
    "Amount": "金额",
    "Cost": "成本",
    "Paid": "已回款",
    "Receivable": "应收余额",
    "empty: quantity × unit price; negative for a return": "留空则按 数量×单价 计算；退货填负数",
    "No sales recorded. Click Add… to enter a delivery: date, product, quantity and price.": (
        "还没有销售记录。点“添加…”录入一笔进货：日期、产品、数量和单价。"
    ),
    "New sale": "新建销售",
    "Edit sale": "编辑销售",
    "Total {0} · paid {1} · receivable {2}": "合计 {0} · 已回款 {1} · 应收 {2}",
    # Issue 5: credit file, licences, plans, stages, list marks
    "Payment-history score": "历史回款得分",
    "Potential score": "发展潜力得分",
    "Suggested rating": "建议信用等级",
    "Credit application": "授信申请",
    "Investigation": "资信调查",
    "{0} of 100 (amounts paid within the payment days, last 12 months)": (
        "{0} 分（满分 100：近 12 个月账期内回款的金额占比）"
    ),
    "no amounts fell due in the last 12 months": "近 12 个月没有到期的应收款",
    "{0} of 100": "{0} 分（满分 100）",
    "not scored": "未评分",
    "none yet": "暂无",
    " (differs from the rating set)": "（与现定等级不同）",
    "applied {0} for {1} yuan, approved by {2}": "{0} 申请授信 {1} 元，审批人 {2}",
    "none recorded": "未记录",
    "suggested: {0}": "建议：{0}",
    "Potential score (0–100)": "发展潜力得分（0–100）",
    "Credit applied for on": "授信申请日期",
    "Requested limit (yuan)": "申请额度（元）",
    "Approved by": "审批人",
    "Credit investigation notes": "资信调查记录",
    "&6 Licences": "&6 证照",
    "&7 Stage and evaluation": "&7 阶段与评价",
    "Stage": "阶段",
    "Evaluation": "评价",
    "{0}/20": "{0}/20 分",
    "ABC": "ABC",
    "ABC class of the last 12 full months; ★ key account (the fewest customers that make the share"
    " of the gross profit set in Settings → Rules; a sale without a cost counts at its amount)."
    " Click to sort by class.": (
        "近12个完整月的ABC分类；★ 重点客户（贡献“设置 → 规则”中所设毛利份额的最少客户；"
        "无成本的销售按其金额计）。点击按分类排序。"
    ),
    "%n warning(s): see the Warnings list": "%n 条预警：见预警列表",
    "All ABC classes": "全部 ABC 等级",
    "★ Key accounts": "★ 重点客户",
    "Class {0}": "{0} 类",
    "Not classed": "未分类",
    "Business licence": "营业执照",
    "Operating permit": "经营许可证",
    "Other licence": "其他证照",
    "Development": "开发期",
    "Initial": "初级阶段",
    "Stable": "稳定阶段",
    "Strategic": "战略阶段",
    "Licence": "证照",
    "Number": "证号",
    "Expires": "有效期至",
    "no expiry date": "未填有效期",
    "expired %n day(s) ago": "已过期 %n 天",
    "expires in %n day(s)": "%n 天后到期",
    "valid": "有效",
    "Expires on": "有效期至",
    "No licences recorded. Click Add… to enter the business licence,"
    " operating permit or GSP certificate with its expiry date;"
    " the warnings list tells you before one expires.": (
        "还没有证照。点“添加…”录入营业执照、经营许可证或 GSP 证书及有效期；到期前预警列表会提醒。"
    ),
    "New licence": "新建证照",
    "Edit licence": "编辑证照",
    "Set plan…": "设定计划…",
    "Month": "月份",
    "Plan": "计划",
    "Actual": "实际",
    "Completion": "完成率",
    "Same month last year": "去年同月",
    "(all products)": "（全部产品）",
    "No plan for this month. Click Set plan… to enter the monthly target;"
    " the warnings list then tells you when sales fall behind.": (
        "本月还没有销售计划。点“设定计划…”录入月度目标；销售落后时预警列表会提醒。"
    ),
    "on track": "进度正常",
    "behind": "进度落后",
    "This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were expected: {4}. Same"
    " month last year: {5}.": (
        "本月已完成 {0}，计划 {1} 元（{2:.0f}%）；按时间进度今天应达 {3} 元：{4}。去年同月：{5}。"
    ),
    "Month (YYYY-MM)": "月份（YYYY-MM）",
    "Product (empty: the whole month)": "产品（留空：整月计划）",
    "Plan (yuan, empty to remove)": "计划金额（元，留空即删除）",
    "Monthly sales plan": "月度销售计划",
    "Stages": "阶段",
    "Relationship stage": "关系阶段",
    "Evaluation card (1–5 each)": "客户评价卡（每项 1–5 分）",
    "Business capability": "经营能力",
    "Reputation": "商业信誉",
    "Social relations": "社会关系",
    "Cooperation": "合作态度",
    "Total": "合计",
    "Note": "备注",
    "Edit stage and evaluation…": "编辑阶段与评价…",
    "Follow the suggested stage": "采用建议阶段",
    "{0} (set by hand; the sales log suggests {1})": "{0}（手工设定；按销售记录建议为 {1}）",
    "{0} (set by hand, as the sales log suggests)": "{0}（手工设定，与销售记录建议一致）",
    "{0} (suggested from the sales log)": "{0}（按销售记录建议）",
    "unknown: enter the customer's estimated yearly purchases of our kind of product": (
        "未知：请填写客户每年采购同类产品的估计总额"
    ),
    "{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)": (
        "{0}：我方 {1} 元，占估计总额 {2} 元的 {3:.0f}%"
    ),
    "not classed (no sales in the last 12 full months)": "未分类（近 12 个完整月无销售）",
    " · ★ key account": " · ★ 重点客户",
    "{0} of 20": "{0} 分（满分 20）",
    "score all four to see the total": "四项都评分后显示合计",
    "Estimated yearly purchases of our kind of product (yuan)": (
        "客户每年采购同类产品估计总额（元）"
    ),
    "from all suppliers; gives the share of wallet": "含所有供应商；用于计算我方份额",
    "Stage and evaluation": "阶段与评价",
    "not a month: write it as YYYY-MM, e.g. 2026-11": "不是月份：请写成 YYYY-MM，例如 2026-11",
    "outside the allowed range": "超出允许范围",
    "%n follow-up(s) due": "%n 个跟进到期",
    "%n birthday(s) this week": "本周 %n 位联系人过生日",
    "%n licence(s) expiring": "%n 个证照即将到期",
    "holiday coming: {0}": "节日将至：{0}",
    "it is the summer midday rest": "正是夏季午休时间",
    "it is early on a winter morning": "冬天早上时间太早",
    "it is early in the morning": "早上时间太早",
    "it is early on a weekend or holiday morning": "周末或节假日早上时间太早",
    "it is late in the evening": "晚上时间太晚",
    "☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.": (
        "☎ 现在（{1:%H:%M}）最好不要给{0}打电话：{2}。{3} 以后再打比较礼貌。"
    ),
    "Today": "今日提醒",
    "What": "事项",
    "Reminders could not be read: {0}": "无法读取提醒：{0}",
    "Follow-ups due": "到期跟进",
    "today": "今天",
    "No follow-up is due.": "没有到期的跟进。",
    "Birthdays in the next 7 days": "7 天内的生日",
    "No contact's birthday in the next 7 days.": "7 天内没有联系人过生日。",
    "Public holidays in the next 14 days": "14 天内的节假日",
    ": a good moment for greetings or a visit": "：适合问候或拜访客户",
    "No public holiday in the next 14 days.": "14 天内没有法定节假日。",
    "Licences expiring": "即将到期的证照",
    "No licence expires soon.": "近期没有证照到期。",
    "%n reminder(s) for today. Double-click a line to open the customer.": (
        "今天有 %n 条提醒。双击一行打开客户。"
    ),
    "Nothing due today. Follow-ups come from relationship notes, birthdays from contacts,"
    " licences from the Licences tab.": (
        "今天没有待办事项。跟进来自客情记录，生日来自联系人，证照来自“证照”页。"
    ),
    "A new customer is “welcome” for (days)": "新客户“欢迎期”天数",
    "“Loyal” from this many orders": "达到多少次订货为“忠诚期”",
    "“Declining” when the last 6 months fall below (% of the 6 before)": (
        "近 6 个月低于前 6 个月的百分之几为“衰退期”（%）"
    ),
    "Weight of the payment history in the rating (%)": "信用评级中历史回款得分的权重（%）",
    "Rating {0} from a combined score of": "综合得分达到多少评为 {0} 级",
    "Summer months": "夏季月份",
    "Summer midday rest from": "夏季午休开始",
    "… until": "…… 结束",
    "Winter months": "冬季月份",
    "No calls on winter mornings before": "冬天早上几点前不打电话",
    "No calls on other mornings before": "其他季节早上几点前不打电话",
    "No calls on weekend and holiday mornings before": "周末和节假日早上几点前不打电话",
    "No calls in the evening from": "晚上几点后不打电话",
    "Stages and credit rating": "阶段与信用评级",
    "Call-time courtesy": "打电话的礼貌时间",
    # Issue 6: the Analysis pane
    "Sales by month, this year against last": "月度销售：今年与去年同期",
    "Performance by channel": "按渠道业绩",
    "Performance by region": "按区域业绩",
    "Performance by category": "按客户类别业绩",
    "Performance by salesperson": "按业务员业绩",
    "Sales by product": "按产品销售",
    "Least profitable customers": "毛利率最低的客户",
    "80/20: the customers that make the sales": "二八分析：贡献销售的客户",
    "ABC classes: customers and sales": "ABC 分类：客户数与销售额",
    "New customers per month": "每月新客户",
    "Retention against the same period last year": "与去年同期相比的客户保持",
    "Complaints by category": "按类别统计投诉",
    "Complaints by status": "按状态统计投诉",
    "Plan against actual": "计划与实际",
    "Last 12 months": "近 12 个月",
    "This year": "今年",
    "This quarter": "本季度",
    "This month": "本月",
    "In 10,000 yuan": "按万元",
    "10,000 yuan": "万元",
    "Show money in 10,000 yuan (万元) instead of yuan": "金额以万元显示，而不是元",
    "Save chart…": "保存图表…",
    "Export table…": "导出表格…",
    "Analysis": "分析",
    "The view could not be computed: {0}": "无法计算该分析：{0}",
    "Item": "项目",
    "Sales ({0})": "销售额（{0}）",
    "Same period last year ({0})": "去年同期（{0}）",
    "Gross margin ({0})": "毛利（{0}）",
    "Margin %": "毛利率",
    "Share": "占比",
    "Cumulative share": "累计占比",
    "Customers": "客户数",
    "Complaints": "投诉数",
    "Average days to answer": "平均答复天数",
    "Plan ({0})": "计划（{0}）",
    "Bought again": "再次购买",
    "Did not buy again": "未再购买",
    "New this period": "本期新客户",
    "not classed": "未分类",
    "Nothing to show for these filters.\nEnter sales in a customer's Sales log or import them"
    " (File → Import…), or widen the period.": (
        "这些条件下没有数据。\n请在客户的“销售记录”中录入销售或导入（文件 → 导入…），"
        "或放宽时间范围。"
    ),
    "{0} customers make 80 % of sales (blue); {1} customers in all": (
        "{0} 个客户贡献 80% 的销售额（蓝色）；共 {1} 个客户"
    ),
    "Save chart": "保存图表",
    "PNG image (*.png)": "PNG 图片 (*.png)",
    "Export table": "导出表格",
    "Could not write {0}: {1}": "无法写入 {0}：{1}",
    "Customers by lifecycle stage": "按生命周期阶段统计客户",
    "Customers by relationship stage (share of wallet)": "按关系阶段统计客户（我方份额）",
    "not known yet": "尚未计算",
    "Share of customers": "客户占比",
    "The biggest %n customer(s)": "前 %n 大客户",
    "key accounts": "重点客户",
    "Customers earning the most margin": "毛利最高的客户",
    "{0} of {1} prospects bought for the first time in the period": (
        "{1} 个潜在客户中有 {0} 个在本期首次购买"
    ),
    "Today's reminders": "今日提醒",
    "… and {0} more: print them all from Reports → Today's reminders": (
        "…… 还有 {0} 条：可从“报表 → 今日提醒”打印全部"
    ),
    "Sales by product and spec": "按产品和规格销售",
    "Custom…": "自定义…",
    "Large view": "大窗口查看",
    "Open the analysis in its own large window (again to put it back)": (
        "在单独的大窗口中打开分析（再点一次放回原处）"
    ),
    "ABC classes: customers and sales (the 12 months they are computed on)": (
        "ABC 分类：客户数与销售额（按分类所用的 12 个月）"
    ),
    "no wallet estimate": "未估计采购总额",
    "Showing the {0} customer(s) behind “{1}”. <a href='clear'>Show all</a>": (
        "正在显示“{1}”对应的 {0} 个客户。<a href='clear'>显示全部</a>"
    ),
    "★ Key accounts ({0})": "★ 重点客户（{0}）",
    "Class {0} ({1})": "{0} 类（{1}）",
    "Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.": (
        "月份是 1 到 12 的数字，用逗号分隔，例如 6, 7, 8, 9。"
    ),
    "The rating scores must fall from A to C.": "各信用等级的分数线必须从 A 到 C 依次降低。",
    "The summer midday rest must end after it starts.": "夏季午休的结束时间必须晚于开始时间。",
    # Backups (Tools menu, start-up)
    "&Tools": "工具(&T)",
    "&Back up now": "立即备份(&B)",
    "&Restore from a backup…": "从备份恢复(&R)…",
    "Backups &folder…": "备份文件夹(&F)…",
    "Backup": "备份",
    "Backups folder": "备份文件夹",
    "Today's backup was written to {0}": "今天的备份已写入 {0}",
    "Already open": "已经打开",
    "The other window does not answer. Close it, or open the data read-only here.": (
        "另一个窗口没有响应。请关闭它，或在这里以只读方式打开数据。"
    ),
    "{0} is already open in another crm-desktop window.": "{0} 已在另一个 crm-desktop 窗口中打开。",
    "Switch to that window, or open the data read-only here: a read-only window "
    "shows everything and changes nothing.": (
        "切换到那个窗口，或在这里以只读方式打开数据：只读窗口可查看全部内容，但不能修改。"
    ),
    "Switch to the open window": "切换到已打开的窗口",
    "Open read-only": "以只读方式打开",
    "crm-desktop — customers (read-only)": "crm-desktop — 客户管理（只读）",
    "Read-only: another window has this database open": "只读：另一个窗口已打开此数据库",
    "Read-only": "只读",
    "This window shows the data read-only: another crm-desktop window has the "
    "database open. Nothing was saved; make the change in that window.": (
        "此窗口以只读方式显示数据：另一个 crm-desktop 窗口已打开该数据库。"
        "未保存任何内容，请在那个窗口中修改。"
    ),
    "Today's automatic backup could not be written: {0}": "今天的自动备份未能写入：{0}",
    "The backup was written and checked:\n{0}": "备份已写入并通过校验：\n{0}",
    "No backup was written: {0}": "未写入备份：{0}",
    "Backing up…": "正在备份…",
    "Restore from a backup": "从备份恢复",
    "crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)": (
        "crm-desktop 备份 (*.sqlite3.gz *.sqlite3 *.gz);;所有文件 (*)"
    ),
    "Restore": "恢复",
    "This file cannot be restored; nothing was changed.\n{0}": (
        "此文件无法恢复，数据未作任何改动。\n{0}"
    ),
    "Checking the backup…": "正在校验备份…",
    "Replace the current data with the backup of {0} ({1} customers)?\n\nThe current data is backed"
    " up first. crm-desktop restarts to restore.": (
        "用 {0} 的备份（{1} 个客户）替换当前数据吗？\n\n当前数据会先备份。crm-desktop"
        " 将重新启动以完成恢复。"
    ),
    "The backup could not be restored; the data was left as it was.\n{0}": (
        "备份未能恢复，数据保持原样。\n{0}"
    ),
    "The data was restored from {0}.": "数据已从 {0} 恢复。",
    "The data it replaced is kept in {0}.": "被替换的数据保存在 {0}。",
    "{0}\n\nThe latest backup of this database is {1}. Restore it? The file that cannot be opened"
    " is kept beside the backups.": (
        "{0}\n\n此数据库最近的备份是 {1}。要恢复它吗？无法打开的文件会保留在备份文件夹中。"
    ),
    "Restore the latest backup": "恢复最近的备份",
    "Quit": "退出",
    "The backup could not be restored either: {0}": "备份也无法恢复：{0}",
    "month-to-date sales of {product} {done} yuan are below {target} yuan ({share}% of the {plan}"
    " yuan plan of {product} for {month}, with {tolerance}% tolerance)": (
        "{product} 本月至今销售 {done} 元，低于应达到的 {target} 元（{month} {product} 计划 {plan}"
        " 元的 {share}%，按 {tolerance}% 容差）"
    ),
    "(The plan is the sum of this month's product plans.)": "（本月计划为各产品计划之和。）",
    "Behind their own plans: {0}.": "未达到各自计划的产品：{0}。",
    "Key accounts: the fewest customers making this share of the gross profit (%)": (
        "重点客户：贡献此毛利份额的最少客户（%）"
    ),
    "Key account by gross profit over the last 12 full months (a sale without a cost counts at its"
    " full amount)": ("按近12个完整月的毛利评为重点客户（无成本的销售按全额计入）"),
    "★ Key account by gross profit; some of its sales have no cost and count at their full"
    " amount": ("★ 按毛利评为重点客户；部分销售无成本，按全额计入"),
    "★ Key account by gross profit over the last 12 full months": (
        "★ 按近12个完整月的毛利评为重点客户"
    ),
    "Mobile phone list for SMS: name, customer, mobile (*.csv)": (
        "短信群发手机号名单：姓名、客户、手机（*.csv）"
    ),
    "Exported %n mobile number(s) to {0}": "已导出 %n 个手机号到 {0}",
    "Something went wrong": "出错了",
    "The details were written to the log file {0}. You can carry on working.": (
        "详细信息已写入日志文件 {0}。您可以继续工作。"
    ),
    "You can carry on working.": "您可以继续工作。",
    "Copy details": "复制详细信息",
    "Copied": "已复制",
    "Open &log folder": "打开日志文件夹(&L)",
    "Log folder": "日志文件夹",
    "The log files are in {0}": "日志文件位于 {0}",
    # The audit trail, the History tab and the shared database (issue 14).
    "&8 History": "&8 变更历史",
    "Who": "操作人",
    "Field": "字段",
    "From": "原值",
    "To": "新值",
    "Nothing recorded for this customer yet.": "此客户暂无变更记录。",
    "Every change to this customer and its records, newest first. The history is kept for"
    " good and cannot be edited.": (
        "此客户及其各项记录的每一次变更，最新的在前。变更历史永久保存，不能修改。"
    ),
    "Created": "新建",
    "Changed": "修改",
    "Deactivated": "停用",
    "Reactivated": "重新启用",
    "Merged by an import": "导入时合并",
    "Imported": "导入",
    "Import undone": "撤销导入",
    "Removed": "删除",
    "customer": "客户",
    "contact": "联系人",
    "relationship note": "客情记录",
    "sale": "销售记录",
    "payment": "回款",
    "complaint": "投诉",
    "plan": "销售计划",
    "credit": "资信",
    "import": "导入",
    "yes": "是",
    "no": "否",
    "Active": "启用",
    "Credit limit": "信用额度",
    "Estimated yearly purchases": "年采购额估计",
    "&Refresh": "刷新(&R)",
    "Show what other computers saved: the list, the open customer, the warnings": (
        "显示其他电脑保存的内容：客户列表、打开的客户和预警"
    ),
    "Export audit &trail…": "导出审计记录(&T)…",
    "Save who changed what and when, for every customer, as .xlsx or .csv": (
        "把所有客户的变更记录（谁、何时、改了什么）保存为 .xlsx 或 .csv"
    ),
    "Refreshed": "已刷新",
    "Export audit trail": "导出审计记录",
    "Excel workbook (*.xlsx);;CSV (*.csv)": "Excel 工作簿 (*.xlsx);;CSV (*.csv)",
    "Exported %n audit event(s) to {0}": "已导出 %n 条审计记录到 {0}",
    "Exporting the audit trail…": "正在导出审计记录…",
    "Changed by {0} at {1} — reload?\n\nSomeone saved this record after you opened it, so"
    " nothing of yours was saved. Reload shows what is saved now; Cancel goes back to what you"
    " typed (copy what you need, then reload).": (
        "已被 {0} 于 {1} 修改 — 重新加载吗？\n\n"
        "您打开此记录后，有人保存了它，所以您的修改没有保存。"
        "“重新加载”显示现在保存的内容；“取消”回到您输入的内容（复制需要的部分后再重新加载）。"
    ),
    "Changed on another computer": "已在另一台电脑上修改",
    "&Reload": "重新加载(&R)",
    # Sales opportunities and the pipeline (issue 16)
    "&9 Opportunities": "&9 销售机会",
    "Lead": "线索",
    "Qualified": "需求确认",
    "Proposal": "方案报价",
    "Negotiation": "商务谈判",
    "Won": "赢单",
    "Lost deal": "丢单",
    "Pipeline": "销售漏斗",
    "Opportunity lost": "丢单",
    "Why was it lost? (price, competitor, …)": "丢单原因？（价格、竞争对手……）",
    "Cannot move it": "无法移动",
    "Its sales line is recorded: remove that line from the sales log before reopening it.": (
        "该机会的销售记录已登记：请先在销售记录中删除该行，再重新打开此机会。"
    ),
    "A lost opportunity needs its reason.": "丢单须填写原因。",
    "Move to…": "移到…",
    "Record the sale": "登记销售",
    "Add the won opportunity to the sales log": "把赢单的机会记入销售记录",
    "Expected amount": "预计金额",
    "Chance": "成功率",
    "Expected close": "预计成交日期",
    "Next step": "下一步",
    "Next step on": "下一步日期",
    "Closed on": "结束日期",
    "Lost because": "丢单原因",
    "needed when lost": "丢单时必填",
    "No sales opportunities. Click Add… to record one: product, expected amount and close date,"
    " and the next step; its date joins Today's follow-ups.": (
        "暂无销售机会。点“添加…”记录：产品、预计金额和成交日期以及下一步；下一步的日期会列入“今日”的待跟进。"
    ),
    "New opportunity": "新建销售机会",
    "Edit opportunity": "编辑销售机会",
    "Move the selected opportunity to another stage (or drag it to the column)": (
        "把选中的机会移到另一阶段（也可以拖到该列）"
    ),
    "Next: {0}": "下一步：{0}",
    "Expected amount: {0} yuan": "预计金额：{0} 元",
    "Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan": (
        "赢单率：{0}（丢单 {1} 个）· 进行中机会的加权预测：{2} 元"
    ),
    "Funnel: reached, and on to the next stage": "销售漏斗：到达各阶段的数量及进入下一阶段的转化率",
    "Expected": "预计金额",
    "Weighted by chance": "按成功率加权",
    "Forecast by month of the expected close": "按预计成交月份的预测",
    "No open opportunity with a close date": "没有带预计成交日期的进行中机会",
    "Opportunity: {0}": "销售机会：{0}",
    "Chance of an opportunity at “{0}” (%)": "“{0}”阶段的成功率（%）",
    "An opportunity's chance is 0 to 100 % and does not fall from lead to negotiation.": (
        "成功率为 0 到 100%，且从线索到商务谈判不能递减。"
    ),
    # Contracts (issue 16, seed 003 购销合同的管理)
    "Contract no.": "合同编号",
    "Signed on": "签订日期",
    "Ends on": "到期日期",
    "Payment": "结账方式",
    "Clauses": "标准条款",
    "no end date": "无到期日期",
    "ended": "已到期",
    "ends in %n day(s)": "%n 天后到期",
    "in force": "有效",
    "Missing: {0}": "缺少：{0}",
    "Every standard clause is in": "标准条款齐全",
    "Payment terms": "结算方式",
    "Delivery terms": "交货条款",
    "Quality terms": "质量条款",
    "Clause: {0}": "条款：{0}",
    "No contracts recorded. Click Add… to register one with its number, dates and terms, and"
    " tick the standard clauses it contains; the warnings list tells you before one ends.": (
        "暂无合同。点“添加…”登记合同编号、日期和条款，并勾选合同包含的标准条款；合同到期前预警清单会提醒。"
    ),
    "New contract": "新建合同",
    "Edit contract": "编辑合同",
    "&0 Contracts": "&0 购销合同",
    "Product (kind, brand, spec)": "标的（品种、品牌、规格）",
    "Quality standard": "质量要求",
    "Packing": "包装",
    "Delivery (time, place, transport, costs)": "发送（时间、地点、运输、费用）",
    "Acceptance": "验收",
    "Liability for breach": "违约责任",
    "Dispute resolution": "纠纷处理",
    "Signing date, place and validity": "签约时间、地点、生效期",
    "Warn about contracts ending within (days)": "合同到期提前预警（天）",
    "Contract ending": "合同到期",
    "contract {number} ends today ({ends}); no later contract": (
        "合同 {number} 今天到期（{ends}），尚无续签合同"
    ),
    "contract {number} ends in {days} days ({ends}); no later contract": (
        "合同 {number} 将于 {days} 天后到期（{ends}），尚无续签合同"
    ),
    # Origin and key people (issue 16, seeds 002 and 003)
    "Origin and key &people": "来源与关键人(&P)",
    "Referred by a customer": "老客户介绍",
    "Exhibition": "展会",
    "Cold call or visit": "陌生拜访",
    "Advertising": "广告",
    "Online": "网络",
    "Came to us": "主动上门",
    "Other source": "其他来源",
    "Leader": "领导型",
    "Influencer (consults others)": "施加影响型",
    "Follower": "跟随型",
    "Checker": "检查型",
    "Edit origin…": "编辑来源…",
    "Where the customer came from": "客户来源",
    "Came from": "来源",
    "Referred": "介绍的新客户",
    "Decision style": "决策风格",
    "Reports to and style…": "上级与决策风格…",
    "Key people: who reports to whom": "关键人：组织结构",
    "not recorded": "未记录",
    "Referred by (customer name or code)": "介绍人（客户名称或编号）",
    "needed for a referral": "老客户介绍时必填",
    "No such customer": "没有这个客户",
    "Reports to": "上级",
    "Major event": "重大变故",
    "Theft": "被盗",
    "Accident": "车祸",
    "Family split": "分家",
    "Serious illness": "重病",
    "Other event": "其他变故",
    "Order overdue": "进货频率下降",
    "Below last year": "低于去年同期",
    (
        "no order for {days} days since {last}: usually one every {usual} days (median"
        " gap of {orders} orders)"
    ): ("自 {last} 起已 {days} 天未进货：通常每 {usual} 天进货一次（{orders} 次进货的间隔中位数）"),
    (
        "month-to-date sales {done} yuan are below {target} yuan ({share}% of the"
        " {before} yuan of {month}, with {tolerance}% tolerance)"
    ): (
        "本月至今销售 {done} 元，低于应达到的 {target}"
        " 元（{month} 同期 {before} 元的 {share}%，按"
        " {tolerance}% 容差）"
    ),
    (
        "major event ({event}) reported {noted}: {summary} ({days} days ago) — until"
        " someone clears it"
    ): ("{noted} 报告重大变故（{event}）：{summary}（{days} 天前）— 直至有人解除"),
    "major event ({event}) reported {noted} ({days} days ago) — until someone clears it": (
        "{noted} 报告重大变故（{event}）（{days} 天前）— 直至有人解除"
    ),
    "Clear event": "解除变故预警",
    "The selected major event was looked into: end its warning": (
        "所选重大变故已调查处理：解除其预警"
    ),
    "The major event was looked into: end its warning (the note stays)": (
        "重大变故已调查处理：解除其预警（记录保留）"
    ),
    "Cleared": "已解除",
    "Major event (kind “Major event”)": "重大变故（方式为“重大变故”时）",
    "Event cleared on": "变故解除日期",
    "Below last year under this share of the same month, pro rata (%)": (
        "低于去年同月按天折算的此比例时预警 (%)"
    ),
    "Order overdue after the usual gap, from this many orders": (
        "超过通常进货间隔即预警，自此进货次数起"
    ),
    "Staff": "经办人员",
    "Supervisor": "主管",
    "Department manager": "部门经理",
    "Company leadership": "公司领导",
    "Days to answer": "答复天数",
    "Escalated to": "处理层级",
    "Compensation": "补偿",
    "Compensation (yuan)": "补偿（元）",
    "Compensation ({0})": "补偿（{0}）",
    "Complaints by escalation level": "投诉（按处理层级）",
    "not escalated": "未升级",
    "Welcome to crm-desktop": "欢迎使用 crm-desktop",
    "No opportunities yet: add one on a customer's Opportunities tab.": (
        "还没有销售机会：请在客户的“销售机会”页签中添加。"
    ),
    "This database has no customers yet. Bring in the contact book you already keep, type your"
    " first customer, or look around in made-up demo data first.": (
        "这个数据库还没有客户。可以导入您已有的通讯录，录入第一个客户，"
        "或者先用虚构的演示数据看看各项功能。"
    ),
    "&Import a contact book…": "导入通讯录(&I)…",
    "&Add a customer": "新建客户(&A)",
    "Open the &demo data": "打开演示数据(&D)",
    "Open the demo data": "打开演示数据",
    "Help → User guide explains every screen.": "“帮助 → 用户指南”介绍每个界面。",
    "Add {0} made-up customers with contacts, two years of sales, complaints and licences to"
    " this database? Try everything on them; for real work, start a new database or remove the"
    " demo customers afterwards.": (
        "向此数据库添加 {0} 个虚构客户（含联系人、两年销售、投诉和证照）吗？"
        "可以用它们尝试各项功能；正式使用时请新建数据库，或之后删除这些演示客户。"
    ),
    "Added %n demo customer(s).": "已添加 %n 个演示客户。",
    "No demo data was added.": "未添加演示数据。",
    "Making the demo data…": "正在生成演示数据…",
    "Writing {0}…": "正在写入 {0}…",
    "New &database…": "新建数据库(&D)…",
    "&Open database…": "打开数据库(&O)…",
    "Recent data&bases": "最近的数据库(&B)",
    "(none yet)": "（暂无）",
    "New database": "新建数据库",
    "Open database": "打开数据库",
    "crm-desktop database (*.sqlite3)": "crm-desktop 数据库 (*.sqlite3)",
    "crm-desktop database (*.sqlite3 *.db);;All files (*)": (
        "crm-desktop 数据库 (*.sqlite3 *.db);;所有文件 (*)"
    ),
    "&User guide": "用户指南(&U)",
    "User guide": "用户指南",
    "&Keyboard shortcuts": "键盘快捷键(&K)",
    "Keyboard shortcuts": "键盘快捷键",
    "The open customer's tabs": "当前客户的各标签页",
    "Open the selected customer": "打开选中的客户",
    "Enter": "回车",
    "Every menu": "各菜单",
    "Alt + the underlined letter": "Alt + 带下划线的字母",
    "Action": "操作",
    "Shortcut": "快捷键",
    "&Language": "语言(&L)",
    "&System language": "跟随系统(&S)",
    "Language": "语言",
    "crm-desktop speaks the new language from its next start. Restart now?": (
        "crm-desktop 下次启动时使用新的语言。现在重新启动吗？"
    ),
    "&SMS list by region…": "按地区导出短信名单(&S)…",
    "The mobiles of the customers listed, grouped by region, for an SMS platform": (
        "所列客户的手机号码，按地区分组，供短信平台使用"
    ),
    "Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)": (
        "短信手机名单：地区、姓名、客户、手机 (*.csv *.xlsx)"
    ),
    "SMS list by region": "按地区的短信名单",
    "Suggested: special supply support unit (特供支持单位)": "建议授予：特供支持单位",
    "Special supply plaque held, criteria no longer met": "已授特供支持单位，但已不再符合条件",
    # Operators and roles (issue 14)
    "&Activate": "启用(&A)",
    "&Add…": "添加(&A)…",
    "&Deactivate": "停用(&D)",
    "&Operators…": "操作员(&O)…",
    "&Reassign owner…": "更换负责人(&R)…",
    "&Reset password…": "重设密码(&R)…",
    "&Settings": "设置(&S)",
    "&Share the customer…": "共享客户(&S)…",
    "The {0} role may not {1}.": "{0}角色不能{1}。",
    "Administrator": "管理员",
    "Access role": "权限角色",
    "Only its owner, the operators it is shared with and administrators change this customer.": (
        "只有负责人、共享给的操作员和管理员可以修改此客户。"
    ),
    "Only its owner or an administrator deactivates it.": "只有负责人或管理员可以停用此客户。",
    "All %n customer(s) listed": "列表中的全部 %n 个客户",
    "Change my &password…": "修改我的密码(&P)…",
    "Change my password": "修改我的密码",
    "Choose an operator and at least one customer.": "请选择一名操作员和至少一个客户。",
    "Current password": "当前密码",
    "Give %n customer(s) to {0}?": "把 %n 个客户交给 {0} 负责？",
    "My customers": "我的客户",
    "New operator": "新操作员",
    "New owner": "新负责人",
    "New password again": "再次输入新密码",
    "New password for {0}": "{0} 的新密码",
    "New password": "新密码",
    "No operators are defined: crm-desktop opens without signing in.": (
        "尚未设置操作员：crm-desktop 打开时无需登录。"
    ),
    "Not allowed": "无权操作",
    "Not allowed: {0}": "无权操作：{0}",
    "Only the customers you own and those shared with you": "只显示由您负责的客户和共享给您的客户",
    "Operator": "操作员",
    "Operators": "操作员",
    "Password again": "再次输入密码",
    "Reassign owner": "更换负责人",
    "Sales operators who may also work on it:": "还可以处理此客户的销售人员：",
    "Sales": "销售",
    "Share the customer": "共享客户",
    "Shown as": "显示名称",
    "Sign &out / switch operator…": "退出登录 / 切换操作员(&O)…",
    "Sign in to crm-desktop": "登录 crm-desktop",
    "Sign in": "登录",
    "Sign-in name": "登录名",
    "Signed in: {0} ({1})": "已登录：{0}（{1}）",
    "State": "状态",
    "The first operator is an administrator. From then on crm-desktop asks for a name and"
    " password when it starts.": (
        "第一个操作员是管理员。此后 crm-desktop 启动时会要求输入登录名和密码。"
    ),
    "The open customer": "当前打开的客户",
    "The two passwords differ.": "两次输入的密码不一致。",
    "Too many wrong passwords. Wait {0} seconds, then try again.": (
        "密码错误次数过多。请等待 {0} 秒后再试。"
    ),
    "Viewer (read and print)": "只读（查看和打印）",
    "Wrong operator name or password.": "登录名或密码错误。",
    "Your password was changed.": "您的密码已修改。",
    "add customers": "添加客户",
    "as the owner column shows it, e.g. 王芳": "即“负责人”一栏显示的名字，例如 王芳",
    "change customers": "修改客户",
    "change settings or rules": "修改设置或规则",
    "deactivate customers": "停用客户",
    "export data": "导出数据",
    "export the audit trail": "导出操作记录",
    "import files": "导入文件",
    "manage operators": "管理操作员",
    "reassign or share customers": "更换负责人或共享客户",
    "restore a backup": "从备份恢复",
    "work without signing in": "不登录就操作",
    # Complaints, seed 003's 领导批示 and 专人负责, seed 004's 投诉渠道
    "Instructed": "已批示",
    "In person": "来访",
    "Mail": "信函/邮件",
    "Came in by": "投诉渠道",
    "Handler": "负责人",
    "Handler (responsible)": "负责人",
    "Instructed by": "批示领导",
    "Instruction given by": "批示领导",
    "Leader's instruction": "领导批示",
    "a leader's instruction comes after the investigation: set the status to Instructed or later": (
        "领导批示在调查之后：请把状态设为“已批示”或之后的状态"
    ),
    # Interactions, seed 004: 咨询、建议, 兴趣爱好, 购买渠道; seed 003's 有目的地拜访
    "Enquiry": "咨询",
    "Suggestion": "建议",
    "Direct sale": "直销",
    "Through an agent": "代理商",
    "Through a dealer": "经销商",
    "Phone order": "电话订货",
    "Online order": "网上订货",
    "Other channel": "其他渠道",
    "Hobbies": "兴趣爱好",
    "what the person likes": "此人的兴趣爱好",
    "Preferences": "偏好",
    "what they prefer when buying, their habits": "购买偏好、消费习惯",
    "Objective": "目的",
    "Objective of the visit": "拜访目的",
    "what the visit is for; every visit records one": "此次拜访的目的；每次拜访都要填写",
    "Purchase channel": "购买渠道",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if source not in GLOSSARY:
            missing.append(source)
            continue
        text = GLOSSARY[source]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        del translation.attrib["type"]
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no glossary entry: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

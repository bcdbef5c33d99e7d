"""Report wording in Chinese (the default: what the office prints) and English; the labels of
stored keys (channel, role, status …) come from core/vocabulary.py."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "profile": "客户档案", "code": "编号", "channel": "渠道", "category": "类别", "region": "区域",
        "owner": "业务员", "phone": "电话", "address": "地址", "tags": "标签", "contacts": "联系人",
        "name": "姓名", "title": "职务", "role": "采购角色", "mobile": "手机", "birthday": "生日",
        "licences": "证照", "kind": "类型", "number": "证号", "expires": "有效期至", "credit": "资信",
        "limit": "授信额度", "payment_days": "账期（天）", "rating": "信用等级", "receivable": "应收账款",
        "abc": "ABC分类", "lifecycle": "生命周期", "relationship": "关系阶段", "evaluation": "评价得分",
        "history_score": "历史回款得分", "potential_score": "发展潜力得分", "suggested_rating": "建议等级",
        "key_account": "重点客户", "sales12": "近12个月销售", "month": "月份", "amount": "金额",
        "previous": "上年同期", "plan": "计划", "completion": "完成率", "notes": "最近客情记录", "date": "日期",
        "summary": "内容", "next": "下次跟进", "complaints": "未结投诉", "received": "受理日期", "status": "状态",
        "description": "内容", "none": "无", "statement": "对账单", "period": "对账期间", "product": "产品",
        "spec": "规格", "quantity": "数量", "unit_price": "单价", "paid": "已付", "arrears": "欠款",
        "balance": "累计余额", "opening": "期初余额", "total": "合计", "closing": "期末余额",
        "seller": "供货方（盖章）", "buyer": "客户确认（盖章）", "signature": "经办人签字：", "sign_date": "日期：",
        "arrears_report": "应收账款账龄表", "customer": "客户", "not_due": "未到期", "d30": "0–30天",
        "d60": "31–60天", "d90": "61–90天", "d90p": "90天以上", "warnings_report": "预警清单", "warning": "预警",
        "details": "详情", "abc_report": "客户ABC分类表", "class": "分类", "customers": "客户数",
        "this_period": "本期", "printed": "打印日期", "page": "第 {0} / {1} 页", "sales_chart": "近12个月每月销售额",
        "ten_thousand_yuan": "万元",
        "statement_note": "请核对以上往来明细，如有不符请于7日内与我方联系。",
        "reminders_report": "今日提醒", "follow_ups": "今日待跟进", "birthdays": "未来7天生日",
        "holidays": "未来14天节假日", "licences_expiring": "即将到期的证照", "lunar": "农历",
    },
    "en": {
        "profile": "Customer profile", "code": "Code", "channel": "Channel", "category": "Category", "region": "Region",
        "owner": "Owner", "phone": "Phone", "address": "Address", "tags": "Tags", "contacts": "Contacts",
        "name": "Name", "title": "Title", "role": "Role", "mobile": "Mobile", "birthday": "Birthday",
        "licences": "Licences", "kind": "Kind", "number": "Number", "expires": "Expires", "credit": "Credit",
        "limit": "Credit limit", "payment_days": "Payment days", "rating": "Rating", "receivable": "Receivable",
        "abc": "ABC class", "lifecycle": "Lifecycle", "relationship": "Relationship stage",
        "evaluation": "Evaluation", "history_score": "Payment history", "potential_score": "Potential",
        "suggested_rating": "Suggested rating", "key_account": "Key account", "sales12": "Sales, last 12 months", "month": "Month",
        "amount": "Amount", "previous": "Year before", "plan": "Plan", "completion": "Completion",
        "notes": "Recent relationship notes", "date": "Date", "summary": "Summary", "next": "Next follow-up",
        "complaints": "Open complaints", "received": "Received", "status": "Status", "description": "Description",
        "none": "None", "statement": "Statement of account", "period": "Period", "product": "Product", "spec": "Spec",
        "quantity": "Qty", "unit_price": "Unit price", "paid": "Paid", "arrears": "Arrears", "balance": "Balance",
        "opening": "Opening balance", "total": "Total", "closing": "Closing balance", "seller": "Supplier (seal)",
        "buyer": "Customer confirms (seal)", "signature": "Signed:", "sign_date": "Date:",
        "arrears_report": "Receivables by age", "customer": "Customer", "not_due": "Not due", "d30": "0–30 days",
        "d60": "31–60 days", "d90": "61–90 days", "d90p": "Over 90 days", "warnings_report": "Warnings",
        "warning": "Warning", "details": "Details", "abc_report": "Customers by ABC class", "class": "Class",
        "customers": "Customers", "this_period": "This period", "printed": "Printed", "page": "Page {0} of {1}",
        "sales_chart": "Sales by month, last 12 months",
        "ten_thousand_yuan": "10,000 yuan",
        "statement_note": "Please check the lines above and tell us within 7 days if anything differs.",
        "reminders_report": "Today's reminders", "follow_ups": "Follow-ups due", "birthdays": "Birthdays in the next 7 days",
        "holidays": "Public holidays in the next 14 days", "licences_expiring": "Licences expiring", "lunar": "lunar",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["zh_CN"])

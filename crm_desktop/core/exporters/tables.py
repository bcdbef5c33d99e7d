"""The tabular layout of the interchange format: one sheet per record type, Chinese headers.

Shared by the .xlsx export and by the importer that recognises that export, so a workbook
the program wrote reads back losslessly. Cells of a closed vocabulary hold its labels in the
headers' language (渠道 批发, not `wholesale`); the importer reads any language's label back.
"""

from __future__ import annotations

from crm_desktop.core import vocabulary
from crm_desktop.core.vocabulary import Vocabulary

LANGUAGE = "zh_CN"  # the language of the headers below, and so of the labels in the cells

# sheet name → [(interchange key, header)]. Sub-record sheets start with the customer's
# code and name, which tie each row to its customer.
CUSTOMER_REF = [("customer_code", "客户编号"), ("customer_name", "客户名称")]
SHEETS: dict[str, list[tuple[str, str]]] = {
    "客户": [
        ("code", "客户编号"),
        ("name", "客户名称"),
        ("short_name", "简称"),
        ("kind", "类型"),
        ("relation", "购销关系"),
        ("channel", "渠道"),
        ("category", "类别"),
        ("lifecycle", "生命周期"),
        ("region", "区域"),
        ("address", "地址"),
        ("phone", "电话"),
        ("email", "邮箱"),
        ("owner", "业务员"),
        ("tags", "标签"),
        ("notes", "备注"),
        ("active", "有效"),
        ("wallet_estimate", "年采购总额估计"),
        ("credit.limit", "授信额度"),
        ("credit.payment_days", "账期天数"),
        ("credit.rating", "信用等级"),
        ("credit.potential_score", "潜力评分"),
        ("evaluation.capability", "经营能力"),
        ("evaluation.reputation", "信誉"),
        ("evaluation.relations", "社会关系"),
        ("evaluation.cooperation", "合作积极性"),
        ("abc_class", "ABC分类"),
        ("receivable", "应收账款"),
        ("warnings", "预警"),
    ],
    "联系人": CUSTOMER_REF
    + [
        ("name", "姓名"),
        ("title", "职务"),
        ("mobile", "手机"),
        ("phone", "电话"),
        ("wechat", "微信"),
        ("email", "邮箱"),
        ("birthday", "生日"),
        ("birthday_lunar", "农历生日"),
        ("role", "采购角色"),
        ("gender", "性别"),
        ("left", "已离职"),
        ("notes", "备注"),
        ("hobbies", "兴趣爱好"),
        ("preferences", "偏好"),
    ],
    "销售记录": CUSTOMER_REF
    + [
        ("date", "日期"),
        ("product", "产品"),
        ("spec", "规格"),
        ("quantity", "数量"),
        ("unit_price", "单价"),
        ("amount", "金额"),
        ("cost", "成本"),
        ("paid", "已回款"),
        ("channel", "购买渠道"),
    ],
    "回款": CUSTOMER_REF + [("date", "日期"), ("amount", "金额"), ("note", "备注")],
    "销售计划": CUSTOMER_REF + [("month", "月份"), ("product", "产品"), ("amount", "计划金额")],
    "客情记录": CUSTOMER_REF
    + [
        ("date", "日期"),
        ("kind", "方式"),
        ("summary", "内容"),
        ("next_follow_up", "下次跟进"),
        ("event", "重大变故"),
        ("cleared_on", "解除日期"),
        ("objective", "拜访目的"),
    ],
    "投诉": CUSTOMER_REF
    + [
        ("received", "受理日期"),
        ("category", "类别"),
        ("description", "内容"),
        ("status", "状态"),
        ("resolution", "处理结果"),
        ("answered_on", "答复日期"),
        ("escalation", "处理层级"),
        ("compensation", "补偿金额"),
        ("received_via", "投诉渠道"),
        ("handler", "负责人"),
        ("instructed_by", "批示领导"),
        ("instruction", "领导批示"),
    ],
    "证照": CUSTOMER_REF + [("kind", "证照类型"), ("number", "证号"), ("expires", "有效期至")],
}
# sheet → the customer list key its rows go to
LIST_KEYS = {
    "联系人": "contacts",
    "销售记录": "sales",
    "回款": "payments",
    "销售计划": "plans",
    "客情记录": "notes_log",
    "投诉": "complaints",
    "证照": "licences",
}
MAX_ROWS = 1_048_576
# sheet → {column key: its vocabulary}; yes/no columns hold 是 / 否.
VOCABULARIES: dict[str, dict[str, Vocabulary]] = {
    "客户": {
        "kind": vocabulary.KIND,
        "relation": vocabulary.RELATION,
        "channel": vocabulary.CHANNEL,
        "category": vocabulary.CATEGORY,
        "lifecycle": vocabulary.LIFECYCLE,
    },
    "联系人": {"role": vocabulary.ROLE, "gender": vocabulary.GENDER},
    "客情记录": {"kind": vocabulary.NOTE_KIND, "event": vocabulary.MAJOR_EVENT},
    "销售记录": {"channel": vocabulary.PURCHASE_CHANNEL},
    "投诉": {
        "status": vocabulary.COMPLAINT_STATUS,
        "escalation": vocabulary.ESCALATION,
        "received_via": vocabulary.COMPLAINT_SOURCE,
    },
    "证照": {"kind": vocabulary.LICENCE_KIND},
}
YES_NO_KEYS = {"active", "birthday_lunar", "left"}

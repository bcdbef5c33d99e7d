"""Which column holds what: header synonyms in Chinese and English, Outlook and Google
Contacts layouts, and finding the header row below title rows."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

_NOISE = re.compile(r"[\s\-_:：/（）()\*·.]+")


def header_key(text: Any) -> str:
    if text is None:
        return ""
    return _NOISE.sub("", unicodedata.normalize("NFKC", str(text)).lower())


def _keys(*names: str) -> set[str]:
    return {header_key(n) for n in names}


# field → header spellings. "phone_any" is a 电话 column: the contact's when the row names a
# person, else the customer's.
SYNONYMS: dict[str, set[str]] = {
    "company": _keys(
        "客户名称",
        "客户",
        "客户全称",
        "单位名称",
        "单位",
        "单位全称",
        "公司",
        "公司名称",
        "企业名称",
        "企业",
        "机构名称",
        "药店名称",
        "医院名称",
        "商户名称",
        "Company",
        "Company Name",
        "Organization",
        "Organization Name",
        "Organization 1 - Name",
        "Account",
        "Account Name",
        "Customer",
        "Customer Name",
    ),
    "code": _keys(
        "客户编号",
        "客户编码",
        "客户代码",
        "编号",
        "编码",
        "代码",
        "Code",
        "Customer Code",
        "Customer ID",
        "Account Number",
    ),
    "short_name": _keys("简称", "客户简称", "Short Name"),
    "region": _keys(
        "地区",
        "区域",
        "所在地区",
        "片区",
        "省份",
        "城市",
        "省市",
        "Region",
        "Area",
        "City",
        "Territory",
    ),
    "address": _keys(
        "地址",
        "联系地址",
        "公司地址",
        "单位地址",
        "通讯地址",
        "详细地址",
        "Address",
        "Business Address",
        "商务地址",
        "商务地址街道",
        "Business Street",
        "Address 1 - Formatted",
        "Address 1 - Street",
        "Street",
    ),
    "company_phone": _keys(
        "公司电话",
        "单位电话",
        "总机",
        "公司座机",
        "Company Phone",
        "Company Main Phone",
        "公司主要电话",
        "Main Phone",
    ),
    "channel": _keys("渠道", "客户类型", "客户性质", "类型", "Channel", "Customer Type", "Type"),
    "category": _keys("客户类别", "客户分类", "类别", "分类", "客户等级", "Category", "Class"),
    "owner": _keys(
        "业务员",
        "负责人",
        "销售员",
        "销售代表",
        "客户经理",
        "跟进人",
        "所属业务员",
        "Owner",
        "Sales Rep",
        "Salesperson",
        "Account Manager",
    ),
    "tags": _keys("标签", "分组", "Tags", "Labels", "Group Membership", "Categories", "类别标签"),
    "notes": _keys(
        "备注", "说明", "注释", "附注", "Notes", "Note", "Comments", "Remark", "Remarks"
    ),
    "contact": _keys(
        "联系人",
        "联系人姓名",
        "姓名",
        "名字",
        "联系人名称",
        "Contact",
        "Contact Name",
        "Name",
        "Full Name",
        "Display Name",
        "Person",
    ),
    "family_name": _keys("姓", "Last Name", "Family Name", "Surname"),
    "given_name": _keys("名", "First Name", "Given Name"),
    "middle_name": _keys("中间名", "Middle Name", "Additional Name"),
    "title": _keys(
        "职务",
        "职位",
        "岗位",
        "头衔",
        "职称",
        "Job Title",
        "Position",
        "Organization 1 - Title",
        "Organization Title",
        "Role Title",
    ),
    "mobile": _keys(
        "手机",
        "手机号",
        "手机号码",
        "移动电话",
        "手机电话",
        "移动手机",
        "Mobile",
        "Mobile Phone",
        "Cell",
        "Cell Phone",
        "Cellphone",
        "Mobile Number",
    ),
    "phone_any": _keys(
        "电话",
        "座机",
        "办公电话",
        "固定电话",
        "联系电话",
        "电话号码",
        "商务电话",
        "工作电话",
        "单位电话号码",
        "Phone",
        "Telephone",
        "Business Phone",
        "Work Phone",
        "Office Phone",
        "Tel",
        "Phone Number",
    ),
    "email": _keys(
        "邮箱",
        "电子邮箱",
        "电子邮件",
        "邮件",
        "电子邮件地址",
        "Email",
        "E-mail",
        "E-mail Address",
        "Email Address",
        "E-mail 1 - Value",
        "Work Email",
    ),
    "birthday": _keys(
        "生日", "出生日期", "出生年月", "生辰", "Birthday", "Date of Birth", "Birth Date", "DOB"
    ),
    "wechat": _keys("微信", "微信号", "WeChat", "Weixin"),
    "role": _keys("角色", "采购角色", "决策角色", "Role"),
    "gender": _keys("性别", "Gender", "Sex"),
    "left": _keys("已离职", "离职", "是否离职", "Has left", "Left"),
    "sale_date": _keys(
        "日期",
        "销售日期",
        "发货日期",
        "进货日期",
        "开票日期",
        "单据日期",
        "Date",
        "Sale Date",
        "Order Date",
    ),
    "product": _keys(
        "产品",
        "品名",
        "商品",
        "产品名称",
        "商品名称",
        "药品名称",
        "货品",
        "Product",
        "Item",
        "Product Name",
    ),
    "spec": _keys("规格", "规格型号", "型号", "Spec", "Specification", "Package"),
    "quantity": _keys("数量", "销量", "件数", "Quantity", "Qty"),
    "unit_price": _keys("单价", "价格", "Unit Price", "Price"),
    "amount": _keys(
        "金额", "销售额", "销售金额", "总金额", "合计", "价税合计", "Amount", "Total", "Sales"
    ),
    "cost": _keys("成本", "成本金额", "Cost"),
    "paid": _keys("已付", "回款", "已回款", "已收款", "收款", "实收", "Paid", "Received"),
}
# Columns Outlook fills on every row with its own defaults ("Normal", "False"): not worth
# keeping in the notes as the contract keeps other unmapped cells. (Its Gender column is read:
# "Unspecified" there means unknown.)
EXPORT_DEFAULTS = _keys(
    "Priority", "Sensitivity", "Private", "优先级", "敏感度", "私有", "Initials", "缩写"
)
GOOGLE_PHONE = re.compile(r"^phone(\d+)(type|label|value)$")
GOOGLE_EMAIL = re.compile(r"^email(\d+)(type|label|value)$")
GOOGLE_ORG = re.compile(r"^organization(\d+)(name|title)$")

_LOOKUP: dict[str, str] = {key: fieldname for fieldname, keys in SYNONYMS.items() for key in keys}
SALE_FIELDS = {"sale_date", "product", "spec", "quantity", "unit_price", "amount", "cost", "paid"}
CONTACT_FIELDS = {
    "contact",
    "family_name",
    "given_name",
    "middle_name",
    "title",
    "mobile",
    "email",
    "birthday",
    "wechat",
    "role",
    "gender",
    "left",
}


def field_for(header: Any) -> str | None:
    key = header_key(header)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    for pattern, prefix in ((GOOGLE_PHONE, "phone"), (GOOGLE_EMAIL, "email"), (GOOGLE_ORG, "org")):
        match = pattern.match(key)
        if match:
            return f"{prefix}{match[1]}_{match[2]}"
    return None


def map_headers(headers: Sequence[Any]) -> dict[int, str]:
    """Column index → field; the first column wins when two map to the same field."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        fieldname = field_for(header)
        if fieldname is None or fieldname in taken:
            continue
        mapping[index] = fieldname
        taken.add(fieldname)
    return _resolve_layouts(headers, mapping)


def _resolve_layouts(headers: Sequence[Any], mapping: dict[int, str]) -> dict[int, str]:
    fields = set(mapping.values())
    # Google/Outlook: the organisation column is the company, not the contact.
    for index, fieldname in list(mapping.items()):
        if fieldname.startswith("org") and fieldname.endswith("_name") and "company" not in fields:
            mapping[index] = "company"
            fields.add("company")
        elif fieldname.startswith("org") and fieldname.endswith("_title") and "title" not in fields:
            mapping[index] = "title"
            fields.add("title")
    # A bare "Title" is the contact's job title (like Position, 职位, 职务), except in an
    # Outlook export, whose Title is the courtesy title (Mr., Ms.): that stays apart (an
    # unmapped column, kept in the notes) beside its own Job Title.
    if "title" not in fields and not is_outlook_english(headers):
        for index, header in enumerate(headers):
            if index not in mapping and header_key(header) == "title":
                mapping[index] = "title"
                fields.add("title")
                break
    # With split names present, a "Name" column is the full name of the same person: keep
    # it as the contact only when no split name exists.
    if {"family_name", "given_name"} & fields and "contact" in fields:
        for index, fieldname in list(mapping.items()):
            if fieldname == "contact":
                mapping[index] = "full_name"
    return mapping


def is_outlook_english(headers: Sequence[Any]) -> bool:
    keys = {header_key(h) for h in headers}
    return {"firstname", "lastname"} <= keys and (
        "businessphone" in keys
        or "emailaddress" in keys
        or "jobtitle" in keys
        or "mobilephone" in keys
    )


def score_header(row: Sequence[Any]) -> int:
    """How much a row looks like a header: recognised names, no numbers."""
    recognised = sum(1 for cell in row if isinstance(cell, str) and field_for(cell) is not None)
    numbers = sum(
        1 for cell in row if isinstance(cell, (int, float)) and not isinstance(cell, bool)
    )
    return recognised * 2 - numbers


def find_header_row(rows: Sequence[Sequence[Any]], scan: int = 20) -> int | None:
    """Index of the header among the first rows (title rows above it are normal)."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:scan]):
        fields = {field_for(c) for c in row if isinstance(c, str)} - {None}
        # A header names who: a company or a person, or at least a product sold.
        names_someone = bool(
            fields & {"company", "contact", "family_name", "given_name", "full_name", "product"}
            or any(f and f.startswith("org") for f in fields)
        )
        score = score_header(row)
        if names_someone and len(fields) >= 2 and score > best_score:
            best, best_score = index, score
    return best

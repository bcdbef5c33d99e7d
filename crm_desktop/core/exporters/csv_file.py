"""One row per contact with its customer's columns repeated, UTF-8 with BOM for Excel; stored
keys as labels of the headers' language (渠道 批发, 采购角色 决策者), has-left as 是 / 否."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crm_desktop.core import vocabulary
from crm_desktop.core.exporters.cells import safe_text
from crm_desktop.core.exporters.tables import LANGUAGE
from crm_desktop.core.vocabulary import Vocabulary

CUSTOMER_COLUMNS = [
    ("code", "客户编号"),
    ("name", "客户名称"),
    ("channel", "渠道"),
    ("category", "类别"),
    ("region", "区域"),
    ("address", "地址"),
    ("phone", "公司电话"),
    ("owner", "业务员"),
    ("tags", "标签"),
    ("abc_class", "ABC分类"),
    ("receivable", "应收账款"),
]
CONTACT_COLUMNS = [
    ("name", "联系人"),
    ("title", "职务"),
    ("mobile", "手机"),
    ("phone", "电话"),
    ("wechat", "微信"),
    ("email", "邮箱"),
    ("birthday", "生日"),
    ("role", "采购角色"),
    ("gender", "性别"),
    ("left", "已离职"),
    ("notes", "备注"),
]
LABELLED: dict[str, Vocabulary] = {
    "channel": vocabulary.CHANNEL,
    "category": vocabulary.CATEGORY,
    "role": vocabulary.ROLE,
    "gender": vocabulary.GENDER,
}


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key in LABELLED:
        return LABELLED[key].label(value, LANGUAGE) or ""
    if isinstance(value, bool):
        return vocabulary.YES_NO.label("yes" if value else "no", LANGUAGE) or ""
    if isinstance(value, list):
        return safe_text("、".join(str(v) for v in value))
    if not isinstance(value, str):  # a number stays a number (-12.50, not '-12.50)
        return format(value, "f") if hasattr(value, "as_tuple") else str(value)
    return safe_text(value)


def write(customers: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([h for _, h in CUSTOMER_COLUMNS] + [h for _, h in CONTACT_COLUMNS])
        for customer in customers:
            count += 1
            base = [_text(k, customer.get(k)) for k, _ in CUSTOMER_COLUMNS]
            contacts = customer.get("contacts") or [{}]
            for contact in contacts:
                out.writerow(base + [_text(k, contact.get(k)) for k, _ in CONTACT_COLUMNS])
    return count

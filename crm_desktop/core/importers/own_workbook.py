"""Recognise a workbook this program exported and turn it back into interchange data.

Labels go back to their keys in any language (批发, Wholesale or `wholesale`), 是 / 否 back to
flags; a label that names no key stays as it is for the interchange import to report.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from crm_desktop.core.exporters.tables import LIST_KEYS, SHEETS, VOCABULARIES, YES_NO_KEYS
from crm_desktop.core.importers.cells import text_of
from crm_desktop.core.importers.readers import Sheet
from crm_desktop.core.vocabulary import yes_no


def _base(name: str) -> str:
    """`销售记录 (2)` is the continuation of `销售记录` past Excel's row limit."""
    return name.split(" (")[0]


def interchange_from_workbook(sheets: list[Sheet]) -> dict[str, Any] | None:
    by_name: dict[str, list[Sheet]] = {}
    for sheet in sheets:
        by_name.setdefault(_base(sheet.name), []).append(sheet)
    customers_sheets = by_name.get("客户")
    if not customers_sheets or not _has_our_header(customers_sheets[0], "客户"):
        return None
    customers: list[dict[str, Any]] = []
    index: dict[tuple[str | None, str], dict[str, Any]] = {}
    for sheet in customers_sheets:
        for row in _rows(sheet, "客户"):
            if not row.get("name"):
                continue
            customer = _nest(row)
            customer.pop("warnings", None)
            tags = customer.get("tags")
            customer["tags"] = (
                [t.strip() for t in str(tags).split("、") if t.strip()] if tags else []
            )
            customers.append(customer)
            index[(customer.get("code"), customer["name"])] = customer
            index.setdefault((None, customer["name"]), customer)
    for sheet_name, list_key in LIST_KEYS.items():
        for sheet in by_name.get(sheet_name, []):
            if not _has_our_header(sheet, sheet_name):
                continue
            for row in _rows(sheet, sheet_name):
                code, name = row.pop("customer_code", None), row.pop("customer_name", None)
                owner = index.get((code, name or "")) or index.get((None, name or ""))
                if owner is None:
                    continue
                owner.setdefault(list_key, []).append(row)
    return {"format": "crm-desktop", "version": 1, "customers": customers}


def _headers(sheet: Sheet) -> list[str]:
    return [text_of(c) or "" for c in sheet.rows[0]] if sheet.rows else []


def _has_our_header(sheet: Sheet, name: str) -> bool:
    """Our columns in our order, starting with the first two; a workbook of an older version
    lacks the columns added since (性别), and is ours all the same."""
    expected = [header for _, header in SHEETS[name]]
    found = [h for h in _headers(sheet) if h]
    if found[:2] != expected[:2]:
        return False
    remaining = iter(expected)
    return all(header in remaining for header in found)  # a subsequence of `expected`


def _rows(sheet: Sheet, name: str) -> list[dict[str, Any]]:
    key_of = {header: key for key, header in SHEETS[name]}
    keys = [key_of.get(h) for h in _headers(sheet)]
    vocabularies = VOCABULARIES.get(name, {})
    out = []
    for row in sheet.rows[1:]:
        if not any(c not in (None, "") for c in row):
            continue
        out.append(
            {
                key: _value(key, _cell(value), vocabularies)
                for key, value in zip(keys, row, strict=False)
                if key is not None
            }
        )
    return out


def _value(key: str, value: Any, vocabularies: dict[str, Any]) -> Any:
    if value in (None, ""):
        return value
    if key in vocabularies:
        return vocabularies[key].key_for(value) or value
    if key in YES_NO_KEYS:
        flag = yes_no(value)
        return value if flag is None else flag
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return int(value) if value.is_integer() else repr(value)
    if isinstance(value, str):
        text = value.strip()
        return text[1:] if text.startswith("'") else text
    return value


def _nest(row: dict[str, Any]) -> dict[str, Any]:
    """`credit.limit` columns back into {"credit": {"limit": …}}."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if "." in key:
            group, sub = key.split(".", 1)
            out.setdefault(group, {})[sub] = value
        else:
            out[key] = value
    return out

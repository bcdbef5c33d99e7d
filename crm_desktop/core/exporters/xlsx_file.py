"""The interchange data as a workbook: one sheet per record type, bold frozen headers, dates
as dates, phones as text, keys as labels of the headers' language; a sheet past Excel's
1,048,576 rows continues on another."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from crm_desktop.core.exporters.cells import safe_text
from crm_desktop.core.exporters.tables import (
    LANGUAGE,
    LIST_KEYS,
    MAX_ROWS,
    SHEETS,
    VOCABULARIES,
    YES_NO_KEYS,
)
from crm_desktop.core.money import PRICE_UNIT
from crm_desktop.core.vocabulary import WARNING_KIND, YES_NO

TEXT_KEYS = {"code", "phone", "mobile", "customer_code", "number", "wechat"}
DATE_KEYS = {"date", "expires", "received", "answered_on", "next_follow_up"}


class _SheetWriter:
    def __init__(self, book: Workbook, name: str) -> None:
        self.book, self.name, self.part, self.rows = book, name, 1, 0
        self.columns = SHEETS[name]
        self.vocabularies = VOCABULARIES.get(name, {})
        self.sheet = self._new_sheet(name)

    def _new_sheet(self, title: str) -> Worksheet:
        sheet = self.book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for index, (key, _header) in enumerate(self.columns):
            width = (
                12
                if key in DATE_KEYS
                else 28
                if key in ("name", "customer_name", "address", "notes")
                else 14
            )
            sheet.column_dimensions[_letter(index)].width = width
        header_cells = []
        for _, header in self.columns:
            cell = WriteOnlyCell(sheet, value=header)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            header_cells.append(cell)
        sheet.append(header_cells)
        self.rows = 1
        return sheet

    def append(self, record: dict[str, Any]) -> None:
        if self.rows >= MAX_ROWS:
            self.part += 1
            self.sheet = self._new_sheet(f"{self.name} ({self.part})")
        if self.name == "投诉" and record.get("instruction"):
            record = _instructed(record)
        if self.name == "客情记录" and record.get("interaction"):
            # The JSON's "other" with an `interaction`: the workbook says 咨询 or 建议 itself.
            record = {**record, "kind": record["interaction"]}
        self.sheet.append(
            [
                _cell(self.sheet, key, _labelled(self.vocabularies, key, _get(record, key)))
                for key, _ in self.columns
            ]
        )
        self.rows += 1


def _instructed(record: dict[str, Any]) -> dict[str, Any]:
    """The workbook is read by people, not held to the JSON contract: a complaint the JSON
    writes as "investigating" with an instruction shows its own status, 已批示."""
    if record.get("status") in ("received", "investigating"):
        return {**record, "status": "instructed"}
    return record


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _get(record: dict[str, Any], key: str) -> Any:
    if "." in key:
        group, sub = key.split(".", 1)
        return (record.get(group) or {}).get(sub)
    return record.get(key)


def _labelled(vocabularies: dict[str, Any], key: str, value: Any) -> Any:
    """A stored key as its label (批发), a flag as 是 / 否; other values as they are."""
    if value is None:
        return None
    if key in vocabularies:
        return vocabularies[key].label(value, LANGUAGE)
    if key in YES_NO_KEYS:
        return YES_NO.label("yes" if value else "no", LANGUAGE)
    return value


def _cell(sheet: Worksheet, key: str, value: Any) -> Any:
    if value is None:
        return None
    if key == "tags":
        return _text_cell(sheet, safe_text("、".join(value)))
    if key == "warnings":
        return _text_cell(
            sheet,
            safe_text(
                "\n".join(
                    f"{WARNING_KIND.label(w['kind'], LANGUAGE)}: {w['message']}" for w in value
                )
            ),
        )
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return float(value) if value == value.quantize(PRICE_UNIT) else str(value)
    if key in DATE_KEYS and isinstance(value, str) and len(value) == 10:
        cell = WriteOnlyCell(sheet, value=date.fromisoformat(value))
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        cell = _text_cell(sheet, safe_text(value))
        if key in TEXT_KEYS:
            cell.number_format = "@"  # text: Excel never turns a phone into 1.38E+10
        return cell
    return value


def _text_cell(sheet: Worksheet, text: str) -> WriteOnlyCell:
    """A string cell whatever the text: openpyxl takes a value starting with '=' for a formula
    unless its type is set (safe_text has already put an apostrophe before one)."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def write(customers: Iterable[dict[str, Any]], path: Path) -> int:
    book = Workbook(write_only=True)
    writers = {name: _SheetWriter(book, name) for name in SHEETS}
    count = 0
    try:
        for customer in customers:
            count += 1
            writers["客户"].append(customer)
            ref = {"customer_code": customer.get("code"), "customer_name": customer["name"]}
            for sheet_name, list_key in LIST_KEYS.items():
                for item in customer.get(list_key, []):
                    writers[sheet_name].append({**ref, **item})
    except BaseException:
        # Cancelled or failed: finish the sheets' temporary files now, not in the collector.
        for sheet in book.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    book.save(path)
    return count

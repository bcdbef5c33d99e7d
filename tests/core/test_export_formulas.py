"""Exports never hand a spreadsheet a formula (OWASP CSV injection): text starting with = + - @,
a tab or a carriage return is written behind an apostrophe in .csv and as a string cell in
.xlsx; numbers and typed phone numbers stay as they are; the import gives the text back."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_desktop.core.exporters import export_file
from crm_desktop.core.exporters.cells import safe_text
from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


TODAY = date(2026, 11, 25)
HOSTILE = [
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "'quoted already",
]


def test_safe_text_escapes_what_a_spreadsheet_would_run_and_nothing_else() -> None:
    for text in HOSTILE:
        assert safe_text(text) == "'" + text
    for text in ["+86 138 1234 5678", "+852-9123-4567", "+1 (800) 555-0100", "13812345678"]:
        assert safe_text(text) == text  # a phone as typed: no function, no reference
    for text in ["-12.50", "+3", "-7", "北京医药", "a=b", ""]:
        assert safe_text(text) == text


def _book(tmp_path: Path) -> Path:
    customers = [
        {
            "name": text.strip() + f" 客户{i}",  # a name is stored stripped: keep the trigger
            "code": text.strip()[:1] + f"C{i}",
            "notes": text,
            "tags": [text.strip() + "标签"],
            "contacts": [{"name": f"联系人{i}", "title": text, "mobile": "+85291234567"}],
            "sales": [{"date": "2026-11-02", "amount": -5, "product": text.strip() + "品"}],
        }
        for i, text in enumerate(HOSTILE)
    ]
    customers.append({"name": "电话客户", "notes": "+86 138 1234 5678", "phone": "+85223456789"})
    path = tmp_path / "hostile.json"
    path.write_text(
        json.dumps({"format": "crm-desktop", "version": 1, "customers": customers}),
        encoding="utf-8",
    )
    return path


def _stored(engine: Any) -> list[dict[str, Any]]:
    """What the user typed, without the computed fields."""
    with engine.connect() as con:
        data = list(iter_customers(con, TODAY))
    for customer in data:
        for key in ("abc_class", "receivable", "key_account", "warnings"):
            customer.pop(key, None)
    return data


@pytest.fixture
def hostile_core(core: Any, tmp_path: Path) -> Any:
    summary = apply_draft(build_draft(_book(tmp_path)), core.engine)
    assert summary.customers == len(HOSTILE) + 1, summary.problems
    return core


def test_xlsx_export_writes_no_formula_and_keeps_numbers_and_phones(
    hostile_core: Any, tmp_path: Path
) -> None:
    path = tmp_path / "out.xlsx"
    export_file(hostile_core.engine, path, TODAY)
    book = openpyxl.load_workbook(path)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [
        t
        for t in texts
        if t.startswith(("=", "+", "-", "@", "\t", "\r"))
        and t not in ("+85291234567", "+85223456789", "+86 138 1234 5678")
    ]
    assert '\'=HYPERLINK("http://evil.example","x")' in texts
    assert "''quoted already" in texts
    amounts = [c.value for c in book["销售记录"]["H"][1:]]
    assert amounts == [-5] * len(HOSTILE)  # a negative amount stays a number
    mobiles = {c.value for c in book["联系人"]["E"][1:]}
    assert mobiles == {"+85291234567"}


def test_csv_export_escapes_with_an_apostrophe(hostile_core: Any, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_file(hostile_core.engine, path, TODAY)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    header, body = rows[0], rows[1:]
    notes = {row[header.index("客户名称")]: row for row in body}
    assert notes["电话客户"][header.index("公司电话")] == "+85223456789"
    for row in body:
        for cell in row:
            if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                assert cell in ("+85291234567", "+85223456789") or cell.startswith("-"), cell
                assert cell[1:].replace(".", "").isdigit(), cell  # a number: -5.00
    titles = [row[header.index("职务")] for row in body if row[header.index("职务")]]
    assert sorted(titles) == sorted("'" + t.strip() for t in HOSTILE)


def test_the_import_reads_the_escaped_values_back(
    hostile_core: Any, template_db: Path, tmp_path: Path
) -> None:
    xlsx, json_again = tmp_path / "out.xlsx", tmp_path / "again.json"
    export_file(hostile_core.engine, xlsx, TODAY)
    before = _stored(hostile_core.engine)
    fresh = tmp_path / "fresh.sqlite3"
    shutil.copyfile(template_db, fresh)
    from crm_desktop.core.facade import open_core

    other = open_core(str(fresh))
    try:
        apply_draft(build_draft(xlsx), other.engine)
        assert _stored(other.engine) == before
        export_file(other.engine, json_again, TODAY)
    finally:
        other.engine.dispose()
    names = [c["name"] for c in json.loads(json_again.read_text(encoding="utf-8"))["customers"]]
    assert names[: len(HOSTILE)] == [t.strip() + f" 客户{i}" for i, t in enumerate(HOSTILE)]


def test_a_csv_export_imports_back_to_the_same_text(hostile_core: Any, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_file(hostile_core.engine, path, TODAY)
    before = {c["name"]: c for c in _stored(hostile_core.engine)}
    plan = build_draft(path)
    names = {r.company for r in plan.records}
    assert names == set(before)
    titles = {r.contact.title for r in plan.records if r.contact and r.contact.title}
    assert titles == {t.strip() for t in HOSTILE}
    assert Decimal("-5") in {s["amount"] for c in before.values() for s in c.get("sales", [])}

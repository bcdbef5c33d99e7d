"""A `Title` column: the contact's job title in an ordinary book (as Position, 职位, 职务 are),
but Outlook's courtesy title (Mr., Ms.) in an Outlook export, kept apart from its Job Title."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl

from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.headers import map_headers
from crm_desktop.core.importers.import_draft import build_draft

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = __import__("datetime").date(2026, 11, 25)


def people(core: Any) -> dict[str, dict[str, Any]]:
    with core.engine.connect() as con:
        return {
            person["name"]: person
            for customer in iter_customers(con, TODAY)
            for person in customer["contacts"]
        }


def book(tmp_path: Path, rows: list[list[str]], name: str = "book.csv") -> Path:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
    return path


def test_a_title_column_of_an_ordinary_book_is_the_job_title(core: Any, tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["Company", "Contact", "Title", "Mobile"],
            ["Acme Pharma Ltd", "Mary Chen", "Purchasing Manager", "13800000001"],
        ],
        "english.xlsx",
    )
    summary = apply_draft(build_draft(path), core.engine)
    assert not summary.problems
    mary = people(core)["Mary Chen"]
    assert mary["title"] == "Purchasing Manager" and "notes" not in mary


def test_chinese_job_title_headers(core: Any, tmp_path: Path) -> None:
    for header, person, mobile in (
        ("职位", "张伟", "13800000002"),
        ("职务", "李娜", "13800000003"),
    ):
        path = book(
            tmp_path, [["公司", "联系人", header, "手机"], ["康泰医药", person, "店长", mobile]]
        )
        apply_draft(build_draft(path), core.engine)
    found = people(core)
    assert (found["张伟"]["title"], found["李娜"]["title"]) == ("店长", "店长")


def test_outlook_keeps_its_courtesy_title_apart_from_the_job_title(core: Any) -> None:
    apply_draft(build_draft(DATA / "outlook_en.csv"), core.engine)
    john = people(core)["John Smith"]
    assert john["title"] == "Buyer"  # its Job Title column
    assert "Title: Mr." in john.get("notes", "")  # the courtesy title, kept apart


def test_a_job_title_column_wins_over_a_bare_title() -> None:
    headers = ["公司", "联系人", "Position", "Title"]
    mapping = map_headers(headers)
    assert mapping[2] == "title" and 3 not in mapping  # the other is kept in the notes
    assert map_headers(["Company", "Name", "Title"])[2] == "title"

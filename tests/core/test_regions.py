"""Regions from phone numbers (seed 003: 收集客户的手机号码进行分区整理): the province and city of a
mainland mobile or area code fill an empty region on import and on entry, and the SMS list
groups the mobiles by region."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_desktop.core.exporters import export_file
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.normalize.regions import region_of_phone, region_of_phones
from crm_desktop.core.services.dto import ContactInput, CustomerInput

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("number", "region"),
    [
        ("13812345678", "江苏省连云港市"),  # a mobile: its number block's city
        ("01062345678", "北京市"),  # a three-digit area code
        ("075526668888", "广东省深圳市"),  # a four-digit one
        ("02155556666", "上海市"),
        ("+85291234567", None),  # not the mainland
        ("4008001234", None),  # a service number has no place
        ("95588", None),
        ("12345678901", None),  # not a mobile
        ("", None),
        (None, None),
    ],
)
def test_the_region_of_a_number(number: str | None, region: str | None) -> None:
    assert region_of_phone(number) == region


def test_the_first_number_that_has_a_place() -> None:
    assert region_of_phones([None, "+85291234567", "075526668888", "13812345678"]) == (
        "广东省深圳市"
    )
    assert region_of_phones([]) is None


def book(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "book.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def regions(core: Any) -> dict[str, str | None]:
    with core.engine.connect() as con:
        return dict(con.exec_driver_sql("SELECT name, region FROM customer").all())


def test_an_import_fills_an_empty_region_and_keeps_a_given_one(core: Any, tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["公司", "联系人", "手机", "电话", "地区"],
            ["连云港康泰医药", "王建国", "13812345678", "", ""],
            ["深圳海王药业", "", "", "075526668888", ""],  # the company's own landline
            ["华北医药", "李娜", "13812345678", "", "华北"],  # given: kept
            ["香港大药房", "陈美", "+85291234567", "", ""],  # no mainland place: stays empty
        ],
    )
    apply_draft(build_draft(path), core.engine)
    assert regions(core) == {
        "连云港康泰医药": "江苏省连云港市",
        "深圳海王药业": "广东省深圳市",
        "华北医药": "华北",
        "香港大药房": None,
    }
    again = apply_draft(build_draft(path), core.engine)  # the same book twice: nothing changes
    assert (again.customers, again.contacts) == (0, 0)
    assert regions(core)["连云港康泰医药"] == "江苏省连云港市"


def test_a_json_import_stays_as_exported(core: Any, tmp_path: Path, template_db: Path) -> None:
    # Lossless: a customer exported without a region comes back without one.
    document = {
        "format": "crm-desktop",
        "version": 1,
        "customers": [
            {
                "name": "甲",
                "phone": "01062345678",
                "contacts": [{"name": "乙", "mobile": "13812345678"}],
            }
        ],
    }
    (tmp_path / "in.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    apply_draft(build_draft(tmp_path / "in.json"), core.engine)
    assert regions(core) == {"甲": None}


def test_entry_fills_an_empty_region(core: Any) -> None:
    by_phone = core.customers.create(CustomerInput(name="甲", phone="075526668888"))
    assert core.customers.get(by_phone).region == "广东省深圳市"
    by_contact = core.customers.create(CustomerInput(name="乙"))
    assert core.customers.get(by_contact).region is None
    core.contacts.add(by_contact, ContactInput(name="丙", mobile="13812345678"))
    assert core.customers.get(by_contact).region == "江苏省连云港市"
    typed = core.customers.create(CustomerInput(name="丁", phone="075526668888", region="华南"))
    assert core.customers.get(typed).region == "华南"  # what the clerk typed wins


def test_the_sms_list_groups_the_mobiles_by_region(core: Any, tmp_path: Path) -> None:
    south = core.customers.create(CustomerInput(name="深圳海王", region="广东省深圳市"))
    core.contacts.add(south, ContactInput(name="甲", mobile="13812345678"))  # the customer's
    north = core.customers.create(CustomerInput(name="北京同仁堂", region="北京市"))
    core.contacts.add(north, ContactInput(name="乙", mobile="13800138000"))
    abroad = core.customers.create(CustomerInput(name="香港大药房"))
    core.contacts.add(abroad, ContactInput(name="丙", mobile="+85291234567"))
    other = core.customers.create(CustomerInput(name="阿里健康", region="北京市"))
    core.contacts.add(other, ContactInput(name="丁", mobile="13911112222"))
    target = tmp_path / "sms.xlsx"
    assert core.exports.phone_list(target) == 4
    sheet = openpyxl.load_workbook(target)["短信名单"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert (
        rows
        == [
            ["地区", "姓名", "客户", "手机"],
            ["北京市", "丁", "阿里健康", "13911112222"],  # within a region: the list's order
            ["北京市", "乙", "北京同仁堂", "13800138000"],
            ["广东省深圳市", "甲", "深圳海王", "13812345678"],
            ["", "丙", "香港大药房", "+85291234567"],  # no place: last
        ]
        or rows[1][0] == "北京市"
    )
    export_file(core.engine, tmp_path / "all.json", TODAY)  # the region is the customer's
    assert {
        c["name"]: c.get("region")
        for c in json.loads((tmp_path / "all.json").read_text())["customers"]
    }["香港大药房"] is None

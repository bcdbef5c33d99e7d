"""The mobile phone list for an SMS platform leaves out contacts who have left (issue 21),
contacts without a mobile and inactive customers' contacts, and lists each number once."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.services.dto import ContactInput, CustomerInput


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def office(core: Any) -> dict[str, int]:
    shop = core.customers.create(CustomerInput(name="北京仁和大药房"))
    core.contacts.add(shop, ContactInput(name="李娜", mobile="13911112222", gender="female"))
    core.contacts.add(shop, ContactInput(name="王强", mobile="13933334444", left=True))
    core.contacts.add(shop, ContactInput(name="赵六", phone="01062345678"))  # no mobile
    other = core.customers.create(CustomerInput(name="=上海华润医药"))
    core.contacts.add(other, ContactInput(name="周七", mobile="13955556666"))
    core.contacts.add(other, ContactInput(name="李娜", mobile="13911112222"))  # the same number
    closed = core.customers.create(CustomerInput(name="天津老店"))
    core.contacts.add(closed, ContactInput(name="孙八", mobile="13977778888"))
    core.customers.set_active(closed, False)
    return {"shop": shop, "other": other, "closed": closed}


def test_phone_list_leaves_out_who_cannot_get_a_message(
    core: Any, office: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "sms.csv"
    assert core.exports.phone_list(target) == 2
    rows = read(target)
    assert rows[0] == ["地区", "姓名", "客户", "手机"]
    # Grouped by region (each customer's, filled from its contacts' mobiles when entered);
    # a formula-like name is defused as in every .csv export; the number of the shop's 李娜
    # is not listed twice.
    assert rows[1:] == [
        ["北京市", "李娜", "北京仁和大药房", "13911112222"],
        ["安徽省马鞍山市", "周七", "'=上海华润医药", "13955556666"],
    ]


def test_phone_list_of_some_customers(core: Any, office: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "sms.csv"
    assert core.exports.phone_list(target, [office["other"], office["closed"]]) == 2
    assert [row[1] for row in read(target)[1:]] == ["周七", "李娜"]
    assert core.exports.phone_list(target, []) == 0
    assert read(target) == [["地区", "姓名", "客户", "手机"]]


def test_phone_list_is_a_csv_file(core: Any, office: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(UnusableInput, match="csv or .xlsx"):
        core.exports.phone_list(tmp_path / "sms.json")
    with pytest.raises(UnusableInput, match="does not exist"):
        core.exports.phone_list(tmp_path / "missing" / "sms.csv")
    assert not list(tmp_path.glob("sms*"))

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.core.normalize.phones import normalize_mobile, normalize_phone
from crm_desktop.core.normalize.pinyin import full_pinyin, initials
from crm_desktop.core.normalize.values import parse_birthday, parse_date, parse_money


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("(010) 6234-5678", "01062345678"),
        ("+852 9123 4567", "+85291234567"),
    ],
)
def test_phone_forms(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("bad", ["12345678901", "1381234567", "abc", "010-62345678"])
def test_bad_mobiles_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        normalize_mobile(bad)


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", " ", "-"]), st.booleans()
)
def test_any_mainland_mobile_survives_formatting(number: str, sep: str, prefix: bool) -> None:
    typed = ("+86 " if prefix else "") + sep.join([number[:3], number[3:7], number[7:]])
    assert normalize_mobile(typed) == number


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_money_round_trips_with_separators(amount: Decimal) -> None:
    assert parse_money(f"¥{amount:,.2f}") == amount


def test_money_forms() -> None:
    assert parse_money("1.2万") == Decimal("12000.00")
    assert parse_money("2.345") == Decimal("2.35")  # 四舍五入
    with pytest.raises(ValueError):
        parse_money("-5")
    assert parse_money("-5", allow_negative=True) == Decimal("-5.00")


def test_dates_must_be_real() -> None:
    assert parse_date("2024年2月29日").isoformat() == "2024-02-29"
    with pytest.raises(ValueError):
        parse_date("2023-02-29")
    with pytest.raises(ValueError):
        parse_date("next tuesday")


def test_birthday_without_year() -> None:
    assert parse_birthday("3月7日").iso() == "--03-07"
    assert parse_birthday("1985/3/7").iso() == "1985-03-07"
    with pytest.raises(ValueError):
        parse_birthday("2-30")


def test_pinyin_reads_surnames_as_surnames() -> None:
    assert initials("北京医药") == "bjyy"
    assert full_pinyin("单田芳", person=True) == "shantianfang"
    assert full_pinyin("解晓东", person=True).startswith("xie")
    assert initials("重庆ABC药房") == "cqabcyf"

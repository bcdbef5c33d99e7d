"""Money (fen ↔ yuan, half-up rounding) and month arithmetic, as the contract states them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.core import money, months


def test_fen_and_yuan_round_trip_and_round_half_up() -> None:
    assert money.yuan(1234) == Decimal("12.34") and str(money.yuan(None)) == "0.00"
    fen = money.AMOUNT_SCALE
    assert money.to_scaled(Decimal("12.345"), fen) == 1235  # 四舍五入, not the banker's 1234
    assert money.to_scaled(Decimal("-12.345"), fen) == -1235
    assert money.to_scaled(Decimal("0.005"), fen) == 1 and money.to_scaled(Decimal(3), fen) == 300
    assert money.from_scaled(
        money.to_scaled(Decimal("1.23456"), money.PRICE_SCALE), money.PRICE_SCALE
    ) == Decimal("1.2346")
    assert money.to_scaled(None, 2) is None and money.from_scaled(None, 4) is None
    assert money.whole_fen(money.yuan(-123456)) == -123456 and money.whole_fen(Decimal("7")) == 700


def test_line_amount_is_kept_to_the_fen_half_up() -> None:
    assert money.line_amount(Decimal(2), Decimal("0.0025")) == Decimal("0.01")  # 0.005 → 0.01
    assert money.line_amount(Decimal("3"), Decimal("12.5")) == Decimal("37.50")
    assert money.line_amount(Decimal("-2"), Decimal("10.0050")) == Decimal("-20.01")  # a return


@pytest.mark.parametrize("fen", [0, 5, -5, 99, 100, 123456789, -100000001])
def test_fen_text_words_what_the_decimal_gives(fen: int) -> None:
    assert money.fen_text(fen) == money.yuan_text(money.yuan(fen))


def test_month_arithmetic_across_years() -> None:
    day = date(2026, 1, 31)
    assert months.month_start(day) == date(2026, 1, 1)
    assert months.days_in_month(date(2026, 2, 10)) == 28
    assert months.days_in_month(date(2028, 2, 3)) == 29
    assert months.add_months(day, -1) == date(2025, 12, 1) and months.add_months(day, 23) == date(
        2027, 12, 1
    )
    assert months.month_key(day) == "2026-01"
    assert (
        months.shift_key("2026-01", -1) == "2025-12"
        and months.shift_key("2025-12", 13) == "2027-01"
    )
    assert months.number_key(months.key_number("2026-07")) == "2026-07"


def test_the_twelve_full_months_before_a_day() -> None:
    assert months.full_months_before(date(2026, 11, 25)) == (date(2025, 11, 1), date(2026, 11, 1))
    assert months.full_month_keys_before(date(2026, 1, 1)) == ("2025-01", "2025-12")


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-11", True),
        ("2026-13", False),
        ("1899-01", False),
        ("2026/11", False),
        ("abcd-ef", False),
        ("2026-1", False),
    ],
)
def test_month_keys_are_checked(text: str, ok: bool) -> None:
    assert months.is_month_key(text) is ok

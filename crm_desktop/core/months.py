"""Calendar months: first and last days, month arithmetic, and the 'YYYY-MM' keys plans and
monthly figures use. Standard library only.
"""

from __future__ import annotations

import calendar
from datetime import date

KEY_FORMAT = "%Y-%m"


def month_start(day: date) -> date:
    """The first day of `day`'s month."""
    return date(day.year, day.month, 1)


def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def month_number(day: date) -> int:
    """Months since year 0 (January of year 1 is 12): month arithmetic in whole numbers."""
    return day.year * 12 + day.month - 1


def from_month_number(number: int) -> date:
    """The first day of the month `month_number` counts."""
    return date(number // 12, number % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` after (negative: before) `day`'s month."""
    return from_month_number(month_number(day) + months)


def month_key(day: date) -> str:
    """'YYYY-MM' of `day`'s month."""
    return f"{day:{KEY_FORMAT}}"


def shift_key(key: str, months: int) -> str:
    """'YYYY-MM' moved by `months`: shift_key('2026-01', -1) == '2025-12'."""
    return number_key(key_number(key) + months)


def key_number(key: str) -> int:
    """`month_number` of a 'YYYY-MM' key."""
    return int(key[:4]) * 12 + int(key[5:7]) - 1


def number_key(number: int) -> str:
    """The 'YYYY-MM' key of a `month_number`."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def is_month_key(text: str) -> bool:
    """Whether `text` reads as 'YYYY-MM' (a year after 1900, a month 1–12)."""
    try:
        return (
            len(text) == 7 and text[4] == "-" and 1 <= int(text[5:7]) <= 12 and int(text[:4]) > 1900
        )
    except ValueError:
        return False


def full_months_before(day: date, count: int = 12) -> tuple[date, date]:
    """The `count` full calendar months before `day`'s month, as [start, end): the ABC window."""
    end = month_start(day)
    return add_months(end, -count), end


def full_month_keys_before(day: date, count: int = 12) -> tuple[str, str]:
    """`full_months_before` as the keys of its first and last month (both inclusive)."""
    start, end = full_months_before(day, count)
    return month_key(start), month_key(add_months(end, -1))

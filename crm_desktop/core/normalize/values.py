"""Money, dates and birthdays as clerks type them, parsed into exact values."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from crm_desktop.core.money import WAN, round_amount

_MONEY_NOISE = re.compile(r"[\s,，¥￥元]|RMB|CNY", re.IGNORECASE)
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_MD = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_decimal(text: str | None) -> Decimal | None:
    """`¥1,234.50`, `1.2万`, `３００` → Decimal; None when empty; ValueError when not a number."""
    if text is None:
        return None
    raw = _MONEY_NOISE.sub("", unicodedata.normalize("NFKC", str(text)))
    if not raw:
        return None
    factor = Decimal(1)
    if raw.endswith("万"):
        factor, raw = WAN, raw[:-1]
    try:
        value = Decimal(raw) * factor
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not a number") from exc
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    return value


def parse_money(text: str | None, allow_negative: bool = False) -> Decimal | None:
    value = parse_decimal(text)
    if value is None:
        return None
    if value < 0 and not allow_negative:
        raise ValueError(f"{text!r}: an amount cannot be negative")
    return round_amount(value)


def parse_date(text: str | None) -> date | None:
    """`2024-03-07`, `2024/3/7`, `2024.3.7`, `2024年3月7日` → date.

    ValueError if it is not a real date."""
    if text is None:
        return None
    raw = unicodedata.normalize("NFKC", str(text)).strip()
    if not raw:
        return None
    match = _YMD.fullmatch(raw)
    if not match:
        raise ValueError(f"{text!r} is not a date (year-month-day)")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date") from exc


@dataclass(frozen=True)
class Birthday:
    """A birthday, possibly without its year; `lunar` marks a Chinese-calendar date."""

    month: int
    day: int
    year: int | None = None
    lunar: bool = False

    def iso(self) -> str:
        """`1985-03-07`, or `--03-07` when the year is unknown (ISO 8601 month-day)."""
        head = f"{self.year:04d}" if self.year else "-"
        return f"{head}-{self.month:02d}-{self.day:02d}"


def parse_birthday(text: str | None, lunar: bool = False) -> Birthday | None:
    if text is None:
        return None
    raw = unicodedata.normalize("NFKC", str(text)).strip()
    if not raw:
        return None
    iso_md = re.fullmatch(r"--(\d{2})-(\d{2})", raw)
    match = _YMD.fullmatch(raw)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif iso_md or _MD.fullmatch(raw):
        m = iso_md or _MD.fullmatch(raw)
        assert m is not None
        year, month, day = None, int(m[1]), int(m[2])
    else:
        raise ValueError(f"{text!r} is not a birthday (year-month-day or month-day)")
    # Lunar months have at most 30 days; a Gregorian check with a leap year allows 2-29.
    limit_year = year or 2000
    try:
        date(limit_year, month, day if not lunar else min(day, 28))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date") from exc
    if lunar and day > 30:
        raise ValueError(f"{text!r}: a lunar month has at most 30 days")
    return Birthday(month=month, day=day, year=year, lunar=lunar)

"""One cell to one value: phones, dates, birthdays, money, as people type them in Excel."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, NamedTuple

from crm_desktop.core.money import MAX_AMOUNT, round_units
from crm_desktop.core.normalize.phones import MAINLAND_MOBILE, normalize_phone
from crm_desktop.core.normalize.values import Birthday, parse_birthday, parse_decimal

SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
EXCEL_EPOCH = date(1899, 12, 30)
_SPLIT_NUMBERS = re.compile(r"[,，;；/、|\n]+|\s:::\s|或")
_EXTENSION = re.compile(r"(转|分机|ext\.?|x)\s*(\d{1,6})\s*$", re.IGNORECASE)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
# The shapes most cells of a contact book have: a bare mobile, a landline with one dash. They
# are stored as they are (less the dash), so they skip the general parser.
_PLAIN_MOBILE = re.compile(r"1[3-9]\d{9}")
_PLAIN_LANDLINE = re.compile(r"(0[1-9]\d{1,2})-?(\d{7,8})")


class CellError(ValueError):
    """A value that cannot be used; the message names what was wrong."""


def text_of(value: Any) -> str | None:
    """A cell as text: numbers without `.0`, a leading apostrophe (our export) removed."""
    if value is None:
        return None
    if value.__class__ is str:  # most cells: skip the type checks below
        value = value.strip()
        return (value[1:] if value.startswith("'") else value) or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if text.startswith("'"):
        text = text[1:]
    return text or None


class PhoneCell(NamedTuple):
    """What one cell held. A tuple: two are made for every row of a contact book."""

    mobiles: list[str]
    landlines: list[str]
    extras: list[str]  # extensions and unreadable pieces, for notes


def parse_phones(value: Any) -> PhoneCell:
    """Every number in a cell. Raises CellError for a number Excel turned into 1.38E+10."""
    if value is None:
        return PhoneCell([], [], [])
    plain = _plain_phone(value)
    if plain is not None:
        return plain
    out = PhoneCell([], [], [])
    if isinstance(value, float) and not value.is_integer():
        raise CellError(f"{value!r} is not a phone number")
    text = text_of(value) or ""
    text = unicodedata.normalize("NFKC", text)
    if SCIENTIFIC.match(text.replace(" ", "")):
        raise CellError(
            f"{text!r} lost digits when Excel wrote it in scientific notation;"
            " type the number as text"
        )
    for piece in _SPLIT_NUMBERS.split(text):
        piece = piece.strip()
        if not piece:
            continue
        extension = _EXTENSION.search(piece)
        if extension:
            out.extras.append(piece)
            piece = piece[: extension.start()].strip()
            if not piece:
                continue
        for number_text in _split_glued(piece):
            try:
                number = normalize_phone(number_text)
            except ValueError:
                out.extras.append(number_text)
                continue
            if number is None:
                continue
            if MAINLAND_MOBILE.fullmatch(number) or (
                number.startswith("+") and _foreign_mobile(number)
            ):
                out.mobiles.append(number)
            else:
                out.landlines.append(number)
    return out


def _plain_phone(value: Any) -> PhoneCell | None:
    """The common shapes, decided without the general parser; None for everything else."""
    if value.__class__ is float or value.__class__ is int:
        if 13_000_000_000 <= value < 20_000_000_000 and value == int(value):
            return PhoneCell([str(int(value))], [], [])  # Excel turned a mobile into a number
        return None
    if value.__class__ is str:
        if _PLAIN_MOBILE.fullmatch(value):
            return PhoneCell([value], [], [])
        landline = _PLAIN_LANDLINE.fullmatch(value)
        if landline:
            return PhoneCell([], [landline[1] + landline[2]], [])
    return None


def _foreign_mobile(number: str) -> bool:
    """phonenumbers knows each country's mobile ranges (+852 9… mobile, +852 2… landline)."""
    import phonenumbers

    try:
        kind = phonenumbers.number_type(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return True
    return kind != phonenumbers.PhoneNumberType.FIXED_LINE


def _split_glued(piece: str) -> list[str]:
    """`13812345678 13900001111` is two numbers; `138 1234 5678` is one."""
    digits = re.sub(r"\D", "", piece)
    words = piece.split()
    if len(words) > 1 and len(digits) > 15 and all(len(re.sub(r"\D", "", w)) >= 7 for w in words):
        return words
    return [piece]


def parse_date_cell(value: Any, us_slashes: bool = False) -> date | None:
    """A date cell: Excel date, serial number, ISO, 2024/3/7, 2024年3月7日; US m/d/y in
    English Outlook files; Outlook's 0/0/00 is empty."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 100000:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(f"{value!r} is not a date")
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text in ("0/0/00", "0/0/0000", "00/00/00"):
        return None
    if re.match(r"^\d{4}\D\d{1,2}\D\d{1,2}\s+\d", text):
        text = text.split()[0]  # 2024-03-07 00:00:00
    match = _US_DATE.match(text)
    if match and us_slashes:
        month, day, year = int(match[1]), int(match[2]), int(match[3])
        year += 2000 if year < 50 else 1900 if year < 100 else 0
        try:
            return date(year, month, day)
        except ValueError as exc:
            raise CellError(f"{text!r} is not a real date") from exc
    from crm_desktop.core.normalize.values import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise CellError(f"{text!r} is not a date") from exc


def parse_birthday_cell(value: Any, us_slashes: bool = False) -> Birthday | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime, int, float)) and not isinstance(value, bool):
        day = parse_date_cell(value)
        return Birthday(day.month, day.day, day.year) if day else None
    return _birthday_text(str(value), us_slashes)


@lru_cache(maxsize=32768)
def _birthday_text(value: str, us_slashes: bool) -> Birthday | None:
    """Cached: a book of thousands of people has far fewer distinct birthdays."""
    text = unicodedata.normalize("NFKC", value).strip()
    if text in ("0/0/00", "0/0/0000"):
        return None
    if _US_DATE.match(text) and us_slashes:
        day = parse_date_cell(text, us_slashes=True)
        return Birthday(day.month, day.day, day.year) if day else None
    lunar = text.startswith("农历") or text.startswith("阴历")
    text = text.removeprefix("农历").removeprefix("阴历").strip()
    try:
        return parse_birthday(text, lunar=lunar)
    except ValueError as exc:
        raise CellError(f"{value!r} is not a birthday") from exc


def parse_money_cell(value: Any, places: int = 2, allow_negative: bool = True) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(f"{value!r} is not an amount")
    if isinstance(value, (int, float)):
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        try:
            amount = parse_decimal(str(value))
        except (ValueError, InvalidOperation) as exc:
            raise CellError(f"{value!r} is not an amount") from exc
        if amount is None:
            return None
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        # Also keeps the rounding below inside Decimal's 28 digits (1e26 would raise there).
        raise CellError(f"{value!r} is not an amount below {MAX_AMOUNT:,}")
    if amount < 0 and not allow_negative:
        raise CellError(f"{value!r} cannot be negative")
    return round_units(amount, places)

"""Phone numbers as strings of digits: mainland numbers without +86, others as +CC…."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")
# Landline: area code 0 + 2–3 digits, then a 7–8 digit local number.
_SEPARATORS = re.compile(r"[\s\-‐–—()（）.·/]")


def digits_only(text: str | None) -> str:
    if text and text.isascii() and text.isdigit():  # the stored form of most numbers
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isdigit())


def normalize_phone(text: str | None) -> str | None:
    """One number as typed → stored form, or None when empty. Raises ValueError when unusable.

    `138 1234 5678`, `138-1234-5678`, `+86 138…`, `0086138…`, full-width digits → `13812345678`;
    `(010) 6234-5678` → `01062345678`; `+852 9123 4567` → `+85291234567`.
    """
    if text is None:
        return None
    raw = _SEPARATORS.sub("", unicodedata.normalize("NFKC", str(text)).strip())
    if not raw:
        return None
    international = raw.startswith("+") or raw.startswith("00")
    body = raw[1:] if raw.startswith("+") else raw[2:] if raw.startswith("00") else raw
    if not body.isdigit():
        raise ValueError(f"{text!r} is not a phone number")
    if international:
        if body.startswith("86"):
            national = body[2:]
            if MAINLAND_MOBILE.fullmatch(national):
                return national
            # +86 10 6234 5678: the trunk 0 is dropped in international form.
            return national if national.startswith("0") else "0" + national
        try:
            parsed = phonenumbers.parse("+" + body, None)
        except phonenumbers.NumberParseException as exc:
            raise ValueError(f"{text!r} is not a phone number") from exc
        if not phonenumbers.is_possible_number(parsed):
            raise ValueError(f"{text!r} is not a phone number")
        return "+" + body
    if len(body) < 5 or len(body) > 15:
        raise ValueError(f"{text!r} is not a phone number")
    return body


def normalize_mobile(text: str | None) -> str | None:
    """A mobile: 11 mainland digits starting 13–19, or an international `+` number."""
    number = normalize_phone(text)
    if number is None:
        return None
    if number.startswith("+") or MAINLAND_MOBILE.fullmatch(number):
        return number
    raise ValueError(
        f"{text!r} is not a mobile number (11 digits starting with 1, or +country code)"
    )

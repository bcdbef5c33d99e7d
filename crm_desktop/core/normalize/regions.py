"""The region a mainland phone number belongs to (seed 003: 收集客户的手机号码进行分区整理): the
province and city of a mobile's number block or of a landline's area code, from the offline
geocoder that ships with `phonenumbers` (江苏省连云港市, 北京市, 广东省深圳市)."""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers
from phonenumbers import geocoder

from crm_desktop.core.normalize.phones import MAINLAND_MOBILE


def region_of_phone(number: str | None) -> str | None:
    """A stored mainland number (13812345678, 01062345678) → its province and city; None for
    a number of another country, a service number, or one the geocoder does not place."""
    if not number or number.startswith("+") or not number.isdigit():
        return None
    if MAINLAND_MOBILE.fullmatch(number):
        return _place(number[:7], number)  # a mobile's place is its first seven digits'
    if number.startswith("0") and len(number) >= 10:
        # 010 and 02x are three digits long, the other area codes four.
        return _place(number[:3] if number[1] in "12" else number[:4], number)
    return None


_PLACES: dict[str, str | None] = {}  # prefix → place: a few thousand at most


def _place(prefix: str, number: str) -> str | None:
    """The geocoder's place for one number, asked once per prefix (its data is per prefix;
    a lookup costs ~0.1 ms, an import of 50,000 rows holds a few thousand prefixes)."""
    if prefix in _PLACES:
        return _PLACES[prefix]
    try:
        place: str | None = geocoder.description_for_number(phonenumbers.parse(number, "CN"), "zh")
    except phonenumbers.NumberParseException:
        place = None
    # The geocoder names the country itself (中国) when it knows no finer place.
    found = _PLACES[prefix] = place if place and place != "中国" else None
    return found


def region_of_phones(numbers: Iterable[str | None]) -> str | None:
    """The region of the first of `numbers` the geocoder places."""
    for number in numbers:
        if (place := region_of_phone(number)) is not None:
            return place
    return None

"""Cells that a spreadsheet must not run (OWASP's CSV injection): text starting with = + - @,
a tab or a carriage return is written behind an apostrophe, which every import strips again.

Not escaped, because nothing in them can run and an apostrophe would only get in the way:
numbers (they are written as numbers; a text that is a plain number such as -12.50 too) and
phone numbers as people type them, a `+` and then only digits, spaces, hyphens and brackets
(+86 138 1234 5678, +852-9123-4567). Text that already starts with an apostrophe gets a second
one, so the import's stripping gives it back unchanged.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")
# +86 138 1234 5678, +852-9123-4567, +1 (800) 555-0100: a country code and digits.
PHONE = re.compile(r"\+?[0-9][0-9 ()\-]*")
NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def safe_text(value: str) -> str:
    if value.startswith(TRIGGERS) and not (PHONE.fullmatch(value) or NUMBER.fullmatch(value)):
        return "'" + value
    return value

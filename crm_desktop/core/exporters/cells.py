"""Cells that a spreadsheet must not run: text starting with = + - @ gets an apostrophe."""

from __future__ import annotations

import re

PHONE = re.compile(r"^\+?[0-9]+$")


def safe_text(value: str) -> str:
    if value and value[0] in "=+-@" and not PHONE.match(value):
        return "'" + value
    return value

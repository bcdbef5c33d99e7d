"""The interchange format as JSON: money as plain decimal numbers (never an exponent)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

_MARK = "\u0000dec:"
_MARKED = re.compile(r'"\\u0000dec:(-?[0-9.]+)"')


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{_MARK}{value:f}"
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def dumps(document: dict[str, Any]) -> str:
    """json.dumps, with Decimals written as the exact number they hold."""
    text = json.dumps(document, ensure_ascii=False, indent=1, default=_encode)
    return _MARKED.sub(r"\1", text)


def write(customers: Iterable[dict[str, Any]], path: Path) -> int:
    items = list(customers)
    path.write_text(
        dumps({"format": "crm-desktop", "version": 1, "customers": items}) + "\n", encoding="utf-8"
    )
    return len(items)

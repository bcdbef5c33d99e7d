"""A report document: HTML (Qt's rich-text subset) and the PNG images it refers to."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

STYLE = """
<style>
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
h2 { font-size: 12pt; margin: 12px 0 4px 0; color: #0d47a1; }
table.grid { border-collapse: collapse; }
table.grid th { background: #ddebf7; font-weight: bold; }
td.num, th.num { text-align: right; }
.muted { color: #666666; }
</style>
"""


@dataclass
class ReportDocument:
    title: str
    landscape: bool = False
    parts: list[str] = field(default_factory=list)
    images: dict[str, bytes] = field(default_factory=dict)

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def html(self) -> str:
        return f"<html><head>{STYLE}</head><body>{''.join(self.parts)}</body></html>"


def esc(value: Any) -> str:
    """Every value a user typed is escaped: a customer named <b> prints literally."""
    if value is None:
        return ""
    return html.escape(str(value))


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th{' class=num' if i in numeric else ''}>{esc(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{' class=num' if i in numeric else ''}>{esc(c)}</td>" for i, c in enumerate(row))
        + "</tr>" for row in rows)
    return f"<table class=grid border=1 cellspacing=0 cellpadding=3 width=100%><tr>{head}</tr>{body}</table>"

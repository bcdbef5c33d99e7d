"""A report document: HTML (Qt's rich-text subset), the charts and PNG images it refers to.

A report is a list of sections, each starting on a new page: a batch of customer profiles
is one section per customer, so the printing layer lays each out as a document of its own
(a few pages) instead of paginating one document of hundreds of pages.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crm_desktop.core.reports.charts import BarChart
from crm_desktop.core.safe_filename import safe_filename

STYLE = """
<style>
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
h2 { font-size: 11pt; margin: 8px 0 2px 0; color: #0d47a1; }
.muted { color: #666666; }
td, th { padding: 0px 4px 0px 4px; }
</style>
"""

PAGE_BREAK = "<div style='page-break-before: always'></div>"
GRID = "#b4b4b4"  # the table rules
HEAD = "#ddebf7"  # the header row


@dataclass
class ReportDocument:
    title: str
    landscape: bool = False
    sections: list[list[str]] = field(default_factory=lambda: [[]])
    images: dict[str, bytes] = field(default_factory=dict)
    charts: dict[str, BarChart] = field(default_factory=dict)
    subject: str = ""  # whom a one-customer report is about, for its file name

    def file_name(self) -> str:
        """The name a saved PDF is offered under: 客户档案 北京医药.pdf, never a path."""
        return safe_filename(" ".join(p for p in (self.title, self.subject) if p), ".pdf", "report")

    def add(self, markup: str) -> None:
        self.sections[-1].append(markup)

    def new_page(self) -> None:
        """What is added from here on starts on a new page (a section of its own)."""
        if self.sections[-1]:
            self.sections.append([])

    def section_html(self) -> Iterator[str]:
        for parts in self.sections:
            yield f"<html><head>{STYLE}</head><body>{''.join(parts)}</body></html>"

    def html(self) -> str:
        """The whole report as one HTML page, sections separated by page breaks."""
        body = PAGE_BREAK.join("".join(parts) for parts in self.sections)
        return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def esc(value: Any) -> str:
    """Every value a user typed is escaped: a customer named <b> prints literally."""
    if value is None:
        return ""
    return html.escape(str(value))


class Markup(str):
    """A table cell that is already HTML (a link around escaped text): written as it is."""


def link(href: str, text: Any) -> Markup:
    """`text` (escaped) as a link to `href`, e.g. "#p0-notes": a section of the same report,
    which the PDF keeps as a link a reader clicks."""
    return Markup(f"<a href='{esc(href)}'>{esc(text)}</a>")


def anchor(name: str) -> str:
    """Where a link to "#name" lands."""
    return f"<a name='{esc(name)}'></a>"


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    """A ruled table. The rules are the table's background showing between the cells (2 px
    of spacing: visible at any zoom): Qt lays out and prints this several times faster than
    collapsed cell borders, which cost more than the rest of a customer's profile. The header
    row repeats on every page the table runs onto."""
    numeric = numeric or set()

    def cell(tag: str, i: int, value: Any) -> str:
        text = value if isinstance(value, Markup) else esc(value)
        return f"<{tag} align=right>{text}</{tag}>" if i in numeric else f"<{tag}>{text}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr bgcolor=#ffffff>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (
        f"<table width=100% border=0 cellspacing=2 bgcolor={GRID}>"
        f"<thead><tr bgcolor={HEAD}>{head}</tr></thead>{body}</table>"
    )

"""Reports escape what users typed: a customer named `<b>x</b> & <script>` (and contacts,
notes, products, complaints, licences named alike) reads literally in every report's text,
and the markup holds no tag the user wrote."""

from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft

TODAY = date(2026, 11, 25)
HOSTILE = "<b>x</b> & <script>"


class _Text(HTMLParser):
    """The text a reader sees: markup parsed, character references resolved."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def rendered(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.text)


@pytest.fixture
def hostile_customer(core: Any, tmp_path: Path, fixed_today: date) -> int:
    customer = {
        "name": HOSTILE,
        "code": "<i>C1</i>",
        "region": HOSTILE + " 区",
        "owner": HOSTILE + " 业务员",
        "tags": [HOSTILE + " 标签"],
        "credit": {"limit": 1, "payment_days": 30, "rating": "<u>A</u>"},
        "contacts": [{"name": HOSTILE + " 联系人", "title": "<td>经理", "birthday": "1980-11-27"}],
        "notes_log": [
            {"date": "2026-11-01", "summary": HOSTILE + " 拜访", "next_follow_up": "2026-11-20"}
        ],
        "sales": [
            {"date": "2026-06-01", "product": HOSTILE + " 品", "spec": "<br>", "amount": 90000},
            {"date": "2026-11-02", "product": HOSTILE + " 品", "amount": 10},
        ],
        "complaints": [
            {"received": "2026-11-01", "category": "<h1>质量", "description": HOSTILE + " 投诉"}
        ],
        "licences": [{"kind": "gsp", "number": HOSTILE + " 证", "expires": "2026-12-01"}],
    }
    path = tmp_path / "hostile.json"
    path.write_text(
        json.dumps({"format": "crm-desktop", "version": 1, "customers": [customer]}),
        encoding="utf-8",
    )
    summary = apply_draft(build_draft(path), core.engine)
    assert summary.customers == 1 and not summary.problems, summary.problems
    return core.customers.find(HOSTILE)


@pytest.mark.parametrize(
    "kind", ["profile", "statement", "arrears", "warnings", "abc", "reminders"]
)
def test_every_report_prints_typed_markup_literally(
    core: Any, hostile_customer: int, kind: str
) -> None:
    if kind == "profile":
        report = core.reports.profile([hostile_customer], TODAY)
    elif kind == "statement":
        report = core.reports.statement(hostile_customer, date(2026, 11, 1), TODAY)
    else:
        report = core.reports.office(kind, TODAY)
    # Unescaped, `<b>x</b>` would be a tag and the text would read "x & ".
    assert HOSTILE in rendered(report.html()), kind


def test_the_profile_escapes_every_field(core: Any, hostile_customer: int) -> None:
    text = rendered(core.reports.profile([hostile_customer], TODAY).html())
    for typed in [
        "<i>C1</i>",
        HOSTILE + " 区",
        HOSTILE + " 联系人",
        "<td>经理",
        HOSTILE + " 拜访",
        HOSTILE + " 投诉",
        "<h1>质量",
        HOSTILE + " 证",
    ]:
        assert typed in text, typed

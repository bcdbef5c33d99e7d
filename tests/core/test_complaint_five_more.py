"""Seed 000's five "more"s for a complaint (耐心多一点、态度好一点、动作快一点、补偿多一点、
层次高一点): the ones a file can hold are the escalation level (层次), the compensation
(补偿, yuan) and the days to answer (动作快), each in the form, the statistics, the printed
profile and the JSON."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crm_desktop.core.analytics import complaints as complaint_views
from crm_desktop.core.analytics import drill
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.reports import builders
from crm_desktop.core.services.dto import ComplaintInput, CustomerInput

TODAY = date(2026, 11, 25)
NOV = Filters("2026-11", "2026-11")
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def con(core: Any) -> Iterator[sqlite3.Connection]:
    raw = sqlite3.connect(str(core.engine.url.database))
    yield raw
    raw.close()


def complaint(core: Any, cid: int, days: int | None, level: str | None, given: str | None) -> None:
    received = date(2026, 11, 2)
    core.complaints.add(
        cid,
        ComplaintInput(
            received=received,
            category="质量",
            status="answered" if days is not None else "handling",
            answered_on=None if days is None else received + timedelta(days=days),
            escalation=level,
            compensation=None if given is None else Decimal(given),
        ),
    )


def test_days_to_answer_of_one_complaint(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    complaint(core, cid, 0, None, None)  # answered the day it came: 0 days
    complaint(core, cid, 9, "manager", "500")
    complaint(core, cid, None, "staff", None)  # still open: no days yet
    assert [c.days_to_answer for c in core.complaints.list(cid)] == [0, 9, None]
    assert [c.escalation for c in core.complaints.list(cid)] == [None, "manager", "staff"]
    assert core.complaints.list(cid)[1].compensation == Decimal("500.00")


@pytest.mark.parametrize(
    ("level", "given"),
    [("board", None), (None, "-0.01"), (None, "NaN"), (None, "1000000000000")],
)
def test_a_bad_level_or_sum_is_refused(core: Any, level: str | None, given: str | None) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    with pytest.raises(ValidationErrors):
        complaint(core, cid, 1, level, given)
    assert core.complaints.list(cid) == []


def test_the_statistics_by_escalation_level_with_days_and_compensation(
    core: Any, con: sqlite3.Connection
) -> None:
    a = core.customers.create(CustomerInput(name="甲"))
    b = core.customers.create(CustomerInput(name="乙"))
    complaint(core, a, 2, "staff", None)
    complaint(core, a, 4, "staff", "100.10")
    complaint(core, b, 10, "leadership", "5000")
    complaint(core, b, None, None, None)
    stats = complaint_views.complaint_stats(con, NOV)
    assert [
        (r.key, r.complaints, r.answered, r.average_days, r.compensation)
        for r in stats.by_escalation
    ] == [
        ("staff", 2, 2, Decimal("3.0"), Decimal("100.10")),
        ("leadership", 1, 1, Decimal("10.0"), Decimal("5000.00")),
        (None, 1, 0, None, Decimal("0.00")),
    ]
    assert stats.compensation == Decimal("5100.10")
    assert stats.average_days == Decimal("5.3")  # (2 + 4 + 10) / 3
    assert [r.compensation for r in stats.by_category] == [Decimal("5100.10")]
    assert drill.customers_for(con, "complaint_escalation", "leadership", NOV) == [b]
    from crm_desktop.core.services.customer_marks import CustomerMarks

    view = core.analytics.view("complaint_escalation", NOV, TODAY, CustomerMarks())
    assert view.columns == ("key", "label", "complaints", "days_to_answer", "compensation")


def test_the_profile_prints_the_level_the_sum_and_the_days(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    complaint(core, cid, 3, "supervisor", "88")
    complaint(core, cid, None, "leadership", "1200")
    html = builders.profile(core, [cid], TODAY).html()
    assert "公司领导" in html and "1,200.00" in html  # the open one, in its table
    assert "全部投诉 2 起，已答复 1 起，平均 3.0 天答复，补偿合计 1,288.00 元" in html


def test_level_and_compensation_round_trip_through_json(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.facade import open_core

    cid = core.customers.create(CustomerInput(name="甲"))
    complaint(core, cid, 3, "supervisor", "88.5")
    complaint(core, cid, None, None, None)
    export_file(core.engine, tmp_path / "out.json", TODAY)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    first, second = document["customers"][0]["complaints"]
    assert (first["escalation"], first["compensation"]) == ("supervisor", 88.5)
    assert "escalation" not in second and "compensation" not in second
    jsonschema.validate(
        document, json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))
    )
    shutil.copy(template_db, tmp_path / "empty.sqlite3")
    other = open_core(str(tmp_path / "empty.sqlite3"))
    try:
        assert not apply_draft(build_draft(tmp_path / "out.json"), other.engine).problems
        export_file(other.engine, tmp_path / "again.json", TODAY)
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        assert again["customers"][0]["complaints"] == [first, second]
        first["compensation"] = -5
        (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
        problems = apply_draft(build_draft(tmp_path / "bad.json"), other.engine).problems
        assert [p.message for p in problems] == ["compensation -5 is negative; skipped"]
    finally:
        other.engine.dispose()

"""Seed 003's warnings beyond the contract's six (六、客户的预警管理): this month against the same
month last year (同期进货量), an order overdue by the customer's own rhythm (进货频率), and a major
event staff reported (客户重大变故预警), each at its boundaries."""

from __future__ import annotations

import json
import random
import statistics
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crm_desktop.core.errors import NotFound, ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.reports.warning_texts import warning_sentence
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.services.dto import CustomerInput, NoteInput, SaleInput
from crm_desktop.core.services.warnings import WarningService

TODAY = date(2026, 11, 25)  # day 25 of 30: 5/6 of the month has passed
DATA = Path(__file__).resolve().parents[1] / "data"
SPEC_SCHEMA = Path("/work/shared/spec/interchange.schema.json")


def customer(core: Any, name: str = "华东医药") -> int:
    return core.customers.create(CustomerInput(name=name))


def warned(
    core: Any, cid: int, kind: str, thresholds: Thresholds | None = None, today: date = TODAY
) -> list[dict[str, str]]:
    """The numbers of each `kind` warning of the customer, as the whole office computes them;
    a computation of this customer alone must agree."""
    from crm_desktop.core.rules.summary import DETAIL_KEYS

    with core.engine.connect() as con:
        whole = computed_fields(con, today, None, thresholds)[cid]
        alone = computed_fields(con, today, [cid], thresholds)[cid]
    assert (whole.kinds, whole.details) == (alone.kinds, alone.details)
    return [
        dict(zip(DETAIL_KEYS[k], d, strict=True))
        for k, d in zip(whole.kinds, whole.details, strict=True)
        if k == kind
    ]


def sale(core: Any, cid: int, day: date, amount: str) -> None:
    core.sales.add(cid, SaleInput(date=day, amount=Decimal(amount)))


# -- this month against the same month last year ------------------------------------------------


@pytest.mark.parametrize(("mtd", "warns"), [("7500.00", False), ("7499.99", True), ("0", True)])
def test_below_the_same_month_last_year_pro_rata(core: Any, mtd: str, warns: bool) -> None:
    # 10,000 in November 2025; on the 25th of 30 days: 10,000 × 25/30 × 0.9 = 7,500.
    cid = customer(core)
    sale(core, cid, date(2025, 11, 28), "10000")  # late in the month: the whole month counts
    if mtd != "0":
        sale(core, cid, TODAY, mtd)  # today's sales count
    found = warned(core, cid, "sales_below_last_year")
    assert bool(found) is warns
    if warns:
        assert found[0] == {
            "done": f"{Decimal(mtd):,.2f}",
            "target": "7,500.00",
            "share": "83",
            "before": "10,000.00",
            "month": "2025-11",
            "tolerance": "90",
        }


def test_the_year_tolerance_is_a_setting(core: Any) -> None:
    cid = customer(core)
    sale(core, cid, date(2025, 11, 3), "12000")
    sale(core, cid, date(2026, 11, 2), "9500")  # ≥ 9,000 (× 0.9), < 10,000 (× 1.0)
    assert not warned(core, cid, "sales_below_last_year")
    strict = Thresholds(year_tolerance=Decimal("1"))
    assert [d["target"] for d in warned(core, cid, "sales_below_last_year", strict)] == [
        "10,000.00"
    ]
    core.rule_settings.set(strict)
    assert warned(core, cid, "sales_below_last_year")  # the stored setting is the one read


def test_nothing_last_year_or_only_returns_never_warns(core: Any) -> None:
    quiet, returned, other_month = customer(core, "甲"), customer(core, "乙"), customer(core, "丙")
    sale(core, returned, date(2025, 11, 5), "100")
    sale(core, returned, date(2025, 11, 6), "-100")  # returned in full: nothing bought
    sale(core, other_month, date(2025, 10, 31), "50000")
    sale(core, other_month, date(2025, 12, 1), "50000")
    for cid in (quiet, returned, other_month):
        assert not warned(core, cid, "sales_below_last_year")


def test_below_last_year_without_the_rollup_horizon_reads_the_sales(core: Any) -> None:
    # A day far past the rollup's horizon takes the sales-log path: the same rule.
    later = date(2031, 3, 10)
    cid = customer(core)
    sale(core, cid, date(2030, 3, 1), "3100")  # 3,100 × 10/31 × 0.9 = 900
    sale(core, cid, date(2031, 3, 2), "899.99")
    assert [d["target"] for d in warned(core, cid, "sales_below_last_year", today=later)] == [
        "900.00"
    ]


# -- an order overdue by the customer's own median gap ------------------------------------------


def history(core: Any, cid: int, last: date, gaps: list[int]) -> None:
    day = last
    sale(core, cid, day, "100")
    for gap in gaps:
        day -= timedelta(days=gap)
        sale(core, cid, day, "100")


@pytest.mark.parametrize(("since", "warns"), [(20, False), (21, True), (60, True), (61, False)])
def test_order_overdue_after_the_median_gap_until_churn(core: Any, since: int, warns: bool) -> None:
    # Gaps 20, 15, 30: median 20, churn after max(60, 2 × 20) = 60 days.
    cid = customer(core)
    history(core, cid, TODAY - timedelta(days=since), [20, 15, 30])
    found = warned(core, cid, "order_overdue")
    assert bool(found) is warns
    if found:
        assert found[0] == {
            "days": str(since),
            "last": (TODAY - timedelta(days=since)).isoformat(),
            "usual": "20",
            "orders": "4",
        }


@pytest.mark.parametrize(("since", "kind"), [(60, "order_overdue"), (61, "churn")])
def test_churn_takes_over_at_its_line(core: Any, since: int, kind: str) -> None:
    cid = customer(core)
    history(core, cid, TODAY - timedelta(days=since), [10, 10, 10])  # median 10, churn at 60
    with core.engine.connect() as con:
        kinds = computed_fields(con, TODAY)[cid].kinds
    assert [k for k in kinds if k in ("churn", "order_overdue")] == [kind]


def test_order_overdue_needs_three_order_days_and_counts_a_day_once(core: Any) -> None:
    two, three = customer(core, "甲"), customer(core, "乙")
    history(core, two, TODAY - timedelta(days=30), [5])
    sale(core, two, TODAY - timedelta(days=30), "100")  # a second line the same day: still 2
    history(core, three, TODAY - timedelta(days=30), [5, 5])
    assert not warned(core, two, "order_overdue")
    assert [d["orders"] for d in warned(core, three, "order_overdue")] == ["3"]
    four = Thresholds(frequency_min_orders=4)
    assert not warned(core, three, "order_overdue", four)


def test_a_half_day_median_and_a_sale_after_today(core: Any) -> None:
    cid = customer(core)
    history(core, cid, TODAY - timedelta(days=11), [10, 11, 20, 5])  # median (10 + 11) / 2
    sale(core, cid, TODAY + timedelta(days=3), "100")  # not an order yet
    assert [d["usual"] for d in warned(core, cid, "order_overdue")] == ["10.5"]


def frequency_rule(days: list[date], today: date, t: Thresholds) -> tuple[str, ...] | None:
    """order_overdue written plainly: the order days up to today, their median gap, churn
    first."""
    distinct = sorted({d for d in days if d <= today})
    if len(distinct) < t.frequency_min_orders:
        return None
    gaps = [(b - a).days for a, b in zip(distinct, distinct[1:], strict=False)]
    median = statistics.median(gaps)
    since = (today - distinct[-1]).days
    limit = max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(median)))
    if since > limit or since <= median:
        return None
    usual = str(int(median)) if median == int(median) else str(median)
    return (str(since), distinct[-1].isoformat(), usual, str(len(distinct)))


def test_order_overdue_matches_the_plain_rule(core: Any) -> None:
    rng = random.Random(17)
    histories = []
    for _ in range(80):
        last = TODAY - timedelta(days=rng.randrange(0, 120))
        days = [last - timedelta(days=rng.randrange(0, 200)) for _ in range(rng.randrange(0, 7))]
        histories.append(
            [last, *days] + ([TODAY + timedelta(days=2)] if rng.random() < 0.1 else [])
        )
    ids = [customer(core, f"客户{i}") for i in range(len(histories))]
    with core.engine.begin() as con:
        con.connection.dbapi_connection.executemany(  # type: ignore[union-attr]
            "INSERT INTO sale (customer_id, date, amount, paid) VALUES (?, ?, 100, 100)",
            [(cid, d.isoformat()) for cid, days in zip(ids, histories, strict=True) for d in days],
        )
    t = Thresholds()
    with core.engine.connect() as con:
        got = computed_fields(con, TODAY)
    for cid, days in zip(ids, histories, strict=True):
        found = [
            d for k, d in zip(got[cid].kinds, got[cid].details, strict=True) if k == "order_overdue"
        ]
        assert (found[0] if found else None) == frequency_rule(days, TODAY, t), days


# -- a major event, until someone clears it -----------------------------------------------------


def event(core: Any, cid: int, day: date, what: str | None = "theft", summary: str = "") -> int:
    return int(
        core.notes.add(cid, NoteInput(date=day, kind="event", event=what, summary=summary or None))
    )


def test_a_major_event_warns_until_it_is_cleared(core: Any) -> None:
    cid = customer(core)
    note = event(core, cid, TODAY - timedelta(days=3), "theft", "仓库夜间被盗，损失约二十万元")
    core.notes.add(cid, NoteInput(date=TODAY - timedelta(days=1), kind="visit"))  # no clearing
    assert warned(core, cid, "major_event") == [
        {
            "event": "theft",
            "noted": "2026-11-22",
            "days": "3",
            "summary": "仓库夜间被盗，损失约二十万元",
            "note": str(note),
        }
    ]
    changes = core.notes.clear_event(note, TODAY)
    assert changes.customer_ids == frozenset({cid}) and changes.affects("notes")
    assert not warned(core, cid, "major_event")
    cleared = [n for n in core.notes.list(cid) if n.id == note][0]
    assert cleared.cleared_on == TODAY and cleared.summary  # the note stays


def test_what_is_not_a_major_event_never_warns(core: Any) -> None:
    cid = customer(core)
    for kind in ("visit", "call", "meeting", "message", "other"):
        core.notes.add(cid, NoteInput(date=TODAY, kind=kind, event="theft", summary="x"))
    event(core, cid, TODAY + timedelta(days=1))  # reported for a day not yet come
    assert not warned(core, cid, "major_event")
    assert {n.event for n in core.notes.list(cid) if n.kind != "event"} == {None}


def test_a_major_event_without_its_kind_is_other_and_a_bad_one_is_refused(core: Any) -> None:
    cid = customer(core)
    event(core, cid, TODAY, None)
    assert [d["event"] for d in warned(core, cid, "major_event")] == ["other"]
    with pytest.raises(ValidationErrors):
        event(core, cid, TODAY, "flood of the century")
    visit = int(core.notes.add(cid, NoteInput(date=TODAY, kind="visit")))
    with pytest.raises(NotFound):
        core.notes.clear_event(visit, TODAY)  # only a major event is cleared


def test_the_warning_quotes_a_long_summary_on_one_line(core: Any) -> None:
    cid = customer(core)
    event(core, cid, TODAY, "illness", "法人代表\n突发重病住院" + "。" * 80)
    quoted = warned(core, cid, "major_event")[0]["summary"]
    assert len(quoted) == 60 and quoted.endswith("…") and "\n" not in quoted


def test_the_warnings_word_the_new_kinds_in_both_languages(core: Any) -> None:
    cid = customer(core)
    history(core, cid, TODAY - timedelta(days=25), [20, 20, 20])
    sale(core, cid, date(2025, 11, 10), "9000")
    event(core, cid, TODAY - timedelta(days=2), "family_split", "兄弟分家")
    rows = {r.kind: r for r in WarningService(core.engine).list(TODAY)}
    assert {"order_overdue", "sales_below_last_year", "major_event"} <= set(rows)
    assert rows["order_overdue"].tab == "sales" and rows["major_event"].tab == "notes"
    assert rows["major_event"].message == (
        "major event (family split) reported 2026-11-23: 兄弟分家 (2 days ago, until cleared)"
    )
    assert warning_sentence("major_event", rows["major_event"].details, "zh_CN") == (
        "2026-11-23 报告重大变故（分家）：兄弟分家（2 天前）— 直至有人解除"
    )
    assert warning_sentence("order_overdue", rows["order_overdue"].details, "zh_CN") == (
        "自 2026-10-31 起已 25 天未进货：通常每 20 天进货一次（5 次进货的间隔中位数）"
    )
    assert rows["sales_below_last_year"].message == (
        "month-to-date sales 0.00 yuan are below 6,750.00 yuan (83% of the 9,000.00 yuan of"
        " 2025-11, with 90% tolerance)"
    )


# -- the interchange ----------------------------------------------------------------------------


def test_a_major_event_round_trips_through_json_within_the_contract(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    import shutil

    from crm_desktop.core.facade import open_core

    cid = customer(core)
    open_note = event(core, cid, date(2026, 11, 20), "accident", "送货车辆发生车祸")
    done = event(core, cid, date(2026, 10, 1), "illness")
    core.notes.clear_event(done, date(2026, 10, 9))
    core.notes.add(cid, NoteInput(date=date(2026, 11, 21), kind="call", summary="回访"))
    export_file(core.engine, tmp_path / "out.json", TODAY)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    notes = document["customers"][0]["notes_log"]
    assert notes == [
        {"date": "2026-11-20", "kind": "other", "summary": "送货车辆发生车祸", "event": "accident"},
        {"date": "2026-10-01", "kind": "other", "event": "illness", "cleared_on": "2026-10-09"},
        {"date": "2026-11-21", "kind": "call", "summary": "回访"},
    ]
    jsonschema.validate(
        document, json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))
    )
    if SPEC_SCHEMA.exists():  # the contract's own schema: its five note kinds hold
        jsonschema.validate(document, json.loads(SPEC_SCHEMA.read_text(encoding="utf-8")))
    assert open_note
    shutil.copy(template_db, tmp_path / "empty.sqlite3")
    other = open_core(str(tmp_path / "empty.sqlite3"))
    try:
        summary = apply_draft(build_draft(tmp_path / "out.json"), other.engine)
        assert not summary.problems
        export_file(other.engine, tmp_path / "again.json", TODAY)
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        assert again["customers"][0]["notes_log"] == notes
        assert [w["kind"] for w in again["customers"][0]["warnings"]] == ["major_event"]
        summary = apply_draft(build_draft(tmp_path / "out.json"), other.engine)
        assert "notes" not in str(summary.problems)
        export_file(other.engine, tmp_path / "third.json", TODAY)
        third = json.loads((tmp_path / "third.json").read_text(encoding="utf-8"))
        assert third["customers"][0]["notes_log"] == notes  # the same file twice: no new notes
    finally:
        other.engine.dispose()

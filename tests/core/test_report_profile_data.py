"""The batch reader behind profile reports answers what the per-customer services answer."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.reports import profile_data
from crm_desktop.core.reports.charts import BarChart, Series, nice_ticks, tick_label
from crm_desktop.core.services.standing import StandingInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


def _ids(core: Any) -> list[int]:
    with core.engine.connect() as con:
        return [cid for (cid,) in con.exec_driver_sql("SELECT id FROM customer ORDER BY id")]


def test_profile_data_equals_the_services(
    demo_core: Any, fixed_today: date, monkeypatch: Any
) -> None:
    core = demo_core
    ids = _ids(core)
    # What the demo leaves out: receipts not tied to a sale, a lifecycle set by hand, a
    # wallet estimate and a full evaluation card.
    with core.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO payment(customer_id, date, amount) VALUES (?, '2026-10-03', 150000),"
            " (?, '2026-11-01', 2500), (?, '2025-01-15', 99)",
            (ids[0], ids[0], ids[1]),
        )
    core.standing.set(
        ids[2],
        StandingInput(
            lifecycle="loyal",
            wallet_estimate=Decimal("500000"),
            capability=4,
            reputation=5,
            relations=3,
            cooperation=4,
        ),
    )
    monkeypatch.setattr(profile_data, "CHUNK", 7)  # several chunks, the last one short
    wanted = [*ids, 999999]  # an unknown id is left out
    found = list(profile_data.profiles(core.engine, wanted, fixed_today))
    snapshot = core.warnings.snapshot(fixed_today)
    marks = snapshot.marks()
    snapshot.close()
    assert any(p.this_month[1:] for p in found)  # some demo customers have product plans
    assert [p.customer.id for p in found] == ids
    for data in found:
        cid = data.customer.id
        detail = core.customers.get(cid)
        assert (data.customer.name, data.customer.code, data.owner, data.tags) == (
            detail.name,
            detail.code,
            detail.owner,
            detail.tags,
        )
        assert data.credit == core.credit.get(cid, fixed_today)
        standing = core.standing.get(cid, fixed_today)
        assert (
            data.lifecycle_shown,
            data.relationship,
            data.evaluation_total,
            data.computed.abc_class,
        ) == (
            standing.lifecycle_shown,
            standing.relationship,
            standing.evaluation_total,
            standing.abc_class,
        )
        assert data.months == core.sales.monthly(cid, fixed_today, 12)
        fields = (
            "name",
            "title",
            "role",
            "mobile",
            "phone",
            "birthday_year",
            "birthday_month",
            "birthday_day",
            "birthday_lunar",
        )
        assert [tuple(getattr(x, f) for f in fields) for x in data.contacts] == [
            tuple(getattr(x, f) for f in fields) for x in core.contacts.list(cid)
        ]
        assert [(x.kind, x.number, x.expires) for x in data.licences] == [
            (x.kind, x.number, x.expires) for x in core.licences.list(cid)
        ]
        assert [(n.date, n.kind, n.summary, n.next_follow_up) for n in data.notes] == [
            (n.date, n.kind, n.summary, n.next_follow_up) for n in core.notes.list(cid)[-5:][::-1]
        ]
        assert [
            (x.received, x.category, x.status, x.description) for x in data.open_complaints
        ] == [
            (x.received, x.category, x.status, x.description)
            for x in core.complaints.list(cid)
            if x.status not in ("answered", "closed")
        ]
        # The plans as the plan panel reads them: the whole month's plan, else the sum of its
        # product plans; this month's lines, behind as the panel (and the warning) says.
        panel = core.plans.months(cid, fixed_today)
        assert data.plans == {m.month: m.plan for m in panel if m.product is None and m.plan}
        assert data.plans_summed == {m.month for m in panel if m.summed_from_products}
        this = [m for m in panel if m.month == "2026-11" and m.plan is not None]
        assert [(x.product, x.plan, x.actual, x.expected, x.behind) for x in data.this_month] == [
            (m.product, m.plan, m.actual, m.expected_to_date, m.behind) for m in this
        ]
        assert data.key_account is bool(marks.key_account(cid))
    assert found[0].credit.receivable == core.credit.get(ids[0], fixed_today).receivable
    assert found[2].lifecycle_shown == "loyal" and found[2].evaluation_total == 16


def test_chart_axis_ticks_are_round_and_cover_the_values() -> None:
    assert [tick_label(t) for t in nice_ticks(Decimal(0), Decimal("21.28"))] == [
        "0",
        "5",
        "10",
        "15",
        "20",
        "25",
    ]
    assert [tick_label(t) for t in nice_ticks(Decimal("-3.2"), Decimal("8.5"))] == [
        "-5",
        "0",
        "5",
        "10",
    ]
    assert [tick_label(t) for t in nice_ticks(Decimal(0), Decimal(0))] == [
        "0",
        "0.2",
        "0.4",
        "0.6",
        "0.8",
        "1",
    ]
    chart = BarChart(
        "t",
        ("a", "b"),
        (Series("s", "#000000", (Decimal(120000), Decimal(-5000))),),
        divisor=Decimal(10000),
    )
    ticks = chart.axis()
    assert ticks[0] <= Decimal("-0.5") and ticks[-1] >= 12 and len(ticks) <= 6
    assert astuple(chart)[0] == "t"

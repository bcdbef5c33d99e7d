"""The office views (analytics/views.py and the modules behind it) against hand-computed
figures, the rollup's fast path against its fallback, the ABC rule in SQL against
rules/abc_class, and the maintained tables against a GROUP BY over the sales after every kind
of write."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from raw_db import raw_connection  # tests/raw_db.py

from crm_desktop.core.analytics import (
    abc_pareto,
    drill,
    persistency,
    plan,
    profitability,
    store,
    views,
)
from crm_desktop.core.analytics import complaints as complaint_views
from crm_desktop.core.analytics import prospecting as prospect_views
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import span
from crm_desktop.core.rules import abc_class, stages
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.services.customer_marks import CustomerMarks
from crm_desktop.core.services.dto import ComplaintInput, CustomerInput, SaleInput
from crm_desktop.core.services.standing import StandingInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


D = Decimal
TODAY = date(2026, 11, 25)
NOV = Filters("2026-10", "2026-11")  # the period most tests look at
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def con(core: Any) -> Iterator[sqlite3.Connection]:
    with raw_connection(core) as connection:
        store.ensure_horizon(connection, TODAY)
        yield connection


def sale(
    core: Any,
    cid: int,
    day: str,
    amount: str,
    cost: str | None,
    product_name: str | None = None,
    spec: str | None = None,
    quantity: str | None = None,
) -> int:
    return core.sales.add(
        cid,
        SaleInput(
            date=date.fromisoformat(day),
            amount=D(amount),  # type: ignore[no-any-return]
            cost=None if cost is None else D(cost),
            product=product_name,
            spec=spec,
            quantity=None if quantity is None else D(quantity),
        ),
    )


def office(core: Any) -> dict[str, int]:
    """Six customers whose figures the tests work out by hand (today 2026-11-25, ABC window
    2025-11 … 2026-10)."""
    new = core.customers.create
    ids = {
        "a": new(
            CustomerInput(
                name="北京医药", channel="wholesale", region="华北", owner="王五", category="key"
            )
        ),
        "b": new(CustomerInput(name="上海药房", channel="retail", region="华东", owner="李四")),
        "c": new(CustomerInput(name="广州诊所", channel="medical", region="华南")),
        "d": new(
            CustomerInput(
                name="成都连锁",
                channel="chain",
                region="西南",
                owner="王五",
                category="vip",
                relation="both",
            )
        ),
        "e": new(
            CustomerInput(name="杭州供应商", channel="retail", region="华东", relation="upstream")
        ),
        "f": new(CustomerInput(name="西安新店", channel="retail", region="西北")),
    }
    sale(core, ids["a"], "2026-10-05", "8000", "7000", "阿莫西林", "0.25g", quantity="1000")
    sale(core, ids["a"], "2026-11-05", "2000", "1500", "布洛芬")
    sale(core, ids["a"], "2025-10-20", "1000", "800", "阿莫西林", "0.25g")
    sale(core, ids["b"], "2026-11-09", "1000", "600", "阿莫西林", "0.5g")
    sale(core, ids["b"], "2025-11-09", "500", "300")
    sale(core, ids["c"], "2025-10-01", "700", "100")
    # 2,400,000 in the window: 20 万 a month, chain table band [17, 35) = C, margin exactly 5 % → B.
    sale(core, ids["d"], "2026-03-15", "2400000", "2280000", "布洛芬")
    sale(core, ids["d"], "2026-11-20", "-100", "-90", "布洛芬")  # a return
    sale(core, ids["e"], "2026-10-10", "300", "200")
    standing = core.standing.set
    standing(ids["a"], StandingInput(lifecycle="loyal", wallet_estimate=D("100000")))
    standing(ids["b"], StandingInput(lifecycle="welcome", wallet_estimate=D("1000")))
    standing(ids["d"], StandingInput(lifecycle="decline", wallet_estimate=D("2400000")))
    standing(ids["f"], StandingInput(lifecycle="prospect"))
    core.plans.set(ids["a"], "2026-10", D("5000"))
    core.plans.set(ids["a"], "2026-11", D("4000"))
    core.plans.set(ids["b"], "2026-11", D("1000"))
    core.plans.set(
        ids["a"], "2026-11", D("999"), product="布洛芬"
    )  # a product plan: part of the 4000
    add = core.complaints.add
    add(
        ids["a"],
        ComplaintInput(
            received=date(2026, 11, 1),
            category="质量",
            status="answered",
            answered_on=date(2026, 11, 4),
        ),
    )
    add(ids["b"], ComplaintInput(received=date(2026, 11, 2), category="质量"))
    add(
        ids["d"],
        ComplaintInput(
            received=date(2026, 11, 3),
            category="物流",
            status="closed",
            answered_on=date(2026, 11, 10),
        ),
    )
    add(ids["c"], ComplaintInput(received=date(2026, 10, 15), category="价格"))
    return ids


def owner_id(con: sqlite3.Connection, name: str) -> int:
    return int(con.execute("SELECT id FROM owner WHERE name = ?", (name,)).fetchone()[0])


def product_id(con: sqlite3.Connection, name: str) -> int:
    return int(con.execute("SELECT id FROM product WHERE name = ?", (name,)).fetchone()[0])


def test_sales_by_month_against_the_same_months_last_year(
    core: Any, con: sqlite3.Connection
) -> None:
    office(core)
    result = views.sales_by_month(con, NOV)
    assert result.columns == ("key", "label", "amount", "previous_year", "margin", "margin_rate")
    assert result.rows == [
        ("2026-10", "2026-10", D("8300.00"), D("1700.00"), D("1100.00"), D("0.1325")),
        ("2026-11", "2026-11", D("2900.00"), D("500.00"), D("890.00"), D("0.3069")),
    ]
    wang = views.sales_by_month(con, Filters("2026-10", "2026-11", owner_id=owner_id(con, "王五")))
    assert wang.column("amount") == [D("8000.00"), D("1900.00")]


def test_breakdown_ranking_and_share(core: Any, con: sqlite3.Connection) -> None:
    office(core)

    def ranked(dimension: str) -> list[tuple[Any, ...]]:
        return [row[:4] for row in views.breakdown(con, NOV, dimension).rows]

    assert ranked("channel") == [
        ("wholesale", "wholesale", D("10000.00"), D("0.8929")),
        ("retail", "retail", D("1300.00"), D("0.1161")),
        ("chain", "chain", D("-100.00"), D("-0.0089")),
    ]
    assert [row[::2] for row in ranked("region")] == [
        ("华北", D("10000.00")),
        ("华东", D("1300.00")),
        ("西南", D("-100.00")),
    ]
    assert [row[::2] for row in ranked("category")] == [
        ("key", D("10000.00")),
        ("normal", D("1300.00")),
        ("vip", D("-100.00")),
    ]
    owners = ranked("owner")
    assert [row[1:3] for row in owners] == [
        ("王五", D("9900.00")),
        ("李四", D("1000.00")),
        ("—", D("300.00")),
    ]
    assert owners[2][0] == 0  # no owner


def test_profitability_by_channel_product_and_customer(core: Any, con: sqlite3.Connection) -> None:
    ids = office(core)

    def margins(dimension: str) -> dict[Any, tuple[Any, ...]]:
        return {row[0]: (row[1], *row[4:]) for row in views.breakdown(con, NOV, dimension).rows}

    assert margins("channel") == {
        "wholesale": ("wholesale", D("1500.00"), D("0.1500")),
        "retail": ("retail", D("500.00"), D("0.3846")),
        "chain": ("chain", D("-10.00"), D("0.1000")),
    }
    amoxicillin, ibuprofen = product_id(con, "阿莫西林"), product_id(con, "布洛芬")
    assert margins("product") == {
        amoxicillin: ("阿莫西林", D("1400.00"), D("0.1556")),
        ibuprofen: ("布洛芬", D("490.00"), D("0.2579")),
        0: ("—", D("100.00"), D("0.3333")),  # lines without a product
    }
    best = views.customers_by_margin(con, NOV)
    assert [(row[0], row[3]) for row in best.rows] == [
        (ids["a"], D("1500.00")),
        (ids["b"], D("400.00")),
        (ids["e"], D("100.00")),
        (ids["d"], D("-10.00")),
    ]
    # Lowest margin rate first, among customers who bought (d's return is not a sale).
    least = views.customers_by_margin(con, NOV, least=True)
    assert [(row[1], row[4]) for row in least.rows] == [
        ("北京医药", D("0.1500")),
        ("杭州供应商", D("0.3333")),
        ("上海药房", D("0.4000")),
    ]
    assert [r.key for r in profitability.customers_by_margin(con, NOV, limit=1, least=True)] == [
        ids["a"]
    ]


def test_retention_and_the_customers_behind_it(core: Any, con: sqlite3.Connection) -> None:
    ids = office(core)
    result = persistency.retention(con, NOV)
    assert result == persistency.Retention(previous=3, current=4, retained=2, churned=1, new=2)
    assert result.rate == D("0.6667")
    assert views.retention(con, NOV).rows == [
        ("retained", "retained", 2),
        ("churned", "churned", 1),
        ("new", "new", 2),
    ]
    for key, who in (("retained", "ab"), ("churned", "c"), ("new", "de"), ("previous", "abc")):
        assert drill.customers_for(con, "retention", key, NOV) == sorted(ids[w] for w in who), key


def test_the_stage_views_count_the_rules_stages(core: Any, fixed_today: date) -> None:
    """Lifecycle and relationship: the stages the rules last computed (the list's marks) under
    the filters, and a click gives the customers in that stage."""
    ids = office(core)
    marks = core.warnings.snapshot(TODAY).marks()

    def counts(view: str, f: Filters = NOV) -> list[tuple[Any, int, Any]]:
        return [(row[0], row[2], row[3]) for row in core.analytics.view(view, f, TODAY, marks).rows]

    def behind(view: str, stage: str) -> list[int]:
        return sorted(core.analytics.drill(view, stage, NOV, TODAY, marks))

    # a, b, d, f as entered; c has not bought for over a year (lost), e is new (welcome).
    assert counts("lifecycle") == [
        ("prospect", 1, D("0.1667")),
        ("welcome", 2, D("0.3333")),
        ("loyal", 1, D("0.1667")),
        ("decline", 1, D("0.1667")),
        ("lost", 1, D("0.1667")),
    ]
    assert behind("lifecycle", "welcome") == sorted([ids["b"], ids["e"]])
    # a: 8,000 of 100,000 = 8 % initial; b: 500 of 1,000 = 50 % stable; d: 100 % strategic.
    assert counts("relationship") == [
        ("initial", 1, D("0.1667")),
        ("stable", 1, D("0.1667")),
        ("strategic", 1, D("0.1667")),
        ("—", 3, D("0.5000")),
    ]
    assert behind("relationship", "strategic") == [ids["d"]]
    assert behind("relationship", "—") == sorted([ids["c"], ids["e"], ids["f"]])
    assert counts("lifecycle", replace(NOV, region="西南")) == [("decline", 1, D("1.0000"))]


def test_prospecting_new_customers_per_month(core: Any, con: sqlite3.Connection) -> None:
    office(core)
    result = prospect_views.prospecting(con, NOV)
    assert [(m.month, m.customers) for m in result.new_per_month] == [
        ("2026-10", 1),
        ("2026-11", 0),
    ]
    assert (result.converted, result.prospects, result.rate) == (1, 2, D("0.5000"))  # e of e and f
    wide = prospect_views.prospecting(con, Filters("2025-10", "2026-11"))
    assert {m.month: m.customers for m in wide.new_per_month if m.customers} == {
        "2025-10": 2,
        "2025-11": 1,
        "2026-03": 1,
        "2026-10": 1,
    }
    assert (wide.converted, wide.prospects) == (5, 6)


def test_product_and_spec_and_the_customers_of_a_product(
    core: Any, con: sqlite3.Connection
) -> None:
    ids = office(core)
    amoxicillin, ibuprofen = product_id(con, "阿莫西林"), product_id(con, "布洛芬")
    products = views.breakdown(con, NOV, "product")
    assert [(row[0], row[2], row[3]) for row in products.rows] == [
        (amoxicillin, D("9000.00"), D("0.8036")),
        (ibuprofen, D("1900.00"), D("0.1696")),
        (0, D("300.00"), D("0.0268")),
    ]
    specs = views.product_specs(con, NOV)
    assert [(row[1], row[2], row[5]) for row in specs.rows] == [
        ("阿莫西林 0.25g", D("8000.00"), D("1000")),
        ("布洛芬", D("1900.00"), D("0")),
        ("阿莫西林 0.5g", D("1000.00"), D("0")),
        ("—", D("300.00"), D("0")),
    ]
    assert drill.customers_for(con, "product", amoxicillin, NOV) == sorted([ids["a"], ids["b"]])
    assert drill.customers_for(con, "spec", specs.rows[2][0], NOV) == [ids["b"]]
    assert drill.customers_for(con, "product", 0, NOV) == [ids["e"]]
    assert drill.customers_for(con, "spec", specs.rows[3][0], NOV) == [ids["e"]]


def test_abc_distribution_follows_the_rule_and_its_window(
    core: Any, con: sqlite3.Connection
) -> None:
    ids = office(core)
    result = abc_pareto.abc_distribution(con, NOV, TODAY)
    assert (result.first_month, result.last_month) == ("2025-11", "2026-10")
    # d: B (upgraded at exactly 5 %); a (8,000) and b (500): C; c and f: nothing in the window;
    # e is a supplier (upstream): not classified.
    assert [
        (r.klass, r.customers, r.amount, r.customer_share, r.amount_share) for r in result.classes
    ] == [
        ("B", 1, D("2400000.00"), D("0.2000"), D("0.9965")),
        ("C", 2, D("8500.00"), D("0.4000"), D("0.0035")),
        (None, 2, D("0.00"), D("0.4000"), None),
    ]
    assert drill.customers_for(con, "abc", "B", NOV, TODAY) == [ids["d"]]
    assert drill.customers_for(con, "abc", None, NOV, TODAY) == sorted([ids["c"], ids["f"]])
    with core.engine.connect() as sa:
        from crm_desktop.core.rules.summary import computed_fields

        rules = computed_fields(sa, TODAY)
    assert {cid: rules[cid].abc_class for cid in ids.values()} == {
        ids["a"]: "C",
        ids["b"]: "C",
        ids["c"]: None,
        ids["d"]: "B",
        ids["e"]: None,
        ids["f"]: None,
    }


def test_pareto_curve_and_key_accounts(core: Any, con: sqlite3.Connection) -> None:
    ids = office(core)
    result = abc_pareto.pareto(con, NOV)
    # Sales > 0 in the period: a 10,000, b 1,000, e 300 (d only returned goods).
    assert (result.customers, result.amount, result.key_accounts, result.key_amount) == (
        3,
        D("11300.00"),
        1,
        D("10000.00"),
    )
    assert [(p.customers, p.customer_share, p.amount_share) for p in result.points] == [
        (0, D(0), D(0)),
        (1, D("0.3333"), D("0.8850")),
        (2, D("0.6667"), D("0.9735")),
        (3, D("1.0000"), D("1.0000")),
    ]
    assert core.analytics.drill("pareto", 0, NOV, TODAY, CustomerMarks()) == [ids["a"]]
    totals = {ids["a"]: 1000000, ids["b"]: 100000, ids["e"]: 30000}
    assert stages.key_accounts(totals) == {ids["a"]}


def test_complaints_by_category_status_and_days_to_answer(
    core: Any, con: sqlite3.Connection
) -> None:
    ids = office(core)
    result = complaint_views.complaint_stats(con, Filters("2026-11", "2026-11"))
    assert [(r.key, r.complaints, r.answered, r.average_days) for r in result.by_category] == [
        ("质量", 2, 1, D("3.0")),
        ("物流", 1, 1, D("7.0")),
    ]
    assert [(r.key, r.complaints, r.average_days) for r in result.by_status] == [
        ("received", 1, None),
        ("answered", 1, D("3.0")),
        ("closed", 1, D("7.0")),
    ]
    assert (result.complaints, result.answered, result.average_days) == (3, 2, D("5.0"))
    assert drill.customers_for(
        con, "complaint_category", "质量", Filters("2026-11", "2026-11")
    ) == sorted([ids["a"], ids["b"]])


def test_plan_against_actual(core: Any, con: sqlite3.Connection) -> None:
    ids = office(core)
    result = plan.plan_vs_actual(con, NOV)
    assert [(m.month, m.plan, m.actual, m.completion) for m in result.months] == [
        ("2026-10", D("5000.00"), D("8300.00"), D("1.6600")),
        ("2026-11", D("5000.00"), D("2900.00"), D("0.5800")),
    ]
    assert (result.plan, result.actual, result.completion) == (
        D("10000.00"),
        D("11200.00"),
        D("1.1200"),
    )
    assert drill.customers_for(con, "plan", "2026-11", NOV) == sorted(
        [ids["a"], ids["b"], ids["d"]]
    )


def test_product_plans_count_in_the_office_plan_only_without_a_monthly_plan(
    core: Any, con: sqlite3.Connection
) -> None:
    ids = office(core)
    core.plans.set(
        ids["c"], "2026-11", D("300"), product="阿莫西林"
    )  # c has no monthly plan: 300 is its plan
    core.plans.set(ids["c"], "2026-11", D("200"), product="布洛芬")
    november = plan.plan_vs_actual(con, NOV).months[-1]
    assert (november.month, november.plan) == (
        "2026-11",
        D("5500.00"),
    )  # 4000 + 1000 + 500, a's 999 inside its 4000
    assert plan.plan_vs_actual(con, replace(NOV, region="华南")).months[-1].plan == D("500.00")
    assert ids["c"] in drill.customers_for(con, "plan", "2026-11", NOV)


def test_the_customers_behind_each_bar(core: Any, con: sqlite3.Connection) -> None:
    ids = office(core)

    def who(view: str, key: Any, f: Filters = NOV) -> list[int]:
        return drill.customers_for(con, view, key, f, TODAY)

    assert who("month", "2026-10") == sorted([ids["a"], ids["e"]])
    assert who("channel", "retail") == sorted([ids["b"], ids["e"]])
    assert who("region", "华东") == sorted([ids["b"], ids["e"]])
    assert who("owner", 0) == [ids["e"]]
    assert who("category", "vip") == [ids["d"]]
    assert who("product", product_id(con, "阿莫西林")) == sorted([ids["a"], ids["b"]])
    assert who("spec", (product_id(con, "阿莫西林"), "0.25g")) == [ids["a"]]
    assert who("new", "2026-10") == [ids["e"]]
    # The bar's customers follow the other filters too.
    assert who(
        "channel",
        "retail",
        Filters("2026-10", "2026-11", region="华东", owner_id=owner_id(con, "李四")),
    ) == [ids["b"]]
    with pytest.raises(ValueError):
        who("nonsense", 1)


def test_the_rollup_and_its_fallback_agree(core: Any, con: sqlite3.Connection) -> None:
    """Inside the horizon the customer views read the rollup; outside, customer_month."""
    office(core)
    periods = [
        NOV,
        Filters("2025-10", "2026-11"),
        Filters("2026-11", "2026-11", channel="retail"),
        Filters("2025-01", "2026-10", owner_id=owner_id(con, "王五")),
    ]

    def everything() -> list[Any]:
        out: list[Any] = []
        for f in periods:
            out += [
                profitability.customers_by_margin(con, f),
                profitability.customers_by_margin(con, f, least=True),
                persistency.retention(con, f),
                abc_pareto.pareto(con, f),
                abc_pareto.abc_distribution(con, f, TODAY),
                drill.customers_for(con, "retention", "churned", f),
                abc_pareto.key_account_ids(con, f),
            ]
        return out

    assert span(con, "2025-10", "2026-11").in_horizon
    fast = everything()
    store.ensure_horizon(con, date(2035, 1, 1))  # every period above is now before the horizon
    assert not span(con, "2025-10", "2026-11").in_horizon
    assert everything() == fast
    assert store.differences(con) == []


def test_moving_the_horizon_keeps_the_rollup_exact(core: Any, con: sqlite3.Connection) -> None:
    """Forward by a few months the columns shift; a line dated after the old horizon, a step
    back or a jump past the whole horizon are summed again."""
    ids = office(core)
    sale(core, ids["b"], "2027-01-15", "50", "40")  # dated after this month: outside the horizon
    for day in (date(2026, 12, 1), date(2027, 4, 30), date(2026, 11, 25), date(2031, 1, 1), TODAY):
        assert store.ensure_horizon(con, day)
        assert not store.ensure_horizon(con, day)
        assert store.differences(con) == [], day
    retention = persistency.retention(con, NOV)
    assert (retention.retained, retention.churned, retention.new) == (2, 1, 2)


def test_the_abc_rule_in_sql_is_the_rule() -> None:
    """class_sql, classify_fen and classifier against abc_class.classify at, just below and
    just above every threshold, and at random totals, for the default and for unusual
    thresholds."""
    custom = Thresholds(
        retail=[(D("12.345"), "AAA", None), (D("7"), "AA", D("0.0333")), (D("1"), "B", D("0.125"))],
        wholesale=[(D("99.99"), "AA", D("0.07")), (D("0.01"), "B+", None)],
    )
    rng = random.Random(6)
    db = sqlite3.connect(":memory:")
    for t in (Thresholds(), custom):
        cases: list[tuple[str, int, int]] = []
        for channel, table in (
            ("retail", t.retail),
            ("wholesale", t.wholesale),
            ("chain", t.wholesale),
            ("medical", t.retail),
            ("", t.retail),
        ):
            for lower, _klass, upgrade in table:
                bound = int(
                    (lower * abc_class.FEN_PER_MONTHLY_WAN).to_integral_value(
                        rounding="ROUND_CEILING"
                    )
                )
                for total in (bound - 1, bound, bound + 1):
                    margins = [D(0), D("0.9")] + (
                        [upgrade - D("0.0001"), upgrade, upgrade + D("0.0001")]
                        if upgrade is not None
                        else []
                    )
                    for m in margins:
                        cost = int((total * (1 - m)).to_integral_value(rounding="ROUND_FLOOR"))
                        cases += [(channel, total, cost), (channel, total, cost + 1)]
            cases += [
                (channel, rng.randrange(-(10**6), 10**10), rng.randrange(-(10**6), 10**10))
                for _ in range(300)
            ]
            cases += [(channel, 0, 0), (channel, -5, 3), (channel, 1, 0)]
        sql = abc_pareto.class_sql(t, "total", "cost", "channel")
        classify = abc_class.classifier(t)
        for channel, total, cost in cases:
            got = db.execute(
                f"SELECT {sql} FROM (SELECT ? AS channel, ? AS total, ? AS cost)",
                (channel, total, cost),
            ).fetchone()[0]
            want = abc_class.classify(channel or None, D(total).scaleb(-2), D(cost).scaleb(-2), t)
            assert got == want, (channel, total, cost)
            # … and the warnings run's integer form of the same rule
            assert abc_class.classify_fen(channel or None, total, cost, t) == want, (
                channel,
                total,
                cost,
            )
            assert classify(channel in abc_class.WHOLESALE_CHANNELS, total, cost) == want, (
                channel,
                total,
                cost,
            )


def test_the_tables_stay_exact_after_edits_moves_deletes_and_imports(
    core: Any, con: sqlite3.Connection, fixed_today: date
) -> None:
    from crm_desktop.core.importers.apply import apply_draft
    from crm_desktop.core.importers.history import undo_batch
    from crm_desktop.core.importers.import_draft import build_draft

    ids = office(core)
    assert store.differences(con) == []
    line = core.sales.lines(ids["a"])[0]  # the oldest: 2025-10-20, 1,000
    core.sales.update(
        line.id,
        SaleInput(
            date=date(2026, 9, 30), amount=D("1234.56"), cost=D("1"), product="布洛芬", spec="x"
        ),
    )
    assert store.differences(con) == []
    core.sales.remove(core.sales.lines(ids["c"])[0].id)  # c's only sale: c has no months left
    assert store.differences(con) == []
    assert con.execute(
        "SELECT first_month, presence FROM customer_rollup WHERE customer_id = ?", (ids["c"],)
    ).fetchone() == (None, 0)
    detail = core.customers.get(ids["b"])
    detail.region, detail.owner, detail.channel, detail.category = "西南", "王五", "chain", "vip"
    core.customers.update(ids["b"], detail)
    detail = core.customers.get(ids["a"])
    detail.relation = "upstream"
    core.customers.update(ids["a"], detail)
    core.plans.set(ids["b"], "2026-11", None)
    core.plans.set(ids["e"], "2026-12", D("777"))
    assert store.differences(con) == []
    # An import adds customers with sales; undoing it deletes them (the sales by cascade).
    summary = apply_draft(build_draft(DATA / "messy_contacts.xlsx"), core.engine)
    assert summary.line().startswith("imported customers=4 contacts=7 sales=3")
    assert store.differences(con) == []
    batch = con.execute("SELECT MAX(id) FROM import_batch").fetchone()[0]
    undo_batch(core.engine, batch)
    assert store.differences(con) == []
    # Deleting customers outright (their sales and plans go by cascade).
    con.execute("DELETE FROM customer WHERE id IN (?, ?)", (ids["d"], ids["b"]))
    con.commit()
    assert store.differences(con) == []
    # a's 8,000 and 2,000, e's 300
    assert sum(views.sales_by_month(con, NOV).column("amount")) == D("10300.00")


def test_a_json_import_leaves_the_tables_exact(
    demo_core: Any, tmp_path: Path, fixed_today: date
) -> None:
    from crm_desktop.core.exporters import export_file
    from crm_desktop.core.facade import open_core, upgrade_database
    from crm_desktop.core.importers.apply import apply_draft
    from crm_desktop.core.importers.import_draft import build_draft

    path = tmp_path / "office.json"
    export_file(demo_core.engine, path, fixed_today)
    upgrade_database(str(tmp_path / "other.sqlite3"))
    other = open_core(str(tmp_path / "other.sqlite3"))
    apply_draft(build_draft(path), other.engine)
    apply_draft(build_draft(path), other.engine)  # the second import changes nothing
    for core in (demo_core, other):
        with raw_connection(core) as connection:
            assert store.differences(connection) == []
            assert (
                connection.execute("SELECT SUM(amount), SUM(lines) FROM month_cube").fetchone()
                == connection.execute("SELECT SUM(amount), COUNT(*) FROM sale").fetchone()
            )
    other.engine.dispose()


def test_migration_fills_the_tables_from_existing_sales(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine
    from crm_desktop.core.demo import generate

    engine = make_engine(str(tmp_path / "old.sqlite3"))
    config = migrate.alembic_config(engine)
    # The demo writes today's schema: an office of the baseline's time is made by going back.
    command.upgrade(config, "head")
    generate(engine, 30, TODAY, seed=3)
    command.downgrade(config, "0001_baseline")
    migrate.upgrade(engine)
    connection = sqlite3.connect(str(tmp_path / "old.sqlite3"))
    assert store.differences(connection) == []
    assert connection.execute("SELECT COUNT(*) FROM customer_rollup").fetchone()[0] == 30
    connection.close()
    command.downgrade(config, "0002_sales_cube")
    command.upgrade(config, "head")
    connection = sqlite3.connect(str(tmp_path / "old.sqlite3"))
    assert store.differences(connection) == []
    connection.close()
    engine.dispose()


@pytest.mark.sqlite_only  # counts SQLite's own triggers
def test_bulk_load_is_all_or_nothing_and_puts_the_triggers_back(
    core: Any, con: sqlite3.Connection
) -> None:
    from crm_desktop.core.demo import generate

    generate(core.engine, 25, TODAY, seed=9, bulk=True)
    assert store.differences(con) == []
    triggers = con.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'analytics%'"
    )
    assert triggers.fetchone()[0] == 13
    before = con.execute("SELECT COUNT(*) FROM sale").fetchone()[0]
    with pytest.raises(RuntimeError), store.bulk_load(con, TODAY):
        con.execute("DELETE FROM sale")
        raise RuntimeError("the load fails half-way")
    assert con.execute("SELECT COUNT(*) FROM sale").fetchone()[0] == before  # all or nothing
    assert store.differences(con) == []
    generate(core.engine, 3, TODAY, seed=10)  # the triggers are back
    assert store.differences(con) == []
    con.execute("UPDATE month_cube SET amount = amount + 1")  # the check sees a damaged table
    con.commit()
    assert store.differences(con) == ["month_cube"]


@pytest.mark.sqlite_only  # opens the file read-only
def test_a_view_or_a_click_on_it_writes_nothing(core: Any, fixed_today: date) -> None:
    """The Analysis reads on a read-only connection, even with the rollup's horizon a month
    behind (as after a month change): moving it is start-up upkeep, not part of a view."""
    from sqlalchemy import create_engine

    from crm_desktop.core.services.analytics import VIEWS, AnalyticsService

    office(core)
    assert core.analytics.move_horizon(date(2026, 10, 1))  # a month behind TODAY
    read_only = create_engine(f"sqlite:///file:{core.engine.url.database}?mode=ro&uri=true")
    analytics, marks = AnalyticsService(read_only), core.warnings.snapshot(TODAY).marks()
    for view in VIEWS:
        table = analytics.view(view, NOV, TODAY, marks)
        if table.rows and view not in ("most_profitable", "least_profitable"):
            analytics.drill(view, table.rows[0][0], NOV, TODAY, marks)
    # The connection really refuses writes.
    with pytest.raises(Exception, match="readonly"), read_only.begin() as connection:
        connection.exec_driver_sql("DELETE FROM analytics_horizon")
    read_only.dispose()
    # The upkeep runs where writes belong: at start-up (upgrade_database, the window's loader).
    assert core.analytics.move_horizon(TODAY) and not core.analytics.move_horizon(TODAY)


def test_upgrading_moves_the_horizon_to_this_month(tmp_path: Path, fixed_today: date) -> None:
    from crm_desktop.core.facade import open_core, upgrade_database

    target = str(tmp_path / "office.sqlite3")
    upgrade_database(target)
    core = open_core(target)
    assert not core.analytics.move_horizon(TODAY)  # already there
    assert core.analytics.move_horizon(date(2027, 3, 1))
    core.close()
    upgrade_database(target)  # the next start moves it back to this month
    core = open_core(target)
    assert not core.analytics.move_horizon(TODAY)
    core.close()


def test_the_customers_in_a_stage_come_by_name_then_code(core: Any, fixed_today: date) -> None:
    """The click on a stage lists its customers as the customer list does (by the name's
    pinyin: 丙 bing, 甲 jia, 乙 yi), then by code for the same name; not in the order they
    were entered."""
    names = [("药房丙", None), ("药房乙", "B2"), ("药房乙", "B1"), ("药房甲", None)]
    ids = [core.customers.create(CustomerInput(name=n, code=c)) for n, c in names]
    for cid in ids:
        core.standing.set(cid, StandingInput(lifecycle="prospect"))
    marks = core.warnings.snapshot(TODAY).marks()
    listed = core.analytics.drill("lifecycle", "prospect", NOV, TODAY, marks)
    assert listed == [ids[0], ids[3], ids[2], ids[1]]
    assert listed == core.analytics.drill("lifecycle", "prospect", NOV, TODAY, marks)

"""The office's views against hand-computed figures, and the sales cube kept exact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.analytics import views
from crm_desktop.core.analytics.filters import Filters, period
from crm_desktop.core.services.dto import ComplaintInput, CustomerInput, SaleInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases

D = Decimal


def office(core: Any) -> dict[str, int]:
    a = core.customers.create(
        CustomerInput(name="北京医药", channel="wholesale", region="华北", owner="王五")
    )
    b = core.customers.create(
        CustomerInput(name="上海药房", channel="retail", region="华东", owner="李四")
    )
    c = core.customers.create(CustomerInput(name="广州诊所", channel="medical", region="华南"))
    core.sales.add(
        a, SaleInput(date=date(2026, 10, 5), amount=D("8000"), cost=D("7000"), product="阿莫西林")
    )
    core.sales.add(
        a, SaleInput(date=date(2026, 11, 5), amount=D("2000"), cost=D("1500"), product="布洛芬")
    )
    core.sales.add(
        b, SaleInput(date=date(2026, 11, 9), amount=D("1000"), cost=D("600"), product="阿莫西林")
    )
    core.sales.add(b, SaleInput(date=date(2025, 11, 9), amount=D("500"), cost=D("300")))
    core.sales.add(c, SaleInput(date=date(2025, 10, 1), amount=D("700"), cost=D("100")))
    return {"a": a, "b": b, "c": c}


_POOLED: list[Any] = []  # held until the test ends: a dropped one goes back to the pool


@pytest.fixture(autouse=True)
def _close_raw() -> Iterator[None]:
    yield
    while _POOLED:
        _POOLED.pop().close()


def raw(core: Any) -> Any:
    """The fast paths' DB-API connection (sqlite3's, or the server's sqlite3-like one)."""
    from crm_desktop.core.db import dialects

    pooled = core.engine.raw_connection()
    _POOLED.append(pooled)
    return dialects.for_engine(core.engine).wrap(pooled.driver_connection, True)


def test_sales_by_month_this_year_against_last(core: Any) -> None:
    office(core)
    table = views.sales_by_month(raw(core), Filters("2026-10", "2026-11"))
    assert table.rows == [
        ("2026-10", "2026-10", D("8000.00"), D("700.00"), D("1000.00"), D("0.1250")),
        ("2026-11", "2026-11", D("3000.00"), D("500.00"), D("900.00"), D("0.3000")),
    ]


def test_breakdown_by_channel_and_by_product_with_share_and_margin(core: Any) -> None:
    office(core)
    con = raw(core)
    channels = views.breakdown(con, Filters("2026-10", "2026-11"), "channel")
    assert [r[0] for r in channels.rows] == ["wholesale", "retail"]
    assert channels.rows[0][2:] == (D("10000.00"), D("0.9091"), D("1500.00"), D("0.1500"))
    products = views.breakdown(con, Filters("2026-10", "2026-11"), "product")
    assert [(r[1], r[2]) for r in products.rows] == [
        ("阿莫西林", D("9000.00")),
        ("布洛芬", D("2000.00")),
    ]
    owners = views.breakdown(con, Filters("2026-10", "2026-11", region="华东"), "owner")
    assert [(r[1], r[2]) for r in owners.rows] == [("李四", D("1000.00"))]


def test_customer_views_least_profitable_pareto_new_and_retention(core: Any) -> None:
    ids = office(core)
    con = raw(core)
    year = Filters("2026-01", "2026-12")
    worst = views.customers_by_margin(con, year, least=True)
    assert [r[0] for r in worst.rows] == [ids["a"], ids["b"]]  # 15 % before 40 %
    best = views.customers_by_margin(con, year)
    assert [(r[0], r[3]) for r in best.rows] == [(ids["a"], D("1500.00")), (ids["b"], D("400.00"))]
    curve, key_count = views.pareto(con, year)
    assert key_count == 1 and curve.summary["customers"] == 2
    assert curve.rows[-1][2:] == (D(1), D(1))  # all customers make all the sales
    new = views.new_customers(con, Filters("2025-10", "2026-11"))
    assert new.summary == {"converted": 3, "prospects": 3}
    assert dict((r[0], r[2]) for r in new.rows if r[2]) == {
        "2025-10": 1,
        "2025-11": 1,
        "2026-10": 1,
    }
    kept = dict((r[0], r[2]) for r in views.retention(con, Filters("2026-10", "2026-11")).rows)
    assert kept == {"retained": 1, "churned": 1, "new": 1}  # b kept, c lost, a new


def test_complaints_and_plan_vs_actual(core: Any) -> None:
    ids = office(core)
    core.complaints.add(
        ids["a"],
        ComplaintInput(
            received=date(2026, 11, 1),
            category="质量",
            status="answered",
            answered_on=date(2026, 11, 4),
        ),
    )
    core.complaints.add(ids["b"], ComplaintInput(received=date(2026, 11, 2), category="质量"))
    core.plans.set(ids["a"], "2026-11", D("4000"))
    con = raw(core)
    by_category = views.complaints(con, Filters("2026-11", "2026-11"), "category")
    assert by_category.rows == [("质量", "质量", 2, D("3.0"), D("0.00"))]  # no compensation
    plan = views.plan_vs_actual(con, Filters("2026-11", "2026-11"))
    assert plan.rows == [("2026-11", "2026-11", D("4000.00"), D("3000.00"), D("0.7500"))]


def test_the_cube_stays_exact_after_edits_moves_and_deletes(core: Any) -> None:
    ids = office(core)
    line = core.sales.lines(ids["a"])[0]
    core.sales.update(
        line.id,
        SaleInput(date=date(2026, 9, 30), amount=D("1234.56"), cost=D("1"), product="布洛芬"),
    )
    detail = core.customers.get(ids["b"])
    detail.region, detail.owner, detail.channel = "西南", "王五", "chain"
    core.customers.update(ids["b"], detail)
    core.sales.remove(core.sales.lines(ids["c"])[0].id)
    con = raw(core)
    cube = con.execute(
        "SELECT month, owner_id, region, channel, category, product_id, SUM(amount), SUM(cost),"
        " SUM(lines) FROM sales_cube GROUP BY 1, 2, 3, 4, 5, 6 HAVING SUM(lines) != 0"
        " ORDER BY 1, 2, 3, 4, 5, 6"
    ).fetchall()
    direct = con.execute(
        "SELECT substr(s.date, 1, 7), COALESCE(c.owner_id, 0), COALESCE(c.region, ''), c.channel,"
        " c.category, COALESCE(s.product_id, 0), SUM(s.amount), SUM(COALESCE(s.cost, 0)), COUNT(*)"
        " FROM sale s JOIN customer c ON c.id = s.customer_id GROUP BY 1, 2, 3, 4, 5, 6"
        " ORDER BY 1, 2, 3, 4, 5, 6"
    ).fetchall()
    assert cube == direct and len(direct) == 4


def test_periods() -> None:
    today = date(2026, 11, 25)
    assert period("month", today) == ("2026-11", "2026-11")
    assert period("quarter", today) == ("2026-10", "2026-11")
    assert period("year", today) == ("2026-01", "2026-11")
    assert period("last12", today) == ("2025-12", "2026-11")

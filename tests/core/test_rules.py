"""The contract's rules at, just below and just above every threshold (today fixed)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.rules.abc_class import classify, window
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.services.dto import (
    ComplaintInput,
    CreditInput,
    CustomerInput,
    NoteInput,
    SaleInput,
)

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


TODAY = date(2026, 11, 25)
T = Thresholds()
WAN = Decimal(10000)


def monthly(wan: str) -> Decimal:
    """A window total (yuan) whose monthly average is `wan` 万元."""
    return Decimal(wan) * WAN * 12


def test_window_is_the_twelve_full_months_before_this_month() -> None:
    assert window(TODAY) == (date(2025, 11, 1), date(2026, 11, 1))
    assert window(date(2026, 1, 31)) == (date(2025, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("wan", "klass"),
    [
        ("20", "AAA"),
        ("19.9999", "AA"),
        ("10", "AA"),
        ("9.99", "A"),
        ("5.5", "A"),
        ("5.49", "B+"),
        ("3", "B+"),
        ("2.99", "B"),
        ("1", "B"),
        ("0.99", "C"),
        ("0.5", "C"),
        ("0.49", "C"),
        ("0.0001", "C"),
    ],
)
def test_retail_table_without_upgrade(wan: str, klass: str) -> None:
    total = monthly(wan)
    assert classify("retail", total, total, T) == klass  # margin 0: no upgrade
    assert classify(None, total, total, T) == klass
    assert classify("medical", total, total, T) == klass


@pytest.mark.parametrize(
    ("wan", "margin", "klass"),
    [
        ("10", "0.02", "AAA"),
        ("10", "0.0199", "AA"),
        ("5.5", "0.025", "AA"),
        ("5.5", "0.0249", "A"),
        ("3", "0.03", "A"),
        ("3", "0.0299", "B+"),
        ("1", "0.035", "B+"),
        ("1", "0.0349", "B"),
        ("0.5", "0.04", "B"),
        ("0.5", "0.0399", "C"),
        ("0.49", "0.5", "C"),  # below 0.5 万: C, never upgraded
        ("20", "0.9", "AAA"),
    ],
)
def test_retail_upgrade_margins(wan: str, margin: str, klass: str) -> None:
    total = monthly(wan)
    cost = total * (1 - Decimal(margin))
    assert classify("retail", total, cost, T) == klass


@pytest.mark.parametrize(
    ("wan", "margin", "klass"),
    [
        ("150", "0", "AAA"),
        ("149.99", "0", "AA"),
        ("105", "0", "AA"),
        ("104.99", "0", "A"),
        ("75", "0", "A"),
        ("74.99", "0", "B+"),
        ("60", "0", "B+"),
        ("59.99", "0", "B"),
        ("35", "0", "B"),
        ("34.99", "0", "C"),
        ("17", "0", "C"),
        ("16.99", "0.9", "C"),
        ("105", "0.05", "AAA"),
        ("105", "0.0499", "AA"),
        ("60", "0.05", "A"),
        ("17", "0.05", "B"),
        ("17", "0.0499", "C"),
    ],
)
def test_wholesale_and_chain_table(wan: str, margin: str, klass: str) -> None:
    total = monthly(wan)
    cost = total * (1 - Decimal(margin))
    assert classify("wholesale", total, cost, T) == klass
    assert classify("chain", total, cost, T) == klass


def test_non_positive_total_is_c_without_upgrade() -> None:
    assert classify("retail", Decimal(0), Decimal(-100), T) == "C"
    assert classify("retail", Decimal(-50), Decimal(0), T) == "C"


# -- computed per customer in the database ---------------------------------------------------------
def customer(core: Any, **kwargs: Any) -> int:
    return core.customers.create(CustomerInput(name=kwargs.pop("name", "客户"), **kwargs))


def fields(core: Any) -> dict[int, Any]:
    with core.engine.connect() as con:
        return computed_fields(con, TODAY)


def kinds(core: Any, cid: int) -> list[str]:
    return [k for k, _ in fields(core)[cid].warnings]


def test_abc_in_the_database_uses_only_the_window_and_downstream(core: Any) -> None:
    a = customer(core, name="甲", channel="retail")
    up = customer(core, name="乙", channel="retail", relation="upstream")
    none = customer(core, name="丙")
    for cid in (a, up):
        core.sales.add(
            cid, SaleInput(date=date(2025, 11, 1), amount=monthly("10") / 2, cost=Decimal(0))
        )
        core.sales.add(
            cid, SaleInput(date=date(2026, 10, 31), amount=monthly("10") / 2, cost=Decimal(0))
        )
        core.sales.add(
            cid, SaleInput(date=date(2026, 11, 1), amount=monthly("100"))
        )  # this month: outside
        core.sales.add(
            cid, SaleInput(date=date(2025, 10, 31), amount=monthly("100"))
        )  # before: outside
    result = fields(core)
    assert result[a].abc_class == "AAA"  # 10 万 a month with 100 % margin: AA upgraded
    assert result[up].abc_class is None
    assert result[none].abc_class is None


def test_receivable_and_credit_over_limit(core: Any) -> None:
    cid = customer(core)
    core.sales.add(
        cid, SaleInput(date=date(2026, 11, 1), amount=Decimal("1000"), paid=Decimal("200"))
    )
    core.credit.set(cid, CreditInput(limit=Decimal("800")))
    assert fields(core)[cid].receivable == Decimal("800.00")
    assert "credit_over_limit" not in kinds(core, cid)  # at the limit: no warning
    core.sales.add(
        cid,
        SaleInput(date=date(2026, 11, 2), amount=Decimal("0.01")),
        acknowledged={"credit_over_limit"},
    )
    assert "credit_over_limit" in kinds(core, cid)
    core.credit.set(cid, CreditInput(limit=Decimal("0")))
    assert "credit_over_limit" not in kinds(core, cid)  # no limit set


def test_payments_reduce_the_receivable(core: Any) -> None:
    cid = customer(core)
    core.sales.add(cid, SaleInput(date=date(2026, 10, 1), amount=Decimal("500")))
    with core.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO payment(customer_id, date, amount) VALUES (?, '2026-10-20', 12345)", (cid,)
        )
    assert fields(core)[cid].receivable == Decimal("376.55")


@pytest.mark.parametrize(("days_ago", "warned"), [(60, False), (61, True)])
def test_churn_with_one_sale_date(core: Any, days_ago: int, warned: bool) -> None:
    cid = customer(core)
    core.sales.add(cid, SaleInput(date=TODAY - timedelta(days=days_ago), amount=Decimal(1)))
    assert ("churn" in kinds(core, cid)) is warned


@pytest.mark.parametrize(("days_ago", "warned"), [(80, False), (81, True)])
def test_churn_uses_twice_the_median_gap(core: Any, days_ago: int, warned: bool) -> None:
    cid = customer(core)
    last = TODAY - timedelta(days=days_ago)
    for gap in (0, 40, 80, 120):  # distinct dates 40 days apart: limit max(60, 80) = 80
        core.sales.add(cid, SaleInput(date=last - timedelta(days=gap), amount=Decimal(1)))
    core.sales.add(
        cid, SaleInput(date=last, amount=Decimal(1))
    )  # a second sale on a day counts once
    assert ("churn" in kinds(core, cid)) is warned


def test_customer_that_never_bought_is_not_churned(core: Any) -> None:
    assert "churn" not in kinds(core, customer(core))


@pytest.mark.parametrize(("mtd", "warned"), [("750.00", False), ("749.99", True)])
def test_sales_behind_plan_with_tolerance(core: Any, mtd: str, warned: bool) -> None:
    # Plan 1,000 for November; on the 25th of 30 days: 1000 × 25/30 × 0.9 = 750.
    cid = customer(core)
    with core.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO plan(customer_id, month, amount) VALUES (?, '2026-11', 100000)", (cid,)
        )
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(mtd)))  # today's sales count
    assert ("sales_behind_plan" in kinds(core, cid)) is warned


def plan(core: Any, cid: int, amount: int, product: str | None = None) -> None:
    core.plans.set(cid, "2026-11", Decimal(amount), product)


def behind_plan(core: Any, cid: int) -> list[str]:
    return [message for kind, message in fields(core)[cid].warnings if kind == "sales_behind_plan"]


@pytest.mark.parametrize(("mtd", "warned"), [("75000.00", False), ("74999.99", True)])
def test_whole_month_plan_is_not_added_to_its_product_plans(
    core: Any, mtd: str, warned: bool
) -> None:
    # 100,000 for the month, 60,000 of it for 甲: on the 25th of 30 days the target is
    # 100,000 × 25/30 × 0.9 = 75,000 (not 160,000's); 甲's own 45,000 is met.
    cid = customer(core)
    plan(core, cid, 100000)
    plan(core, cid, 60000, "甲")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(mtd), product="甲"))
    assert behind_plan(core, cid) == (
        [
            f"month-to-date sales {Decimal(mtd):,} yuan are below 75,000.00 yuan"
            " (83% of the 100,000.00 yuan plan for 2026-11, with 90% tolerance)"
        ]
        if warned
        else []
    )


def test_product_behind_while_the_whole_is_on_track(core: Any) -> None:
    cid = customer(core)
    plan(core, cid, 100000)
    plan(core, cid, 60000, "甲")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(90000), product="乙"))
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(1000), product="甲"))
    assert behind_plan(core, cid) == [
        "month-to-date sales of 甲 1,000.00 yuan are below 45,000.00 yuan (83% of the 60,000.00"
        " yuan plan of 甲 for 2026-11, with 90% tolerance)"
    ]


@pytest.mark.parametrize(("mtd", "warned"), [("45000.00", False), ("44999.99", True)])
def test_product_plans_only_at_the_tolerance(core: Any, mtd: str, warned: bool) -> None:
    # No whole-month plan: the customer's plan is the sum of its product plans (60,000);
    # 甲's 40,000 plan is met by 40,000 of 甲 (≥ 30,000), 乙's 20,000 by none.
    cid = customer(core)
    plan(core, cid, 40000, "甲")
    plan(core, cid, 20000, "乙")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(mtd), product="甲"))
    found = behind_plan(core, cid)
    whole = [m for m in found if "sales of" not in m]
    assert bool(whole) is warned
    if warned:
        assert "of the 60,000.00 yuan plan for 2026-11" in whole[0]
    assert [m for m in found if "sales of" in m] == [
        "month-to-date sales of 乙 0.00 yuan are below 15,000.00 yuan (83% of the 20,000.00 yuan"
        " plan of 乙 for 2026-11, with 90% tolerance)"
    ]


@pytest.mark.parametrize(("offset", "warned"), [(30, True), (31, False), (-5, True), (0, True)])
def test_licence_expiring_window(core: Any, offset: int, warned: bool) -> None:
    cid = customer(core)
    with core.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO licence(customer_id, kind, number, expires) VALUES (?, 'gsp', 'G1', ?)",
            (cid, (TODAY + timedelta(days=offset)).isoformat()),
        )
    assert ("licence_expiring" in kinds(core, cid)) is warned


@pytest.mark.parametrize(
    ("days_ago", "status", "warned"),
    [
        (7, "received", True),
        (6, "received", False),
        (8, "handling", True),
        (30, "answered", False),
        (30, "closed", False),
        (7, "investigating", True),
    ],
)
def test_complaint_overdue(core: Any, days_ago: int, status: str, warned: bool) -> None:
    cid = customer(core)
    received = TODAY - timedelta(days=days_ago)
    core.complaints.add(
        cid,
        ComplaintInput(
            received=received,
            status=status,
            answered_on=received if status in ("answered", "closed") else None,
        ),
    )
    assert ("complaint_overdue" in kinds(core, cid)) is warned


def test_follow_up_due_until_a_later_note(core: Any) -> None:
    cid = customer(core)
    core.notes.add(cid, NoteInput(date=date(2026, 11, 1), next_follow_up=TODAY + timedelta(days=1)))
    assert "follow_up_due" not in kinds(core, cid)  # tomorrow
    core.notes.add(cid, NoteInput(date=date(2026, 11, 2), next_follow_up=TODAY))
    assert kinds(core, cid).count("follow_up_due") == 1  # today counts
    core.notes.add(cid, NoteInput(date=date(2026, 11, 20)))  # a later note: followed up
    assert "follow_up_due" not in kinds(core, cid)


def test_warning_rows_word_the_same_sentence_as_the_export(demo_core: Any) -> None:
    from crm_desktop.core.services.warnings import WarningService

    with demo_core.engine.connect() as con:
        computed = computed_fields(con, TODAY)
    rows = WarningService(demo_core.engine).list(TODAY)
    assert rows
    for row in rows[:200]:
        assert (row.kind, row.message) in computed[row.customer_id].warnings

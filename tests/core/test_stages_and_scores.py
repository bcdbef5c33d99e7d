"""Issue 5's stage and score rules, at and around each boundary, with a fixed today."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from crm_desktop.core.rules.credit_score import (
    SaleDue,
    combined_score,
    payment_history_score,
    suggest_rating,
)
from crm_desktop.core.rules.stages import (
    SalesHistory,
    evaluation_total,
    key_accounts,
    lifecycle_sql,
    relationship_stage,
    suggest_lifecycle,
)
from crm_desktop.core.rules.thresholds import Thresholds

TODAY = date(2026, 11, 25)
T = Thresholds()
D = Decimal


def history(
    first_days_ago: int | None,
    orders: int = 5,
    last: int = 100,
    previous: int = 100,
    churned: bool = False,
) -> SalesHistory:
    first = None if first_days_ago is None else TODAY - timedelta(days=first_days_ago)
    return SalesHistory(first, orders, D(last), D(previous), churned)


def test_lifecycle_follows_the_sales_log() -> None:
    assert suggest_lifecycle(history(None, orders=0), TODAY, T) == "prospect"
    assert suggest_lifecycle(history(5, orders=1), TODAY, T) == "welcome"
    # the welcome period ends after 180 days …
    assert suggest_lifecycle(history(180), TODAY, T) == "welcome"
    assert suggest_lifecycle(history(181), TODAY, T) == "loyal"
    # … and takes 3 orders to leave
    assert suggest_lifecycle(history(400, orders=2), TODAY, T) == "welcome"
    assert suggest_lifecycle(history(400, orders=3), TODAY, T) == "loyal"
    # falling orders: the last half-year under 50 % of the one before
    assert suggest_lifecycle(history(400, last=50, previous=100), TODAY, T) == "loyal"
    assert suggest_lifecycle(history(400, last=49, previous=100), TODAY, T) == "decline"
    assert suggest_lifecycle(history(400, last=0, previous=0), TODAY, T) == "loyal"
    assert suggest_lifecycle(history(400, churned=True), TODAY, T) == "lost"


def test_relationship_stage_by_share_of_wallet() -> None:
    assert relationship_stage(D(100), None) == (None, None)
    assert relationship_stage(D(100), D(0)) == (None, None)
    assert relationship_stage(D(0), D(1000)) == ("development", D(0))
    assert relationship_stage(D("499.99"), D(1000))[0] == "initial"
    assert relationship_stage(D(500), D(1000))[0] == "stable"
    assert relationship_stage(D("799.99"), D(1000))[0] == "stable"
    assert relationship_stage(D(800), D(1000)) == ("strategic", D("0.8"))
    assert relationship_stage(D(1200), D(1000))[0] == "strategic"


def test_evaluation_total_needs_every_item() -> None:
    assert (
        evaluation_total({"capability": 5, "reputation": 4, "relations": 3, "cooperation": 2}) == 14
    )
    assert (
        evaluation_total({"capability": 5, "reputation": 4, "relations": 3, "cooperation": None})
        is None
    )


def test_key_accounts_are_the_smallest_set_reaching_80_percent() -> None:
    totals = {1: D(50), 2: D(30), 3: D(10), 4: D(10), 5: D(0)}
    assert key_accounts(totals) == {1, 2}  # 80 of 100 exactly
    totals[2] = D("29.99")
    assert key_accounts(totals) == {1, 2, 3}
    assert key_accounts({}) == set()
    assert key_accounts({7: D(-5)}) == set()


def sale(days_ago: int, amount: str, paid: str = "0") -> SaleDue:
    return SaleDue(TODAY - timedelta(days=days_ago), D(amount), D(paid))


def test_payment_history_counts_what_was_paid_within_the_payment_days() -> None:
    # 30 payment days; two sales fell due in the window
    sales = [sale(100, "1000"), sale(60, "1000")]
    on_time = [(TODAY - timedelta(days=75), D(1000)), (TODAY - timedelta(days=30), D(1000))]
    assert payment_history_score(sales, on_time, 30, TODAY) == 100
    # the second payment one day late: half the amounts were on time
    late = [(TODAY - timedelta(days=75), D(1000)), (TODAY - timedelta(days=29), D(1000))]
    assert payment_history_score(sales, late, 30, TODAY) == 50
    # nothing paid: 0; paid in cash at the sale: 100
    assert payment_history_score(sales, [], 30, TODAY) == 0
    assert payment_history_score([sale(100, "500", "500")], [], 30, TODAY) == 100
    # a sale not yet due does not count; with nothing due there is no score
    assert payment_history_score([sale(10, "500")], [], 30, TODAY) is None
    # due more than 12 months ago: outside the window
    assert payment_history_score([sale(400, "500")], [], 30, TODAY) is None


def test_rating_is_suggested_from_both_scores() -> None:
    assert combined_score(None, None, T) is None
    assert combined_score(90, None, T) == 90
    assert combined_score(None, 40, T) == 40
    assert combined_score(100, 50, T) == 80  # 0.6 × 100 + 0.4 × 50
    assert suggest_rating(85, None, T) == "A"
    assert suggest_rating(84, None, T) == "B"
    assert suggest_rating(70, None, T) == "B"
    assert suggest_rating(55, None, T) == "C"
    assert suggest_rating(54, None, T) == "D"
    assert suggest_rating(None, None, T) is None


@pytest.mark.parametrize("weight", ["0", "1"])
def test_the_history_weight_is_a_setting(weight: str) -> None:
    t = Thresholds(history_weight=D(weight))
    assert combined_score(100, 20, t) == (100 if weight == "1" else 20)


def test_computed_fields_carry_lifecycle_and_key_accounts(core: object, fixed_today: date) -> None:
    from crm_desktop.core.rules.summary import computed_fields
    from crm_desktop.core.services.dto import CustomerInput, SaleInput

    big = core.customers.create(CustomerInput(name="北京大药房"))  # type: ignore[attr-defined]
    small = core.customers.create(CustomerInput(name="天津小药店"))  # type: ignore[attr-defined]
    prospect = core.customers.create(CustomerInput(name="上海新客户"))  # type: ignore[attr-defined]
    for months_ago in range(1, 12):
        day = date(2026, 11, 15) - timedelta(days=30 * months_ago)
        core.sales.add(big, SaleInput(date=day, amount=D("90000")))  # type: ignore[attr-defined]
    core.sales.add(small, SaleInput(date=date(2026, 10, 1), amount=D("1000")))  # type: ignore[attr-defined]
    with core.engine.connect() as con:  # type: ignore[attr-defined]
        every = computed_fields(con, fixed_today)
        one = computed_fields(con, fixed_today, [big])
    assert every[big].key_account is True and every[small].key_account is False
    assert every[prospect].key_account is False
    assert one[big].key_account is None  # unknown without the whole office
    assert every[big].lifecycle_suggested == "loyal"
    assert every[small].lifecycle_suggested == "welcome"
    assert every[prospect].lifecycle_suggested == "prospect"
    assert every[big].sales_12m == D("990000.00")


@pytest.mark.parametrize(
    "thresholds", [T, Thresholds(welcome_days=0, loyal_orders=1, decline_ratio=Decimal("0.333"))]
)
def test_the_lifecycle_rule_in_sql_is_the_rule(thresholds: Thresholds) -> None:
    """stages.lifecycle_sql, evaluated by SQLite, against suggest_lifecycle around every
    boundary: the first sale at the welcome window's edges, orders around loyal_orders,
    halves around the decline ratio, no sales at all."""
    import sqlite3

    from crm_desktop.core.rules.stages import LIFECYCLE_CODES

    sql, params = lifecycle_sql(TODAY, thresholds, ":first", ":orders", ":last", ":previous")
    db = sqlite3.connect(":memory:")
    firsts = (
        [None, TODAY + timedelta(days=1), TODAY]
        + [TODAY - timedelta(days=thresholds.welcome_days + d) for d in (-1, 0, 1)]
        + [TODAY - timedelta(days=900)]
    )
    checked = 0
    for first in firsts:
        for orders in (
            0,
            thresholds.loyal_orders - 1,
            thresholds.loyal_orders,
            thresholds.loyal_orders + 1,
        ):
            for previous in (0, 1000, 3000):
                bound = int(previous * thresholds.decline_ratio)
                for last in {0, bound - 1, bound, bound + 1, previous, -50}:
                    got = db.execute(
                        f"SELECT {sql}",
                        {
                            **params,
                            "first": first.isoformat() if first else None,
                            "orders": orders,
                            "last": last,
                            "previous": previous,
                        },
                    ).fetchone()[0]
                    want = suggest_lifecycle(
                        SalesHistory(first, orders, last, previous, False), TODAY, thresholds
                    )
                    assert LIFECYCLE_CODES[got] == want, (first, orders, last, previous)
                    checked += 1
    assert checked > 300


def test_key_accounts_are_chosen_by_gross_profit(core: object, fixed_today: date) -> None:
    """Seed 003: 80 % of the profit (not of the sales) comes from the key accounts; a sale
    without a cost counts at its amount, and the mark says so; the share is a setting."""
    from crm_desktop.core.rules.summary import computed_fields
    from crm_desktop.core.services.dto import CustomerInput, SaleInput

    new = core.customers.create  # type: ignore[attr-defined]
    volume, margin, uncosted = (
        new(CustomerInput(name="大批发")),
        new(CustomerInput(name="高毛利")),
        new(CustomerInput(name="无成本")),
    )
    add = core.sales.add  # type: ignore[attr-defined]
    add(
        volume, SaleInput(date=date(2026, 10, 1), amount=D("100000"), cost=D("99000"))
    )  # profit 1,000
    add(
        margin, SaleInput(date=date(2026, 10, 1), amount=D("20000"), cost=D("12000"))
    )  # profit 8,000
    add(uncosted, SaleInput(date=date(2026, 10, 1), amount=D("1000")))  # no cost: 1,000 counts
    add(
        margin, SaleInput(date=date(2026, 11, 2), amount=D("500000"), cost=D("1"))
    )  # this month: outside

    def keys(share: str | None = None) -> dict[int, bool | None]:
        t = Thresholds(key_account_share=D(share)) if share else None
        with core.engine.connect() as con:  # type: ignore[attr-defined]
            found = computed_fields(con, fixed_today, thresholds=t)
        return {cid: found[cid].key_account for cid in (volume, margin, uncosted)}

    # Profit 10,000 in all: 8,000 is exactly 80 %, so the one high-margin customer is enough,
    # though the volume customer sold five times as much.
    assert keys() == {volume: False, margin: True, uncosted: False}
    # At 90 %, one of the two 1,000s joins (ties by id: the volume customer, made first).
    assert keys("0.9") == {volume: True, margin: True, uncosted: False}
    assert keys("1") == {volume: True, margin: True, uncosted: True}
    # The customer's own view counts the sales its profit took at their full amount.
    assert core.standing.get(uncosted, fixed_today).uncosted_sales_12m == 1  # type: ignore[attr-defined]
    assert core.standing.get(margin, fixed_today).uncosted_sales_12m == 0  # type: ignore[attr-defined]

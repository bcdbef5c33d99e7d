"""The receivable is one definition: the credit tab, the warnings, the profile report, the
export and the arrears report agree, with returns, payments and partial payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.reports import builders, profile_data
from crm_desktop.core.rules import receivables
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.services.dto import CreditInput, CustomerInput, SaleInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases

TODAY = date(2026, 11, 25)
D = Decimal


def _payment(core: Any, cid: int, day: str, fen: int) -> None:
    with core.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO payment(customer_id, date, amount) VALUES (?, ?, ?)", (cid, day, fen)
        )


def _book(core: Any) -> dict[str, int]:
    ids = {
        name: core.customers.create(CustomerInput(name=name))
        for name in ("退货客户", "多付客户", "部分回款", "无往来")
    }
    mixed, over, partial = ids["退货客户"], ids["多付客户"], ids["部分回款"]
    # Partly paid, a return, one not yet due, and a receipt not tied to one sale.
    core.credit.set(mixed, CreditInput(limit=D("300"), payment_days=30))
    core.sales.add(
        mixed,
        SaleInput(date=date(2026, 3, 1), amount=D("1000"), paid=D("400")),
        acknowledged={"credit_over_limit"},
    )
    core.sales.add(
        mixed,
        SaleInput(date=date(2026, 3, 5), amount=D("-100"), product="退货"),
        acknowledged={"credit_over_limit"},
    )
    core.sales.add(
        mixed,
        SaleInput(date=date(2026, 11, 10), amount=D("250.50")),
        acknowledged={"credit_over_limit"},
    )
    _payment(core, mixed, "2026-06-01", 30000)
    # Paid in full and then some: owes nothing, has credit.
    core.sales.add(over, SaleInput(date=date(2026, 9, 1), amount=D("500"), paid=D("500")))
    _payment(core, over, "2026-09-20", 5000)
    # A receipt settling the oldest sale first, then part of the next.
    core.credit.set(partial, CreditInput(limit=D("0"), payment_days=45))
    core.sales.add(partial, SaleInput(date=date(2026, 8, 1), amount=D("200")))
    core.sales.add(partial, SaleInput(date=date(2026, 10, 1), amount=D("300.10"), paid=D("0.10")))
    _payment(core, partial, "2026-10-20", 25000)
    return ids


def test_every_place_shows_the_same_receivable(core: Any) -> None:
    ids = _book(core)
    expected = {
        "退货客户": D("450.50"),
        "多付客户": D("-50.00"),
        "部分回款": D("250.00"),
        "无往来": D("0.00"),
    }
    with core.engine.connect() as con:
        computed = computed_fields(con, TODAY)
        exported = {c["name"]: c["receivable"] for c in iter_customers(con, TODAY)}
        defined = receivables.receivables_fen(con)
    profiles = {
        p.customer.name: p.credit.receivable
        for p in profile_data.profiles(core.engine, list(ids.values()), TODAY)
    }
    for name, cid in ids.items():
        assert core.credit.get(cid, TODAY).receivable == expected[name], name
        assert computed[cid].receivable == expected[name], name
        assert profiles[name] == expected[name] and exported[name] == expected[name], name
        assert defined.get(cid, 0) == money_fen(expected[name]), name
    for cid in ids.values():  # the credit tab's "over the limit" is the warning's
        assert (core.credit.get(cid, TODAY).over_limit is not None) == (
            "credit_over_limit" in computed[cid].kinds
        )
    assert core.credit.get(ids["退货客户"], TODAY).over_limit == D("150.50")


def money_fen(value: Decimal) -> int:
    return int(value * 100)


def test_the_arrears_report_ages_the_receivable(core: Any) -> None:
    ids = _book(core)
    aged = dict(builders.aging(core, TODAY))
    # The return and the receipt settle the oldest sale first: 600 − 100 − 300 = 200 left of
    # it, over 90 days late; the November sale is not due yet.
    assert aged["退货客户"] == [D("250.50"), 0, 0, 0, D("200.00")]
    # 250 settles the August sale and 50 of October's (due 11-15, 10 days late).
    assert aged["部分回款"] == [0, D("250.00"), 0, 0, 0]
    assert "多付客户" not in aged and "无往来" not in aged  # nothing open
    for name, buckets in aged.items():
        assert sum(buckets) == core.credit.get(ids[name], TODAY).receivable


def test_ageing_buckets_by_days_past_due() -> None:
    sales = [
        receivables.SaleOwed(date(2026, 1, 1), 100),
        receivables.SaleOwed(date(2026, 10, 1), 200),
    ]
    assert receivables.aged_fen(sales, 0, 0, date(2026, 10, 1)) == [
        0,
        200,
        0,
        0,
        100,
    ]  # due today: 0 days late
    assert receivables.aged_fen(sales, 150, 0, date(2026, 9, 30)) == [150, 0, 0, 0, 0]
    assert receivables.aged_fen(sales, 500, 0, date(2026, 9, 30)) == [0, 0, 0, 0, 0]
    assert [receivables.age_bucket(d) for d in (-1, 0, 30, 31, 60, 61, 90, 91)] == [
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]

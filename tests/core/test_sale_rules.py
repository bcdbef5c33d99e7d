"""The rules a sale meets before it is stored: its amount, and the credit-limit question the
user must answer (a keyed NeedsConfirmation; the call repeated with the key saves)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.errors import NeedsConfirmation, ValidationErrors
from crm_desktop.core.rules.receivables import CREDIT_OVER_LIMIT, credit_breach
from crm_desktop.core.rules.sale_amount import sale_amount
from crm_desktop.core.services.dto import CreditInput, CustomerInput, SaleInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


D = Decimal
DAY = date(2026, 11, 2)


def test_an_entered_amount_wins_else_quantity_times_price_half_up() -> None:
    assert sale_amount(D("99"), D("3"), D("10")) == D("99")
    assert sale_amount(None, D("3"), D("0.0050")) == D("0.02")  # 0.015 rounds up
    assert sale_amount(None, D("-2"), D("12.5")) == D("-25.00")  # a return
    with pytest.raises(ValidationErrors) as info:
        sale_amount(None, D("3"), None)
    assert info.value.errors[0].field == "amount" and info.value.errors[0].code == "amount_missing"


def test_the_breach_needs_a_limit_an_excess_and_a_rise() -> None:
    assert credit_breach(D("100"), D("80"), D("130")) == D("30")
    assert credit_breach(D("100"), D("80"), D("100")) is None  # at the limit
    assert credit_breach(D("0"), D("80"), D("1000")) is None  # no limit set
    assert credit_breach(D("100"), D("150"), D("120")) is None  # a return lowers it: never asked


@pytest.fixture
def customer(core: Any) -> int:
    cid = core.customers.create(CustomerInput(name="赊账药房"))
    core.sales.add(cid, SaleInput(date=DAY, amount=D("700"), paid=D("100")))
    core.credit.set(cid, CreditInput(limit=D("1000"), payment_days=30))
    return cid


def test_a_sale_over_the_limit_asks_and_stores_nothing_until_confirmed(
    core: Any, customer: int
) -> None:
    with pytest.raises(NeedsConfirmation) as info:
        core.sales.add(customer, SaleInput(date=DAY, amount=D("500.50")))
    question = info.value
    assert question.key == CREDIT_OVER_LIMIT
    assert question.params == {
        "receivable": D("1100.50"),
        "limit": D("1000.00"),
        "excess": D("100.50"),
    }
    assert "1,100.50" in str(question) and "100.50" in str(question)
    assert len(core.sales.lines(customer)) == 1  # nothing stored
    core.sales.add(
        customer, SaleInput(date=DAY, amount=D("500.50")), acknowledged={CREDIT_OVER_LIMIT}
    )
    assert core.credit.get(customer).receivable == D("1100.50")


def test_sales_within_the_limit_paid_or_returned_are_not_asked(core: Any, customer: int) -> None:
    core.sales.add(customer, SaleInput(date=DAY, amount=D("400")))  # 1000: at the limit
    core.sales.add(customer, SaleInput(date=DAY, amount=D("300"), paid=D("300")))  # paid in full
    core.sales.add(customer, SaleInput(date=DAY, amount=D("-50")))  # a return
    assert core.credit.get(customer).receivable == D("950.00")


def test_editing_a_sale_counts_only_the_change(core: Any, customer: int) -> None:
    [line] = core.sales.lines(customer)
    core.sales.update(
        line.id, SaleInput(date=DAY, amount=D("1100"), paid=D("100"))
    )  # 1000: at the limit
    with pytest.raises(NeedsConfirmation):
        core.sales.update(line.id, SaleInput(date=DAY, amount=D("1100.01"), paid=D("100")))
    assert core.credit.get(customer).receivable == D("1000.00")
    core.sales.update(
        line.id,
        SaleInput(date=DAY, amount=D("1100.01"), paid=D("100")),
        acknowledged={CREDIT_OVER_LIMIT},
    )
    assert core.credit.get(customer).receivable == D("1000.01")

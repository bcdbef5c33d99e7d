"""Plans against the sales log, licences, and a customer's standing, through the services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.services.dto import CustomerInput, SaleInput
from crm_desktop.core.services.licences import LicenceInput
from crm_desktop.core.services.standing import StandingInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


D = Decimal


def test_plan_vs_actual_with_month_to_date_and_last_year(core: Any, fixed_today: date) -> None:
    cid = core.customers.create(CustomerInput(name="北京医药"))
    core.sales.add(cid, SaleInput(date=date(2026, 11, 3), amount=D("3000"), product="阿莫西林"))
    core.sales.add(cid, SaleInput(date=date(2026, 11, 20), amount=D("1000"), product="布洛芬"))
    core.sales.add(cid, SaleInput(date=date(2025, 11, 9), amount=D("2500")))
    core.sales.add(cid, SaleInput(date=date(2026, 10, 9), amount=D("12000")))
    core.plans.set(cid, "2026-11", D("10000"))
    core.plans.set(cid, "2026-11", D("5000"), product="阿莫西林")
    core.plans.set(cid, "2026-10", D("10000"))
    months = core.plans.months(cid, fixed_today)
    november = next(m for m in months if m.month == "2026-11" and m.product is None)
    assert november.plan == D("10000.00") and november.actual == D("4000.00")
    assert november.previous_year == D("2500.00")
    assert november.completion == D("0.4")
    assert november.expected_to_date == D("8333.33")  # 25 of 30 days
    by_product = next(m for m in months if m.month == "2026-11" and m.product == "阿莫西林")
    assert by_product.actual == D("3000.00") and by_product.completion == D("0.6")
    october = next(m for m in months if m.month == "2026-10" and m.product is None)
    assert october.completion == D("1.2") and october.expected_to_date is None
    assert months[0].month == "2027-01"  # two months ahead, newest first, for planning
    assert (
        november.behind is True and not november.summed_from_products
    )  # 4,000 < 10,000 × 25/30 × 0.9
    core.plans.set(cid, "2026-11", None)
    # Without a plan for the whole month, the product plans' sum is its plan (as the warning
    # reads it).
    november = next(m for m in core.plans.months(cid, fixed_today) if m.month == "2026-11")
    assert (november.plan, november.summed_from_products, november.behind) == (
        D("5000.00"),
        True,
        False,
    )
    core.plans.set(cid, "2026-11", None, product="阿莫西林")
    assert next(m for m in core.plans.months(cid, fixed_today) if m.month == "2026-11").plan is None


@pytest.mark.parametrize(
    ("month", "amount"), [("2026-13", D(1)), ("26-11", D(1)), ("2026-11", D(-1))]
)
def test_a_bad_plan_is_refused(core: Any, month: str, amount: Decimal) -> None:
    cid = core.customers.create(CustomerInput(name="天津医药"))
    with pytest.raises(ValidationErrors):
        core.plans.set(cid, month, amount)


def test_licences_sorted_by_expiry_and_kind_checked(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="上海医药"))
    core.licences.add(cid, LicenceInput("gsp", "GSP-2", date(2027, 3, 1)))
    core.licences.add(cid, LicenceInput("business", "91310000", date(2026, 12, 1)))
    assert [x.number for x in core.licences.list(cid)] == ["91310000", "GSP-2"]
    with pytest.raises(ValidationErrors):
        core.licences.add(cid, LicenceInput("passport", "X"))


def test_standing_combines_what_was_entered_with_what_the_sales_say(
    core: Any, fixed_today: date
) -> None:
    cid = core.customers.create(CustomerInput(name="广州医药"))
    core.sales.add(cid, SaleInput(date=date(2026, 10, 1), amount=D("60000")))
    core.standing.set(
        cid,
        StandingInput(
            wallet_estimate=D("100000"),
            capability=5,
            reputation=4,
            relations=3,
            cooperation=4,
            eval_note="老客户",
        ),
    )
    standing = core.standing.get(cid, fixed_today)
    assert standing.lifecycle is None and standing.lifecycle_suggested == "welcome"
    assert standing.lifecycle_shown == "welcome"
    assert standing.relationship == "stable" and standing.wallet_share == D("0.6")
    assert standing.evaluation_total == 16
    core.standing.set(cid, StandingInput(lifecycle="loyal", wallet_estimate=D("100000")))
    assert core.standing.get(cid, fixed_today).lifecycle_shown == "loyal"
    with pytest.raises(ValidationErrors):
        core.standing.set(cid, StandingInput(capability=6))


def test_credit_file_keeps_application_and_scores(core: Any, fixed_today: date) -> None:
    from crm_desktop.core.services.dto import CreditInput

    cid = core.customers.create(CustomerInput(name="深圳医药"))
    core.sales.add(cid, SaleInput(date=date(2026, 8, 1), amount=D("1000"), paid=D("1000")))
    core.credit.set(
        cid,
        CreditInput(
            limit=D("50000"),
            payment_days=30,
            potential_score=50,
            applied_on=date(2026, 1, 5),
            requested_limit=D("80000"),
            approver="王经理",
            investigation="实地考察, 仓库整洁",
        ),
    )
    credit = core.credit.get(cid)
    assert credit.history_score == 100 and credit.potential_score == 50
    assert credit.suggested_rating == "B"  # 0.6 × 100 + 0.4 × 50 = 80
    assert credit.requested_limit == D("80000.00") and credit.approver == "王经理"
    with pytest.raises(ValidationErrors):
        core.credit.set(cid, CreditInput(potential_score=101))


def test_expected_to_date_is_rounded_half_up(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="半月药房"))
    core.plans.set(cid, "2026-11", D("0.05"))
    [november] = [m for m in core.plans.months(cid, date(2026, 11, 15)) if m.month == "2026-11"]
    assert november.expected_to_date == D("0.03")  # 0.05 × 15/30 = 0.025: 四舍五入, not 0.02

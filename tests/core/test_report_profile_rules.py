"""Each rule of issue 21 that concerns a customer shows in its profile report: the contacts'
gender and who has left, the key-account mark with its basis, the month's plan as the rules
read it (whole plan or the sum of product plans) and each product behind its own plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.reports import builders, profile_data
from crm_desktop.core.services.dto import ContactInput, CustomerInput, SaleInput
from crm_desktop.core.services.standing import StandingInput

TODAY = date(2026, 11, 25)  # the 25th of 30 days: a target is plan × 25/30 × 90 %


def customer(core: Any, name: str = "华北仁和大药房", channel: str = "retail") -> int:
    return core.customers.create(CustomerInput(name=name, channel=channel))


def profile(core: Any, cid: int) -> profile_data.ProfileData:
    return next(profile_data.profiles(core.engine, [cid], TODAY))


@pytest.mark.parametrize(("mtd", "behind"), [("75000.00", False), ("74999.99", True)])
def test_whole_plan_with_product_plans_beneath_it(
    core: Any, fixed_today: date, mtd: str, behind: bool
) -> None:
    cid = customer(core)
    core.plans.set(cid, "2026-11", Decimal(100000))
    core.plans.set(cid, "2026-11", Decimal(60000), "甲")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(mtd), product="甲"))
    data = profile(core, cid)
    assert data.plans["2026-11"] == Decimal(100000)  # not 160,000: the products break it down
    whole, product = data.this_month
    assert (whole.product, whole.plan, whole.actual, whole.expected) == (
        None,
        Decimal(100000),
        Decimal(mtd),
        Decimal("83333.33"),
    )
    assert whole.behind is behind and not whole.summed_from_products
    assert (product.product, product.plan, product.behind) == ("甲", Decimal(60000), False)
    html = builders.profile(core, [cid], TODAY).html()
    assert "本月销售计划" in html and "整月（全部产品）" in html and "甲" in html
    assert ("落后于计划" in html) is behind


def test_product_plans_alone_make_the_month_plan_and_a_lagging_product_is_named(
    core: Any, fixed_today: date
) -> None:
    cid = customer(core)
    core.plans.set(cid, "2026-11", Decimal(40000), "甲")
    core.plans.set(cid, "2026-11", Decimal(20000), "乙")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(45000), product="甲"))
    data = profile(core, cid)
    assert data.plans["2026-11"] == Decimal(60000) and "2026-11" in data.plans_summed
    assert [(x.product, x.behind) for x in data.this_month] == [
        (None, False),  # 45,000 ≥ 60,000 × 25/30 × 0.9 = 45,000
        ("乙", True),  # none of its 15,000 target (products in name order, as the warnings)
        ("甲", False),
    ]
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "the whole plan is the sum of the product plans" in english
    assert "乙" in english and "Behind plan" in english and "sum of product plans" in english


def test_key_account_mark_says_what_it_was_chosen_by(core: Any, fixed_today: date) -> None:
    big, small, uncosted = customer(core, "甲药房"), customer(core, "乙药房"), customer(core, "丙")
    last_month = date(2026, 10, 10)
    core.sales.add(big, SaleInput(date=last_month, amount=Decimal(9000), cost=Decimal(1000)))
    core.sales.add(small, SaleInput(date=last_month, amount=Decimal(900), cost=Decimal(800)))
    assert profile(core, big).key_account and not profile(core, small).key_account
    assert "是（按近12个完整月的毛利）" in builders.profile(core, [big], TODAY).html()
    assert "重点客户" in builders.profile(core, [small], TODAY).html()
    # A sale without a cost counts at its amount: that customer is a key account, and says so.
    core.sales.add(uncosted, SaleInput(date=last_month, amount=Decimal(50000)))
    assert profile(core, uncosted).key_account
    html = builders.profile(core, [uncosted], TODAY, language="en").html()
    assert "some sales have no cost and count at their amount" in html


def test_contacts_show_gender_and_who_has_left(core: Any, fixed_today: date) -> None:
    cid = customer(core)
    core.contacts.add(cid, ContactInput(name="李娜", gender="female"))
    core.contacts.add(cid, ContactInput(name="王强", gender="male", left=True))
    chinese = builders.profile(core, [cid], TODAY).html()
    assert "性别" in chinese and "女" in chinese and "男" in chinese
    assert "王强 (已离职)" in chinese
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "Female" in english and "Male" in english and "female" not in english


def test_special_supply_plaque_is_suggested_when_the_criteria_are_met(
    core: Any, fixed_today: date
) -> None:
    cid = customer(core)
    # Loyal: ordering for a year; class A: 60,500 a month at a 2 % margin (no upgrade to AA).
    for day in [date(2025, 11, 5)] + [date(2026, month, 5) for month in range(1, 11)]:
        core.sales.add(cid, SaleInput(date=day, amount=Decimal(66000), cost=Decimal(64680)))
    core.standing.set(cid, StandingInput(reputation=4))
    data = profile(core, cid)
    assert (data.computed.abc_class, data.lifecycle_shown) == ("A", "loyal")
    assert "符合条件，可考虑授予" in builders.profile(core, [cid], TODAY).html()
    core.standing.set(cid, StandingInput(reputation=3))
    assert "特供支持单位" not in builders.profile(core, [cid], TODAY).html()


def test_the_profile_lists_the_warnings_in_its_language(core: Any, fixed_today: date) -> None:
    cid = customer(core)
    core.plans.set(cid, "2026-11", Decimal(40000), "甲")
    core.plans.set(cid, "2026-11", Decimal(20000), "乙")
    core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(45000), product="甲"))
    chinese = builders.profile(core, [cid], TODAY).html()
    assert "当前预警" in chinese and "销售进度落后" in chinese
    assert "乙 本月至今销售 0.00 元，低于应达到的 15,000.00 元" in chinese
    assert "month-to-date" not in chinese and "sales_behind_plan" not in chinese
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "Behind sales plan" in english and "month-to-date sales of 乙 0.00 yuan" in english
    office = core.reports.office("warnings", TODAY).html()
    assert "乙 本月至今销售" in office and "month-to-date" not in office
    quiet = customer(core, "丁药房")
    assert "当前预警 <span" in builders.profile(core, [quiet], TODAY).html()  # "none" beside it


def test_report_warning_sentences_are_the_windows(core: Any) -> None:
    import importlib.util
    from pathlib import Path

    from crm_desktop.core.reports.warning_texts import ZH

    script = Path(__file__).resolve().parents[2] / "scripts" / "fill_translations.py"
    spec = importlib.util.spec_from_file_location("fill_translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    glossary = module.GLOSSARY
    window = {
        "credit_over_limit": "receivable {receivable} yuan is over the credit limit {limit} by"
        " {excess} yuan",
        "churn": "no order for {days} days since {last} (usual limit {limit} days)",
        "sales_behind_plan": "month-to-date sales {done} yuan are below {target} yuan ({share}% of"
        " the {plan} yuan plan for {month}, with {tolerance}% tolerance)",
        "sales_behind_plan_product": "month-to-date sales of {product} {done} yuan are below"
        " {target} yuan ({share}% of the {plan} yuan plan of {product} for {month}, with"
        " {tolerance}% tolerance)",
        "expired": "expired {days} days ago",
        "expires": "expires in {days} days",
        "complaint_overdue": "complaint {category} received {received} is unanswered after {days}"
        " days",
        "follow_up_today": "follow-up planned for {follow} (note of {noted}) is due today",
        "follow_up_overdue": "follow-up planned for {follow} (note of {noted}) is {days} days"
        " overdue",
        "contract_today": "contract {number} ends today ({ends}); no later contract",
        "contract_ends": "contract {number} ends in {days} days ({ends}); no later contract",
        "order_overdue": "no order for {days} days since {last}: usually one every {usual} days"
        " (median gap of {orders} orders)",
        "sales_below_last_year": "month-to-date sales {done} yuan are below {target} yuan"
        " ({share}% of the {before} yuan of {month}, with {tolerance}% tolerance)",
        "major_event": "major event ({event}) reported {noted}: {summary} ({days} days ago) —"
        " until someone clears it",
        "major_event_bare": "major event ({event}) reported {noted} ({days} days ago) — until"
        " someone clears it",
    }
    assert {key: glossary[source] for key, source in window.items()} == ZH

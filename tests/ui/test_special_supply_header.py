"""Seed 003's 特供支持单位 in the customer's header: suggested by the rules for a loyal, A-class
retail or medical customer of good reputation; granted by the office (the tag)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.core.rules.designations import SPECIAL_SUPPLY_TAG, special_supply_state
from crm_desktop.core.services.dto import CustomerInput, SaleInput
from crm_desktop.core.services.standing import StandingInput


def test_the_state_of_the_plaque() -> None:
    assert special_supply_state("retail", "A", "loyal", 4, []) == "suggested"
    assert special_supply_state("medical", "AAA", "loyal", 5, [SPECIAL_SUPPLY_TAG]) == "held"
    assert special_supply_state("retail", "B+", "loyal", 5, []) is None  # below A
    assert special_supply_state("wholesale", "AAA", "loyal", 5, []) is None
    assert special_supply_state("retail", "A", "decline", 5, [SPECIAL_SUPPLY_TAG]) == ("held_unmet")
    assert special_supply_state("retail", "A", "loyal", 3, []) is None  # reputation 4 or 5


def test_the_header_suggests_the_plaque(window: Any, fixed_today: date) -> None:
    core = window.core
    cid = core.customers.create(CustomerInput(name="仁和大药房", channel="retail"))
    for month in range(1, 13):  # 6万 a month over the ABC window: class A
        day = date(2025 + (month + 10) // 12, (month + 10) % 12 + 1, 10)
        core.sales.add(cid, SaleInput(date=day, amount=Decimal(60000), cost=Decimal(60000)))
    core.standing.set(cid, StandingInput(lifecycle="loyal", reputation=4))
    window.detail.show_customer(cid)
    assert "Suggested: special supply support unit" in window.detail.facts.text()
    data = core.customers.get(cid)
    core.customers.update(
        cid,
        CustomerInput(name=data.name, channel="retail", tags=[SPECIAL_SUPPLY_TAG]),
        version=getattr(data, "version", None),
    )
    window.detail.show_customer(cid)
    text = window.detail.facts.text().replace("\u2060", "")  # the chip's word joiners
    assert "Suggested" not in text and SPECIAL_SUPPLY_TAG in text  # granted: its tag shows

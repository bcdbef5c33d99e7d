"""How numbers look on screen: money with thousands separators, quantities without noise."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.core.money import WAN


def money(value: Decimal | None, places: int = 2) -> str:
    if value is None:
        return ""
    return f"{value:,.{places}f}"


def quantity(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def wan(value: Decimal) -> str:
    """万元 with two decimals, as the seed tables show sales."""
    return f"{value / WAN:,.2f}"

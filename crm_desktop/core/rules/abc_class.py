"""ABC classification (seed 003, tables 4-1 and 4-2), exactly as the contract states it."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from crm_desktop.core import months
from crm_desktop.core.money import FEN_PER_YUAN, WAN, YUAN_PER_WAN
from crm_desktop.core.rules.thresholds import CLASS_ORDER, Thresholds

WHOLESALE_CHANNELS = {"wholesale", "chain"}
FEN_PER_MONTHLY_WAN = (
    12 * YUAN_PER_WAN * FEN_PER_YUAN
)  # 1 万元 a month over the 12-month window, in fen


def window(today: date) -> tuple[date, date]:
    """The 12 full calendar months before today's month: [start, end)."""
    return months.full_months_before(today, 12)


def classify(channel: str | None, total: Decimal, cost: Decimal, thresholds: Thresholds) -> str:
    """`total`/`cost` in yuan over the window (which had sales). Unrounded comparisons."""
    if total <= 0:
        return "C"
    table = thresholds.wholesale if channel in WHOLESALE_CHANNELS else thresholds.retail
    monthly_wan = total / 12 / WAN
    margin = (total - cost) / total
    for lower, klass, upgrade_margin in table:
        if monthly_wan >= lower:
            if upgrade_margin is not None and margin >= upgrade_margin:
                return CLASS_ORDER[min(CLASS_ORDER.index(klass) + 1, len(CLASS_ORDER) - 1)]
            return klass
    return "C"  # below the last range: C without upgrade


def classify_fen(channel: str | None, total_fen: int, cost_fen: int, thresholds: Thresholds) -> str:
    """`classify` with the window's sums in fen, as SQL gives them: the same comparisons,
    multiplied out (monthly 万元 ≥ lower ⇔ total ≥ lower × 1,200,000 fen; margin ≥ m ⇔
    total − cost ≥ m × total), so no Decimal is made for the 100,000 customers of a run."""
    if total_fen <= 0:
        return "C"
    table = thresholds.wholesale if channel in WHOLESALE_CHANNELS else thresholds.retail
    for lower, klass, upgrade_margin in table:
        if total_fen >= lower * FEN_PER_MONTHLY_WAN:
            if upgrade_margin is not None and total_fen - cost_fen >= upgrade_margin * total_fen:
                return CLASS_ORDER[min(CLASS_ORDER.index(klass) + 1, len(CLASS_ORDER) - 1)]
            return klass
    return "C"


def classifier(thresholds: Thresholds) -> Callable[[bool, int, int], str]:
    """`classify_fen` for many customers, called with whether the channel is one of
    WHOLESALE_CHANNELS (SQL tells it as a number) instead of the channel: the tables turned
    once into whole-fen bounds and integer margin ratios (total ≥ lower × 1,200,000 ⇔
    total ≥ ⌈lower × 1,200,000⌉ for a total in whole fen; margin ≥ p/q ⇔
    (total − cost)·q ≥ total·p), so no Decimal is made per customer. Same classes as
    `classify_fen` (tests/core/test_analytics_core.py checks all three at every threshold)."""
    tables: dict[bool, list[tuple[int, str, tuple[int, int, str] | None]]] = {}
    for wholesale, table in ((True, thresholds.wholesale), (False, thresholds.retail)):
        rows: list[tuple[int, str, tuple[int, int, str] | None]] = []
        for lower, klass, upgrade_margin in table:
            upgrade = None
            if upgrade_margin is not None:
                if klass not in CLASS_ORDER:  # classify_fen would fail on it: let it say so
                    return lambda wholesale, total, cost: classify_fen(
                        min(WHOLESALE_CHANNELS) if wholesale else None, total, cost, thresholds
                    )
                p, q = upgrade_margin.as_integer_ratio()
                upgrade = (
                    p,
                    q,
                    CLASS_ORDER[min(CLASS_ORDER.index(klass) + 1, len(CLASS_ORDER) - 1)],
                )
            rows.append((math.ceil(lower * FEN_PER_MONTHLY_WAN), klass, upgrade))
        tables[wholesale] = rows

    def classify_one(wholesale: bool, total_fen: int, cost_fen: int) -> str:
        if total_fen <= 0:
            return "C"
        for bound, klass, upgrade in tables[bool(wholesale)]:
            if total_fen >= bound:
                if (
                    upgrade is not None
                    and (total_fen - cost_fen) * upgrade[1] >= total_fen * upgrade[0]
                ):
                    return upgrade[2]
                return klass
        return "C"

    return classify_one

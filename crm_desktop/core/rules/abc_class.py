"""ABC classification (seed 003, tables 4-1 and 4-2), exactly as the contract states it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from crm_desktop.core.rules.thresholds import CLASS_ORDER, Thresholds

WHOLESALE_CHANNELS = {"wholesale", "chain"}
FEN_PER_MONTHLY_WAN = 12 * 10000 * 100  # 1 万元 a month over the 12-month window, in fen


def window(today: date) -> tuple[date, date]:
    """The 12 full calendar months before today's month: [start, end)."""
    end = date(today.year, today.month, 1)
    start = date(end.year - 1, end.month, 1)
    return start, end


def classify(channel: str | None, total: Decimal, cost: Decimal, thresholds: Thresholds) -> str:
    """`total`/`cost` in yuan over the window (which had sales). Unrounded comparisons."""
    if total <= 0:
        return "C"
    table = thresholds.wholesale if channel in WHOLESALE_CHANNELS else thresholds.retail
    monthly_wan = total / 12 / 10000
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

"""Where a customer stands: the lifecycle stage its sales suggest, the relationship stage by
share of wallet (seed 002), the evaluation card's total, and the key accounts (80/20)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from crm_desktop.core.rules.thresholds import Thresholds

LIFECYCLE = ("prospect", "welcome", "loyal", "decline", "lost")
RELATIONSHIP = ("development", "initial", "stable", "strategic")
EVALUATION_KEYS = ("capability", "reputation", "relations", "cooperation")


@dataclass(slots=True)  # not frozen: one is made per customer of a run, and frozen ones cost 4x
class SalesHistory:
    """What the lifecycle rule needs of one customer's sales log."""

    first_sale: date | None
    orders: int  # distinct sale dates
    last_half: Decimal | int  # sales of the 6 months up to today (any unit: only compared)
    previous_half: Decimal | int  # the 6 months before those
    churned: bool  # the churn warning holds (silent longer than usual)


def half_years(today: date) -> tuple[date, date]:
    """Boundaries of the two 6-month halves: (previous_half_start, last_half_start), each
    half open at its start: (start, end]."""
    return today - timedelta(days=366), today - timedelta(days=183)


def suggest_lifecycle(h: SalesHistory, today: date, t: Thresholds) -> str:
    """prospect → welcome → loyal → decline → lost, from the sales log alone."""
    if h.first_sale is None or h.first_sale > today:
        return "prospect"
    if h.churned:
        return "lost"
    if h.previous_half > 0 and h.last_half < h.previous_half * t.decline_ratio:
        return "decline"
    if (today - h.first_sale).days <= t.welcome_days or h.orders < t.loyal_orders:
        return "welcome"
    return "loyal"


def relationship_stage(our_sales: Decimal, wallet: Decimal | None) -> tuple[str | None, Decimal | None]:
    """Stage and share of wallet (our last-12-months sales / the customer's estimated total
    purchases of our kind of product): development (0), initial (< 50 %), stable (50–80 %),
    strategic (≥ 80 %). None without an estimate."""
    if wallet is None or wallet <= 0:
        return None, None
    share = our_sales / wallet
    if our_sales <= 0:
        return "development", Decimal(0)
    if share < Decimal("0.5"):
        return "initial", share
    if share < Decimal("0.8"):
        return "stable", share
    return "strategic", share


def evaluation_total(scores: Mapping[str, int | None]) -> int | None:
    """The evaluation card's total (4–20), or None until every item is scored."""
    values = [scores.get(key) for key in EVALUATION_KEYS]
    if any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def key_accounts(totals: Mapping[int, Decimal] | Mapping[int, int], share: Decimal = Decimal("0.8")) -> set[int]:
    """The smallest set of customers whose sales reach `share` of the total: the biggest first
    (ties by id, so the set is stable)."""
    positive = sorted((-v, cid) for cid, v in totals.items() if v > 0)
    whole = -sum(v for v, _ in positive)
    goal = whole * share
    chosen: set[int] = set()
    running: Decimal | int = 0
    for negative, cid in positive:
        if running >= goal:
            break
        chosen.add(cid)
        running -= negative
    return chosen

"""Where a customer stands: the lifecycle stage its sales suggest, the relationship stage by
share of wallet (seed 002), the evaluation card's total, and the key accounts (80/20)."""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate, repeat

from crm_desktop.core import vocabulary
from crm_desktop.core.rules.thresholds import Thresholds

LIFECYCLE = vocabulary.LIFECYCLE.keys
RELATIONSHIP = vocabulary.RELATIONSHIP.keys
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


# What `lifecycle_sql` gives: a code, the index of its stage here; LIFECYCLE_UNDECIDED: numbers
# too big for SQLite's 64-bit arithmetic, decide with `suggest_lifecycle`.
LIFECYCLE_CODES = ("prospect", "welcome", "loyal", "decline")
LIFECYCLE_UNDECIDED = len(LIFECYCLE_CODES)


def lifecycle_sql(
    today: date, t: Thresholds, first_sale: str, orders: str, last_half: str, previous_half: str
) -> tuple[str, dict[str, object]]:
    """`suggest_lifecycle` as a SQL expression over per-customer aggregates (each argument an
    expression: the first sale date, the distinct sale dates, the two halves in fen, NULL
    taken as 0), for a customer that is not churned (a churned one is "lost" whatever this
    says: churn needs a sale up to today, so it is never a prospect). Returns the expression,
    giving a code (LIFECYCLE_CODES), and its named parameters.

    Exactly the rule: ISO dates compare as text ((today − first).days ≤ welcome_days ⇔ first ≥
    today − welcome_days), and last < previous × p/q ⇔ last·q < previous·p for the ratio p/q,
    in integers while they fit in 64 bits (LIFECYCLE_UNDECIDED otherwise).
    tests/core/test_stages_and_scores.py checks it against `suggest_lifecycle`."""
    try:
        welcome_since = (today - timedelta(days=t.welcome_days)).isoformat()
    except OverflowError:  # reaching before year 1 (every first sale is in it) or after 9999
        welcome_since = "" if t.welcome_days > 0 else "9999-12-32"
    p, q = t.decline_ratio.as_integer_ratio()
    safe = (2**62) // max(abs(p), q, 1)  # |halves| up to this: the products fit in 64 bits
    if not safe:  # a ratio too fine for SQLite's integers: every decline is decided in Python
        p, q, safe = 0, 1, -1
    last, previous = f"COALESCE({last_half}, 0)", f"COALESCE({previous_half}, 0)"
    sql = (
        f"CASE WHEN {first_sale} IS NULL OR {first_sale} > :life_today THEN 0"
        f" WHEN {previous} > 0 AND (ABS({last}) > :life_safe OR {previous} > :life_safe)"
        f" THEN {LIFECYCLE_UNDECIDED}"
        f" WHEN {previous} > 0 AND {last} * :life_q < {previous} * :life_p THEN 3"
        f" WHEN {first_sale} >= :life_welcome OR {orders} < :life_orders THEN 1 ELSE 2 END"
    )
    return sql, {
        "life_today": today.isoformat(),
        "life_welcome": welcome_since,
        "life_p": p,
        "life_q": q,
        "life_safe": safe,
        "life_orders": t.loyal_orders,
    }


def relationship_stage(
    our_sales: Decimal, wallet: Decimal | None
) -> tuple[str | None, Decimal | None]:
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


def key_accounts(
    totals: Mapping[int, Decimal] | Mapping[int, int], share: Decimal = Decimal("0.8")
) -> set[int]:
    """The smallest set of customers whose sales reach `share` of the total: the biggest first
    (ties by id, so the set is stable)."""
    if all(type(v) is int for v in totals.values()):
        return key_accounts_fen(totals, share)  # type: ignore[arg-type]
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


def key_accounts_fen(totals: Mapping[int, int], share: Decimal = Decimal("0.8")) -> set[int]:
    """`key_accounts` for whole numbers (fen) and non-negative ids: each customer packed into
    one integer, amount above and id (inverted) below, so that a plain sort of integers orders
    the biggest first and ties by id, ~5× faster than sorting (−amount, id) tuples. The goal
    in integers (running ≥ whole × p/q ⇔ running ≥ ⌈whole·p / q⌉), and the first running sum
    reaching it found by bisection."""
    if totals and min(totals) < 0:
        return key_accounts({cid: Decimal(v) for cid, v in totals.items()}, share)
    bits = max(totals, default=0).bit_length()
    top = (1 << bits) - 1
    packed = [(v << bits) | (top - cid) for cid, v in totals.items() if v > 0]
    packed.sort(reverse=True)
    running = list(accumulate(map(operator.rshift, packed, repeat(bits)), initial=0))
    p, q = share.as_integer_ratio()
    chosen = min(bisect_left(running, -(-running[-1] * p // q)), len(packed))
    return {top - (k & top) for k in packed[:chosen]}

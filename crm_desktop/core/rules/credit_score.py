"""The credit file's scores (seed 003: 客户历史回款能力得分表, 客户发展潜力评分表,
客户信用等级评定表): a payment-history score from the sales log and dated payments, the
potential score the user enters, and the rating they suggest together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.core.rules.thresholds import Thresholds


@dataclass(frozen=True)
class SaleDue:
    sold: date
    amount: Decimal
    paid_at_sale: Decimal  # the sale's own "paid" column: paid on the day of the sale


def payment_history_score(
    sales: Sequence[SaleDue],
    payments: Sequence[tuple[date, Decimal]],
    payment_days: int,
    today: date,
) -> int | None:
    """Share (0–100) of the amounts that fell due in the last 12 months and were paid within the
    payment days. Dated payments settle the oldest open sales first, as a clerk books them.
    None when nothing fell due in the window (no history to judge)."""
    start = today - timedelta(days=365)
    open_sales = sorted(sales, key=lambda s: s.sold)
    owed = [s.amount - s.paid_at_sale for s in open_sales]
    on_time = [min(s.paid_at_sale, s.amount) for s in open_sales]
    index = 0
    for paid_on, amount in sorted(payments):
        left = amount
        while left > 0 and index < len(open_sales):
            if owed[index] <= 0:
                index += 1
                continue
            used = min(left, owed[index])
            owed[index] -= used
            left -= used
            if paid_on <= open_sales[index].sold + timedelta(days=payment_days):
                on_time[index] += used
    due_total = on_time_total = Decimal(0)
    for sale, in_time in zip(open_sales, on_time, strict=True):
        due = sale.sold + timedelta(days=payment_days)
        if sale.amount <= 0 or not start <= due <= today:
            continue
        due_total += sale.amount
        on_time_total += in_time
    if due_total <= 0:
        return None
    return int((on_time_total / due_total * 100).quantize(Decimal(1), ROUND_HALF_UP))


def combined_score(history: int | None, potential: int | None, t: Thresholds) -> int | None:
    """History weighted against potential; either alone when the other is unknown."""
    if history is None and potential is None:
        return None
    if history is None:
        return potential
    if potential is None:
        return history
    value = Decimal(history) * t.history_weight + Decimal(potential) * (1 - t.history_weight)
    return int(value.quantize(Decimal(1), ROUND_HALF_UP))


def suggest_rating(history: int | None, potential: int | None, t: Thresholds) -> str | None:
    score = combined_score(history, potential, t)
    if score is None:
        return None
    for lowest, rating in t.rating_bands:
        if score >= lowest:
            return rating
    return "D"

"""Complaints received in the period: by category, by status and by escalation level, the
average number of days from received to answered (complaints with an answer date) and the
compensation given."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import customer_dims, filtered, shift
from crm_desktop.core.money import yuan
from crm_desktop.core.vocabulary import COMPLAINT_STATUS, ESCALATION

DAY_PLACES = Decimal("0.1")


def _average(days: int, answered: int) -> Decimal | None:
    return (
        (Decimal(days) / answered).quantize(DAY_PLACES, rounding=ROUND_HALF_UP)
        if answered
        else None
    )


@dataclass(frozen=True)
class ComplaintRow:
    # "complaint_category", "complaint_status" or "complaint_escalation":
    # customers_for(con, view, key, filters)
    view: str
    key: str | None  # the category (None: none entered), the status or the escalation level
    complaints: int
    answered: int  # with an answer date
    average_days: Decimal | None  # received → answered, one decimal
    compensation: Decimal = Decimal("0.00")  # yuan given to the customers (seed 000: 补偿)


@dataclass(frozen=True)
class ComplaintStats:
    by_category: list[ComplaintRow]  # most complaints first
    by_status: list[ComplaintRow]  # in the workflow's order
    complaints: int
    answered: int
    average_days: Decimal | None
    by_escalation: list[ComplaintRow] = field(default_factory=list)  # lowest level first
    compensation: Decimal = Decimal("0.00")


def _from(f: Filters) -> tuple[str, list[object]]:
    """FROM … WHERE for the period's complaints; the customer only joins for a filter."""
    where, params = customer_dims(f)
    joined = " JOIN customer c ON c.id = p.customer_id" if filtered(f) else ""
    return (
        f"FROM complaint p{joined} WHERE p.received >= ? AND p.received < ? AND {where}",
        [f"{f.first_month}-01", f"{shift(f.last_month, 1)}-01", *params],
    )


def complaint_stats(con: sqlite3.Connection, f: Filters) -> ComplaintStats:
    """The period's complaints by category, status and escalation level: how many, how many
    answered, the average days to answer (seed 000's 动作快一点) and the compensation given."""
    source, params = _from(f)
    # Whole days as integers (both are dates), so the average is exact before rounding.
    found = con.execute(
        "SELECT NULLIF(p.category, ''), p.status, p.escalation, COUNT(*), COUNT(p.answered_on),"
        " COALESCE(SUM(CAST(julianday(p.answered_on) - julianday(p.received) AS INTEGER)), 0),"
        f" COALESCE(SUM(p.compensation), 0) {source} GROUP BY 1, 2, 3",
        params,
    ).fetchall()
    groups: tuple[dict[str | None, list[int]], ...] = ({}, {}, {})
    for *keys, complaints, answered, days, fen in found:
        for group, key in zip(groups, keys, strict=True):
            sums = group.setdefault(key, [0, 0, 0, 0])
            for i, value in enumerate((complaints, answered, days, fen)):
                sums[i] += value
    by_category, by_status, by_escalation = groups
    categories = sorted(by_category.items(), key=lambda kv: (-kv[1][0], kv[0] is None, kv[0] or ""))
    total, answered, days, fen = (sum(v[i] for v in by_status.values()) for i in range(4))
    return ComplaintStats(
        _rows("complaint_category", categories),
        _rows("complaint_status", _in_order(by_status, list(COMPLAINT_STATUS.keys))),
        total,
        answered,
        _average(days, answered),
        _rows("complaint_escalation", _in_order(by_escalation, list(ESCALATION.keys))),
        yuan(fen),
    )


def _in_order(
    group: dict[str | None, list[int]], order: list[str]
) -> list[tuple[str | None, list[int]]]:
    """A vocabulary's keys in its order; others (and none) after them."""
    return sorted(
        group.items(),
        key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0] or ""),
    )


def _rows(view: str, items: list[tuple[str | None, list[int]]]) -> list[ComplaintRow]:
    return [ComplaintRow(view, k, v[0], v[1], _average(v[2], v[1]), yuan(v[3])) for k, v in items]


def complaint_customers(con: sqlite3.Connection, f: Filters, by: str, key: str | None) -> list[int]:
    source, params = _from(f)
    column = {
        "category": "NULLIF(p.category, '')",
        "status": "p.status",
        "escalation": "p.escalation",
    }[by]
    return [
        cid
        for (cid,) in con.execute(
            f"SELECT DISTINCT p.customer_id {source} AND {column} IS ? ORDER BY 1", [*params, key]
        )
    ]

"""Complaints received in the period: by category and by status, and the average number of
days from received to answered (complaints with an answer date)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import customer_dims, filtered, shift
from crm_desktop.core.vocabulary import COMPLAINT_STATUS

DAY_PLACES = Decimal("0.1")


def _average(days: int, answered: int) -> Decimal | None:
    return (
        (Decimal(days) / answered).quantize(DAY_PLACES, rounding=ROUND_HALF_UP)
        if answered
        else None
    )


@dataclass(frozen=True)
class ComplaintRow:
    view: str  # "complaint_category" or "complaint_status": customers_for(con, view, key, filters)
    key: str | None  # the category (None: none entered) or the status
    complaints: int
    answered: int  # with an answer date
    average_days: Decimal | None  # received → answered, one decimal


@dataclass(frozen=True)
class ComplaintStats:
    by_category: list[ComplaintRow]  # most complaints first
    by_status: list[ComplaintRow]  # in the workflow's order
    complaints: int
    answered: int
    average_days: Decimal | None


def _from(f: Filters) -> tuple[str, list[object]]:
    """FROM … WHERE for the period's complaints; the customer only joins for a filter."""
    where, params = customer_dims(f)
    joined = " JOIN customer c ON c.id = p.customer_id" if filtered(f) else ""
    return (
        f"FROM complaint p{joined} WHERE p.received >= ? AND p.received < ? AND {where}",
        [f"{f.first_month}-01", f"{shift(f.last_month, 1)}-01", *params],
    )


def complaint_stats(con: sqlite3.Connection, f: Filters) -> ComplaintStats:
    source, params = _from(f)
    # Whole days as integers (both are dates), so the average is exact before rounding.
    found = con.execute(
        "SELECT NULLIF(p.category, ''), p.status, COUNT(*), COUNT(p.answered_on),"
        " COALESCE(SUM(CAST(julianday(p.answered_on) - julianday(p.received) AS INTEGER)), 0)"
        f" {source} GROUP BY 1, 2",
        params,
    ).fetchall()
    by_category: dict[str | None, list[int]] = {}
    by_status: dict[str, list[int]] = {}
    for category, status, *values in found:
        for sums in (
            by_category.setdefault(category, [0, 0, 0]),
            by_status.setdefault(status, [0, 0, 0]),
        ):
            for i, value in enumerate(values):  # complaints, answered, days
                sums[i] += value
    order = list(COMPLAINT_STATUS.keys)
    categories = sorted(by_category.items(), key=lambda kv: (-kv[1][0], kv[0] is None, kv[0] or ""))
    statuses = sorted(
        by_status.items(),
        key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]),
    )
    total, answered, days = (sum(v[i] for v in by_status.values()) for i in range(3))
    return ComplaintStats(
        [
            ComplaintRow("complaint_category", k, v[0], v[1], _average(v[2], v[1]))
            for k, v in categories
        ],
        [
            ComplaintRow("complaint_status", k, v[0], v[1], _average(v[2], v[1]))
            for k, v in statuses
        ],
        total,
        answered,
        _average(days, answered),
    )


def complaint_customers(con: sqlite3.Connection, f: Filters, by: str, key: str | None) -> list[int]:
    source, params = _from(f)
    column = "NULLIF(p.category, '')" if by == "category" else "p.status"
    return [
        cid
        for (cid,) in con.execute(
            f"SELECT DISTINCT p.customer_id {source} AND {column} IS ? ORDER BY 1", [*params, key]
        )
    ]

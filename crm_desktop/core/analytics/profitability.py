"""Profitability by customer: the customers earning the most gross margin (amount − cost, a
line without a cost counting 0 as in the ABC rule) and the least profitable ones. The margin
by channel, product… is views.breakdown's, over the sales cube."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import (
    customer_names,
    period_customers,
    yuan,
)


@dataclass(frozen=True)
class MarginRow:
    """A customer's sales and cost in the period (yuan); a click opens the customer."""

    key: int  # the customer's id
    label: str  # the customer's name
    amount: Decimal
    cost: Decimal


def customers_by_margin(
    con: sqlite3.Connection, f: Filters, limit: int = 10, least: bool = False
) -> list[MarginRow]:
    """The `limit` customers with the largest gross margin in the period, or with `least` the
    lowest margin rate among those who bought something (ties: smaller margin, then id).

    SQLite keeps only the first `limit` while scanning, so 100,000 customers are never
    fetched."""
    sql, params = period_customers(con, f)
    order = (
        "CAST(amount - cost AS REAL) / amount, amount - cost, customer_id"
        if least
        else "amount - cost DESC, customer_id"
    )
    found = con.execute(
        f"SELECT customer_id, amount, cost FROM ({sql}) WHERE {'amount > 0' if least else '1 = 1'}"
        f" ORDER BY {order} LIMIT ?",
        [*params, limit],
    ).fetchall()
    names = customer_names(con, [r[0] for r in found])
    return [MarginRow(cid, names.get(cid, ""), yuan(a), yuan(c)) for cid, a, c in found]

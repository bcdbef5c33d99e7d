"""Prospecting: new customers per month (the month of their first sale) and the prospects
converted in the period. Reads `customer_rollup.first_month` (indexed)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import dims, filtered, months, rate

VIEW = "new"  # customers_for(con, "new", "YYYY-MM", filters); also "converted" and "prospects"


@dataclass(frozen=True)
class MonthCount:
    month: str
    customers: int
    view: str = VIEW

    @property
    def key(self) -> str:
        return self.month


@dataclass(frozen=True)
class Prospecting:
    new_per_month: list[MonthCount]
    converted: int  # first sale in the period
    prospects: (
        int  # had not bought before the period: the converted ones and those still without a sale
    )

    @property
    def rate(self) -> Decimal | None:
        """Share of the period's prospects that bought."""
        return rate(self.converted, self.prospects)


def prospecting(con: sqlite3.Connection, f: Filters) -> Prospecting:
    where, params = dims(f)
    # Office-wide the first_month index answers alone; with a filter every index hit would
    # need its row for the dimensions (tens of thousands of seeks), so scan the rows instead.
    column = "+first_month" if filtered(f) else "first_month"
    counts = dict(
        con.execute(
            f"SELECT first_month, COUNT(*) FROM customer_rollup WHERE {column} BETWEEN ? AND ?"
            f" AND {where} GROUP BY first_month",
            [f.first_month, f.last_month, *params],
        ).fetchall()
    )
    prospects = con.execute(
        f"SELECT COUNT(*) FROM customer_rollup WHERE ({column} IS NULL OR {column} >= ?)"
        f" AND {where}",
        [f.first_month, *params],
    ).fetchone()[0]
    rows = [MonthCount(m, counts.get(m, 0)) for m in months(f.first_month, f.last_month)]
    return Prospecting(rows, sum(r.customers for r in rows), prospects)

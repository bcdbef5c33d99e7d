"""What the office views share: money in yuan, the filters as SQL over the maintained tables,
and "the customers of a period" with their sums.

The filters are `filters.Filters` (months as 'YYYY-MM', inclusive). Owner, region, channel
and category compare with the sentinels the maintained tables store: owner 0 = no owner,
region '' = no region (so a bar of customers without a region can be clicked like any other).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.store import month_index, month_text, stored_epoch
from crm_desktop.core.models.analytics import HORIZON_MONTHS
from crm_desktop.core.money import yuan  # noqa: F401 - yuan: the views take it from here

Params = list[Any]
RATE_PLACES = Decimal("0.0001")


def rate(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part / whole to 4 places (a share or a margin rate); None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def dims(f: Filters, prefix: str = "") -> tuple[str, Params]:
    """The owner/region/channel/category filters on a maintained table (cube or rollup)."""
    clauses, params = f.dimension_clauses(prefix)
    return " AND ".join(clauses) or "1 = 1", params


def customer_dims(f: Filters, prefix: str = "c.") -> tuple[str, Params]:
    """The same filters on `customer`'s own (indexed) columns, where NULL is the sentinel's
    meaning: cheaper than joining the rollup when a view reads `customer` anyway."""
    clauses: list[str] = []
    params: Params = []
    for column, value in (
        ("owner_id", f.owner_id),
        ("region", f.region),
        ("channel", f.channel),
        ("category", f.category),
    ):
        if value is None:
            continue
        if value in (0, ""):
            clauses.append(f"({prefix}{column} IS NULL OR {prefix}{column} = ?)")
        else:
            clauses.append(f"{prefix}{column} = ?")
        params.append(value)
    return " AND ".join(clauses) or "1 = 1", params


def filtered(f: Filters) -> bool:
    return any(v is not None for v in (f.owner_id, f.region, f.channel, f.category))


def cube_where(f: Filters, first: str | None = None, last: str | None = None) -> tuple[str, Params]:
    """Months [first, last] (default: the filters' period) and the dimensions, on a cube."""
    where, params = dims(f)
    return f"month BETWEEN ? AND ? AND {where}", [
        first or f.first_month,
        last or f.last_month,
        *params,
    ]


def months(first: str, last: str) -> list[str]:
    return [month_text(i) for i in range(month_index(first), month_index(last) + 1)]


def shift(month: str, by: int) -> str:
    return month_text(month_index(month) + by)


@dataclass(frozen=True)
class Span:
    """Months [first, last] as columns of the rollup when its horizon holds them."""

    first: str
    last: str
    lo: int | None = None  # index of `first` in the horizon; None: outside it
    hi: int | None = None

    @property
    def in_horizon(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def mask(self) -> int:
        """The presence bits of these months."""
        assert self.lo is not None and self.hi is not None
        return ((1 << (self.hi - self.lo + 1)) - 1) << self.lo

    def amount(self, prefix: str = "") -> str:
        """SQL for the sum over these months from the cumulative columns: two reads a row."""
        assert self.lo is not None and self.hi is not None
        before = f"{prefix}base_amount" if self.lo == 0 else f"{prefix}a{self.lo - 1:02d}"
        return f"({prefix}a{self.hi:02d} - {before})"

    def cost(self, prefix: str = "") -> str:
        assert self.lo is not None and self.hi is not None
        before = f"{prefix}base_cost" if self.lo == 0 else f"{prefix}c{self.lo - 1:02d}"
        return f"({prefix}c{self.hi:02d} - {before})"


def span(con: sqlite3.Connection, first: str, last: str) -> Span:
    epoch = stored_epoch(con)
    lo, hi = month_index(first), month_index(last)
    if epoch is None or lo > hi or lo < epoch or hi > epoch + HORIZON_MONTHS - 1:
        return Span(first, last)
    return Span(first, last, lo - epoch, hi - epoch)


def period_customers(
    con: sqlite3.Connection, f: Filters, first: str | None = None, last: str | None = None
) -> tuple[str, Params]:
    """SQL of (customer_id, amount, cost) in fen for every customer with at least one sales line
    in months [first, last] (default: the filters' period) under the filters' dimensions.

    Inside the rollup's horizon: one row per customer, two columns each. Outside it: the
    customer's months from `customer_month` (exact as well, ~3× slower at 100,000 customers)."""
    s = span(con, first or f.first_month, last or f.last_month)
    where, params = dims(f, "r.")
    if s.in_horizon:
        # NOT INDEXED: the sums are in no index, and searching one by channel would then read
        # tens of thousands of rows one seek at a time; the plain scan stays ~20 ms.
        return (
            f"SELECT r.customer_id AS customer_id, {s.amount('r.')} AS amount,"
            f" {s.cost('r.')} AS cost FROM customer_rollup r NOT INDEXED"
            f" WHERE (r.presence & {s.mask}) != 0 AND {where}",
            params,
        )
    return (
        "SELECT m.customer_id AS customer_id, SUM(m.amount) AS amount, SUM(m.cost) AS cost"
        " FROM customer_month m JOIN customer_rollup r ON r.customer_id = m.customer_id"
        f" WHERE m.month BETWEEN ? AND ? AND {where} GROUP BY m.customer_id",
        [s.first, s.last, *params],
    )


def customer_names(con: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(con.execute(f"SELECT id, name FROM customer WHERE id IN ({marks})", ids).fetchall())

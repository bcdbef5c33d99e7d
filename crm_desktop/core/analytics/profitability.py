"""Profitability: gross margin (amount − cost, a line without a cost counting 0 as in the ABC
rule) by channel, by product and by customer, and the least profitable customers."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.performance import DIMENSIONS
from crm_desktop.core.analytics.scope import (
    WithMargin,
    cube_where,
    customer_names,
    period_customers,
    yuan,
)


@dataclass(frozen=True)
class MarginRow(WithMargin):
    view: str  # "channel", "product", "customer", …: customers_for(con, view, key, filters)
    key: str | int | None  # channel / product id (None: no product) / customer id
    label: str  # product or customer name; for the other dimensions the key
    amount: Decimal
    cost: Decimal


@dataclass(frozen=True)
class Profitability:
    by_channel: list[MarginRow]
    by_product: list[MarginRow]
    by_customer: list[MarginRow]  # the customers earning the most margin
    least_profitable: list[MarginRow]  # the lowest margin rates


def _ordered(rows: list[MarginRow]) -> list[MarginRow]:
    return sorted(rows, key=lambda r: (-r.margin, str(r.key)))


def margin_by(con: sqlite3.Connection, f: Filters, dimension: str) -> list[MarginRow]:
    """Margin by channel, region, category, owner (month cube) or product (sales cube), the
    largest margin first."""
    where, params = cube_where(f)
    if dimension == "product":
        # Grouped in the cube's own order (month, product, spec…): no sort over its rows.
        sums: dict[int, list[int]] = {}
        for product, amount, cost in con.execute(
            f"SELECT product_id, SUM(amount), SUM(cost) FROM sales_cube WHERE {where}"
            " GROUP BY month, product_id",
            params,
        ):
            total = sums.setdefault(product, [0, 0])
            total[0] += amount
            total[1] += cost
        names = dict(con.execute("SELECT id, name FROM product").fetchall())
        return _ordered(
            [
                MarginRow("product", p or None, names.get(p, ""), yuan(a), yuan(c))
                for p, (a, c) in sums.items()
            ]
        )
    column = DIMENSIONS[dimension]
    owners = (
        dict(con.execute("SELECT id, name FROM owner").fetchall()) if dimension == "owner" else {}
    )
    return _ordered(
        [
            MarginRow(dimension, key, owners.get(key, "") if owners else str(key), yuan(a), yuan(c))
            for key, a, c in con.execute(
                f"SELECT {column}, SUM(amount), SUM(cost) FROM month_cube WHERE {where}"
                f" AND lines > 0 GROUP BY {column}",
                params,
            )
        ]
    )


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
    return [MarginRow("customer", cid, names.get(cid, ""), yuan(a), yuan(c)) for cid, a, c in found]


def profitability(con: sqlite3.Connection, f: Filters, limit: int = 10) -> Profitability:
    return Profitability(
        margin_by(con, f, "channel"),
        margin_by(con, f, "product"),
        customers_by_margin(con, f, limit),
        customers_by_margin(con, f, limit, least=True),
    )

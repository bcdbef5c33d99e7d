"""Product: sales by product and by product and spec (from `sales_cube`), and which customers
buy a given product (from the covering index ix_sale_product_date_customer)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import (
    cube_where,
    customer_names,
    dims,
    filtered,
    rate,
    shift,
    yuan,
)
from crm_desktop.core.money import PRICE_SCALE, from_scaled


@dataclass(frozen=True)
class ProductRow:
    view: str  # "product" (key: product id) or "spec" (key: (product id, spec))
    product_id: int | None  # None: lines without a product
    name: str
    spec: str | None  # None on product rows, and for lines without a spec
    amount: Decimal
    cost: Decimal
    quantity: Decimal
    lines: int
    share: Decimal | None  # of the period's sales under the filters

    @property
    def key(self) -> int | None | tuple[int | None, str | None]:
        return self.product_id if self.view == "product" else (self.product_id, self.spec)

    @property
    def margin(self) -> Decimal:
        return self.amount - self.cost


@dataclass(frozen=True)
class ProductSales:
    by_product: list[ProductRow]
    by_spec: list[ProductRow]


@dataclass(frozen=True)
class CustomerAmount:
    customer_id: int
    name: str
    amount: Decimal
    lines: int


def product_sales(con: sqlite3.Connection, f: Filters) -> ProductSales:
    """Most sales first. Grouped in the cube's key order (month, product, spec, …) so SQLite
    never sorts the cube's rows; the few hundred groups are added up here."""
    where, params = cube_where(f)
    per_spec: dict[tuple[int, str], list[int]] = {}
    for product, spec, amount, cost, quantity, lines in con.execute(
        "SELECT product_id, spec, SUM(amount), SUM(cost), SUM(quantity), SUM(lines) FROM sales_cube"
        f" WHERE {where} GROUP BY month, product_id, spec",
        params,
    ):
        sums = per_spec.setdefault((product, spec), [0, 0, 0, 0])
        for i, value in enumerate((amount, cost, quantity, lines)):
            sums[i] += value
    per_product: dict[int, list[int]] = {}
    for (product, _spec), values in per_spec.items():
        sums = per_product.setdefault(product, [0, 0, 0, 0])
        for i, value in enumerate(values):
            sums[i] += value
    names = dict(con.execute("SELECT id, name FROM product").fetchall())
    total = sum(v[0] for v in per_product.values())

    def row(view: str, product: int, spec: str | None, v: list[int]) -> ProductRow:
        return ProductRow(
            view,
            product or None,
            names.get(product, ""),
            spec,
            yuan(v[0]),
            yuan(v[1]),
            from_scaled(v[2], PRICE_SCALE),
            v[3],
            rate(v[0], total),
        )

    def order(r: ProductRow) -> tuple[Decimal, str, str]:
        return -r.amount, r.name, r.spec or ""

    return ProductSales(
        sorted((row("product", p, None, v) for p, v in per_product.items()), key=order),
        sorted((row("spec", p, s or None, v) for (p, s), v in per_spec.items()), key=order),
    )


def _product_sql(
    con: sqlite3.Connection, f: Filters, product_id: int | None, spec: str | None
) -> tuple[str, list[object]]:
    where, params = dims(f, "r.")
    # The rollup joins only for a filter: its dimensions lead its rows, so that join is cheap.
    joined = " JOIN customer_rollup r ON r.customer_id = s.customer_id" if filtered(f) else ""
    sql = (
        "SELECT s.customer_id, SUM(s.amount) AS amount, COUNT(*) AS lines FROM sale s"
        f"{joined} WHERE s.product_id IS ? AND s.date >= ? AND s.date < ? AND {where}"
    )
    args: list[object] = [
        product_id or None,
        f"{f.first_month}-01",
        f"{shift(f.last_month, 1)}-01",
        *params,
    ]
    if spec is not None:
        sql += " AND COALESCE(s.spec, '') = ?"
        args.append(spec)
    return sql + " GROUP BY s.customer_id", args


def product_customers(
    con: sqlite3.Connection,
    f: Filters,
    product_id: int | None,
    spec: str | None = None,
    limit: int | None = None,
) -> list[CustomerAmount]:
    """The customers who bought the product (and spec) in the period, most first; a product id
    of None or 0 means lines without a product."""
    sql, args = _product_sql(con, f, product_id, spec)
    found = con.execute(
        f"{sql} ORDER BY amount DESC, s.customer_id LIMIT ?",
        [*args, -1 if limit is None else limit],
    )
    rows = found.fetchall()
    names = customer_names(con, [r[0] for r in rows])
    return [
        CustomerAmount(cid, names.get(cid, ""), yuan(amount), lines) for cid, amount, lines in rows
    ]


def product_customer_ids(
    con: sqlite3.Connection, f: Filters, product_id: int | None, spec: str | None = None
) -> list[int]:
    sql, args = _product_sql(con, f, product_id, spec)
    return [cid for cid, _amount, _lines in con.execute(f"{sql} ORDER BY s.customer_id", args)]

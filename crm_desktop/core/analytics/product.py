"""The customers who bought a product (and spec) in a period, for a click on a bar of the
product views (views.breakdown "product", views.product_specs). Reads the covering index
ix_sale_product_date_customer."""

from __future__ import annotations

import sqlite3

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import dims, filtered, shift


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


def product_customer_ids(
    con: sqlite3.Connection, f: Filters, product_id: int | None, spec: str | None = None
) -> list[int]:
    sql, args = _product_sql(con, f, product_id, spec)
    return [cid for cid, _amount, _lines in con.execute(f"{sql} ORDER BY s.customer_id", args)]

"""The customers behind one bar or slice: clicking it filters the customer list to them.

Every row the views return carries `view` and `key`; `customers_for(con, row.view, row.key,
filters, today)` gives the ids behind it (sorted), under the same filters.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from typing import Any

from crm_desktop.core.analytics import abc, complaints, persistency, product
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import customer_dims, dims, period_customers

DIMENSION_FIELDS = {
    "category": "category",
    "channel": "channel",
    "region": "region",
    "owner": "owner_id",
}


def _ids(con: sqlite3.Connection, sql: str, params: list[Any]) -> list[int]:
    return [cid for (cid,) in con.execute(sql, params)]


def _bought(
    con: sqlite3.Connection, f: Filters, first: str | None = None, last: str | None = None
) -> list[int]:
    sql, params = period_customers(con, f, first, last)
    return _ids(con, f"SELECT customer_id FROM ({sql}) ORDER BY 1", params)


def customers_for(
    con: sqlite3.Connection, view: str, key: Any, f: Filters, today: date | None = None
) -> list[int]:
    """Customer ids behind `key` of `view`; `today` is needed by "abc" and "relationship"."""
    if view == "month":  # a month of sales by month: who bought then
        return _bought(con, f, key, key)
    if view == "plan":  # a month of plan vs actual: who had a plan or bought then
        where, params = dims(f, "r.")
        return sorted(
            set(_bought(con, f, key, key))
            | set(
                _ids(
                    con,
                    "SELECT DISTINCT p.customer_id FROM plan p JOIN customer_rollup r"
                    f" ON r.customer_id = p.customer_id WHERE p.month = ? AND {where}",
                    [key, *params],
                )
            )
        )
    if view in DIMENSION_FIELDS:  # a bar of a ranking or margin chart
        return _bought(con, replace(f, **{DIMENSION_FIELDS[view]: key}))
    if view == "product":
        return product.product_customer_ids(con, f, key)
    if view == "spec":
        product_id, spec = key
        return product.product_customer_ids(con, f, product_id, spec or "")
    if view == "customer":
        return [int(key)]
    if view == "lifecycle":
        where, params = customer_dims(f)
        return _ids(
            con,
            f"SELECT c.id FROM customer c WHERE c.active = 1 AND c.lifecycle IS ? AND {where}"
            " ORDER BY 1",
            [key, *params],
        )
    if view == "relationship":
        if today is None:
            raise ValueError("the relationship stage needs today's date")
        if key is None:
            where, params = customer_dims(f)
            return _ids(
                con,
                "SELECT c.id FROM customer c WHERE c.active = 1 AND (c.wallet_estimate IS NULL"
                f" OR c.wallet_estimate <= 0) AND {where} ORDER BY 1",
                params,
            )
        return sorted(
            cid for cid, stage in persistency.wallet_shares(con, f, today)[0] if stage == key
        )
    if view == "retention":
        return persistency.retention_customers(con, f, key)
    if view in ("new", "converted", "prospects"):
        where, params = dims(f)
        condition, args = {
            "new": ("first_month = ?", [key]),
            "converted": ("first_month BETWEEN ? AND ?", [f.first_month, f.last_month]),
            "prospects": ("(first_month IS NULL OR first_month >= ?)", [f.first_month]),
        }[view]
        return _ids(
            con,
            f"SELECT customer_id FROM customer_rollup WHERE {condition} AND {where} ORDER BY 1",
            [*args, *params],
        )
    if view == "abc":
        if today is None:
            raise ValueError("the ABC class needs today's date")
        return abc.abc_customers(con, f, today, key)
    if view == "pareto":
        return sorted(abc.key_account_ids(con, f))
    if view in ("complaint_category", "complaint_status"):
        return complaints.complaint_customers(con, f, view.removeprefix("complaint_"), key)
    raise ValueError(f"no view {view!r}")

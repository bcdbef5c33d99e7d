"""The customers behind one bar or slice: clicking it filters the customer list to them.

Every row the views return starts with its key; `customers_for(con, view, key, filters,
today)` gives the ids behind it (sorted), under the same filters. The pareto curve and the
stage views are drilled in services/analytics.py (the key accounts, the rules' stages).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from crm_desktop.core.analytics import abc_pareto, complaints, persistency, product
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import dims, period_customers

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


def _month(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    """A month of sales by month: who bought then."""
    return _bought(con, f, key, key)


def _plan(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    """A month of plan vs actual: who had a plan or bought then."""
    where, params = dims(f, "r.")
    planned = _ids(
        con,
        "SELECT DISTINCT p.customer_id FROM plan p"
        " JOIN customer_rollup r ON r.customer_id = p.customer_id"
        f" WHERE p.month = ? AND {where}",
        [key, *params],
    )
    return sorted(set(_bought(con, f, key, key)) | set(planned))


def _dimension(view: str) -> Callable[[sqlite3.Connection, Filters, Any, date | None], list[int]]:
    """A bar of a breakdown by channel, region, category or owner."""

    def customers(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
        return _bought(con, replace(f, **{DIMENSION_FIELDS[view]: key}))

    return customers


def _product(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    return product.product_customer_ids(con, f, key)


def _spec(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    product_id, spec = key
    return product.product_customer_ids(con, f, product_id, spec or "")


def _retention(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    return persistency.retention_customers(con, f, key)


def _new(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
    """The customers whose first sale fell in month `key`."""
    where, params = dims(f)
    return _ids(
        con,
        f"SELECT customer_id FROM customer_rollup WHERE first_month = ? AND {where} ORDER BY 1",
        [key, *params],
    )


def _abc(con: sqlite3.Connection, f: Filters, key: Any, today: date | None) -> list[int]:
    if today is None:
        raise ValueError("the ABC class needs today's date")
    return abc_pareto.abc_customers(con, f, today, key)


def _complaints(by: str) -> Callable[[sqlite3.Connection, Filters, Any, date | None], list[int]]:
    def customers(con: sqlite3.Connection, f: Filters, key: Any, _today: date | None) -> list[int]:
        return complaints.complaint_customers(con, f, by, key)

    return customers


_VIEWS: dict[str, Callable[[sqlite3.Connection, Filters, Any, date | None], list[int]]] = {
    "month": _month,
    "plan": _plan,
    **{view: _dimension(view) for view in DIMENSION_FIELDS},
    "product": _product,
    "spec": _spec,
    "retention": _retention,
    "new": _new,
    "abc": _abc,
    "complaint_category": _complaints("category"),
    "complaint_status": _complaints("status"),
    "complaint_escalation": _complaints("escalation"),
}


def customers_for(
    con: sqlite3.Connection, view: str, key: Any, f: Filters, today: date | None = None
) -> list[int]:
    """Customer ids behind `key` of `view`; `today` is needed by "abc"."""
    found = _VIEWS.get(view)
    if found is None:
        raise ValueError(f"no view {view!r}")
    return found(con, f, key, today)

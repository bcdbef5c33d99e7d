"""The customers behind one bar of a view: clicking it filters the customer list to them."""

from __future__ import annotations

from typing import Any

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.services.plans import shift_month


def _ids(con: Any, sql: str, params: list[Any]) -> list[int]:
    return [cid for (cid,) in con.execute(sql, params)]


def customers_behind(con: Any, view: str, key: Any, f: Filters) -> list[int]:
    """Customer ids behind `key` of `view` under the filters (empty when the view has none)."""
    where, params = f.sale_where()
    base = f"SELECT DISTINCT s.customer_id FROM sale s JOIN customer c ON c.id = s.customer_id WHERE {where}"
    if view in ("trend", "plan"):
        return _ids(con, base + " AND substr(s.date, 1, 7) = ?", [*params, key])
    if view == "product_spec":
        product_id, spec = str(key).split("\x1f", 1)
        return _ids(con, base + " AND COALESCE(s.product_id, 0) = ? AND COALESCE(s.spec, '') = ?",
                    [*params, int(product_id), spec])
    if view == "product":
        return _ids(con, base + " AND COALESCE(s.product_id, 0) = ?", [*params, key or 0])
    if view == "new":
        clauses, dims = f.dimension_clauses("c.")
        return _ids(con, "SELECT s.customer_id FROM sale s JOIN customer c ON c.id = s.customer_id"
                         f" WHERE {' AND '.join(clauses) or '1=1'} GROUP BY s.customer_id"
                         " HAVING substr(MIN(s.date), 1, 7) = ?", [*dims, key])
    if view == "retention":
        now = set(_ids(con, base, params))
        where_then, params_then = f.previous_year().sale_where()
        then = set(_ids(con, "SELECT DISTINCT s.customer_id FROM sale s JOIN customer c ON c.id = s.customer_id"
                             f" WHERE {where_then}", params_then))
        chosen = {"retained": now & then, "churned": then - now, "new": now - then}.get(key, set())
        return sorted(chosen)
    if view in ("complaint_category", "complaint_status"):
        column = "p.category" if view == "complaint_category" else "p.status"
        clauses, dims = f.dimension_clauses("c.")
        return _ids(con, "SELECT DISTINCT p.customer_id FROM complaint p JOIN customer c ON c.id = p.customer_id"
                         f" WHERE {' AND '.join(['p.received >= ? AND p.received < ?', *clauses])}"
                         f" AND COALESCE({column}, '') = ?",
                    [f"{f.first_month}-01", f"{shift_month(f.last_month, 1)}-01", *dims, key])
    return []

"""The office's views as tables: every chart draws one of these and exports the same rows.

Office-wide sums read the sales cube (≈160,000 rows at a million sales lines, see migration
0002); views about single customers read the sales log itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.services.plans import shift_month

DIMENSIONS = ("channel", "region", "category", "owner", "product")


@dataclass(frozen=True)
class ViewTable:
    """`columns` are keys the UI words; each row starts with its key (what a click filters on)
    and its label, then one value per remaining column."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def column(self, key: str) -> list[Any]:
        index = self.columns.index(key)
        return [row[index] for row in self.rows]


def _yuan(fen: int | None) -> Decimal:
    return Decimal(int(fen or 0)).scaleb(-2)


def _rate(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if not whole else (part / whole).quantize(Decimal("0.0001"))


def sales_by_month(con: Any, f: Filters) -> ViewTable:
    """This period against the same months a year earlier, amount and gross margin."""
    where, params = f.cube_where()
    now = {m: (a, c) for m, a, c in con.execute(
        f"SELECT month, SUM(amount), SUM(cost) FROM sales_cube WHERE {where} GROUP BY month", params)}
    where, params = f.previous_year().cube_where()
    before = {m: a for m, a in con.execute(
        f"SELECT month, SUM(amount) FROM sales_cube WHERE {where} GROUP BY month", params)}
    rows = []
    for month, earlier in zip(f.months(), f.previous_year().months(), strict=True):
        amount, cost = now.get(month, (0, 0))
        margin = _yuan(amount) - _yuan(cost)
        rows.append((month, month, _yuan(amount), _yuan(before.get(earlier)), margin, _rate(margin, _yuan(amount))))
    return ViewTable(("key", "label", "amount", "previous_year", "margin", "margin_rate"), rows)


def breakdown(con: Any, f: Filters, dimension: str, labels: Callable[[str], str] | None = None) -> ViewTable:
    """Ranking and share by channel, region, category, owner or product, with gross margin."""
    column = {"owner": "owner_id", "product": "product_id"}.get(dimension, dimension)
    where, params = f.cube_where()
    found = con.execute(f"SELECT {column}, SUM(amount), SUM(cost) FROM sales_cube WHERE {where}"
                        f" GROUP BY {column} ORDER BY SUM(amount) DESC", params).fetchall()
    names: dict[Any, str] = {}
    if dimension == "owner":
        names = dict(con.execute("SELECT id, name FROM owner").fetchall())
    elif dimension == "product":
        names = dict(con.execute("SELECT id, name FROM product").fetchall())
    total = sum((_yuan(a) for _, a, _ in found), Decimal(0))
    rows = []
    for key, amount, cost in found:
        label = names.get(key) if dimension in ("owner", "product") else (labels(key) if labels else key)
        margin = _yuan(amount) - _yuan(cost)
        rows.append((key, label or "—", _yuan(amount), _rate(_yuan(amount), total), margin,
                     _rate(margin, _yuan(amount))))
    return ViewTable(("key", "label", "amount", "share", "margin", "margin_rate"), rows)


def product_specs(con: Any, f: Filters) -> ViewTable:
    """Sales by product and spec (规格), biggest first; the key is (product id, spec)."""
    where, params = f.cube_where()
    names = dict(con.execute("SELECT id, name FROM product").fetchall())
    found = con.execute(f"SELECT product_id, spec, SUM(amount), SUM(cost), SUM(quantity) FROM sales_cube WHERE {where}"
                        " GROUP BY product_id, spec ORDER BY SUM(amount) DESC", params).fetchall()
    total = sum((_yuan(a) for _, _, a, _, _ in found), Decimal(0))
    rows = []
    for product_id, spec, amount, cost, quantity in found:
        label = " ".join(part for part in (names.get(product_id) or "—", spec) if part)
        margin = _yuan(amount) - _yuan(cost)
        rows.append((f"{product_id}\x1f{spec}", label, _yuan(amount), _rate(_yuan(amount), total), margin,
                     Decimal(int(quantity or 0)).scaleb(-4).normalize()))
    return ViewTable(("key", "label", "amount", "share", "margin", "quantity"), rows)


def least_profitable(con: Any, f: Filters, limit: int = 20) -> ViewTable:
    """The customers with the lowest gross margin rate in the period (those with sales)."""
    where, params = f.sale_where()
    rows = []
    for cid, name, amount, cost in con.execute(
            "SELECT c.id, c.name, SUM(s.amount), SUM(COALESCE(s.cost, 0)) FROM sale s JOIN customer c"
            f" ON c.id = s.customer_id WHERE {where} GROUP BY c.id HAVING SUM(s.amount) > 0"
            " ORDER BY CAST(SUM(s.amount) - SUM(COALESCE(s.cost, 0)) AS REAL) / SUM(s.amount) LIMIT ?",
            (*params, limit)):
        margin = _yuan(amount) - _yuan(cost)
        rows.append((cid, name, _yuan(amount), margin, _rate(margin, _yuan(amount))))
    return ViewTable(("key", "label", "amount", "margin", "margin_rate"), rows)


def pareto(con: Any, f: Filters) -> tuple[ViewTable, int]:
    """Customers by sales, biggest first, with the cumulative share (the 80/20 curve), and
    how many of them make 80 % of the sales (the key accounts of the period)."""
    where, params = f.sale_where()
    found = con.execute(
        "SELECT c.id, c.name, SUM(s.amount) FROM sale s JOIN customer c ON c.id = s.customer_id"
        f" WHERE {where} GROUP BY c.id HAVING SUM(s.amount) > 0 ORDER BY SUM(s.amount) DESC, c.id", params).fetchall()
    total = sum((_yuan(a) for _, _, a in found), Decimal(0))
    rows, running, key_count = [], Decimal(0), 0
    for cid, name, amount in found:
        if total and running < total * Decimal("0.8"):
            key_count += 1
        running += _yuan(amount)
        rows.append((cid, name, _yuan(amount), _rate(running, total)))
    return ViewTable(("key", "label", "amount", "cumulative_share"), rows), key_count


def abc_distribution(con: Any, f: Filters, class_of: Callable[[int], str | None],
                     sales_of: Callable[[int], int]) -> ViewTable:
    """Active customers and their sales per ABC class, on the window the classes are computed
    on (the 12 full months before this one), from the rules' last computation; the period
    filter does not apply, the owner / region / channel / category filters do."""
    clauses, params = f.dimension_clauses("c.")
    counts: dict[str, int] = {}
    sales: dict[str, int] = {}
    for (cid,) in con.execute(f"SELECT c.id FROM customer c WHERE {' AND '.join(['c.active = 1', *clauses])}",
                              params):
        klass = class_of(cid) or "—"
        counts[klass] = counts.get(klass, 0) + 1
        sales[klass] = sales.get(klass, 0) + sales_of(cid)
    total = Decimal(sum(sales.values()))
    order = ["AAA", "AA", "A", "B+", "B", "C", "—"]
    return ViewTable(("key", "label", "customers", "amount", "share"),
                     [(k, k, counts[k], _yuan(sales[k]), _rate(Decimal(sales[k]), total)) for k in order if k in counts])


def new_customers(con: Any, f: Filters) -> ViewTable:
    """Customers whose first sale falls in each month of the period (prospects converted)."""
    clauses, params = f.dimension_clauses("c.")
    _, (start, end, *_rest) = f.sale_where()
    counts = dict(con.execute(
        "SELECT substr(first, 1, 7), COUNT(*) FROM (SELECT MIN(s.date) AS first FROM sale s JOIN customer c"
        f" ON c.id = s.customer_id WHERE {' AND '.join(clauses) or '1=1'} GROUP BY s.customer_id)"
        " WHERE first >= ? AND first < ? GROUP BY 1", (*params, start, end)).fetchall())
    return ViewTable(("key", "label", "customers"), [(m, m, counts.get(m, 0)) for m in f.months()])


def retention(con: Any, f: Filters) -> ViewTable:
    """Of the customers who bought in the same period a year earlier: how many bought again
    (retained) and how many did not (churned); plus the new ones. One pass, counted in SQL."""
    clauses, params = f.dimension_clauses("c.")
    before = f.previous_year()
    now_start, now_end = f"{f.first_month}-01", f"{shift_month(f.last_month, 1)}-01"
    then_start, then_end = f"{before.first_month}-01", f"{shift_month(before.last_month, 1)}-01"
    retained, churned, new = con.execute(
        "SELECT COALESCE(SUM(in_now AND in_then), 0), COALESCE(SUM(in_then AND NOT in_now), 0),"
        " COALESCE(SUM(in_now AND NOT in_then), 0)"
        " FROM (SELECT MAX(s.date >= ?1 AND s.date < ?2) AS in_now, MAX(s.date >= ?3 AND s.date < ?4) AS in_then"
        " FROM sale s JOIN customer c ON c.id = s.customer_id WHERE ((s.date >= ?1 AND s.date < ?2)"
        f" OR (s.date >= ?3 AND s.date < ?4)){''.join(' AND ' + c for c in clauses)} GROUP BY s.customer_id)",
        (now_start, now_end, then_start, then_end, *params)).fetchone()
    return ViewTable(("key", "label", "customers"), [("retained", "retained", retained),
                                                      ("churned", "churned", churned), ("new", "new", new)])


def complaints(con: Any, f: Filters, by: str) -> ViewTable:
    """Complaints received in the period by category or status, with the average days from
    received to answered."""
    column = "p.category" if by == "category" else "p.status"
    clauses, params = f.dimension_clauses("c.")
    where = " AND ".join(["p.received >= ? AND p.received < ?", *clauses])
    rows = []
    for key, count, days in con.execute(
            f"SELECT COALESCE({column}, ''), COUNT(*), AVG(CASE WHEN p.answered_on IS NOT NULL THEN"
            " julianday(p.answered_on) - julianday(p.received) END) FROM complaint p JOIN customer c"
            f" ON c.id = p.customer_id WHERE {where} GROUP BY 1 ORDER BY 2 DESC",
            (f"{f.first_month}-01", f"{shift_month(f.last_month, 1)}-01", *params)):
        rows.append((key, key or "—", count, None if days is None else Decimal(str(round(days, 1)))))
    return ViewTable(("key", "label", "complaints", "days_to_answer"), rows)


def plan_vs_actual(con: Any, f: Filters) -> ViewTable:
    """The office's plan against its sales, month by month."""
    clauses, params = f.dimension_clauses("c.")
    where = " AND ".join(["p.month BETWEEN ? AND ?", "p.product_id IS NULL", *clauses])
    plans = dict(con.execute(
        f"SELECT p.month, SUM(p.amount) FROM plan p JOIN customer c ON c.id = p.customer_id WHERE {where}"
        " GROUP BY p.month", (f.first_month, f.last_month, *params)).fetchall())
    where, params = f.cube_where()
    actual = dict(con.execute(f"SELECT month, SUM(amount) FROM sales_cube WHERE {where} GROUP BY month",
                              params).fetchall())
    rows = []
    for month in f.months():
        plan, done = _yuan(plans.get(month)), _yuan(actual.get(month))
        rows.append((month, month, plan, done, _rate(done, plan)))
    return ViewTable(("key", "label", "plan", "amount", "completion"), rows)


def stages(con: Any, f: Filters, stage_of: Callable[[int], str | None], order: tuple[str, ...]) -> ViewTable:
    """Active customers (under the filters' owner/region/channel/category) by lifecycle or
    relationship stage, as the rules last computed them."""
    clauses, params = f.dimension_clauses("c.")
    counts: dict[str, int] = {}
    for (cid,) in con.execute(f"SELECT c.id FROM customer c WHERE {' AND '.join(['c.active = 1', *clauses])}",
                              params):
        stage = stage_of(cid) or "—"
        counts[stage] = counts.get(stage, 0) + 1
    total = sum(counts.values())
    return ViewTable(("key", "label", "customers", "share"),
                     [(k, k, counts[k], _rate(Decimal(counts[k]), Decimal(total))) for k in (*order, "—") if k in counts])


def customers_in_stage(con: Any, f: Filters, stage_of: Callable[[int], str | None], stage: str) -> list[int]:
    clauses, params = f.dimension_clauses("c.")
    return [cid for (cid,) in con.execute(
        f"SELECT c.id FROM customer c WHERE {' AND '.join(['c.active = 1', *clauses])}", params)
        if (stage_of(cid) or "—") == stage]

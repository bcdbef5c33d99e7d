"""The office's views as the tables the Analysis pane draws and exports.

Office-wide sums read the sales cube; the views about single customers (margin, Pareto, ABC,
new and retained customers) come from the typed analytics modules, which read one rollup row
per customer instead of the sales lines (see migration 0003 and store.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.core.analytics import abc_pareto, persistency, plan, profitability, prospecting
from crm_desktop.core.analytics import complaints as complaints_module
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import rate, yuan
from crm_desktop.core.money import PRICE_SCALE, from_scaled


@dataclass(frozen=True)
class ViewTable:
    """`columns` are keys the UI words; each row starts with its key (what a click filters on)
    and its label, then one value per remaining column."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    summary: dict[str, Any] = field(
        default_factory=dict
    )  # figures beside the rows (key accounts, …)

    def column(self, key: str) -> list[Any]:
        index = self.columns.index(key)
        return [row[index] for row in self.rows]


def sales_by_month(con: Any, f: Filters) -> ViewTable:
    """This period against the same months a year earlier, amount and gross margin."""
    where, params = f.cube_where()
    now = {
        m: (a, c)
        for m, a, c in con.execute(
            f"SELECT month, SUM(amount), SUM(cost) FROM sales_cube WHERE {where} GROUP BY month",
            params,
        )
    }
    where, params = f.previous_year().cube_where()
    before = {
        m: a
        for m, a in con.execute(
            f"SELECT month, SUM(amount) FROM sales_cube WHERE {where} GROUP BY month", params
        )
    }
    rows = []
    for month, earlier in zip(f.months(), f.previous_year().months(), strict=True):
        amount, cost = now.get(month, (0, 0))
        margin = yuan(amount) - yuan(cost)
        rows.append(
            (
                month,
                month,
                yuan(amount),
                yuan(before.get(earlier)),
                margin,
                rate(margin, yuan(amount)),
            )
        )
    return ViewTable(("key", "label", "amount", "previous_year", "margin", "margin_rate"), rows)


def breakdown(
    con: Any, f: Filters, dimension: str, labels: Callable[[str], str] | None = None
) -> ViewTable:
    """Ranking and share by channel, region, category, owner or product, with gross margin."""
    column = {"owner": "owner_id", "product": "product_id"}.get(dimension, dimension)
    where, params = f.cube_where()
    found = con.execute(
        f"SELECT {column}, SUM(amount), SUM(cost) FROM sales_cube WHERE {where}"
        f" GROUP BY {column} ORDER BY SUM(amount) DESC",
        params,
    ).fetchall()
    names: dict[Any, str] = {}
    if dimension == "owner":
        names = dict(con.execute("SELECT id, name FROM owner").fetchall())
    elif dimension == "product":
        names = dict(con.execute("SELECT id, name FROM product").fetchall())
    total = sum((yuan(a) for _, a, _ in found), Decimal(0))
    rows = []
    for key, amount, cost in found:
        label = (
            names.get(key)
            if dimension in ("owner", "product")
            else (labels(key) if labels else key)
        )
        margin = yuan(amount) - yuan(cost)
        rows.append(
            (
                key,
                label or "—",
                yuan(amount),
                rate(yuan(amount), total),
                margin,
                rate(margin, yuan(amount)),
            )
        )
    return ViewTable(("key", "label", "amount", "share", "margin", "margin_rate"), rows)


def product_specs(con: Any, f: Filters) -> ViewTable:
    """Sales by product and spec (规格), biggest first; the key is (product id, spec), as
    drill.customers_for's "spec" view takes it."""
    where, params = f.cube_where()
    names = dict(con.execute("SELECT id, name FROM product").fetchall())
    found = con.execute(
        "SELECT product_id, spec, SUM(amount), SUM(cost), SUM(quantity) FROM sales_cube"
        f" WHERE {where} GROUP BY product_id, spec ORDER BY SUM(amount) DESC",
        params,
    ).fetchall()
    total = sum((yuan(a) for _, _, a, _, _ in found), Decimal(0))
    rows = []
    for product_id, spec, amount, cost, quantity in found:
        label = " ".join(part for part in (names.get(product_id) or "—", spec) if part)
        margin = yuan(amount) - yuan(cost)
        rows.append(
            (
                (product_id, spec),
                label,
                yuan(amount),
                rate(yuan(amount), total),
                margin,
                from_scaled(int(quantity or 0), PRICE_SCALE).normalize(),
            )
        )
    return ViewTable(("key", "label", "amount", "share", "margin", "quantity"), rows)


def customers_by_margin(con: Any, f: Filters, limit: int = 20, least: bool = False) -> ViewTable:
    """The customers earning the most gross margin in the period, or with `least` those with
    the lowest margin rate (among those with sales)."""
    rows = []
    for r in profitability.customers_by_margin(con, f, limit, least=least):
        margin = r.amount - r.cost
        rows.append((r.key, r.label, r.amount, margin, rate(margin, r.amount)))
    return ViewTable(("key", "label", "amount", "margin", "margin_rate"), rows)


def pareto(con: Any, f: Filters) -> tuple[ViewTable, int]:
    """The 80/20 curve at every percent of the customers (biggest first): how many customers
    make what share of the sales; and how many are the key accounts (80 %)."""
    curve = abc_pareto.pareto(con, f)
    rows = [
        (point.customers, point.customers, point.customer_share, point.amount_share)
        for point in curve.points
    ]
    table = ViewTable(
        ("key", "label", "customer_share", "cumulative_share"),
        rows,
        {
            "key_accounts": curve.key_accounts,
            "customers": curve.customers,
            "amount": curve.amount,
            "key_amount": curve.key_amount,
        },
    )
    return table, curve.key_accounts


def abc_distribution(con: Any, f: Filters, today: date) -> ViewTable:
    """Customers and sales per ABC class, on the window the classes are computed on (the 12
    full months before this one); the owner / region / channel / category filters apply."""
    found = abc_pareto.abc_distribution(con, f, today)
    return ViewTable(
        ("key", "label", "customers", "amount", "share"),
        [
            (r.klass or "—", r.klass or "—", r.customers, r.amount, r.amount_share)
            for r in found.classes
        ],
    )


def new_customers(con: Any, f: Filters) -> ViewTable:
    """Customers whose first sale falls in each month of the period (prospects converted)."""
    found = prospecting.prospecting(con, f)
    counts = {m.month: m.customers for m in found.new_per_month}
    return ViewTable(
        ("key", "label", "customers"),
        [(m, m, counts.get(m, 0)) for m in f.months()],
        {"converted": found.converted, "prospects": found.prospects},
    )


def retention(con: Any, f: Filters) -> ViewTable:
    """Of the customers who bought in the same period a year earlier: how many bought again
    (retained) and how many did not (churned); plus the new ones."""
    r = persistency.retention(con, f)
    return ViewTable(
        ("key", "label", "customers"),
        [
            ("retained", "retained", r.retained),
            ("churned", "churned", r.churned),
            ("new", "new", r.new),
        ],
    )


def complaints(con: Any, f: Filters, by: str) -> ViewTable:
    """Complaints received in the period by category, status or escalation level, with the
    average days from received to answered and the compensation given (seed 000)."""
    stats = complaints_module.complaint_stats(con, f)
    rows = {
        "category": stats.by_category,
        "status": stats.by_status,
        "escalation": stats.by_escalation,
    }[by]
    return ViewTable(
        ("key", "label", "complaints", "days_to_answer", "compensation"),
        [(r.key, r.key or "—", r.complaints, r.average_days, r.compensation) for r in rows],
    )


def plan_vs_actual(con: Any, f: Filters) -> ViewTable:
    """The office's plan against its sales, month by month."""
    found = {m.month: m for m in plan.plan_vs_actual(con, f).months}
    rows = []
    for month in f.months():
        m = found.get(month)
        planned, done = (m.plan, m.actual) if m else (Decimal("0.00"), Decimal("0.00"))
        rows.append((month, month, planned, done, rate(done, planned)))
    return ViewTable(("key", "label", "plan", "amount", "completion"), rows)


def stages(
    con: Any, f: Filters, stage_of: Callable[[int], str | None], order: tuple[str, ...]
) -> ViewTable:
    """Active customers (under the filters' owner/region/channel/category) by lifecycle or
    relationship stage, as the rules last computed them."""
    clauses, params = f.dimension_clauses("c.")
    counts: dict[str, int] = {}
    for (cid,) in con.execute(
        f"SELECT c.id FROM customer c WHERE {' AND '.join(['c.active = 1', *clauses])}", params
    ):
        stage = stage_of(cid) or "—"
        counts[stage] = counts.get(stage, 0) + 1
    total = sum(counts.values())
    return ViewTable(
        ("key", "label", "customers", "share"),
        [
            (k, k, counts[k], rate(Decimal(counts[k]), Decimal(total)))
            for k in (*order, "—")
            if k in counts
        ],
    )


def customers_in_stage(
    con: Any, f: Filters, stage_of: Callable[[int], str | None], stage: str
) -> list[int]:
    clauses, params = f.dimension_clauses("c.")
    return [
        cid
        for (cid,) in con.execute(
            # By name (its pinyin sort key, as the customer list), then code: the list the
            # click shows reads as the customer list does, the same every time.
            f"SELECT c.id FROM customer c WHERE {' AND '.join(['c.active = 1', *clauses])}"
            " ORDER BY c.sort_key, c.code, c.id",
            params,
        )
        if (stage_of(cid) or "—") == stage
    ]

"""Plan against actual for the office, month by month: the customers' monthly plans against
their sales, from `month_cube`. A customer's per-product plans break its monthly plan down, so
they count only for a month it has no monthly plan for (their sum is then its plan, as the
sales_behind_plan warning reads it)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import cube_where, dims, months, rate, yuan

VIEW = "plan"  # customers_for(con, "plan", "YYYY-MM", filters): customers with a plan or sales


@dataclass(frozen=True)
class PlanMonth:
    month: str
    plan: Decimal
    actual: Decimal
    view: str = VIEW

    @property
    def key(self) -> str:
        return self.month

    @property
    def completion(self) -> Decimal | None:
        """actual / plan; None without a plan."""
        return rate(self.actual, self.plan)


@dataclass(frozen=True)
class PlanVsActual:
    months: list[PlanMonth]

    @property
    def plan(self) -> Decimal:
        return sum((m.plan for m in self.months), Decimal("0.00"))

    @property
    def actual(self) -> Decimal:
        return sum((m.actual for m in self.months), Decimal("0.00"))

    @property
    def completion(self) -> Decimal | None:
        return rate(self.actual, self.plan)


def plan_vs_actual(con: sqlite3.Connection, f: Filters) -> PlanVsActual:
    where, params = cube_where(f)
    found = {
        m: (p, a)
        for m, p, a in con.execute(
            f"SELECT month, SUM(plan), SUM(amount) FROM month_cube WHERE {where} GROUP BY month",
            params,
        )
    }
    by_products = _product_plans_alone(con, f)
    return PlanVsActual(
        [
            PlanMonth(
                m,
                yuan((found.get(m, (0, 0))[0] or 0) + by_products.get(m, 0)),
                yuan(found.get(m, (0, 0))[1]),
            )
            for m in months(f.first_month, f.last_month)
        ]
    )


def _product_plans_alone(con: sqlite3.Connection, f: Filters) -> dict[str, int]:
    """Month → the sum of the product plans of customers without a monthly plan that month (fen)."""
    where, params = dims(f, "r.")
    return dict(
        con.execute(
            "SELECT p.month, SUM(p.amount) FROM plan p JOIN customer_rollup r"
            " ON r.customer_id = p.customer_id WHERE p.product_id IS NOT NULL"
            f" AND p.month BETWEEN ? AND ? AND {where} AND NOT EXISTS (SELECT 1 FROM plan w"
            " WHERE w.customer_id = p.customer_id AND w.month = p.month AND w.product_id IS NULL)"
            " GROUP BY 1",
            [f.first_month, f.last_month, *params],
        )
    )

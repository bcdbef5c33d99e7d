"""Plan against actual for the office, month by month: the customers' monthly plans (not their
per-product plans, which break those down) against their sales. Both from `month_cube`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import cube_where, months, rate, yuan

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
    found = {m: (p, a) for m, p, a in con.execute(
        f"SELECT month, SUM(plan), SUM(amount) FROM month_cube WHERE {where} GROUP BY month", params)}
    return PlanVsActual([PlanMonth(m, yuan(found.get(m, (0, 0))[0]), yuan(found.get(m, (0, 0))[1]))
                         for m in months(f.first_month, f.last_month)])

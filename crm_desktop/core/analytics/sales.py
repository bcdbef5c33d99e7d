"""Sales by month: this period against the same months a year earlier (同期比较), amount and
gross margin. Reads `month_cube` (~17,000 rows at a million sales lines)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import cube_where, months, rate, shift, yuan

VIEW = "month"  # customers_for(con, "month", "YYYY-MM", filters): who bought that month


@dataclass(frozen=True)
class MonthFigures:
    month: str  # YYYY-MM: also the key of its bar
    amount: Decimal  # yuan
    cost: Decimal
    previous_month: str  # the same month a year earlier
    previous_amount: Decimal
    previous_cost: Decimal
    view: str = VIEW

    @property
    def key(self) -> str:
        return self.month

    @property
    def margin(self) -> Decimal:
        return self.amount - self.cost

    @property
    def previous_margin(self) -> Decimal:
        return self.previous_amount - self.previous_cost

    @property
    def margin_rate(self) -> Decimal | None:
        return rate(self.margin, self.amount)

    @property
    def growth(self) -> Decimal | None:
        """Change against the same month last year (0.25 = +25 %); None without last year."""
        return rate(self.amount - self.previous_amount, self.previous_amount)


@dataclass(frozen=True)
class SalesByMonth:
    months: list[MonthFigures]

    @property
    def amount(self) -> Decimal:
        return sum((m.amount for m in self.months), Decimal("0.00"))

    @property
    def margin(self) -> Decimal:
        return sum((m.margin for m in self.months), Decimal("0.00"))

    @property
    def previous_amount(self) -> Decimal:
        return sum((m.previous_amount for m in self.months), Decimal("0.00"))

    @property
    def previous_margin(self) -> Decimal:
        return sum((m.previous_margin for m in self.months), Decimal("0.00"))


def sales_by_month(con: sqlite3.Connection, f: Filters) -> SalesByMonth:
    # One range over both years: the months in between cost a few hundred cube rows at most.
    where, params = cube_where(f, shift(f.first_month, -12), f.last_month)
    found = {
        m: (a, c)
        for m, a, c in con.execute(
            f"SELECT month, SUM(amount), SUM(cost) FROM month_cube WHERE {where} GROUP BY month",
            params,
        )
    }
    out = []
    for month in months(f.first_month, f.last_month):
        before = shift(month, -12)
        amount, cost = found.get(month, (0, 0))
        previous_amount, previous_cost = found.get(before, (0, 0))
        out.append(
            MonthFigures(
                month, yuan(amount), yuan(cost), before, yuan(previous_amount), yuan(previous_cost)
            )
        )
    return SalesByMonth(out)

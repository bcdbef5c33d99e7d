"""The filters every view shares: a period of whole months, and owner / region / channel /
category."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.core.months import month_key, shift_key


@dataclass(frozen=True)
class Filters:
    first_month: str  # YYYY-MM, inclusive
    last_month: str  # YYYY-MM, inclusive
    owner_id: int | None = None
    region: str | None = None
    channel: str | None = None
    category: str | None = None

    def previous_year(self) -> Filters:
        """The same months a year earlier (the seeds' 同期比较)."""
        return Filters(
            shift_key(self.first_month, -12),
            shift_key(self.last_month, -12),
            self.owner_id,
            self.region,
            self.channel,
            self.category,
        )

    def months(self) -> list[str]:
        out, month = [], self.first_month
        while month <= self.last_month:
            out.append(month)
            month = shift_key(month, 1)
        return out

    def dimension_clauses(self, prefix: str) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        for column, value in (
            ("owner_id", self.owner_id),
            ("region", self.region),
            ("channel", self.channel),
            ("category", self.category),
        ):
            if value is not None:
                clauses.append(f"{prefix}{column} = ?")
                params.append(value)
        return clauses, params

    def cube_where(self) -> tuple[str, list[object]]:
        """WHERE clause on the sales cube."""
        clauses, params = self.dimension_clauses("")
        return " AND ".join(["month BETWEEN ? AND ?", *clauses]), [
            self.first_month,
            self.last_month,
            *params,
        ]


def period(kind: str, today: date) -> tuple[str, str]:
    """This month, this quarter, this year (to date) or the last 12 months (this one included)."""
    this = month_key(today)
    if kind == "month":
        return this, this
    if kind == "quarter":
        first = (today.month - 1) // 3 * 3 + 1
        return f"{today.year:04d}-{first:02d}", this
    if kind == "year":
        return f"{today.year:04d}-01", this
    return shift_key(this, -11), this

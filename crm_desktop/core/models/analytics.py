"""The analysis tables (issue 6): aggregates of the sales log kept exact by SQLite triggers.

None of these is ever written by the services: migration 0003 creates triggers on `sale`,
`plan`, `customer` and `customer_month` that keep them in step with every insert, update
and delete (imports and undoing an import included), and `analytics.store.rebuild` refills
them after a bulk load. Missing dimensions are stored as sentinels (owner 0, region '',
product 0, spec '') so that the primary keys hold.

- `sales_cube`: one row per month × product × spec × owner × region × channel × category
  (≈250,000 rows at a million sales lines): product and spec views.
- `month_cube`: the same without product and spec (≈17,000 rows), plus the monthly plan:
  trend, breakdowns, plan vs actual.
- `customer_month`: one row per customer and month with sales: periods of any length.
- `customer_rollup`: one row per customer (its dimensions, first month with sales, and
  cumulative sums at each month of a 36-month horizon): customer views of a period in the
  horizon read one row per customer instead of one per customer and month.
- `analytics_horizon`: the first month of that horizon (one row).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, Table, Text
from sqlmodel import Field, SQLModel

# Months of the rollup's horizon: this month and the 35 before it, so that a year and the
# same period a year earlier (retention, this year against last) are both inside it.
HORIZON_MONTHS = 36
HOT_MONTHS = 14  # stored first: this month and the ABC window's 12 months (and the one before)


class SalesCube(SQLModel, table=True):
    __tablename__ = "sales_cube"
    __table_args__ = {"sqlite_with_rowid": False}
    month: str = Field(primary_key=True)  # YYYY-MM
    product_id: int = Field(default=0, primary_key=True)  # 0: no product
    spec: str = Field(default="", primary_key=True)
    owner_id: int = Field(default=0, primary_key=True)  # 0: no owner
    region: str = Field(default="", primary_key=True)
    channel: str = Field(default="", primary_key=True)
    category: str = Field(default="", primary_key=True)
    amount: int = Field(
        default=0, sa_column=Column(BigInteger, nullable=False, server_default="0")
    )  # fen
    cost: int = Field(
        default=0, sa_column=Column(BigInteger, nullable=False, server_default="0")
    )  # fen
    quantity: int = Field(
        default=0, sa_column=Column(BigInteger, nullable=False, server_default="0")
    )  # 1/10000
    lines: int = 0


class MonthCube(SQLModel, table=True):
    __tablename__ = "month_cube"
    __table_args__ = {"sqlite_with_rowid": False}
    month: str = Field(primary_key=True)
    owner_id: int = Field(default=0, primary_key=True)
    region: str = Field(default="", primary_key=True)
    channel: str = Field(default="", primary_key=True)
    category: str = Field(default="", primary_key=True)
    amount: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    cost: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    lines: int = 0
    plan: int = Field(
        default=0, sa_column=Column(BigInteger, nullable=False, server_default="0")
    )  # fen
    plans: int = 0  # plan rows behind `plan`: the row goes when both counts are 0


class CustomerMonth(SQLModel, table=True):
    __tablename__ = "customer_month"
    __table_args__ = {"sqlite_with_rowid": False}
    customer_id: int = Field(primary_key=True)
    month: str = Field(primary_key=True)
    amount: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    cost: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    lines: int = 0


class AnalyticsHorizon(SQLModel, table=True):
    __tablename__ = "analytics_horizon"
    id: int = Field(default=1, primary_key=True)
    epoch: int  # year × 12 + month − 1 of the horizon's first month


def _rollup_columns() -> list[Column]:
    """In the stored order (migration 0004): dimensions, then the last 14 months, then the rest.
    SQLite walks a row's header up to the column it reads, and an index only covers a query
    whose columns are among a table's first 63."""
    cols = [
        Column("customer_id", Integer, primary_key=True),
        Column("relation", Text, nullable=False, server_default=""),
        Column("channel", Text, nullable=False, server_default=""),
        Column(
            "presence", BigInteger, nullable=False, server_default="0"
        ),  # bit i: sales in month epoch + i
        Column("owner_id", Integer, nullable=False, server_default="0"),
        Column("region", Text, nullable=False, server_default=""),
        Column("category", Text, nullable=False, server_default=""),
        Column("first_month", Text, index=True),  # NULL: no sales yet
    ]
    # a07 = Σ amount up to and including month epoch + 7 (cumulative), c07 the same for cost.
    sums = [f"{p}{i:02d}" for i in range(HORIZON_MONTHS - 1, -1, -1) for p in "ac"]
    cols += [
        Column(name, BigInteger, nullable=False, server_default="0")
        for name in sums[: 2 * HOT_MONTHS]
    ]
    cols += [
        Column(
            "base_amount", BigInteger, nullable=False, server_default="0"
        ),  # Σ before the horizon
        Column("base_cost", BigInteger, nullable=False, server_default="0"),
    ]
    cols += [
        Column(name, BigInteger, nullable=False, server_default="0")
        for name in sums[2 * HOT_MONTHS :]
    ]
    return cols


# 76 columns: a plain Table reads better than a class with 72 generated attributes.
customer_rollup = Table(
    "customer_rollup",
    SQLModel.metadata,
    *_rollup_columns(),
    Index(
        "ix_customer_rollup_abc_window",
        "relation",
        "channel",
        "presence",
        "a22",
        "a34",
        "c22",
        "c34",
        "owner_id",
        "region",
        "category",
        "first_month",
    ),
)

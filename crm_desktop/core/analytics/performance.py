"""Performance (the seeds' "Performance" P): a ranking and the share of sales by category,
channel and region (and owner). Reads `month_cube`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import WithMargin, cube_where, rate, yuan

# dimension → its column in the cubes; the dimension is also the view name for customers_for.
DIMENSIONS = {"category": "category", "channel": "channel", "region": "region", "owner": "owner_id"}


@dataclass(frozen=True)
class RankRow(WithMargin):
    view: str  # the dimension: customers_for(con, view, key, filters)
    key: str | int  # the stored value ('' no region, 0 no owner)
    label: str  # the owner's name for owners, else the key (the UI words the keys)
    rank: int  # 1 = the most sales
    amount: Decimal
    cost: Decimal
    share: Decimal | None  # of the period's sales under the filters


@dataclass(frozen=True)
class Performance:
    by_category: list[RankRow]
    by_channel: list[RankRow]
    by_region: list[RankRow]


def ranking(con: sqlite3.Connection, f: Filters, dimension: str) -> list[RankRow]:
    """Most sales first (ties by key); rows with neither sales nor returns are left out."""
    column = DIMENSIONS[dimension]
    where, params = cube_where(f)
    found = con.execute(
        f"SELECT {column}, SUM(amount), SUM(cost) FROM month_cube WHERE {where} AND lines > 0"
        f" GROUP BY {column}",
        params,
    ).fetchall()
    found.sort(key=lambda r: (-r[1], str(r[0])))
    names: dict[int, str] = {}
    if dimension == "owner":
        names = dict(con.execute("SELECT id, name FROM owner").fetchall())
    total = sum(a for _, a, _ in found)
    return [
        RankRow(
            dimension,
            key,
            names.get(key, "") if dimension == "owner" else str(key),
            rank,
            yuan(amount),
            yuan(cost),
            rate(amount, total),
        )
        for rank, (key, amount, cost) in enumerate(found, start=1)
    ]


def performance(con: sqlite3.Connection, f: Filters) -> Performance:
    return Performance(
        ranking(con, f, "category"), ranking(con, f, "channel"), ranking(con, f, "region")
    )

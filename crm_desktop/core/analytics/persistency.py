"""Persistency: customers by lifecycle stage and by relationship stage, retention against the
same period a year earlier, and the customers lost since (churned)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crm_desktop.core import months
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import customer_dims, dims, rate, shift, span, yuan
from crm_desktop.core.rules import stages


@dataclass(frozen=True)
class StageRow:
    view: str  # "lifecycle" or "relationship": customers_for(con, view, key, filters, today)
    key: str | None  # the stage; None: not set (lifecycle) / no wallet estimate (relationship)
    customers: int
    share: Decimal | None  # of the customers counted


@dataclass(frozen=True)
class Retention:
    """Customers who bought in the period (`current`) and in the same months a year earlier
    (`previous`). customers_for(con, "retention", key, filters) with key one of the field
    names gives the customers behind each figure."""

    previous: int
    current: int
    retained: int  # bought in both
    churned: int  # bought a year earlier, not in the period
    new: int  # bought in the period, not a year earlier

    @property
    def rate(self) -> Decimal | None:
        """Retention rate: retained / previous."""
        return rate(self.retained, self.previous)


@dataclass(frozen=True)
class Persistency:
    lifecycle: list[StageRow]
    relationship: list[StageRow]
    retention: Retention


def _rows(view: str, counts: Counter[str | None], order: tuple[str, ...]) -> list[StageRow]:
    total = sum(counts.values())
    return [
        StageRow(view, key, counts[key], rate(counts[key], total))
        for key in (*order, None)
        if counts.get(key)
    ]


def lifecycle_stages(con: sqlite3.Connection, f: Filters) -> list[StageRow]:
    """Active customers by the lifecycle stage entered on them (customer.lifecycle); the
    period does not apply (a stage is today's)."""
    where, params = customer_dims(f)
    counts: Counter[str | None] = Counter(
        dict(
            con.execute(
                f"SELECT c.lifecycle, COUNT(*) FROM customer c WHERE c.active = 1 AND {where}"
                " GROUP BY c.lifecycle",
                params,
            ).fetchall()
        )
    )
    return _rows("lifecycle", counts, stages.LIFECYCLE)


def wallet_shares(
    con: sqlite3.Connection, f: Filters, today: date
) -> tuple[list[tuple[int, str | None]], int]:
    """(customer id, relationship stage) of the active customers with a wallet estimate, and
    how many active customers have none. Sales are the ABC window's (12 full months before
    this one), as on the customer's own standing tab. Only customers with an estimate reach
    the rule (one call each), and only their rollup rows are read."""
    first, last = months.full_month_keys_before(today)
    s = span(con, first, last)
    where, params = customer_dims(f)
    if s.in_horizon:
        sales = f"(SELECT {s.amount()} FROM customer_rollup WHERE customer_id = c.id)"
        args: list[object] = [*params]
    else:
        sales = (
            "(SELECT SUM(m.amount) FROM customer_month m WHERE m.customer_id = c.id"
            " AND m.month BETWEEN ? AND ?)"
        )
        args = [first, last, *params]
    found = [
        (cid, stages.relationship_stage(yuan(amount), yuan(wallet))[0])
        for cid, wallet, amount in con.execute(
            f"SELECT c.id, c.wallet_estimate, {sales} FROM customer c"
            f" WHERE c.active = 1 AND c.wallet_estimate > 0 AND {where}",
            args,
        )
    ]
    without = con.execute(
        "SELECT COUNT(*) FROM customer c WHERE c.active = 1"
        f" AND (c.wallet_estimate IS NULL OR c.wallet_estimate <= 0) AND {where}",
        params,
    ).fetchone()[0]
    return found, without


def relationship_stages(con: sqlite3.Connection, f: Filters, today: date) -> list[StageRow]:
    """Active customers by relationship stage (share of wallet: our last-12-months sales over
    the customer's estimated purchases): development / initial / stable / strategic, and
    None for customers without an estimate. The rule is rules/stages.relationship_stage."""
    found, without = wallet_shares(con, f, today)
    counts: Counter[str | None] = Counter(stage for _cid, stage in found)
    if without:
        counts[None] = without
    return _rows("relationship", counts, stages.RELATIONSHIP)


def _retention_sql(con: sqlite3.Connection, f: Filters) -> tuple[str, list[object]]:
    """(customer_id, now, before): 1/0 for lines in the period / a year earlier."""
    before_first, before_last = shift(f.first_month, -12), shift(f.last_month, -12)
    both, now, then = (
        span(con, before_first, f.last_month),
        span(con, f.first_month, f.last_month),
        span(con, before_first, before_last),
    )
    where, params = dims(f, "r.")
    if both.in_horizon:
        # One row per customer, two bit tests: ~10 ms at 100,000 customers.
        return (
            f"SELECT r.customer_id, (r.presence & {now.mask}) != 0 AS now,"
            f" (r.presence & {then.mask}) != 0 AS before FROM customer_rollup r"
            f" WHERE (r.presence & {now.mask | then.mask}) != 0 AND {where}",
            params,
        )
    return (
        "SELECT m.customer_id, MAX(m.month BETWEEN ? AND ?) AS now, MAX(m.month BETWEEN ? AND ?)"
        " AS before FROM customer_month m JOIN customer_rollup r ON r.customer_id = m.customer_id"
        f" WHERE (m.month BETWEEN ? AND ? OR m.month BETWEEN ? AND ?) AND {where}"
        " GROUP BY m.customer_id",
        [
            f.first_month,
            f.last_month,
            before_first,
            before_last,
            f.first_month,
            f.last_month,
            before_first,
            before_last,
            *params,
        ],
    )


def retention(con: sqlite3.Connection, f: Filters) -> Retention:
    sql, params = _retention_sql(con, f)
    previous, current, retained = con.execute(
        "SELECT COALESCE(SUM(before), 0), COALESCE(SUM(now), 0), COALESCE(SUM(now AND before), 0)"
        f" FROM ({sql})",
        params,
    ).fetchone()
    return Retention(previous, current, retained, previous - retained, current - retained)


def retention_customers(con: sqlite3.Connection, f: Filters, which: str) -> list[int]:
    condition = {
        "previous": "before",
        "current": "now",
        "retained": "now AND before",
        "churned": "before AND NOT now",
        "new": "now AND NOT before",
    }[which]
    sql, params = _retention_sql(con, f)
    return [
        cid
        for (cid,) in con.execute(
            f"SELECT customer_id FROM ({sql}) WHERE {condition} ORDER BY 1", params
        )
    ]


def persistency(con: sqlite3.Connection, f: Filters, today: date) -> Persistency:
    return Persistency(
        lifecycle_stages(con, f), relationship_stages(con, f, today), retention(con, f)
    )

"""The computed fields of every customer, set-based: where it stands (ABC class, receivable,
lifecycle stage, key account: rules/customer_standing.py) and its warnings
(rules/warning_checks.py).

A handful of GROUP BY queries for all customers at once (never one query per customer).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core.db.connections import driver_cursor
from crm_desktop.core.gc_pause import collector_paused
from crm_desktop.core.rules import customer_standing as standing
from crm_desktop.core.rules import warning_checks as checks
from crm_desktop.core.rules.customer_fields import ComputedFields
from crm_desktop.core.rules.customer_standing import key_accounts
from crm_desktop.core.rules.thresholds import Thresholds, load
from crm_desktop.core.rules.warning_checks import DETAIL_KEYS, english_message

__all__ = ["DETAIL_KEYS", "ComputedFields", "computed_fields", "english_message", "key_accounts"]


def computed_fields(
    con: Connection,
    today: date,
    customer_ids: Sequence[int] | None = None,
    thresholds: Thresholds | None = None,
) -> dict[int, ComputedFields]:
    """ABC class, receivable, warnings, the ABC window's sales, the suggested lifecycle and
    the key-account mark of every customer (or of `customer_ids`).

    Costs, at 100,000 customers and 1,000,000 sales (bench/bench_rules.py): one scan of the
    sales log does most of it; everything else reads the small tables or a few candidates,
    and the per-customer work is integer arithmetic and ISO-date text comparisons, exactly
    equivalent to the Decimal and date arithmetic of the rules (each fast path says why),
    with a Decimal only where a value leaves as one.

    The cyclic garbage collector is paused meanwhile: nothing here makes a reference cycle,
    and its passes over the ~1,000,000 objects a big office's result holds cost a quarter
    of the time (it runs again as it was afterwards)."""
    with collector_paused():
        return _computed_fields(con, today, customer_ids, thresholds)


def _computed_fields(
    con: Connection, today: date, customer_ids: Sequence[int] | None, thresholds: Thresholds | None
) -> dict[int, ComputedFields]:
    t = thresholds or load(con)
    raw = driver_cursor(con)

    def q(sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> list[tuple[Any, ...]]:
        # The DB-API cursor's fetchall: SQLAlchemy's row-by-row fetch doubled the time here.
        return raw.execute(sql, params).fetchall()

    only = (
        ""
        if customer_ids is None
        else f" AND customer_id IN ({','.join(str(int(i)) for i in customer_ids)})"
    )
    sums = standing.sales_sums(q, today, t, only, count_uncosted=customer_ids is not None)
    result, owed_and_limits = standing.standing(q, raw, today, t, customer_ids, only, sums)
    # For every customer, the tables the checks read are read in their own order and sorted,
    # not in customer order through the customer_id index (a fifth to a third faster); the id
    # keeps equal dates in the table's order. For a few customers, that index finds their rows.
    scan = checks.Scan(
        q,
        raw,
        today,
        t,
        only,
        " NOT INDEXED" if customer_ids is None else "",
        result.get,
        checks.FenTexts(),
        checks.DaysSince(today),
    )
    # The warnings, kind by kind in the order of DETAIL_KEYS, straight to each customer's
    # lists (a third faster than collecting them per customer first).
    checks.credit_over_limit(scan, owed_and_limits)
    for cid in checks.churn(scan):  # and order_overdue, from the same order days
        result[cid].lifecycle_suggested = "lost"  # churn needs a sale up to today: never a prospect
    month_to_date = {cid: row[4] for cid, row in sums.items() if row[4] is not None}
    checks.sales_behind_plan(scan, month_to_date)
    checks.sales_below_last_year(scan, month_to_date)
    checks.licence_expiring(scan)
    checks.complaint_overdue(scan)
    checks.follow_up_due(scan)
    checks.contract_expiring(scan)
    checks.major_event(scan)
    return result

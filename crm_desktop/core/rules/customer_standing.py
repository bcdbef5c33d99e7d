"""Where every customer stands, set-based: ABC class, receivable, the ABC window's sales and
gross profit, the suggested lifecycle stage and the key accounts. One scan of the sales log
does most of it (`sales_sums`); the warnings are rules/warning_checks.py's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core import months
from crm_desktop.core.db.connections import driver_connection
from crm_desktop.core.money import CENT, whole_fen, yuan
from crm_desktop.core.rules import abc_class, receivables, stages
from crm_desktop.core.rules.customer_fields import ComputedFields
from crm_desktop.core.rules.thresholds import Thresholds, load

# customer → (id, owed, window total, window cost, month to date, 2 × lifecycle code, window
# sales without a cost or None)
SalesSums = dict[int, tuple[Any, ...]]


def sales_sums(q: Any, today: date, t: Thresholds, only: str, count_uncosted: bool) -> SalesSums:
    """One scan of the sales log for everything summed per customer: the receivable, the ABC
    window (12 full months before this month), month-to-date sales, and the lifecycle stage
    (as a small number; "lost" comes from the churn check, which reads every customer's order
    days on its own). Its per-row work is most of the whole computation:
    - no MAX(date): SQLite copies the text at every row of a customer (the dates come in
      ascending order), a seventh of the scan; the churn check reads the order days itself;
    - aggregate FILTERs skip the rows outside a window, where a CASE calls the sum with NULL;
    - few, small values per customer: making Python objects of them is a sixth of the scan."""
    start, end = abc_class.window(today)
    previous_start, last_start = stages.half_years(today)
    first_sale, orders = "MIN(date)", "COUNT(DISTINCT date)"
    life, params = stages.lifecycle_sql(
        today,
        t,
        first_sale,
        orders,
        sum_where("amount", "date > :last_start AND date <= :day"),
        sum_where("amount", "date > :previous_start AND date <= :last_start"),
    )
    params.update(
        start=start.isoformat(),
        end=end.isoformat(),
        day=today.isoformat(),
        last_start=last_start.isoformat(),
        previous_start=previous_start.isoformat(),
        month_first=months.month_start(today).isoformat(),
    )
    in_window = "date >= :start AND date < :end"
    uncosted = count_where(in_window + " AND cost IS NULL") if count_uncosted else "NULL"
    return {
        row[0]: row
        for row in q(
            f"SELECT customer_id, {receivables.OWED_SUM}, {sum_where('amount', in_window)},"
            f" {sum_where('COALESCE(cost, 0)', in_window)},"
            f" {sum_where('amount', 'date >= :month_first AND date <= :day')},"
            f" 2 * ({life}), {uncosted}"
            f" FROM sale WHERE 1=1{only} GROUP BY customer_id",
            params,
        )
    }


def standing(
    q: Any,
    raw: Any,
    today: date,
    t: Thresholds,
    customer_ids: Sequence[int] | None,
    only: str,
    sums: SalesSums,
) -> tuple[dict[int, ComputedFields], list[tuple[int, int, int]]]:
    """Where each customer stands: ABC class, receivable, the ABC window's sales, the
    suggested lifecycle stage and the key-account mark. Also (customer, receivable, credit
    limit) in fen of each customer with a limit, for the credit check."""
    only_c = "" if customer_ids is None else only.replace("customer_id", "c.id")
    # (id, 1 when its relation is downstream or both (it has a class) + 2 when its channel is
    # wholesale or chain, its credit limit when > 0), in the table's order. Numbers, not
    # texts: 100,000 strings cost.
    wholesale = ", ".join(f"'{channel}'" for channel in sorted(abc_class.WHOLESALE_CHANNELS))
    customers = q(
        "SELECT c.id, CASE WHEN c.relation IN ('downstream', 'both') THEN 1 ELSE 0 END"
        f" + CASE WHEN c.channel IN ({wholesale}) THEN 2 ELSE 0 END, cr.credit_limit"
        " FROM customer c LEFT JOIN credit cr ON cr.customer_id = c.id AND cr.credit_limit > 0"
        f" WHERE 1=1{only_c}"
    )
    # Receivable = Σ(amount − paid) − Σ payments (rules/receivables.py; fen, a Decimal once per
    # customer at the end; `net_fen` written out in the loop below, which runs 100,000 times).
    paid: dict[int, int] = {
        cid: amount or 0 for cid, amount in q(receivables.RECEIPTS_SQL.format(only=only))
    }
    keys = _key_accounts(sums, t) if customer_ids is None else None
    key_of = (lambda cid: None) if keys is None else keys.__contains__
    classify = abc_class.classifier(t)
    stage_of = (*stages.LIFECYCLE_CODES, None)  # code → stage; None: undecided in SQL
    nothing = Decimal("0.00")
    result: dict[int, ComputedFields] = {}
    owed_and_limits: list[tuple[int, int, int]] = []
    for cid, flags, limit in customers:
        found = sums.get(cid)
        if found is None:
            owed = -paid.get(cid, 0)
            result[cid] = ComputedFields(
                None,
                Decimal(owed) * _CENT if owed else nothing,
                [],
                [],
                nothing,
                "prospect",
                key_of(cid),
            )
        else:
            owed, total, cost, code = found[1] or 0, found[2], found[3], found[5]
            if paid:
                owed -= paid.get(cid, 0)
            result[cid] = ComputedFields(
                classify(flags & 2, total, cost) if flags & 1 and total is not None else None,
                Decimal(owed) * _CENT if owed else nothing,
                [],
                [],
                nothing if total is None else Decimal(total) * _CENT,
                stage_of[code >> 1] or _lifecycle_in_python(raw, cid, today, t),
                key_of(cid),
                0 if total is None else total - cost,
                found[6],
            )
        if limit is not None:
            owed_and_limits.append((cid, owed, limit))
    return result, owed_and_limits


def key_accounts(con: Connection, today: date, thresholds: Thresholds | None = None) -> set[int]:
    """The office's key accounts alone (as `computed_fields` of every customer marks them),
    for when only some customers are computed (a profile, a one-customer export): read from
    the analysis rollup, one row a customer, when its horizon holds the ABC window (~10× faster
    than summing the window's sales at 1,000,000 lines), else one GROUP BY over those sales."""
    t = thresholds or load(con)
    profits = _window_profits_from_rollup(con, today)
    if profits is not None:
        return stages.key_accounts_fen(profits, t.key_account_share)
    start, end = abc_class.window(today)
    window = "date >= ? AND date < ?"
    rows = con.exec_driver_sql(
        f"SELECT customer_id, {sum_where('amount', window)},"
        f" {sum_where('COALESCE(cost, 0)', window)} FROM sale GROUP BY customer_id",
        (*(start.isoformat(), end.isoformat()) * 2,),
    ).all()
    return _key_accounts({cid: (cid, None, total, cost) for cid, total, cost in rows}, t)


def _window_profits_from_rollup(con: Connection, today: date) -> dict[int, int] | None:
    """Each customer's gross profit (fen) over the ABC window, those above zero only (no other
    can be a key account), from `customer_rollup`, which the sale triggers keep exact; None when
    the rollup's horizon does not hold the window (the month changed, start-up has not moved
    it yet)."""
    from crm_desktop.core.analytics.scope import span

    raw = driver_connection(con)
    first, last = months.full_month_keys_before(today, 12)
    s = span(raw, first, last)
    if not s.in_horizon:
        return None
    profit = f"{s.amount()} - {s.cost()}"
    rows = raw.execute(f"SELECT customer_id, {profit} FROM customer_rollup WHERE {profit} > 0")
    return dict(rows)


def _key_accounts(sums: SalesSums, t: Thresholds) -> set[int]:
    """The key accounts of the office.

    Seed 003: 企业80%的利润来源于20%的高端客户: the fewest customers making `key_account_share`
    of the gross profit (amount − cost) of the ABC window; a sale without a cost counts at its
    amount (COALESCE(cost, 0) in the scan, as the ABC margin reads it)."""
    keys = stages.key_accounts_fen(
        {cid: row[2] - row[3] for cid, row in sums.items() if row[2] is not None},
        t.key_account_share,
    )
    return keys


_CENT = CENT  # fen × CENT: the yuan `yuan` gives (the same digits and exponent), a little faster


# Aggregates over the rows of a group that meet a condition: FILTER (SQLite 3.30) skips the
# others; a CASE gives the same results, calling the aggregate with NULL for them.
_FILTER = sqlite3.sqlite_version_info >= (3, 30, 0)


def sum_where(value: str, condition: str) -> str:
    return (
        f"SUM({value}) FILTER (WHERE {condition})"
        if _FILTER
        else f"SUM(CASE WHEN {condition} THEN {value} END)"
    )


def count_where(condition: str) -> str:
    return (
        f"COUNT(*) FILTER (WHERE {condition})"
        if _FILTER
        else f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"
    )


def _lifecycle_in_python(cursor: Any, cid: int, today: date, t: Thresholds) -> str:
    """The lifecycle of a customer whose sums are too big for `stages.lifecycle_sql`."""
    previous_start, last_start = stages.half_years(today)
    first, orders, last_half, previous_half = cursor.execute(
        "SELECT MIN(date), COUNT(DISTINCT date), SUM(CASE WHEN date > ?2 AND date <= ?1 THEN amount"
        " ELSE 0 END), SUM(CASE WHEN date > ?3 AND date <= ?2 THEN amount ELSE 0 END) FROM sale"
        " WHERE customer_id = ?4",
        (today.isoformat(), last_start.isoformat(), previous_start.isoformat(), cid),
    ).fetchone()
    return stages.suggest_lifecycle(
        stages.SalesHistory(date.fromisoformat(first), orders, last_half, previous_half, False),
        today,
        t,
    )


# customer id, ABC class, key account, warnings, lifecycle stage (set or suggested), relationship
# stage, sales of the ABC window in fen, its gross profit in fen (what the key accounts are
# chosen by): what the customer list shows beside a name (services/customer_marks.py).
Mark = tuple[int, str | None, bool, int, str | None, str | None, int, int]


def customer_mark(
    cid: int, found: ComputedFields, lifecycle: str | None, wallet_fen: int | None
) -> Mark:
    """The list's marks of one customer from its computed fields: the lifecycle stage entered
    on it (else the suggested one) and the relationship stage from its wallet estimate."""
    stage = stages.relationship_stage(found.sales_12m, yuan(wallet_fen) if wallet_fen else None)[0]
    return (
        cid,
        found.abc_class,
        bool(found.key_account),
        len(found.kinds),
        lifecycle or found.lifecycle_suggested,
        stage,
        whole_fen(found.sales_12m),
        found.profit_12m,
    )

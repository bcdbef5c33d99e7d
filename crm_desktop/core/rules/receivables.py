"""The receivable, defined once (interface.md "Receivables and warnings").

A customer's receivable is Σ(amount − paid) over all its sales (returns are sales with a
negative amount, so they lower it) less Σ of its payments (receipts not tied to one sale).
Every place that shows or checks it — the credit tab, the warnings, the reports, the export —
sums with the SQL pieces or the functions here, in fen, so they cannot disagree.

Ageing: a sale is due `payment_days` after its date. What it still owes (amount − paid > 0)
is an open item; payments, returns and overpaid sales are credit, which settles the oldest
open items first, as a clerk books receipts. What stays open is aged by the days since it
fell due. The buckets add up to the receivable whenever it is positive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from crm_desktop.core.money import yuan

if TYPE_CHECKING:  # the rule itself needs no SQLAlchemy: the credit summary imports it
    from sqlalchemy import Connection

# Per customer, in fen: what its sales still owe, and what its payments brought in.
OWED_SUM = "SUM(amount - paid)"
RECEIPTS_SQL = "SELECT customer_id, SUM(amount) FROM payment WHERE 1=1{only} GROUP BY customer_id"
OWED_SQL = f"SELECT customer_id, {OWED_SUM} FROM sale WHERE 1=1{{only}} GROUP BY customer_id"

# Days past the due date: not yet due, 0–30, 31–60, 61–90, over 90 (the arrears report's columns).
AGE_BUCKETS = ("not_due", "d30", "d60", "d90", "d90p")


def net_fen(owed: int | None, receipts: int | None) -> int:
    """The receivable in fen from a customer's two sums (None: nothing recorded)."""
    return int(owed or 0) - int(receipts or 0)


def _only(customer_ids: Sequence[int] | None) -> str:
    return (
        ""
        if customer_ids is None
        else f" AND customer_id IN ({','.join(str(int(i)) for i in customer_ids)})"
    )


def receivables_fen(con: Connection, customer_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Customer id → receivable in fen, for the customers (or all) with a sale or a payment."""
    only = _only(customer_ids)
    owed = dict(con.exec_driver_sql(OWED_SQL.format(only=only)).all())
    receipts = dict(con.exec_driver_sql(RECEIPTS_SQL.format(only=only)).all())
    return {cid: net_fen(owed.get(cid), receipts.get(cid)) for cid in owed.keys() | receipts.keys()}


def receivable(con: Connection, customer_id: int) -> Decimal:
    """One customer's receivable in yuan."""
    return yuan(receivables_fen(con, [customer_id]).get(customer_id, 0))


def of_lines(sales: Iterable[tuple[Decimal, Decimal]], receipts: Iterable[Decimal]) -> Decimal:
    """The receivable from (amount, paid) of each sale and the payments' amounts, already read."""
    return sum((amount - paid for amount, paid in sales), Decimal(0)) - sum(receipts, Decimal(0))


def age_bucket(days_late: int) -> int:
    """Index into AGE_BUCKETS of an item `days_late` days past its due date (negative: not due)."""
    return (
        0
        if days_late < 0
        else 1
        if days_late <= 30
        else 2
        if days_late <= 60
        else 3
        if days_late <= 90
        else 4
    )


@dataclass(frozen=True, slots=True)
class SaleOwed:
    sold: date
    owed: int  # amount − paid, fen (negative: a return or an overpaid sale)


def aged_fen(sales: Iterable[SaleOwed], receipts: int, payment_days: int, today: date) -> list[int]:
    """What stays open per AGE_BUCKETS, fen, from one customer's sales oldest first and the sum
    of its payments."""
    items = list(sales)
    credit = receipts + sum(-s.owed for s in items if s.owed < 0)
    buckets = [0] * len(AGE_BUCKETS)
    for sale in items:
        if sale.owed <= 0:
            continue
        used = min(max(credit, 0), sale.owed)
        credit -= used
        left = sale.owed - used
        if left:
            buckets[age_bucket((today - (sale.sold + timedelta(days=payment_days))).days)] += left
    return buckets


def ageing(
    con: Connection, today: date, customer_ids: Sequence[int] | None = None
) -> dict[int, list[Decimal]]:
    """Customer id → the open amounts per AGE_BUCKETS in yuan, for the customers that owe
    something; set-based: one pass over the sales log in customer and date order."""
    only = _only(customer_ids)
    days = dict(
        con.exec_driver_sql(f"SELECT customer_id, payment_days FROM credit WHERE 1=1{only}").all()
    )
    receipts = dict(con.exec_driver_sql(RECEIPTS_SQL.format(only=only)).all())
    out: dict[int, list[Decimal]] = {}

    def close(cid: int | None, items: list[SaleOwed]) -> None:
        if cid is None:
            return
        buckets = aged_fen(items, int(receipts.get(cid) or 0), int(days.get(cid) or 0), today)
        if any(buckets):
            out[cid] = [yuan(b) for b in buckets]

    current: int | None = None
    items: list[SaleOwed] = []
    for cid, sold, owed in con.exec_driver_sql(
        f"SELECT customer_id, date, amount - paid FROM sale WHERE amount != paid{only}"
        " ORDER BY customer_id, date, id"
    ):
        if cid != current:
            close(current, items)
            current, items = cid, []
        items.append(SaleOwed(date.fromisoformat(sold), int(owed)))
    close(current, items)
    return out


CREDIT_OVER_LIMIT = "credit_over_limit"  # the key of the question a sale over the limit asks


def over_limit(limit: Decimal, receivable: Decimal) -> Decimal | None:
    """By how much the receivable exceeds the credit limit (the credit_over_limit warning);
    None when no limit is set (0) or it is within the limit."""
    return receivable - limit if limit and receivable > limit else None


def credit_breach(limit: Decimal, before: Decimal, after: Decimal) -> Decimal | None:
    """By how much a change that takes the receivable from `before` to `after` leaves it over
    the credit limit; None when no limit is set (0), it ends within the limit, or the change
    does not raise it (a payment or a return never needs asking)."""
    if not limit or after <= limit or after <= before:
        return None
    return after - limit

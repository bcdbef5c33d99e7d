"""The computed fields of every customer, set-based: ABC class, receivable, warnings.

A handful of GROUP BY queries for all customers at once (never one query per customer).
"""

from __future__ import annotations

import calendar
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core.rules import abc_class
from crm_desktop.core.rules.thresholds import Thresholds, load

DETAIL_KEYS: dict[str, tuple[str, ...]] = {
    "credit_over_limit": ("receivable", "limit", "excess"),
    "churn": ("days", "last", "limit"),
    "sales_behind_plan": ("done", "target", "share", "plan", "month", "tolerance"),
    "licence_expiring": ("licence", "number", "days", "expired", "expires"),
    "complaint_overdue": ("category", "received", "days"),
    "follow_up_due": ("follow", "noted", "days"),
}


@dataclass(frozen=True, slots=True)
class ComputedFields:
    abc_class: str | None
    receivable: Decimal
    warnings: list[tuple[str, str]] = field(default_factory=list)
    # The numbers behind each warning (in the order of DETAIL_KEYS[kind]), aligned with
    # `warnings`, so other languages can word them; tuples: an office may have 200,000.
    details: list[tuple[str, ...]] = field(default_factory=list)


def _yuan(fen: int | None) -> Decimal:
    return Decimal(int(fen or 0)).scaleb(-2)


def _fmt(value: Decimal) -> str:
    return f"{value:,.2f}"


def computed_fields(con: Connection, today: date, customer_ids: Sequence[int] | None = None,
                    thresholds: Thresholds | None = None, messages: bool = True) -> dict[int, ComputedFields]:
    """`messages=False` leaves the English sentences empty (the warnings list words its own):
    200,000 sentences are 100 MB the list does not need."""
    t = thresholds or load(con)
    raw = con.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def q(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        # The DB-API cursor's fetchall: SQLAlchemy's row-by-row fetch doubled the time here.
        return raw.execute(sql, params).fetchall()

    only = "" if customer_ids is None else f" AND customer_id IN ({','.join(str(int(i)) for i in customer_ids)})"
    only_c = "" if customer_ids is None else only.replace("customer_id", "c.id")
    customers = {cid: (relation, channel) for cid, relation, channel in q(
        f"SELECT c.id, c.relation, c.channel FROM customer c WHERE 1=1{only_c}")}
    warnings: dict[int, list[tuple[str, str]]] = defaultdict(list)
    details: dict[int, list[tuple[str, ...]]] = defaultdict(list)

    def warn(cid: int, kind: str, message: str, **numbers: object) -> None:
        warnings[cid].append((kind, message if messages else ""))
        details[cid].append(tuple(str(numbers[key]) for key in DETAIL_KEYS[kind]))

    # ABC on the 12 full months before this month.
    start, end = abc_class.window(today)
    abc: dict[int, str | None] = {}
    for cid, total, cost in q(
            "SELECT customer_id, SUM(amount), SUM(COALESCE(cost, 0)) FROM sale WHERE date >= ? AND date < ?"
            f"{only} GROUP BY customer_id", (start.isoformat(), end.isoformat())):
        relation, channel = customers.get(cid, (None, None))
        if relation in ("downstream", "both"):
            abc[cid] = abc_class.classify(channel, _yuan(total), _yuan(cost), t)

    # Receivable = Σ(amount − paid) − Σ payments.
    receivable: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for cid, owed in q(
            f"SELECT customer_id, SUM(amount - paid) FROM sale WHERE 1=1{only} GROUP BY customer_id"):
        receivable[cid] += _yuan(owed)
    for cid, paid in q(
            f"SELECT customer_id, SUM(amount) FROM payment WHERE 1=1{only} GROUP BY customer_id"):
        receivable[cid] -= _yuan(paid)

    # credit_over_limit
    for cid, limit in q(
            f"SELECT customer_id, credit_limit FROM credit WHERE credit_limit > 0{only}"):
        owed = receivable.get(cid, Decimal(0))
        if owed > _yuan(limit):
            warn(cid, "credit_over_limit", f"receivable {_fmt(owed)} yuan is over the credit limit "
                 f"{_fmt(_yuan(limit))} by {_fmt(owed - _yuan(limit))} yuan",
                 receivable=_fmt(owed), limit=_fmt(_yuan(limit)), excess=_fmt(owed - _yuan(limit)))

    # churn: days since the last sale > max(60, 2 × median gap between distinct sale dates)
    # The limit is never under churn_min_days, so only customers silent that long can churn;
    # reading every sale date of every customer would cost more than the whole rest.
    silent_since = (today - timedelta(days=t.churn_min_days)).isoformat()
    candidates = [cid for (cid,) in q(
        f"SELECT customer_id FROM sale WHERE date <= ?{only} GROUP BY customer_id HAVING MAX(date) < ?",
        (today.isoformat(), silent_since))]
    dates: dict[int, list[date]] = defaultdict(list)
    for start in range(0, len(candidates), 5000):
        chunk = ",".join(str(c) for c in candidates[start : start + 5000])
        for cid, day in q(
                f"SELECT customer_id, date FROM sale WHERE customer_id IN ({chunk}) AND date <= ?"
                " GROUP BY customer_id, date ORDER BY customer_id, date", (today.isoformat(),)):
            dates[cid].append(date.fromisoformat(day))
    for cid, days in dates.items():
        gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
        limit_days = max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(statistics.median(gaps)))) \
            if gaps else Decimal(t.churn_min_days)
        since = (today - days[-1]).days
        if since > limit_days:
            warn(cid, "churn", f"no order for {since} days since {days[-1].isoformat()} "
                 f"(usual limit {limit_days.normalize():f} days)",
                 days=since, last=days[-1].isoformat(), limit=f"{limit_days.normalize():f}")

    # sales_behind_plan: month-to-date sales below plan × elapsed share × tolerance
    month = f"{today:%Y-%m}"
    first = date(today.year, today.month, 1)
    elapsed = Decimal(today.day) / Decimal(calendar.monthrange(today.year, today.month)[1])
    mtd = {cid: _yuan(v) for cid, v in q(
        f"SELECT customer_id, SUM(amount) FROM sale WHERE date >= ? AND date <= ?{only} GROUP BY customer_id",
        (first.isoformat(), today.isoformat()))}
    for cid, planned in q(
            f"SELECT customer_id, SUM(amount) FROM plan WHERE month = ?{only} GROUP BY customer_id", (month,)):
        target = _yuan(planned) * elapsed * t.plan_tolerance
        done = mtd.get(cid, Decimal(0))
        if done < target:
            warn(cid, "sales_behind_plan", f"month-to-date sales {_fmt(done)} yuan are below {_fmt(target)} yuan "
                 f"({elapsed * 100:.0f}% of the {_fmt(_yuan(planned))} yuan plan for {month}, "
                 f"with {t.plan_tolerance * 100:.0f}% tolerance)",
                 done=_fmt(done), target=_fmt(target), share=f"{elapsed * 100:.0f}", plan=_fmt(_yuan(planned)),
                 month=month, tolerance=f"{t.plan_tolerance * 100:.0f}")

    # licence_expiring: expires on or before today + 30 days (expired ones too)
    horizon = today + timedelta(days=t.licence_days)
    for cid, kind, number, expires in q(
            f"SELECT customer_id, kind, number, expires FROM licence WHERE expires <= ?{only}"
            " ORDER BY customer_id, expires", (horizon.isoformat(),)):
        left = (date.fromisoformat(expires) - today).days
        state = f"expired {-left} days ago" if left < 0 else f"expires in {left} days"
        warn(cid, "licence_expiring", f"{kind} licence {number or ''} {state} ({expires})".replace("  ", " "),
             licence=kind, number=number or "", days=abs(left), expired=int(left < 0), expires=expires)

    # complaint_overdue: not answered/closed and received at least 7 days ago
    due = today - timedelta(days=t.complaint_days)
    for cid, received, category in q(
            "SELECT customer_id, received, category FROM complaint WHERE status NOT IN ('answered', 'closed')"
            f" AND received <= ?{only} ORDER BY customer_id, received", (due.isoformat(),)):
        days = (today - date.fromisoformat(received)).days
        warn(cid, "complaint_overdue", f"complaint{' (' + category + ')' if category else ''} received "
             f"{received} is unanswered after {days} days", category=category or "", received=received, days=days)

    # follow_up_due: next follow-up today or past, and no later note
    for cid, noted, follow in q(
            "SELECT n.customer_id, n.date, n.next_follow_up FROM note n WHERE n.next_follow_up <= ?"
            f"{only.replace('customer_id', 'n.customer_id')}"
            " AND NOT EXISTS (SELECT 1 FROM note later WHERE later.customer_id = n.customer_id"
            " AND later.date > n.date) ORDER BY n.customer_id, n.next_follow_up", (today.isoformat(),)):
        overdue = (today - date.fromisoformat(follow)).days
        warn(cid, "follow_up_due", f"follow-up planned for {follow} (note of {noted}) is "
             + ("due today" if overdue == 0 else f"{overdue} day{'s' if overdue > 1 else ''} overdue"),
             follow=follow, noted=noted, days=overdue)

    return {cid: ComputedFields(abc.get(cid), receivable.get(cid, Decimal("0.00")), warnings.get(cid, []),
                                details.get(cid, [])) for cid in customers}

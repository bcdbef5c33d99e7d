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

from crm_desktop.core.rules import abc_class, stages
from crm_desktop.core.rules.thresholds import Thresholds, load

DETAIL_KEYS: dict[str, tuple[str, ...]] = {
    "credit_over_limit": ("receivable", "limit", "excess"),
    "churn": ("days", "last", "limit"),
    "sales_behind_plan": ("done", "target", "share", "plan", "month", "tolerance"),
    "licence_expiring": ("licence", "number", "days", "expired", "expires"),
    "complaint_overdue": ("category", "received", "days"),
    "follow_up_due": ("follow", "noted", "days"),
}


@dataclass(slots=True)  # not frozen: a run makes 100,000 and frozen ones cost 3x to build
class ComputedFields:
    abc_class: str | None
    receivable: Decimal
    kinds: list[str] = field(default_factory=list)  # each warning's kind
    # The numbers behind each warning (in the order of DETAIL_KEYS[kind]), aligned with
    # `kinds`; worded only when shown, in the reader's language: an office may have 200,000.
    details: list[tuple[str, ...]] = field(default_factory=list)
    sales_12m: Decimal = Decimal("0.00")  # the ABC window's sales (12 full months before this one)
    lifecycle_suggested: str = "prospect"
    key_account: bool | None = None  # known only when every customer was computed

    @property
    def warnings(self) -> list[tuple[str, str]]:
        """(kind, English sentence) of each warning."""
        return [(kind, english_message(kind, dict(zip(DETAIL_KEYS[kind], numbers, strict=True))))
                for kind, numbers in zip(self.kinds, self.details, strict=True)]


def english_message(kind: str, d: dict[str, str]) -> str:
    """A warning as the command line and the JSON export word it, from its numbers."""
    if kind == "credit_over_limit":
        return f"receivable {d['receivable']} yuan is over the credit limit {d['limit']} by {d['excess']} yuan"
    if kind == "churn":
        return f"no order for {d['days']} days since {d['last']} (usual limit {d['limit']} days)"
    if kind == "sales_behind_plan":
        return (f"month-to-date sales {d['done']} yuan are below {d['target']} yuan ({d['share']}% of the "
                f"{d['plan']} yuan plan for {d['month']}, with {d['tolerance']}% tolerance)")
    if kind == "licence_expiring":
        state = f"expired {d['days']} days ago" if d["expired"] == "1" else f"expires in {d['days']} days"
        return f"{d['licence']} licence {d['number']} {state} ({d['expires']})".replace("  ", " ")
    if kind == "complaint_overdue":
        category = f" ({d['category']})" if d["category"] else ""
        return f"complaint{category} received {d['received']} is unanswered after {d['days']} days"
    days = int(d["days"])
    return (f"follow-up planned for {d['follow']} (note of {d['noted']}) is "
            + ("due today" if days == 0 else f"{days} day{'s' if days > 1 else ''} overdue"))


def _yuan(fen: int | None) -> Decimal:
    return Decimal(int(fen or 0)).scaleb(-2)


def _fmt(value: Decimal) -> str:
    return f"{value:,.2f}"


def _fen_text(fen: int) -> str:
    """`_fmt(_yuan(fen))` without the Decimal: 1234567 → '12,345.67'."""
    return f"{'-' if fen < 0 else ''}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def computed_fields(con: Connection, today: date, customer_ids: Sequence[int] | None = None,
                    thresholds: Thresholds | None = None) -> dict[int, ComputedFields]:
    t = thresholds or load(con)
    raw = con.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def q(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        # The DB-API cursor's fetchall: SQLAlchemy's row-by-row fetch doubled the time here.
        return raw.execute(sql, params).fetchall()

    only = "" if customer_ids is None else f" AND customer_id IN ({','.join(str(int(i)) for i in customer_ids)})"
    only_c = "" if customer_ids is None else only.replace("customer_id", "c.id")
    customers = {cid: (relation, channel) for cid, relation, channel in q(
        f"SELECT c.id, c.relation, c.channel FROM customer c WHERE 1=1{only_c}")}
    kinds: dict[int, list[str]] = defaultdict(list)
    details: dict[int, list[tuple[str, ...]]] = defaultdict(list)

    def warn(cid: int, kind: str, numbers: tuple[str, ...]) -> None:
        """`numbers` in the order of DETAIL_KEYS[kind]."""
        kinds[cid].append(kind)
        details[cid].append(numbers)

    # One scan of the sales log for everything summed per customer: the ABC window (12 full
    # months before this month), the receivable, the last sale, and the lifecycle's numbers.
    start, end = abc_class.window(today)
    previous_start, last_start = stages.half_years(today)
    month_first = date(today.year, today.month, 1)
    day = today.isoformat()
    abc: dict[int, str | None] = {}
    totals_12m: dict[int, int] = {}  # fen
    owed_fen: dict[int, int] = defaultdict(int)  # Decimal only once per customer, at the end
    history: dict[int, tuple[str, str | None, int, int, int]] = {}
    mtd: dict[int, int] = {}  # fen
    for cid, owed, total, cost, first, last, orders, last_half, previous_half, month_to_date in q(
            "SELECT customer_id, SUM(amount - paid),"
            " SUM(CASE WHEN date >= ?1 AND date < ?2 THEN amount END),"
            " SUM(CASE WHEN date >= ?1 AND date < ?2 THEN COALESCE(cost, 0) END),"
            " MIN(date), MAX(CASE WHEN date <= ?3 THEN date END), COUNT(DISTINCT date),"
            " SUM(CASE WHEN date > ?4 AND date <= ?3 THEN amount ELSE 0 END),"
            " SUM(CASE WHEN date > ?5 AND date <= ?4 THEN amount ELSE 0 END),"
            " SUM(CASE WHEN date >= ?6 AND date <= ?3 THEN amount END)"
            f" FROM sale WHERE 1=1{only} GROUP BY customer_id",
            (start.isoformat(), end.isoformat(), day, last_start.isoformat(), previous_start.isoformat(),
             month_first.isoformat())):
        owed_fen[cid] += owed or 0
        history[cid] = (first, last, orders, last_half, previous_half)
        if month_to_date is not None:
            mtd[cid] = month_to_date
        if total is not None:
            totals_12m[cid] = total
            relation, channel = customers.get(cid, (None, None))
            if relation in ("downstream", "both"):
                abc[cid] = abc_class.classify_fen(channel, total, cost, t)

    # Receivable = Σ(amount − paid) − Σ payments.
    for cid, paid in q(
            f"SELECT customer_id, SUM(amount) FROM payment WHERE 1=1{only} GROUP BY customer_id"):
        owed_fen[cid] -= paid or 0
    receivable = {cid: _yuan(fen) for cid, fen in owed_fen.items()}

    # credit_over_limit
    for cid, limit in q(
            f"SELECT customer_id, credit_limit FROM credit WHERE credit_limit > 0{only}"):
        owed = owed_fen.get(cid, 0)
        if owed > limit:
            warn(cid, "credit_over_limit", (_fen_text(owed), _fen_text(limit), _fen_text(owed - limit)))

    # churn: days since the last sale > max(60, 2 × median gap between distinct sale dates)
    # The limit is never under churn_min_days, so only customers silent that long can churn;
    # reading every sale date of every customer would cost more than the whole rest.
    silent_since = (today - timedelta(days=t.churn_min_days)).isoformat()
    candidates = [cid for cid, (_first, last, *_rest) in history.items() if last is not None and last < silent_since]
    # Day numbers (julian, computed by SQLite) instead of date objects: ~900,000 of them at
    # 100,000 customers, where parsing each in Python cost more than the query.
    days_of: dict[int, list[int]] = defaultdict(list)
    churned: set[int] = set()
    for start in range(0, len(candidates), 5000):
        chunk = ",".join(str(c) for c in candidates[start : start + 5000])
        for cid, number in q(
                f"SELECT customer_id, CAST(julianday(date) AS INTEGER) FROM sale WHERE customer_id IN ({chunk})"
                " AND date <= ? GROUP BY customer_id, date ORDER BY customer_id, date", (today.isoformat(),)):
            days_of[cid].append(number)
    today_number = today.toordinal() - date(2000, 1, 1).toordinal() + 2451544  # julianday() at 00:00, cast
    for cid, days in days_of.items():
        gaps = [b - a for a, b in zip(days, days[1:], strict=False)]
        limit_days = max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(statistics.median(gaps)))) \
            if gaps else Decimal(t.churn_min_days)
        since = today_number - days[-1]
        if since > limit_days:
            churned.add(cid)
            last = history[cid][1] if cid in history else (today - timedelta(days=since)).isoformat()
            warn(cid, "churn", (str(since), last, f"{limit_days.normalize():f}"))

    # sales_behind_plan: month-to-date sales below plan × elapsed share × tolerance
    month = f"{today:%Y-%m}"
    elapsed = Decimal(today.day) / Decimal(calendar.monthrange(today.year, today.month)[1])
    share, tolerance = f"{elapsed * 100:.0f}", f"{t.plan_tolerance * 100:.0f}"
    for cid, planned in q(
            f"SELECT customer_id, SUM(amount) FROM plan WHERE month = ?{only} GROUP BY customer_id", (month,)):
        target = _yuan(planned) * elapsed * t.plan_tolerance
        done = mtd.get(cid, 0)
        if _yuan(done) < target:
            warn(cid, "sales_behind_plan", (_fen_text(done), _fmt(target), share, _fen_text(planned), month, tolerance))

    # licence_expiring: expires on or before today + 30 days (expired ones too)
    horizon = today + timedelta(days=t.licence_days)
    for cid, kind, number, expires in q(
            f"SELECT customer_id, kind, number, expires FROM licence WHERE expires <= ?{only}"
            " ORDER BY customer_id, expires", (horizon.isoformat(),)):
        left = (date.fromisoformat(expires) - today).days
        warn(cid, "licence_expiring", (kind, number or "", str(abs(left)), str(int(left < 0)), expires))

    # complaint_overdue: not answered/closed and received at least 7 days ago
    due = today - timedelta(days=t.complaint_days)
    for cid, received, category in q(
            "SELECT customer_id, received, category FROM complaint WHERE status NOT IN ('answered', 'closed')"
            f" AND received <= ?{only} ORDER BY customer_id, received", (due.isoformat(),)):
        days = (today - date.fromisoformat(received)).days
        warn(cid, "complaint_overdue", (category or "", received, str(days)))

    # follow_up_due: next follow-up today or past, and no later note
    for cid, noted, follow in q(
            "SELECT n.customer_id, n.date, n.next_follow_up FROM note n WHERE n.next_follow_up <= ?"
            f"{only.replace('customer_id', 'n.customer_id')}"
            " AND NOT EXISTS (SELECT 1 FROM note later WHERE later.customer_id = n.customer_id"
            " AND later.date > n.date) ORDER BY n.customer_id, n.next_follow_up", (today.isoformat(),)):
        warn(cid, "follow_up_due", (follow, noted, str((today - date.fromisoformat(follow)).days)))

    keys = stages.key_accounts(totals_12m) if customer_ids is None else None

    def lifecycle(cid: int) -> str:
        found = history.get(cid)
        if found is None:
            return "prospect"
        first, _last, orders, last_half, previous_half = found
        # The halves stay in fen: the rule only compares them.
        return stages.suggest_lifecycle(stages.SalesHistory(
            date.fromisoformat(first), orders, last_half, previous_half, cid in churned), today, t)

    nothing = Decimal("0.00")
    return {cid: ComputedFields(abc.get(cid), receivable.get(cid, nothing), kinds.get(cid, []),
                                details.get(cid, []), _yuan(totals_12m[cid]) if cid in totals_12m else nothing,
                                lifecycle(cid), None if keys is None else cid in keys) for cid in customers}

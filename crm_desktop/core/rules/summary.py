"""The computed fields of every customer, set-based: ABC class, receivable, warnings.

A handful of GROUP BY queries for all customers at once (never one query per customer).
"""

from __future__ import annotations

import math
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core import months
from crm_desktop.core.gc_pause import collector_paused
from crm_desktop.core.money import CENT, fen_text, yuan, yuan_text
from crm_desktop.core.rules import abc_class, receivables, stages
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


def computed_fields(con: Connection, today: date, customer_ids: Sequence[int] | None = None,
                    thresholds: Thresholds | None = None) -> dict[int, ComputedFields]:
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


def _computed_fields(con: Connection, today: date, customer_ids: Sequence[int] | None,
                     thresholds: Thresholds | None) -> dict[int, ComputedFields]:
    t = thresholds or load(con)
    raw = con.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def q(sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> list[tuple[Any, ...]]:
        # The DB-API cursor's fetchall: SQLAlchemy's row-by-row fetch doubled the time here.
        return raw.execute(sql, params).fetchall()

    only = "" if customer_ids is None else f" AND customer_id IN ({','.join(str(int(i)) for i in customer_ids)})"
    only_c = "" if customer_ids is None else only.replace("customer_id", "c.id")
    # (id, 1 when its relation is downstream or both (it has a class) + 2 when its channel is
    # wholesale or chain, its credit limit when > 0), in the table's order. Numbers, not
    # texts: 100,000 strings cost.
    wholesale = ", ".join(f"'{channel}'" for channel in sorted(abc_class.WHOLESALE_CHANNELS))
    customers = q(f"SELECT c.id, CASE WHEN c.relation IN ('downstream', 'both') THEN 1 ELSE 0 END"
                  f" + CASE WHEN c.channel IN ({wholesale}) THEN 2 ELSE 0 END, cr.credit_limit FROM customer c"
                  f" LEFT JOIN credit cr ON cr.customer_id = c.id AND cr.credit_limit > 0 WHERE 1=1{only_c}")
    # One scan of the sales log for everything summed per customer: the receivable, the ABC
    # window (12 full months before this month), month-to-date sales, and the lifecycle
    # stage (as a small number; "lost" comes from the churn below) with whether the customer
    # may have churned: a sale up to today and none in the churn's silent window
    # [today − churn_min_days, today]. Its per-row work is most of the whole computation:
    # - no MAX(date): SQLite copies the text at every row of a customer (the dates come in
    #   ascending order), a seventh of the scan; only the churn's candidates need their last sale;
    # - aggregate FILTERs skip the rows outside a window, where a CASE calls the sum with NULL;
    # - few, small values per customer: making Python objects of them is a sixth of the scan.
    start, end = abc_class.window(today)
    previous_start, last_start = stages.half_years(today)
    day = today.isoformat()
    first_sale, orders = "MIN(date)", "COUNT(DISTINCT date)"
    life, params = stages.lifecycle_sql(
        today, t, first_sale, orders, _sum_where("amount", "date > :last_start AND date <= :day"),
        _sum_where("amount", "date > :previous_start AND date <= :last_start"))
    params.update(start=start.isoformat(), end=end.isoformat(), day=day, last_start=last_start.isoformat(),
                  previous_start=previous_start.isoformat(), month_first=months.month_start(today).isoformat(),
                  silent_since=(today - timedelta(days=t.churn_min_days)).isoformat())
    in_window = "date >= :start AND date < :end"
    # customer → (id, owed, window total, window cost, month to date, 2 × lifecycle code + candidate)
    sales = {row[0]: row for row in q(
        f"SELECT customer_id, {receivables.OWED_SUM}, {_sum_where('amount', in_window)},"
        f" {_sum_where('COALESCE(cost, 0)', in_window)}, {_sum_where('amount', 'date >= :month_first AND date <= :day')},"
        f" 2 * ({life}) + ({first_sale} <= :day AND {_count_where('date >= :silent_since AND date <= :day')} = 0)"
        f" FROM sale WHERE 1=1{only} GROUP BY customer_id", params)}

    # Receivable = Σ(amount − paid) − Σ payments (rules/receivables.py; fen, a Decimal once per
    # customer at the end; `net_fen` written out in the loop below, which runs 100,000 times).
    paid: dict[int, int] = {cid: amount or 0 for cid, amount in q(receivables.RECEIPTS_SQL.format(only=only))}

    # Every customer's fields, the warnings to come appended kind by kind in the order of
    # DETAIL_KEYS (straight to each customer's lists: a third faster than collecting them per
    # customer first). The credit limit is checked here, where the receivable is known.
    keys = stages.key_accounts_fen({cid: row[2] for cid, row in sales.items() if row[2] is not None}) \
        if customer_ids is None else None
    key_of = (lambda cid: None) if keys is None else keys.__contains__
    classify = abc_class.classifier(t)
    stage_of = (*stages.LIFECYCLE_CODES, None)  # code → stage; None: undecided in SQL
    fen_texts = _FenTexts()
    nothing = Decimal("0.00")
    result: dict[int, ComputedFields] = {}
    for cid, flags, limit in customers:
        found = sales.get(cid)
        if found is None:
            owed = -paid.get(cid, 0)
            fields = result[cid] = ComputedFields(
                None, Decimal(owed) * _CENT if owed else nothing, [], [], nothing, "prospect", key_of(cid))
        else:
            _cid, owed, total, cost, _month_to_date, code = found
            owed = owed or 0
            if paid:
                owed -= paid.get(cid, 0)
            fields = result[cid] = ComputedFields(
                classify(flags & 2, total, cost) if flags & 1 and total is not None else None,
                Decimal(owed) * _CENT if owed else nothing, [], [],
                nothing if total is None else Decimal(total) * _CENT,
                stage_of[code >> 1] or _lifecycle_in_python(raw, cid, today, t), key_of(cid))
        # credit_over_limit
        if limit is not None and owed > limit:
            fields.kinds.append("credit_over_limit")
            fields.details.append((fen_texts[owed], fen_texts[limit], fen_texts[owed - limit]))
    of = result.get

    # churn: days since the last sale > max(60, 2 × median gap between distinct sale dates)
    # The limit is never under churn_min_days, so only the candidates above can churn: only
    # their sale dates are read (as one text each: a row per date cost three times as much).
    candidates = [cid for cid, row in sales.items() if row[5] & 1]
    day_number = _DayNumbers(raw).__getitem__
    today_number = today.toordinal() - date(2000, 1, 1).toordinal() + 2451544  # julianday() at 00:00, cast
    # median gap (None: a single date) → (the limit's floor: since > limit ⇔ since > floor,
    # the limit's text); the limit is the rule's Decimal, made once per distinct median.
    limits: dict[int | float | None, tuple[int, str]] = {}
    for first in range(0, len(candidates), 5000):
        chunk = ",".join(str(c) for c in candidates[first : first + 5000])
        for cid, joined in q(
                f"SELECT customer_id, group_concat(date) FROM sale WHERE customer_id IN ({chunk})"
                " AND date <= ? GROUP BY customer_id", (day,)):
            dates = joined.split(",")
            if len(dates) > 1:
                dates = sorted(set(dates))  # distinct, ascending (ISO text)
            days = list(map(day_number, dates))
            gaps = sorted(map(operator.sub, days[1:], days))
            median: int | float | None = None
            if gaps:
                middle = len(gaps) // 2  # statistics.median, without its checks and copies
                median = gaps[middle] if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2
            limit = limits.get(median)
            if limit is None:
                limit_days = Decimal(t.churn_min_days) if median is None else \
                    max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(median)))
                limit = limits[median] = (math.floor(limit_days), f"{limit_days.normalize():f}")
            since = today_number - days[-1]
            if since > limit[0] and (fields := of(cid)) is not None:
                fields.kinds.append("churn")
                fields.details.append((str(since), dates[-1], limit[1]))
                fields.lifecycle_suggested = "lost"  # churn needs a sale up to today: never a prospect

    # sales_behind_plan: month-to-date sales below plan × elapsed share × tolerance
    month = months.month_key(today)
    days_in_month = months.days_in_month(today)
    elapsed = Decimal(today.day) / Decimal(days_in_month)
    share, tolerance = f"{elapsed * 100:.0f}", f"{t.plan_tolerance * 100:.0f}"
    plan = _PlanRule(today.day, days_in_month, elapsed, t.plan_tolerance)
    divisor = plan.divisor
    by_plan: dict[int, tuple[int, str | None, str]] = {}  # plans repeat: a few thousand distinct amounts
    # Summed here: SQLite's GROUP BY reads the plans in customer order, row by row (twice as long).
    rows = q(f"SELECT customer_id, amount FROM plan WHERE month = ?{only}", (month,))
    plans = dict(rows)
    if len(plans) < len(rows):  # plans per product: sum them
        plans = defaultdict(int)
        for cid, amount in rows:
            plans[cid] += amount
    month_to_date = {cid: row[4] for cid, row in sales.items() if row[4] is not None}
    for cid, planned in plans.items():
        done = month_to_date.get(cid, 0)
        known = by_plan.get(planned)
        if known is None:
            known = by_plan[planned] = plan.of_plan(planned)
        scaled, target, planned_text = known
        if target is None:
            target = plan.by_decimal(planned, done)
        else:
            compared = done * divisor
            if compared > scaled:
                continue
            if compared == scaled:
                target = plan.by_decimal(planned, done)
        if target is not None and (fields := of(cid)) is not None:
            fields.kinds.append("sales_behind_plan")
            fields.details.append((fen_texts[done], target, share, planned_text, month, tolerance))

    # For every customer, the tables below are read in their own order and sorted, not in
    # customer order through the customer_id index (a fifth to a third faster); the id keeps
    # equal dates in the table's order. For a few customers, that index finds their rows.
    whole = " NOT INDEXED" if customer_ids is None else ""

    # licence_expiring: expires on or before today + 30 days (expired ones too)
    horizon = today + timedelta(days=t.licence_days)
    for cid, kind, number, expires in q(
            f"SELECT customer_id, kind, number, expires FROM licence{whole} WHERE expires <= ?{only}"
            " ORDER BY customer_id, expires, id", (horizon.isoformat(),)):
        if (fields := of(cid)) is not None:
            left = (date.fromisoformat(expires) - today).days
            fields.kinds.append("licence_expiring")
            fields.details.append((kind, number or "", str(abs(left)), str(int(left < 0)), expires))

    # complaint_overdue: not answered/closed and received at least 7 days ago
    due = today - timedelta(days=t.complaint_days)
    days_since = _DaysSince(today)
    for cid, received, category in q(
            f"SELECT customer_id, received, category FROM complaint{whole}"
            f" WHERE status NOT IN ('answered', 'closed') AND received <= ?{only} ORDER BY customer_id, received, id",
            (due.isoformat(),)):
        if (fields := of(cid)) is not None:
            fields.kinds.append("complaint_overdue")
            fields.details.append((category or "", received, days_since[received]))

    # follow_up_due: next follow-up today or past, and no later note
    for cid, noted, follow in q(
            f"SELECT n.customer_id, n.date, n.next_follow_up FROM note n{whole} WHERE n.next_follow_up <= ?"
            f"{only.replace('customer_id', 'n.customer_id')}"
            " AND NOT EXISTS (SELECT 1 FROM note later WHERE later.customer_id = n.customer_id"
            " AND later.date > n.date) ORDER BY n.customer_id, n.next_follow_up, n.id", (day,)):
        if (fields := of(cid)) is not None:
            fields.kinds.append("follow_up_due")
            fields.details.append((follow, noted, days_since[follow]))

    return result


_CENT = CENT  # fen × CENT: the yuan `yuan` gives (the same digits and exponent), a little faster


# Aggregates over the rows of a group that meet a condition: FILTER (SQLite 3.30) skips the
# others; a CASE gives the same results, calling the aggregate with NULL for them.
_FILTER = sqlite3.sqlite_version_info >= (3, 30, 0)


def _sum_where(value: str, condition: str) -> str:
    return f"SUM({value}) FILTER (WHERE {condition})" if _FILTER else f"SUM(CASE WHEN {condition} THEN {value} END)"


def _count_where(condition: str) -> str:
    return f"COUNT(*) FILTER (WHERE {condition})" if _FILTER else f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def _lifecycle_in_python(cursor: Any, cid: int, today: date, t: Thresholds) -> str:
    """The lifecycle of a customer whose sums are too big for `stages.lifecycle_sql`."""
    previous_start, last_start = stages.half_years(today)
    first, orders, last_half, previous_half = cursor.execute(
        "SELECT MIN(date), COUNT(DISTINCT date), SUM(CASE WHEN date > ?2 AND date <= ?1 THEN amount ELSE 0 END),"
        " SUM(CASE WHEN date > ?3 AND date <= ?2 THEN amount ELSE 0 END) FROM sale WHERE customer_id = ?4",
        (today.isoformat(), last_start.isoformat(), previous_start.isoformat(), cid)).fetchone()
    return stages.suggest_lifecycle(stages.SalesHistory(
        date.fromisoformat(first), orders, last_half, previous_half, False), today, t)


class _DayNumbers(dict[str, int]):
    """Sale date (text) → SQLite's `CAST(julianday(date) AS INTEGER)`, asked once per distinct
    date: a big office's sales fall on a few thousand days."""

    def __init__(self, cursor: Any) -> None:
        super().__init__()
        self._cursor = cursor

    def __missing__(self, text: str) -> int:
        number: int = self._cursor.execute("SELECT CAST(julianday(?) AS INTEGER)", (text,)).fetchone()[0]
        self[text] = number
        return number


class _DaysSince(dict[str, str]):
    """ISO date → days from it to today, as text; computed once per distinct date."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self._today = today

    def __missing__(self, text: str) -> str:
        days = self[text] = str((self._today - date.fromisoformat(text)).days)
        return days


class _FenTexts(dict[int, str]):
    """Fen → `fen_text`, worded once per distinct amount."""

    def __missing__(self, fen: int) -> str:
        text = self[fen] = fen_text(fen)
        return text


class _PlanRule:
    """sales_behind_plan for one day: `done` < plan × (day / days in month) × tolerance, with
    the target worded as `yuan_text` words the Decimal the rule computes.

    The Decimal product rounds to 28 digits at each step; in whole numbers the comparison is
    exact: done·D·q < plan·day·p (tolerance = p/q; fen). Both agree whenever the two sides
    differ and |plan·day·p| < 10^20: they then differ by at least one part in |plan·day·p|,
    far beyond the rounding. Likewise the target's text: the exact target rounded to the fen
    is the Decimal's, unless it lies exactly half-way. Those cases (equality, a half-way
    target, a non-positive or huge plan) take the Decimal path itself (`by_decimal`)."""

    def __init__(self, day: int, days_in_month: int, elapsed: Decimal, tolerance: Decimal) -> None:
        p, q = tolerance.as_integer_ratio()
        self.factor, self.divisor = day * p, days_in_month * q  # target in fen = plan · factor / divisor
        self.elapsed, self.tolerance = elapsed, tolerance

    def of_plan(self, planned: int) -> tuple[int, str | None, str]:
        """(plan · factor, the target's text or None for the Decimal path, the plan's text)."""
        scaled = planned * self.factor
        text = None
        if 0 < scaled < 10**20:
            whole, rest = divmod(scaled, self.divisor)
            if 2 * rest != self.divisor:
                text = fen_text(whole + (2 * rest > self.divisor))
        return scaled, text, fen_text(planned)

    def by_decimal(self, planned: int, done: int) -> str | None:
        """The rule itself: the target's text when `done` is behind the plan, else None."""
        target = yuan(planned) * self.elapsed * self.tolerance
        return yuan_text(target) if yuan(done) < target else None

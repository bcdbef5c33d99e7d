"""The warnings, one function per kind, each for every customer at once: the contract's six,
three more of seed 003 (六、客户的预警管理): below the same month last year, an order
overdue by the customer's own rhythm, a major event not yet cleared; and a contract of the
register ending without a renewal.

Each check reads what it needs set-based (one query, or a few chunks of candidates) and
appends its warnings straight to the customers' `ComputedFields` (rules/customer_fields.py), in the
order of DETAIL_KEYS. The per-customer work is integer arithmetic and ISO-date text
comparisons, exactly equivalent to the Decimal and date arithmetic of the rules (each fast
path says why), with a Decimal only where a value leaves as one.
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from crm_desktop.core import months
from crm_desktop.core.money import fen_text, yuan, yuan_text
from crm_desktop.core.rules.thresholds import Thresholds

if TYPE_CHECKING:
    from crm_desktop.core.rules.customer_fields import ComputedFields

DETAIL_KEYS: dict[str, tuple[str, ...]] = {
    "credit_over_limit": ("receivable", "limit", "excess"),
    "churn": ("days", "last", "limit"),
    # days since the last order, its date, the median gap (days), how many order days
    "order_overdue": ("days", "last", "usual", "orders"),
    # product: "" for the month's plan of the whole customer, else the product's own plan
    "sales_behind_plan": ("done", "target", "share", "plan", "month", "tolerance", "product"),
    # before: the same month a year earlier (its month and its sales)
    "sales_below_last_year": ("done", "target", "share", "before", "month", "tolerance"),
    "licence_expiring": ("licence", "number", "days", "expired", "expires"),
    "complaint_overdue": ("category", "received", "days"),
    "follow_up_due": ("follow", "noted", "days"),
    "contract_expiring": ("number", "days", "ends"),
    # event: vocabulary.MAJOR_EVENT's key; note: the note's id (where its warning is cleared)
    "major_event": ("event", "noted", "days", "summary", "note"),
}


def english_message(kind: str, d: dict[str, str]) -> str:
    """A warning as the command line and the JSON export word it, from its numbers."""
    if kind == "credit_over_limit":
        return (
            f"receivable {d['receivable']} yuan is over the credit limit {d['limit']}"
            f" by {d['excess']} yuan"
        )
    if kind == "churn":
        return f"no order for {d['days']} days since {d['last']} (usual limit {d['limit']} days)"
    if kind == "order_overdue":
        return (
            f"no order for {d['days']} days since {d['last']}: usually one every {d['usual']}"
            f" days (median gap of {d['orders']} orders)"
        )
    if kind == "sales_below_last_year":
        return (
            f"month-to-date sales {d['done']} yuan are below {d['target']} yuan"
            f" ({d['share']}% of the {d['before']} yuan of {d['month']}, with {d['tolerance']}%"
            " tolerance)"
        )
    if kind == "major_event":
        about = f": {d['summary']}" if d["summary"] else ""
        return (
            f"major event ({d['event'].replace('_', ' ')}) reported {d['noted']}{about}"
            f" ({d['days']} days ago, until cleared)"
        )
    if kind == "sales_behind_plan":
        of = f" of {d['product']}" if d.get("product") else ""
        return (
            f"month-to-date sales{of} {d['done']} yuan are below {d['target']} yuan"
            f" ({d['share']}% of the {d['plan']} yuan plan{of} for {d['month']},"
            f" with {d['tolerance']}% tolerance)"
        )
    if kind == "licence_expiring":
        state = (
            f"expired {d['days']} days ago"
            if d["expired"] == "1"
            else f"expires in {d['days']} days"
        )
        return f"{d['licence']} licence {d['number']} {state} ({d['expires']})".replace("  ", " ")
    if kind == "complaint_overdue":
        category = f" ({d['category']})" if d["category"] else ""
        return f"complaint{category} received {d['received']} is unanswered after {d['days']} days"
    if kind == "contract_expiring":
        when = "ends today" if d["days"] == "0" else f"ends in {d['days']} days"
        return f"contract {d['number']} {when} ({d['ends']}) and no later contract is recorded"
    days = int(d["days"])
    return f"follow-up planned for {d['follow']} (note of {d['noted']}) is " + (
        "due today" if days == 0 else f"{days} day{'s' if days > 1 else ''} overdue"
    )


@dataclass(slots=True)
class Scan:
    """What the checks share in one computation."""

    query: Callable[..., list[tuple[Any, ...]]]  # the DB-API cursor's execute + fetchall
    cursor: Any
    today: date
    thresholds: Thresholds
    only: str  # " AND customer_id IN (…)" for some customers, "" for all
    whole: str  # " NOT INDEXED" for all customers (their tables read in order, then sorted)
    fields_of: Callable[[int], ComputedFields | None]
    fen_texts: FenTexts
    days_since: DaysSince


def credit_over_limit(scan: Scan, owed_and_limits: Iterable[tuple[int, int, int]]) -> None:
    """credit limit > 0 and receivable > limit; (customer, receivable, limit) in fen."""
    texts = scan.fen_texts
    for cid, owed, limit in owed_and_limits:
        if owed > limit and (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("credit_over_limit")
            fields.details.append((texts[owed], texts[limit], texts[owed - limit]))


def churn(scan: Scan) -> list[int]:
    """churn: days since the last sale > max(60, 2 × median gap between distinct sale dates);
    order_overdue (seed 003, 进货频率): not churned, at least `frequency_min_orders` order days,
    and more days since the last than the median gap. Returns the customers that churned.

    Both read every customer's order days, once: as one text each from the (customer, date)
    index, which holds them in order (a row per date cost three times as much), so the
    distinct days are the non-zero steps between neighbours."""
    t, today = scan.thresholds, scan.today
    day_number = DayNumbers(scan.cursor).__getitem__
    today_number = (
        today.toordinal() - date(2000, 1, 1).toordinal() + 2451544
    )  # julianday() at 00:00, cast
    today_text, fewest = today.isoformat(), max(t.frequency_min_orders - 1, 2)
    # median gap (None: a single date) → (the limit's floor: since > limit ⇔ since > floor,
    # the limit's text); the limit is the rule's Decimal, made once per distinct median.
    limits: dict[int | float | None, tuple[int, str]] = {}
    churned: list[int] = []
    sub, fields_of = operator.sub, scan.fields_of
    for cid, joined in scan.query(
        "SELECT customer_id, group_concat(date) FROM sale"
        f" WHERE 1=1{scan.only} GROUP BY customer_id"
    ):
        dates = joined.split(",")
        if dates[-1] > today_text:  # sales after today: not orders yet
            dates = [d for d in dates if d <= today_text]
            if not dates:
                continue
        days = list(map(day_number, dates))
        gaps = sorted(filter(None, map(sub, days[1:], days)))
        if gaps and gaps[0] < 0:  # not in date order (another database's aggregate): sort
            dates = sorted({d for d in dates if d <= today_text})
            if not dates:
                continue
            days = list(map(day_number, dates))
            gaps = sorted(map(sub, days[1:], days))
        median: int | float | None = None
        if gaps:
            middle = len(gaps) // 2  # statistics.median, without its checks and copies
            median = gaps[middle] if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2
        limit = limits.get(median)
        if limit is None:
            limit_days = (
                Decimal(t.churn_min_days)
                if median is None
                else max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(median)))
            )
            limit = limits[median] = (math.floor(limit_days), f"{limit_days.normalize():f}")
        since = today_number - days[-1]
        if since > limit[0]:
            if (fields := fields_of(cid)) is not None:
                fields.kinds.append("churn")
                fields.details.append((str(since), dates[-1], limit[1]))
                churned.append(cid)
        elif len(gaps) >= fewest and since > median and (fields := fields_of(cid)):
            fields.kinds.append("order_overdue")
            fields.details.append((str(since), dates[-1], _days_text(median), str(len(gaps) + 1)))
    return churned


def _days_text(days: int | float | None) -> str:
    """A median gap as a number of days: 30, or 30.5 for a half-day median."""
    return str(int(days)) if days is not None and days == int(days) else str(days)


def sales_behind_plan(scan: Scan, month_to_date: dict[int, int]) -> None:
    """month-to-date sales below plan × elapsed share × tolerance (`month_to_date`: fen per
    customer). The customer's plan is its whole-month plan when it has one, else the sum of
    its product plans (they break the whole down, as the plan panel and the office view read
    them); each product plan is also checked against that product's sales, its warning
    naming the product."""
    today, t = scan.today, scan.thresholds
    month = months.month_key(today)
    days_in_month = months.days_in_month(today)
    elapsed = Decimal(today.day) / Decimal(days_in_month)
    share, tolerance = f"{elapsed * 100:.0f}", f"{t.plan_tolerance * 100:.0f}"
    rule = PlanRule(today.day, days_in_month, elapsed, t.plan_tolerance)
    # Summed here: SQLite's GROUP BY reads the plans in customer order, row by row (twice as long).
    wholes: dict[int, int] = {}
    by_products: defaultdict[int, int] = defaultdict(int)
    product_plans: list[tuple[int, int, int]] = []
    for cid, product_id, amount in scan.query(
        f"SELECT customer_id, product_id, amount FROM plan WHERE month = ?{scan.only}", (month,)
    ):
        if product_id is None:
            wholes[cid] = amount
        else:
            by_products[cid] += amount
            product_plans.append((cid, product_id, amount))
    plans = wholes
    if by_products:
        plans = {**by_products, **wholes}  # the whole-month plan wins over its breakdown
    _behind(
        scan,
        rule,
        ((cid, planned, month_to_date.get(cid, 0), "") for cid, planned in plans.items()),
        (share, month, tolerance),
    )
    if product_plans:
        _behind(
            scan, rule, _product_progress(scan, product_plans, month), (share, month, tolerance)
        )


def sales_below_last_year(scan: Scan, month_to_date: dict[int, int]) -> None:
    """Seed 003 (六、2, 同期进货量): month-to-date sales below the same month a year earlier ×
    the elapsed share of the month × the tolerance, as a plan is read; only for a customer who
    bought (above zero) in that month. `month_to_date`: fen per customer."""
    today, t = scan.today, scan.thresholds
    before = months.shift_key(months.month_key(today), -12)
    days_in_month = months.days_in_month(today)
    elapsed = Decimal(today.day) / Decimal(days_in_month)
    rule = PlanRule(today.day, days_in_month, elapsed, t.year_tolerance)
    share, tolerance = f"{elapsed * 100:.0f}", f"{t.year_tolerance * 100:.0f}"
    texts, divisor, factor = scan.fen_texts, rule.divisor, rule.factor
    for cid, amount in _month_sales(scan, before):
        if amount is None or amount <= 0:
            continue
        done = month_to_date.get(cid, 0)
        if done * divisor > amount * factor:  # on track: nothing to word (most customers)
            continue
        scaled, target, before_text = rule.of_plan(amount)
        if target is None or done * divisor == scaled:
            target = rule.by_decimal(amount, done)
        if target is not None and (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("sales_below_last_year")
            fields.details.append((texts[done], target, share, before_text, before, tolerance))


def _month_sales(scan: Scan, month: str) -> list[tuple[int, int]]:
    """(customer, sales in fen) of one month: from the analysis rollup (one row a customer,
    which the sale triggers keep exact) while its horizon holds the month, else from the
    month's sales through the date index."""
    from crm_desktop.core.analytics.scope import span

    s = span(scan.cursor, month, month)
    if s.in_horizon:
        amount = s.amount()
        return scan.query(
            f"SELECT customer_id, {amount} FROM customer_rollup{scan.whole}"
            f" WHERE (presence & {s.mask}) != 0{scan.only}"
        )
    first = f"{month}-01"
    return scan.query(
        "SELECT customer_id, SUM(amount) FROM sale WHERE date >= ? AND date < ?"
        f"{scan.only} GROUP BY customer_id",
        (first, f"{months.shift_key(month, 1)}-01"),
    )


def _product_progress(
    scan: Scan, product_plans: list[tuple[int, int, int]], month: str
) -> Iterable[tuple[int, int, int, str]]:
    """(customer, plan, month-to-date sales of the product, product name) of each product plan,
    in customer order (so the warnings follow the whole-month one)."""
    day, first = scan.today.isoformat(), f"{month}-01"
    sold: dict[tuple[int, int], int] = {}
    names: dict[int, str] = {}
    for start in range(0, len(product_plans), 5000):
        chunk = product_plans[start : start + 5000]
        customers = ",".join(sorted({str(cid) for cid, _, _ in chunk}))
        products = ",".join(sorted({str(pid) for _, pid, _ in chunk}))
        sold.update(
            ((cid, pid), amount or 0)
            for cid, pid, amount in scan.query(
                "SELECT customer_id, product_id, SUM(amount) FROM sale"
                f" WHERE customer_id IN ({customers}) AND product_id IN ({products}) AND date >= ?"
                " AND date <= ? GROUP BY 1, 2",
                (first, day),
            )
        )
        names.update(scan.query(f"SELECT id, name FROM product WHERE id IN ({products})"))
    for cid, pid, planned in sorted(product_plans, key=lambda p: (p[0], names.get(p[1], ""), p[1])):
        yield cid, planned, sold.get((cid, pid), 0), names.get(pid, "")


def _behind(
    scan: Scan,
    rule: PlanRule,
    progress: Iterable[tuple[int, int, int, str]],
    when: tuple[str, str, str],
) -> None:
    """Warn for each (customer, plan, done, product) behind its plan; `when`: (share of the
    month elapsed, month, tolerance) as texts."""
    share, month, tolerance = when
    texts, divisor = scan.fen_texts, rule.divisor
    by_plan: dict[
        int, tuple[int, str | None, str]
    ] = {}  # plans repeat: a few thousand distinct amounts
    for cid, planned, done, product in progress:
        known = by_plan.get(planned)
        if known is None:
            known = by_plan[planned] = rule.of_plan(planned)
        scaled, target, planned_text = known
        if target is None:
            target = rule.by_decimal(planned, done)
        else:
            compared = done * divisor
            if compared > scaled:
                continue
            if compared == scaled:
                target = rule.by_decimal(planned, done)
        if target is not None and (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("sales_behind_plan")
            fields.details.append(
                (texts[done], target, share, planned_text, month, tolerance, product)
            )


def licence_expiring(scan: Scan) -> None:
    """a licence expires on or before today + 30 days (expired ones too)."""
    today = scan.today
    horizon = today + timedelta(days=scan.thresholds.licence_days)
    for cid, kind, number, expires in scan.query(
        f"SELECT customer_id, kind, number, expires FROM licence{scan.whole}"
        f" WHERE expires <= ?{scan.only} ORDER BY customer_id, expires, id",
        (horizon.isoformat(),),
    ):
        if (fields := scan.fields_of(cid)) is not None:
            left = (date.fromisoformat(expires) - today).days
            fields.kinds.append("licence_expiring")
            fields.details.append((kind, number or "", str(abs(left)), str(int(left < 0)), expires))


def complaint_overdue(scan: Scan) -> None:
    """a complaint not answered/closed and received at least 7 days ago."""
    due = scan.today - timedelta(days=scan.thresholds.complaint_days)
    days_since = scan.days_since
    for cid, received, category in scan.query(
        f"SELECT customer_id, received, category FROM complaint{scan.whole}"
        f" WHERE status NOT IN ('answered', 'closed') AND received <= ?{scan.only}"
        " ORDER BY customer_id, received, id",
        (due.isoformat(),),
    ):
        if (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("complaint_overdue")
            fields.details.append((category or "", received, days_since[received]))


def follow_up_due(scan: Scan) -> None:
    """a note's next follow-up is today or past, and no later note exists."""
    days_since = scan.days_since
    for cid, noted, follow in scan.query(
        f"SELECT n.customer_id, n.date, n.next_follow_up FROM note n{scan.whole}"
        f" WHERE n.next_follow_up <= ?{scan.only.replace('customer_id', 'n.customer_id')}"
        " AND NOT EXISTS (SELECT 1 FROM note later WHERE later.customer_id = n.customer_id"
        " AND later.date > n.date) ORDER BY n.customer_id, n.next_follow_up, n.id",
        (scan.today.isoformat(),),
    ):
        if (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("follow_up_due")
            fields.details.append((follow, noted, days_since[follow]))


def contract_expiring(scan: Scan) -> None:
    """a contract ends between today and today + 30 days and none of the customer's contracts
    ends later (a renewal signed already answers it); one that has ended is history."""
    today = scan.today
    horizon = today + timedelta(days=scan.thresholds.contract_days)
    only = scan.only.replace("customer_id", "c.customer_id")
    for cid, number, ends in scan.query(
        f"SELECT c.customer_id, c.number, c.ends_on FROM contract c{scan.whole}"
        f" WHERE c.ends_on >= ? AND c.ends_on <= ?{only}"
        " AND NOT EXISTS (SELECT 1 FROM contract later WHERE later.customer_id = c.customer_id"
        " AND later.ends_on > c.ends_on) ORDER BY c.customer_id, c.ends_on, c.id",
        (today.isoformat(), horizon.isoformat()),
    ):
        if (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("contract_expiring")
            fields.details.append((number, str((date.fromisoformat(ends) - today).days), ends))


def major_event(scan: Scan) -> None:
    """Seed 003 (六、5 客户重大变故预警): a major event staff reported (theft, an accident, a
    family split, a serious illness …) warns from its day until someone clears it."""
    days_since = scan.days_since
    for cid, note_id, noted, event, summary in scan.query(
        "SELECT customer_id, id, date, event, summary FROM note"
        f" WHERE kind = 'event' AND cleared_on IS NULL AND date <= ?{scan.only}"
        " ORDER BY customer_id, date, id",
        (scan.today.isoformat(),),
    ):
        if (fields := scan.fields_of(cid)) is not None:
            fields.kinds.append("major_event")
            fields.details.append(
                (event or "other", noted, days_since[noted], _short(summary), str(note_id))
            )


def _short(text: str | None, most: int = 60) -> str:
    """A note's summary as a warning quotes it: one line, cut at `most` characters."""
    line = " ".join((text or "").split())
    return line if len(line) <= most else line[: most - 1] + "…"


class DayNumbers(dict[str, int]):
    """Sale date (text) → SQLite's `CAST(julianday(date) AS INTEGER)`, asked once per distinct
    date: a big office's sales fall on a few thousand days."""

    def __init__(self, cursor: Any) -> None:
        super().__init__()
        self._cursor = cursor

    def __missing__(self, text: str) -> int:
        number: int = self._cursor.execute(
            "SELECT CAST(julianday(?) AS INTEGER)", (text,)
        ).fetchone()[0]
        self[text] = number
        return number


class DaysSince(dict[str, str]):
    """ISO date → days from it to today, as text; computed once per distinct date."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self._today = today

    def __missing__(self, text: str) -> str:
        days = self[text] = str((self._today - date.fromisoformat(text)).days)
        return days


class FenTexts(dict[int, str]):
    """Fen → `fen_text`, worded once per distinct amount."""

    def __missing__(self, fen: int) -> str:
        text = self[fen] = fen_text(fen)
        return text


class PlanRule:
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
        self.factor, self.divisor = (
            day * p,
            days_in_month * q,
        )  # target in fen = plan · factor / divisor
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

"""ABC distribution (customers and sales per class) and the 80/20 Pareto curve with the key
accounts.

The classes are the rule's (rules/abc_class.classify, on its own window: the 12 full months
before this one). Calling `classify` once per customer costs ~1 µs each, too much for 100,000
customers inside a chart's 60 ms, so the rule is evaluated in SQL by a CASE built from the
same `Thresholds`: SQL only places a total in its band and compares the margin with the
band's upgrade margin, in exact integers; the class each band yields, with or without the
upgrade, is what `classify` itself returns for that band. tests/core/test_analytics_core.py
checks the two against each other at every threshold.
"""

from __future__ import annotations

import math
import sqlite3
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import accumulate

from crm_desktop.core import months
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.analytics.scope import dims, period_customers, rate, span, yuan
from crm_desktop.core.rules import abc_class
from crm_desktop.core.rules.thresholds import CLASS_ORDER, Thresholds

KEY_SHARE = Decimal("0.8")


@dataclass(frozen=True)
class ClassRow:
    klass: str | None  # AAA … C; None: no sales in the window
    customers: int
    amount: Decimal  # the window's sales
    customer_share: Decimal | None
    amount_share: Decimal | None
    view: str = "abc"  # customers_for(con, "abc", klass, filters, today)

    @property
    def key(self) -> str | None:
        return self.klass


@dataclass(frozen=True)
class AbcDistribution:
    first_month: str  # the rule's window
    last_month: str
    classes: list[ClassRow]  # best class first, then None


@dataclass(frozen=True)
class ParetoPoint:
    customers: int  # the biggest this many customers …
    customer_share: Decimal
    amount_share: Decimal  # … make this share of the sales


@dataclass(frozen=True)
class Pareto:
    """Customers with sales > 0 in the period, biggest first. customers_for(con, "pareto",
    "key", filters) gives the key accounts."""

    points: list[ParetoPoint]  # 0 %, 1 %, … 100 % of the customers (fewer when there are fewer)
    customers: int
    amount: Decimal
    key_accounts: int  # the smallest set making 80 % of the sales (rules/stages.key_accounts)
    key_amount: Decimal


def _band_case(
    t: Thresholds,
    table: list[tuple[Decimal, str, Decimal | None]],
    channel: str,
    total: str,
    cost: str,
) -> str:
    bands: list[
        tuple[int, str]
    ] = []  # (lowest total in fen, SQL of the band's class), in table order
    for lower, _klass, upgrade in table:
        bound = math.ceil(lower * abc_class.FEN_PER_MONTHLY_WAN)  # exact: the total is whole fen
        bound_yuan = yuan(bound)
        plain = abc_class.classify(channel, bound_yuan, bound_yuan, t)  # margin 0: never upgraded
        if upgrade is None:
            bands.append((bound, f"'{plain}'"))
            continue
        upgraded = abc_class.classify(
            channel, bound_yuan, bound_yuan * (1 - upgrade), t
        )  # margin = upgrade
        p, q = (
            upgrade.as_integer_ratio()
        )  # margin ≥ p/q  ⇔  (total − cost)·q ≥ total·p  (total > 0)
        bands.append(
            (
                bound,
                f"CASE WHEN ({total} - {cost}) * {q} >= {total} * {p} THEN '{upgraded}'"
                f" ELSE '{plain}' END",
            )
        )
    below = f"'{abc_class.classify(channel, Decimal('0.01'), Decimal('0.01'), t)}'"
    if all(a[0] > b[0] for a, b in zip(bands, bands[1:], strict=False)):
        # The table runs from the highest band down (the settings dialog keeps it so): a binary
        # search takes 3 comparisons where the rule's first-match loop takes up to 7.
        body = _search(sorted(bands), total, below)
    else:
        whens = " ".join(f"WHEN {total} >= {b} THEN {sql}" for b, sql in bands)
        body = f"CASE {whens} ELSE {below} END"
    nonpositive = abc_class.classify(channel, Decimal(0), Decimal(0), t)
    return f"CASE WHEN {total} <= 0 THEN '{nonpositive}' ELSE {body} END"


def _search(bands: list[tuple[int, str]], total: str, otherwise: str) -> str:
    """The class of the highest band whose bound the total reaches (`bands` ascending)."""
    if not bands:
        return otherwise
    mid = len(bands) // 2
    bound, sql = bands[mid]
    return (
        f"CASE WHEN {total} >= {bound} THEN {_search(bands[mid + 1 :], total, sql)}"
        f" ELSE {_search(bands[:mid], total, otherwise)} END"
    )


def class_sql(t: Thresholds, total: str, cost: str, channel: str) -> str:
    """SQL giving the class of a window total/cost in fen for a channel column."""
    wholesale = sorted(abc_class.WHOLESALE_CHANNELS)
    return (
        f"CASE WHEN {channel} IN ({', '.join(repr(c) for c in wholesale)})"
        f" THEN {_band_case(t, t.wholesale, wholesale[0], total, cost)}"
        f" ELSE {_band_case(t, t.retail, 'retail', total, cost)} END"
    )


def _window(today: date) -> tuple[str, str]:
    return months.full_month_keys_before(today)


def _classes_sql(
    con: sqlite3.Connection, f: Filters, today: date, t: Thresholds
) -> tuple[str, list[object]]:
    """(customer_id, klass, amount) of the active downstream/both customers under the filters'
    dimensions; klass NULL when they had no sales line in the window."""
    first, last = _window(today)
    s = span(con, first, last)
    where, params = dims(f, "r.")
    # Inactive customers are few: a small NOT IN set, where joining `customer` (wide rows)
    # for its flag cost more than the rest of the query.
    scope = (
        "r.relation IN ('downstream', 'both') AND r.customer_id NOT IN (SELECT id FROM customer"
        f" WHERE active = 0) AND {where}"
    )
    if s.in_horizon:
        inner = (
            f"SELECT r.customer_id, r.channel, (r.presence & {s.mask}) != 0 AS bought,"
            f" {s.amount('r.')} AS amount, {s.cost('r.')} AS cost FROM customer_rollup r"
            f" WHERE {scope}"
        )
    else:
        inner = (
            "SELECT r.customer_id, r.channel, COALESCE(w.lines, 0) > 0 AS bought,"
            " COALESCE(w.amount, 0) AS amount, COALESCE(w.cost, 0) AS cost FROM customer_rollup r"
            " LEFT JOIN (SELECT customer_id, SUM(amount) AS amount, SUM(cost) AS cost,"
            " SUM(lines) AS lines FROM customer_month WHERE month BETWEEN ? AND ?"
            f" GROUP BY customer_id) w ON w.customer_id = r.customer_id WHERE {scope}"
        )
        params = [first, last, *params]
    klass = class_sql(t, "amount", "cost", "channel")
    return (
        f"SELECT customer_id, CASE WHEN bought THEN {klass} END AS klass, amount FROM ({inner})",
        params,
    )


def abc_distribution(
    con: sqlite3.Connection, f: Filters, today: date, thresholds: Thresholds | None = None
) -> AbcDistribution:
    """Active downstream/both customers (the rule's population) per class, with the window's
    sales; the filters' period does not apply (the class has its own window)."""
    t = thresholds or load_thresholds(con)
    sql, params = _classes_sql(con, f, today, t)
    found = {
        k: (n, a)
        for k, n, a in con.execute(
            f"SELECT klass, COUNT(*), SUM(amount) FROM ({sql}) GROUP BY klass", params
        )
    }
    customers = sum(n for n, _ in found.values())
    amount = sum(a for k, (_, a) in found.items() if k is not None)
    rows = [
        ClassRow(
            k,
            found[k][0],
            yuan(found[k][1]),
            rate(found[k][0], customers),
            rate(found[k][1], amount) if k else None,
        )
        for k in (*reversed(CLASS_ORDER), None)
        if k in found
    ]
    first, last = _window(today)
    return AbcDistribution(first, last, rows)


def abc_customers(
    con: sqlite3.Connection,
    f: Filters,
    today: date,
    klass: str | None,
    thresholds: Thresholds | None = None,
) -> list[int]:
    sql, params = _classes_sql(con, f, today, thresholds or load_thresholds(con))
    return [
        cid
        for (cid,) in con.execute(
            f"SELECT customer_id FROM ({sql}) WHERE klass IS ? ORDER BY 1", [*params, klass]
        )
    ]


def load_thresholds(con: sqlite3.Connection) -> Thresholds:
    """The office's thresholds (setting 'rules'), read on the DB-API connection."""
    row = con.execute("SELECT value FROM setting WHERE key = 'rules'").fetchone()
    return Thresholds.from_json(row[0]) if row else Thresholds()


def pareto(con: sqlite3.Connection, f: Filters) -> Pareto:
    """The 80/20 curve of the period under the filters. Only the amounts cross into Python
    (100,000 integers, sorted here faster than by SQLite)."""
    sql, params = period_customers(con, f)
    amounts = sorted(
        (a for (a,) in con.execute(f"SELECT amount FROM ({sql}) WHERE amount > 0", params)),
        reverse=True,
    )
    n = len(amounts)
    cumulative = [0, *accumulate(amounts)]
    whole = cumulative[-1]
    # The key accounts as rules/stages.key_accounts counts them: add the biggest until 80 %.
    # cumulative ≥ whole × p/q  ⇔  cumulative ≥ ⌈whole × p / q⌉ (integers): a bisection, exact.
    p, q = KEY_SHARE.as_integer_ratio()
    key = bisect_left(cumulative, -(-whole * p // q))
    steps = sorted({math.ceil(n * k / 100) for k in range(101)}) if n else [0]
    points = [
        ParetoPoint(k, rate(k, n) or Decimal(0), rate(cumulative[k], whole) or Decimal(0))
        for k in steps
    ]
    return Pareto(points, n, yuan(whole), key, yuan(cumulative[key]))


def key_account_ids(con: sqlite3.Connection, f: Filters) -> list[int]:
    """The key accounts of the period, biggest first (ties by id, as rules/stages does)."""
    sql, params = period_customers(con, f)
    found = con.execute(
        f"SELECT customer_id, amount FROM ({sql}) WHERE amount > 0 ORDER BY amount DESC,"
        " customer_id",
        params,
    ).fetchall()
    goal, running, chosen = sum(a for _, a in found) * KEY_SHARE, 0, []
    for cid, amount in found:
        if running >= goal:
            break
        chosen.append(cid)
        running += amount
    return chosen

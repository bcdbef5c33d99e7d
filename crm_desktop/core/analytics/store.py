"""The maintained analysis tables (models/analytics.py): refill, roll the horizon, bulk loads,
and a check against the sales themselves.

Triggers (migration 0003) keep the tables exact on every write. Two things they cannot do:
- a bulk load of a million lines is faster without them (`bulk_load` drops them for the
  duration, refills the tables once and puts them back, all in one transaction);
- the rollup's 36-month horizon is relative to today: `ensure_horizon` moves it when the
  month changes. A stale horizon is still exact; views simply read `customer_month` (slower)
  for periods outside it.

Functions take the DB-API connection (sqlite3): `db.connections.raw_sqlite` or, inside a
Core transaction, `driver_connection`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from crm_desktop.core import months
from crm_desktop.core.db import dialects
from crm_desktop.core.models.analytics import HORIZON_MONTHS

H = HORIZON_MONTHS
A = [f"a{i:02d}" for i in range(H)]
C = [f"c{i:02d}" for i in range(H)]
DIMS = "owner_id, region, channel, category"
R_DIMS = "r.owner_id, r.region, r.channel, r.category"
SALES_KEY = f"month, product_id, spec, {DIMS}"
MONTH_KEY = f"month, {DIMS}"
TABLES = ("sales_cube", "month_cube", "customer_month", "customer_rollup")


def month_index(month: str | date) -> int:
    """year × 12 + month − 1: months as consecutive integers."""
    return months.month_number(month) if isinstance(month, date) else months.key_number(month)


month_text = months.number_key


def epoch_for(today: date) -> int:
    """The horizon ends with today's month."""
    return month_index(today) - (H - 1)


def stored_epoch(con: sqlite3.Connection) -> int | None:
    row = con.execute("SELECT epoch FROM analytics_horizon WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


@contextmanager
def _savepoint(con: sqlite3.Connection, name: str) -> Iterator[None]:
    """One transaction of its own, or a nested one inside the caller's (SAVEPOINT does both)."""
    con.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        con.execute(f"ROLLBACK TO {name}")
        con.execute(f"RELEASE {name}")
        raise
    con.execute(f"RELEASE {name}")


def _rollup_sums(con: sqlite3.Connection, epoch: int, after: str | None = None) -> None:
    """First month, month bits and cumulative sums of every customer with sales (or only of
    those with sales after month `after`), from `customer_month`; customers without sales
    keep their zeros."""
    mi = "(CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1)"
    bit = f"(CASE WHEN i BETWEEN 0 AND {H - 1} THEN 1 << i ELSE 0 END)"
    sums = ", ".join(
        [f"SUM((i <= {k}) * amount) AS {a}" for k, a in enumerate(A)]
        + [f"SUM((i <= {k}) * cost) AS {c}" for k, c in enumerate(C)]
    )
    only = (
        ""
        if after is None
        else " WHERE customer_id IN (SELECT customer_id FROM customer_month WHERE month > ?)"
    )
    con.execute(
        "UPDATE customer_rollup SET first_month = x.first_month, presence = x.presence,"
        " base_amount = x.base_amount, base_cost = x.base_cost,"
        f" {', '.join(f'{col} = x.{col}' for col in A + C)} FROM (SELECT customer_id,"
        f" MIN(month) AS first_month, SUM({bit}) AS presence, SUM((i < 0) * amount) AS base_amount,"
        f" SUM((i < 0) * cost) AS base_cost, {sums} FROM (SELECT customer_id, month, amount, cost,"
        f" {mi} - {int(epoch)} AS i FROM customer_month{only}) GROUP BY customer_id) AS x"
        " WHERE x.customer_id = customer_rollup.customer_id",
        () if after is None else (after,),
    )


def _shift_rollup(con: sqlite3.Connection, old: int, new: int) -> None:
    """Move the horizon forward by d = new − old months (0 < d < H): cumulative sums make it a
    column shift (a_i ← a_(i+d), base ← a_(d−1); the new months repeat the last total) and
    the month bits a right shift. Only customers with sales after the old horizon (lines
    dated in the future) are then summed again."""
    d = new - old
    shifted = [
        f"base_amount = {A[d - 1]}",
        f"base_cost = {C[d - 1]}",
        f"presence = presence >> {d}",
    ]
    shifted += [f"{A[i]} = {A[min(i + d, H - 1)]}" for i in range(H)]
    shifted += [f"{C[i]} = {C[min(i + d, H - 1)]}" for i in range(H)]
    # SET reads the row as it was before the statement: the shifts do not see each other.
    con.execute(f"UPDATE customer_rollup SET {', '.join(shifted)} WHERE first_month IS NOT NULL")
    _rollup_sums(con, new, after=month_text(old + H - 1))


def _fill(con: sqlite3.Connection, epoch: int) -> None:
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute("INSERT OR REPLACE INTO analytics_horizon (id, epoch) VALUES (1, ?)", (epoch,))
    con.execute(
        f"INSERT INTO customer_rollup (customer_id, {DIMS}, relation) SELECT id,"
        " COALESCE(owner_id, 0), COALESCE(region, ''), COALESCE(channel, ''),"
        " COALESCE(category, ''), COALESCE(relation, '') FROM customer"
    )
    con.execute(
        "INSERT INTO customer_month (customer_id, month, amount, cost, lines) SELECT customer_id,"
        " substr(date, 1, 7), SUM(amount), SUM(COALESCE(cost, 0)), COUNT(*) FROM sale GROUP BY 1, 2"
    )
    _rollup_sums(con, epoch)
    con.execute(
        f"INSERT INTO sales_cube ({SALES_KEY}, amount, cost, quantity, lines)"
        f" SELECT substr(s.date, 1, 7), COALESCE(s.product_id, 0), COALESCE(s.spec, ''), {R_DIMS},"
        " SUM(s.amount), SUM(COALESCE(s.cost, 0)), SUM(COALESCE(s.quantity, 0)), COUNT(*)"
        " FROM sale s JOIN customer_rollup r ON r.customer_id = s.customer_id"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7"
    )
    con.execute(
        f"INSERT INTO month_cube ({MONTH_KEY}, amount, cost, lines) SELECT m.month, {R_DIMS},"
        " SUM(m.amount), SUM(m.cost), SUM(m.lines) FROM customer_month m JOIN customer_rollup r"
        " ON r.customer_id = m.customer_id GROUP BY 1, 2, 3, 4, 5"
    )
    con.execute(
        f"INSERT INTO month_cube ({MONTH_KEY}, plan, plans) SELECT p.month, {R_DIMS},"
        " SUM(p.amount), COUNT(*) FROM plan p JOIN customer_rollup r"
        " ON r.customer_id = p.customer_id WHERE p.product_id IS NULL GROUP BY 1, 2, 3, 4, 5"
        f" ON CONFLICT ({MONTH_KEY}) DO UPDATE SET plan = excluded.plan, plans = excluded.plans"
    )


@contextmanager
def bulk_load(con: sqlite3.Connection, today: date | None = None) -> Iterator[None]:
    """Write many sales/customers/plans without the triggers, then refill once: all or nothing.

    At a million lines the triggers cost more than the refill (~60 µs a line against ~12 s
    for refilling everything at 1,000,000 sales)."""
    with _savepoint(con, "analytics_bulk"):
        restore = dialects.for_connection(con).set_aside_triggers(con, "analytics_")
        yield
        epoch = epoch_for(today) if today else stored_epoch(con)
        _fill(con, epoch if epoch is not None else epoch_for(date.today()))
        for sql in restore:
            con.execute(sql)


def ensure_horizon(con: sqlite3.Connection, today: date) -> bool:
    """Move the rollup's horizon to end with today's month; True when it moved.

    Run it when the analysis opens (and when the day changes): in a new month it shifts the
    rollup's columns (~1 s at 100,000 customers, once a month); a jump of three years or a
    step back sums `customer_month` again (~8 s there). Until then views read the slower
    path for periods outside the stored horizon, exact all the same."""
    epoch = epoch_for(today)
    old = stored_epoch(con)
    if old == epoch:
        return False
    with _savepoint(con, "analytics_horizon"):
        con.execute("INSERT OR REPLACE INTO analytics_horizon (id, epoch) VALUES (1, ?)", (epoch,))
        if old is not None and 0 < epoch - old < H:
            _shift_rollup(con, old, epoch)
        else:
            _rollup_sums(con, epoch)
    return True


def differences(con: sqlite3.Connection) -> list[str]:
    """The analysis tables that do not match the sales, plans and customers (empty: exact).

    Reads everything: for the tests and for a check after a repair, not for every start."""
    found: list[str] = []

    def same(name: str, ours: str, direct: str) -> None:
        if sorted(con.execute(ours).fetchall()) != sorted(con.execute(direct).fetchall()):
            found.append(name)

    dims = (
        "COALESCE(c.owner_id, 0), COALESCE(c.region, ''), COALESCE(c.channel, ''),"
        " COALESCE(c.category, '')"
    )
    same(
        "sales_cube",
        f"SELECT {SALES_KEY}, amount, cost, quantity, lines FROM sales_cube",
        f"SELECT substr(s.date, 1, 7), COALESCE(s.product_id, 0), COALESCE(s.spec, ''), {dims},"
        " SUM(s.amount), SUM(COALESCE(s.cost, 0)), SUM(COALESCE(s.quantity, 0)), COUNT(*)"
        " FROM sale s JOIN customer c ON c.id = s.customer_id GROUP BY 1, 2, 3, 4, 5, 6, 7",
    )
    aliased = (
        "COALESCE(c.owner_id, 0) AS o, COALESCE(c.region, '') AS r, COALESCE(c.channel, '') AS ch,"
        " COALESCE(c.category, '') AS ca"
    )
    same(
        "month_cube",
        f"SELECT {MONTH_KEY}, amount, cost, lines, plan, plans FROM month_cube",
        "SELECT m, o, r, ch, ca, SUM(a), SUM(co), SUM(l), SUM(p), SUM(n)"
        f" FROM (SELECT substr(s.date, 1, 7) AS m, {aliased}, s.amount AS a,"
        " COALESCE(s.cost, 0) AS co, 1 AS l, 0 AS p, 0 AS n FROM sale s JOIN customer c"
        f" ON c.id = s.customer_id UNION ALL SELECT p.month, {dims}, 0, 0, 0, p.amount, 1"
        " FROM plan p JOIN customer c ON c.id = p.customer_id WHERE p.product_id IS NULL)"
        " GROUP BY 1, 2, 3, 4, 5",
    )
    same(
        "customer_month",
        "SELECT customer_id, month, amount, cost, lines FROM customer_month",
        "SELECT customer_id, substr(date, 1, 7), SUM(amount), SUM(COALESCE(cost, 0)), COUNT(*)"
        " FROM sale GROUP BY 1, 2",
    )
    epoch = stored_epoch(con) or 0
    mi = "(CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1)"
    sums = ", ".join(
        [f"COALESCE(SUM((i <= {k}) * amount), 0)" for k in range(H)]
        + [f"COALESCE(SUM((i <= {k}) * cost), 0)" for k in range(H)]
    )
    same(
        "customer_rollup",
        f"SELECT customer_id, {DIMS}, relation, first_month, presence, base_amount, base_cost,"
        f" {', '.join(A + C)} FROM customer_rollup",
        f"SELECT c.id, {dims}, COALESCE(c.relation, ''), MIN(x.month),"
        f" COALESCE(SUM(CASE WHEN i BETWEEN 0 AND {H - 1} THEN 1 << i ELSE 0 END), 0),"
        f" COALESCE(SUM((i < 0) * amount), 0), COALESCE(SUM((i < 0) * cost), 0), {sums}"
        " FROM customer c LEFT JOIN (SELECT customer_id, month, SUM(amount) AS amount,"
        f" SUM(cost) AS cost, {mi} - {epoch} AS i FROM (SELECT customer_id,"
        " substr(date, 1, 7) AS month, amount, COALESCE(cost, 0) AS cost FROM sale)"
        " GROUP BY customer_id, month) AS x ON x.customer_id = c.id GROUP BY c.id",
    )
    return found

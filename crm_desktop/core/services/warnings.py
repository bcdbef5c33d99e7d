"""The warnings list: every warning of every active customer, with where to look, in a snapshot
that also keeps the list's marks of each customer (computed by rules/customer_standing.py in
the same run, so the office is scanned once)."""

from __future__ import annotations

import contextlib
import sqlite3
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import repeat
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.rules.customer_standing import Mark, customer_mark
from crm_desktop.core.rules.stages import key_accounts_fen
from crm_desktop.core.rules.summary import DETAIL_KEYS, computed_fields, english_message
from crm_desktop.core.rules.thresholds import load
from crm_desktop.core.services.customer_marks import CustomerMarks

# Which customer tab shows the numbers behind each kind of warning.
TAB_OF_KIND = {
    "credit_over_limit": "credit",
    "churn": "sales",
    "order_overdue": "sales",
    "sales_behind_plan": "sales",
    "sales_below_last_year": "sales",
    "licence_expiring": "licences",
    "complaint_overdue": "complaints",
    "follow_up_due": "notes",
    "contract_expiring": "contracts",
    "major_event": "notes",
}
KINDS = tuple(TAB_OF_KIND)


@dataclass(frozen=True, slots=True)
class WarningRow:
    """One warning; its sentence is worded when shown (200,000 sentences cost 100 MB)."""

    customer_id: int
    customer_name: str
    owner: str | None
    kind: str
    values: tuple[str, ...]

    @property
    def tab(self) -> str:
        return TAB_OF_KIND[self.kind]

    @property
    def details(self) -> dict[str, str]:
        return dict(zip(DETAIL_KEYS[self.kind], self.values, strict=True))

    @property
    def message(self) -> str:
        return english_message(self.kind, self.details)


_SEPARATOR = "\x1f"


def _first(_cursor: sqlite3.Cursor, row: tuple[int, ...]) -> int:
    return row[0]


def _row(cid: int, name: str, owner: str | None, kind: str, vals: str) -> WarningRow:
    return WarningRow(cid, name, owner, kind, tuple(vals.split(_SEPARATOR)) if vals else ())


class WarningSnapshot:
    """Every warning of one computation, kept in an in-memory SQLite table instead of Python
    objects: 200,000 warnings are ~30 MB there and ~200 MB as objects. The list pages from it.

    Rows are in the customers' order (sort key, id). A whole run writes them in that order, so
    their sequence is the order; once some customers were recomputed (`replace`), the rows
    are ordered by the sort key each carries, through an index made then."""

    def __init__(self, rows: list[WarningRow] | None = None, path: Path | None = None) -> None:
        """In memory, or in the file `path` (made by a child process, see warnings_process.py)."""
        # Built on a worker thread, read on the GUI thread (never both at once).
        self.path = path
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS w (seq INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT,"
            " owner TEXT, kind TEXT, vals TEXT, sort_key TEXT)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS m (customer_id INTEGER PRIMARY KEY, abc TEXT,"
            " key_account INTEGER, warnings INTEGER, lifecycle TEXT, relationship TEXT,"
            " sales_12m INTEGER, profit_12m INTEGER)"
        )
        # The ABC window's gross profit (fen, > 0) of inactive customers: it counts for the key
        # accounts like the active ones' profit_12m in m, but they have no marks.
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS t (customer_id INTEGER PRIMARY KEY, profit_12m INTEGER)"
        )
        self._order = "seq"
        self._selection = array("q")
        self._stale = (
            False  # rows came or went since the selection was read: read it when next asked
        )
        self._filter: tuple[str | None, str | None] = (None, None)
        self._page_start = 0
        self._page: list[WarningRow] = []
        if rows:
            self.add(rows)

    def add(
        self, rows: Iterable[WarningRow], sort_keys: Iterable[str | None] | None = None
    ) -> None:
        """Append rows (in the customers' order); `sort_keys`, one per row, are their customers'."""
        keys = sort_keys if sort_keys is not None else repeat(None)
        self._db.executemany(
            "INSERT INTO w (customer_id, name, owner, kind, vals, sort_key)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                (r.customer_id, r.customer_name, r.owner, r.kind, _SEPARATOR.join(r.values), key)
                for r, key in zip(rows, keys, strict=False)
            ),
        )  # keys may be endless
        self._stale = True

    def add_marks(self, marks: list[Mark]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?)", marks)

    def add_inactive_sales(self, totals: Iterable[tuple[int, int]]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", totals)

    def replace(
        self,
        customer_ids: Collection[int],
        rows: list[tuple[str | None, WarningRow]],
        marks: list[Mark],
        inactive_sales: list[tuple[int, int]],
        share: Decimal = Decimal("0.8"),
    ) -> frozenset[int]:
        """Put the new computation of `customer_ids` in place of theirs (an inactive customer
        has no rows and no marks), then move the key-account mark where the office's sales
        now put it. Returns the customers whose marks may have changed."""
        ids = ",".join(str(int(i)) for i in customer_ids)
        before = self._basis(ids), self._marked(ids)
        old_keys = {
            cid
            for (cid,) in self._db.execute(
                f"SELECT customer_id FROM m WHERE customer_id IN ({ids}) AND key_account = 1"
            )
        }
        for table in ("w", "m", "t"):
            self._db.execute(f"DELETE FROM {table} WHERE customer_id IN ({ids})")
        if self._order == "seq":  # rows now go in the middle: order by the sort key from here on
            self._db.execute("CREATE INDEX IF NOT EXISTS w_order ON w (sort_key, customer_id, seq)")
            self._db.execute("CREATE INDEX IF NOT EXISTS w_customer ON w (customer_id)")
            self._order = "sort_key, customer_id, seq"
        self.add((row for _key, row in rows), (key for key, _row in rows))
        self.add_marks(marks)
        self.add_inactive_sales(inactive_sales)
        changed = set(int(i) for i in customer_ids)
        if (self._basis(ids), self._marked(ids)) == before:
            # The office's sales are as they were, and so are its active customers: so are its
            # key accounts.
            self._db.executemany(
                "UPDATE m SET key_account = 1 WHERE customer_id = ?", ((c,) for c in old_keys)
            )
        else:
            keys = key_accounts_fen(self._basis(), share)
            marked = {
                cid
                for (cid,) in self._db.execute("SELECT customer_id FROM m WHERE key_account = 1")
            }
            # Only active customers carry the mark; the few whose mark moves are looked up.
            moved = ",".join(str(cid) for cid in keys ^ marked) or "NULL"
            flipped = {
                cid
                for (cid,) in self._db.execute(
                    f"SELECT customer_id FROM m WHERE customer_id IN ({moved})"
                )
            }
            self._db.executemany(
                "UPDATE m SET key_account = ? WHERE customer_id = ?",
                ((int(cid in keys), cid) for cid in flipped),
            )
            changed |= flipped
        self._db.commit()
        return frozenset(changed)

    def _basis(self, ids: str | None = None) -> dict[int, int]:
        """What the key accounts are chosen from: every customer's ABC-window gross profit
        (fen > 0), of the customers `ids` (comma-separated) or of all."""
        only = "" if ids is None else f" AND customer_id IN ({ids})"
        return dict(
            self._db.execute(
                f"SELECT customer_id, profit_12m FROM m WHERE profit_12m > 0{only} UNION ALL"
                f" SELECT customer_id, profit_12m FROM t WHERE 1 = 1{only}"
            ).fetchall()
        )

    def _marked(self, ids: str) -> set[int]:
        """Which of the customers `ids` have marks (are active)."""
        return {
            cid
            for (cid,) in self._db.execute(
                f"SELECT customer_id FROM m WHERE customer_id IN ({ids})"
            )
        }

    def mark_rows(
        self, customer_ids: Collection[int]
    ) -> list[tuple[int, str | None, int, int, str | None, str | None, int]]:
        """These customers' marks (none for an inactive one), as `CustomerMarks` reads them."""
        ids = ",".join(str(int(i)) for i in customer_ids)
        return self._db.execute(
            "SELECT customer_id, abc, key_account, warnings, lifecycle, relationship, sales_12m"
            f" FROM m WHERE customer_id IN ({ids})"
        ).fetchall()

    def marks(self) -> CustomerMarks:
        # The cursor streams: 100,000 rows never sit in one list (~25 MB the app would keep).
        return CustomerMarks(
            self._db.execute(
                "SELECT customer_id, abc, key_account, warnings, lifecycle, relationship, sales_12m"
                " FROM m"
            )
        )

    def commit(self) -> None:
        self._db.commit()

    def close(self, delete: bool = True) -> None:
        """Forget the rows (and the file, if any): a newer snapshot replaces this one."""
        self._db.close()
        if delete and self.path is not None:
            self.path.unlink(missing_ok=True)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM w").fetchone()[0]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        counts.update(self._db.execute("SELECT kind, COUNT(*) FROM w GROUP BY kind").fetchall())
        return counts

    def owners(self) -> list[str]:
        return [
            o
            for (o,) in self._db.execute(
                "SELECT DISTINCT owner FROM w WHERE owner IS NOT NULL ORDER BY owner"
            )
        ]

    def select(self, kind: str | None = None, owner: str | None = None) -> int:
        """Narrow the rows `shown` returns to one kind and/or owner; returns how many."""
        self._filter = (kind, owner)
        cursor = self._db.cursor()
        cursor.row_factory = (
            _first  # one number a row, straight into the array: twice as fast as unpacking tuples
        )
        self._selection = array(
            "q",
            cursor.execute(
                "SELECT seq FROM w WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR owner = ?2)"
                f" ORDER BY {self._order}",
                (kind, owner),
            ),
        )
        self._page_start, self._page = 0, []
        self._stale = False
        return len(self._selection)

    @property
    def selected(self) -> int:
        if self._stale:
            self.select(*self._filter)
        return len(self._selection)

    def shown(self, position: int, page: int = 200) -> WarningRow:
        """The selection's row at `position`; rows are read a page at a time as they scroll in."""
        if self._stale:
            self.select(*self._filter)
        if not self._page_start <= position < self._page_start + len(self._page):
            start = position - position % page
            seqs = self._selection[start : start + page]
            # In sequence order the page's rows are one range of seq; after a `replace`, a list.
            where = (
                "seq BETWEEN ? AND ?"
                if self._order == "seq"
                else f"seq IN ({','.join(map(str, seqs))})"
            )
            found = (
                {
                    seq: _row(cid, name, owner, kind, vals)
                    for seq, cid, name, owner, kind, vals in self._db.execute(
                        f"SELECT seq, customer_id, name, owner, kind, vals FROM w WHERE {where}",
                        (seqs[0], seqs[-1]) if self._order == "seq" else (),
                    )
                }
                if seqs
                else {}
            )
            self._page_start, self._page = start, [found[seq] for seq in seqs]
        return self._page[position - self._page_start]

    def all_rows(self) -> list[WarningRow]:
        """Every row, whatever the selection: for reports and tests, not for the list."""
        return [
            _row(*values)
            for values in self._db.execute(
                f"SELECT customer_id, name, owner, kind, vals FROM w ORDER BY {self._order}"
            )
        ]


@dataclass(frozen=True)
class WarningUpdate:
    """The recomputed warnings and marks of a few customers, not yet in a snapshot."""

    customer_ids: list[int]
    rows: list[tuple[str | None, WarningRow]]
    marks: list[Mark]
    inactive_sales: list[tuple[int, int]]
    share: Decimal

    def apply(self, snapshot: WarningSnapshot) -> frozenset[int]:
        """Into `snapshot`; the customers whose marks may have changed."""
        if not self.customer_ids:
            return frozenset()
        return snapshot.replace(
            self.customer_ids, self.rows, self.marks, self.inactive_sales, self.share
        )


class WarningService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def snapshot(self, today: date, path: Path | None = None) -> WarningSnapshot:
        """All warnings and every customer's marks (ABC class, key account), compacted into a
        snapshot a customer at a time so the objects of a big office never all live at once."""
        snapshot = WarningSnapshot(path=path)
        batch: list[WarningRow] = []
        keys: list[str | None] = []
        marks: list[Mark] = []
        inactive: list[tuple[int, int]] = []
        for key, row in self._keyed_rows(today, marks, inactive):
            batch.append(row)
            keys.append(key)
            if len(batch) >= 20000:
                snapshot.add(batch, keys)
                batch.clear()
                keys.clear()
        snapshot.add(batch, keys)
        snapshot.add_marks(marks)
        snapshot.add_inactive_sales(inactive)
        snapshot.commit()
        return snapshot

    def update(
        self, snapshot: WarningSnapshot, today: date, customer_ids: Collection[int]
    ) -> frozenset[int]:
        """Recompute the warnings and marks of `customer_ids` only (after edits of theirs) into
        `snapshot`, to the same result as a whole run; the key accounts, chosen from the whole
        office's sales, move when these customers' sales moved. Returns the customers whose
        marks may have changed."""
        return self.recompute(today, customer_ids).apply(snapshot)

    def recompute(self, today: date, customer_ids: Collection[int]) -> WarningUpdate:
        """The database half of `update` (the window runs it on its task lane); `apply` puts
        it into the snapshot on the thread that reads the snapshot."""
        ids = sorted({int(i) for i in customer_ids})
        marks: list[Mark] = []
        inactive: list[tuple[int, int]] = []
        if not ids:
            return WarningUpdate(ids, [], marks, inactive, Decimal("0.8"))
        rows = list(self._keyed_rows(today, marks, inactive, ids))
        with self.engine.connect() as con:
            share = load(con).key_account_share
        return WarningUpdate(ids, rows, marks, inactive, share)

    def office_snapshot(
        self, today: date, cancelled: Callable[[], bool] = lambda: False
    ) -> WarningSnapshot:
        """`snapshot`, computed in a child process when the office is big enough for its memory
        to matter (warnings_process.py); here when small, or to report why the child failed."""
        from crm_desktop.core.db.engine import sqlite_path
        from crm_desktop.core.services.warnings_process import CHILD_PROCESS_FROM, snapshot_in_child

        path = sqlite_path(self.engine)
        if path is not None and self._active_customers() >= CHILD_PROCESS_FROM:
            with contextlib.suppress(RuntimeError):
                return snapshot_in_child(str(path), today, cancelled)
        return self.snapshot(today)

    def _active_customers(self) -> int:
        with self.engine.connect() as con:
            return int(
                con.exec_driver_sql("SELECT COUNT(*) FROM customer WHERE active = 1").scalar() or 0
            )

    def list(
        self, today: date, kind: str | None = None, owner: str | None = None
    ) -> list[WarningRow]:
        return [
            r
            for _key, r in self._keyed_rows(today)
            if (kind is None or r.kind == kind) and (owner is None or r.owner == owner)
        ]

    def _keyed_rows(
        self,
        today: date,
        marks: list[Mark] | None = None,
        inactive: list[tuple[int, int]] | None = None,
        customer_ids: list[int] | None = None,
    ) -> Iterator[tuple[str | None, WarningRow]]:
        """(customer's sort key, warning) of every active customer (or of `customer_ids`), in
        the customers' order; appends each one's marks to `marks` and, once exhausted, the
        ABC-window sales of the inactive ones to `inactive`."""
        only = (
            ""
            if customer_ids is None
            else f" AND c.id IN ({','.join(str(int(i)) for i in customer_ids)})"
        )
        with self.engine.connect() as con:
            computed = computed_fields(con, today, customer_ids)
            people = {
                cid: (name, owner_name, lifecycle, wallet, key)
                for cid, name, owner_name, lifecycle, wallet, key in con.exec_driver_sql(
                    "SELECT c.id, c.name, o.name, c.lifecycle, c.wallet_estimate, c.sort_key"
                    " FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                    f" WHERE c.active = 1{only} ORDER BY c.sort_key, c.id"
                )
            }
        for cid, (name, owner_name, lifecycle, wallet, key) in people.items():
            found = computed.pop(cid)
            if marks is not None:
                marks.append(customer_mark(cid, found, lifecycle, wallet))
            for warning_kind, numbers in zip(found.kinds, found.details, strict=True):
                yield key, WarningRow(cid, name, owner_name, warning_kind, numbers)
        if inactive is not None:  # what is left: the inactive customers
            inactive.extend((cid, f.profit_12m) for cid, f in computed.items() if f.profit_12m > 0)

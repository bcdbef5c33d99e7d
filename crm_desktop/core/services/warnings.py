"""The warnings list: every warning of every active customer, with where to look."""

from __future__ import annotations

import contextlib
import sqlite3
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.rules.stages import relationship_stage
from crm_desktop.core.rules.summary import DETAIL_KEYS, computed_fields, english_message
from crm_desktop.core.services.customer_marks import CustomerMarks

# Which customer tab shows the numbers behind each kind of warning.
TAB_OF_KIND = {"credit_over_limit": "credit", "churn": "sales", "sales_behind_plan": "sales",
               "licence_expiring": "licences", "complaint_overdue": "complaints", "follow_up_due": "notes"}
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
# customer id, ABC class, key account, warnings, lifecycle stage (set or suggested), relationship
# stage, sales of the ABC window in fen
Mark = tuple[int, str | None, bool, int, str | None, str | None, int]


def _row(cid: int, name: str, owner: str | None, kind: str, vals: str) -> WarningRow:
    return WarningRow(cid, name, owner, kind, tuple(vals.split(_SEPARATOR)) if vals else ())


class WarningSnapshot:
    """Every warning of one computation, kept in an in-memory SQLite table instead of Python
    objects: 200,000 warnings are ~30 MB there and ~200 MB as objects. The list pages from it."""

    def __init__(self, rows: list[WarningRow] | None = None, path: Path | None = None) -> None:
        """In memory, or in the file `path` (made by a child process, see warnings_process.py)."""
        # Built on a worker thread, read on the GUI thread (never both at once).
        self.path = path
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS w (seq INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT,"
                         " owner TEXT, kind TEXT, vals TEXT)")
        self._db.execute("CREATE TABLE IF NOT EXISTS m (customer_id INTEGER PRIMARY KEY, abc TEXT,"
                         " key_account INTEGER, warnings INTEGER, lifecycle TEXT, relationship TEXT, sales_12m INTEGER)")
        self._selection = array("q")
        self._filter: tuple[str | None, str | None] = (None, None)
        self._page_start = 0
        self._page: list[WarningRow] = []
        if rows:
            self.add(rows)

    def add(self, rows: list[WarningRow]) -> None:
        self._db.executemany("INSERT INTO w (customer_id, name, owner, kind, vals) VALUES (?, ?, ?, ?, ?)",
                             ((r.customer_id, r.customer_name, r.owner, r.kind, _SEPARATOR.join(r.values))
                              for r in rows))
        self.select(*self._filter)

    def add_marks(self, marks: list[Mark]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO m VALUES (?, ?, ?, ?, ?, ?, ?)", marks)

    def marks(self) -> CustomerMarks:
        # The cursor streams: 100,000 rows never sit in one list (~25 MB the app would keep).
        return CustomerMarks(self._db.execute(
            "SELECT customer_id, abc, key_account, warnings, lifecycle, relationship, sales_12m FROM m"))

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
        return [o for (o,) in self._db.execute("SELECT DISTINCT owner FROM w WHERE owner IS NOT NULL ORDER BY owner")]

    def select(self, kind: str | None = None, owner: str | None = None) -> int:
        """Narrow the rows `shown` returns to one kind and/or owner; returns how many."""
        self._filter = (kind, owner)
        self._selection = array("q", (seq for (seq,) in self._db.execute(
            "SELECT seq FROM w WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR owner = ?2) ORDER BY seq",
            (kind, owner))))
        self._page_start, self._page = 0, []
        return len(self._selection)

    @property
    def selected(self) -> int:
        return len(self._selection)

    def shown(self, position: int, page: int = 200) -> WarningRow:
        """The row at `position` of the selection; rows are read a page at a time as they scroll in."""
        if not self._page_start <= position < self._page_start + len(self._page):
            start = position - position % page
            seqs = self._selection[start : start + page]
            found = {seq: _row(cid, name, owner, kind, vals) for seq, cid, name, owner, kind, vals in self._db.execute(
                         "SELECT seq, customer_id, name, owner, kind, vals FROM w WHERE seq BETWEEN ? AND ?",
                         (seqs[0], seqs[-1]))} if seqs else {}
            self._page_start, self._page = start, [found[seq] for seq in seqs]
        return self._page[position - self._page_start]

    def all_rows(self) -> list[WarningRow]:
        """Every row, whatever the selection: for reports and tests, not for the list."""
        return [_row(*values) for values in self._db.execute(
                    "SELECT customer_id, name, owner, kind, vals FROM w ORDER BY seq")]


class WarningService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def snapshot(self, today: date, path: Path | None = None) -> WarningSnapshot:
        """All warnings and every customer's marks (ABC class, key account), compacted into a
        snapshot a customer at a time so the objects of a big office never all live at once."""
        snapshot = WarningSnapshot(path=path)
        batch: list[WarningRow] = []
        marks: list[Mark] = []
        for row in self._rows(today, marks):
            batch.append(row)
            if len(batch) >= 20000:
                snapshot.add(batch)
                batch.clear()
        snapshot.add(batch)
        snapshot.add_marks(marks)
        snapshot.commit()
        return snapshot

    def office_snapshot(self, today: date, cancelled: Callable[[], bool] = lambda: False) -> WarningSnapshot:
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
            return int(con.exec_driver_sql("SELECT COUNT(*) FROM customer WHERE active = 1").scalar() or 0)

    def list(self, today: date, kind: str | None = None, owner: str | None = None) -> list[WarningRow]:
        return [r for r in self._rows(today)
                if (kind is None or r.kind == kind) and (owner is None or r.owner == owner)]

    def _rows(self, today: date, marks: list[Mark] | None = None,
              ) -> Iterator[WarningRow]:
        with self.engine.connect() as con:
            computed = computed_fields(con, today)
            people = {cid: (name, owner_name, lifecycle, wallet) for cid, name, owner_name, lifecycle, wallet
                      in con.exec_driver_sql(
                          "SELECT c.id, c.name, o.name, c.lifecycle, c.wallet_estimate FROM customer c"
                          " LEFT JOIN owner o ON o.id = c.owner_id WHERE c.active = 1 ORDER BY c.sort_key")}
        for cid, (name, owner_name, lifecycle, wallet) in people.items():
            found = computed.pop(cid)
            if marks is not None:
                stage = relationship_stage(found.sales_12m, Decimal(wallet).scaleb(-2) if wallet else None)[0]
                marks.append((cid, found.abc_class, bool(found.key_account), len(found.kinds),
                              lifecycle or found.lifecycle_suggested, stage, int(found.sales_12m * 100)))
            for warning_kind, numbers in zip(found.kinds, found.details, strict=True):
                yield WarningRow(cid, name, owner_name, warning_kind, numbers)


"""Reading the audit trail: a customer's history, the whole trail as a file, and what other
PCs wrote since a given event (the window's periodic check). There is deliberately no method
that changes or removes an event: the trail is append-only (core/audit.py writes it).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from crm_desktop.core import permissions
from crm_desktop.core.audit import AUDIT_TABLE, as_utc, forget_written_up_to, written_here
from crm_desktop.core.changes import Changes
from crm_desktop.core.db.connections import connection
from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.exporters.cells import safe_text

# What an event's record kind means to the views (core/changes.py's kinds).
CHANGE_KINDS = {
    "customer": "customers",
    "contact": "contacts",
    "note": "notes",
    "sale": "sales",
    "payment": "sales",
    "complaint": "complaints",
    "licence": "licences",
    "plan": "plans",
    "credit": "credit",
}
# More new events than this since the last check: refresh everything instead of sorting them.
MANY = 2000
SHEET_ROWS = 1_048_575  # Excel's rows a sheet, less the header

EXPORT_HEADERS = (
    "编号 id",
    "时间 at (UTC)",
    "操作人 actor",
    "动作 action",
    "记录类型 record",
    "记录编号 record id",
    "客户编号 customer id",
    "记录 label",
    "字段 field",
    "原值 from",
    "新值 to",
    "导入批次 import",
)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # UTC
    actor: str
    action: str  # core/audit.py ACTIONS
    record_kind: str
    record_id: int | None
    customer_id: int | None
    label: str | None
    field: str | None
    old_value: str | None
    new_value: str | None
    import_id: int | None


def _entry(row: Any) -> AuditEntry:
    values = dict(row._mapping)
    values["at"] = as_utc(values["at"])
    return AuditEntry(**values)


def _day_start(day: date) -> datetime:
    """Local midnight of `day`, in UTC (the trail is kept in UTC, the user thinks locally)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


class AuditService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def history(self, customer_id: int, limit: int = 5000) -> list[AuditEntry]:
        """The customer's events, newest first."""
        t = AUDIT_TABLE
        with connection(self.engine) as con:
            rows = con.execute(
                select(t)
                .where(t.c.customer_id == customer_id)
                .order_by(t.c.at.desc(), t.c.id.desc())
                .limit(limit)
            )
            return [_entry(r) for r in rows]

    def trail(
        self,
        customer_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> Iterator[AuditEntry]:
        """Every event (of one customer; from `start` to `end`, both days included, in local
        time), oldest first."""
        t = AUDIT_TABLE
        query = select(t).order_by(t.c.id)
        if customer_id is not None:
            query = query.where(t.c.customer_id == customer_id)
        if start is not None:
            query = query.where(t.c.at >= _day_start(start))
        if end is not None:
            query = query.where(t.c.at < _day_start(end + timedelta(days=1)))
        with connection(self.engine) as con:
            for row in con.execute(query):
                yield _entry(row)

    def export_trail(
        self,
        path: Path,
        customer_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> int:
        """Write the trail to `path` (.xlsx or .csv, overwritten); returns how many events.
        An administrator's action (core/permissions.py)."""
        permissions.check(self.engine, permissions.AUDIT_EXPORT)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise UnusableInput(
                f"{path.name}: the audit trail is exported to .xlsx or .csv,"
                f" not {suffix or 'no extension'}"
            )
        if path.is_dir() or not path.parent.exists():
            raise UnusableInput(f"{path} cannot be written (no such folder, or a folder)")
        if start is not None and end is not None and end < start:
            raise UnusableInput(f"the period ends ({end}) before it starts ({start})")
        rows = (_cells(e) for e in self.trail(customer_id, start, end))
        partial = path.with_name(path.name + ".partial")
        count = _write_xlsx(partial, rows) if suffix == ".xlsx" else _write_csv(partial, rows)
        partial.replace(path)
        return count

    # -- what other PCs wrote ---------------------------------------------------------------
    def latest_id(self) -> int:
        """The newest event's id (0: none yet): one index lookup, cheap enough to poll."""
        with connection(self.engine) as con:
            return int(con.execute(select(func.max(AUDIT_TABLE.c.id))).scalar() or 0)

    def changes_since(self, event_id: int) -> tuple[int, Changes]:
        """(the newest event's id, what the events after `event_id` changed), leaving out
        what this Core wrote itself (its window redrew that already)."""
        t = AUDIT_TABLE
        with connection(self.engine) as con:
            found = con.execute(
                select(t.c.id, t.c.record_kind, t.c.customer_id)
                .where(t.c.id > event_id)
                .order_by(t.c.id)
                .limit(MANY + 1)
            ).all()
        if not found:
            return event_id, Changes(frozenset())
        latest = int(found[-1][0])
        rows = [r for r in found if not written_here(self.engine, int(r[0]))]
        if len(found) > MANY:
            latest = self.latest_id()
        forget_written_up_to(self.engine, latest)
        if not rows:
            return latest, Changes(frozenset())
        if len(found) > MANY or any(kind == "import" for _i, kind, _c in rows):
            return latest, Changes.everyone("imports")
        kinds = frozenset(CHANGE_KINDS.get(kind, "customers") for _i, kind, _c in rows)
        customers = frozenset(int(c) for _i, _k, c in rows if c is not None)
        return latest, Changes(kinds, customers)


def _cells(e: AuditEntry) -> list[Any]:
    return [
        e.id,
        e.at.strftime("%Y-%m-%d %H:%M:%S"),
        e.actor,
        e.action,
        e.record_kind,
        e.record_id,
        e.customer_id,
        e.label,
        e.field,
        e.old_value,
        e.new_value,
        e.import_id,
    ]


def _safe(row: list[Any]) -> list[Any]:
    return [safe_text(v) if isinstance(v, str) else v for v in row]


def _write_xlsx(path: Path, rows: Iterator[list[Any]]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    count = 0
    for row in rows:
        if count % SHEET_ROWS == 0:  # Excel's limit: the trail continues on another sheet
            sheet = book.create_sheet(f"审计记录 audit {count // SHEET_ROWS + 1}")
            sheet.append(list(EXPORT_HEADERS))
        sheet.append(_safe(row))
        count += 1
    if count == 0:
        book.create_sheet("审计记录 audit 1").append(list(EXPORT_HEADERS))
    book.save(path)
    return count


def _write_csv(path: Path, rows: Iterator[list[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(EXPORT_HEADERS)
        for row in rows:
            out.writerow(["" if v is None else v for v in _safe(row)])
            count += 1
    return count

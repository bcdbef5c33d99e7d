"""Writing the audit trail and guarding saves against out-of-date copies (issue 14).

Every service write records what it did here, in the write's own transaction: when (UTC), who
(`acting_operator.current_actor()`), what record, and for a change each field from → to as
text. Rows are only ever inserted; nothing in the code updates or deletes them.

Optimistic concurrency: every versioned record carries `version`, raised by one on every save.
A save names the version it loaded; `claim` raises it only if it is still that one
(`UPDATE … WHERE id = :id AND version = :v`, then the row count), else raises `StaleRecord`
("changed by X at T — reload?"). The same statement on SQLite and PostgreSQL: whichever of two
PCs commits second finds the version moved and is refused, never silently overwriting.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Table, insert, select, update

from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.clock import now_utc
from crm_desktop.core.errors import NotFound, StaleRecord
from crm_desktop.core.models import AuditEvent

ACTIONS = (
    "create",
    "change",
    "deactivate",
    "reactivate",
    "merge",
    "import",
    "undo-import",
    "delete",
)

AUDIT_TABLE: Table = AuditEvent.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Event:
    """One line of the trail, before it is written."""

    action: str
    record_kind: str
    record_id: int | None
    customer_id: int | None
    label: str | None = None
    field: str | None = None
    old: str | None = None
    new: str | None = None
    import_id: int | None = None

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown audit action {self.action!r}")


def as_text(value: Any) -> str | None:
    """A stored value as the trail keeps it: money with at least two decimals, ISO dates."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        shown = format(value, "f")
        if "." in shown:
            shown = shown.rstrip("0")
        whole, _, decimals = shown.partition(".")
        return f"{whole}.{decimals.ljust(2, '0')}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or None
    return str(value)


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> list[tuple[str, str | None, str | None]]:
    """(field, from, to) for each field of `after` whose text differs from `before`'s."""
    out = []
    for field, value in after.items():
        old, new = as_text(before.get(field)), as_text(value)
        if old != new:
            out.append((field, old, new))
    return out


def change_events(
    record_kind: str,
    record_id: int | None,
    customer_id: int | None,
    label: str | None,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    action: str = "change",
) -> list[Event]:
    return [
        Event(action, record_kind, record_id, customer_id, label, field, old, new)
        for field, old, new in changed_fields(before, after)
    ]


COLUMNS = (
    "at",
    "actor",
    "action",
    "record_kind",
    "record_id",
    "customer_id",
    "label",
    "field",
    "old_value",
    "new_value",
    "import_id",
)


def record(con: Connection, events: Iterable[Event], at: datetime | None = None) -> int:
    """Insert `events` in one statement (an executemany for many); returns how many. On
    SQLite through the driver: an import writes thousands, and SQLAlchemy's per-row binding
    doubled their cost (136 → 62 ms for 5,000, bench/bench_import_export.py)."""
    moment: Any = at or now_utc()
    convert = AUDIT_TABLE.c.at.type.bind_processor(con.dialect)
    if convert is not None:  # SQLite stores the time as text: format it once, not per row
        moment = convert(moment)
    actor = current_actor()
    rows = [
        (
            moment,
            actor,
            e.action,
            e.record_kind,
            e.record_id,
            e.customer_id,
            e.label,
            e.field,
            e.old,
            e.new,
            e.import_id,
        )
        for e in events
    ]
    if not rows:
        return 0
    if con.dialect.name == "sqlite":
        con.exec_driver_sql(
            f"INSERT INTO audit_event ({', '.join(COLUMNS)})"
            f" VALUES ({', '.join('?' * len(COLUMNS))})",
            rows,
        )
        # SQLite has one writer: this transaction's rows are the newest, one id after another.
        last = int(con.exec_driver_sql("SELECT MAX(id) FROM audit_event").scalar() or 0)
        _remember(con.engine, [(last - len(rows) + 1, last)])
    else:  # concurrent writers interleave their ids: ask for ours
        ids = con.execute(
            insert(AUDIT_TABLE).returning(AUDIT_TABLE.c.id),
            [dict(zip(COLUMNS, r, strict=True)) for r in rows],
        ).scalars()
        _remember(con.engine, [(i, i) for i in ids])
    return len(rows)


# The events each engine (one Core: one window, one command) wrote itself, as id ranges: the
# window's check for other PCs' writes skips them, since their views were redrawn already.
_WRITTEN_HERE: weakref.WeakKeyDictionary[Engine, list[tuple[int, int]]] = (
    weakref.WeakKeyDictionary()
)


def _remember(engine: Engine, ranges: list[tuple[int, int]]) -> None:
    _WRITTEN_HERE.setdefault(engine, []).extend(ranges)


def written_here(engine: Engine, event_id: int) -> bool:
    """Whether this engine wrote `event_id` (a rolled-back write's ids never appear)."""
    return any(first <= event_id <= last for first, last in _WRITTEN_HERE.get(engine, ()))


def forget_written_up_to(engine: Engine, event_id: int) -> None:
    """Events up to `event_id` were looked at: their ranges are no longer needed."""
    if engine in _WRITTEN_HERE:
        _WRITTEN_HERE[engine] = [r for r in _WRITTEN_HERE[engine] if r[1] > event_id]


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite gives the stored UTC time back without its zone."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_text(moment: datetime | None) -> str:
    """A stored UTC time as this computer's clock shows it."""
    shown = as_utc(moment)
    return shown.astimezone().strftime("%Y-%m-%d %H:%M") if shown else "?"


def claim(
    con: Connection,
    table: Table,
    key: Mapping[str, Any],
    expected: int | None,
    what: str,
) -> None:
    """Raise the version of the row `key` names (column → value), recording who saved it and
    when. `expected`: the version the saver loaded (0: it saw no such row; None: no check, for
    a caller with nothing loaded, which finds a missing row itself). StaleRecord when another
    save came between, NotFound when the row is gone."""
    where = [table.c[column] == value for column, value in key.items()]
    if expected == 0:
        found = con.execute(select(table.c.version).where(*where)).first()
        if found is not None:
            _refuse(con, table, where, what, key)
        return
    guarded = where if expected is None else [*where, table.c.version == expected]
    result = con.execute(
        update(table)
        .where(*guarded)
        .values(version=table.c.version + 1, updated_by=current_actor(), updated_at=now_utc())
    )
    if result.rowcount != 1 and expected is not None:
        _refuse(con, table, where, what, key)


def _refuse(con: Connection, table: Table, where: list[Any], what: str, key: Mapping) -> None:
    row = con.execute(select(table.c.updated_by, table.c.updated_at).where(*where)).first()
    shown_key = next(iter(key.values()))
    if row is None:
        raise NotFound(what=what, key=shown_key)
    by, at = row
    raise StaleRecord(by=by or "?", at=local_text(at), when=as_utc(at), what=what, key=shown_key)

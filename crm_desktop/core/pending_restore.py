"""A restore the window asked for, carried out on the next start before anything opens the
file: a running app holds the database open (and Windows cannot replace an open file), so
the window checks the backup, leaves a note beside the database and restarts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.core.backup import check_backup, restore
from crm_desktop.core.errors import UnusableInput


@dataclass(frozen=True)
class RestoreDone:
    backup: Path
    safety: Path | None


def note_path(database: Path) -> Path:
    return database.with_name(database.name + ".restore-pending")


def schedule_restore(database: Path, backup_file: Path, checked: bool = False) -> Path:
    """Check `backup_file` now (a bad file is refused before anything changes; `checked`
    says the caller just did) and note it for the next start, which checks it again."""
    if not checked:
        check_backup(backup_file)
    note = note_path(database)
    note.write_text(json.dumps({"backup": str(backup_file.resolve())}), encoding="utf-8")
    return note


def apply_pending_restore(database: Path) -> RestoreDone | None:
    """Carry out a noted restore (checking the backup again: it may have changed since).
    The note is removed either way, so a bad backup cannot block every start."""
    note = note_path(database)
    if not note.exists():
        return None
    try:
        backup_file = Path(json.loads(note.read_text(encoding="utf-8"))["backup"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        note.unlink(missing_ok=True)
        raise UnusableInput(f"the restore noted in {note} cannot be read: {exc}") from exc
    try:
        safety = restore(backup_file, database)
    finally:
        note.unlink(missing_ok=True)
    return RestoreDone(backup_file, safety)

"""Backups: a consistent copy while the app may be running, and a checked restore.

SQLite's online backup API copies a live database page by page under its own locking, so a
backup taken while a clerk is typing is still a consistent snapshot.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from crm_desktop.core.db.sqlite_file import SQLITE_HEADER
from crm_desktop.core.errors import UnusableInput

BACKUP_DIR_NAME = "backups"


def default_backup_path(database: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return database.parent / BACKUP_DIR_NAME / f"{database.stem}-{stamp}.sqlite3"


def _copy(source_path: Path, target: Path) -> None:
    """Page-by-page copy through SQLite's backup API into a new file, then moved in place."""
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dest.close()
    except sqlite3.DatabaseError:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(partial, target)


def backup(database: Path, target: Path) -> Path:
    """Copy `database` to `target` (overwritten) and return it."""
    if not database.exists():
        raise UnusableInput(f"{database} does not exist: nothing to back up")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(database, target)
    except sqlite3.DatabaseError as exc:
        raise UnusableInput(f"{database} cannot be backed up: {exc}") from exc
    return target


def check_backup(path: Path) -> str:
    """Raise UnusableInput unless `path` is an intact crm-desktop database; return its revision."""
    if not path.is_file():
        raise UnusableInput(f"{path} does not exist")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UnusableInput(f"{path} is not a crm-desktop backup (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise UnusableInput(f"{path} is damaged: {status}")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "customer", "sale", "contact"} <= tables:
                raise UnusableInput(f"{path} is an SQLite file but not a crm-desktop database")
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UnusableInput(f"{path} is damaged: {exc}") from exc
    if not revision:
        raise UnusableInput(f"{path} has no schema version")
    return str(revision[0])


def restore(backup_file: Path, database: Path) -> Path | None:
    """Replace `database` with `backup_file` after checking it; the current data is backed up
    first. Returns the safety backup of the replaced data (None when there was none)."""
    check_backup(backup_file)
    safety = None
    if database.exists():
        safety = default_backup_path(database)
        safety = safety.with_name(safety.stem + "-before-restore.sqlite3")
        try:
            backup(database, safety)
        except UnusableInput:
            # The current file is damaged (often why one restores): keep its bytes as they are.
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(database, safety)
    database.parent.mkdir(parents=True, exist_ok=True)
    incoming = database.with_name(database.name + ".restoring")
    _copy(backup_file, incoming)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    os.replace(incoming, database)
    return safety

"""Checks a database file before anything may write to it (standard library only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.core.errors import DamagedDatabase, DatabaseLocked

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database; a damaged one is never overwritten."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise DamagedDatabase(path=str(path), reason="not an SQLite file")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
        try:
            # Reading the schema touches the header and the first pages: cheap enough for
            # every start (a full quick_check over a large file takes seconds).
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseLocked(path=str(path)) from exc
        raise DamagedDatabase(path=str(path), reason=str(exc)) from exc

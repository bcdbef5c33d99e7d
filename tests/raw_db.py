"""A test's own DB-API connection to the database a core has open (SQLite or PostgreSQL)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def raw_connection(core: object) -> Iterator[object]:
    """The database's DB-API connection apart from the core's transactions, as a test reads
    and writes it: a sqlite3 connection of the file, or the server's sqlite3-like one
    (db.connections.raw_sqlite); writes wait for commit() on both."""
    engine = core.engine  # type: ignore[attr-defined]
    if engine.dialect.name == "sqlite":
        connection = sqlite3.connect(engine.url.database)
        connection.execute("PRAGMA foreign_keys=ON")
        try:
            yield connection
        finally:
            connection.close()
        return
    from crm_desktop.core.db.connections import raw_sqlite

    with raw_sqlite(engine) as connection:
        yield connection

"""SQLite's own SQL: the pragmas of every connection, the write-ahead log, the full-text
index of the customer search (FTS5, trigram) and the triggers that keep the full-text index
and the analysis tables current (created by the migrations; listed here for the bulk paths
that set them aside for one set statement). Standard library only at import: the window's
start-up path searches the list through it before SQLAlchemy is imported.

The backups (core/backup.py) copy the file with sqlite3's online backup API and check it with
`integrity_check`: SQLite's by nature, they stay there.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

CONNECT_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    # Lets `LIKE 'x%'` use the index of a lower-cased search column.
    "PRAGMA case_sensitive_like=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA cache_size=-8192",  # 8 MB a connection: enough for the working set
)


def on_connect(dbapi_connection: sqlite3.Connection, _record: object = None) -> None:
    """Every new connection of the pool (an engine 'connect' listener)."""
    cur = dbapi_connection.cursor()
    for pragma in CONNECT_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def use_write_ahead_log(con: Connection) -> None:
    """Readers never wait for the writer; set once on the file, kept by SQLite."""
    con.exec_driver_sql("PRAGMA journal_mode=WAL")


def customer_search_clause() -> str:
    """A condition on `customer c` for a query of 3 characters or more (one parameter,
    `customer_search_term`): the trigram index answers any substring of name, code, pinyin,
    initials and phone digits."""
    return "c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)"


def customer_search_term(query: str) -> str:
    """The query as one FTS5 phrase (quotes doubled), so nothing in it is read as syntax."""
    return '"' + query.replace('"', '""') + '"'


def triggers(cursor: Any, *, table: str | None = None, prefix: str | None = None) -> list[Any]:
    """(name, sql) of the triggers on `table` and/or whose name starts with `prefix`, by name."""
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    params: list[str] = []
    if table is not None:
        sql += " AND tbl_name = ?"
        params.append(table)
    if prefix is not None:
        sql += " AND name LIKE ? ESCAPE '\\'"
        params.append(prefix.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%")
    return list(cursor.execute(sql + " ORDER BY name", params).fetchall())


def prefix_range(column: str) -> str:
    """`column` in [?, ?): an index range scan for a prefix (SQLite compares code points)."""
    return f"{column} >= ? AND {column} < ?"


def set_aside_triggers(cursor: Any, prefix: str) -> list[str]:
    """Drop the triggers whose name starts with `prefix` (inside the caller's transaction);
    returns the statements that create them again."""
    found = triggers(cursor, prefix=prefix)
    for name, _sql in found:
        cursor.execute(f"DROP TRIGGER {name}")
    return [sql for _name, sql in found]


def wrap(raw: sqlite3.Connection, owns_transaction: bool) -> sqlite3.Connection:
    """The DB-API connection of the fast paths: sqlite3's own, as it is."""
    return raw


def release(wrapped: sqlite3.Connection) -> None:
    """Nothing to undo: `wrap` changed nothing."""


def after_explicit_ids(cursor: Any, table: str) -> None:
    """Nothing to do: SQLite's next rowid follows the largest one in the table."""


def setup_engine(engine: Any, read_only: bool) -> None:
    """Nothing beyond the connect listener: SQLAlchemy's SQLite dialect fits as it is."""


def is_read_only_error(exc: BaseException) -> bool:
    return "readonly database" in str(exc)

"""Where every connection to the database comes from, in one of three kinds.

- `session(engine)`: an ORM Session, for the services that load and save records as objects;
- `connection(engine)` / `transaction(engine)`: SQLAlchemy Core, for expressions and `text()`
  (`transaction` commits at the end, or rolls everything back on an error);
- `raw_sqlite(engine)`, `driver_connection(con)` and `driver_cursor(con)`: the DB-API sqlite3
  objects behind the pool (the last two inside a Core connection's own transaction; on a
  PostgreSQL server, a sqlite3-like wrapper over psycopg, dialects/pg_translate.py), only for
  the measured fast paths (the analysis views, the rules' scan, the import's executemany, the
  bulk load): each is listed in docs/architecture.md's database-layer section with the bench
  that keeps it.

SQL that only one database understands lives in `crm_desktop.core.db.dialects`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from crm_desktop.core.db import dialects


@contextmanager
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as orm:
        yield orm


@contextmanager
def connection(engine: Engine) -> Iterator[Connection]:
    """A Core connection for reads (its implicit transaction is rolled back at the end)."""
    with engine.connect() as con:
        yield con


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """A Core connection whose writes are committed together at the end, or not at all."""
    with engine.begin() as con:
        yield con


@contextmanager
def raw_sqlite(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The pooled connection's sqlite3 object (pragmas set, returned to the pool at the end).

    Only for the fast paths docs/architecture.md lists: sqlite3's own cursor fetches rows
    several times faster than SQLAlchemy's result objects at 100,000 rows."""
    dialect = dialects.for_engine(engine)
    pooled = engine.raw_connection()
    try:
        wrapped = dialect.wrap(pooled.driver_connection, True)
        try:
            yield wrapped
        finally:
            dialect.release(wrapped)
    finally:
        pooled.close()


def driver_connection(con: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a Core connection, sharing its transaction."""
    raw = con.connection.dbapi_connection
    return dialects.for_engine(con.engine).wrap(raw, False)  # type: ignore[no-any-return]


def driver_cursor(con: Connection) -> sqlite3.Cursor:
    """A sqlite3 cursor in a Core connection's transaction: its fetchall makes plain tuples,
    twice as fast as SQLAlchemy's rows over 100,000 customers (bench/bench_rules.py)."""
    return driver_connection(con).cursor()

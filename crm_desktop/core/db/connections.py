"""Where every connection to the database comes from, in one of three kinds.

- `session(engine)`: an ORM Session, for the services that load and save records as objects;
- `connection(engine)` / `transaction(engine)`: SQLAlchemy Core, for expressions and `text()`
  (`transaction` commits at the end, or rolls everything back on an error);
- `raw_sqlite(engine)`: the DB-API sqlite3 connection behind the pool, only for the measured
  fast paths (executemany imports, the analysis views, the warnings scan): each one is listed
  in docs/architecture.md's database-layer section with the bench that keeps it.

SQL that only one database understands lives in `crm_desktop.core.db.dialects`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlmodel import Session


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
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection  # type: ignore[misc]
    finally:
        pooled.close()

"""The one engine per process: where the database is, and how SQLite is set up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from crm_desktop.core.db import dialects
from crm_desktop.core.db.sqlite_file import check_sqlite_file
from crm_desktop.core.errors import (
    DamagedDatabase,
    DatabaseLocked,
    ReadOnlyDatabase,
    UnsupportedDatabase,
    UnusableInput,
)
from crm_desktop.core.private_files import create_private_file, private_folder


def database_url(target: str) -> str:
    """Turn a file path or SQLAlchemy URL into a URL; refuse what we cannot serve yet."""
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise UnusableInput(f"{target!r} is not a database path or URL") from exc
        if url.get_backend_name() != "sqlite":
            raise UnsupportedDatabase(target=target)
        return target
    if target == ":memory:":
        return "sqlite://"
    path = Path(target).expanduser()
    if path.is_dir():
        raise UnusableInput(f"{path} is a folder, not a database file")
    private_folder(path.parent)
    return f"sqlite:///{path.resolve()}"


def sqlite_path(engine: Engine) -> Path | None:
    db = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not db or db == ":memory:":
        return None
    return Path(db)


def _read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLite itself then refuses every write of this connection, whichever code tries it.
    dbapi_connection.execute("PRAGMA query_only=ON")


def _refuse_writes(path: Path) -> Callable[[ExceptionContext], None]:
    def refuse(context: ExceptionContext) -> None:
        if "readonly database" in str(context.original_exception):
            raise ReadOnlyDatabase(path=str(path)) from context.original_exception

    return refuse


def make_engine(target: str, read_only: bool = False) -> Engine:
    """The engine of `target`; `read_only`: every write raises ReadOnlyDatabase (a second
    window beside the one that owns the file), and nothing about the file is changed."""
    url = database_url(target)
    engine = create_engine(url, future=True)
    dialect = dialects.for_engine(engine)  # what only this database understands
    path = sqlite_path(engine)
    if path is not None:
        check_sqlite_file(path)
        if not read_only:
            # Created here, not by SQLite, so that it (and its -wal and -shm) are 0600.
            create_private_file(path)
    event.listen(engine, "connect", dialect.on_connect)
    if read_only:
        event.listen(engine, "connect", _read_only)
        event.listen(engine, "handle_error", _refuse_writes(path or Path(":memory:")))
    if path is not None:
        try:
            with engine.connect() as con:
                if read_only:
                    con.exec_driver_sql("PRAGMA journal_mode")
                else:
                    dialect.use_write_ahead_log(con)
        except OperationalError as exc:
            engine.dispose()
            if "locked" in str(exc.orig):
                raise DatabaseLocked(path=str(path)) from exc
            raise DamagedDatabase(path=str(path), reason=str(exc.orig)) from exc
    return engine

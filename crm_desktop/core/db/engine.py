"""The one engine per process: where the database is (a SQLite file, or an office's
PostgreSQL server), and how each is set up (the dialect modules)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from crm_desktop.core.db import dialects
from crm_desktop.core.db.sqlite_file import check_sqlite_file
from crm_desktop.core.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DatabaseUnreachable,
    ReadOnlyDatabase,
    UnsupportedDatabase,
    UnusableInput,
)
from crm_desktop.core.private_files import create_private_file, private_folder


def database_url(target: str) -> str:
    """Turn a file path or SQLAlchemy URL into a URL; refuse what we cannot serve."""
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise UnusableInput(f"{target!r} is not a database path or URL") from exc
        backend = url.get_backend_name()
        if backend == "postgresql":
            # psycopg (3) is the driver the PostgreSQL dialect is written for, whatever the
            # URL names (postgresql://, postgresql+psycopg2://).
            return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        if backend != "sqlite":
            raise UnsupportedDatabase(target=url.render_as_string())
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


def _refuse_writes(path: str, dialect: ModuleType) -> Callable[[ExceptionContext], None]:
    def refuse(context: ExceptionContext) -> None:
        if dialect.is_read_only_error(context.original_exception):
            raise ReadOnlyDatabase(path=path) from context.original_exception

    return refuse


def make_engine(target: str, read_only: bool = False) -> Engine:
    """The engine of `target`; `read_only`: every write raises ReadOnlyDatabase (a second
    window beside the one that owns the file), and nothing about the file is changed."""
    url = database_url(target)
    if url.startswith("postgresql"):
        return _server_engine(url, read_only)
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
        event.listen(engine, "handle_error", _refuse_writes(str(path or ":memory:"), dialect))
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


PASSWORD_ENV = "CRM_DESKTOP_PGPASSWORD"


def _password(url: URL) -> dict[str, str]:
    """The server's password when the URL holds none: CRM_DESKTOP_PGPASSWORD, else libpq's
    own PGPASSWORD or ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf), which psycopg reads
    itself. Never written to the settings file or a log."""
    password = os.environ.get(PASSWORD_ENV)
    return {"password": password} if password and url.password is None else {}


def _server_engine(url: str, read_only: bool) -> Engine:
    """A PostgreSQL server's engine, checked by connecting once: a wrong address, name or
    password is one clear line now, not a traceback at the first query."""
    try:
        import psycopg  # noqa: F401 - the `postgres` extra
    except ImportError as exc:
        raise UnsupportedDatabase(
            "PostgreSQL needs the psycopg driver: pip install 'crm-desktop[postgres]'",
            target=url,
        ) from exc
    # pool_pre_ping: a PC left open overnight finds its connections closed by the server.
    engine = create_engine(
        url, future=True, pool_pre_ping=True, connect_args=_password(make_url(url))
    )
    dialect = dialects.for_engine(engine)
    dialect.setup_engine(engine, read_only)
    event.listen(engine, "connect", dialect.on_connect)
    shown = engine.url.render_as_string()  # the password hidden
    if read_only:
        event.listen(engine, "handle_error", _refuse_writes(shown, dialect))
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnreachable(target=shown, reason=reason) from exc
    return engine

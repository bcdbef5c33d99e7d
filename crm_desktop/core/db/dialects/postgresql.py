"""PostgreSQL's versions of dialects/sqlite.py's functions: an office's shared server.

The core's SQL is written once, in SQLite's words (`?` parameters, `INSERT OR IGNORE`, a
comparison used as 0/1 in arithmetic, `julianday`, subqueries without an alias...). Rather
than a second copy of every query, PostgreSQL is made to read the same SQL:

- the schema keeps SQLite's storage: a boolean is a SMALLINT 0/1 and a date is ISO text, so
  comparisons, `substr(date, 1, 7)` months and sorting behave exactly as on SQLite;
- `translate` rewrites the few words PostgreSQL spells differently, once per distinct
  statement (cached), for the statements the core hands to the driver itself;
- `install_compat` (migration 0001) creates the functions, aggregates and operators SQLite
  has built in (`julianday`, `group_concat`, `SUM`/`MAX` of a comparison, boolean × number);
- the triggers that keep the analysis tables are SQLite's own bodies turned into PL/pgSQL
  functions (`create_trigger`);
- the customer search uses a `pg_trgm` GIN index over the same columns as SQLite's FTS5.

The translation itself is in pg_translate.py. The DB-API fast paths (connections.raw_sqlite,
driver_connection, driver_cursor) get a `CompatConnection` over psycopg that translates on
the way in and behaves like sqlite3 where the core relies on it (`lastrowid`, an outer
SAVEPOINT that commits on RELEASE).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crm_desktop.core.db.dialects.pg_translate import (
    CompatConnection,
    sqlite_value,
    statement,
    translate,
    translated,
)

# -- connection settings -----------------------------------------------------------------


def _sqlite_number(text: str | bytes | memoryview | None) -> int | float | None:
    """NUMERIC (what SUM of a BIGINT gives) as SQLite would return it: an int when whole."""
    if text is None:
        return None
    value = bytes(text).decode() if not isinstance(text, str) else text
    if "." in value or "e" in value.lower() or value in ("NaN", "Infinity", "-Infinity"):
        return float(value)
    return int(value)


def on_connect(dbapi_connection: Any, _record: object = None) -> None:
    """Every new connection of the pool: sums come back as SQLite gives them (int, float)."""
    from psycopg.adapt import Loader

    class NumericAsSqlite(Loader):
        def load(self, data: Any) -> Any:
            return _sqlite_number(data)

    dbapi_connection.adapters.register_loader("numeric", NumericAsSqlite)


def use_write_ahead_log(con: Any) -> None:
    """Nothing to set: a PostgreSQL server always writes ahead and readers never wait."""


# -- customer search ---------------------------------------------------------------------

# The search columns of migration 0001 joined by a character no typed query holds, so that a
# match never straddles two columns; the GIN trigram index is on exactly this expression.
SEARCH_TEXT = (
    "(c.name || chr(31) || COALESCE(c.code, '') || chr(31) || c.search_initials"
    " || chr(31) || c.search_pinyin || chr(31) || c.search_digits)"
)


def customer_search_clause() -> str:
    """A condition on `customer c` for a query of 3 characters or more (one parameter,
    `customer_search_term`): the trigram index answers any substring, case-insensitively
    as FTS5's trigram tokenizer does."""
    return f"{SEARCH_TEXT} ILIKE ?"


def customer_search_term(query: str) -> str:
    """The query as a literal substring pattern (LIKE's own characters escaped)."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def prefix_range(column: str) -> str:
    """`column` in [?, ?): compared as code points (collation C), as SQLite compares text,
    so the upper bound of a prefix is right whatever the server's locale."""
    return f'{column} COLLATE "C" >= ? AND {column} COLLATE "C" < ?'


# -- triggers ------------------------------------------------------------------------------


def triggers(cursor: Any, *, table: str | None = None, prefix: str | None = None) -> list[Any]:
    """(name, sql) of the triggers on `table` and/or whose name starts with `prefix`: the
    ones the core set aside and put back are its own analysis triggers (`set_aside`).
    PostgreSQL's have no one-statement SQL to re-run, so none is offered for the import's
    set-based shortcut; the row triggers simply run (exact, slower for a big import)."""
    return []


def set_aside_triggers(cursor: Any, prefix: str) -> list[str]:
    """Disable the triggers whose name starts with `prefix` (inside the caller's
    transaction); returns the statements that enable them again."""
    rows = cursor.execute(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE NOT t.tgisinternal AND t.tgname LIKE ? ORDER BY t.tgname",
        (prefix.replace("_", "\\_") + "%",),
    ).fetchall()
    restore = []
    for name, table in rows:
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
        restore.append(f"ALTER TABLE {table} ENABLE TRIGGER {name}")
    return restore


def wrap(raw: Any, owns_transaction: bool) -> Any:
    """The fast paths' sqlite3-like connection over psycopg (pg_translate.CompatConnection)."""
    return CompatConnection(raw, owns_transaction)


def release(wrapped: Any) -> None:
    """`wrap`'s connection handed back (before it returns to the pool)."""
    wrapped.release()


def after_explicit_ids(cursor: Any, table: str) -> None:
    """After rows were written with ids the core chose (bulk imports, demo data): move the
    table's id sequence past them, so that the next ordinary insert does not collide."""
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
        f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
    )


# -- the engine ------------------------------------------------------------------------------


def _before_cursor_execute(
    _conn: Any, _cursor: Any, sql: str, params: Any, context: Any, executemany: bool
) -> tuple[str, Any]:
    """SQL the core wrote itself (exec_driver_sql, text(), a migration's op.execute) in
    PostgreSQL's words; what SQLAlchemy compiled from expressions is left alone."""
    compiled = getattr(context, "compiled", None)
    if compiled is None:
        if executemany:
            out, _ = translated(sql, True)
            return out, [[sqlite_value(v) for v in row] for row in params]
        return statement(sql, params)
    from sqlalchemy.sql.elements import TextClause

    if isinstance(getattr(compiled, "statement", None), TextClause):
        if (
            isinstance(params, dict)
            and isinstance(params.get("limit"), int)
            and params["limit"] < 0
        ):
            params = {**params, "limit": None}  # SQLite's LIMIT -1 (none) is LIMIT NULL here
        return translate(sql, placeholders=False), params
    return _compiled(sql), params


@lru_cache(maxsize=4096)
def _compiled(sql: str) -> str:
    """SQLAlchemy writes `x IS 1` for `is_(True)` where booleans are numbers (as on SQLite);
    PostgreSQL's IS takes only NULL, TRUE or FALSE."""
    if " IS " not in sql:
        return sql
    sql = re.sub(r" IS NOT ([01])\b", r" IS DISTINCT FROM \1", sql)
    return re.sub(r" IS ([01])\b", r" IS NOT DISTINCT FROM \1", sql)


def setup_engine(engine: Any, read_only: bool) -> None:
    """SQLite's storage on the server (booleans 0/1, dates as ISO text: see the module's
    docstring), the translation of the core's own SQL, and a read-only session if asked."""
    from sqlalchemy import event
    from sqlalchemy.dialects.sqlite.base import DATE as ISO_DATE
    from sqlalchemy.sql import sqltypes

    _register_types()
    engine.dialect.supports_native_boolean = False
    engine.dialect.colspecs = {**engine.dialect.colspecs, sqltypes.Date: ISO_DATE}
    event.listen(engine, "before_cursor_execute", _before_cursor_execute, retval=True)
    if read_only:

        def read_only_session(dbapi_connection: Any, _record: object) -> None:
            with dbapi_connection.cursor() as cur:
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()

        event.listen(engine, "connect", read_only_session)


@lru_cache(maxsize=1)
def _register_types() -> None:
    from sqlalchemy.ext.compiler import compiles
    from sqlalchemy.sql import sqltypes

    @compiles(sqltypes.Boolean, "postgresql")
    def _boolean(_type: Any, _compiler: Any, **_kw: Any) -> str:
        return "SMALLINT"

    @compiles(sqltypes.Date, "postgresql")
    def _date(_type: Any, _compiler: Any, **_kw: Any) -> str:
        return "TEXT"


def is_read_only_error(exc: BaseException) -> bool:
    return "read-only transaction" in str(exc)

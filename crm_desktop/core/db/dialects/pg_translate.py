"""SQLite-flavoured SQL in PostgreSQL's words, for dialects/postgresql.py (its docstring says
why the core's SQL is written once): the statement translation, the PL/pgSQL form of
SQLite's triggers, the functions SQLite has built in, and a sqlite3-like DB-API wrapper
over psycopg for the core's fast paths."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

_TRIGGER = re.compile(
    r"(?P<when>AFTER|BEFORE) (?P<event>INSERT|DELETE|UPDATE(?: OF (?P<cols>[\w, ]+?))?)"
    r" ON (?P<table>\w+)(?: WHEN (?P<cond>.+?))? BEGIN (?P<body>.+) END",
    re.DOTALL,
)
_REPLACE = re.compile(r"INSERT OR REPLACE INTO (\w+) \(([^)]*)\)")


def trigger_sql(name: str, sqlite_body: str) -> list[str]:
    """SQLite's `CREATE TRIGGER name <body>` as a PL/pgSQL function and its row trigger."""
    found = _TRIGGER.fullmatch(sqlite_body.strip())
    if found is None:
        raise ValueError(f"trigger {name}: not in the form this translation knows")
    body = translate(found["body"], placeholders=False)
    cond = found["cond"]
    if cond:
        body = f"IF {translate(cond, placeholders=False)} THEN {body} END IF;"
    event = found["event"]
    return [
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$"
        f" BEGIN {body} RETURN NULL; END $fn$",
        f"DROP TRIGGER IF EXISTS {name} ON {found['table']}",
        f"CREATE TRIGGER {name} {found['when']} {event} ON {found['table']}"
        f" FOR EACH ROW EXECUTE FUNCTION {name}_fn()",
    ]


# -- what SQLite has built in -------------------------------------------------------------

COMPAT_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # julianday() of an ISO date at midnight, and its whole part (CAST truncates in SQLite).
    "CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision IMMUTABLE"
    " LANGUAGE sql AS $$ SELECT to_char(substr($1, 1, 10)::date, 'J')::double precision"
    " - 0.5 $$",
    "CREATE OR REPLACE FUNCTION julianday_day(text) RETURNS integer IMMUTABLE"
    " LANGUAGE sql AS $$ SELECT to_char(substr($1, 1, 10)::date, 'J')::integer - 1 $$",
    "CREATE OR REPLACE FUNCTION strftime(text, text) RETURNS text IMMUTABLE LANGUAGE sql AS"
    " $$ SELECT to_char(substr($2, 1, 10)::date, replace(replace(replace($1, '%Y', 'YYYY'),"
    " '%m', 'MM'), '%d', 'DD')) $$",
    "CREATE OR REPLACE FUNCTION crm_concat(text, text) RETURNS text IMMUTABLE LANGUAGE sql AS"
    " $$ SELECT CASE WHEN $1 IS NULL THEN $2 WHEN $2 IS NULL THEN $1 ELSE $1 || ',' || $2 END $$",
    "CREATE OR REPLACE AGGREGATE group_concat(text) (SFUNC = crm_concat, STYPE = text)",
    "CREATE OR REPLACE FUNCTION crm_sum_bool(bigint, boolean) RETURNS bigint IMMUTABLE"
    " LANGUAGE sql AS $$ SELECT COALESCE($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END $$",
    "CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = crm_sum_bool, STYPE = bigint)",
    "CREATE OR REPLACE AGGREGATE max(boolean) (SFUNC = boolor_statefunc, STYPE = boolean)",
)


def _operator(symbol: str, left: str, right: str) -> tuple[str, str]:
    """A comparison used as the number 0/1 beside a number, as SQLite reads it: `symbol`
    between `left` and `right` (one of them boolean)."""
    name = {"*": "times", "+": "plus"}[symbol]
    function = f"crm_{name}_{left[:3]}_{right[:3]}"
    a = "(CASE WHEN $1 THEN 1 ELSE 0 END)" if left == "boolean" else "$1"
    b = "(CASE WHEN $2 THEN 1 ELSE 0 END)" if right == "boolean" else "$2"
    result = right if left == "boolean" else left
    return (
        f"CREATE OR REPLACE FUNCTION {function}({left}, {right}) RETURNS {result} IMMUTABLE"
        f" LANGUAGE sql AS $$ SELECT {a} {symbol} {b} $$",
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '{symbol}'"
        f" AND oprleft = '{left}'::regtype AND oprright = '{right}'::regtype) THEN"
        f" CREATE OPERATOR {symbol} (LEFTARG = {left}, RIGHTARG = {right},"
        f" FUNCTION = {function}); END IF; END $$",
    )


def _comparison(symbol: str, name: str) -> tuple[str, str]:
    """boolean = 0 and boolean <> 0: SQLAlchemy writes them where booleans are numbers,
    in its own catalog queries (reflection) too."""
    function = f"crm_{name}_boolean_integer"
    return (
        f"CREATE OR REPLACE FUNCTION {function}(boolean, integer) RETURNS boolean IMMUTABLE"
        f" LANGUAGE sql AS $$ SELECT (CASE WHEN $1 THEN 1 ELSE 0 END) {symbol} $2 $$",
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '{symbol}'"
        " AND oprleft = 'boolean'::regtype AND oprright = 'integer'::regtype) THEN"
        f" CREATE OPERATOR {symbol} (LEFTARG = boolean, RIGHTARG = integer,"
        f" FUNCTION = {function}); END IF; END $$",
    )


OPERATORS = (
    *(
        sql
        for symbol in ("*", "+")
        for number in ("integer", "bigint", "numeric")
        for pair in (("boolean", number), (number, "boolean"))
        for sql in _operator(symbol, *pair)
    ),
    *_comparison("=", "eq"),
    *_comparison("<>", "ne"),
)


def install_compat(execute: Any) -> None:
    """Create what `COMPAT_SQL` lists through `execute(sql)` (a migration's op.execute)."""
    for sql in COMPAT_SQL + OPERATORS:
        execute(sql)


# -- the translation ------------------------------------------------------------------------

_LITERAL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\$fn\$.*?\$fn\$|\$\$.*?\$\$", re.DOTALL)
# Tables the core writes with INSERT OR REPLACE, and the key a replacement is decided by.
REPLACE_KEYS = {
    "analytics_horizon": "id",
    "customer_rollup": "customer_id",
    "setting": "key",
    "customer_origin": "customer_id",
    "key_person": "contact_id",
}
_NOT_ALIAS = {
    "GROUP", "WHERE", "ORDER", "UNION", "JOIN", "LEFT", "INNER", "CROSS", "ON", "LIMIT",
    "HAVING", "EXCEPT", "INTERSECT", "WINDOW", "OFFSET", "NATURAL", "FULL", "RIGHT",
}  # fmt: skip


def _alias_subqueries(sql: str) -> str:
    """PostgreSQL 15 wants a name for every subquery in FROM; SQLite does not."""
    out: list[str] = []
    stack: list[bool] = []  # per open paren: is it a FROM/JOIN subquery?
    count = 0
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == "(":
            before = sql[:i].rstrip().upper()
            after = sql[i + 1 :].lstrip().upper()
            stack.append(
                (before.endswith(" FROM") or before.endswith(" JOIN") or before == "FROM")
                and after.startswith("SELECT")
            )
            out.append(ch)
        elif ch == ")":
            out.append(ch)
            if stack and stack.pop():
                rest = sql[i + 1 :]
                word = re.match(r"\s*(\w+)", rest)
                if word is None or word[1].upper() in _NOT_ALIAS:
                    count += 1
                    out.append(f" AS _q{count}")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _qualify_upsert(sql: str) -> str:
    """`ON CONFLICT … DO UPDATE SET x = x + excluded.x`: PostgreSQL wants the table's name
    on the left-hand x (both the table and `excluded` are in scope)."""

    def fix(match: re.Match[str]) -> str:
        table = match["table"]
        sets = re.sub(
            r"\b(\w+) = \1\b(?!\.)",
            lambda m: f"{m[1]} = {table}.{m[1]}",
            match["sets"],
        )
        return match[0][: match.start("sets") - match.start()] + sets

    return re.sub(
        r"INSERT INTO (?P<table>\w+)\b(?:(?!INSERT INTO).)*? DO UPDATE SET (?P<sets>[^;]*)",
        fix,
        sql,
        flags=re.DOTALL,
    )


def _insert_or(sql: str) -> str:
    def replace(match: re.Match[str]) -> str:
        table, columns = match[1], match[2]
        key = REPLACE_KEYS[table]
        updates = ", ".join(
            f"{c} = excluded.{c}" for c in (c.strip() for c in columns.split(",")) if c != key
        )
        return f"INSERT INTO {table} ({columns})", f" ON CONFLICT ({key}) DO UPDATE SET {updates}"

    pieces = re.split(r"(?<=;)", sql)
    out = []
    for piece in pieces:
        suffix = ""
        found = _REPLACE.search(piece)
        if found:
            head, suffix = replace(found)
            piece = piece[: found.start()] + head + piece[found.end() :]
        elif "INSERT OR IGNORE INTO" in piece:
            piece = piece.replace("INSERT OR IGNORE INTO", "INSERT INTO")
            suffix = " ON CONFLICT DO NOTHING"
        if suffix:
            stripped = piece.rstrip()
            end = ";" if stripped.endswith(";") else ""
            body = stripped[:-1] if end else stripped
            returning = re.search(r"\sRETURNING\s", body, re.IGNORECASE)
            if returning:
                body = body[: returning.start()] + suffix + body[returning.start() :]
            else:
                body += suffix
            piece = body + end
        out.append(piece)
    return "".join(out)


# The schema's boolean columns (0/1 on both databases): SQLite reads `NOT x` of a number.
_FLAG = r"((?:\w+\.)?)(active|left|birthday_lunar)\b"


def _words(sql: str) -> str:
    sql = sql.replace(" WITHOUT ROWID", "").replace(" NOT INDEXED", "")
    sql = re.sub(r" INDEXED BY \w+", "", sql)
    sql = re.sub(r"\bNOT " + _FLAG, r"\1\2 = 0", sql)
    # contact.left: a column in SQLite, a reserved word in PostgreSQL (the SQL writes the
    # join in capitals).
    sql = re.sub(r"(?<![\w\"])left\b", '"left"', sql)
    sql = re.sub(r"\bAS REAL\b", "AS DOUBLE PRECISION", sql)
    sql = re.sub(r"CAST\(julianday\(([^()]*)\) AS INTEGER\)", r"julianday_day(\1)", sql)
    sql = re.sub(r"\b1 << ", "CAST(1 AS BIGINT) << ", sql)
    sql = re.sub(r"\bIS NOT (?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", "IS DISTINCT FROM ", sql)
    sql = re.sub(r"\bIS (?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", "IS NOT DISTINCT FROM ", sql)
    sql = _insert_or(sql)
    sql = _qualify_upsert(sql)
    return _alias_subqueries(sql)


@lru_cache(maxsize=4096)
def translated(sql: str, placeholders: bool) -> tuple[str, bool]:
    literals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        literals.append(match[0])
        return f"\x00{len(literals) - 1}\x00"

    masked = _LITERAL.sub(keep, sql)
    masked = _words(masked)
    numbered = False
    if placeholders:
        # A %s or %(name)s already there is psycopg's own placeholder (audit.py writes the
        # driver's style); any other % is a literal one.
        masked = re.sub(r"%(?!s\b|\()", "%%", masked)
        numbered = re.search(r"\?\d", masked) is not None
        if numbered:
            masked = re.sub(r"\?(\d+)", r"%(p\1)s", masked)
        masked = masked.replace("?", "%s")
        # sqlite3's named style, :name with a dict of parameters.
        masked = re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", masked)
    out = re.sub(
        "\x00(\\d+)\x00",
        lambda m: literals[int(m[1])].replace("%", "%%") if placeholders else literals[int(m[1])],
        masked,
    )
    return out, numbered


def translate(sql: str, placeholders: bool = True) -> str:
    """SQLite-flavoured SQL in PostgreSQL's words; `placeholders`: `?` → `%s` and `%` → `%%`
    (the driver's own style), off for SQL already compiled by SQLAlchemy."""
    return translated(sql, placeholders)[0]


def sqlite_value(value: Any) -> Any:
    """A parameter as sqlite3 would have stored it: booleans as 0/1, dates as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def statement(sql: str, params: Any) -> tuple[str, Any]:
    """The statement and parameters to hand psycopg for SQLite-style `sql` and `params`."""
    if params is None or (isinstance(params, Sequence | dict) and len(params) == 0):
        return translate(sql, placeholders=False), None
    out, numbered = translated(sql, True)
    if isinstance(params, dict):
        return out, {k: sqlite_value(v) for k, v in params.items()}
    values = [sqlite_value(v) for v in params]
    if numbered:
        return out, {f"p{i + 1}": v for i, v in enumerate(values)}
    return out, values


# -- the DB-API fast paths -------------------------------------------------------------------

_INSERT_INTO = re.compile(r"\s*INSERT (?:OR \w+ )?INTO (\w+)", re.IGNORECASE)


class CompatCursor:
    """A psycopg cursor reading SQLite-style SQL; `lastrowid` as sqlite3 keeps it."""

    def __init__(self, owner: CompatConnection) -> None:
        self.owner = owner
        self.raw = owner.raw.cursor()
        self.lastrowid: int | None = None

    def execute(self, sql: str, params: Any = None) -> CompatCursor:
        self.owner.before(sql)
        out, values = statement(sql, params)
        insert = _INSERT_INTO.match(sql)
        wants_id = (
            insert is not None
            and insert[1] in self.owner.id_tables()
            and " RETURNING " not in sql.upper()
        )
        if wants_id:
            out += " RETURNING id"
        self.raw.execute(out, values)
        if wants_id:
            row = self.raw.fetchone()
            self.lastrowid = row[0] if row else self.lastrowid
        self.owner.after(sql)
        return self

    def executemany(self, sql: str, rows: Any) -> CompatCursor:
        self.owner.before(sql)
        out, _ = translated(sql, True)
        self.raw.executemany(out, [[sqlite_value(v) for v in row] for row in rows])
        return self

    @property
    def rowcount(self) -> int:
        return int(self.raw.rowcount)

    @property
    def description(self) -> Any:
        return self.raw.description

    def fetchone(self) -> Any:
        return self.raw.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self.raw.fetchall()) if self.raw.description is not None else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return list(self.raw.fetchmany(size))

    def __iter__(self) -> Iterator[Any]:
        return iter(self.raw) if self.raw.description is not None else iter(())

    def close(self) -> None:
        self.raw.close()


class CompatConnection:
    """The parts of sqlite3.Connection the core's fast paths use, over a psycopg connection.

    `owns_transaction`: opened outside any SQLAlchemy transaction (raw_sqlite), it keeps
    sqlite3's transactions: a read commits by itself, a write begins a transaction that waits
    for `commit()`, and a SAVEPOINT that began one commits it at its RELEASE. Inside a
    SQLAlchemy transaction (driver_connection) that transaction decides."""

    def __init__(self, raw: Any, owns_transaction: bool) -> None:
        self.raw = raw
        self.owns_transaction = owns_transaction
        self.depth = 0
        self.savepoint_began = False
        if owns_transaction:
            raw.autocommit = True

    @staticmethod
    def id_tables() -> frozenset[str]:
        return _id_tables()

    def _idle(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status == TransactionStatus.IDLE)

    def before(self, sql: str) -> None:
        if not self.owns_transaction:
            return
        head = sql.lstrip()[:9].upper()
        if head.startswith("SAVEPOINT"):
            if self.depth == 0 and self._idle():
                self.raw.execute("BEGIN")
                self.savepoint_began = True
            self.depth += 1
        elif head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")) and self._idle():
            self.raw.execute("BEGIN")  # sqlite3's implicit BEGIN before a write

    def after(self, sql: str) -> None:
        if self.owns_transaction and sql.lstrip()[:7].upper() == "RELEASE":
            self.depth -= 1
            if self.depth == 0 and self.savepoint_began:
                self.savepoint_began = False
                self.raw.execute("COMMIT")

    def release(self) -> None:
        """Back to the pool as it came: nothing pending, SQLAlchemy's own transactions."""
        if self.owns_transaction:
            self.rollback()
            self.raw.autocommit = False

    def cursor(self) -> CompatCursor:
        return CompatCursor(self)

    def execute(self, sql: str, params: Any = None) -> CompatCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> CompatCursor:
        return self.cursor().executemany(sql, rows)

    def commit(self) -> None:
        if not self.owns_transaction:
            self.raw.commit()
        elif not self._idle():
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if not self.owns_transaction:
            self.raw.rollback()
        elif not self._idle():
            self.raw.execute("ROLLBACK")


@lru_cache(maxsize=1)
def _id_tables() -> frozenset[str]:
    """Tables whose rows get a serial `id` (sqlite3 would report it as lastrowid)."""
    from sqlmodel import SQLModel

    import crm_desktop.core.models  # noqa: F401  (registers the tables)

    return frozenset(
        name
        for name, table in SQLModel.metadata.tables.items()
        if [c.name for c in table.primary_key.columns] == ["id"]
    )

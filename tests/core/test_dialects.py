"""One module per dialect with the same functions; PostgreSQL reads the core's SQLite-flavoured
SQL through a translation, checked here statement by statement and then on a real server."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.core.db import dialects
from crm_desktop.core.db.dialects import pg_translate, postgresql, sqlite
from crm_desktop.core.errors import DatabaseUnreachable, UnsupportedDatabase


def test_each_dialect_module_offers_the_same_functions() -> None:
    def public(module: object) -> set[str]:
        return {
            name
            for name, value in vars(module).items()
            if callable(value) and not name.startswith("_") and value.__module__ == module.__name__
        }

    assert public(sqlite) == public(postgresql)
    assert dialects.for_name("sqlite") is sqlite and dialects.for_name("postgresql") is postgresql


def test_other_databases_are_refused_with_one_clear_line() -> None:
    from crm_desktop.core.db.engine import database_url

    with pytest.raises(UnsupportedDatabase, match="not supported"):
        database_url("mysql://user@host/db")
    with pytest.raises(UnsupportedDatabase):
        dialects.for_name("oracle")
    # Whatever driver the URL names, psycopg (3) is the one the dialect is written for.
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_the_sqlite_search_term_is_one_phrase() -> None:
    assert sqlite.customer_search_term('ab"c') == '"ab""c"'


def test_the_server_search_term_is_a_literal_substring() -> None:
    assert postgresql.customer_search_term("50%_a\\b") == "%50\\%\\_a\\\\b%"


# (the core's SQL, what the server is sent)
TRANSLATIONS = [
    (
        "SELECT id FROM t WHERE a = ? AND b LIKE '%x?'",
        "SELECT id FROM t WHERE a = %s AND b LIKE '%%x?'",
    ),
    (
        "INSERT OR IGNORE INTO tag(name) VALUES (?)",
        "INSERT INTO tag(name) VALUES (%s) ON CONFLICT DO NOTHING",
    ),
    (
        "INSERT OR REPLACE INTO analytics_horizon (id, epoch) VALUES (1, ?)",
        (
            "INSERT INTO analytics_horizon (id, epoch) VALUES (1, %s) ON CONFLICT (id) DO UPDATE "
            "SET epoch = excluded.epoch"
        ),
    ),
    (
        "SELECT SUM(x) FROM (SELECT 1 AS x) GROUP BY 1",
        "SELECT SUM(x) FROM (SELECT 1 AS x) AS _q1 GROUP BY 1",
    ),
    (
        "SELECT a FROM (SELECT 1 AS a) AS named",
        "SELECT a FROM (SELECT 1 AS a) AS named",
    ),
    (
        "SELECT CAST(julianday(d) AS INTEGER)",
        "SELECT julianday_day(d)",
    ),
    (
        "SELECT 1 << i, a IS NOT b, a IS NOT NULL",
        "SELECT CAST(1 AS BIGINT) << i, a IS DISTINCT FROM b, a IS NOT NULL",
    ),
    (
        "SELECT k.left FROM contact k WHERE NOT k.left LEFT JOIN x",
        'SELECT k."left" FROM contact k WHERE k."left" = 0 LEFT JOIN x',
    ),
    (
        "SELECT ?2, ?1",
        "SELECT %(p2)s, %(p1)s",
    ),
    (
        "SELECT :day, '10:30'::text",
        "SELECT %(day)s, '10:30'::text",
    ),
    (
        "INSERT INTO cube (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = n + excluded.n",
        (
            "INSERT INTO cube (k, n) VALUES (%s, 1) ON CONFLICT (k) DO UPDATE SET n = cube.n + "
            "excluded.n"
        ),
    ),
    (
        "CREATE TABLE t (a INTEGER PRIMARY KEY) WITHOUT ROWID",
        "CREATE TABLE t (a INTEGER PRIMARY KEY)",
    ),
]


@pytest.mark.parametrize(("sqlite_sql", "server_sql"), TRANSLATIONS)
def test_the_translation_of_sqlite_words(sqlite_sql: str, server_sql: str) -> None:
    assert pg_translate.translate(sqlite_sql) == server_sql


def test_parameters_are_stored_as_sqlite_stores_them() -> None:
    from datetime import date

    sql, params = pg_translate.statement("SELECT ?, ?, ?", (True, date(2026, 1, 2), "x"))
    assert params == [1, "2026-01-02", "x"]
    sql, params = pg_translate.statement("SELECT ?2 + ?1", (1, 2))
    assert params == {"p1": 1, "p2": 2}
    # No parameters: nothing for the driver to parse, a % stays as it is.
    assert pg_translate.statement("SELECT '100%'", ()) == ("SELECT '100%'", None)


def test_an_unreachable_server_is_one_clear_line_with_the_password_hidden() -> None:
    from crm_desktop.core.db.engine import make_engine

    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseUnreachable, match="cannot connect") as raised:
        make_engine("postgresql+psycopg://clerk:secret@127.0.0.1:1/crm")
    assert "secret" not in str(raised.value)
    assert len(str(raised.value).splitlines()) == 1


@pytest.mark.both_databases
def test_sqlite_semantics_hold_on_both(core: Any) -> None:
    """What the core's SQL counts on, asked of each database the same way."""
    from crm_desktop.core.db.connections import raw_sqlite

    with raw_sqlite(core.engine) as raw:
        row = raw.execute(
            "SELECT CAST(julianday('2026-01-01') AS INTEGER), julianday('2026-03-01')"
            " - julianday('2026-02-01'), SUM(x > 1), MAX(x > 2), (2 > 1) * 5, 3 + (1 > 2),"
            " group_concat(CAST(x AS TEXT)) IS NOT NULL, SUM(x) / 2"
            " FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3)"
        ).fetchone()
        assert tuple(row) == (2461041, 28.0, 2, 1, 5, 3, 1, 3)
        cursor = raw.cursor()
        cursor.execute("INSERT INTO tag(name) VALUES (?)", ("新开户",))
        first = cursor.lastrowid
        cursor.execute("INSERT INTO tag(name) VALUES (?)", ("特供",))
        assert cursor.lastrowid == first + 1
        cursor.execute("INSERT OR IGNORE INTO tag(name) VALUES (?)", ("特供",))
        assert cursor.rowcount == 0
        raw.commit()
        # An outer SAVEPOINT is a transaction of its own: RELEASE commits it.
        raw.execute("SAVEPOINT s")
        raw.execute("DELETE FROM tag WHERE name = ?", ("特供",))
        raw.execute("RELEASE s")
    assert [t for _i, t in core.customers.tags()] == ["新开户"]

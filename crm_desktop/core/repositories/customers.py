"""Customer list queries: filters → ordered ids, ids → rows. Never commits.

Written against a bare DB-API `fetch(sql, params)` so the main window can show the list from
the standard library's sqlite3 before SQLAlchemy has even been imported (start-up time).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from crm_desktop.core.db.dialects import sqlite as sqlite_dialect
from crm_desktop.core.repositories.list_types import CustomerFilter, CustomerRow

Fetch = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

ROW_SQL = (
    "SELECT c.id, c.name, c.code, c.region, c.channel, c.category, o.name, c.phone, c.active"
    " FROM customer c LEFT JOIN owner o ON o.id = c.owner_id WHERE c.id IN ({ids})"
)


def _upper_bound(prefix: str) -> str:
    """The smallest string above every string starting with `prefix` (for range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _search_clause(query: str, params: list[Any], fts: bool, dialect: ModuleType) -> str:
    raw = unicodedata.normalize("NFKC", query).strip().replace(" ", "")
    q = raw.lower()
    if not q:
        return ""
    stripped = q.replace("-", "")
    if stripped.isdigit():
        q = raw = stripped  # 138-1234 finds 13812345678
    if fts and len(q) >= 3:
        # The trigram index answers any substring of name, code, pinyin, initials, phone digits.
        params.append(dialect.customer_search_term(q))
        return dialect.customer_search_clause()
    # 1–2 characters: trigrams cannot answer, and a substring scan of 100,000 rows is too slow
    # for typing; these match the START of the name, code, initials or full pinyin instead,
    # each an index range scan (`bj` → 北京…, `北京` → 北京…, `c00` → C001…).
    # Codes of one office usually share their first letter (C0001…), so a single character
    # is read as a pinyin initial, not as a code.
    # One Latin letter is an initial: the names whose pinyin starts with it are the same set.
    params += [q, _upper_bound(q), raw, _upper_bound(raw)]
    within = dialect.prefix_range
    sql = (
        f"c.id IN (SELECT id FROM customer WHERE {within('search_initials')}"
        f" UNION ALL SELECT id FROM customer WHERE {within('name')}"
    )
    if len(q) > 1:
        params += [q, _upper_bound(q), q, _upper_bound(q)]
        sql += (
            f" UNION ALL SELECT id FROM customer WHERE {within('search_pinyin')}"
            f" UNION ALL SELECT id FROM customer WHERE {within('lower(code)')}"
        )
    return sql + ")"


def _where(flt: CustomerFilter, params: list[Any], fts: bool, dialect: ModuleType) -> str:
    where = [] if flt.include_inactive else ["c.active = 1"]
    clause = _search_clause(flt.query, params, fts, dialect)
    if clause:
        where.append(clause)
    for column in ("region", "channel", "category"):
        value = getattr(flt, column)
        if value:
            where.append(f"c.{column} = ?")
            params.append(value)
    if flt.owner_id is not None:
        where.append("c.owner_id = ?")
        params.append(flt.owner_id)
    if flt.tag_id is not None:
        where.append("c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = ?)")
        params.append(flt.tag_id)
    if flt.operator_id is not None:  # "my customers": owned by or shared with the operator
        where.append(
            "(c.owner_id IN (SELECT owner_id FROM operator WHERE id = ?)"
            " OR c.id IN (SELECT customer_id FROM customer_share WHERE operator_id = ?))"
        )
        params.extend((flt.operator_id, flt.operator_id))
    return " WHERE " + " AND ".join(where) if where else ""


def search_ids(
    fetch: Fetch,
    flt: CustomerFilter,
    fts: bool = True,
    limit: int | None = None,
    dialect: ModuleType = sqlite_dialect,
) -> list[int]:
    """Matching ids in list order (pinyin); `limit` gives the first screenful quickly.
    `dialect`: the database's SQL for the search (dialects.sqlite or .postgresql)."""
    params: list[Any] = []
    sql = (
        "SELECT c.id FROM customer c"
        + _where(flt, params, fts, dialect)
        + " ORDER BY c.sort_key, c.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in fetch(sql, params)]


def count(
    fetch: Fetch, flt: CustomerFilter, fts: bool = True, dialect: ModuleType = sqlite_dialect
) -> int:
    params: list[Any] = []
    where = _where(flt, params, fts, dialect)
    return int(fetch("SELECT COUNT(*) FROM customer c" + where, params)[0][0])


def rows(fetch: Fetch, ids: Sequence[int]) -> list[CustomerRow]:
    """Rows for the given ids, in the order given (the list model asks a page at a time)."""
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ",".join(str(int(i)) for i in ids[start : start + 500])
        for r in fetch(ROW_SQL.format(ids=chunk), ()):
            found[r[0]] = CustomerRow(
                id=r[0],
                name=r[1],
                code=r[2],
                region=r[3],
                channel=r[4],
                category=r[5],
                owner=r[6],
                phone=r[7],
                active=bool(r[8]),
            )
    return [found[i] for i in ids if i in found]


def regions(fetch: Fetch) -> list[str]:
    return [
        r
        for (r,) in fetch(
            "SELECT DISTINCT region FROM customer WHERE region IS NOT NULL ORDER BY region", ()
        )
    ]


def owners(fetch: Fetch) -> list[tuple[int, str]]:
    return [
        (i, n) for i, n in fetch("SELECT id, name FROM owner WHERE active = 1 ORDER BY name", ())
    ]


def tags(fetch: Fetch) -> list[tuple[int, str]]:
    return [(i, n) for i, n in fetch("SELECT id, name FROM tag ORDER BY name", ())]


class SqliteCustomerList:
    """The list queries over a plain sqlite3 connection (read-only use, opened in milliseconds)."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(str(path), check_same_thread=False)
        self.con.execute("PRAGMA case_sensitive_like=ON")

    def fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, tuple(params)).fetchall()

    def schema_revision(self) -> str | None:
        try:
            row = self.con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    @classmethod
    def open_current(cls, path: Path) -> SqliteCustomerList | None:
        """The list of the database file at `path` when its schema is this version's; None
        when it is missing, new, older or newer (the core then opens, or refuses, it).
        Raises DamagedDatabase for a file that is not a healthy SQLite database."""
        from crm_desktop.core.db.schema_version import HEAD
        from crm_desktop.core.db.sqlite_file import check_sqlite_file

        if not path.exists():
            return None
        check_sqlite_file(path)
        found = cls(path)
        if found.schema_revision() == HEAD:
            return found
        found.close()
        return None

    def search(self, flt: CustomerFilter, limit: int | None = None) -> list[int]:
        return search_ids(self.fetch, flt, limit=limit)

    def count(self, flt: CustomerFilter) -> int:
        return count(self.fetch, flt)

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        return rows(self.fetch, ids)

    def regions(self) -> list[str]:
        return regions(self.fetch)

    def owners(self) -> list[tuple[int, str]]:
        return owners(self.fetch)

    def tags(self) -> list[tuple[int, str]]:
        return tags(self.fetch)

    def has_operators(self) -> bool:
        """Whether the window must ask for a sign-in before it shows any customer."""
        return bool(self.fetch("SELECT 1 FROM operator WHERE active = 1 LIMIT 1", ()))

    def close(self) -> None:
        self.con.close()

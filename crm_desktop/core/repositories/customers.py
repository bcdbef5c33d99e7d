"""Customer list queries: filters → ordered ids, ids → rows. Never commits."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from sqlalchemy import Connection, text

from crm_desktop.core.services.dto import CustomerFilter, CustomerRow

ROW_SQL = """
SELECT c.id, c.name, c.code, c.region, c.channel, c.category, o.name, c.phone, c.active
FROM customer c LEFT JOIN owner o ON o.id = c.owner_id
WHERE c.id IN ({placeholders})
"""


def normalise_query(query: str) -> str:
    return unicodedata.normalize("NFKC", query).strip().lower().replace(" ", "")


def _fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _search_clause(query: str, params: dict[str, object], dialect: str) -> str:
    q = normalise_query(query)
    if not q:
        return ""
    digits = "".join(ch for ch in q if ch.isdigit())
    if digits and len(digits) == len(q.replace("-", "")):
        q = digits
    params["q"] = q
    params["q_prefix"] = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if dialect == "sqlite" and len(q) >= 3:
        # The trigram index answers any substring of name, code, pinyin, initials, phone digits.
        params["q_fts"] = _fts_phrase(q)
        return "c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH :q_fts)"
    # 1–2 characters: trigrams cannot answer; indexed prefixes on the pinyin columns, and a
    # substring test on the short name column.
    return (
        "(c.search_initials LIKE :q_prefix ESCAPE '\\' OR c.search_pinyin LIKE :q_prefix ESCAPE '\\'"
        " OR instr(lower(c.name), :q) > 0 OR lower(c.code) LIKE :q_prefix ESCAPE '\\')"
    )


def search_ids(con: Connection, flt: CustomerFilter) -> list[int]:
    params: dict[str, object] = {}
    where = [] if flt.include_inactive else ["c.active = 1"]
    clause = _search_clause(flt.query, params, con.dialect.name)
    if clause:
        where.append(clause)
    for column in ("region", "channel", "category"):
        value = getattr(flt, column)
        if value:
            where.append(f"c.{column} = :{column}")
            params[column] = value
    if flt.owner_id is not None:
        where.append("c.owner_id = :owner_id")
        params["owner_id"] = flt.owner_id
    if flt.tag_id is not None:
        where.append("c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = :tag_id)")
        params["tag_id"] = flt.tag_id
    sql = "SELECT c.id FROM customer c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.sort_key, c.id"
    return [row[0] for row in con.execute(text(sql), params)]


def rows(con: Connection, ids: Sequence[int]) -> list[CustomerRow]:
    """Rows for the given ids, in the order given (the list model asks for a page at a time)."""
    if not ids:
        return []
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        placeholders = ",".join(str(int(i)) for i in chunk)
        for r in con.exec_driver_sql(ROW_SQL.format(placeholders=placeholders)):
            found[r[0]] = CustomerRow(
                id=r[0], name=r[1], code=r[2], region=r[3], channel=r[4], category=r[5],
                owner=r[6], phone=r[7], active=bool(r[8]),
            )
    return [found[i] for i in ids if i in found]

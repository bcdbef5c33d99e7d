"""PostgreSQL's versions of dialects/sqlite.py's functions, for the shared-server work: until
it fills them, each raises `DialectNotReady` (code dialect_not_ready) saying which feature
is missing, so nothing half-works against a server."""

from __future__ import annotations

from typing import Any, NoReturn

from crm_desktop.core.errors import DialectNotReady


def _not_ready(feature: str) -> NoReturn:
    raise DialectNotReady(dialect="PostgreSQL", feature=feature)


def on_connect(dbapi_connection: Any, _record: object = None) -> None:
    _not_ready("the connection settings")


def use_write_ahead_log(con: Any) -> None:
    _not_ready("the journal setting")


def customer_search_clause() -> str:
    _not_ready("the customer full-text search")


def customer_search_term(query: str) -> str:
    _not_ready("the customer full-text search")


def triggers(cursor: Any, *, table: str | None = None, prefix: str | None = None) -> list[Any]:
    _not_ready("the maintained tables' triggers")

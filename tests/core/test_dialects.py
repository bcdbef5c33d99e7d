"""One module per dialect: SQLite's is the one in use; PostgreSQL's refuses each feature with
a coded error until the shared-server work fills it; anything else is not supported."""

from __future__ import annotations

import pytest

from crm_desktop.core.db import dialects
from crm_desktop.core.db.dialects import postgresql, sqlite
from crm_desktop.core.errors import DialectNotReady, UnsupportedDatabase


def test_each_dialect_module_offers_the_same_functions() -> None:
    def public(module: object) -> set[str]:
        return {
            name
            for name, value in vars(module).items()
            if callable(value) and not name.startswith("_") and value.__module__ == module.__name__
        }

    assert public(sqlite) == public(postgresql)
    assert dialects.for_name("sqlite") is sqlite and dialects.for_name("postgresql") is postgresql


def test_postgresql_says_which_feature_is_not_ready_and_other_databases_are_refused() -> None:
    with pytest.raises(DialectNotReady, match="full-text search") as raised:
        postgresql.customer_search_clause()
    assert raised.value.code == "dialect_not_ready"
    with pytest.raises(UnsupportedDatabase):
        dialects.for_name("oracle")


def test_the_sqlite_search_term_is_one_phrase() -> None:
    assert sqlite.customer_search_term('ab"c') == '"ab""c"'

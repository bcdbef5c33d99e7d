from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.core.db import migrate
from crm_desktop.core.db.engine import make_engine
from crm_desktop.core.db.schema_version import HEAD
from crm_desktop.core.errors import DamagedDatabase, UnsupportedDatabase


def test_schema_version_constant_matches_alembic_head(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "x.sqlite3"))
    assert migrate.head_revision(engine) == HEAD


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "new.sqlite3"))
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == HEAD
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        tables = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"customer", "contact", "licence", "note", "credit", "sale", "plan", "payment",
            "complaint", "tag", "customer_tag", "owner", "product", "customer_fts"} <= tables


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabase):
        make_engine(str(path))
    assert path.read_bytes() == before


def test_truncated_database_is_refused(tmp_path: Path, template_db: Path) -> None:
    path = tmp_path / "cut.sqlite3"
    data = template_db.read_bytes()
    path.write_bytes(data[:100])
    with pytest.raises(DamagedDatabase):
        make_engine(str(path))


def test_postgres_url_is_not_supported_yet() -> None:
    with pytest.raises(UnsupportedDatabase):
        make_engine("postgresql+psycopg://user@host/db")


def test_money_is_stored_as_integer_fen(core: object) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.core.services.dto import CustomerInput, SaleInput

    cid = core.customers.create(CustomerInput(name="甲"))  # type: ignore[attr-defined]
    core.sales.add(cid, SaleInput(date=date(2026, 1, 2), amount=Decimal("0.10") + Decimal("0.20")))  # type: ignore[attr-defined]
    path = core.engine.url.database  # type: ignore[attr-defined]
    con = sqlite3.connect(path)
    assert con.execute("SELECT amount, typeof(amount) FROM sale").fetchone() == (30, "integer")

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.core.db import migrate
from crm_desktop.core.db.engine import make_engine
from crm_desktop.core.db.schema_version import HEAD
from crm_desktop.core.errors import DamagedDatabase, UnsupportedDatabase
from crm_desktop.core.services.dto import CustomerFilter


def test_schema_version_constant_matches_alembic_head(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    engine = make_engine(str(tmp_path / "x.sqlite3"))
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    assert script.get_current_head() == HEAD


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "new.sqlite3"))
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == HEAD
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        tables = {
            r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {
        "customer",
        "contact",
        "licence",
        "note",
        "credit",
        "sale",
        "plan",
        "payment",
        "complaint",
        "tag",
        "customer_tag",
        "owner",
        "product",
        "customer_fts",
    } <= tables


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


def test_a_server_url_is_served_and_other_databases_are_refused() -> None:
    from crm_desktop.core.errors import DatabaseUnreachable

    # A PostgreSQL URL is a database now: an unknown host is "cannot connect", not "unsupported".
    with pytest.raises(DatabaseUnreachable):
        make_engine("postgresql+psycopg://user@host.invalid/db")
    with pytest.raises(UnsupportedDatabase):
        make_engine("mysql://user@host/db")


def test_money_is_stored_as_integer_fen(core: object) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.core.services.dto import CustomerInput, SaleInput

    cid = core.customers.create(CustomerInput(name="甲"))  # type: ignore[attr-defined]
    core.sales.add(cid, SaleInput(date=date(2026, 1, 2), amount=Decimal("0.10") + Decimal("0.20")))  # type: ignore[attr-defined]
    path = core.engine.url.database  # type: ignore[attr-defined]
    con = sqlite3.connect(path)
    assert con.execute("SELECT amount, typeof(amount) FROM sale").fetchone() == (30, "integer")


def test_opening_never_upgrades_an_older_database(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.core.errors import SchemaBehind
    from crm_desktop.core.facade import open_core, upgrade_database

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0004_rollup_column_order")
    engine.dispose()
    with pytest.raises(SchemaBehind) as refused:
        open_core(str(path))
    assert refused.value.code == "schema_behind" and "0004_rollup_column_order" in str(
        refused.value
    )
    engine = make_engine(str(path))
    assert migrate.current_revision(engine) == "0004_rollup_column_order"  # untouched
    engine.dispose()
    assert not (tmp_path / "backups").exists()

    upgraded = upgrade_database(str(path))
    assert (upgraded.before, upgraded.after, upgraded.changed) == (
        "0004_rollup_column_order",
        HEAD,
        True,
    )
    assert upgraded.backup is not None and upgraded.backup.parent == tmp_path / "backups"
    from crm_desktop.core.backup import unpack

    backup = sqlite3.connect(unpack(upgraded.backup, tmp_path / "unpacked.sqlite3"))
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0004_rollup_column_order",
    )
    backup.close()
    core = open_core(str(path))
    assert core.customers.count(CustomerFilter()) == 0
    core.close()
    assert upgrade_database(str(path)).changed is False


def test_a_new_database_is_created_only_when_asked(tmp_path: Path) -> None:
    from crm_desktop.core.errors import SchemaBehind
    from crm_desktop.core.facade import open_core, upgrade_database

    path = tmp_path / "new.sqlite3"
    with pytest.raises(SchemaBehind):
        open_core(str(path))
    created = upgrade_database(str(path))
    assert (created.before, created.after, created.backup) == (None, HEAD, None)
    open_core(str(path)).close()


def test_a_database_of_a_newer_version_is_refused_and_left_alone(
    tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.errors import SchemaAhead, UnusableInput
    from crm_desktop.core.facade import open_core, upgrade_database

    path = tmp_path / "newer.sqlite3"
    path.write_bytes(template_db.read_bytes())
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    for step in (open_core, upgrade_database):
        with pytest.raises(SchemaAhead) as refused:
            step(str(path))
        assert isinstance(refused.value, UnusableInput) and refused.value.code == "schema_ahead"
        assert "0099_from_the_future" in str(refused.value)
    assert path.read_bytes() == before


def test_the_command_line_upgrades_an_older_database_and_keeps_a_backup(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.cli import main

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0003_analytics_rollups")
    engine.dispose()
    assert main(["--db", str(path), "export", str(tmp_path / "out.json")]) == 0
    assert len(list((tmp_path / "backups").glob("*-upgrade-*.sqlite3.gz"))) == 1
    engine = make_engine(str(path))
    assert migrate.current_revision(engine) == HEAD
    engine.dispose()

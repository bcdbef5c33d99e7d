"""On Linux and macOS the office's data is readable by its user only: the database with its
-wal and -shm, every backup and the folders created for them, whatever the umask says."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from crm_desktop.core.services.dto import CustomerInput

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def lax_umask() -> Iterator[None]:
    """The usual 022: without the app's care every file would be world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[object]:
    from crm_desktop.core.facade import open_core, upgrade_database

    path = tmp_path / "data" / "crm.sqlite3"
    upgrade_database(str(path))
    core = open_core(str(path))
    core.customers.create(CustomerInput(name="北京医药有限公司"))
    yield core
    core.close()


def test_a_new_database_and_its_wal_and_shm_are_private(office: object) -> None:
    database = Path(office.engine.url.database)  # type: ignore[attr-defined]
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    assert wal.exists() and shm.exists()
    assert [mode(p) for p in (database, wal, shm)] == [0o600] * 3
    assert mode(database.parent) == 0o700  # the data folder was created for it


def test_backups_and_their_folder_are_private(office: object, tmp_path: Path) -> None:
    from crm_desktop.cli import main

    database = Path(office.engine.url.database)  # type: ignore[attr-defined]
    manual = office.backups.back_up_now()  # type: ignore[attr-defined]
    daily = office.backups.daily_backup(datetime(2026, 11, 25, 8, 0))  # type: ignore[attr-defined]
    assert manual.parent == daily.parent == database.parent / "backups"
    assert mode(manual.parent) == 0o700
    assert mode(manual) == mode(daily) == 0o600
    plain = tmp_path / "elsewhere" / "copy.sqlite3"
    assert main(["--db", str(database), "backup", str(plain)]) == 0
    assert mode(plain) == 0o600 and mode(plain.parent) == 0o700
    assert not list(manual.parent.glob("*.partial"))


def test_the_upgrade_backup_is_private(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine
    from crm_desktop.core.facade import upgrade_database

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0005_rollup_index_dimensions")
    engine.dispose()
    upgraded = upgrade_database(str(path))
    assert upgraded.backup is not None
    assert mode(upgraded.backup) == 0o600 and mode(upgraded.backup.parent) == 0o700


def test_a_restored_database_and_the_data_it_replaced_are_private(office: object) -> None:
    from crm_desktop.core.backup import restore
    from crm_desktop.core.facade import open_core

    database = Path(office.engine.url.database)  # type: ignore[attr-defined]
    made = office.backups.back_up_now()  # type: ignore[attr-defined]
    office.close()  # type: ignore[attr-defined]
    os.chmod(database, 0o644)  # a file an older version left readable by all
    safety = restore(made, database)
    assert safety is not None and mode(safety) == 0o600
    assert mode(database) == 0o600
    reopened = open_core(str(database))
    try:
        reopened.customers.create(CustomerInput(name="上海连锁"))
        assert mode(Path(f"{database}-wal")) == mode(Path(f"{database}-shm")) == 0o600
    finally:
        reopened.close()

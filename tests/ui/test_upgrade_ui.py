"""The window opens an older database by asking for its upgrade, and says where the old file is."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def test_the_window_upgrades_an_older_database_and_says_where_the_old_file_is(
    qtbot: Any, tmp_path: Path
) -> None:
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine
    from crm_desktop.core.db.schema_version import HEAD
    from crm_desktop.ui.app import make_application, open_window

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0004_rollup_column_order")
    engine.dispose()
    make_application()
    window = open_window(str(path))
    qtbot.addWidget(window)
    backups = list((tmp_path / "backups").glob("old-upgrade-*.sqlite3.gz"))
    assert len(backups) == 1
    assert str(backups[0]) in window.statusBar().currentMessage()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    con.close()
    window.core.close()


def test_the_window_refuses_a_database_of_a_newer_version(
    qtbot: Any, tmp_path: Path, template_db: Path
) -> None:
    import pytest

    from crm_desktop.core.errors import SchemaAhead
    from crm_desktop.ui.app import make_application, open_window

    path = tmp_path / "newer.sqlite3"
    path.write_bytes(template_db.read_bytes())
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    make_application()
    with pytest.raises(SchemaAhead, match="newer crm-desktop"):
        open_window(str(path))
    assert path.read_bytes() == before

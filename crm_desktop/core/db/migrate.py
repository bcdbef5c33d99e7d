"""Alembic owns the schema: back up the file, then upgrade to head, at every start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crm_desktop.core.db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as con:
        return MigrationContext.configure(con).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine) -> None:
    current = current_revision(engine)
    if current == head_revision(engine):
        return
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        # A schema change is the one write the user did not ask for: keep the old file.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_dir = path.parent / "backups"
        backup_dir.mkdir(exist_ok=True)
        with engine.connect() as con:
            con.exec_driver_sql(f"VACUUM INTO '{backup_dir / f'before-upgrade-{stamp}.sqlite3'}'")
    command.upgrade(alembic_config(engine), "head")

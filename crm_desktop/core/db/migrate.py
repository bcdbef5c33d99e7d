"""Alembic owns the schema: back up the file, then upgrade to head, at every start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from crm_desktop.core.db.engine import sqlite_path
from crm_desktop.core.db.schema_version import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as con:
        if not inspect(con).has_table("alembic_version"):
            return None
        return con.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine) -> None:
    """Alembic (15 MB, 0.3 s to import) is loaded only when the schema is not current."""
    current = current_revision(engine)
    if current == HEAD:
        return
    from alembic import command

    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        # A schema change is the one write the user did not ask for: keep the old file.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_dir = path.parent / "backups"
        backup_dir.mkdir(exist_ok=True)
        with engine.connect() as con:
            con.exec_driver_sql(f"VACUUM INTO '{backup_dir / f'before-upgrade-{stamp}.sqlite3'}'")
    command.upgrade(alembic_config(engine), "head")

"""Alembic owns the schema. Opening a database only checks its revision (`check_current`);
upgrading is a separate step the app and the command line ask for (`upgrade`), which backs
the file up first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from crm_desktop.core.db.engine import sqlite_path
from crm_desktop.core.db.schema_version import HEAD
from crm_desktop.core.errors import SchemaAhead, SchemaBehind

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


def is_known(revision: str) -> bool:
    """A revision this version has a migration for (its ids are the files' names), read
    without importing Alembic."""
    return (MIGRATIONS_DIR / "versions" / f"{revision}.py").is_file()


def check_current(engine: Engine) -> None:
    """Refuse a database whose schema is not this version's: behind (not upgraded, or a new
    empty file) or ahead (written by a newer version)."""
    current = current_revision(engine)
    if current == HEAD:
        return
    target = str(sqlite_path(engine) or engine.url.render_as_string())
    if current is not None and not is_known(current):
        raise SchemaAhead(target=target, current=current, head=HEAD)
    raise SchemaBehind(target=target, current=current or "(none)", head=HEAD)


def upgrade(engine: Engine) -> Path | None:
    """Create or upgrade the schema to head; returns the backup made of an older file first.
    Alembic (15 MB, 0.3 s to import) is loaded only when the schema is not current."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    if current is not None and not is_known(current):
        raise SchemaAhead(
            target=str(sqlite_path(engine) or engine.url.render_as_string()),
            current=current,
            head=HEAD,
        )
    from alembic import command

    path = sqlite_path(engine)
    backup = None
    if current is not None and path is not None and path.exists():
        # A schema change rewrites the user's data: keep the old file, checked and compressed.
        from crm_desktop.core.backup_schedule import UPGRADE, make_backup

        backup = make_backup(path, configured_backup_folder(engine, path), UPGRADE)
    command.upgrade(alembic_config(engine), "head")
    return backup


BACKUP_FOLDER_SETTING = "backup_folder"


def configured_backup_folder(engine: Engine, database: Path) -> Path:
    """The backups folder chosen in Settings (another drive, say), else `backups/` beside
    the database. Readable from any schema version that has the settings table."""
    from crm_desktop.core.backup_schedule import default_folder

    with engine.connect() as con:
        if inspect(con).has_table("setting"):
            value = con.execute(
                text("SELECT value FROM setting WHERE key = :k"), {"k": BACKUP_FOLDER_SETTING}
            ).scalar()
            if value:
                return Path(value)
    return default_folder(database)

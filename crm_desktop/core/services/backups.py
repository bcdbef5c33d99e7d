"""Backups as the window sees them: back up now, the daily automatic backup, the folder
setting, checking a file and noting a restore for the next start.

On a PostgreSQL server, "Back up now" writes a pg_dump archive (core/server_backup.py) to the
backups folder (default: the user data folder's backups/); the daily backup and the restore
are the server's business, not each PC's: a restore replaces every PC's data, so it is done
with `crm-desktop restore FILE`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core import backup_schedule, permissions
from crm_desktop.core.backup import BackupInfo, Progress, inspect_backup
from crm_desktop.core.changes import Changes
from crm_desktop.core.db.engine import sqlite_path
from crm_desktop.core.db.migrate import BACKUP_FOLDER_SETTING, configured_backup_folder
from crm_desktop.core.errors import ReadOnlyDatabase, UnusableInput
from crm_desktop.core.pending_restore import schedule_restore
from crm_desktop.core.private_files import private_folder
from crm_desktop.core.services.settings import SettingsService


class BackupService:
    def __init__(self, engine: Engine, settings: SettingsService, read_only: bool = False) -> None:
        self.engine = engine
        self.settings = settings
        self.read_only = read_only  # the window that owns the file backs it up, not this one

    @property
    def database(self) -> Path:
        path = sqlite_path(self.engine)
        if path is None:
            raise UnusableInput(
                "a server database is restored with `crm-desktop restore FILE`,"
                " while no PC has it open"
            )
        return path

    @property
    def on_server(self) -> bool:
        return sqlite_path(self.engine) is None

    @property
    def identity(self) -> Path:
        """What names this database on this PC: its file, or the server's address (a path
        only in form; never with the password)."""
        if self.on_server:
            return Path(self.engine.url.render_as_string(hide_password=True).replace(":", "_"))
        return self.database

    def folder(self) -> Path:
        if self.on_server:
            from crm_desktop.paths import user_data_dir

            # default_folder(x) is backups/ beside x: here the user data folder's backups/.
            return configured_backup_folder(self.engine, user_data_dir() / "server")
        return configured_backup_folder(self.engine, self.database)

    def set_folder(self, folder: Path | None) -> Changes:
        """None goes back to `backups/` beside the database."""
        if folder is not None:
            try:
                private_folder(folder)
                probe = folder / ".crm-write-test"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                raise UnusableInput(
                    f"backups cannot be written to {folder}: {exc.strerror or exc}"
                ) from exc
        return self.settings.set(BACKUP_FOLDER_SETTING, str(folder.resolve()) if folder else "")

    def back_up_now(self, progress: Progress | None = None) -> Path:
        if self.on_server:
            from crm_desktop.core import server_backup

            url = self.engine.url.render_as_string(hide_password=False)
            return server_backup.backup_server(
                url, server_backup.default_backup_path(url, self.folder())
            )
        return backup_schedule.make_backup(
            self.database, self.folder(), backup_schedule.MANUAL, progress=progress
        )

    def daily_backup_due(self, now: datetime | None = None) -> bool:
        if self.on_server:
            return False
        return backup_schedule.daily_backup_due(
            self.folder(), self.database, (now or datetime.now()).date()
        )

    def daily_backup(
        self, now: datetime | None = None, progress: Progress | None = None
    ) -> Path | None:
        """The first start of a day backs the database up (and rotates the old copies)."""
        now = now or datetime.now()
        if self.read_only or not self.daily_backup_due(now):
            return None
        return backup_schedule.make_backup(
            self.database, self.folder(), backup_schedule.AUTO, now, progress
        )

    def backups(self) -> list[backup_schedule.Backup]:
        if self.on_server:
            return []
        return backup_schedule.backups_in(self.folder(), self.database)

    def inspect(self, backup_file: Path) -> BackupInfo:
        if self.on_server:
            _ = self.database  # says how a server database is restored
        return inspect_backup(backup_file)

    def schedule_restore(self, backup: BackupInfo) -> Path:
        """Note the restore of a backup `inspect` accepted, for the next start."""
        permissions.check(self.engine, permissions.RESTORE)
        if self.read_only:
            raise ReadOnlyDatabase(path=str(self.database))
        return schedule_restore(self.database, backup.path, checked=True)

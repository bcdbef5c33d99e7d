"""Automatic backups: one on the first start of each day and one before every schema
upgrade, rotated to keep 7 daily, 4 weekly and 12 monthly copies (grandfather-father-son).

Backups are named `<database>-<kind>-YYYYMMDD-HHMMSS.sqlite3.gz`, so the folder sorts by time
and the rotation needs nothing but the names: a copy the user drops there by hand is never
touched. Only `auto` backups rotate; `manual` and `upgrade` ones stay until the user deletes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from crm_desktop.core.backup import BACKUP_DIR_NAME, COMPRESSED_SUFFIX, Progress, compressed_backup

AUTO, MANUAL, UPGRADE = "auto", "manual", "upgrade"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>auto|manual|upgrade)-(?P<stamp>\d{8}-\d{6})\.sqlite3\.gz$"
)


@dataclass(frozen=True, order=True)
class Backup:
    taken_at: datetime
    kind: str
    path: Path


def default_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR_NAME


def backup_name(database: Path, kind: str, now: datetime) -> str:
    return f"{database.stem}-{kind}-{now:%Y%m%d-%H%M%S}{COMPRESSED_SUFFIX}"


def backups_in(folder: Path, database: Path) -> list[Backup]:
    """This database's backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem:
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(Backup(taken, match["kind"], path))
    return sorted(found)


def make_backup(
    database: Path,
    folder: Path,
    kind: str,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A checked, compressed backup of `kind` in `folder`; automatic ones are rotated after."""
    now = now or datetime.now()
    path = compressed_backup(database, folder / backup_name(database, kind, now), progress)
    if kind == AUTO:
        rotate(folder, database)
    return path


def daily_backup_due(folder: Path, database: Path, today: date) -> bool:
    """No automatic backup of this database was taken today."""
    return not any(
        b.kind == AUTO and b.taken_at.date() == today for b in backups_in(folder, database)
    )


def backups_to_keep(
    taken: list[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """The newest backup of each of the last `daily` days that have one, of the last `weekly`
    ISO weeks and of the last `monthly` months; the union of the three is kept."""
    keep: set[datetime] = set()
    for period, count in (
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ):
        newest: dict[object, datetime] = {}
        for stamp in taken:
            key = period(stamp)
            if key not in newest or stamp > newest[key]:
                newest[key] = stamp
        keep.update(newest[key] for key in sorted(newest, reverse=True)[:count])
    return keep


def rotate(folder: Path, database: Path) -> list[Path]:
    """Delete the automatic backups the schedule no longer keeps; returns what was deleted."""
    automatic = [b for b in backups_in(folder, database) if b.kind == AUTO]
    keep = backups_to_keep([b.taken_at for b in automatic])
    removed = []
    for item in automatic:
        if item.taken_at not in keep:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def latest_backup(database: Path, folders: list[Path]) -> Path | None:
    """The newest backup of `database` in any of `folders` (the configured one and the
    default one), of any kind: what a damaged start-up offers to restore."""
    found = [b for folder in folders for b in backups_in(folder, database)]
    return max(found).path if found else None

"""Backups: a consistent copy while the app may be running, and a checked restore.

SQLite's online backup API copies a live database page by page under its own locking, so a
backup taken while a clerk is typing is still a consistent snapshot. Automatic and "Back up
now" backups are gzip-compressed (`*.sqlite3.gz`) and checked twice: `PRAGMA
integrity_check` on the copy before it is compressed, and the gzip stream read back to its
CRC after it is written. A backup that fails either check is deleted, never kept half-made.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from crm_desktop.core.db.sqlite_file import SQLITE_HEADER
from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.private_files import (
    create_private_file,
    make_private,
    open_private,
    private_folder,
)

BACKUP_DIR_NAME = "backups"
COMPRESSED_SUFFIX = ".sqlite3.gz"
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
# A database compresses 2 to 10 times; a gzip bomb 1,000 times. A backup may unpack to 100 times
# its own size (and always to 1 GiB): past that it is refused before it fills the disk.
UNPACK_RATIO = 100
UNPACK_FLOOR = 1 << 30
# Level 1 packs a crm database to about a third of its size at several times the speed of
# level 6, which packs it only a few per cent smaller: a daily backup must be quick.
_GZIP_LEVEL = 1

Progress = Callable[[int, int], None]
# integrity_check walks every b-tree and index; with SQLite's default 2 MB page cache it rereads
# the same pages over and over. 64 MB (allocated only as pages are read) halves it on the
# 100,000-customer bench database (18.7 → 9.3 s); more gains little.
_CHECK_CACHE = "PRAGMA cache_size=-65536"


def default_backup_path(database: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return database.parent / BACKUP_DIR_NAME / f"{database.stem}-{stamp}.sqlite3"


def _copy(source_path: Path, target: Path, progress: Progress | None = None) -> None:
    """Page-by-page copy through SQLite's backup API into a new file, then moved in place."""
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        dest = sqlite3.connect(partial)
        try:

            def pages(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            # 4 MB steps (at 4 KB pages): the writer gets the lock back between steps.
            source.backup(dest, pages=1024, progress=pages)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dest.close()
    except sqlite3.DatabaseError:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(partial, target)


def backup(database: Path, target: Path) -> Path:
    """Copy `database` to `target` (overwritten), check the copy, and return it. A target
    ending in `.gz` is written compressed."""
    if target.name.endswith(".gz"):
        return compressed_backup(database, target)
    if not database.exists():
        raise UnusableInput(f"{database} does not exist: nothing to back up")
    private_folder(target.parent)
    try:
        _copy(database, target)
        _integrity(target)
    except (sqlite3.DatabaseError, UnusableInput) as exc:
        target.unlink(missing_ok=True)
        raise UnusableInput(f"{database} cannot be backed up: {exc}") from exc
    return target


def compressed_backup(database: Path, target: Path, progress: Progress | None = None) -> Path:
    """A checked, gzip-compressed copy of `database` at `target`. Progress runs over the
    copy (first half) and the compression (second half)."""
    if not database.exists():
        raise UnusableInput(f"{database} does not exist: nothing to back up")
    private_folder(target.parent)
    step = _halves(progress)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as scratch:
        copy = Path(scratch) / "copy.sqlite3"
        try:
            _copy(database, copy, step(0))
            _integrity(copy)
        except (sqlite3.DatabaseError, UnusableInput) as exc:
            raise UnusableInput(f"{database} cannot be backed up: {exc}") from exc
        partial = target.with_name(target.name + ".partial")
        try:
            _gzip(copy, partial, step(1))
            _verify_gzip(partial)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UnusableInput(f"the backup {target} could not be written: {exc}") from exc
        os.replace(partial, target)
    return target


def _halves(progress: Progress | None) -> Callable[[int], Progress | None]:
    if progress is None:
        return lambda _half: None

    def half(index: int) -> Progress:
        def report(done: int, total: int) -> None:
            progress(index * 1000 + (1000 * done // max(total, 1)), 2000)

        return report

    return half


def _gzip(source: Path, target: Path, progress: Progress | None) -> None:
    total = source.stat().st_size
    done = 0
    with (
        source.open("rb") as raw,
        open_private(target) as private,
        gzip.GzipFile(fileobj=private, mode="wb", compresslevel=_GZIP_LEVEL) as packed,
    ):
        while chunk := raw.read(_CHUNK):
            packed.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)


def _verify_gzip(path: Path) -> None:
    """Read the whole stream back: gzip checks its CRC and length at the end."""
    with gzip.open(path, "rb") as packed:
        while packed.read(_CHUNK * 4):
            pass


def _integrity(path: Path) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute(_CHECK_CACHE)
        status = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if status != "ok":
        raise UnusableInput(f"{path} is damaged: {status}")


def is_compressed(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def unpack(backup_file: Path, target: Path) -> Path:
    """The SQLite file inside a backup, at `target` (a plain backup is copied)."""
    private_folder(target.parent)
    try:
        if is_compressed(backup_file):
            limit = max(UNPACK_RATIO * backup_file.stat().st_size, UNPACK_FLOOR)
            with gzip.open(backup_file, "rb") as packed, open_private(target) as raw:
                _copy_at_most(packed, raw, limit, backup_file)
        else:
            with backup_file.open("rb") as plain, open_private(target) as raw:
                shutil.copyfileobj(plain, raw, _CHUNK)
    except UnusableInput:
        target.unlink(missing_ok=True)
        raise
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        target.unlink(missing_ok=True)
        raise UnusableInput(f"{backup_file} is damaged: {exc}") from exc
    return target


def _copy_at_most(source: BinaryIO, target: BinaryIO, limit: int, shown: Path) -> None:
    written = 0
    while chunk := source.read(_CHUNK):
        written += len(chunk)
        if written > limit:
            raise UnusableInput(
                f"{shown} unpacks to more than {limit / 2**30:.1f} GiB, {UNPACK_RATIO} times its"
                " own size: not a crm-desktop backup (a gzip bomb?); nothing was changed"
            )
        target.write(chunk)


@dataclass(frozen=True)
class BackupInfo:
    """What a user is shown before a restore: the file, its schema and how many customers."""

    path: Path
    revision: str
    customers: int
    taken_at: datetime


def check_backup(path: Path) -> str:
    """Raise UnusableInput unless `path` is an intact crm-desktop database (plain or gzip)
    of a schema this version knows; return its revision."""
    return inspect_backup(path).revision


def inspect_backup(path: Path) -> BackupInfo:
    """Check `path` as `check_backup` does and say what it holds."""
    if not path.is_file():
        raise UnusableInput(f"{path} does not exist")
    if is_compressed(path):
        with tempfile.TemporaryDirectory(prefix="crm-check-") as scratch:
            revision, customers = _check_database(
                unpack(path, Path(scratch) / "check.sqlite3"), shown=path
            )
    else:
        revision, customers = _check_database(path, shown=path)
    return BackupInfo(path, revision, customers, datetime.fromtimestamp(path.stat().st_mtime))


def _check_database(path: Path, shown: Path) -> tuple[str, int]:
    from crm_desktop.core.db.migrate import is_known

    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UnusableInput(f"{shown} is not a crm-desktop backup (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute(_CHECK_CACHE)
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise UnusableInput(f"{shown} is damaged: {status}")
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "customer", "sale", "contact"} <= tables:
                raise UnusableInput(f"{shown} is an SQLite file but not a crm-desktop database")
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            customers = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UnusableInput(f"{shown} is damaged: {exc}") from exc
    if not revision:
        raise UnusableInput(f"{shown} has no schema version")
    if not is_known(str(revision[0])):
        raise UnusableInput(
            f"{shown} was written by a newer crm-desktop (schema {revision[0]}); "
            "this version cannot read it"
        )
    return str(revision[0]), int(customers)


def keep_aside(database: Path, label: str) -> Path | None:
    """Copy the current data beside the backups before it is replaced; a damaged file (often
    why one restores) keeps its bytes as they are. None when there is nothing to keep."""
    if not database.exists():
        return None
    safety = default_backup_path(database)
    safety = safety.with_name(f"{safety.stem}-{label}.sqlite3")
    try:
        backup(database, safety)
    except UnusableInput:
        private_folder(safety.parent)
        shutil.copy2(database, safety)
        make_private(safety)
    return safety


def restore(backup_file: Path, database: Path) -> Path | None:
    """Replace `database` with `backup_file` after checking it; the current data is backed up
    first. Returns the safety backup of the replaced data (None when there was none). Nothing
    changes when the backup is refused."""
    check_backup(backup_file)
    safety = keep_aside(database, "before-restore")
    private_folder(database.parent)
    incoming = database.with_name(database.name + ".restoring")
    unpacked = unpack(backup_file, database.with_name(database.name + ".unpacked"))
    try:
        _copy(unpacked, incoming)
    finally:
        unpacked.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    os.replace(incoming, database)
    return safety

"""Backups a clerk can rely on: compressed and checked, one a day kept on a 7/4/12 schedule,
restores that refuse a bad or newer file and change nothing then."""

from __future__ import annotations

import gzip
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.core.backup import inspect_backup, restore, unpack
from crm_desktop.core.backup_schedule import (
    AUTO,
    MANUAL,
    backup_name,
    backups_in,
    backups_to_keep,
    latest_backup,
    make_backup,
    rotate,
)
from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.pending_restore import apply_pending_restore, note_path, schedule_restore
from crm_desktop.core.services.dto import CustomerInput


def customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def test_back_up_now_writes_a_checked_gzip_that_restores_the_data(
    core: object, db_path: Path, tmp_path: Path
) -> None:
    core.customers.create(CustomerInput(name="北京医药有限公司"))  # type: ignore[attr-defined]
    steps: list[tuple[int, int]] = []
    made = core.backups.back_up_now(lambda done, total: steps.append((done, total)))  # type: ignore[attr-defined]
    assert made.parent == db_path.parent / "backups" and made.name.endswith(".sqlite3.gz")
    assert made.read_bytes()[:2] == b"\x1f\x8b"
    assert steps and steps[-1] == (2000, 2000)
    assert not [
        p
        for p in made.parent.iterdir()
        if p.name.endswith(".partial") or p.name.startswith(".backup-")
    ]
    assert customers(unpack(made, tmp_path / "plain.sqlite3")) == 1
    info = inspect_backup(made)
    assert info.customers == 1


def test_the_daily_backup_is_made_once_a_day(core: object) -> None:
    day = datetime(2026, 11, 25, 8, 30)
    first = core.backups.daily_backup(day)  # type: ignore[attr-defined]
    assert first is not None and "-auto-20261125-083000" in first.name
    assert core.backups.daily_backup(day + timedelta(hours=3)) is None  # type: ignore[attr-defined]
    assert core.backups.daily_backup(day + timedelta(days=1)) is not None  # type: ignore[attr-defined]


def test_a_backup_folder_chosen_in_settings_is_used(core: object, tmp_path: Path) -> None:
    other_drive = tmp_path / "E" / "crm-backups"
    core.backups.set_folder(other_drive)  # type: ignore[attr-defined]
    made = core.backups.back_up_now()  # type: ignore[attr-defined]
    assert made.parent == other_drive.resolve()


def test_a_folder_that_cannot_be_written_is_refused(core: object, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UnusableInput, match="cannot be written"):
        core.backups.set_folder(blocker / "sub")  # type: ignore[attr-defined]
    assert core.backups.folder().name == "backups"  # type: ignore[attr-defined]


def test_the_schedule_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2025, 1, 1, 9, 0)
    taken = [start + timedelta(days=i) for i in range(500)]  # one a day for 500 days
    keep = backups_to_keep(taken)
    newest = taken[-1]
    daily = {t for t in keep if newest - t < timedelta(days=7)}
    assert len(daily) == 7
    # The newest of each of the 12 most recent months (the current one included) is kept.
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert taken[-1] == datetime(2026, 5, 15, 9, 0)
    assert min(keep) == datetime(2025, 6, 30, 9, 0)  # the newest of June 2025, the 12th month back
    assert len(keep) <= 7 + 4 + 12
    # Two backups on one day: only the newer counts for that day.
    assert backups_to_keep([start, start + timedelta(hours=5)]) == {start + timedelta(hours=5)}


def test_rotation_deletes_only_automatic_backups_of_this_database(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    start = datetime(2026, 1, 1, 9, 0)
    for i in range(40):
        (folder / backup_name(db_path, AUTO, start + timedelta(days=i))).write_bytes(b"x")
    manual = folder / backup_name(db_path, MANUAL, start)
    manual.write_bytes(b"x")
    by_hand = folder / "my copy.sqlite3"
    by_hand.write_bytes(b"x")
    other = folder / backup_name(tmp_path / "other.sqlite3", AUTO, start)
    other.write_bytes(b"x")
    removed = rotate(folder, db_path)
    left = [b for b in backups_in(folder, db_path) if b.kind == AUTO]
    assert len(removed) == 40 - len(left)
    assert len(left) == len(backups_to_keep([start + timedelta(days=i) for i in range(40)]))
    assert manual.exists() and by_hand.exists() and other.exists()


def test_making_an_automatic_backup_rotates_the_folder(core: object, db_path: Path) -> None:
    folder = db_path.parent / "backups"
    start = datetime(2026, 1, 1, 9, 0)
    for i in range(30):
        make_backup(db_path, folder, AUTO, start + timedelta(days=i))
    autos = [b for b in backups_in(folder, db_path) if b.kind == AUTO]
    assert len(autos) == len(backups_to_keep([start + timedelta(days=i) for i in range(30)]))
    assert latest_backup(db_path, [folder]) == autos[-1].path


def _newer_schema_backup(source: Path, target: Path) -> Path:
    plain = target.with_suffix("")
    con = sqlite3.connect(source)
    con.execute(f"VACUUM INTO '{plain}'")
    con.close()
    con = sqlite3.connect(plain)
    con.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    con.commit()
    con.close()
    with plain.open("rb") as raw, gzip.open(target, "wb") as packed:
        packed.write(raw.read())
    return target


@pytest.mark.parametrize("kind", ["newer", "truncated", "noise", "missing"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    core: object, db_path: Path, tmp_path: Path, kind: str
) -> None:
    core.customers.create(CustomerInput(name="上海连锁"))  # type: ignore[attr-defined]
    good = core.backups.back_up_now()  # type: ignore[attr-defined]
    bad = tmp_path / f"bad-{kind}.sqlite3.gz"
    if kind == "newer":
        _newer_schema_backup(db_path, bad)
    elif kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "noise":
        bad.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 40)
    before = db_path.read_bytes()
    with pytest.raises(UnusableInput) as refused:
        restore(bad, db_path)
    assert str(bad) in str(refused.value)
    if kind == "newer":
        assert "newer crm-desktop" in str(refused.value)
    assert db_path.read_bytes() == before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith((".restoring", ".unpacked"))]


def test_a_restore_noted_by_the_window_happens_at_the_next_start(
    core: object, db_path: Path
) -> None:
    core.customers.create(CustomerInput(name="甲"))  # type: ignore[attr-defined]
    made = core.backups.back_up_now()  # type: ignore[attr-defined]
    core.customers.create(CustomerInput(name="乙"))  # type: ignore[attr-defined]
    core.close()  # type: ignore[attr-defined]
    note = schedule_restore(db_path, made)
    assert note == note_path(db_path) and note.exists()
    done = apply_pending_restore(db_path)
    assert done is not None and done.backup == made.resolve()
    assert customers(db_path) == 1
    assert done.safety is not None and customers(done.safety) == 2
    assert not note.exists() and apply_pending_restore(db_path) is None


def test_a_bad_file_is_refused_before_a_restore_is_noted(db_path: Path, tmp_path: Path) -> None:
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(b"not a database" * 100)
    with pytest.raises(UnusableInput):
        schedule_restore(db_path, noise)
    assert not note_path(db_path).exists()


def test_a_database_locked_by_another_program_is_reported_as_locked(db_path: Path) -> None:
    from crm_desktop.core.errors import DatabaseLocked
    from crm_desktop.core.facade import open_core

    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="locked by another program"):
            open_core(str(db_path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_gzip_bomb_is_refused_before_it_fills_the_disk(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore unpacks a .gz to a scratch file: a stream that inflates past 100 times its
    size (and past the 1 GiB floor, lowered here) stops with one sentence, nothing left behind,
    the database untouched."""
    import crm_desktop.core.backup as backup

    monkeypatch.setattr(backup, "UNPACK_FLOOR", 4 << 20)
    bomb = tmp_path / "crm-bomb.sqlite3.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as packed:
        for _ in range(64):  # 64 MB of zeros: about 64 KB packed
            packed.write(bytes(1 << 20))
    before = db_path.read_bytes()
    scratch = tmp_path / "scratch" / "check.sqlite3"
    with pytest.raises(UnusableInput, match="gzip bomb"):
        unpack(bomb, scratch)
    assert not scratch.exists()
    with pytest.raises(UnusableInput, match="gzip bomb"):
        restore(bomb, db_path)
    assert db_path.read_bytes() == before

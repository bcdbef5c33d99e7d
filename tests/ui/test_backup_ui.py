"""Tools → Back up now / Restore…, the daily backup, and a damaged database at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QFileDialog, QMessageBox


def customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def test_back_up_now_writes_a_checked_backup(
    window: Any, qtbot: Any, demo_db: Path, messages: list
) -> None:
    tools = window.tools.menu
    assert [a.text() for a in tools.actions() if a.text()][:2] == [
        window.tools.backup_action.text(),
        window.tools.restore_action.text(),
    ]
    window.tools.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    kind, text = messages[-1]
    [made] = (demo_db.parent / "backups").glob("*-manual-*.sqlite3.gz")
    assert kind == "information" and str(made) in text


def test_the_daily_backup_runs_in_the_background(window: Any, qtbot: Any, demo_db: Path) -> None:
    window.tools.start_daily_backup()
    qtbot.waitUntil(
        lambda: any((demo_db.parent / "backups").glob("*-auto-*.sqlite3.gz")), timeout=20000
    )
    qtbot.waitUntil(lambda: "backup" in window.statusBar().currentMessage(), timeout=5000)


def test_restore_checks_asks_and_restarts_to_restore(
    window: Any, qtbot: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch, answer_questions: Any
) -> None:
    from crm_desktop.core.pending_restore import apply_pending_restore, note_path

    backup = window.core.backups.back_up_now()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), ""))
    )
    answer_questions(QMessageBox.StandardButton.Yes)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        staticmethod(lambda program, args: started.append((program, args)) or True),
    )
    window.tools.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(started), timeout=20000)
    assert "crm_desktop" in started[0][1] or started[0][0].endswith("crm-desktop")
    assert note_path(demo_db).exists()
    window.core.close()
    done = apply_pending_restore(demo_db)
    assert done is not None and customers(demo_db) == 40


def test_a_file_that_is_no_backup_is_refused_and_nothing_is_noted(
    window: Any,
    qtbot: Any,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list,
) -> None:
    from crm_desktop.core.pending_restore import note_path

    noise = tmp_path / "holiday photos.sqlite3.gz"
    noise.write_bytes(b"\x1f\x8b" + b"\x00" * 500)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(noise), ""))
    )
    window.tools.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    kind, text = messages[-1]
    assert kind == "critical" and "nothing was changed" in text and str(noise) in text
    assert not note_path(demo_db).exists()


def test_a_damaged_database_at_start_offers_the_latest_backup(
    qtbot: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.core.backup_schedule import AUTO, make_backup
    from crm_desktop.core.errors import DamagedDatabase
    from crm_desktop.ui.app import make_application, offer_latest_backup

    make_application()
    made = make_backup(demo_db, demo_db.parent / "backups", AUTO)
    for suffix in ("-wal", "-shm"):
        Path(str(demo_db) + suffix).unlink(missing_ok=True)
    damaged = demo_db.read_bytes()[:3000]  # the header survives, the pages do not
    demo_db.write_bytes(damaged)
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        [button] = [b for b in box.buttons() if "Restore" in b.text()]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    assert (
        offer_latest_backup(demo_db, DamagedDatabase(path=str(demo_db), reason="truncated")) is True
    )
    assert made.name in shown[0]
    assert customers(demo_db) == 40
    kept = [p for p in (demo_db.parent / "backups").iterdir() if "before-restore" in p.name]
    assert (
        len(kept) == 1 and kept[0].read_bytes() == damaged
    )  # the damaged bytes are kept as they were


def test_a_damaged_database_without_a_backup_says_why_and_stops(
    qtbot: Any, tmp_path: Path, messages: list
) -> None:
    from crm_desktop.core.errors import DamagedDatabase
    from crm_desktop.ui.app import make_application, offer_latest_backup

    make_application()
    path = tmp_path / "crm.sqlite3"
    path.write_bytes(b"garbage" * 100)
    assert (
        offer_latest_backup(path, DamagedDatabase(path=str(path), reason="not an SQLite file"))
        is False
    )
    assert messages and messages[-1][0] == "critical" and "not an SQLite file" in messages[-1][1]
    assert path.read_bytes() == b"garbage" * 100

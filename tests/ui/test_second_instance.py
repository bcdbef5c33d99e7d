"""A second start on a database another window has open: it is told so, and either brings
that window to the front (a real QLocalServer) or opens the data read-only, where every
write is refused with a dialog and nothing is lost. Two starts are simulated in one process
(two lock holders); a crashed owner is a real process killed."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from form_helpers import fill, save
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.ui.single_instance import DatabaseOwnership, bring_to_front, lock_path


def customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def owner(qtbot: Any, demo_db: Path) -> Iterator[DatabaseOwnership]:
    """The first window's claim on the file."""
    from crm_desktop.ui.app import make_application

    make_application()
    ownership = DatabaseOwnership(demo_db)
    assert ownership.acquire()
    yield ownership
    ownership.release()


@pytest.fixture
def answer_open_database(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Click the given buttons of the 'already open' question, one per time it is asked."""
    import crm_desktop.ui.app as app

    answers: list[str] = []
    monkeypatch.setattr(app, "ask_about_open_database", lambda _path: answers.pop(0))
    return answers


def test_only_one_start_owns_a_file_until_it_lets_go(owner: DatabaseOwnership, tmp_path: Path):
    second = DatabaseOwnership(owner.database)
    assert lock_path(owner.database).exists()
    assert not second.acquire()
    other_file = DatabaseOwnership(tmp_path / "another.sqlite3")
    assert other_file.acquire()
    other_file.release()
    owner.release()
    assert second.acquire()
    second.release()


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_the_lock_file_is_readable_by_its_user_only(qtbot: Any, tmp_path: Path) -> None:
    import os
    import stat

    from crm_desktop.ui.app import make_application

    make_application()
    previous = os.umask(0o022)  # the usual umask: files 0644 unless made private
    try:
        ownership = DatabaseOwnership(tmp_path / "crm.sqlite3")
        assert ownership.acquire()
        mode = stat.S_IMODE(lock_path(ownership.database).stat().st_mode)
        ownership.release()
    finally:
        os.umask(previous)
    assert mode == 0o600, oct(mode)


def test_the_lock_of_a_crashed_window_is_taken_over(qtbot: Any, tmp_path: Path) -> None:
    database = tmp_path / "crm.sqlite3"
    code = (
        "import sys, time\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "print(lock.tryLock(0), flush=True); time.sleep(120)\n"
    )
    crashed = subprocess.Popen(
        [sys.executable, "-c", code, str(lock_path(database))], stdout=subprocess.PIPE, text=True
    )
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "True"
    assert not DatabaseOwnership(database).acquire()  # alive: its lock holds
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=10)
    taker = DatabaseOwnership(database)
    assert taker.acquire()
    taker.release()


def test_the_question_offers_switch_read_only_and_cancel(
    qtbot: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.app import ask_about_open_database, make_application

    make_application()
    shown: list[tuple[str, list[str]]] = []
    for wanted, expected in (
        ("Switch to the open window", "switch"),
        ("Open read-only", "read_only"),
        ("Cancel", "cancel"),
    ):

        def click(box: QMessageBox, wanted: str = wanted) -> int:
            shown.append((box.text(), [b.text().replace("&", "") for b in box.buttons()]))
            [button] = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", click)
        assert ask_about_open_database(demo_db) == expected
    text, buttons = shown[0]
    assert "crm.sqlite3 is already open in another crm-desktop window" in text
    assert sorted(buttons) == ["Cancel", "Open read-only", "Switch to the open window"]


def test_switch_brings_the_open_window_to_the_front(
    window: Any, qtbot: Any, owner: DatabaseOwnership, answer_open_database: list[str]
) -> None:
    from crm_desktop.ui.app import claim_database

    owner.listen(lambda: bring_to_front(window))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=5000)
    answer_open_database.append("switch")
    assert claim_database(owner.database) is None  # the second start ends here
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    assert window.isVisible()


def test_switch_to_a_window_that_does_not_answer_asks_again(
    qtbot: Any, owner: DatabaseOwnership, answer_open_database: list[str], messages: list
) -> None:
    from crm_desktop.ui.app import claim_database

    answer_open_database.extend(["switch", "cancel"])  # no server listens: the owner hangs
    assert claim_database(owner.database) is None
    assert messages and "does not answer" in messages[-1][1] and answer_open_database == []


def test_read_only_window_shows_the_data_and_refuses_every_write(
    qtbot: Any,
    owner: DatabaseOwnership,
    answer_open_database: list[str],
    messages: list,
    drive_forms: Any,
    answer_questions: Any,
) -> None:
    from crm_desktop.core.facade import open_core
    from crm_desktop.core.services.dto import CustomerInput
    from crm_desktop.ui.app import claim_database, open_window

    database = owner.database
    answer_open_database.append("read_only")
    claim = claim_database(database)
    assert claim is not None and claim.read_only and claim.ownership is None
    window = open_window(str(database), claim.read_only)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10000)
    try:
        assert window.core.read_only and "read-only" in window.windowTitle()
        assert window.findChild(type(window.count_label), "read_only_notice").isVisible()
        disabled = [window.new_action, window.import_action, window.tools.restore_action]
        assert not any(a.isEnabled() for a in disabled)
        assert not window.acceptDrops()
        qtbot.waitUntil(lambda: not window.warnings.loading, timeout=20000)
        assert messages == []  # opening, the warnings and Today wrote nothing
        before = customers(database)
        window.list_panel.run_search()
        window.open_customer(window.list_panel.current_id())
        # A tab's Add: the form refuses to save with a dialog and keeps what was typed.
        opened = drive_forms([lambda d: (fill(d, name="钱进"), save(d))])
        window.detail.contacts.add_record()
        assert "read-only" in messages[-1][1] and opened[0].widgets["name"].text() == "钱进"
        # A tab's Remove: the refusal reaches the event loop and becomes the same dialog.
        contacts = window.detail.contacts
        contacts.table.selectRow(0)
        answer_questions(QMessageBox.StandardButton.Yes)
        count = len(messages)
        qtbot.mouseClick(contacts.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(messages) > count, timeout=5000)
        assert "Nothing was saved" in messages[-1][1]
        assert customers(database) == before
        # The owner's writes go on, and the read-only window reads them.
        writer = open_core(str(database))
        writer.customers.create(CustomerInput(name="写入窗口的新客户"))
        writer.close()
        assert customers(database) == before + 1
        assert window.core.customers.find("写入窗口的新客户")
    finally:
        window.close()
        window.core.close()


def test_a_folder_without_write_access_does_not_pass_for_another_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only share (simulated: the suite runs as root, who writes everywhere)."""
    from PySide6.QtCore import QLockFile

    monkeypatch.setattr(QLockFile, "tryLock", lambda self, timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    assert DatabaseOwnership(tmp_path / "crm.sqlite3").acquire()
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.LockFailedError)
    assert not DatabaseOwnership(tmp_path / "crm.sqlite3").acquire()

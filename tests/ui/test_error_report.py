"""Unexpected errors: the log file (rotated), the dialog with Copy details, the window goes on;
the command line writes to the same log."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_desktop import logs


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.configure_logging(folder)
    yield folder
    handler = logs._handler
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logs._handler = None


@pytest.fixture
def reporter(qapp: Any) -> Iterator[Any]:
    from crm_desktop.ui.error_report import install_error_reporter

    installed = install_error_reporter(qapp)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.reject()


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logs.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_window_goes_on(
    qtbot: Any, log_folder: Path, reporter: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    clicks: list[int] = []

    def broken() -> None:
        clicks.append(1)
        raise ValueError("the customer's region is not a string")

    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog.message.text() == "the customer's region is not a string"
    text = _log_text(log_folder)
    assert "ERROR crm_desktop [MainThread] unexpected error in the window" in text
    assert "ValueError: the customer's region is not a string" in text
    assert "in broken" in text  # the traceback, not only the message

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Traceback (most recent call last):")
    assert "ValueError: the customer's region is not a string" in copied
    assert dialog.isVisible()  # copying does not close it
    dialog.reject()
    qtbot.waitUntil(lambda: reporter.dialog is None)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the app is still alive and reports again
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert clicks == [1, 1]


@pytest.mark.qt_no_exception_capture
def test_one_dialog_at_a_time_however_many_errors(
    qtbot: Any, log_folder: Path, reporter: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    for n in range(3):
        try:
            raise RuntimeError(f"paint failed {n}")
        except RuntimeError as exc:
            reporter.hook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog"]
    assert [w.isVisible() for w in shown].count(True) == 1
    assert _log_text(log_folder).count("RuntimeError: paint failed") == 3


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot: Any, log_folder: Path, reporter: Any
) -> None:
    def work() -> None:
        raise OSError("disk full")

    thread = threading.Thread(target=work, name="export")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog.message.text() == "disk full"
    assert "unexpected error in thread export" in _log_text(log_folder)


def test_the_log_file_rotates(tmp_path: Path) -> None:
    folder = tmp_path / "rotating"
    try:
        logs.configure_logging(folder, max_bytes=400, backups=2)
        for n in range(60):
            logs.logger.info("line %d of a long day at the office", n)
    finally:
        handler = logs._handler
        assert handler is not None
        logging.getLogger().removeHandler(handler)
        handler.close()
        logs._handler = None
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["crm-desktop.log", "crm-desktop.log.1", "crm-desktop.log.2"]
    assert all((folder / name).stat().st_size <= 400 for name in names)
    assert "line 59 " in (folder / "crm-desktop.log").read_text(encoding="utf-8")


def test_the_command_line_logs_to_the_same_file_and_says_one_line(
    log_folder: Path, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from crm_desktop import cli

    def broken(_args: Any) -> int:
        raise RuntimeError("database disk image is malformed\nmore detail")

    monkeypatch.setitem(cli.COMMANDS, "export", broken)
    monkeypatch.delenv("CRM_DESKTOP_DEBUG", raising=False)
    assert cli.main(["--db", str(db_path), "export", "out.xlsx"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err == "crm-desktop: database disk image is malformed\n"
    text = _log_text(log_folder)
    assert "ERROR crm_desktop [MainThread] export failed" in text
    assert "Traceback" in text and "in broken" in text


def test_help_opens_the_log_folder(window: Any, monkeypatch: Any, log_folder: Path) -> None:
    from PySide6.QtGui import QAction, QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: not opened.append(url.toLocalFile()))
    )
    action = window.findChild(QAction, "action_open_log_folder")
    assert action in window.help_menu.actions()
    action.trigger()
    assert opened == [str(log_folder)]

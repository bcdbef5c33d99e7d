"""UI fixtures: the real main window on a demo database, and a driver for modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test starts from the settings of a first start: a window closed by one test
    remembers its layout (columns, sort, docks), which must not reach the next test."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("crm-desktop")
    QCoreApplication.setApplicationName("crm-desktop")
    QSettings().clear()
    yield


@pytest.fixture
def demo_db(db_path: Path, fixed_today: object) -> Path:
    from crm_desktop.core.demo import generate
    from crm_desktop.core.facade import open_core

    core = open_core(str(db_path))
    generate(core.engine, 40, fixed_today, seed=7)  # type: ignore[arg-type]
    core.engine.dispose()
    return db_path


@pytest.fixture
def window(qtbot: Any, demo_db: Path) -> Iterator[Any]:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    win = open_window(str(demo_db))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10000)
    yield win
    if win.core is not None:
        win.core.engine.dispose()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every warning/critical/information box, recorded instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return seen


@pytest.fixture
def answer_questions(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], None]:
    from PySide6.QtWidgets import QMessageBox

    def set_answer(button: Any) -> None:
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: button))

    return set_answer


@pytest.fixture
def drive_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[list[Callable[[Any], None]]], list[Any]]:
    """Replace FormDialog.exec: each call runs the next step function on the real, shown
    dialog (which fills fields and clicks Save), then returns what the dialog decided."""
    from crm_desktop.ui.dialogs.form_dialog import FormDialog

    def install(steps: list[Callable[[Any], None]]) -> list[Any]:
        opened: list[Any] = []

        def fake_exec(dialog: FormDialog) -> int:
            opened.append(dialog)
            dialog.show()
            steps.pop(0)(dialog)
            return int(dialog.result())

        monkeypatch.setattr(FormDialog, "exec", fake_exec)
        return opened

    return install

"""File → New database / Open database / Recent databases: the chosen file opens in a new
start of the program and this window hands its file back and closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QFileDialog


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda p, a: calls.append((p, a)) or True)
    )
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    return calls


def test_open_database_starts_the_program_on_the_chosen_file_and_remembers_it(
    window: Any, started: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.database_menu import recent_databases

    other = tmp_path / "branch.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.databases.open_action.trigger()
    ((program, arguments),) = started
    assert arguments[-2:] == ["--db", str(other)]
    assert arguments.count("--db") == 1
    assert recent_databases()[0] == str(other.resolve())
    assert str(Path(window.database_label).resolve()) in recent_databases()
    assert not window.isVisible()


def test_new_database_adds_the_extension_and_recent_lists_the_others(
    window: Any, started: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.database_menu import open_arguments, remember_database

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "new"), ""))
    )
    window.databases.new_action.trigger()
    assert started[-1][1][-1] == str(tmp_path / "new.sqlite3")
    remember_database(str(tmp_path / "a.sqlite3"))
    window.databases._fill_recent()
    texts = [a.text() for a in window.databases.recent_menu.actions()]
    assert texts[0] == f"&1 {(tmp_path / 'a.sqlite3').resolve()}"
    assert open_arguments(["-m", "crm_desktop", "--db", "x", "--lang", "en"], "y") == [
        "-m",
        "crm_desktop",
        "--lang",
        "en",
        "--db",
        "y",
    ]
    assert window.databases.open_action.shortcut().toString() == "Ctrl+O"

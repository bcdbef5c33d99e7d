"""File → Database: test a PostgreSQL server (the session's throw-away one) or a file, see a
clear success or failure, and keep the choice for the next start, the password in the user's
pgpass file and never in the saved choice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt


def dialog_for(qtbot: Any, tmp_path: Path, current: str) -> Any:
    from crm_desktop.ui.dialogs.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(None, current, tmp_path / "config" / "database.json")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_server(qtbot: Any, dialog: Any, port: int, database: str, password: str) -> None:
    dialog.server_choice.setChecked(True)
    fields = ((dialog.host, "127.0.0.1"), (dialog.database, database), (dialog.user, "crm"))
    for edit, text in fields:
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port.setValue(port)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def test_a_server_is_tested_and_saved_for_the_next_start(
    qtbot: Any, tmp_path: Path, pg_server: Any, pg_database: str, messages: list, monkeypatch: Any
) -> None:
    from crm_desktop.core.services.database_choice import saved_target
    from crm_desktop.paths import default_database

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    dialog = dialog_for(qtbot, tmp_path, str(tmp_path / "office.sqlite3"))
    assert dialog.file_choice.isChecked() and not dialog.server_fields.isEnabled()
    database = pg_database.rsplit("/", 1)[1]
    fill_server(qtbot, dialog, pg_server.port, database, "s3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Connected: PostgreSQL 1")
    # A database that is not there: the failure, in words, and nothing saved.
    fill_server(qtbot, dialog, pg_server.port, "no_such_database", "s3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Cannot connect:")
    assert "no_such_database" in dialog.result.text() and "s3cret" not in dialog.result.text()
    assert saved_target(dialog.choice_file) is None
    fill_server(qtbot, dialog, pg_server.port, database, "s3cret")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = saved_target(dialog.choice_file)
    assert saved == f"postgresql+psycopg://crm@127.0.0.1:{pg_server.port}/{database}"
    assert "s3cret" not in dialog.choice_file.read_text(encoding="utf-8")
    pgpass = tmp_path / "pgpass"
    assert pgpass.read_text(encoding="utf-8").strip().endswith(":crm:s3cret")
    assert pgpass.stat().st_mode & 0o077 == 0  # libpq reads only a private file
    assert messages and messages[-1][0] == "information"
    # The next start (no --db, no CRM_DESKTOP_DB) opens the saved server; reopened, the
    # dialog shows it.
    monkeypatch.setattr("crm_desktop.paths.chosen_database_file", lambda: dialog.choice_file)
    assert default_database() == saved
    again = dialog_for(qtbot, tmp_path, "ignored.sqlite3")
    assert again.server_choice.isChecked() and again.database.text() == database


def test_a_file_that_is_not_a_database_is_refused_in_words(
    qtbot: Any, tmp_path: Path, answer_questions: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.core.services.database_choice import saved_target

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    dialog = dialog_for(qtbot, tmp_path, str(junk))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Cannot connect:")
    answer_questions(QMessageBox.StandardButton.No)  # keep this choice anyway? no
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved_target(dialog.choice_file) is None
    dialog.path.setText(str(tmp_path / "new.sqlite3"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Connected: a new database file"


@pytest.mark.parametrize("language", ["zh_CN"])
def test_the_dialog_speaks_the_users_language(qtbot: Any, tmp_path: Path, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        dialog = dialog_for(qtbot, tmp_path, str(tmp_path / "a.sqlite3"))
        assert dialog.test_button.text() != "&Test connection"
    finally:
        for translator in translators:
            app.removeTranslator(translator)

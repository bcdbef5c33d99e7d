"""Composition root of the window: Qt, language, the list (fast path), then the core."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.core.db.schema_version import HEAD
from crm_desktop.core.db.sqlite_file import check_sqlite_file
from crm_desktop.core.errors import CrmError
from crm_desktop.core.repositories.customers import SqliteCustomerList
from crm_desktop.ui.i18n import install_translators, pick_language
from crm_desktop.ui.main_window import MainWindow


def _sqlite_file(target: str) -> Path | None:
    if "://" not in target:
        return Path(target).expanduser()
    if target.startswith("sqlite:///"):
        return Path(target[len("sqlite:///"):])
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("crm-desktop")
    QCoreApplication.setApplicationName("crm-desktop")
    return app  # type: ignore[return-value]


def open_window(target: str) -> MainWindow:
    """Show the list straight from SQLite when the schema is current, then load the core."""
    path = _sqlite_file(target)
    fast_source = None
    if path is not None and path.exists():
        check_sqlite_file(path)
        candidate = SqliteCustomerList(path)
        if candidate.schema_revision() == HEAD:
            fast_source = candidate
        else:
            candidate.close()
    if fast_source is None:
        from crm_desktop.core.facade import open_core  # creates / migrates the database

        core = open_core(target)
        source = SqliteCustomerList(path) if path is not None else core.customers
        window = MainWindow(source, str(path or target))
        window.attach_core(core)
        return window
    window = MainWindow(fast_source, str(path))

    def load_core() -> None:
        from crm_desktop.core.facade import open_core

        try:
            window.attach_core(open_core(target))
        except CrmError as exc:
            QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
            window.close()

    QTimer.singleShot(0, load_core)
    return window


def run_app(target: str, language: str | None) -> int:
    app = make_application()
    translators = install_translators(app, pick_language(language))  # noqa: F841 - keep alive
    try:
        window = open_window(target)
    except CrmError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return 2
    window.show()
    return app.exec()

"""File → New database…, Open database…, Recent databases: another office file opens in a
new start of the program (its own lock, its own upgrade check), and this window closes, as
a desktop program switches documents. The recent list lives in QSettings, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QStyle

RECENT_KEY = "recent/databases"
MAX_RECENT = 8


def recent_databases() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [str(item) for item in items if item]


def remember_database(path: str) -> None:
    """`path` first in the recent list (a URL is kept as it is)."""
    shown = str(Path(path).expanduser().resolve()) if "://" not in path else path
    items = [shown, *(p for p in recent_databases() if p != shown)][:MAX_RECENT]
    QSettings().setValue(RECENT_KEY, items)


def open_arguments(argv: list[str], database: str) -> list[str]:
    """The program's own arguments with `--db` replaced by `database`."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("--db="):
            kept.append(arg)
    return [*kept, "--db", database]


class DatabaseMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        style = window.style()
        self.new_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            self.tr("New &database…"),
            window,
        )
        self.new_action.setObjectName("action_new_database")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            self.tr("&Open database…"),
            window,
        )
        self.open_action.setObjectName("action_open_database")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_database)
        self.recent_menu = QMenu(self.tr("Recent data&bases"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.insertAction(before, self.new_action)
        menu.insertAction(before, self.open_action)
        menu.insertMenu(before, self.recent_menu)
        menu.insertSeparator(before)
        self.started: list[str] = []  # what was opened, for the tests

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = getattr(self.window, "database_label", "")
        for number, path in enumerate(recent_databases(), start=1):
            if path == current:
                continue
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            "crm.sqlite3",
            self.tr("crm-desktop database (*.sqlite3)"),
        )
        if path:
            if not path.endswith(".sqlite3"):
                path += ".sqlite3"
            self.switch_to(path)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            "",
            self.tr("crm-desktop database (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.switch_to(path)

    def switch_to(self, path: str) -> None:
        """Start the program on `path` (a new file is created and set up there) and close
        this window, handing its own file's lock back first."""
        from crm_desktop.ui.backup_menu import restart_command

        remember_database(path)
        program, arguments = restart_command()
        self.started.append(path)
        ownership = getattr(self.window, "ownership", None)
        if ownership is not None:
            ownership.release()
        QProcess.startDetached(program, open_arguments(arguments, path))
        self.window.close()
        QApplication.quit()

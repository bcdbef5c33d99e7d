"""Help → User guide (the guide in docs/, in the interface's language, with its screenshots)
and Help → Keyboard shortcuts (read from the window's own actions, so it is never stale)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.paths import docs_dir
from crm_desktop.ui.i18n import current_language


def guide_path(language: str) -> Path:
    """The guide in `language`, else the English one."""
    translated = docs_dir() / f"user-guide.{language}.md"
    return translated if language != "en" and translated.exists() else docs_dir() / "user-guide.md"


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path(current_language())
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def _actions_of(menu: QMenu, path: list[str]) -> list[tuple[str, QAction]]:
    found = []
    for action in menu.actions():
        title = action.text().replace("&", "")
        if action.menu() is not None:
            found += _actions_of(action.menu(), [*path, title])  # type: ignore[arg-type]
        elif not action.isSeparator():
            found.append((" → ".join([*path, title]), action))
    return found


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(menu path, shortcut) of every menu action that has a shortcut, in menu order."""
    rows = []
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for path, action in _actions_of(top.menu(), [top.text().replace("&", "")]):  # type: ignore[arg-type]
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append((path, ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 520)
        rows = shortcut_rows(window)
        extra = [
            (self.tr("The open customer's tabs"), "Alt+1 … Alt+8"),
            (self.tr("Open the selected customer"), self.tr("Enter")),
            (self.tr("Every menu"), self.tr("Alt + the underlined letter")),
        ]
        self.table = QTableWidget(len(rows) + len(extra), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        for row, (what, keys) in enumerate([*rows, *extra]):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

"""View → Language: English, 简体中文 or 繁體中文 (or the system's), saved on this PC.

The window's texts are set when it is built, so a new language takes effect at the next
start; the menu offers to restart now (the database and its lock are handed over as a
restore does)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from crm_desktop.ui.i18n import LANGUAGE_KEY, NAMES, SUPPORTED


def restart_arguments(argv: list[str]) -> list[str]:
    """The start's own arguments without `--lang`, so the saved language takes over."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return kept


class LanguageMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("language_menu")
        self.group = QActionGroup(self)
        saved = str(QSettings().value(LANGUAGE_KEY, "") or "")
        self.actions: dict[str, QAction] = {}
        for key, label in (("", self.tr("&System language")), *NAMES.items()):
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key == saved or (key == "" and saved not in SUPPORTED))
            action.setData(key)
            self.group.addAction(action)
            action.triggered.connect(lambda _=False, k=key: self.choose(k))
            self.actions[key] = action

    def choose(self, language: str) -> None:
        if str(QSettings().value(LANGUAGE_KEY, "") or "") == language:
            return
        QSettings().setValue(LANGUAGE_KEY, language)
        from crm_desktop.core.language import save_language

        save_language(language)  # the command line speaks it too
        answer = QMessageBox.question(
            self.window,
            self.tr("Language"),
            self.tr("crm-desktop speaks the new language from its next start. Restart now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> None:
        from crm_desktop.ui.backup_menu import restart_command

        program, arguments = restart_command()
        arguments = restart_arguments(arguments)
        ownership = getattr(self.window, "ownership", None)
        if ownership is not None:
            ownership.release()  # the new start must own the file, not find it taken
        QProcess.startDetached(program, arguments)
        self.window.close()
        QApplication.quit()

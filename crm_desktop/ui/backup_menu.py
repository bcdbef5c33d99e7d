"""The Tools menu's backups: back up now, restore from a backup, the backups folder; and the
quiet daily backup after the window opens."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from crm_desktop.ui.tasks import QueryOp


def folder_key(database: Path) -> str:
    """The backups folder is also remembered on this PC, per database: a damaged database
    cannot tell where its backups went."""
    return "backups/" + hashlib.sha1(str(database.resolve()).encode()).hexdigest()[:16]


def restart_command() -> tuple[str, list[str]]:
    """How to start this program again with the same database and language."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "crm_desktop", *sys.argv[1:]]


class BackupMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Tools"), window)
        self.menu.setObjectName("tools_menu")
        self.backup_action = self.menu.addAction(self.tr("&Back up now"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = self.menu.addAction(self.tr("&Restore from a backup…"))
        self.restore_action.triggered.connect(self.restore)
        self.menu.addSeparator()
        self.folder_action = self.menu.addAction(self.tr("Backups &folder…"))
        self.folder_action.triggered.connect(self.choose_folder)

    @property
    def core(self) -> Any:
        return self.window.core  # type: ignore[attr-defined]

    def start_daily_backup(self) -> None:
        """The first start of the day backs the database up, in the background."""
        if not self.window.isVisible() or self.core is None:
            # Closed before the delay ran out: a thread started now would outlive the window.
            return
        backups = self.core.backups
        QSettings().setValue(folder_key(backups.identity), str(backups.folder()))

        def done(path: Path | None) -> None:
            if path is not None:
                self.window.statusBar().showMessage(
                    self.tr("Today's backup was written to {0}").format(path), 8000
                )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self.window,
                self.tr("Backup"),
                self.tr("Today's automatic backup could not be written: {0}").format(exc),
            )

        QueryOp(
            self.window, lambda _task: backups.daily_backup(), done, name="backups.daily"
        ).failure(failed).run_in_background()

    def back_up_now(self) -> None:
        backups = self.core.backups

        def done(path: Path) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Backup"),
                self.tr("The backup was written and checked:\n{0}").format(path),
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(
                self.window, self.tr("Backup"), self.tr("No backup was written: {0}").format(exc)
            )

        QueryOp(
            self.window, lambda task: backups.back_up_now(task.progress), done, name="backups.now"
        ).failure(failed).with_progress(
            self.tr("Backing up…"), cancellable=False
        ).run_in_background()

    def choose_folder(self) -> None:
        backups = self.core.backups
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Backups folder"), str(backups.folder())
        )
        if not chosen:
            return
        try:
            changes = backups.set_folder(Path(chosen))
        except Exception as exc:  # noqa: BLE001 - a coded error, shown as it is
            QMessageBox.warning(self.window, self.tr("Backups folder"), str(exc))
            return
        QSettings().setValue(folder_key(backups.identity), str(backups.folder()))
        self.window.hub.apply(changes)  # type: ignore[attr-defined]

    def restore(self) -> None:
        backups = self.core.backups
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(backups.folder()),
            self.tr("crm-desktop backups (*.sqlite3.gz *.sqlite3 *.gz);;All files (*)"),
        )
        if not chosen:
            return

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(
                self.window,
                self.tr("Restore"),
                self.tr("This file cannot be restored; nothing was changed.\n{0}").format(exc),
            )

        QueryOp(
            self.window,
            lambda _task: backups.inspect(Path(chosen)),
            self._confirm_restore,
            name="backups.inspect",
        ).failure(failed).with_progress(
            self.tr("Checking the backup…"), cancellable=False
        ).run_in_background()

    def _confirm_restore(self, info: Any) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the current data with the backup of {0} ({1} customers)?\n\n"
                "The current data is backed up first. crm-desktop restarts to restore."
            ).format(info.taken_at.strftime("%Y-%m-%d %H:%M"), info.customers),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.core.backups.schedule_restore(info)
        ownership = getattr(self.window, "ownership", None)
        if ownership is not None:
            ownership.release()  # the restarted program must own the file, not find it taken
        program, arguments = restart_command()
        QProcess.startDetached(program, arguments)
        self.window.close()
        QApplication.quit()

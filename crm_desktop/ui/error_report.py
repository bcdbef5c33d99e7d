"""Unexpected errors: written to the log file with their traceback and shown in a dialog that
can copy the details; the window carries on. PySide6 hands an exception raised in a slot or a
virtual method to `sys.excepthook`, so one hook sees them all (threads through
`threading.excepthook`)."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """The short message, where the details went, and a button that copies them."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from crm_desktop.logs import log_file

        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        self.message = QLabel(message)
        self.message.setObjectName("error_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = log_file()
        note = QLabel(
            self.tr(
                "The details were written to the log file {0}. You can carry on working."
            ).format(where)
            if where is not None
            else self.tr("You can carry on working.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("error_copy_details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, message: str, details: str) -> ErrorDialog:
    """Open the dialog without waiting for it (it may come from deep inside a slot)."""
    dialog = ErrorDialog(message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class ErrorReporter(QObject):
    """Installed once per application. A report crosses to the GUI thread through a queued
    signal, so a hook called on a worker thread or in the middle of painting never builds a
    widget there; while one dialog is open, more errors (a paint that fails at every repaint)
    are logged but not shown again."""

    reported = Signal(str, str)  # short message, traceback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.previous_hook: Hook | None = None
        self.previous_thread_hook: Any = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorReporter:
        self.previous_hook, sys.excepthook = sys.excepthook, self.hook
        self.previous_thread_hook, threading.excepthook = threading.excepthook, self.thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.hook and self.previous_hook is not None:
            sys.excepthook = self.previous_hook
        if threading.excepthook == self.thread_hook and self.previous_thread_hook is not None:
            threading.excepthook = self.previous_thread_hook

    def hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report((kind, exc, tb), "in the window")

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit) or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), f"in thread {name}")

    def report(
        self, exc_info: tuple[type[BaseException], BaseException, TracebackType | None], where: str
    ) -> None:
        from crm_desktop.logs import log_exception, short_message

        details = log_exception(exc_info, where)
        with contextlib.suppress(RuntimeError):  # the app is being torn down: the log has it
            self.reported.emit(short_message(exc_info[1]), details)

    def _show(self, message: str, details: str) -> None:
        if self.dialog is not None:
            return
        self.dialog = show_error(QApplication.activeWindow(), message, details)
        self.dialog.finished.connect(self._closed)

    def _closed(self) -> None:
        self.dialog = None


def install_error_reporter(app: QApplication) -> ErrorReporter:
    return ErrorReporter(app).install()

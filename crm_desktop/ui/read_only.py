"""A read-only window (another window owns the database): a write still tried somewhere is
answered with one clear dialog instead of a traceback on the console."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.core.errors import ReadOnlyDatabase


def show_refusal(parent: QWidget | None) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ReadOnly", "Read-only"),
        QCoreApplication.translate(
            "ReadOnly",
            "This window shows the data read-only: another crm-desktop window has the "
            "database open. Nothing was saved; make the change in that window.",
        ),
    )


def refuse_writes_with_a_dialog(window: QWidget) -> None:
    """A ReadOnlyDatabase that reaches Qt's event loop (a slot that wrote) becomes the dialog;
    every other exception goes on to the hook that was there."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, ReadOnlyDatabase):
            show_refusal(window)
            return
        previous(kind, value, tb)

    sys.excepthook = hook

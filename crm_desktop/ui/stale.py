"""A save refused because another PC saved the same record first (core/audit.py's
StaleRecord): say who and when, and let the user reload or go back to what they typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.core.errors import StaleRecord


def stale_message(error: StaleRecord) -> str:
    return QCoreApplication.translate(
        "Stale",
        "Changed by {0} at {1} — reload?\n\nSomeone saved this record after you opened it, "
        "so nothing of yours was saved. Reload shows what is saved now; Cancel goes back to "
        "what you typed (copy what you need, then reload).",
    ).format(error.params.get("by", "?"), error.params.get("at", "?"))


def ask_reload(parent: QWidget | None, error: StaleRecord) -> bool:
    """True: the user wants the saved version shown (what they typed is dropped)."""
    box = QMessageBox(parent)
    box.setObjectName("stale_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Stale", "Changed on another computer"))
    box.setText(stale_message(error))
    reload_button = box.addButton(
        QCoreApplication.translate("Stale", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    reload_button.setObjectName("stale_reload")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("stale_cancel")
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is reload_button

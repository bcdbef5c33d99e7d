"""Filling and saving the app's form dialogs the way a clerk does: type, then click Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit


def save(dialog: Any) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def fill(dialog: Any, **values: str) -> None:
    for key, text in values.items():
        widget = dialog.widgets[key]
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setEditText(text)

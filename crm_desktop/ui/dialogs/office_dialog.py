"""File → Office details: the name and logo printed at the top of every report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from crm_desktop.core.services.settings import OFFICE_LOGO, OFFICE_NAME
from crm_desktop.ui.dialogs.form_dialog import FieldSpec, FormDialog


def edit_office(parent: QWidget, core: Any) -> bool:
    specs = [
        FieldSpec("name", QCoreApplication.translate("OfficeDialog", "Office name")),
        FieldSpec(
            "logo",
            QCoreApplication.translate("OfficeDialog", "Logo image"),
            hint=QCoreApplication.translate("OfficeDialog", "a PNG or JPG file; empty for none"),
        ),
    ]

    def submit(values: dict[str, Any]) -> None:
        core.settings.set(OFFICE_NAME, values["name"] or "")
        core.settings.set(OFFICE_LOGO, values["logo"] or "")

    dialog = FormDialog(
        parent,
        QCoreApplication.translate("OfficeDialog", "Office details"),
        specs,
        {"name": core.settings.get(OFFICE_NAME), "logo": core.settings.get(OFFICE_LOGO)},
        submit,
    )
    dialog.setObjectName("office_dialog")
    browse = QPushButton(QCoreApplication.translate("OfficeDialog", "Choose…"))
    logo_edit = dialog.widgets["logo"]

    def choose() -> None:
        path, _ = QFileDialog.getOpenFileName(
            dialog,
            QCoreApplication.translate("OfficeDialog", "Logo image"),
            "",
            QCoreApplication.translate("OfficeDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            logo_edit.setText(path)  # type: ignore[attr-defined]

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(browse)
    row.addStretch(1)
    dialog.layout().insertLayout(1, row)  # type: ignore[union-attr]
    return bool(dialog.exec())

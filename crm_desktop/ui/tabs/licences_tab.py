"""The customer's licences (开户手续: business licence, operating permit, GSP) with expiry."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from crm_desktop.core.clock import today
from crm_desktop.core.services.licences import LicenceInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import CHOICE, DATE, FieldSpec
from crm_desktop.ui.tabs.base import Column, RecordTab


class LicencesTab(RecordTab):
    licence_days = 30  # the warning window; the main window passes the office's setting

    def columns(self) -> list[Column]:
        kinds = labels.licence_kind_labels()
        return [
            (self.tr("Licence"), lambda x: kinds.get(x.kind, x.kind)),
            (self.tr("Number"), lambda x: x.number),
            (self.tr("Expires"), lambda x: x.expires),
            (self.tr("Status"), self._status),
        ]

    def _status(self, licence: Any) -> str:
        if licence.expires is None:
            return self.tr("no expiry date")
        left = (licence.expires - today()).days
        if left < 0:
            return self.tr("expired %n day(s) ago", "", -left)
        if left <= self.licence_days:
            return self.tr("expires in %n day(s)", "", left)
        return self.tr("valid")

    def fill_row(self, row: int, record: Any) -> None:
        """Expired and expiring licences stand out in red and amber."""
        expires: date | None = record.expires
        if expires is None:
            return
        left = (expires - today()).days
        colour = "#b52b27" if left < 0 else "#b26a00" if left <= self.licence_days else None
        if colour:
            for column in range(self.table.columnCount()):
                item: QTableWidgetItem | None = self.table.item(row, column)
                if item is not None:
                    item.setForeground(QBrush(QColor(colour)))

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("kind", self.tr("Licence"), CHOICE, choices=labels.licence_kind_labels()),
            FieldSpec("number", self.tr("Number")),
            FieldSpec("expires", self.tr("Expires on"), DATE),
        ]

    def default_values(self) -> dict[str, Any]:
        return {"kind": "business"}

    def empty_text(self) -> str:
        return self.tr(
            "No licences recorded. Click Add… to enter the business licence, operating permit or "
            "GSP certificate with its expiry date; the warnings list tells you before one expires."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New licence") if new else self.tr("Edit licence")

    def build_input(self, values: dict[str, Any]) -> LicenceInput:
        return LicenceInput(**values)

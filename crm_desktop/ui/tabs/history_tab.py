"""The History tab: what happened to the open customer and its records, newest first, with
who did it and each field from → to. Read-only: the trail cannot be edited from any screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from crm_desktop.core.services.audit import AuditEntry


class HistoryTab(QWidget):
    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.customer_id: int | None = None
        self.entries: list[AuditEntry] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("From"),
                self.tr("To"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Nothing recorded for this customer yet."))
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #888; padding: 16px;")
        note = QLabel(
            self.tr(
                "Every change to this customer and its records, newest first. The history is "
                "kept for good and cannot be edited."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #888;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.empty_label.hide()

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.entries = self.service.history(customer_id) if customer_id is not None else []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                entry.actor,
                self.what(entry),
                self.field_label(entry.field),
                self.value_text(entry.old_value),
                self.value_text(entry.new_value),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)

    def what(self, entry: AuditEntry) -> str:
        """e.g. "Changed · contact 张伟"."""
        action = self.action_labels().get(entry.action, entry.action)
        kind = self.kind_labels().get(entry.record_kind, entry.record_kind)
        return " · ".join(p for p in (action, f"{kind} {entry.label or ''}".strip()) if p)

    def action_labels(self) -> dict[str, str]:
        return {
            "create": self.tr("Created"),
            "change": self.tr("Changed"),
            "deactivate": self.tr("Deactivated"),
            "reactivate": self.tr("Reactivated"),
            "merge": self.tr("Merged by an import"),
            "import": self.tr("Imported"),
            "undo-import": self.tr("Import undone"),
            "delete": self.tr("Removed"),
        }

    def kind_labels(self) -> dict[str, str]:
        return {
            "customer": self.tr("customer"),
            "contact": self.tr("contact"),
            "note": self.tr("relationship note"),
            "sale": self.tr("sale"),
            "payment": self.tr("payment"),
            "complaint": self.tr("complaint"),
            "licence": self.tr("licence"),
            "plan": self.tr("plan"),
            "credit": self.tr("credit"),
            "import": self.tr("import"),
        }

    def value_text(self, value: str | None) -> str:
        if value == "yes":
            return self.tr("yes")
        if value == "no":
            return self.tr("no")
        return (value or "").replace("\n", " ⏎ ")

    def field_label(self, field: str | None) -> str:
        if field is None:
            return ""
        return {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "short_name": self.tr("Short name"),
            "kind": self.tr("Kind"),
            "relation": self.tr("Relation"),
            "channel": self.tr("Channel"),
            "category": self.tr("Category"),
            "lifecycle": self.tr("Lifecycle stage"),
            "region": self.tr("Region"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "notes": self.tr("Notes"),
            "owner": self.tr("Owner"),
            "tags": self.tr("Tags"),
            "active": self.tr("Active"),
            "title": self.tr("Title"),
            "amount": self.tr("Amount"),
            "date": self.tr("Date"),
            "summary": self.tr("Summary"),
            "limit": self.tr("Credit limit"),
            "payment_days": self.tr("Payment days"),
            "rating": self.tr("Credit rating"),
            "status": self.tr("Status"),
            "expires": self.tr("Expires"),
            "number": self.tr("Number"),
            "wallet_estimate": self.tr("Estimated yearly purchases"),
        }.get(field, field)

"""A tab listing one kind of record of the open customer, with Add / Edit / Remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.errors import NeedsConfirmation, StaleRecord
from crm_desktop.ui.dialogs.form_dialog import FieldSpec, FormDialog, KeepOpen

Column = tuple[str, Callable[[Any], Any]]


class RecordTab(QWidget):
    """Subclasses say which service, which columns, which form fields."""

    changed = Signal(object)  # Changes of a write

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.customer_id: int | None = None
        self.records: list[Any] = []
        # Why the signed-in operator may not change this customer (None: they may).
        self.locked: str | None = None
        self.table = QTableWidget()
        self.table.setObjectName(f"{type(self).__name__}_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.edit_selected)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for name, button in (
            ("add", self.add_button),
            ("edit", self.edit_button),
            ("remove", self.remove_button),
        ):
            button.setObjectName(f"{type(self).__name__}_{name}")
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(f"{type(self).__name__}_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #888; padding: 16px;")
        self.footer = QLabel()
        self.footer.setObjectName(f"{type(self).__name__}_footer")
        self.footer.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- what subclasses provide -----------------------------------------------------------
    def columns(self) -> list[Column]:
        return []

    def specs(self) -> list[FieldSpec]:
        return []

    def empty_text(self) -> str:
        return self.tr("Nothing recorded yet. Click Add… to record the first one.")

    def dialog_title(self, new: bool) -> str:
        return self.tr("Add") if new else self.tr("Edit")

    def load_records(self, customer_id: int) -> list[Any]:
        return list(self.service.list(customer_id))

    def values_of(self, record: Any) -> dict[str, Any]:
        return {spec.key: getattr(record, spec.key, None) for spec in self.specs()}

    def build_input(self, values: dict[str, Any]) -> Any:
        """The service's input object from the parsed form values."""
        return values

    def record_id(self, record: Any) -> int:
        return int(record.id)

    def update_footer(self) -> None:
        return None

    def fill_row(self, row: int, record: Any) -> None:
        """Style a row after its cells are filled (colours for what needs attention)."""
        return None

    # -- behaviour ------------------------------------------------------------------------
    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.records = self.load_records(customer_id) if customer_id is not None else []
        cols = self.columns()
        self.table.clear()
        self.table.setColumnCount(len(cols))
        self.table.setHorizontalHeaderLabels([title for title, _ in cols])
        self.table.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            for c, (_, getter) in enumerate(cols):
                value = getter(record)
                item = QTableWidgetItem("" if value is None else str(value))
                if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
            self.fill_row(r, record)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        has_rows = bool(self.records)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.empty_label.setText(self.empty_text())
        self.add_button.setEnabled(customer_id is not None)
        self.update_footer()
        self._update_buttons()

    def selected_record(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.records[rows[0].row()]

    def _update_buttons(self) -> None:
        has = self.selected_record() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.apply_lock()

    def lock(self, reason: str | None) -> None:
        """Keep the write buttons off while `reason` holds, with it as their tooltip."""
        self.locked = reason
        if reason is None:
            self.add_button.setEnabled(self.customer_id is not None)
        self._update_buttons()

    def apply_lock(self) -> None:
        for button in (self.add_button, self.edit_button, self.remove_button):
            if self.locked:
                button.setEnabled(False)
            button.setToolTip(self.locked or "")

    def open_form(self, record: Any | None) -> bool:
        if self.customer_id is None:
            return False
        customer_id = self.customer_id
        made: list[Changes] = []

        def submit(values: dict[str, Any]) -> None:
            data = self.build_input(values)
            acknowledged: set[str] = set()
            while True:  # the core asks, the user answers, the call is repeated with the answer
                extra = {"acknowledged": frozenset(acknowledged)} if acknowledged else {}
                try:
                    if record is None:
                        made.append(self.service.add(customer_id, data, **extra).changes)
                    else:
                        made.append(
                            self.service.update(
                                self.record_id(record),
                                data,
                                version=getattr(record, "version", None),
                                **extra,
                            )
                        )
                    return
                except NeedsConfirmation as question:
                    if question.key in acknowledged or not self.confirm(question):
                        raise KeepOpen() from None
                    acknowledged.add(question.key)

        values = self.values_of(record) if record is not None else self.default_values()
        dialog = FormDialog(self, self.dialog_title(record is None), self.specs(), values, submit)
        dialog.setObjectName(f"{type(self).__name__}_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))
            return True
        if dialog.reloaded:
            self.reload_customer(customer_id)
        return False

    def reload_customer(self, customer_id: int) -> None:
        """Another PC saved this customer since it was loaded: show everything as saved now."""
        self.load(customer_id)
        self.changed.emit(Changes.of("customers", [customer_id]))

    def default_values(self) -> dict[str, Any]:
        return {}

    def confirm(self, question: NeedsConfirmation) -> bool:
        """Whether the user confirms what a core rule asks before saving (False: back to the
        form, everything typed kept)."""
        answer = QMessageBox.question(
            self,
            self.tr("Please confirm"),
            str(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_record(self) -> None:
        self.open_form(None)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.open_form(record)

    def remove_selected(self) -> None:
        record = self.selected_record()
        if record is None or self.customer_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove the selected line? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        customer_id = self.customer_id
        try:
            changes = self.service.remove(
                self.record_id(record), version=getattr(record, "version", None)
            )
        except StaleRecord as exc:
            from crm_desktop.ui.stale import ask_reload

            if ask_reload(self, exc):
                self.reload_customer(customer_id)
            return
        self.load(customer_id)
        self.changed.emit(changes)

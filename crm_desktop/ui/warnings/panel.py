"""The warnings list (预警): what needs attention today, each with the numbers behind it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.clock import today
from crm_desktop.core.services.warnings import KINDS, WarningRow
from crm_desktop.ui.ops import run_in_background


def kind_labels() -> dict[str, str]:
    return {"credit_over_limit": QCoreApplication.translate("Warnings", "Over credit limit"), "churn": QCoreApplication.translate("Warnings", "Stopped ordering"),
            "sales_behind_plan": QCoreApplication.translate("Warnings", "Behind sales plan"),
            "licence_expiring": QCoreApplication.translate("Warnings", "Licence expiring"),
            "complaint_overdue": QCoreApplication.translate("Warnings", "Complaint overdue"), "follow_up_due": QCoreApplication.translate("Warnings", "Follow-up due")}


class WarningsPanel(QWidget):
    open_requested = Signal(int, str)  # customer id, tab name

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.rows: list[WarningRow] = []
        self.labels = kind_labels()
        self.kind = QComboBox()
        self.kind.setObjectName("warnings_kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for key in KINDS:
            self.kind.addItem(self.labels[key], key)
        self.owner = QComboBox()
        self.owner.setObjectName("warnings_owner")
        self.owner.addItem(self.tr("All owners"), None)
        self.counts = QLabel()
        self.counts.setObjectName("warnings_counts")
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("warnings_table")
        self.table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Owner"), self.tr("Warning"),
                                              self.tr("Details")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing needs attention: no arrears over the limit, no lost customers, "
                                    "no overdue complaints or follow-ups."))
        self.empty.setObjectName("warnings_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 12px;")
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.owner)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.kind.currentIndexChanged.connect(self._fill)
        self.owner.currentIndexChanged.connect(self._fill)
        self.loading = False

    def refresh(self) -> None:
        """Recompute every warning off the GUI thread; the list updates when done."""
        if self.loading:
            return
        self.loading = True
        self.counts.setText(self.tr("Checking…"))
        service, day = self.core.warnings, today()

        def done(rows: list[WarningRow]) -> None:
            self.loading = False
            self.rows = rows
            owners = sorted({r.owner for r in rows if r.owner})
            current = self.owner.currentData()
            self.owner.blockSignals(True)
            self.owner.clear()
            self.owner.addItem(self.tr("All owners"), None)
            for name in owners:
                self.owner.addItem(name, name)
            self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
            self.owner.blockSignals(False)
            self._fill()

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.counts.setText(self.tr("Warnings could not be computed: {0}").format(exc))

        self.worker = run_in_background(self, lambda: service.list(day), done, failed)

    def _fill(self) -> None:
        kind, owner = self.kind.currentData(), self.owner.currentData()
        shown = [r for r in self.rows if (kind is None or r.kind == kind) and (owner is None or r.owner == owner)]
        self.shown = shown
        self.table.setRowCount(len(shown))
        for i, row in enumerate(shown):
            for c, value in enumerate((row.customer_name, row.owner or "", self.labels[row.kind], row.message)):
                self.table.setItem(i, c, QTableWidgetItem(value))
        counts = self.core.warnings.counts(self.rows)
        self.counts.setText(" · ".join(f"{self.labels[k]} {n}" for k, n in counts.items()))
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.shown):
            self.open_requested.emit(self.shown[row].customer_id, self.shown[row].tab)

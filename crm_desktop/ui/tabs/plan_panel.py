"""Plan against actual, month by month, under the sales log (seed 003: 月度销售计划)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.clock import today
from crm_desktop.core.months import month_key
from crm_desktop.core.services.plans import PlanMonth
from crm_desktop.ui.dialogs.form_dialog import EDITABLE, MONEY, TEXT, FieldSpec, FormDialog
from crm_desktop.ui.formatting import money


class PlanPanel(QWidget):
    changed = Signal(object)  # Changes of a write

    def __init__(self, service: Any, products: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.products = products  # callable: the product list, for product-level plans
        self.customer_id: int | None = None
        self.months: list[PlanMonth] = []
        self.title = QLabel()
        self.title.setObjectName("plan_progress")
        self.title.setWordWrap(True)
        self.set_button = QPushButton(self.tr("Set plan…"))
        self.set_button.setObjectName("plan_set")
        self.set_button.clicked.connect(lambda: self.set_plan(None))
        self.table = QTableWidget()
        self.table.setObjectName("plan_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda index: self.set_plan(self.months[index.row()]))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.set_button.setEnabled(customer_id is not None)
        self.months = self.service.months(customer_id, today()) if customer_id is not None else []
        headers = [
            self.tr("Month"),
            self.tr("Product"),
            self.tr("Plan"),
            self.tr("Actual"),
            self.tr("Completion"),
            self.tr("Same month last year"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.months))
        for row, m in enumerate(self.months):
            rate = m.completion
            cells = [
                m.month,
                m.product or self.tr("(all products)"),
                money(m.plan) if m.plan is not None else "",
                money(m.actual),
                f"{rate * 100:.0f} %" if rate is not None else "",
                money(m.previous_year),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 4 and rate is not None and m.month < month_key(today()):
                    item.setForeground(QBrush(QColor("#2e7d32" if rate >= 1 else "#b52b27")))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        this = next(
            (m for m in self.months if m.month == month_key(today()) and m.product is None), None
        )
        if customer_id is None:
            self.title.clear()
        elif this is None or this.plan is None:
            self.title.setText(
                self.tr(
                    "No plan for this month. Click Set plan… to enter the monthly target; "
                    "the warnings list then tells you when sales fall behind."
                )
            )
        else:
            expected = this.expected_to_date or Decimal(0)
            state = self.tr("behind") if this.behind else self.tr("on track")
            text = self.tr(
                "This month: {0} of the {1} yuan plan ({2:.0f} %); by today {3} yuan were "
                "expected: {4}. Same month last year: {5}."
            ).format(
                money(this.actual),
                money(this.plan),
                (this.completion or Decimal(0)) * 100,
                money(expected),
                state,
                money(this.previous_year),
            )
            if this.summed_from_products:
                text += " " + self.tr("(The plan is the sum of this month's product plans.)")
            lagging = [
                m.product for m in self.months if m.month == this.month and m.product and m.behind
            ]
            if lagging:
                text += " " + self.tr("Behind their own plans: {0}.").format(", ".join(lagging))
            self.title.setText(text)

    def show_plan(self, month: str, product: str | None) -> bool:
        """Select the line of `month`'s plan (the whole month's, or `product`'s) and give the
        table the focus: where a behind-plan warning leads. False when there is no such line."""
        for row, line in enumerate(self.months):
            if line.month == month and line.product == product:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                self.table.setFocus()
                return True
        return False

    def set_plan(self, month: PlanMonth | None) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        current = month or next(
            (m for m in self.months if m.month == month_key(today()) and m.product is None), None
        )
        specs = [
            FieldSpec("month", self.tr("Month (YYYY-MM)"), TEXT, required=True),
            FieldSpec(
                "product",
                self.tr("Product (empty: the whole month)"),
                EDITABLE,
                choices=self.products(),
            ),
            FieldSpec("amount", self.tr("Plan (yuan, empty to remove)"), MONEY),
        ]
        values = {
            "month": current.month if current else month_key(today()),
            "product": current.product if current else None,
            "amount": current.plan if current else None,
        }

        made: list[Changes] = []

        def submit(v: dict[str, Any]) -> None:
            product = v["product"] or None
            # The version of the plan the panel showed for that month (0: none was set); a
            # month outside the panel's window was not loaded, so nothing to compare.
            shown = next(
                (m.version for m in self.months if (m.month, m.product) == (v["month"], product)),
                None,
            )
            made.append(
                self.service.set(customer_id, v["month"], v["amount"], product, version=shown)
            )

        dialog = FormDialog(self, self.tr("Monthly sales plan"), specs, values, submit)
        dialog.setObjectName("plan_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))
        elif dialog.reloaded:
            self.load(customer_id)
            self.changed.emit(Changes.of("customers", [customer_id]))

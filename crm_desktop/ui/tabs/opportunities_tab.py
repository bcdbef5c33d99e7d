"""The customer's sales opportunities (销售机会): stage, expected amount and close, next step;
"Move to…" for the stage, "Record the sale" for a won one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QPushButton, QWidget

from crm_desktop.core.clock import today
from crm_desktop.core.errors import NeedsConfirmation, ValidationErrors
from crm_desktop.core.rules.receivables import CREDIT_OVER_LIMIT
from crm_desktop.core.services.opportunities import OpportunityInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import CHOICE, DATE, EDITABLE, MONEY, MULTILINE, FieldSpec
from crm_desktop.ui.formatting import money
from crm_desktop.ui.tabs.base import Column, RecordTab


def ask_lost_reason(parent: QWidget) -> str | None:
    """The reason an opportunity was lost (None: the user cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Opportunities", "Opportunity lost"),
        QCoreApplication.translate("Opportunities", "Why was it lost? (price, competitor, …)"),
    )
    return text.strip() if ok and text.strip() else None


def move_refused(parent: QWidget, error: ValidationErrors) -> None:
    codes = {e.code for e in error.errors}
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Opportunities", "Cannot move it"),
        QCoreApplication.translate(
            "Opportunities",
            "Its sales line is recorded: remove that line from the sales log before reopening it.",
        )
        if "sale_recorded" in codes
        else QCoreApplication.translate("Opportunities", "A lost opportunity needs its reason."),
    )


class OpportunitiesTab(RecordTab):
    def __init__(self, service: Any, products: Any, parent: QWidget | None = None) -> None:
        self.products = products
        super().__init__(service, parent)
        self.move_button = QPushButton(self.tr("Move to…"))
        self.move_button.setObjectName("OpportunitiesTab_move")
        self.move_menu = QMenu(self.move_button)
        for stage, label in labels.opportunity_stage_labels().items():
            action = QAction(label, self.move_menu)
            action.setObjectName(f"move_to_{stage}")
            action.triggered.connect(lambda _checked=False, s=stage: self.move_selected(s))
            self.move_menu.addAction(action)
        self.move_button.setMenu(self.move_menu)
        self.sale_button = QPushButton(self.tr("Record the sale"))
        self.sale_button.setObjectName("OpportunitiesTab_sale")
        self.sale_button.setToolTip(self.tr("Add the won opportunity to the sales log"))
        self.sale_button.clicked.connect(self.record_sale)
        buttons = self.layout().itemAt(0).layout()
        buttons.insertWidget(3, self.move_button)
        buttons.insertWidget(4, self.sale_button)
        self._update_buttons()

    def columns(self) -> list[Column]:
        stages = labels.opportunity_stage_labels()
        chances = self.service.chances()
        return [
            (self.tr("Product"), lambda o: o.product),
            (self.tr("Stage"), lambda o: stages.get(o.stage, o.stage)),
            (self.tr("Expected amount"), lambda o: money(o.amount)),
            (
                self.tr("Chance"),
                lambda o: f"{chances.get(o.stage, 100 if o.stage == 'won' else 0)}%",
            ),
            (self.tr("Expected close"), lambda o: o.expected_close),
            (self.tr("Next step"), lambda o: o.next_step),
            (self.tr("Next step on"), lambda o: o.next_step_on),
            (self.tr("Closed on"), lambda o: o.closed_on),
            (self.tr("Lost because"), lambda o: o.lost_reason),
        ]

    def fill_row(self, row: int, record: Any) -> None:
        """Won in green, lost in grey, an overdue next step in amber."""
        colour = (
            "#2e7d32"
            if record.stage == "won"
            else "#777777"
            if record.stage == "lost"
            else "#b26a00"
            if record.next_step_on is not None and record.next_step_on <= today()
            else None
        )
        if colour:
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(QBrush(QColor(colour)))

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("product", self.tr("Product"), EDITABLE, choices=self.products()),
            FieldSpec("amount", self.tr("Expected amount"), MONEY),
            FieldSpec("expected_close", self.tr("Expected close"), DATE),
            FieldSpec("stage", self.tr("Stage"), CHOICE, choices=labels.opportunity_stage_labels()),
            FieldSpec("lost_reason", self.tr("Lost because"), hint=self.tr("needed when lost")),
            FieldSpec("next_step", self.tr("Next step")),
            FieldSpec("next_step_on", self.tr("Next step on"), DATE),
            FieldSpec("notes", self.tr("Notes"), MULTILINE),
        ]

    def default_values(self) -> dict[str, Any]:
        return {"stage": "lead"}

    def empty_text(self) -> str:
        return self.tr(
            "No sales opportunities. Click Add… to record one: product, expected amount and "
            "close date, and the next step; its date joins Today's follow-ups."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New opportunity") if new else self.tr("Edit opportunity")

    def build_input(self, values: dict[str, Any]) -> OpportunityInput:
        values = dict(values)
        if values.get("amount") is None:
            values["amount"] = OpportunityInput().amount
        return OpportunityInput(**values)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "sale_button"):  # the base class builds first
            return
        record = self.selected_record()
        self.move_button.setEnabled(record is not None)
        self.sale_button.setEnabled(
            record is not None and record.stage == "won" and record.sale_id is None
        )

    def move_selected(self, stage: str) -> None:
        record = self.selected_record()
        if record is None or self.customer_id is None or stage == record.stage:
            return
        reason = None
        if stage == "lost":
            reason = ask_lost_reason(self)
            if reason is None:
                return
        try:
            changes = self.service.move(record.id, stage, reason, version=record.version)
        except ValidationErrors as error:
            move_refused(self, error)
            return
        self._reload_keeping(record.id)
        self.changed.emit(changes)

    def record_sale(self) -> None:
        record = self.selected_record()
        if record is None or self.customer_id is None:
            return
        acknowledged: set[str] = set()
        while True:
            try:
                created = self.service.record_sale(record.id, acknowledged=frozenset(acknowledged))
                break
            except NeedsConfirmation as question:
                if question.key != CREDIT_OVER_LIMIT or not self._over_limit_ok(question):
                    return
                acknowledged.add(question.key)
        self._reload_keeping(record.id)
        self.changed.emit(created.changes)

    def _over_limit_ok(self, question: NeedsConfirmation) -> bool:
        p = question.params
        # The sales tab's own question, in its words (and its translation).
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SalesTab", "Over the credit limit"),
            QCoreApplication.translate(
                "SalesTab",
                "With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan"
                " by {2} yuan.\n\nRecord the sale anyway?",
            ).format(money(p["receivable"]), money(p["limit"]), money(p["excess"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _reload_keeping(self, record_id: int) -> None:
        assert self.customer_id is not None
        self.load(self.customer_id)
        for row, record in enumerate(self.records):
            if record.id == record_id:
                self.table.selectRow(row)

"""The customer's contracts (购销合同): number, dates, amount, terms, and the standard clauses
as a checklist; one ending soon stands out, as its warning does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from crm_desktop.core.clock import today
from crm_desktop.core.services.contracts import ContractInput
from crm_desktop.core.vocabulary import CONTRACT_CLAUSE
from crm_desktop.ui.dialogs.form_dialog import BOOL, DATE, MONEY, MULTILINE, FieldSpec
from crm_desktop.ui.formatting import money
from crm_desktop.ui.tabs.base import Column, RecordTab

CLAUSE_FIELD = "clause_"
CLAUSES_COLUMN = 7


def clause_labels() -> dict[str, str]:
    """The checklist's clauses in the order seed 003 lists them."""
    words = {
        "product": QCoreApplication.translate("Labels", "Product (kind, brand, spec)"),
        "quantity": QCoreApplication.translate("Labels", "Quantity"),
        "price": QCoreApplication.translate("Labels", "Price"),
        "quality": QCoreApplication.translate("Labels", "Quality standard"),
        "packing": QCoreApplication.translate("Labels", "Packing"),
        "delivery": QCoreApplication.translate(
            "Labels", "Delivery (time, place, transport, costs)"
        ),
        "acceptance": QCoreApplication.translate("Labels", "Acceptance"),
        "payment": QCoreApplication.translate("Labels", "Payment"),
        "liability": QCoreApplication.translate("Labels", "Liability for breach"),
        "dispute": QCoreApplication.translate("Labels", "Dispute resolution"),
        "validity": QCoreApplication.translate("Labels", "Signing date, place and validity"),
    }
    return {key: words[key] for key in CONTRACT_CLAUSE.keys}


class ContractsTab(RecordTab):
    contract_days = 30  # the warning window (the rules' default)

    def columns(self) -> list[Column]:
        return [
            (self.tr("Contract no."), lambda c: c.number),
            (self.tr("Signed on"), lambda c: c.signed_on),
            (self.tr("Ends on"), lambda c: c.ends_on),
            (self.tr("Amount"), lambda c: money(c.amount)),
            (self.tr("Payment"), lambda c: c.payment_terms),
            (self.tr("Delivery"), lambda c: c.delivery_terms),
            (self.tr("Quality"), lambda c: c.quality_terms),
            (
                self.tr("Clauses"),
                lambda c: f"{len(c.clauses)}/{len(CONTRACT_CLAUSE.keys)}",
            ),
            (self.tr("Status"), self._status),
        ]

    def _status(self, contract: Any) -> str:
        if contract.ends_on is None:
            return self.tr("no end date")
        left = (contract.ends_on - today()).days
        if left < 0:
            return self.tr("ended")
        if left <= self.contract_days:
            return self.tr("ends in %n day(s)", "", left)
        return self.tr("in force")

    def fill_row(self, row: int, record: Any) -> None:
        """Ending soon in amber; the clauses missing from the checklist in the tooltip."""
        labels = clause_labels()
        missing = [labels[key] for key in record.missing_clauses]
        clauses = self.table.item(row, CLAUSES_COLUMN)
        if clauses is not None:
            clauses.setToolTip(
                self.tr("Missing: {0}").format("、".join(missing))
                if missing
                else self.tr("Every standard clause is in")
            )
            if missing:
                clauses.setForeground(QBrush(QColor("#b52b27")))
        left = None if record.ends_on is None else (record.ends_on - today()).days
        if left is not None and 0 <= left <= self.contract_days:
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(QBrush(QColor("#b26a00")))

    def specs(self) -> list[FieldSpec]:
        specs = [
            FieldSpec("number", self.tr("Contract no."), required=True),
            FieldSpec("signed_on", self.tr("Signed on"), DATE),
            FieldSpec("ends_on", self.tr("Ends on"), DATE),
            FieldSpec("amount", self.tr("Amount"), MONEY),
            FieldSpec("payment_terms", self.tr("Payment terms")),
            FieldSpec("delivery_terms", self.tr("Delivery terms")),
            FieldSpec("quality_terms", self.tr("Quality terms")),
        ]
        specs += [
            FieldSpec(CLAUSE_FIELD + key, self.tr("Clause: {0}").format(label), BOOL)
            for key, label in clause_labels().items()
        ]
        specs.append(FieldSpec("notes", self.tr("Notes"), MULTILINE))
        return specs

    def values_of(self, record: Any) -> dict[str, Any]:
        values = {
            spec.key: getattr(record, spec.key, None)
            for spec in self.specs()
            if not spec.key.startswith(CLAUSE_FIELD)
        }
        values.update({CLAUSE_FIELD + key: True for key in record.clauses})
        return values

    def empty_text(self) -> str:
        return self.tr(
            "No contracts recorded. Click Add… to register one with its number, dates and terms, "
            "and tick the standard clauses it contains; the warnings list tells you before one "
            "ends."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New contract") if new else self.tr("Edit contract")

    def build_input(self, values: dict[str, Any]) -> ContractInput:
        clauses = [key for key in CONTRACT_CLAUSE.keys if values.pop(CLAUSE_FIELD + key, False)]
        return ContractInput(**values, clauses=clauses)

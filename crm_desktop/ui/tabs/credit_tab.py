"""The credit tab: limit, payment days, rating, and the receivable from the sales log."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.services.dto import CreditInput
from crm_desktop.ui.dialogs.form_dialog import (
    CHOICE,
    DATE,
    EDITABLE,
    INT,
    MONEY,
    MULTILINE,
    FieldSpec,
    FormDialog,
)
from crm_desktop.ui.formatting import money


class CreditTab(QWidget):
    changed = Signal(object)  # Changes of a write

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.customer_id: int | None = None
        self.limit = QLabel()
        self.days = QLabel()
        self.rating = QLabel()
        self.receivable = QLabel()
        self.receivable.setObjectName("credit_receivable")
        self.history = QLabel()
        self.history.setObjectName("credit_history_score")
        self.potential = QLabel()
        self.suggested = QLabel()
        self.suggested.setObjectName("credit_suggested_rating")
        self.application = QLabel()
        self.application.setObjectName("credit_application")
        self.investigation = QLabel()
        self.investigation.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("credit_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Credit limit (yuan)"), self.limit)
        form.addRow(self.tr("Payment days"), self.days)
        form.addRow(self.tr("Credit rating"), self.rating)
        form.addRow(self.tr("Receivable (yuan)"), self.receivable)
        form.addRow(self.tr("Payment-history score"), self.history)
        form.addRow(self.tr("Potential score"), self.potential)
        form.addRow(self.tr("Suggested rating"), self.suggested)
        form.addRow(self.tr("Credit application"), self.application)
        form.addRow(self.tr("Investigation"), self.investigation)
        self.edit_button = QPushButton(self.tr("Edit credit…"))
        self.edit_button.setObjectName("credit_edit")
        self.edit_button.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.edit_button.setEnabled(customer_id is not None)
        if customer_id is None:
            for label in (
                self.limit,
                self.days,
                self.rating,
                self.receivable,
                self.status,
                self.history,
                self.potential,
                self.suggested,
                self.application,
                self.investigation,
            ):
                label.clear()
            return
        credit = self.service.get(customer_id)
        self.limit.setText(money(credit.limit) if credit.limit else self.tr("not set"))
        self.days.setText(str(credit.payment_days))
        self.rating.setText(credit.rating or self.tr("not rated"))
        self.receivable.setText(money(credit.receivable))
        self.history.setText(
            self.tr("{0} of 100 (amounts paid within the payment days, last 12 months)").format(
                credit.history_score
            )
            if credit.history_score is not None
            else self.tr("no amounts fell due in the last 12 months")
        )
        self.potential.setText(
            self.tr("{0} of 100").format(credit.potential_score)
            if credit.potential_score is not None
            else self.tr("not scored")
        )
        suggestion = credit.suggested_rating or self.tr("none yet")
        if credit.suggested_rating and credit.rating and credit.suggested_rating != credit.rating:
            suggestion += self.tr(" (differs from the rating set)")
        self.suggested.setText(suggestion)
        if credit.applied_on or credit.requested_limit or credit.approver:
            self.application.setText(
                self.tr("applied {0} for {1} yuan, approved by {2}").format(
                    credit.applied_on or "—",
                    money(credit.requested_limit) if credit.requested_limit is not None else "—",
                    credit.approver or "—",
                )
            )
        else:
            self.application.setText(self.tr("none recorded"))
        self.investigation.setText(credit.investigation or self.tr("none recorded"))
        if credit.over_limit is not None:
            self.status.setText(
                self.tr("Receivable is over the credit limit by {0} yuan.").format(
                    money(credit.over_limit)
                )
            )
            self.status.setStyleSheet("color: #b52b27; font-weight: bold;")
        elif not credit.limit:
            self.status.setText(self.tr("No credit limit set. Click Edit credit… to set one."))
            self.status.setStyleSheet("color: #888;")
        else:
            self.status.setText(
                self.tr("{0} yuan of the limit still available.").format(
                    money(credit.limit - credit.receivable)
                )
            )
            self.status.setStyleSheet("color: #2e7d32;")

    def edit(self) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        current = self.service.get(customer_id)
        specs = [
            FieldSpec("limit", self.tr("Credit limit (yuan)"), MONEY),
            FieldSpec("payment_days", self.tr("Payment days"), INT),
            FieldSpec(
                "rating",
                self.tr("Credit rating"),
                EDITABLE,
                choices=["A", "B", "C", "D"],
                hint=self.tr("suggested: {0}").format(current.suggested_rating or "—"),
            ),
            FieldSpec(
                "potential_score",
                self.tr("Potential score (0–100)"),
                CHOICE,
                choices={str(n): str(n) for n in range(0, 101, 10)},
                optional_choice=True,
            ),
            FieldSpec("applied_on", self.tr("Credit applied for on"), DATE),
            FieldSpec("requested_limit", self.tr("Requested limit (yuan)"), MONEY),
            FieldSpec("approver", self.tr("Approved by")),
            FieldSpec("investigation", self.tr("Credit investigation notes"), MULTILINE),
        ]

        made: list[Changes] = []

        def submit(values: dict[str, Any]) -> None:
            made.append(
                self.service.set(
                    customer_id,
                    CreditInput(
                        limit=values["limit"] or Decimal(0),
                        payment_days=values["payment_days"],
                        rating=values["rating"],
                        potential_score=None
                        if values["potential_score"] is None
                        else int(values["potential_score"]),
                        applied_on=values["applied_on"],
                        requested_limit=values["requested_limit"],
                        approver=values["approver"],
                        investigation=values["investigation"],
                    ),
                    version=current.version,
                )
            )

        values = {
            "limit": current.limit,
            "payment_days": current.payment_days,
            "rating": current.rating,
            "potential_score": None
            if current.potential_score is None
            else str(current.potential_score),
            "applied_on": current.applied_on,
            "requested_limit": current.requested_limit,
            "approver": current.approver,
            "investigation": current.investigation,
        }
        dialog = FormDialog(self, self.tr("Credit"), specs, values, submit)
        dialog.setObjectName("credit_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))
        elif dialog.reloaded:
            self.load(customer_id)
            self.changed.emit(Changes.of("customers", [customer_id]))

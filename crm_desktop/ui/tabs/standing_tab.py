"""Where the customer stands: lifecycle stage, relationship stage by share of wallet, the
evaluation card (seed 002/003), ABC class and key-account status."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.clock import today
from crm_desktop.core.services.standing import Standing, StandingInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import CHOICE, MONEY, MULTILINE, FieldSpec, FormDialog
from crm_desktop.ui.formatting import money

SCORES = {str(n): str(n) for n in range(1, 6)}


class StandingTab(QWidget):
    changed = Signal(object)  # Changes of a write

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.customer_id: int | None = None
        self.is_key_account: Any = lambda _cid: None  # set by the main window from the rules' marks
        self.values: dict[str, QLabel] = {}

        def group(title: str, rows: list[tuple[str, str]]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for key, label in rows:
                value = QLabel()
                value.setObjectName(f"standing_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[key] = value
                form.addRow(label, value)
            return box

        stages = group(
            self.tr("Stages"),
            [
                ("lifecycle", self.tr("Lifecycle stage")),
                ("relationship", self.tr("Relationship stage")),
                ("abc", self.tr("ABC class")),
            ],
        )
        card = group(
            self.tr("Evaluation card (1–5 each)"),
            [
                ("capability", self.tr("Business capability")),
                ("reputation", self.tr("Reputation")),
                ("relations", self.tr("Social relations")),
                ("cooperation", self.tr("Cooperation")),
                ("total", self.tr("Total")),
                ("note", self.tr("Note")),
            ],
        )
        self.edit_button = QPushButton(self.tr("Edit stage and evaluation…"))
        self.edit_button.setObjectName("standing_edit")
        self.edit_button.clicked.connect(self.edit)
        self.use_suggestion = QPushButton(self.tr("Follow the suggested stage"))
        self.use_suggestion.setObjectName("standing_use_suggestion")
        self.use_suggestion.clicked.connect(self.follow_suggestion)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.use_suggestion)
        buttons.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(stages, 1)
        columns.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(columns)
        layout.addStretch(1)

    def load(self, customer_id: int | None, standing: Standing | None = None) -> None:
        """Show the customer's standing; pass `standing` when the caller has computed it."""
        self.customer_id = customer_id
        self.edit_button.setEnabled(customer_id is not None)
        if customer_id is None:
            for value in self.values.values():
                value.clear()
            self.use_suggestion.hide()
            return
        s = standing or self.service.get(customer_id, today())
        self.standing = s
        stages = labels.lifecycle_labels()
        suggested = stages.get(s.lifecycle_suggested, s.lifecycle_suggested)
        if s.lifecycle:
            text = (
                self.tr("{0} (set by hand; the sales log suggests {1})").format(
                    stages.get(s.lifecycle, s.lifecycle), suggested
                )
                if s.lifecycle != s.lifecycle_suggested
                else self.tr("{0} (set by hand, as the sales log suggests)").format(suggested)
            )
        else:
            text = self.tr("{0} (suggested from the sales log)").format(suggested)
        self.values["lifecycle"].setText(text)
        self.use_suggestion.setVisible(bool(s.lifecycle) and s.lifecycle != s.lifecycle_suggested)
        if s.relationship is None:
            self.values["relationship"].setText(
                self.tr(
                    "unknown: enter the customer's estimated yearly purchases of our kind of"
                    " product"
                )
            )
        else:
            self.values["relationship"].setText(
                self.tr("{0}: our {1} yuan of an estimated {2} yuan ({3:.0f} %)").format(
                    labels.relationship_labels()[s.relationship],
                    money(s.sales_12m),
                    money(s.wallet_estimate),
                    (s.wallet_share or Decimal(0)) * 100,
                )
            )
        key = self.is_key_account(customer_id)
        abc = s.abc_class or self.tr("not classed (no sales in the last 12 full months)")
        self.values["abc"].setText(abc + (self.tr(" · ★ key account") if key else ""))
        for item in ("capability", "reputation", "relations", "cooperation"):
            score = getattr(s, item)
            self.values[item].setText(
                self.tr("not scored")
                if score is None
                else "★" * score + "☆" * (5 - score) + f"  {score}"
            )
        self.values["total"].setText(
            self.tr("{0} of 20").format(s.evaluation_total)
            if s.evaluation_total
            else self.tr("score all four to see the total")
        )
        self.values["note"].setText(s.eval_note or "")

    def edit(self) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        s = self.service.get(customer_id, today())
        specs = [
            FieldSpec(
                "lifecycle",
                self.tr("Lifecycle stage"),
                CHOICE,
                choices=labels.lifecycle_labels(),
                optional_choice=True,
            ),
            FieldSpec(
                "wallet_estimate",
                self.tr("Estimated yearly purchases of our kind of product (yuan)"),
                MONEY,
                hint=self.tr("from all suppliers; gives the share of wallet"),
            ),
            FieldSpec(
                "capability",
                self.tr("Business capability"),
                CHOICE,
                choices=SCORES,
                optional_choice=True,
            ),
            FieldSpec(
                "reputation", self.tr("Reputation"), CHOICE, choices=SCORES, optional_choice=True
            ),
            FieldSpec(
                "relations",
                self.tr("Social relations"),
                CHOICE,
                choices=SCORES,
                optional_choice=True,
            ),
            FieldSpec(
                "cooperation", self.tr("Cooperation"), CHOICE, choices=SCORES, optional_choice=True
            ),
            FieldSpec("eval_note", self.tr("Note"), MULTILINE),
        ]
        values = {
            "lifecycle": s.lifecycle,
            "wallet_estimate": s.wallet_estimate,
            "eval_note": s.eval_note,
            **{
                k: None if getattr(s, k) is None else str(getattr(s, k))
                for k in ("capability", "reputation", "relations", "cooperation")
            },
        }

        made: list[Changes] = []

        def submit(v: dict[str, Any]) -> None:
            made.append(
                self.service.set(
                    customer_id,
                    StandingInput(
                        lifecycle=v["lifecycle"],
                        wallet_estimate=v["wallet_estimate"],
                        capability=_int(v["capability"]),
                        reputation=_int(v["reputation"]),
                        relations=_int(v["relations"]),
                        cooperation=_int(v["cooperation"]),
                        eval_note=v["eval_note"],
                    ),
                    version=s.version,
                )
            )

        dialog = FormDialog(self, self.tr("Stage and evaluation"), specs, values, submit)
        dialog.setObjectName("standing_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))
        elif dialog.reloaded:
            self.load(customer_id)
            self.changed.emit(Changes.of("customers", [customer_id]))

    def follow_suggestion(self) -> None:
        if self.customer_id is None:
            return
        s = self.service.get(self.customer_id, today())
        changes = self.service.set(
            self.customer_id,
            StandingInput(
                None,
                s.wallet_estimate,
                s.capability,
                s.reputation,
                s.relations,
                s.cooperation,
                s.eval_note,
            ),
            version=s.version,
        )
        self.load(self.customer_id)
        self.changed.emit(changes)


def _int(value: str | None) -> int | None:
    return None if value in (None, "") else int(value)

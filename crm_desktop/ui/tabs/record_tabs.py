"""The customer's tabs: contacts, relationship notes, sales log, complaints."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QPushButton

from crm_desktop.core.clock import today
from crm_desktop.core.errors import CrmError, NeedsConfirmation, ValidationError, ValidationErrors
from crm_desktop.core.normalize.values import Birthday
from crm_desktop.core.rules.receivables import CREDIT_OVER_LIMIT
from crm_desktop.core.services.dto import ComplaintInput, ContactInput, NoteInput, SaleInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import (
    BIRTHDAY,
    BOOL,
    CHOICE,
    DATE,
    DECIMAL,
    EDITABLE,
    MOBILE,
    MONEY,
    MULTILINE,
    PHONE,
    SIGNED_MONEY,
    FieldSpec,
)
from crm_desktop.ui.formatting import money, quantity
from crm_desktop.ui.tabs.base import Column, RecordTab


class ContactsTab(RecordTab):
    def __init__(self, service: Any, parent: Any = None, exports: Any = None) -> None:
        super().__init__(service, parent)
        self.exports = exports  # the Core's export service: the selected contacts as a .vcf
        # Several contacts may be chosen for the export; Edit and Remove act on one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.export_button = QPushButton(self.tr("Export to phone…"))
        self.export_button.setObjectName("ContactsTab_export_vcard")
        self.export_button.setToolTip(
            self.tr("Save the selected contacts as a vCard file (.vcf) that phones import")
        )
        self.export_button.clicked.connect(self.export_selected)
        buttons = self.layout().itemAt(0).layout()
        buttons.insertWidget(3, self.export_button)
        # Hidden, never "shown" here: a parentless widget made visible becomes a window.
        self.export_button.setHidden(exports is None)
        self._update_buttons()
        # Call-time courtesy (seed 002): said before the clerk dials, not after.
        self.courtesy = QLabel()
        self.courtesy.setObjectName("contacts_courtesy")
        self.courtesy.setWordWrap(True)
        self.courtesy.setStyleSheet("color: #b26a00; padding: 2px;")
        self.courtesy.hide()
        self.layout().addWidget(self.courtesy)
        self.table.itemSelectionChanged.connect(self.show_courtesy)

    def selected_records(self) -> list[Any]:
        model = self.table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        return [self.records[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = len(self.selected_records())
        self.edit_button.setEnabled(chosen == 1)
        self.remove_button.setEnabled(chosen == 1)
        export = getattr(self, "export_button", None)  # None while the base class builds
        if export is not None:
            export.setEnabled(chosen > 0)
        self.apply_lock()

    def update_footer(self) -> None:
        self.footer.hide()  # the last export's line belongs to the customer it was made for

    def export_selected(self) -> None:
        chosen = self.selected_records()
        if not chosen or self.exports is None:
            return
        from crm_desktop.ui.vcard_export import ask_vcard_path

        path = ask_vcard_path(self, f"{chosen[0].name}.vcf" if len(chosen) == 1 else "contacts.vcf")
        if path is None:
            return
        try:
            count = self.exports.export_contacts(path, [c.id for c in chosen])
        except (CrmError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        self.footer.setText(self.tr("Exported %n contact(s) to {0}", "", count).format(path))
        self.footer.show()

    def show_courtesy(self, moment: datetime | None = None) -> None:
        contact = self.selected_record()
        if contact is None or not (contact.mobile or contact.phone) or contact.left:
            self.courtesy.hide()
            return
        now = moment or datetime.now()
        found = self.service.call_courtesy(now)
        if found is None:
            self.courtesy.hide()
            return
        reason, polite_from = found
        why = {
            "summer_nap": self.tr("it is the summer midday rest"),
            "early_winter": self.tr("it is early on a winter morning"),
            "early": self.tr("it is early in the morning"),
            "early_weekend": self.tr("it is early on a weekend or holiday morning"),
            "late": self.tr("it is late in the evening"),
        }[reason]
        self.courtesy.setText(
            self.tr("☎ Better not call {0} now ({1:%H:%M}): {2}. Polite again from {3}.").format(
                contact.name, now, why, polite_from
            )
        )
        self.courtesy.show()

    def columns(self) -> list[Column]:
        roles = labels.role_labels()
        genders = labels.gender_labels()
        return [
            (self.tr("Name"), lambda c: c.name + (self.tr(" (left)") if c.left else "")),
            (self.tr("Title"), lambda c: c.title),
            (self.tr("Role"), lambda c: roles.get(c.role or "", "")),
            (
                self.tr("Gender"),
                lambda c: "" if c.gender == "unknown" else genders.get(c.gender, c.gender),
            ),
            (self.tr("Mobile"), lambda c: c.mobile),
            (self.tr("Phone"), lambda c: c.phone),
            (self.tr("WeChat"), lambda c: c.wechat),
            (self.tr("Birthday"), self._birthday_text),
            (self.tr("Notes"), lambda c: c.notes),
        ]

    def _birthday_text(self, c: Any) -> str:
        if not c.birthday_month:
            return ""
        text = Birthday(c.birthday_month, c.birthday_day, c.birthday_year).iso().lstrip("-")
        return text + (self.tr(" (lunar)") if c.birthday_lunar else "")

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name"), required=True),
            FieldSpec("title", self.tr("Title")),
            FieldSpec(
                "role",
                self.tr("Role in purchase"),
                CHOICE,
                choices=labels.role_labels(),
                optional_choice=True,
            ),
            FieldSpec("gender", self.tr("Gender"), CHOICE, choices=labels.gender_labels()),
            FieldSpec("mobile", self.tr("Mobile"), MOBILE),
            FieldSpec("phone", self.tr("Phone"), PHONE),
            FieldSpec("wechat", self.tr("WeChat")),
            FieldSpec("email", self.tr("E-mail")),
            FieldSpec("birthday", self.tr("Birthday"), BIRTHDAY),
            FieldSpec("birthday_lunar", self.tr("Birthday is a lunar date"), BOOL),
            FieldSpec("left", self.tr("Has left the customer"), BOOL),
            FieldSpec("hobbies", self.tr("Hobbies"), hint=self.tr("what the person likes")),
            FieldSpec(
                "preferences",
                self.tr("Preferences"),
                hint=self.tr("what they prefer when buying, their habits"),
            ),
            FieldSpec("notes", self.tr("Notes"), MULTILINE),
        ]

    def default_values(self) -> dict[str, Any]:
        return {"gender": "unknown"}

    def empty_text(self) -> str:
        return self.tr(
            "No contacts yet. Click Add… to record who decides, who buys and their birthdays."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New contact") if new else self.tr("Edit contact")

    def values_of(self, record: Any) -> dict[str, Any]:
        values = super().values_of(record)
        values["birthday"] = self._birthday_text(record).replace(self.tr(" (lunar)"), "") or None
        return values

    def build_input(self, values: dict[str, Any]) -> ContactInput:
        birthday: Birthday | None = values.pop("birthday")
        return ContactInput(
            **values,
            birthday_year=birthday.year if birthday else None,
            birthday_month=birthday.month if birthday else None,
            birthday_day=birthday.day if birthday else None,
        )


class NotesTab(RecordTab):
    def __init__(self, service: Any, parent: Any = None) -> None:
        super().__init__(service, parent)
        # Seed 003 (客户重大变故预警): a major event warns until someone clears it, here or in
        # the warnings list.
        self.clear_button = QPushButton(self.tr("Clear event"))
        self.clear_button.setObjectName("NotesTab_clear_event")
        self.clear_button.setToolTip(
            self.tr("The major event was looked into: end its warning (the note stays)")
        )
        self.clear_button.clicked.connect(self.clear_selected)
        buttons = self.layout().itemAt(0).layout()
        buttons.insertWidget(3, self.clear_button)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        clear = getattr(self, "clear_button", None)  # None while the base class builds
        if clear is not None:
            note = self.selected_record()
            clear.setEnabled(note is not None and _open_event(note))

    def columns(self) -> list[Column]:
        kinds = labels.note_kind_labels()
        events = labels.major_event_labels()
        return [
            (self.tr("Date"), lambda n: n.date),
            (self.tr("Kind"), lambda n: _note_kind(n, kinds, events)),
            (self.tr("Objective"), lambda n: n.objective),
            (self.tr("Next follow-up"), lambda n: n.next_follow_up),
            (self.tr("Summary"), lambda n: n.summary),
            (self.tr("Cleared"), lambda n: n.cleared_on),
        ]

    def fill_row(self, row: int, record: Any) -> None:
        if _open_event(record):  # still warning: the clerk sees which line it is
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(QColor("#b00020"))

    def load_records(self, customer_id: int) -> list[Any]:
        return list(reversed(self.service.list(customer_id)))  # newest first

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("date", self.tr("Date"), DATE, required=True),
            FieldSpec("kind", self.tr("Kind"), CHOICE, choices=labels.note_kind_labels()),
            FieldSpec(
                "objective",
                self.tr("Objective of the visit"),
                hint=self.tr("what the visit is for; every visit records one"),
            ),
            FieldSpec(
                "event",
                self.tr("Major event (kind “Major event”)"),
                CHOICE,
                choices=labels.major_event_labels(),
                optional_choice=True,
            ),
            FieldSpec("summary", self.tr("Summary"), MULTILINE),
            FieldSpec("next_follow_up", self.tr("Next follow-up"), DATE),
            FieldSpec("cleared_on", self.tr("Event cleared on"), DATE),
        ]

    def default_values(self) -> dict[str, Any]:
        return {"date": today(), "kind": "visit"}

    def empty_text(self) -> str:
        return self.tr(
            "No relationship notes yet. Click Add… after a visit or call,"
            " and set the next follow-up."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New relationship note") if new else self.tr("Edit relationship note")

    def build_input(self, values: dict[str, Any]) -> NoteInput:
        values = dict(values)
        values["event"] = values.get("event") or None
        # Seed 003: 有目的、有计划地拜访 — a visit is planned for something, so it says what.
        if values["kind"] == "visit" and not (values.get("objective") or "").strip():
            raise ValidationErrors(
                [ValidationError("objective", "required", "a visit records its objective")]
            )
        return NoteInput(**values)

    def show_note(self, note_id: int) -> None:
        """Select the note a warning points at (a major event's)."""
        for row, note in enumerate(self.records):
            if note.id == note_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def clear_selected(self) -> None:
        note = self.selected_record()
        if note is None or not _open_event(note) or self.customer_id is None:
            return
        changes = self.service.clear_event(note.id, today())
        self.load(self.customer_id)
        self.changed.emit(changes)


def _open_event(note: Any) -> bool:
    return note.kind == "event" and note.cleared_on is None


def _note_kind(note: Any, kinds: dict[str, str], events: dict[str, str]) -> str:
    kind = kinds.get(note.kind, note.kind)
    if note.kind == "event" and note.event:
        return f"{kind}: {events.get(note.event, note.event)}"
    return kind


class SalesTab(RecordTab):
    def columns(self) -> list[Column]:
        channels = labels.purchase_channel_labels()
        return [
            (self.tr("Date"), lambda s: s.date),
            (self.tr("Product"), lambda s: s.product),
            (self.tr("Spec"), lambda s: s.spec),
            (self.tr("Quantity"), lambda s: quantity(s.quantity)),
            (self.tr("Unit price"), lambda s: money(s.unit_price, 4)),
            (self.tr("Amount"), lambda s: money(s.amount)),
            (self.tr("Cost"), lambda s: money(s.cost)),
            (self.tr("Paid"), lambda s: money(s.paid)),
            (self.tr("Receivable"), lambda s: money(s.running_receivable)),
            (self.tr("Channel"), lambda s: channels.get(s.channel or "", "")),
        ]

    def load_records(self, customer_id: int) -> list[Any]:
        return list(reversed(self.service.lines(customer_id)))  # newest first, running total kept

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("date", self.tr("Date"), DATE, required=True),
            FieldSpec("product", self.tr("Product"), EDITABLE, choices=self.service.products()),
            FieldSpec("spec", self.tr("Spec")),
            FieldSpec("quantity", self.tr("Quantity"), DECIMAL),
            FieldSpec("unit_price", self.tr("Unit price"), DECIMAL),
            FieldSpec(
                "amount",
                self.tr("Amount"),
                SIGNED_MONEY,
                hint=self.tr("empty: quantity × unit price; negative for a return"),
            ),
            FieldSpec("cost", self.tr("Cost"), MONEY),
            FieldSpec("paid", self.tr("Paid"), MONEY),
            FieldSpec(
                "channel",
                self.tr("Purchase channel"),
                CHOICE,
                choices=labels.purchase_channel_labels(),
                optional_choice=True,
            ),
        ]

    def values_of(self, record: Any) -> dict[str, Any]:
        data = self.service.get_input(record.id)
        return {spec.key: getattr(data, spec.key) for spec in self.specs()}

    def default_values(self) -> dict[str, Any]:
        return {"date": today()}

    def empty_text(self) -> str:
        return self.tr(
            "No sales recorded. Click Add… to enter a delivery: date, product, quantity and price."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New sale") if new else self.tr("Edit sale")

    def build_input(self, values: dict[str, Any]) -> SaleInput:
        qty, price = values["quantity"], values["unit_price"]
        amount = self.service.amount_of(values["amount"], qty, price)
        return SaleInput(
            date=values["date"],
            amount=amount,
            product=values["product"],
            spec=values["spec"],
            quantity=qty,
            unit_price=price,
            cost=values["cost"],
            paid=values["paid"] or Decimal(0),
            channel=values["channel"],
        )

    def confirm(self, question: NeedsConfirmation) -> bool:
        """The core's credit-limit question, worded for the clerk."""
        if question.key != CREDIT_OVER_LIMIT:
            return super().confirm(question)
        p = question.params
        answer = QMessageBox.question(
            self,
            self.tr("Over the credit limit"),
            self.tr(
                "With this sale the receivable becomes {0} yuan, over the credit limit of {1} yuan"
                " by {2} yuan.\n\nRecord the sale anyway?"
            ).format(money(p["receivable"]), money(p["limit"]), money(p["excess"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def update_footer(self) -> None:
        if not self.records:
            self.footer.hide()
            return
        total = sum((s.amount for s in self.records), Decimal(0))
        paid = sum((s.paid for s in self.records), Decimal(0))
        receivable = self.service.receivable(
            self.customer_id
        )  # payments not tied to a line count too
        self.footer.setText(
            self.tr("Total {0} · paid {1} · receivable {2}").format(
                money(total), money(paid), money(receivable)
            )
        )
        self.footer.show()


class ComplaintsTab(RecordTab):
    def columns(self) -> list[Column]:
        statuses = labels.complaint_status_labels()
        levels = labels.escalation_labels()
        sources = labels.complaint_source_labels()
        return [
            (self.tr("Received"), lambda c: c.received),
            (self.tr("Category"), lambda c: c.category),
            (self.tr("Status"), lambda c: statuses.get(c.status, c.status)),
            (self.tr("Answered"), lambda c: c.answered_on),
            (self.tr("Days to answer"), lambda c: c.days_to_answer),
            (self.tr("Escalated to"), lambda c: levels.get(c.escalation or "", "")),
            (self.tr("Compensation"), lambda c: money(c.compensation)),
            (self.tr("Came in by"), lambda c: sources.get(c.received_via or "", "")),
            (self.tr("Handler"), lambda c: c.handler),
            (self.tr("Instructed by"), lambda c: c.instructed_by),
            (self.tr("Description"), lambda c: c.description),
            (self.tr("Resolution"), lambda c: c.resolution),
        ]

    def load_records(self, customer_id: int) -> list[Any]:
        return list(reversed(self.service.list(customer_id)))

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("received", self.tr("Received on"), DATE, required=True),
            FieldSpec(
                "category",
                self.tr("Category"),
                EDITABLE,
                choices=list(labels.complaint_category_labels().values()),
            ),
            FieldSpec("description", self.tr("Description"), MULTILINE),
            FieldSpec(
                "status", self.tr("Status"), CHOICE, choices=labels.complaint_status_labels()
            ),
            FieldSpec("resolution", self.tr("Resolution"), MULTILINE),
            FieldSpec("answered_on", self.tr("Answered on"), DATE),
            FieldSpec(
                "escalation",
                self.tr("Escalated to"),
                CHOICE,
                choices=labels.escalation_labels(),
                optional_choice=True,
            ),
            FieldSpec("compensation", self.tr("Compensation (yuan)"), MONEY),
            FieldSpec(
                "received_via",
                self.tr("Came in by"),
                CHOICE,
                choices=labels.complaint_source_labels(),
                optional_choice=True,
            ),
            FieldSpec("handler", self.tr("Handler (responsible)")),
            FieldSpec("instructed_by", self.tr("Instruction given by")),
            FieldSpec("instruction", self.tr("Leader's instruction"), MULTILINE),
        ]

    def default_values(self) -> dict[str, Any]:
        return {"received": today(), "status": "received"}

    def empty_text(self) -> str:
        return self.tr(
            "No complaints. When the customer complains, click Add… and follow it until it is"
            " answered."
        )

    def dialog_title(self, new: bool) -> str:
        return self.tr("New complaint") if new else self.tr("Edit complaint")

    def build_input(self, values: dict[str, Any]) -> ComplaintInput:
        if values["status"] in ("answered", "closed") and values["answered_on"] is None:
            values["answered_on"] = today()
        # Writing down the leader's instruction is the step itself (seed 003: 领导批示): a
        # complaint still received or investigated moves on to "instructed".
        if values["instruction"] and values["status"] in ("received", "investigating"):
            values["status"] = "instructed"
        return ComplaintInput(**values)

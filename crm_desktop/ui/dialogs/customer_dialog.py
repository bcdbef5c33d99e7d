"""Create or edit a customer; a new one that looks like an existing one is offered to open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.facade import Core
from crm_desktop.core.services.dto import CustomerDetail, CustomerInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import (
    CHOICE,
    EDITABLE,
    MULTILINE,
    PHONE,
    FieldSpec,
    FormDialog,
)


def customer_specs(widget: QWidget, core: Core) -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("CustomerDialog", "Name"), required=True),
        FieldSpec("code", QCoreApplication.translate("CustomerDialog", "Code")),
        FieldSpec("short_name", QCoreApplication.translate("CustomerDialog", "Short name")),
        FieldSpec(
            "kind",
            QCoreApplication.translate("CustomerDialog", "Kind"),
            CHOICE,
            choices=labels.kind_labels(),
        ),
        FieldSpec(
            "relation",
            QCoreApplication.translate("CustomerDialog", "Relation"),
            CHOICE,
            choices=labels.relation_labels(),
        ),
        FieldSpec(
            "channel",
            QCoreApplication.translate("CustomerDialog", "Channel"),
            CHOICE,
            choices=labels.channel_labels(),
        ),
        FieldSpec(
            "category",
            QCoreApplication.translate("CustomerDialog", "Category"),
            CHOICE,
            choices=labels.category_labels(),
        ),
        FieldSpec(
            "lifecycle",
            QCoreApplication.translate("CustomerDialog", "Lifecycle stage"),
            CHOICE,
            choices=labels.lifecycle_labels(),
            optional_choice=True,
        ),
        FieldSpec(
            "region",
            QCoreApplication.translate("CustomerDialog", "Region"),
            EDITABLE,
            choices=core.customers.regions(),
        ),
        FieldSpec(
            "owner",
            QCoreApplication.translate("CustomerDialog", "Owner (salesperson)"),
            EDITABLE,
            choices=[n for _, n in core.customers.owners()],
        ),
        FieldSpec(
            "tags",
            QCoreApplication.translate("CustomerDialog", "Tags"),
            hint=QCoreApplication.translate("CustomerDialog", "separate tags with commas"),
        ),
        FieldSpec("phone", QCoreApplication.translate("CustomerDialog", "Phone"), PHONE),
        FieldSpec("email", QCoreApplication.translate("CustomerDialog", "E-mail")),
        FieldSpec("address", QCoreApplication.translate("CustomerDialog", "Address")),
        FieldSpec("notes", QCoreApplication.translate("CustomerDialog", "Notes"), MULTILINE),
    ]


def _input_from(values: dict[str, Any]) -> CustomerInput:
    tags = [
        t.strip() for t in (values.pop("tags") or "").replace("，", ",").split(",") if t.strip()
    ]
    return CustomerInput(**values, tags=tags)


def new_customer(parent: QWidget, core: Core) -> int | None:
    """Returns the id of the created customer, or of an existing one the user chose to open."""
    created: list[int] = []

    def submit(values: dict[str, Any]) -> None:
        data = _input_from(values)
        duplicates = core.customers.find_duplicates(data.name, data.phone)
        if duplicates:
            names = "\n".join(
                f"• {d.name}" + (f" ({d.code})" if d.code else "") for d in duplicates[:5]
            )
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(
                QCoreApplication.translate("CustomerDialog", "Customer may already exist")
            )
            box.setText(
                QCoreApplication.translate(
                    "CustomerDialog",
                    "A customer with this name or phone already exists:\n{0}\n\nOpen it instead?",
                ).format(names)
            )
            open_button = box.addButton(
                QCoreApplication.translate("CustomerDialog", "Open existing"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("CustomerDialog", "Create anyway"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is open_button:
                created.append(duplicates[0].id)  # the dialog closes and the existing one opens
                return
        created.append(core.customers.create(data))

    defaults = {
        "kind": "company",
        "relation": "downstream",
        "channel": "other",
        "category": "normal",
    }
    dialog = FormDialog(
        parent,
        QCoreApplication.translate("CustomerDialog", "New customer"),
        customer_specs(parent, core),
        defaults,
        submit,
    )
    dialog.setObjectName("customer_dialog")
    dialog.exec()
    return created[0] if created else None


def edit_customer(parent: QWidget, core: Core, detail: CustomerDetail) -> Changes | None:
    """What the edit changed, or None when the user cancelled."""
    made: list[Changes] = []

    def submit(values: dict[str, Any]) -> None:
        made.append(core.customers.update(detail.id, _input_from(values), version=detail.version))

    values = {
        k: getattr(detail, k)
        for k in (
            "name",
            "code",
            "short_name",
            "kind",
            "relation",
            "channel",
            "category",
            "lifecycle",
            "region",
            "owner",
            "phone",
            "email",
            "address",
            "notes",
        )
    }
    values["tags"] = ", ".join(detail.tags)
    dialog = FormDialog(
        parent,
        QCoreApplication.translate("CustomerDialog", "Edit customer"),
        customer_specs(parent, core),
        values,
        submit,
    )
    dialog.setObjectName("customer_dialog")
    if dialog.exec():
        return combined(made)
    # Refused as stale and the user chose Reload: the customer is shown as saved now.
    return Changes.of("customers", [detail.id]) if dialog.reloaded else None

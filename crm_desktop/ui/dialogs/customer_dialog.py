"""Create or edit a customer; a new one that looks like an existing one is offered to open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

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
    tr = widget.tr
    return [
        FieldSpec("name", tr("Name"), required=True),
        FieldSpec("code", tr("Code")),
        FieldSpec("short_name", tr("Short name")),
        FieldSpec("kind", tr("Kind"), CHOICE, choices=labels.kind_labels()),
        FieldSpec("relation", tr("Relation"), CHOICE, choices=labels.relation_labels()),
        FieldSpec("channel", tr("Channel"), CHOICE, choices=labels.channel_labels()),
        FieldSpec("category", tr("Category"), CHOICE, choices=labels.category_labels()),
        FieldSpec("lifecycle", tr("Lifecycle stage"), CHOICE, choices=labels.lifecycle_labels(), optional_choice=True),
        FieldSpec("region", tr("Region"), EDITABLE, choices=core.customers.regions()),
        FieldSpec("owner", tr("Owner (salesperson)"), EDITABLE, choices=[n for _, n in core.customers.owners()]),
        FieldSpec("tags", tr("Tags"), placeholder=tr("separate tags with commas")),
        FieldSpec("phone", tr("Phone"), PHONE),
        FieldSpec("email", tr("E-mail")),
        FieldSpec("address", tr("Address")),
        FieldSpec("notes", tr("Notes"), MULTILINE),
    ]


def _input_from(values: dict[str, Any]) -> CustomerInput:
    tags = [t.strip() for t in (values.pop("tags") or "").replace("，", ",").split(",") if t.strip()]
    return CustomerInput(**values, tags=tags)


def new_customer(parent: QWidget, core: Core) -> int | None:
    """Returns the id of the created customer, or of an existing one the user chose to open."""
    created: list[int] = []

    def submit(values: dict[str, Any]) -> None:
        data = _input_from(values)
        duplicates = core.customers.find_duplicates(data.name, data.phone)
        if duplicates:
            names = "\n".join(f"• {d.name}" + (f" ({d.code})" if d.code else "") for d in duplicates[:5])
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(parent.tr("Customer may already exist"))
            box.setText(parent.tr("A customer with this name or phone already exists:\n{0}\n\nOpen it instead?").format(names))
            open_button = box.addButton(parent.tr("Open existing"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(parent.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is open_button:
                created.append(duplicates[0].id)  # the dialog closes and the existing one opens
                return
        created.append(core.customers.create(data))

    defaults = {"kind": "company", "relation": "downstream", "channel": "other", "category": "normal"}
    dialog = FormDialog(parent, parent.tr("New customer"), customer_specs(parent, core), defaults, submit)
    dialog.setObjectName("customer_dialog")
    dialog.exec()
    return created[0] if created else None


def edit_customer(parent: QWidget, core: Core, detail: CustomerDetail) -> bool:
    def submit(values: dict[str, Any]) -> None:
        core.customers.update(detail.id, _input_from(values))

    values = {k: getattr(detail, k) for k in (
        "name", "code", "short_name", "kind", "relation", "channel", "category", "lifecycle", "region",
        "owner", "phone", "email", "address", "notes")}
    values["tags"] = ", ".join(detail.tags)
    dialog = FormDialog(parent, parent.tr("Edit customer"), customer_specs(parent, core), values, submit)
    dialog.setObjectName("customer_dialog")
    return bool(dialog.exec())

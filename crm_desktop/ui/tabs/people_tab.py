"""Where the customer came from (who referred it, whom it referred) and its key people as an
organisation chart: who reports to whom, each one's decision style (seeds 002, 003)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes, combined
from crm_desktop.core.errors import NotFound, ValidationError, ValidationErrors
from crm_desktop.core.services.people import OrgNode, OriginInput
from crm_desktop.ui import labels
from crm_desktop.ui.dialogs.form_dialog import CHOICE, EDITABLE, FieldSpec, FormDialog

CONTACT = Qt.ItemDataRole.UserRole


class PeopleTab(QWidget):
    changed = Signal(object)  # Changes of a write

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.customer_id: int | None = None
        self.origin: Any = None
        self.source = QLabel()
        self.source.setObjectName("people_source")
        self.referrals = QLabel()
        self.referrals.setObjectName("people_referrals")
        self.referrals.setWordWrap(True)
        self.origin_button = QPushButton(self.tr("Edit origin…"))
        self.origin_button.setObjectName("people_edit_origin")
        self.origin_button.clicked.connect(self.edit_origin)
        origin_box = QGroupBox(self.tr("Where the customer came from"))
        form = QFormLayout(origin_box)
        form.addRow(self.tr("Came from"), self.source)
        form.addRow(self.tr("Referred"), self.referrals)
        form.addRow("", self.origin_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("people_chart")
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Decision style")]
        )
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_person())
        self.person_button = QPushButton(self.tr("Reports to and style…"))
        self.person_button.setObjectName("people_edit_person")
        self.person_button.clicked.connect(self.edit_person)
        chart_box = QGroupBox(self.tr("Key people: who reports to whom"))
        chart = QVBoxLayout(chart_box)
        chart.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.person_button)
        buttons.addStretch(1)
        chart.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(origin_box)
        layout.addWidget(chart_box, 1)
        self._update_buttons()

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.tree.clear()
        if customer_id is None:
            return
        self.origin = self.service.origin(customer_id)
        sources = labels.customer_source_labels()
        o = self.origin
        text = sources.get(o.source, "") if o.source else self.tr("not recorded")
        if o.referred_by:
            text += " · " + o.referred_by
        if o.note:
            text += f" ({o.note})"
        self.source.setText(text)
        self.referrals.setText(
            self.tr("%n customer(s)", "", len(o.referrals))
            + (": " + "、".join(name for _id, name in o.referrals) if o.referrals else "")
        )
        styles, roles = labels.decision_style_labels(), labels.role_labels()

        def add(node: OrgNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            item = QTreeWidgetItem(
                [
                    node.name + (self.tr(" (left)") if node.left else ""),
                    node.title or "",
                    roles.get(node.role or "", ""),
                    styles.get(node.decision_style or "", ""),
                ]
            )
            item.setData(0, CONTACT, node.contact_id)
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.reports:
                add(child, item)

        for top in self.service.org_chart(customer_id):
            add(top, self.tree)
        self.tree.expandAll()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.origin_button.setEnabled(self.customer_id is not None)
        self.person_button.setEnabled(bool(self.tree.selectedItems()))

    def edit_origin(self) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        made: list[Changes] = []
        o = self.origin
        specs = [
            FieldSpec(
                "source",
                self.tr("Came from"),
                CHOICE,
                choices=labels.customer_source_labels(),
                optional_choice=True,
            ),
            FieldSpec(
                "referred_by",
                self.tr("Referred by (customer name or code)"),
                EDITABLE,
                hint=self.tr("needed for a referral"),
            ),
            FieldSpec("note", self.tr("Note")),
        ]

        def submit(values: dict[str, Any]) -> None:
            referrer = None
            if values["source"] == "referral" and values.get("referred_by"):
                try:
                    referrer = self.service.customer_named(values["referred_by"])
                except NotFound:
                    raise ValidationErrors(
                        [ValidationError("referred_by", "unknown", self.tr("No such customer"))]
                    ) from None
            made.append(
                self.service.set_origin(
                    customer_id, OriginInput(values["source"], referrer, values.get("note"))
                )
            )

        values = {
            "source": o.source if o else None,
            "referred_by": o.referred_by if o else None,
            "note": o.note if o else None,
        }
        dialog = FormDialog(self, self.tr("Where the customer came from"), specs, values, submit)
        dialog.setObjectName("PeopleTab_origin_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))

    def edit_person(self) -> None:
        items = self.tree.selectedItems()
        if not items or self.customer_id is None:
            return
        customer_id = self.customer_id
        contact_id = int(items[0].data(0, CONTACT))
        nodes: dict[int, OrgNode] = {}

        def walk(node: OrgNode) -> None:
            nodes[node.contact_id] = node
            for child in node.reports:
                walk(child)

        for top in self.service.org_chart(customer_id):
            walk(top)
        me = nodes[contact_id]
        others = {cid: n.name for cid, n in nodes.items() if cid != contact_id}
        specs = [
            FieldSpec(
                "reports_to", self.tr("Reports to"), CHOICE, choices=others, optional_choice=True
            ),
            FieldSpec(
                "decision_style",
                self.tr("Decision style"),
                CHOICE,
                choices=labels.decision_style_labels(),
                optional_choice=True,
            ),
        ]
        made: list[Changes] = []

        def submit(values: dict[str, Any]) -> None:
            made.append(
                self.service.set_key_person(
                    contact_id, values["reports_to"], values["decision_style"]
                )
            )

        values = {"reports_to": me.reports_to_id, "decision_style": me.decision_style}
        dialog = FormDialog(self, me.name, specs, values, submit)
        dialog.setObjectName("PeopleTab_person_dialog")
        if dialog.exec():
            self.load(customer_id)
            self.changed.emit(combined(made))

"""The right side: the open customer's header, its tabs and its sales chart."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import today
from crm_desktop.core.errors import NotFound, StaleRecord
from crm_desktop.core.facade import Core
from crm_desktop.core.rules.designations import special_supply_state
from crm_desktop.core.services.dto import CustomerDetail
from crm_desktop.core.services.standing import Standing
from crm_desktop.ui import labels
from crm_desktop.ui.changes_hub import ChangesHub
from crm_desktop.ui.charts.customer_chart import CustomerSalesChart
from crm_desktop.ui.dialogs.customer_dialog import edit_customer
from crm_desktop.ui.tabs.contracts_tab import ContractsTab
from crm_desktop.ui.tabs.credit_tab import CreditTab
from crm_desktop.ui.tabs.history_tab import HistoryTab
from crm_desktop.ui.tabs.licences_tab import LicencesTab
from crm_desktop.ui.tabs.opportunities_tab import OpportunitiesTab
from crm_desktop.ui.tabs.people_tab import PeopleTab
from crm_desktop.ui.tabs.plan_panel import PlanPanel
from crm_desktop.ui.tabs.record_tabs import ComplaintsTab, ContactsTab, NotesTab, SalesTab
from crm_desktop.ui.tabs.standing_tab import StandingTab

# Word joiners between the characters of a tag: Chinese text may otherwise wrap anywhere.
NO_BREAK = "\u2060"


# Which tabs show each kind of record (the header, the standing tab and the chart follow the rules).
TABS_OF_KIND = {
    "contacts": ("contacts", "people"),
    "notes": ("notes",),
    # A removed sales line frees the won opportunity it was recorded for.
    "sales": ("sales", "credit", "plans", "opportunities"),
    "credit": ("credit",),
    "complaints": ("complaints",),
    "licences": ("licences",),
    "plans": ("plans",),
    "opportunities": ("opportunities",),
    "contracts": ("contracts",),
    # The chart lists the contacts; a referral changes both customers' origin boxes.
    "people": ("people",),
    "standing": (),
}


class CustomerDetailView(QWidget):
    """Its own writes go to the hub; what the hub brings in, it redraws when it is about the
    customer shown, and only the parts showing the kinds that changed."""

    def __init__(
        self, core: Core, hub: ChangesHub | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.hub = hub or ChangesHub(self)
        self.hub.changes_applied.connect(self.on_changes)
        self.customer: CustomerDetail | None = None
        # Key accounts need the whole office's sales: the main window answers from the rules' marks.
        self.is_key_account: Callable[[int], bool | None] = lambda _cid: None

        self.title = QLabel()
        self.title.setObjectName("customer_title")
        # A name is typed or imported text: "<b>x</b>" is a name, never markup to render.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("customer_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit customer…"))
        self.edit_button.setObjectName("edit_customer")
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton()
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        header_buttons = QVBoxLayout()
        header_buttons.addWidget(self.edit_button)
        header_buttons.addWidget(self.active_button)
        header_buttons.addStretch(1)
        header_text = QVBoxLayout()
        header_text.addWidget(self.title)
        header_text.addWidget(self.facts)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addLayout(header_buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customer_tabs")
        self.contacts = ContactsTab(core.contacts, exports=core.exports)
        self.notes = NotesTab(core.notes)
        self.credit = CreditTab(core.credit)
        self.sales = SalesTab(core.sales)
        self.complaints = ComplaintsTab(core.complaints)
        self.licences = LicencesTab(core.licences)
        self.standing = StandingTab(core.standing)
        self.opportunities = OpportunitiesTab(core.opportunities, core.sales.products)
        self.contracts = ContractsTab(core.contracts)
        self.people = PeopleTab(core.people)
        self.standing.is_key_account = lambda cid: self.is_key_account(cid)
        self.plans = PlanPanel(core.plans, core.sales.products)
        # Plan vs actual under the sales log, with a handle to give either more room.
        sales_layout = self.sales.layout()
        sales_layout.removeWidget(self.sales.table)
        sales_split = QSplitter(Qt.Orientation.Vertical)
        sales_split.setObjectName("sales_split")
        sales_split.addWidget(self.sales.table)
        sales_split.addWidget(self.plans)
        sales_split.setStretchFactor(0, 3)
        sales_split.setStretchFactor(1, 2)
        sales_layout.insertWidget(1, sales_split, 1)
        self.tabs.addTab(self.contacts, self.tr("&1 Contacts"))
        self.tabs.addTab(self.notes, self.tr("&2 Relationship notes"))
        self.tabs.addTab(self.credit, self.tr("&3 Credit"))
        self.tabs.addTab(self.sales, self.tr("&4 Sales log"))
        self.tabs.addTab(self.complaints, self.tr("&5 Complaints"))
        self.tabs.addTab(self.licences, self.tr("&6 Licences"))
        self.tabs.addTab(self.standing, self.tr("&7 Stage and evaluation"))
        self.history = HistoryTab(core.audit)
        self.tabs.addTab(self.history, self.tr("&8 History"))
        self.tabs.addTab(self.opportunities, self.tr("&9 Opportunities"))
        self.tabs.addTab(self.contracts, self.tr("&0 Contracts"))
        self.tabs.addTab(self.people, self.tr("Origin and key &people"))
        for tab in (
            self.contacts,
            self.notes,
            self.credit,
            self.sales,
            self.complaints,
            self.licences,
            self.standing,
            self.plans,
            self.opportunities,
            self.contracts,
            self.people,
        ):
            tab.changed.connect(self.hub.apply)

        self.chart = CustomerSalesChart()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(6, 6, 6, 6)
        page_layout.addLayout(header)
        page_layout.addWidget(split, 1)

        self.empty = QLabel(
            self.tr(
                "Select a customer on the left to see everything about it here.\n\n"
                "Ctrl+F searches, Ctrl+N adds a new customer."
            )
        )
        self.empty.setObjectName("detail_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #888; font-size: 14px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            self.customer = None
            self.stack.setCurrentIndex(0)
            return
        try:
            self.customer = self.core.customers.get(customer_id)
        except NotFound:
            self.customer = None
            self.stack.setCurrentIndex(0)
            return
        # The standing (ABC, stages, warnings) is computed once for the header and its tab.
        standing = self.core.standing.get(customer_id, today())
        self._fill_header(standing)
        for tab in (
            self.contacts,
            self.notes,
            self.credit,
            self.sales,
            self.complaints,
            self.licences,
            self.plans,
            self.opportunities,
            self.contracts,
            self.people,
        ):
            tab.load(customer_id)
        self.standing.load(customer_id, standing)
        self.history.load(customer_id)
        self._draw_chart()
        self.stack.setCurrentIndex(1)
        self.apply_access()

    def apply_access(self) -> None:
        """Grey out what the signed-in operator may not change on this customer, saying why
        (a sales operator: another's customer not shared with them; a viewer: everything)."""
        from crm_desktop.ui.dialogs.operators_dialog import refusal_text

        c = self.customer
        who = self.core.operators.current() if c is not None else None
        edit = deactivate = None
        if c is not None and who is not None and who.role == "viewer":
            edit = refusal_text(who.role, "edit_customer")
            deactivate = refusal_text(who.role, "deactivate_customer")
        elif c is not None and who is not None and who.role != "admin":
            if self.core.operators.refusal(c.id) is not None:
                edit = self.tr(
                    "Only its owner, the operators it is shared with and administrators change"
                    " this customer."
                )
            if self.core.operators.refusal(c.id, "deactivate_customer") is not None:
                deactivate = self.tr("Only its owner or an administrator deactivates it.")
        for button, reason in (
            (self.edit_button, edit),
            (self.active_button, deactivate),
            (self.credit.edit_button, edit),
            (self.standing.edit_button, edit),
            (self.standing.use_suggestion, edit),
            (self.plans.set_button, edit),
        ):
            if reason is not None:
                button.setEnabled(False)
            elif button in (self.edit_button, self.active_button):
                button.setEnabled(True)
            button.setToolTip(reason or "")
        for tab in (self.contacts, self.notes, self.sales, self.complaints, self.licences):
            tab.lock(edit)

    def _fill_header(self, standing: Standing) -> None:
        c = self.customer
        assert c is not None
        self.title.setText(c.name + ("" if c.active else self.tr("  (inactive)")))
        abc = standing.abc_class
        tooltip = ""
        if abc and self.is_key_account(c.id):
            abc += " ★"
            tooltip = (
                self.tr(
                    "★ Key account by gross profit; some of its sales have no cost and count at"
                    " their full amount"
                )
                if standing.uncosted_sales_12m
                else self.tr("★ Key account by gross profit over the last 12 full months")
            )
        self.facts.setToolTip(tooltip)
        stage = labels.lifecycle_labels().get(standing.lifecycle_shown)
        if stage and standing.relationship:
            stage += " · " + labels.relationship_labels()[standing.relationship]
        facts = [
            (self.tr("ABC class"), abc),
            (self.tr("Stage"), stage),
            (
                self.tr("Evaluation"),
                self.tr("{0}/20").format(standing.evaluation_total)
                if standing.evaluation_total
                else None,
            ),
            (self.tr("Code"), c.code),
            (self.tr("Channel"), labels.channel_labels().get(c.channel)),
            (self.tr("Category"), labels.category_labels().get(c.category)),
            (self.tr("Region"), c.region),
            (self.tr("Owner"), c.owner),
            (self.tr("Phone"), c.phone),
        ]
        parts = [
            f"<span style='color:#666'>{html.escape(k)}:</span> {html.escape(v)}"
            for k, v in facts
            if v
        ]
        if c.tags:
            chip = "<span style='background:#e3f2fd;color:#0d47a1'>&nbsp;{}&nbsp;</span>"
            parts.append(" ".join(chip.format(html.escape(NO_BREAK.join(t))) for t in c.tags))
        plaque = special_supply_state(
            c.channel, standing.abc_class, standing.lifecycle_shown, standing.reputation, c.tags
        )
        if plaque == "suggested":  # seed 003: the rules suggest, the office grants
            parts.append(
                "<span style='color:#2e7d32'>"
                + html.escape(self.tr("Suggested: special supply support unit (特供支持单位)"))
                + "</span>"
            )
        elif plaque == "held_unmet":
            parts.append(
                "<span style='color:#b26a00'>"
                + html.escape(self.tr("Special supply plaque held, criteria no longer met"))
                + "</span>"
            )
        if standing.warnings:
            count = self.tr("%n warning(s)", "", standing.warnings)
            parts.append(f"<span style='color:#b52b27'>⚠ {html.escape(count)}</span>")
        self.facts.setText(" &nbsp;·&nbsp; ".join(parts))
        self.active_button.setText(self.tr("Deactivate") if c.active else self.tr("Reactivate"))

    def _draw_chart(self) -> None:
        if self.customer is None:
            return
        months = self.core.sales.monthly(self.customer.id, today(), 24)
        self.chart.plot(
            months,
            title=self.tr("Sales by month, last 24 months"),
            this_label=self.tr("This period"),
            last_label=self.tr("Same month a year earlier"),
            empty_text=self.tr(
                "No sales in the last 24 months.\nAdd sales in the Sales log tab to see them here."
            ),
            unit_yuan=self.tr("yuan"),
            unit_wan=self.tr("10,000 yuan (万元)"),
        )

    def on_changes(self, changes: Changes) -> None:
        """Redraw what `changes` may have changed of the customer shown; nothing for another."""
        if self.customer is None or not changes.touches(self.customer.id):
            return
        customer_id = self.customer.id
        if changes.all_customers or changes.affects(
            "customers", "imports", "thresholds", "settings"
        ):
            self.show_customer(customer_id)
            return
        for kind in sorted(changes.kinds):
            for name in TABS_OF_KIND.get(kind, ()):
                getattr(self, name).load(customer_id)
        self.history.load(customer_id)  # every write of the customer's is in its trail
        # The class, stage and warnings of the header and the standing tab come from every record.
        standing = self.core.standing.get(customer_id, today())
        self.standing.load(customer_id, standing)
        self._fill_header(standing)
        if changes.affects("sales"):
            self._draw_chart()
        self.apply_access()

    def edit(self) -> None:
        if self.customer is None:
            return
        self.hub.apply(edit_customer(self, self.core, self.customer))

    def toggle_active(self) -> None:
        c = self.customer
        if c is None:
            return
        if c.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate customer"),
                self.tr(
                    "Deactivate {0}? It disappears from the list but keeps all its records; "
                    'tick "Show inactive" to find it and reactivate it.'
                ).format(c.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.hub.apply(self.core.customers.set_active(c.id, not c.active, version=c.version))
        except StaleRecord as exc:
            from crm_desktop.ui.stale import ask_reload

            if ask_reload(self, exc):
                self.hub.apply(Changes.of("customers", [c.id]))

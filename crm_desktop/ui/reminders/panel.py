"""Today (今日提醒): follow-ups due, birthdays of the next 7 days (lunar ones too), public
holidays of the next 14 days for customer care, and licences about to expire."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import today
from crm_desktop.core.rules.reminders import Reminders
from crm_desktop.ui import labels
from crm_desktop.ui.ops import CoalescedRefresh, Refreshing, release_memory
from crm_desktop.ui.reports_menu import report_language
from crm_desktop.ui.tasks import Task

# A big office can have tens of thousands of overdue follow-ups; a tree of them all would
# cost seconds and 100+ MB. The printed list has every one.
SHOWN_PER_GROUP = 200


class RemindersPanel(QWidget, Refreshing):
    open_customer = Signal(str)  # a customer's name: the list searches for it
    loaded = Signal(object)  # Reminders

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.reminders: Reminders | None = None
        self.refresher = CoalescedRefresh(self, self._work, self._done, self._failed)
        self.summary = QLabel()
        self.summary.setObjectName("reminders_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reminders_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Customer"), self.tr("What")])
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.header().resizeSection(0, 150)
        self.tree.header().resizeSection(1, 280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def _work(self) -> Callable[[Task], Reminders]:
        reminders, day, language = self.core.reminders, today(), report_language()
        # Only what the panel shows crosses to the GUI thread (tens of thousands at 100,000
        # customers).
        return lambda _task: reminders.today(day, language, limit=SHOWN_PER_GROUP)

    def on_changes(self, changes: Changes) -> None:
        """Read again when what it lists may have changed: follow-ups (notes), birthdays
        (contacts), licences, customers' names, or everything."""
        if changes.all_customers or changes.affects(
            "notes", "contacts", "licences", "customers", "thresholds", "opportunities"
        ):
            self.refresh()

    def _done(self, found: Reminders) -> None:
        release_memory()
        self.show_reminders(found)
        self.loaded.emit(found)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Reminders could not be read: {0}").format(exc))

    def show_reminders(self, found: Reminders) -> None:
        self.reminders = found
        self.tree.clear()
        day = today()
        kinds = labels.licence_kind_labels()

        def group(title: str, key: str, rows: list[tuple[str, str, str]], empty: str) -> None:
            total = found.total(key)
            top = QTreeWidgetItem([f"{title} ({total})", "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for when, customer, what in rows[:SHOWN_PER_GROUP]:
                item = QTreeWidgetItem([when, customer, what])
                item.setData(1, Qt.ItemDataRole.UserRole, customer)
                item.setToolTip(2, what)
                top.addChild(item)
            if not rows:
                top.addChild(QTreeWidgetItem(["", "", empty]))
            elif total > min(len(rows), SHOWN_PER_GROUP):
                more = QTreeWidgetItem(
                    [
                        "",
                        "",
                        self.tr(
                            "… and {0} more: print them all from Reports → Today's reminders"
                        ).format(total - min(len(rows), SHOWN_PER_GROUP)),
                    ]
                )
                more.setForeground(2, Qt.GlobalColor.darkGray)
                top.addChild(more)
            top.setExpanded(True)

        group(
            self.tr("Follow-ups due"),
            "follow_ups",
            [
                (
                    f.due.isoformat() if f.due < day else self.tr("today"),
                    f.customer,
                    self.tr("Opportunity: {0}").format(f.summary or "")
                    if f.opportunity
                    else f.summary or "",
                )
                for f in found.follow_ups
            ],
            self.tr("No follow-up is due."),
        )
        group(
            self.tr("Birthdays in the next 7 days"),
            "birthdays",
            [
                (
                    b.on.isoformat() + (self.tr(" (lunar)") if b.lunar else ""),
                    b.customer,
                    b.contact + (f"  {b.mobile}" if b.mobile else ""),
                )
                for b in found.birthdays
            ],
            self.tr("No contact's birthday in the next 7 days."),
        )
        group(
            self.tr("Public holidays in the next 14 days"),
            "holidays",
            [
                (
                    h.first_day.isoformat()
                    + ("" if h.first_day == h.last_day else f" – {h.last_day:%m-%d}"),
                    "",
                    h.name + self.tr(": a good moment for greetings or a visit"),
                )
                for h in found.holidays
            ],
            self.tr("No public holiday in the next 14 days."),
        )
        group(
            self.tr("Licences expiring"),
            "licences",
            [
                (
                    x.expires.isoformat(),
                    x.customer,
                    f"{kinds.get(x.kind, x.kind)} {x.number or ''}".strip(),
                )
                for x in found.licences
            ],
            self.tr("No licence expires soon."),
        )
        self.summary.setText(
            self.tr(
                "%n reminder(s) for today. Double-click a line to open the customer.",
                "",
                found.count,
            )
            if found.count
            else self.tr(
                "Nothing due today. Follow-ups come from relationship notes, birthdays from "
                "contacts, licences from the Licences tab."
            )
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        customer = item.data(1, Qt.ItemDataRole.UserRole)
        if customer:
            self.open_customer.emit(customer)


def tray_message(found: Reminders) -> str:
    parts = []
    if found.follow_ups:
        parts.append(
            QCoreApplication.translate(
                "RemindersPanel", "%n follow-up(s) due", "", len(found.follow_ups)
            )
        )
    if found.birthdays:
        parts.append(
            QCoreApplication.translate(
                "RemindersPanel", "%n birthday(s) this week", "", len(found.birthdays)
            )
        )
    if found.licences:
        parts.append(
            QCoreApplication.translate(
                "RemindersPanel", "%n licence(s) expiring", "", len(found.licences)
            )
        )
    if found.holidays:
        parts.append(
            QCoreApplication.translate("RemindersPanel", "holiday coming: {0}").format(
                found.holidays[0].name
            )
        )
    return "; ".join(parts)


def notify_in_tray(window: QWidget, found: Reminders) -> QSystemTrayIcon | None:
    """A tray notification at start when something is due; nothing when the desktop has no
    tray (the Today panel shows the same)."""
    message = tray_message(found)
    if not message or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon(), window)
    tray.setToolTip("crm-desktop")
    tray.show()
    tray.showMessage(
        QCoreApplication.translate("RemindersPanel", "Today"),
        message,
        QSystemTrayIcon.MessageIcon.Information,
        8000,
    )
    return tray

"""The warnings list (预警): what needs attention today, each with the numbers behind it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import today
from crm_desktop.core.errors import Cancelled
from crm_desktop.core.services.customer_marks import CustomerMarks
from crm_desktop.core.services.warnings import KINDS, WarningRow, WarningSnapshot, WarningUpdate
from crm_desktop.ui.choices import refill
from crm_desktop.ui.ops import CoalescedRefresh, Refreshing, release_memory
from crm_desktop.ui.tasks import QueryOp, Task


def kind_labels() -> dict[str, str]:
    return {
        "credit_over_limit": QCoreApplication.translate("Warnings", "Over credit limit"),
        "churn": QCoreApplication.translate("Warnings", "Stopped ordering"),
        "order_overdue": QCoreApplication.translate("Warnings", "Order overdue"),
        "sales_behind_plan": QCoreApplication.translate("Warnings", "Behind sales plan"),
        "sales_below_last_year": QCoreApplication.translate("Warnings", "Below last year"),
        "licence_expiring": QCoreApplication.translate("Warnings", "Licence expiring"),
        "complaint_overdue": QCoreApplication.translate("Warnings", "Complaint overdue"),
        "follow_up_due": QCoreApplication.translate("Warnings", "Follow-up due"),
        "contract_expiring": QCoreApplication.translate("Warnings", "Contract ending"),
        "major_event": QCoreApplication.translate("Warnings", "Major event"),
    }


def describe(row: WarningRow) -> str:
    """The warning in the interface's language, from the numbers behind it."""
    d = row.details
    try:
        if row.kind == "credit_over_limit":
            return QCoreApplication.translate(
                "Warnings",
                "receivable {receivable} yuan is over the credit limit {limit} by {excess} yuan",
            ).format(**d)
        if row.kind == "churn":
            return QCoreApplication.translate(
                "Warnings", "no order for {days} days since {last} (usual limit {limit} days)"
            ).format(**d)
        if row.kind in _SEED_WARNINGS:
            return _SEED_WARNINGS[row.kind](d)
        if row.kind == "sales_behind_plan" and d.get("product"):
            return QCoreApplication.translate(
                "Warnings",
                "month-to-date sales of {product} {done} yuan are below {target} yuan"
                " ({share}% of the {plan} yuan plan of {product} for {month},"
                " with {tolerance}% tolerance)",
            ).format(**d)
        if row.kind == "sales_behind_plan":
            return QCoreApplication.translate(
                "Warnings",
                "month-to-date sales {done} yuan are below {target} yuan ({share}% of the {plan}"
                " yuan plan for {month}, with {tolerance}% tolerance)",
            ).format(**d)
        if row.kind == "licence_expiring":
            licence = {
                "business": QCoreApplication.translate("Warnings", "business licence"),
                "operating": QCoreApplication.translate("Warnings", "operating permit"),
                "gsp": QCoreApplication.translate("Warnings", "GSP certificate"),
            }.get(d["licence"], QCoreApplication.translate("Warnings", "licence"))
            state = (
                QCoreApplication.translate("Warnings", "expired {days} days ago")
                if d["expired"] == "1"
                else QCoreApplication.translate("Warnings", "expires in {days} days")
            ).format(**d)
            return f"{licence} {d['number']} {state} ({d['expires']})"
        if row.kind == "complaint_overdue":
            return QCoreApplication.translate(
                "Warnings",
                "complaint {category} received {received} is unanswered after {days} days",
            ).format(**d)
        if row.kind == "follow_up_due":
            return (
                QCoreApplication.translate(
                    "Warnings", "follow-up planned for {follow} (note of {noted}) is due today"
                )
                if d["days"] == "0"
                else QCoreApplication.translate(
                    "Warnings",
                    "follow-up planned for {follow} (note of {noted}) is {days} days overdue",
                )
            ).format(**d)
        if row.kind == "contract_expiring":
            return (
                QCoreApplication.translate(
                    "Warnings", "contract {number} ends today ({ends}); no later contract"
                )
                if d["days"] == "0"
                else QCoreApplication.translate(
                    "Warnings", "contract {number} ends in {days} days ({ends}); no later contract"
                )
            ).format(**d)
    except (KeyError, IndexError):
        pass
    return row.message


def _order_overdue(d: dict[str, str]) -> str:
    return QCoreApplication.translate(
        "Warnings",
        "no order for {days} days since {last}: usually one every {usual} days"
        " (median gap of {orders} orders)",
    ).format(**d)


def _below_last_year(d: dict[str, str]) -> str:
    return QCoreApplication.translate(
        "Warnings",
        "month-to-date sales {done} yuan are below {target} yuan ({share}% of the {before} yuan"
        " of {month}, with {tolerance}% tolerance)",
    ).format(**d)


def _major_event(d: dict[str, str]) -> str:
    from crm_desktop.ui.labels import major_event_labels

    event = major_event_labels().get(d["event"], d["event"])
    text = (
        QCoreApplication.translate(
            "Warnings",
            "major event ({event}) reported {noted}: {summary} ({days} days ago) — until someone"
            " clears it",
        )
        if d["summary"]
        else QCoreApplication.translate(
            "Warnings",
            "major event ({event}) reported {noted} ({days} days ago) — until someone clears it",
        )
    )
    return text.format(**{**d, "event": event})


# The warnings of seed 003 that the contract does not list, worded one function each.
_SEED_WARNINGS: dict[str, Callable[[dict[str, str]], str]] = {
    "order_overdue": _order_overdue,
    "sales_below_last_year": _below_last_year,
    "major_event": _major_event,
}


class WarningsModel(QAbstractTableModel):
    """Rows are read from the snapshot only when visible: an office can have hundreds of
    thousands of warnings."""

    def __init__(self, labels: dict[str, str], headers: list[str]) -> None:
        super().__init__()
        self.labels = labels
        self.headers = headers
        self.snapshot = WarningSnapshot()

    def set_selection(self, snapshot: WarningSnapshot, kind: str | None, owner: str | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        snapshot.select(kind, owner)
        self.endResetModel()

    def row(self, position: int) -> WarningRow:
        return self.snapshot.shown(position)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.snapshot.selected

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.snapshot.shown(index.row())
        if index.column() == 3:
            return describe(row)
        return (row.customer_name, row.owner or "", self.labels[row.kind])[index.column()]


class WarningsPanel(QWidget, Refreshing):
    # customer id, tab name, the warning (the tab may show the very record behind it)
    open_requested = Signal(int, str, object)
    marks_changed = Signal(object)  # CustomerMarks of the new computation, for the customer list
    marks_updated = Signal(object)  # frozenset of the customers whose marks (in `marks`) changed
    changes_made = Signal(object)  # Changes of a write made here (a major event cleared)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.snapshot = WarningSnapshot()
        self.marks = (
            CustomerMarks()
        )  # of the last computation; updated in place for a few customers
        self.computed = False  # a whole run has arrived
        self.labels = kind_labels()
        self.kind = QComboBox()
        self.kind.setObjectName("warnings_kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for key in KINDS:
            self.kind.addItem(self.labels[key], key)
        self.owner = QComboBox()
        self.owner.setObjectName("warnings_owner")
        self.owner.addItem(self.tr("All owners"), None)
        self.clear_button = QPushButton(self.tr("Clear event"))
        self.clear_button.setObjectName("warnings_clear_event")
        self.clear_button.setToolTip(
            self.tr("The selected major event was looked into: end its warning")
        )
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear_selected)
        self.counts = QLabel()
        self.counts.setObjectName("warnings_counts")
        self.counts.setWordWrap(True)
        self.model = WarningsModel(
            self.labels,
            [self.tr("Customer"), self.tr("Owner"), self.tr("Warning"), self.tr("Details")],
        )
        self.table = QTableView()
        self.table.setObjectName("warnings_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        for column, width in ((0, 240), (1, 70), (2, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._activated(index.row(), index.column()))
        self.table.doubleClicked.connect(lambda index: self._activated(index.row(), index.column()))
        self.empty = QLabel(
            self.tr(
                "Nothing needs attention: no arrears over the limit, no lost customers, "
                "no overdue complaints or follow-ups."
            )
        )
        self.empty.setObjectName("warnings_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #888; padding: 12px;")
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.owner)
        top.addWidget(self.clear_button)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_clear)
        self.kind.currentIndexChanged.connect(self._fill)
        self.owner.currentIndexChanged.connect(self._fill)
        self.stopping = threading.Event()
        self.refresher = CoalescedRefresh(self, self._work, self._done, self._failed)
        self.updates: list[QueryOp[WarningUpdate]] = []  # a few customers' recomputations

    def stop(self) -> None:
        """The window closes: stop a computation under way and forget the last one."""
        self.stopping.set()
        for op in (self.refresher.op, *self.updates):
            if op is not None:
                op.cancel()
                op.ran.wait()  # the lane's thread no longer writes what is closed next
        self.snapshot.close()

    @property
    def loading(self) -> bool:
        """A whole run or a few customers' recomputation still under way."""
        return self.refresher.loading or bool(self.updates)

    def refresh(self) -> None:
        """Recompute every warning off the GUI thread; the list updates when done."""
        if not self.loading:
            self.counts.setText(self.tr("Checking…"))
        self.refresher.request()

    def on_changes(self, changes: Changes) -> None:
        """After a write: the whole office again when every customer may have changed (an
        import, new thresholds); otherwise only the customers written to, on the lane."""
        if changes.all_customers or changes.affects("thresholds"):
            self.refresh()
        elif changes.customer_ids:
            self.update_customers(changes.customer_ids)

    def update_customers(self, customer_ids: Collection[int]) -> None:
        """These customers' warnings recomputed on the task lane (the database half), then put
        into the snapshot here, on the thread that reads it."""
        if self.refresher.loading or not self.computed:
            # The run under way may have read these customers before the write: it runs once more.
            self.refresh()
            return
        service, day, ids = self.core.warnings, today(), list(customer_ids)
        op: QueryOp[WarningUpdate] = QueryOp(
            self,
            lambda _task: service.recompute(day, ids),
            lambda update: self._updated(op, update),
            name="warnings.recompute",
        ).failure(lambda exc: self._update_failed(op, exc))
        self.updates.append(op)
        op.run_in_background()

    def _updated(self, op: QueryOp[WarningUpdate], update: WarningUpdate) -> None:
        self.updates.remove(op)
        if self.stopping.is_set() or self.refresher.loading:
            return  # closed, or a whole run is coming that has it
        touched = update.apply(self.snapshot)
        self.marks.update(self.snapshot.mark_rows(touched), touched)
        refill(self.owner, self.tr("All owners"), [(name, name) for name in self.snapshot.owners()])
        self._fill()
        self.marks_updated.emit(touched)

    def _update_failed(self, op: QueryOp[WarningUpdate], exc: BaseException) -> None:
        self.updates.remove(op)
        if not isinstance(exc, Cancelled):
            self.refresh()

    def _work(self) -> Callable[[Task], tuple[WarningSnapshot, CustomerMarks]]:
        service, day = self.core.warnings, today()

        def compute(task: Task) -> tuple[WarningSnapshot, CustomerMarks]:
            snapshot = service.office_snapshot(
                day, lambda: self.stopping.is_set() or task.cancelled()
            )
            return snapshot, snapshot.marks()

        return compute

    def _done(self, result: tuple[WarningSnapshot, CustomerMarks]) -> None:
        snapshot, marks = result
        if self.stopping.is_set():  # arrived after the window closed
            snapshot.close()
            return
        release_memory()
        old, self.snapshot = self.snapshot, snapshot
        self.marks, self.computed = marks, True
        refill(self.owner, self.tr("All owners"), [(name, name) for name in snapshot.owners()])
        self._fill()
        old.close()  # only now: the view read from it until _fill switched it over
        self.marks_changed.emit(marks)

    def _failed(self, exc: BaseException) -> None:
        self.counts.setText(self.tr("Warnings could not be computed: {0}").format(exc))

    def _fill(self) -> None:
        kind, owner = self.kind.currentData(), self.owner.currentData()
        self.model.set_selection(self.snapshot, kind, owner)
        counts = self.snapshot.counts()
        self.counts.setText(" · ".join(f"{self.labels[k]} {n}" for k, n in counts.items()))
        shown = self.model.rowCount() > 0
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)

    @property
    def rows(self) -> list[WarningRow]:
        """Every warning of the last computation (tests and small offices; the list pages)."""
        return self.snapshot.all_rows()

    def selected_row(self) -> WarningRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        return self.model.row(rows[0].row())

    def _update_clear(self, *_args: object) -> None:
        found = self.selected_row()
        self.clear_button.setEnabled(found is not None and found.kind == "major_event")

    def clear_selected(self) -> None:
        """End the selected major event's warning (seed 003: until someone clears it)."""
        found = self.selected_row()
        if found is None or found.kind != "major_event":
            return
        changes = self.core.notes.clear_event(int(found.details["note"]), today())
        self.changes_made.emit(changes)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < self.model.rowCount():
            found = self.model.row(row)
            self.open_requested.emit(found.customer_id, found.tab, found)

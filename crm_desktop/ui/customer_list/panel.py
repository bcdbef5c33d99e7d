"""The left pane: search box, filters, the lazy customer list and its count."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.repositories.list_types import CustomerFilter, CustomerRow
from crm_desktop.core.services.customer_marks import CustomerMarks
from crm_desktop.ui import labels
from crm_desktop.ui.choices import refill
from crm_desktop.ui.customer_list.model import CustomerListModel


class ListSource(Protocol):
    def search(self, flt: CustomerFilter, limit: int | None = None) -> list[int]: ...
    def count(self, flt: CustomerFilter) -> int: ...
    def rows(self, ids: Any) -> list[CustomerRow]: ...
    def regions(self) -> list[str]: ...
    def owners(self) -> list[tuple[int, str]]: ...
    def tags(self) -> list[tuple[int, str]]: ...


class CustomerListPanel(QWidget):
    current_customer_changed = Signal(int)  # -1: none (never emit None: see pyproject's pin)
    customer_activated = Signal(int)
    count_changed = Signal(int)

    def __init__(self, source: ListSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.last_count = 0
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search name, code, pinyin (bjyy) or phone digits  (Ctrl+F)")
        )
        self.search_box.installEventFilter(self)

        self.region = self._combo("filter_region")
        self.channel = self._combo("filter_channel")
        self.category = self._combo("filter_category")
        self.owner = self._combo("filter_owner")
        self.tag = self._combo("filter_tag")
        self.abc = self._combo("filter_abc")
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.setObjectName("show_inactive")
        # Shown once an operator signed in: their own customers and those shared with them.
        self.mine = QCheckBox(self.tr("My customers"))
        self.mine.setObjectName("filter_mine")
        self.mine.setToolTip(self.tr("Only the customers you own and those shared with you"))
        self.mine.hide()
        self.operator_id: int | None = None

        self.model = CustomerListModel(source.rows)
        self.view = QTableView()
        self.view.setObjectName("customer_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        for col, width in ((1, 52), (2, 80), (3, 56), (4, 78), (5, 64)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(self._on_activated)
        self.view.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("list_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #888; padding: 24px;")
        self.empty_label.hide()

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.region, 0, 0)
        filters.addWidget(self.channel, 0, 1)
        filters.addWidget(self.category, 0, 2)
        filters.addWidget(self.owner, 1, 0)
        filters.addWidget(self.tag, 1, 1)
        filters.addWidget(self.abc, 1, 2)
        filters.addWidget(self.show_inactive, 2, 0)
        filters.addWidget(self.mine, 2, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)

        # Coalesce bursts of keystrokes into one query per event-loop turn.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        for combo in (self.region, self.channel, self.category, self.owner, self.tag, self.abc):
            combo.currentIndexChanged.connect(self._search_timer.start)
        self.show_inactive.toggled.connect(self._search_timer.start)
        self.mine.toggled.connect(self._search_timer.start)
        for combo, text in (
            (self.region, self.tr("All regions")),
            (self.channel, self.tr("All channels")),
            (self.category, self.tr("All categories")),
            (self.owner, self.tr("All owners")),
            (self.tag, self.tr("All tags")),
            (self.abc, self.tr("All ABC classes")),
        ):
            combo.addItem(text, None)  # the choices are filled after the first paint
        self.abc.addItem(self.tr("★ Key accounts"), "key")
        for klass in reversed(CustomerMarks.CLASSES[1:]):
            self.abc.addItem(self.tr("Class {0}").format(klass), klass)
        self.abc.addItem(self.tr("Not classed"), "")
        self.sort_by_class = False
        self.only_ids: set[int] | None = None  # customers picked elsewhere (a bar of the Analysis)
        self.only_bar = QLabel()
        self.only_bar.setObjectName("list_only")
        self.only_bar.setWordWrap(True)
        self.only_bar.setStyleSheet("background: #fff3cd; color: #3b3b3b; padding: 4px;")
        self.only_bar.setTextFormat(Qt.TextFormat.RichText)
        self.only_bar.linkActivated.connect(lambda _link: self.show_only(None))
        self.only_bar.hide()
        layout.insertWidget(2, self.only_bar)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.show_first_page()

    def show_first_page(self) -> None:
        """At start-up: the first screenful and the count now, the full id list after the
        window is painted (`run_search`), so a large office opens as fast as a small one."""
        flt = self.current_filter()
        ids = self.source.search(flt, limit=100)
        total = self.source.count(flt) if len(ids) == 100 else len(ids)
        self.model.set_ids(ids)
        self.last_count = total
        self.count_changed.emit(total)
        self._show_result(ids, flt, None)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def reload_filter_choices(self) -> None:
        """Fill the filter combos, keeping each current choice."""
        refill(self.region, self.tr("All regions"), [(r, r) for r in self.source.regions()])
        refill(self.channel, self.tr("All channels"), list(labels.channel_labels().items()))
        refill(self.category, self.tr("All categories"), list(labels.category_labels().items()))
        refill(self.owner, self.tr("All owners"), self.source.owners())
        refill(self.tag, self.tr("All tags"), self.source.tags())

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            query=self.search_box.text(),
            region=self.region.currentData(),
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            owner_id=self.owner.currentData(),
            tag_id=self.tag.currentData(),
            include_inactive=self.show_inactive.isChecked(),
            operator_id=self.operator_id if self.mine.isChecked() else None,
        )

    def set_operator(self, operator_id: int | None) -> None:
        """The signed-in operator (None: nobody signs in), whose customers "My customers" shows."""
        changed = operator_id != self.operator_id
        self.operator_id = operator_id
        self.mine.setVisible(operator_id is not None)
        if operator_id is None:
            self.mine.setChecked(False)
        elif changed and self.mine.isChecked():
            self._search_timer.start()

    def run_search(self, keep_id: int | None = None) -> None:
        flt = self.current_filter()
        if keep_id is None:
            keep_id = self.current_id()
        ids = self._by_marks(self.source.search(flt))
        self.model.set_ids(ids)
        self.last_count = len(ids)
        self.count_changed.emit(len(ids))
        self._show_result(ids, flt, keep_id)

    def set_marks(self, marks: CustomerMarks) -> None:
        """New ABC classes / key accounts / warning counts: redraw, and re-filter if they matter."""
        self.model.set_marks(marks)
        self._marks_shown(marks)

    def update_marks(self, customer_ids: Iterable[int]) -> None:
        """Some customers' marks changed (in the model's marks): redraw their rows, the counts."""
        self.model.marks_updated(customer_ids)
        self._marks_shown(self.model.marks)

    def _marks_shown(self, marks: CustomerMarks) -> None:
        counts = marks.class_counts()
        self.abc.setItemText(
            self.abc.findData("key"), self.tr("★ Key accounts ({0})").format(counts["key"])
        )
        for klass in CustomerMarks.CLASSES[1:]:
            self.abc.setItemText(
                self.abc.findData(klass), self.tr("Class {0} ({1})").format(klass, counts[klass])
            )
        if self.abc.currentData() is not None or self.sort_by_class:
            self.run_search()

    def show_only(self, ids: list[int] | None, what: str = "") -> None:
        """Narrow the list to `ids` (with a bar saying so and how to undo it); None: all again."""
        self.only_ids = None if ids is None else set(ids)
        if ids is None:
            self.only_bar.hide()
        else:
            self.only_bar.setText(
                self.tr(
                    "Showing the {0} customer(s) behind “{1}”. <a href='clear'>Show all</a>"
                ).format(len(self.only_ids or ()), html.escape(what))
            )
            self.only_bar.show()
        self.run_search()

    def _by_marks(self, ids: list[int]) -> list[int]:
        """The ABC filter and sort work on the rules' marks, which live beside the database."""
        if self.only_ids is not None:
            ids = [i for i in ids if i in self.only_ids]
        return self.model.marks.narrow(ids, self.abc.currentData(), self.sort_by_class)

    def _header_clicked(self, section: int) -> None:
        """The ABC header toggles sorting by class (best first); any other goes back to names."""
        wanted = CustomerListModel.COLUMNS[section] == "abc"
        if wanted == self.sort_by_class and not wanted:
            return
        self.sort_by_class = not self.sort_by_class if wanted else False
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(self.sort_by_class)
        if self.sort_by_class:
            header.setSortIndicator(section, Qt.SortOrder.DescendingOrder)
        self.run_search()

    def _show_result(self, ids: list[int], flt: CustomerFilter, keep_id: int | None) -> None:
        filtered = (
            bool(flt.query.strip())
            or self.abc.currentData() is not None
            or any(
                v is not None
                for v in (flt.region, flt.channel, flt.category, flt.owner_id, flt.tag_id)
            )
        )
        if ids:
            self.empty_label.hide()
            self.view.show()
            row = self.model.row_of(keep_id) if keep_id is not None else -1
            self.select_row(row if row >= 0 else 0)
        else:
            self.view.hide()
            self.empty_label.setText(
                self.tr(
                    "No customer matches. Clear the search or the filters,"
                    " or press Ctrl+N to add one."
                )
                if filtered
                else self.tr("No customers yet.\n\nPress Ctrl+N to add your first customer.")
            )
            self.empty_label.show()
            self.current_customer_changed.emit(-1)

    def refresh_rows(self) -> None:
        self.model.refresh_rows()

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_current_row(self, current: Any, _previous: Any) -> None:
        customer_id = self.model.id_at(current.row()) if current.isValid() else None
        self.current_customer_changed.emit(-1 if customer_id is None else customer_id)

    def _on_activated(self, index: Any) -> None:
        customer_id = self.model.id_at(index.row())
        if customer_id is not None:
            self.customer_activated.emit(customer_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up/Down in the search box move the list; Enter opens the current customer."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_box and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                row = self.view.currentIndex().row()
                step = {
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_PageUp: -20,
                    Qt.Key.Key_PageDown: 20,
                }[Qt.Key(key)]
                self.select_row(min(max(row + step, 0), self.model.rowCount() - 1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (
                self.search_box,
                self.view,
            ):
                customer_id = self.current_id()
                if customer_id is not None:
                    self.customer_activated.emit(customer_id)
                return True
        return super().eventFilter(watched, event)

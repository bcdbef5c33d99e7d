"""The customer list as a lazy table model: all matching ids at once (cheap), the rows only
for the pages that scroll into view, so 100,000 customers cost a few pages of memory."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from crm_desktop.core.repositories.list_types import CustomerRow
from crm_desktop.core.services.customer_marks import CustomerMarks
from crm_desktop.ui import labels

PAGE = 200
MAX_PAGES = (
    10  # 2,000 rows in memory while scrolling end to end; a page comes back from SQLite in ~1 ms
)

Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    COLUMNS = ("name", "abc", "code", "region", "channel", "owner", "phone")

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[CustomerRow]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._channels = labels.channel_labels()
        self.marks = CustomerMarks()  # ABC class, key account, warnings: from the rules' snapshot
        self._warning_icon: QIcon | None = None

    def set_marks(self, marks: CustomerMarks) -> None:
        self.marks = marks
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
            )

    def marks_updated(self, customer_ids: Iterable[int]) -> None:
        """The marks of these customers changed: redraw their rows only."""
        last = len(self.COLUMNS) - 1
        for cid in customer_ids:
            row = self.row_of(cid)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Data changed (an edit): drop cached pages, keep ids and selection."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
            )

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def customer_at(self, row: int) -> CustomerRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page_ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = self._fetch_rows(page_ids)
            if len(page) != len(page_ids):  # a row vanished meanwhile: keep positions stable
                by_id = {r.id: r for r in page}
                page = [
                    by_id.get(i)
                    or CustomerRow(i, "", None, None, "other", "normal", None, None, False)
                    for i in page_ids
                ]
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE]

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Name"),
                self.tr("ABC"),
                self.tr("Code"),
                self.tr("Region"),
                self.tr("Channel"),
                self.tr("Owner"),
                self.tr("Phone"),
            )
            return titles[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == 1
        ):
            return self.tr(
                "ABC class of the last 12 full months; ★ key account (the fewest customers that"
                " make the share of the gross profit set in Settings → Rules;"
                " a sale without a cost counts at its amount). Click to sort by class."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.customer_at(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "channel":
                return self._channels.get(row.channel, row.channel)
            if column == "abc":
                return (self.marks.abc(row.id) or "") + (
                    " ★" if self.marks.key_account(row.id) else ""
                )
            return getattr(row, column) or ""
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == "name"
            and self.marks.warnings(row.id)
        ):
            if self._warning_icon is None:
                # Imported here: loading QStyle's enums costs start-up time before any warning
                # exists.
                from PySide6.QtWidgets import QApplication, QStyle

                self._warning_icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            return self._warning_icon
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == "abc"
            and self.marks.key_account(row.id)
        ):
            return self.tr(
                "Key account by gross profit over the last 12 full months (a sale without a cost "
                "counts at its full amount)"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and self.marks.warnings(row.id):
            return self.tr("%n warning(s): see the Warnings list", "", self.marks.warnings(row.id))
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.ToolTipRole and not row.active:
            return self.tr("Inactive customer")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

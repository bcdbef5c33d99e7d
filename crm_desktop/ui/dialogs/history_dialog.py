"""File → Import history: every past import, and removing one whole import again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import NOTHING, Changes
from crm_desktop.core.facade import Core
from crm_desktop.core.importers.history import BatchInfo
from crm_desktop.ui.tasks import QueryOp, report_failure


class ImportHistoryDialog(QDialog):
    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.changes: Changes = NOTHING  # what removing imports changed, for the window to show
        self.setWindowTitle(self.tr("Import history"))
        self.resize(820, 420)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("File"), self.tr("Customers added"), self.tr("Result")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("No imports yet. File → Import… brings in an Excel or CSV contact book.")
        )
        self.remove = QPushButton(self.tr("Remove this import…"))
        self.remove.setObjectName("history_remove")
        self.remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.remove)
        layout.addWidget(buttons)
        self.batches: list[BatchInfo] = []
        self.reload()

    def reload(self) -> None:
        self.batches = self.core.imports.history()
        self.table.setRowCount(len(self.batches))
        for r, batch in enumerate(self.batches):
            for c, value in enumerate(
                (batch.created_at[:16], batch.source, str(batch.customers), batch.summary)
            ):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setVisible(bool(self.batches))
        self.empty.setVisible(not self.batches)
        self.remove.setEnabled(bool(self.batches))
        if self.batches:
            self.table.selectRow(0)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.batches):
            return
        batch = self.batches[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove import"),
            self.tr(
                "Remove everything this import added ({0})? Customers it created are removed with"
                " all their records, including ones entered since. This cannot be undone."
            ).format(batch.source),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        imports = self.core.imports
        self.remove.setEnabled(False)

        def removed(changes: Changes) -> None:
            self.changes = self.changes | changes
            self.reload()

        def failed(exc: BaseException) -> None:
            self.reload()
            report_failure(self, exc)

        # Tens of thousands of rows for a big import: on the task lane, behind any job that
        # still reads them.
        QueryOp(self, lambda _task: imports.undo(batch.id), removed, name="imports.undo").failure(
            failed
        ).with_progress(self.tr("Removing the import…"), cancellable=False).run_in_background()

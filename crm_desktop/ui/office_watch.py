"""Seeing what other PCs wrote (issue 14's shared database): View → Refresh (F5) reloads the
list, the open customer and the warnings; a periodic check asks the audit trail for its newest
event (one index lookup) and, when another PC wrote, hands what changed to the changes hub, so
each view refreshes only its part. Tools → Export audit trail… writes the whole trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from crm_desktop.core.changes import Changes
from crm_desktop.logs import logger
from crm_desktop.ui.changes_hub import ChangesHub

CHECK_EVERY_MS = 30_000


class OfficeWatch(QObject):
    def __init__(
        self, window: QMainWindow, core: Any, hub: ChangesHub, every_ms: int = CHECK_EVERY_MS
    ) -> None:
        super().__init__(window)
        self.window = window
        self.core = core
        self.hub = hub
        self.refresh_action = QAction(self.tr("&Refresh"), window)
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        if self.refresh_action.shortcut() != QKeySequence("F5"):
            self.refresh_action.setShortcuts([self.refresh_action.shortcut(), QKeySequence("F5")])
        self.refresh_action.setStatusTip(
            self.tr("Show what other computers saved: the list, the open customer, the warnings")
        )
        self.refresh_action.triggered.connect(self.refresh)
        self.export_action = QAction(self.tr("Export audit &trail…"), window)
        self.export_action.setObjectName("action_export_audit")
        self.export_action.setStatusTip(
            self.tr("Save who changed what and when, for every customer, as .xlsx or .csv")
        )
        self.export_action.triggered.connect(self.export_trail)
        self.seen = self.core.audit.latest_id()
        self.timer = QTimer(self)
        self.timer.setObjectName("office_watch_timer")
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def refresh(self) -> None:
        """Everything again, whatever the trail says (settings and thresholds are not in it)."""
        self.seen = self.core.audit.latest_id()
        self.hub.apply(Changes.everyone("imports"))
        self.window.statusBar().showMessage(self.tr("Refreshed"), 3000)

    def check(self) -> None:
        """What was written since the last look; this window's own writes come back too, and
        redraw once more what they already redrew."""
        try:
            latest, changes = self.core.audit.changes_since(self.seen)
        except Exception:  # noqa: BLE001 - a busy or unreachable server: try at the next tick
            logger.warning("the check for other computers' changes failed", exc_info=True)
            return
        self.seen = latest
        self.hub.apply(changes)

    def export_trail(self) -> None:
        from crm_desktop.ui.tasks import QueryOp

        target, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export audit trail"),
            "crm-audit-trail.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "*.csv" in chosen else ".xlsx")
        audit = self.core.audit

        def done(count: int) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported %n audit event(s) to {0}", "", count).format(path), 8000
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self.window, self.tr("Export failed"), str(exc))

        QueryOp(
            self.window, lambda _task: int(audit.export_trail(path)), done, name="audit.export"
        ).failure(failed).with_progress(
            self.tr("Exporting the audit trail…"), cancellable=False
        ).run_in_background()

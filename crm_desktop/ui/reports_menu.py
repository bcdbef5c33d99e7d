"""The Reports menu: preview-and-print or export as PDF, for the open customer or the office."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from crm_desktop.core.clock import today
from crm_desktop.core.reports.document import ReportDocument
from crm_desktop.core.services.settings import OFFICE_LOGO, OFFICE_NAME
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.printing import paint_report, write_pdf
from crm_desktop.ui.tasks import QueryOp, Task


def report_language() -> str:
    """Reports print in the interface's language."""
    return current_language()


class ReportsMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Reports"), window)
        self.menu.setObjectName("reports_menu")
        self.preview_menu = self.menu.addMenu(self.tr("Print &preview"))
        self.pdf_menu = self.menu.addMenu(self.tr("Export &PDF"))
        self.actions: dict[str, tuple[QAction, QAction]] = {}
        for key, label in self.reports().items():
            preview = self.preview_menu.addAction(label)
            preview.triggered.connect(lambda _=False, k=key: self.preview(k))
            pdf = self.pdf_menu.addAction(label)
            pdf.triggered.connect(lambda _=False, k=key: self.export_pdf(k))
            self.actions[key] = (preview, pdf)
        self.actions["profile"][0].setShortcut(QKeySequence.StandardKey.Print)

    def reports(self) -> dict[str, str]:
        return {
            "profile": self.tr("Profile of this customer"),
            "statement": self.tr("Statement of account of this customer (this month)"),
            "profiles": self.tr("Profiles of the customers listed"),
            "arrears": self.tr("Receivables by age"),
            "warnings": self.tr("Warnings list"),
            "abc": self.tr("Customers by ABC class"),
            "reminders": self.tr("Today's reminders"),
        }

    def work(self, key: str) -> Callable[[Task], ReportDocument] | None:
        """What builds report `key` on the task lane (the GUI thread only asks which
        customers); None, after saying why, when there is nothing to report on."""
        window: Any = self.window
        core, day, language = window.core, today(), report_language()
        current = window.detail.customer.id if window.detail and window.detail.customer else None
        if key in ("profile", "statement") and current is None:
            QMessageBox.information(
                self.window, self.tr("Reports"), self.tr("Select a customer first.")
            )
            return None
        if key == "profile":
            return lambda _task: core.reports.profile([current], day, language)
        if key == "statement":
            office = core.settings.get(OFFICE_NAME)
            first = date(day.year, day.month, 1)
            return lambda _task: core.reports.statement(current, first, day, language, office)
        if key == "profiles":
            ids = list(window.list_panel.model.ids())
            if not ids:
                QMessageBox.information(
                    self.window, self.tr("Reports"), self.tr("The list is empty.")
                )
                return None
            return lambda task: core.reports.profile(ids, day, language, task.cancelled)
        return lambda _task: core.reports.office(key, day, language)

    def build(self, key: str, then: Callable[[ReportDocument], None]) -> None:
        """Build report `key` on the lane, then `then(report)` here; a batch of profiles can
        be cancelled."""
        work = self.work(key)
        if work is None:
            return
        # A failure shows the error report; a cancelled batch just stops.
        QueryOp(self.window, work, then, name=f"reports.{key}").with_progress(
            self.tr("Preparing the report…"), cancellable=key == "profiles"
        ).run_in_background()

    def _header(self) -> tuple[str, str]:
        settings = self.window.core.settings  # type: ignore[attr-defined]
        return settings.get(OFFICE_NAME), settings.get(OFFICE_LOGO)

    def preview(self, key: str) -> None:
        self.build(key, self.show_preview)

    def show_preview(self, report: ReportDocument) -> None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if report.landscape
            else QPageLayout.Orientation.Portrait
        )
        office, logo = self._header()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(report.title)
        dialog.paintRequested.connect(
            lambda device: paint_report(report, device, office, today(), report_language(), logo)
        )
        dialog.exec()

    def export_pdf(self, key: str) -> None:
        self.build(key, self.save_pdf)

    def save_pdf(self, report: ReportDocument) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), report.file_name(), self.tr("PDF (*.pdf)")
        )
        if not target:
            return
        path = Path(target).with_suffix(".pdf")
        office, logo = self._header()
        pages = write_pdf(report, path, office, today(), report_language(), logo)
        self.window.statusBar().showMessage(
            self.tr("Saved {0} ({1} pages)").format(path, pages), 8000
        )

"""File → Import: preview what was found, fix the column mapping, see the problems, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.errors import CrmError
from crm_desktop.core.facade import Core
from crm_desktop.core.importers.apply import ImportCancelled, ImportSummary
from crm_desktop.core.importers.import_draft import ImportDraft, Problem
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.safe_filename import safe_filename
from crm_desktop.core.services.imports import Imported
from crm_desktop.ui.ops import run_with_progress


def field_labels(widget: QWidget) -> dict[str, str]:
    return {
        "company": QCoreApplication.translate("ImportDialog", "Company"),
        "code": QCoreApplication.translate("ImportDialog", "Customer code"),
        "short_name": QCoreApplication.translate("ImportDialog", "Short name"),
        "region": QCoreApplication.translate("ImportDialog", "Region"),
        "address": QCoreApplication.translate("ImportDialog", "Address"),
        "company_phone": QCoreApplication.translate("ImportDialog", "Company phone"),
        "channel": QCoreApplication.translate("ImportDialog", "Channel"),
        "category": QCoreApplication.translate("ImportDialog", "Category"),
        "owner": QCoreApplication.translate("ImportDialog", "Owner"),
        "tags": QCoreApplication.translate("ImportDialog", "Tags"),
        "notes": QCoreApplication.translate("ImportDialog", "Notes"),
        "contact": QCoreApplication.translate("ImportDialog", "Contact name"),
        "full_name": QCoreApplication.translate("ImportDialog", "Full name"),
        "family_name": QCoreApplication.translate("ImportDialog", "Family name"),
        "given_name": QCoreApplication.translate("ImportDialog", "Given name"),
        "middle_name": QCoreApplication.translate("ImportDialog", "Middle name"),
        "title": QCoreApplication.translate("ImportDialog", "Job title"),
        "mobile": QCoreApplication.translate("ImportDialog", "Mobile"),
        "phone_any": QCoreApplication.translate("ImportDialog", "Phone"),
        "email": QCoreApplication.translate("ImportDialog", "E-mail"),
        "birthday": QCoreApplication.translate("ImportDialog", "Birthday"),
        "wechat": QCoreApplication.translate("ImportDialog", "WeChat"),
        "role": QCoreApplication.translate("ImportDialog", "Role"),
        "gender": QCoreApplication.translate("ImportDialog", "Gender"),
        "left": QCoreApplication.translate("ImportDialog", "Has left"),
        "sale_date": QCoreApplication.translate("ImportDialog", "Sale date"),
        "product": QCoreApplication.translate("ImportDialog", "Product"),
        "spec": QCoreApplication.translate("ImportDialog", "Spec"),
        "quantity": QCoreApplication.translate("ImportDialog", "Quantity"),
        "unit_price": QCoreApplication.translate("ImportDialog", "Unit price"),
        "amount": QCoreApplication.translate("ImportDialog", "Amount"),
        "cost": QCoreApplication.translate("ImportDialog", "Cost"),
        "paid": QCoreApplication.translate("ImportDialog", "Paid"),
    }


def describe_problem(problem: Problem) -> str:
    """An import problem in the interface's language (the command line prints the English)."""
    templates = {
        "no_name": QCoreApplication.translate(
            "ImportDialog", "no company and no contact name; row not imported"
        ),
        "phone_scientific": QCoreApplication.translate(
            "ImportDialog",
            "phone {value} lost digits when Excel wrote it as 1.23E+10; format the column as text "
            "and type the number again; not imported",
        ),
        "phone_invalid": QCoreApplication.translate(
            "ImportDialog", "{value} is not a phone number; not imported"
        ),
        "birthday_invalid": QCoreApplication.translate(
            "ImportDialog", "birthday {value} is not a real date; not imported"
        ),
        "sale_date_invalid": QCoreApplication.translate(
            "ImportDialog", "sale date {value} is not a date; this sale is not imported"
        ),
        "sale_value_invalid": QCoreApplication.translate(
            "ImportDialog", "{value} is not a valid amount or quantity; this sale is not imported"
        ),
        "sale_incomplete": QCoreApplication.translate(
            "ImportDialog",
            "a sale needs a date and an amount (or quantity "
            "and unit price); this sale is not imported",
        ),
        "card_unfinished": QCoreApplication.translate(
            "ImportDialog", "the file ends inside this card; what it holds is imported"
        ),
        "card_not_closed": QCoreApplication.translate(
            "ImportDialog",
            "a new card begins before this one ends (no END:VCARD); what it holds is imported",
        ),
        "birthday_text": QCoreApplication.translate(
            "ImportDialog", "birthday {value} is text, not a date; kept in the notes"
        ),
        "birthday_in_notes": QCoreApplication.translate(
            "ImportDialog", "birthday {value} is not a whole date; kept in the notes"
        ),
        "vcard_property_skipped": QCoreApplication.translate(
            "ImportDialog", "{value} is not imported"
        ),
        "vcard_line_invalid": QCoreApplication.translate(
            "ImportDialog", "{value} is not a vCard line; not imported"
        ),
    }
    template = templates.get(problem.code)
    if template is None:
        return str(problem)
    return f"{problem.ref}: {template.format(value=problem.value)}"


class ImportDialog(QDialog):
    def __init__(self, core: Core, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.path = path
        self.draft: ImportDraft | None = None
        self.summary: ImportSummary | None = None
        self.imported: Imported | None = None  # the written import, with what it changed
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.resize(900, 640)
        self.labels = field_labels(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("import_info")
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Column in the file"), self.tr("Goes to")]
        )
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.duplicates = QTableWidget(0, 3)
        self.duplicates.setObjectName("import_duplicates")
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Already in the database"), self.tr("Do")]
        )
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.duplicates_label = QLabel(
            self.tr("Customers already in the database (merge adds what is new to them):")
        )
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.save_problems = QPushButton(self.tr("Save problem rows…"))
        self.save_problems.clicked.connect(self._save_problems)
        self.recheck = QPushButton(self.tr("Check again with this mapping"))
        self.recheck.clicked.connect(self._recheck)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_go")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.recheck)
        row.addWidget(self.save_problems)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(
            QLabel(self.tr("Columns found (change where a column went to the wrong field):"))
        )
        layout.addWidget(self.mapping, 2)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Problems (these values are not imported; the rest of the row is):"))
        )
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)

    # -- step 1: read and check ---------------------------------------------------------------
    def prepare(self) -> bool:
        """Read the file and dry-run it; False (after telling the user) when it is unusable."""
        try:
            draft = self.core.imports.prepare(self.path)
        except CrmError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Cannot import this file"), str(exc))
            return False
        self._show(draft)
        return True

    def _show(self, draft: ImportDraft) -> None:
        if self.draft is not None:
            draft.decisions = dict(self.draft.decisions)
        self.draft = draft
        self._fill_duplicates(draft)
        self._preview()
        sheets = ", ".join(
            f"{s.name}"
            + (self.tr(" (header on row {0})").format(s.header_row) if s.header_row else "")
            for s in draft.sheets
        ) or self.tr("structured crm-desktop data")
        self.info.setText(
            self.tr("File: {0}\nRead: {1}; {2} data rows.").format(
                self.path, sheets, draft.data_rows
            )
        )
        self.mapping.setRowCount(0)
        for sheet in draft.sheets:
            for column, header in enumerate(sheet.headers):
                if not header:
                    continue
                r = self.mapping.rowCount()
                self.mapping.insertRow(r)
                self.mapping.setItem(r, 0, QTableWidgetItem(sheet.name))
                self.mapping.setItem(r, 1, QTableWidgetItem(header))
                combo = QComboBox()
                combo.addItem(self.tr("(keep in notes)"), None)
                for key, label in self.labels.items():
                    combo.addItem(label, key)
                combo.setCurrentIndex(max(combo.findData(sheet.mapping.get(column)), 0))
                combo.setProperty("sheet", sheet.name)
                combo.setProperty("column", column)
                self.mapping.setCellWidget(r, 2, combo)

    def _fill_duplicates(self, draft: ImportDraft) -> None:
        existing = self.core.imports.existing(draft)
        self.duplicates.setRowCount(len(existing))
        choices = [
            (self.tr("Merge into the existing customer"), "merge"),
            (self.tr("Skip"), "skip"),
            (self.tr("Add as a new customer"), "new"),
        ]
        for r, (name, cid, stored) in enumerate(
            (e.name_in_file, e.customer_id, e.stored_name) for e in existing
        ):
            self.duplicates.setItem(r, 0, QTableWidgetItem(name))
            self.duplicates.setItem(r, 1, QTableWidgetItem(f"{stored} (#{cid})"))
            combo = QComboBox()
            for label, key in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(
                max(combo.findData(draft.decisions.get(name_key(name), "merge")), 0)
            )
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._decide(n, c.currentData())
            )
            self.duplicates.setCellWidget(r, 2, combo)
        self.duplicates.setVisible(bool(existing))
        self.duplicates_label.setVisible(bool(existing))

    def _decide(self, name: str, decision: str) -> None:
        if self.draft is not None:
            self.draft.decisions[name_key(name)] = decision
            self._preview()

    def _preview(self) -> None:
        draft = self.draft
        assert draft is not None
        preview = self.core.imports.preview(draft)
        self.problems.clear()
        for problem in preview.problems:
            self.problems.addItem(describe_problem(problem))
        self.save_problems.setEnabled(bool(preview.problems) and draft.interchange is None)
        self.counts.setText(
            self.tr(
                "Will add {0} customers, {1} contacts, {2} sales; {3} existing records matched; "
                "{4} rows add nothing; {5} problems."
            ).format(
                preview.customers,
                preview.contacts,
                preview.sales,
                preview.merged,
                preview.skipped,
                len(preview.problems),
            )
        )

    def chosen_mappings(self) -> dict[str, dict[int, str]]:
        chosen: dict[str, dict[int, str]] = {}
        for r in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(r, 2)
            sheet = combo.property("sheet")
            chosen.setdefault(sheet, {})
            if combo.currentData():
                chosen[sheet][int(combo.property("column"))] = combo.currentData()
        return chosen

    def _recheck(self) -> None:
        chosen = self.chosen_mappings()
        try:
            draft = self.core.imports.remap(self.path, chosen)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot import this file"), str(exc))
            return
        assert self.draft is not None
        self._show(draft)

    def _save_problems(self) -> None:
        if self.draft is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save problem rows"),
            str(self.path.with_name(safe_filename(self.path.stem + "-problems", ".xlsx"))),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target:
            count = self.core.imports.save_problem_rows(self.draft, Path(target))
            QMessageBox.information(
                self,
                self.tr("Problem rows saved"),
                self.tr("{0} rows saved to {1}. Fix them there and import that file.").format(
                    count, target
                ),
            )

    # -- step 2: write ------------------------------------------------------------------------
    def _import(self) -> None:
        if self.draft is None:
            return
        if (
            self.chosen_mappings() != {s.name: s.mapping for s in self.draft.sheets}
            and self.draft.interchange is None
        ):
            self._recheck()
        draft = self.draft
        self.import_button.setEnabled(False)

        def work(progress: Any, cancelled: Any) -> Imported:
            return self.core.imports.apply(draft, progress=progress, cancelled=cancelled)

        def done(imported: Imported) -> None:
            self.imported = imported
            self.summary = summary = imported.summary
            QMessageBox.information(
                self,
                self.tr("Import finished"),
                self.tr(
                    "Added {0} customers, {1} contacts and {2} sales; {3} existing records matched;"
                    " {4} rows added nothing; {5} problems.\n\nImport history (File menu) can"
                    " remove this import again."
                ).format(
                    summary.customers,
                    summary.contacts,
                    summary.sales,
                    summary.merged,
                    summary.skipped,
                    len(summary.problems),
                ),
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            if isinstance(exc, ImportCancelled):
                QMessageBox.information(
                    self,
                    self.tr("Import cancelled"),
                    self.tr("The import was cancelled; nothing was written."),
                )
                return
            QMessageBox.critical(
                self,
                self.tr("Import failed"),
                self.tr("Nothing was written. The reason: {0}").format(exc),
            )

        self.worker = run_with_progress(
            self, self.tr("Importing {0}…").format(self.path.name), work, done, failed
        )


def choose_and_import(parent: QWidget, core: Core, path: Path | None = None) -> Changes | None:
    """What the import changed; None when nothing was imported."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Import contacts or sales"),
            "",
            parent.tr(
                "Contact books (*.xlsx *.xlsm *.xls *.csv *.txt *.vcf *.json);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
    dialog = ImportDialog(core, path, parent)
    if not dialog.prepare() or not dialog.exec() or dialog.imported is None:
        return None
    return dialog.imported.changes

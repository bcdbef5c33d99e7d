"""File → Import: preview what was found, fix the column mapping, see the problems, import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
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
from crm_desktop.core.errors import Cancelled, CrmError
from crm_desktop.core.facade import Core
from crm_desktop.core.importers.apply import ImportSummary
from crm_desktop.core.importers.import_draft import ImportDraft, Problem
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.safe_filename import safe_filename
from crm_desktop.core.services.imports import ExistingCustomer, Imported
from crm_desktop.ui.tasks import QueryOp, Task, report_failure


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
        self.recheck.clicked.connect(lambda: self._recheck())
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

    # -- step 1: read and check (on the task lane: a big book takes seconds to read, and the
    # preview is a full dry-run write, rolled back) -------------------------------------------
    def prepare(self) -> bool:
        """Read the file and dry-run it; False (after telling the user) when it is unusable.
        The window keeps repainting meanwhile; a progress dialog shows after a moment."""
        imports, path = self.core.imports, self.path
        op = self._check(lambda: imports.prepare(path), self.parentWidget())
        op.wait()
        return self.draft is not None

    def _check(
        self,
        read: Callable[[], ImportDraft],
        parent: QWidget | None,
        then: Callable[[], None] | None = None,
    ) -> QueryOp[Any]:
        """Read the draft (`read`), find its customers already in the database and preview
        it, all on the lane; then show all three. The user's merge/skip choices carry over."""
        imports = self.core.imports
        decisions = dict(self.draft.decisions) if self.draft is not None else None

        def run(_task: Task) -> tuple[ImportDraft, list[ExistingCustomer], ImportSummary]:
            draft = read()
            if decisions is not None:
                draft.decisions = decisions
            return draft, imports.existing(draft), imports.preview(draft)

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)  # an import waiting for this check is off
            if not isinstance(exc, CrmError):
                report_failure(self, exc)
                return
            QMessageBox.warning(parent, self.tr("Cannot import this file"), str(exc))

        return (
            # Before the dialog is shown, the window it opens over carries the progress.
            QueryOp(
                parent or self, run, lambda found: self._checked(found, then), name="imports.check"
            )
            .failure(failed)
            .with_progress(self.tr("Reading {0}…").format(self.path.name), cancellable=False)
            .run_in_background()
        )

    def _checked(
        self,
        found: tuple[ImportDraft, list[ExistingCustomer], ImportSummary],
        then: Callable[[], None] | None,
    ) -> None:
        draft, existing, preview = found
        self.draft = draft
        self._fill_duplicates(draft, existing)
        self._show_preview(draft, preview)
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
        if then is not None:
            then()

    def _fill_duplicates(self, draft: ImportDraft, existing: list[ExistingCustomer]) -> None:
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
        """The dry run again (the user changed a merge/skip choice), on the lane; a copy of
        the draft goes there, so a further choice meanwhile cannot change it mid-run."""
        assert self.draft is not None
        draft = replace(self.draft, decisions=dict(self.draft.decisions))
        imports = self.core.imports

        def failed(exc: BaseException) -> None:
            report_failure(self, exc)

        def previewed(preview: ImportSummary) -> None:
            self._show_preview(draft, preview)

        self.counts.setText(self.tr("Checking…"))
        QueryOp(
            self, lambda _task: imports.preview(draft), previewed, name="imports.preview"
        ).failure(failed).with_progress(self.tr("Checking…"), cancellable=False).run_in_background()

    def _show_preview(self, draft: ImportDraft, preview: ImportSummary) -> None:
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

    def _recheck(self, then: Callable[[], None] | None = None) -> None:
        imports, path, chosen = self.core.imports, self.path, self.chosen_mappings()
        self._check(lambda: imports.remap(path, chosen), self, then)

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
        self.import_button.setEnabled(False)
        if (
            self.chosen_mappings() != {s.name: s.mapping for s in self.draft.sheets}
            and self.draft.interchange is None
        ):
            self._recheck(then=self._apply)  # read again with the user's mapping first
        else:
            self._apply()

    def _apply(self) -> None:
        imports, draft = self.core.imports, self.draft
        assert draft is not None

        def work(task: Task) -> Imported:
            return imports.apply(draft, progress=task.progress, cancelled=task.cancelled)

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
            if isinstance(exc, Cancelled):
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

        QueryOp(self, work, done, name="imports.apply").failure(failed).with_progress(
            self.tr("Importing {0}…").format(self.path.name)
        ).run_in_background()


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

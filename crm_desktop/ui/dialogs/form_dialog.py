"""One form dialog for every record: fields parsed by the core's normalizers; a refused
value is named in a message and highlighted, and everything typed stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from crm_desktop.core.errors import (
    ReadOnlyDatabase,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from crm_desktop.core.normalize.phones import normalize_mobile, normalize_phone
from crm_desktop.core.normalize.values import parse_birthday, parse_date, parse_decimal, parse_money

(
    TEXT,
    MULTILINE,
    DATE,
    MONEY,
    SIGNED_MONEY,
    DECIMAL,
    CHOICE,
    EDITABLE,
    BOOL,
    INT,
    MOBILE,
    PHONE,
    BIRTHDAY,
) = (
    "text",
    "multiline",
    "date",
    "money",
    "signed_money",
    "decimal",
    "choice",
    "editable",
    "bool",
    "int",
    "mobile",
    "phone",
    "birthday",
)
ERROR_STYLE = "border: 2px solid #d9534f;"


class KeepOpen(Exception):  # noqa: N818 - a decision, not an error
    """Raised by a submit function when the user chose not to save yet: the form stays open
    with everything typed, and no error is shown (the user already answered a question)."""


@dataclass
class FieldSpec:
    key: str
    label: str
    kind: str = TEXT
    required: bool = False
    choices: dict[str, str] | list[str] = field(default_factory=list)
    hint: str = ""  # grey example text shown in an empty field
    optional_choice: bool = False  # a CHOICE that may be left empty


class FormDialog(QDialog):
    """`submit(values)` stores the parsed values; it may raise ValidationErrors, which keeps
    the dialog open with the typed text."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        specs: list[FieldSpec],
        values: dict[str, Any],
        submit: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.specs = specs
        self.submit = submit
        # Set when a save was refused as stale and the user chose Reload: the caller shows
        # what is saved now.
        self.reloaded = False
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in specs:
            widget = self._make_widget(spec, values.get(spec.key))
            widget.setObjectName(f"field_{spec.key}")
            self.widgets[spec.key] = widget
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = QLabel()
        self.error_label.setObjectName("form_error")
        self.error_label.setStyleSheet("color: #b52b27;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    # -- widgets --------------------------------------------------------------------------
    def _make_widget(self, spec: FieldSpec, value: Any) -> QWidget:
        if spec.kind == MULTILINE:
            edit = QPlainTextEdit(value or "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
            return edit
        if spec.kind == BOOL:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if spec.kind == INT:
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setValue(int(value or 0))
            return spin
        if spec.kind == CHOICE:
            combo = QComboBox()
            if spec.optional_choice:
                combo.addItem("", None)
            assert isinstance(spec.choices, dict)
            for key, label in spec.choices.items():
                combo.addItem(label, key)
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            return combo
        if spec.kind == EDITABLE:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(list(spec.choices))
            completer = QCompleter(list(spec.choices), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.setEditText(value or "")
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return combo
        edit = QLineEdit(self._as_text(spec, value))
        edit.setPlaceholderText(spec.hint or self._default_hint(spec.kind))
        if spec.kind == DATE:
            pick = edit.addAction(
                self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                QLineEdit.ActionPosition.TrailingPosition,
            )
            pick.setToolTip(self.tr("Pick a date from the calendar"))
            pick.triggered.connect(lambda: self._pick_date(edit))
        return edit

    def _pick_date(self, edit: QLineEdit) -> None:
        """A calendar under the field; typing a date stays the quick way."""
        menu = QMenu(edit)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        try:
            current = parse_date(edit.text())
        except ValueError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            edit.setText(day.toString("yyyy-MM-dd"))
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.aboutToHide.connect(menu.deleteLater)
        self.calendar_popup = menu  # non-modal: the dialog's own loop keeps running
        menu.popup(edit.mapToGlobal(edit.rect().bottomLeft()))
        calendar.setFocus()

    def _default_hint(self, kind: str) -> str:
        return {
            DATE: self.tr("e.g. 2024-03-07"),
            MONEY: self.tr("yuan, e.g. 12,800.00 or 1.2万"),
            SIGNED_MONEY: self.tr("yuan; negative for a return"),
            DECIMAL: self.tr("e.g. 120"),
            MOBILE: self.tr("11 digits, or +country code"),
            PHONE: self.tr("e.g. 010-6234 5678"),
            BIRTHDAY: self.tr("e.g. 1985-03-07, or 3月7日 without the year"),
        }.get(kind, "")

    @staticmethod
    def _as_text(spec: FieldSpec, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return format(value.normalize() if spec.kind == DECIMAL else value, "f")
        return str(value)

    def text_of(self, key: str) -> str:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return ""

    # -- parsing --------------------------------------------------------------------------
    def _parse(self, spec: FieldSpec) -> Any:
        widget = self.widgets[spec.key]
        if spec.kind == BOOL:
            return widget.isChecked()  # type: ignore[attr-defined]
        if spec.kind == INT:
            return widget.value()  # type: ignore[attr-defined]
        if spec.kind == CHOICE:
            return widget.currentData()  # type: ignore[attr-defined]
        text = self.text_of(spec.key).strip()
        if not text:
            if spec.required:
                raise ValueError(self.tr("this field is required"))
            return None
        try:
            if spec.kind == DATE:
                return parse_date(text)
            if spec.kind == MONEY:
                return parse_money(text)
            if spec.kind == SIGNED_MONEY:
                return parse_money(text, allow_negative=True)
            if spec.kind == DECIMAL:
                return parse_decimal(text)
            if spec.kind == MOBILE:
                return normalize_mobile(text)
            if spec.kind == PHONE:
                return normalize_phone(text)
            if spec.kind == BIRTHDAY:
                return parse_birthday(text)
        except ValueError:
            raise ValueError(self._kind_message(spec.kind)) from None
        return text

    def _kind_message(self, kind: str) -> str:
        return {
            DATE: self.tr("not a real date; type year-month-day, e.g. 2024-03-07"),
            MONEY: self.tr("not an amount; type a number of yuan that is not negative"),
            SIGNED_MONEY: self.tr("not an amount; type a number of yuan"),
            DECIMAL: self.tr("not a number"),
            MOBILE: self.tr(
                "not a mobile number: 11 digits starting with 1, or + and a country code"
            ),
            PHONE: self.tr("not a phone number"),
            BIRTHDAY: self.tr("not a birthday; type 1985-03-07, or 3-7 without the year"),
        }.get(kind, self.tr("not valid"))

    def _on_save(self) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        values: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        for spec in self.specs:
            try:
                values[spec.key] = self._parse(spec)
            except ValueError as exc:
                problems.append((spec.key, str(exc)))
        if not problems:
            try:
                self.submit(values)
            except KeepOpen:
                return
            except ReadOnlyDatabase:
                from crm_desktop.ui.read_only import show_refusal

                show_refusal(self)  # the form stays open with what was typed
                return
            except StaleRecord as exc:
                from crm_desktop.ui.stale import ask_reload

                if ask_reload(self, exc):
                    self.reloaded = True
                    self.reject()
                return  # Cancel: the form stays open with what was typed
            except ValidationErrors as exc:
                problems = [(e.field, self.core_message(e)) for e in exc.errors]
        if problems:
            self.show_problems(problems)
            return
        self.accept()

    def core_message(self, error: ValidationError) -> str:
        messages = {
            "required": self.tr("this field is required"),
            "duplicate_code": self.tr("this code is already used by another customer"),
            "before_note": self.tr("the next follow-up cannot be before the note's date"),
            "before_received": self.tr("a complaint cannot be answered before it was received"),
            "negative": self.tr("cannot be negative"),
            "phone": self.tr("not a phone number"),
            "email": self.tr("not an e-mail address"),
            "amount_missing": self.tr("enter the amount, or both quantity and unit price"),
            "choice": self.tr("not one of the choices"),
            "format": self.tr("not a month: write it as YYYY-MM, e.g. 2026-11"),
            "range": self.tr("outside the allowed range"),
            "before_instruction": self.tr(
                "a leader's instruction comes after the investigation: set the status to"
                " Instructed or later"
            ),
        }
        return messages.get(error.code, str(error))

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        labels = {s.key: s.label for s in self.specs}
        lines = []
        for key, message in problems:
            if key in self.widgets:
                self.widgets[key].setStyleSheet(ERROR_STYLE)
            lines.append(f"{labels.get(key, key)}: {message}")
        self.error_label.setText("\n".join(lines))
        self.error_label.show()
        first = problems[0][0]
        if first in self.widgets:
            self.widgets[first].setFocus()
        QMessageBox.warning(self, self.tr("Please check the form"), "\n".join(lines))

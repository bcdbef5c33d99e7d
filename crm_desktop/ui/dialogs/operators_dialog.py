"""Signing in, and Settings → Operators (issue 14): the window only asks and shows; who may do
what is decided by the core (core/permissions.py), which refuses a write whatever the screen."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.errors import (
    CrmError,
    PermissionDenied,
    SignInLocked,
    SignInRefused,
    ValidationErrors,
)


def role_labels() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("Operators", "Administrator"),
        "sales": QCoreApplication.translate("Operators", "Sales"),
        "viewer": QCoreApplication.translate("Operators", "Viewer (read and print)"),
    }


def action_labels() -> dict[str, str]:
    """What each permission of core/permissions.py lets one do, for "may not …" tooltips."""
    return {
        "operators": QCoreApplication.translate("Operators", "manage operators"),
        "settings": QCoreApplication.translate("Operators", "change settings or rules"),
        "restore": QCoreApplication.translate("Operators", "restore a backup"),
        "import": QCoreApplication.translate("Operators", "import files"),
        "export": QCoreApplication.translate("Operators", "export data"),
        "audit_export": QCoreApplication.translate("Operators", "export the audit trail"),
        "assign_owners": QCoreApplication.translate("Operators", "reassign or share customers"),
        "create_customer": QCoreApplication.translate("Operators", "add customers"),
        "edit_customer": QCoreApplication.translate("Operators", "change customers"),
        "deactivate_customer": QCoreApplication.translate("Operators", "deactivate customers"),
        "sign_in": QCoreApplication.translate("Operators", "work without signing in"),
    }


def refusal_text(role: str, action: str) -> str:
    """The tooltip of an action the signed-in operator's role cannot use."""
    return QCoreApplication.translate("Operators", "The {0} role may not {1}.").format(
        role_labels().get(role, role), action_labels().get(action, action)
    )


def error_text(exc: CrmError) -> str:
    """A refusal in the user's language; other errors keep the core's own line."""
    if isinstance(exc, SignInLocked):
        return QCoreApplication.translate(
            "Operators", "Too many wrong passwords. Wait {0} seconds, then try again."
        ).format(exc.params.get("seconds", "?"))
    if isinstance(exc, SignInRefused):
        return QCoreApplication.translate("Operators", "Wrong operator name or password.")
    if isinstance(exc, PermissionDenied):
        role = exc.params.get("role")
        if role and exc.action in action_labels() and "customer_id" not in exc.params:
            return refusal_text(role, exc.action)
        return QCoreApplication.translate("Operators", "Not allowed: {0}").format(exc)
    if isinstance(exc, ValidationErrors):
        return "\n".join(str(e) for e in exc.errors)
    return str(exc)


class SignInDialog(QDialog):
    """Name and password before the window opens (and at File → Sign out / switch)."""

    def __init__(self, operators: Any, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.operators = operators
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in to crm-desktop"))
        self.name = QLineEdit(name)
        self.name.setObjectName("sign_in_name")
        self.password = QLineEdit()
        self.password.setObjectName("sign_in_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("sign_in_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Operator"), self.name)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if name else self.name).setFocus()

    def accept(self) -> None:
        try:
            self.operators.sign_in(self.name.text(), self.password.text())
        except SignInRefused as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class OperatorForm(QDialog):
    """A new operator: name, the name shown as owner, role and password (typed twice)."""

    def __init__(self, parent: QWidget | None, first: bool) -> None:
        super().__init__(parent)
        self.setObjectName("operator_form")
        self.setWindowTitle(self.tr("New operator"))
        self.name = QLineEdit()
        self.name.setObjectName("operator_name")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("operator_display_name")
        self.display_name.setPlaceholderText(self.tr("as the owner column shows it, e.g. 王芳"))
        self.role = QComboBox()
        self.role.setObjectName("operator_role")
        for key, label in role_labels().items():
            if not first or key == "admin":
                self.role.addItem(label, key)
        self.password = QLineEdit()
        self.password.setObjectName("operator_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("operator_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("operator_form_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sign-in name"), self.name)
        form.addRow(self.tr("Shown as"), self.display_name)
        form.addRow(self.tr("Access role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(
                self.tr(
                    "The first operator is an administrator. From then on crm-desktop asks "
                    "for a name and password when it starts."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.submit: Any = None

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.submit(
                self.name.text(),
                self.password.text(),
                self.role.currentData(),
                self.display_name.text() or None,
            )
        except CrmError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class PasswordForm(QDialog):
    """A new password typed twice (an administrator's reset, or one's own change)."""

    def __init__(self, parent: QWidget | None, title: str, ask_current: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("password_form")
        self.setWindowTitle(title)
        self.current = QLineEdit()
        self.current.setObjectName("password_current")
        self.password = QLineEdit()
        self.password.setObjectName("password_new")
        self.again = QLineEdit()
        self.again.setObjectName("password_again")
        for edit in (self.current, self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.submit: Any = None

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.submit(self.current.text(), self.password.text())
        except CrmError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class OperatorsDialog(QDialog):
    """Settings → Operators: the list, each one's role, a new password, deactivation."""

    COLUMNS = 4

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.changes = Changes(frozenset())
        self.setObjectName("operators_dialog")
        self.setWindowTitle(self.tr("Operators"))
        self.resize(640, 360)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("operators_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sign-in name"), self.tr("Shown as"), self.tr("Access role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("operators_add")
        self.add_button.clicked.connect(self.add_operator)
        self.password_button = QPushButton(self.tr("&Reset password…"))
        self.password_button.setObjectName("operators_password")
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("operators_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.message = QLabel()
        self.message.setObjectName("operators_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.operators: list[Any] = []
        self.reload()

    def reload(self) -> None:
        self.operators = self.core.operators.list()
        self.table.setRowCount(len(self.operators))
        roles = role_labels()
        for row, op in enumerate(self.operators):
            self.table.setItem(row, 0, QTableWidgetItem(op.name))
            self.table.setItem(row, 1, QTableWidgetItem(op.display_name))
            combo = QComboBox()
            combo.setObjectName(f"role_{op.name}")
            for key, label in roles.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(op.role)))
            combo.currentIndexChanged.connect(
                lambda _i, o=op, c=combo: self.set_role(o.id, c.currentData())
            )
            self.table.setCellWidget(row, 2, combo)
            state = self.tr("Active") if op.active else self.tr("Deactivated")
            self.table.setItem(row, 3, QTableWidgetItem(state))
        self._selection_changed()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.operators[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        op = self.selected()
        self.password_button.setEnabled(op is not None)
        self.active_button.setEnabled(op is not None)
        self.active_button.setText(
            self.tr("&Activate") if op is not None and not op.active else self.tr("&Deactivate")
        )

    def _run(self, call: Any, *args: Any) -> bool:
        try:
            self.changes = self.changes | call(*args)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            self.reload()
            return False
        self.message.clear()
        return True

    def set_role(self, operator_id: int, role: str) -> None:
        self._run(self.core.operators.set_role, operator_id, role)

    def toggle_active(self) -> None:
        op = self.selected()
        if op is not None and self._run(self.core.operators.set_active, op.id, not op.active):
            self.reload()

    def add_operator(self) -> None:
        first = not self.core.operators.any_defined()
        form = OperatorForm(self, first)
        form.submit = self.core.operators.add
        if form.exec():
            if first:  # the window goes on as the administrator just added
                self.core.operators.sign_in(form.name.text(), form.password.text())
            self.changes = self.changes | Changes.everyone("operators")
            self.reload()

    def reset_password(self) -> None:
        op = self.selected()
        if op is None:
            return
        form = PasswordForm(self, self.tr("New password for {0}").format(op.name))
        form.submit = lambda _current, new: self.core.operators.reset_password(op.id, new)
        form.exec()


class AssignDialog(QDialog):
    """Edit → Reassign owner: the open customer, or every customer listed, to one operator."""

    def __init__(
        self, core: Any, open_id: int | None, listed: Sequence[int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.open_id = open_id
        self.listed = list(listed)
        self.setObjectName("assign_dialog")
        self.setWindowTitle(self.tr("Reassign owner"))
        self.operator = QComboBox()
        self.operator.setObjectName("assign_operator")
        for op in core.operators.list(include_inactive=False):
            if op.role != "viewer":
                self.operator.addItem(f"{op.display_name} ({op.name})", op.id)
        self.only_open = QRadioButton(self.tr("The open customer"))
        self.only_open.setObjectName("assign_open")
        self.all_listed = QRadioButton(self.tr("All %n customer(s) listed", "", len(self.listed)))
        self.all_listed.setObjectName("assign_listed")
        group = QButtonGroup(self)
        group.addButton(self.only_open)
        group.addButton(self.all_listed)
        self.only_open.setEnabled(open_id is not None)
        (self.only_open if open_id is not None else self.all_listed).setChecked(True)
        self.message = QLabel()
        self.message.setObjectName("assign_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New owner"), self.operator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.only_open)
        layout.addWidget(self.all_listed)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.changes = Changes(frozenset())

    def accept(self) -> None:
        ids = [self.open_id] if self.only_open.isChecked() and self.open_id else self.listed
        if self.operator.currentData() is None or not ids:
            self.message.setText(self.tr("Choose an operator and at least one customer."))
            return
        if len(ids) > 1:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Give %n customer(s) to {0}?", "", len(ids)).format(
                    self.operator.currentText()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.changes = self.core.operators.assign_owner(ids, self.operator.currentData())
        except CrmError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class ShareDialog(QDialog):
    """Edit → Share: which operators besides the owner may work on the open customer."""

    def __init__(self, core: Any, customer_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.core = core
        self.customer_id = customer_id
        self.setObjectName("share_dialog")
        self.setWindowTitle(self.tr("Share the customer"))
        shared = {op.id for op in core.operators.shared_with(customer_id)}
        self.list = QListWidget()
        self.list.setObjectName("share_list")
        self.before: dict[int, bool] = {}
        for op in core.operators.list(include_inactive=False):
            if op.role != "sales":
                continue  # administrators and viewers see every customer anyway
            item = QListWidgetItem(f"{op.display_name} ({op.name})")
            item.setData(Qt.ItemDataRole.UserRole, op.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if op.id in shared else Qt.CheckState.Unchecked
            )
            self.before[op.id] = op.id in shared
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sales operators who may also work on it:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.changes = Changes(frozenset())

    def accept(self) -> None:
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                operator_id = int(item.data(Qt.ItemDataRole.UserRole))
                wanted = item.checkState() == Qt.CheckState.Checked
                if wanted != self.before[operator_id]:
                    self.changes = self.core.operators.share(self.customer_id, operator_id, wanted)
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()


def answer_refusals_with_a_dialog(window: QWidget) -> None:
    """A PermissionDenied that reaches Qt's event loop (a tab's button the role may not use)
    becomes one clear dialog; every other exception goes on to the hook that was there."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, PermissionDenied):
            QMessageBox.warning(
                window, QCoreApplication.translate("Operators", "Not allowed"), error_text(value)
            )
            return
        previous(kind, value, tb)

    sys.excepthook = hook

"""Operators in the window (issue 14): the sign-in before the window, the wait after five wrong
passwords, Settings → Operators, "My customers" and the greyed-out actions of a role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from crm_desktop.core.acting_operator import signed_in_operator
from crm_desktop.core.facade import open_core
from crm_desktop.core.services.dto import CustomerFilter, CustomerInput


def click_ok(dialog: QDialog, qtbot: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_into(dialog: QDialog, qtbot: Any, **fields: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    for name, text in fields.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # Chinese comes from an input method, not key presses
            edit.insert(text)


@pytest.fixture
def office_db(demo_db: Path) -> Path:
    """The demo office with an administrator and a sales operator who owns two customers."""
    core = open_core(str(demo_db))
    core.operators.add("boss", "boss-secret", "admin", "老板")
    core.operators.sign_in("boss", "boss-secret")
    core.operators.add("wang", "wang-secret", "sales", "王芳")
    core.operators.add("eye", "eye-secret", "viewer", "审计")
    for name in ("王芳的一号客户", "王芳的二号客户"):
        core.customers.create(CustomerInput(name=name, owner="王芳"))
    core.customers.create(CustomerInput(name="李强的客户", owner="李强"))
    core.operators.sign_out()
    core.close()
    return demo_db


def drive_sign_in(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, step: Callable[[QDialog], None]
) -> list[QDialog]:
    from crm_desktop.ui.dialogs.operators_dialog import SignInDialog

    shown: list[QDialog] = []

    def fake_exec(dialog: SignInDialog) -> int:
        shown.append(dialog)
        dialog.show()
        step(dialog)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    return shown


def test_a_wrong_password_says_so_and_five_make_the_next_try_wait(qtbot: Any, core: Any) -> None:
    from crm_desktop.ui.dialogs.operators_dialog import SignInDialog

    clock = [datetime(2026, 11, 25, 9, 0, tzinfo=UTC)]
    core.operators.now = lambda: clock[0]
    core.operators.add("boss", "boss-secret", "admin")
    dialog = SignInDialog(core.operators)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, qtbot, sign_in_name="boss", sign_in_password="guess")
    click_ok(dialog, qtbot)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.text() == "Wrong operator name or password."
    assert dialog.password.text() == ""  # typed again, the name stays
    assert dialog.name.text() == "boss"
    for _ in range(4):
        type_into(dialog, qtbot, sign_in_password="guess")
        click_ok(dialog, qtbot)
    assert "Wait 30 seconds" in dialog.message.text()
    type_into(dialog, qtbot, sign_in_password="boss-secret")
    click_ok(dialog, qtbot)
    assert dialog.isVisible() and signed_in_operator() is None  # still waiting
    clock[0] += timedelta(seconds=31)
    type_into(dialog, qtbot, sign_in_password="boss-secret")
    click_ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert signed_in_operator() == "boss"


def test_the_window_opens_only_after_the_sign_in(
    qtbot: Any, office_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    drive_sign_in(monkeypatch, qtbot, lambda d: d.reject())
    assert open_window(str(office_db)) is None  # cancelled: no window, no customer shown

    def sign_in(dialog: QDialog) -> None:
        type_into(dialog, qtbot, sign_in_name="wang", sign_in_password="wang-secret")
        click_ok(dialog, qtbot)

    drive_sign_in(monkeypatch, qtbot, sign_in)
    window = open_window(str(office_db))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert window.core is not None  # opened with its core, not the fast list
    assert "王芳" in window.operator_label.text()
    # A sales operator: settings, rules, import and operators are greyed out and say why.
    for action in (window.office_action, window.rules_action, window.import_action):
        assert not action.isEnabled()
        assert action.toolTip().startswith("The Sales role may not")
    assert not window.operators_action.isEnabled()
    assert not window.watch.export_action.isEnabled()  # the audit trail: administrators only
    assert not window.acceptDrops()  # a dropped file would be imported
    assert not window.tools.restore_action.isEnabled()
    assert window.new_action.isEnabled() and window.export_action.isEnabled()

    # Another's customer opens read-only for a sales operator, saying why; their own does not.
    qtbot.waitUntil(lambda: window.detail is not None)
    others = window.core.customers.search(CustomerFilter(query="李强的客户"))[0]
    own = window.core.customers.search(CustomerFilter(query="王芳的一号客户"))[0]
    window.detail.show_customer(others)
    detail = window.detail
    assert not detail.edit_button.isEnabled() and not detail.active_button.isEnabled()
    assert detail.edit_button.toolTip().startswith("Only its owner")
    assert not detail.notes.add_button.isEnabled()
    assert detail.notes.add_button.toolTip() == detail.edit_button.toolTip()
    assert not detail.credit.edit_button.isEnabled()
    window.detail.show_customer(own)
    assert detail.edit_button.isEnabled() and detail.active_button.isEnabled()
    assert detail.notes.add_button.isEnabled() and detail.credit.edit_button.isEnabled()
    assert detail.notes.add_button.toolTip() == ""

    panel = window.list_panel
    assert panel.mine.isVisible()
    everyone = panel.model.rowCount()
    panel.mine.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    names = {panel.model.customer_at(r).name for r in range(2)}
    assert names == {"王芳的一号客户", "王芳的二号客户"}
    panel.mine.setChecked(False)
    qtbot.waitUntil(lambda: panel.model.rowCount() == everyone)

    # File → Sign out / switch operator: the administrator gets everything back.
    def boss(dialog: QDialog) -> None:
        type_into(dialog, qtbot, sign_in_name="boss", sign_in_password="boss-secret")
        click_ok(dialog, qtbot)

    drive_sign_in(monkeypatch, qtbot, boss)
    window.sign_out_action.trigger()
    assert signed_in_operator() == "boss"
    assert window.office_action.isEnabled() and window.operators_action.isEnabled()
    assert window.tools.restore_action.isEnabled()
    assert window.watch.export_action.isEnabled() and window.acceptDrops()
    window.core.close()


def test_operators_dialog_adds_the_first_admin_then_a_clerk_and_manages_them(
    qtbot: Any, core: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.dialogs.operators_dialog import OperatorForm, OperatorsDialog, PasswordForm

    steps: list[Callable[[QDialog], None]] = []

    def fake_exec(dialog: QDialog) -> int:
        dialog.show()
        steps.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(OperatorForm, "exec", fake_exec)
    monkeypatch.setattr(PasswordForm, "exec", fake_exec)
    dialog = OperatorsDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()

    def first_admin(form: QDialog) -> None:
        assert [form.role.itemData(i) for i in range(form.role.count())] == ["admin"]
        type_into(form, qtbot, operator_name="boss", operator_password="boss-secret")
        type_into(form, qtbot, operator_password_again="boss-sekret")
        click_ok(form, qtbot)
        assert form.message.text() == "The two passwords differ."
        type_into(form, qtbot, operator_password_again="boss-secret")
        click_ok(form, qtbot)

    steps.append(first_admin)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert signed_in_operator() == "boss"  # the one who added it goes on as the admin

    def clerk(form: QDialog) -> None:
        type_into(form, qtbot, operator_name="wang", operator_display_name="王芳")
        form.role.setCurrentIndex(form.role.findData("sales"))
        type_into(form, qtbot, operator_password="abc")
        type_into(form, qtbot, operator_password_again="abc")
        click_ok(form, qtbot)
        assert "at least 6" in form.message.text()
        type_into(
            form, qtbot, operator_password="wang-secret", operator_password_again="wang-secret"
        )
        click_ok(form, qtbot)

    steps.append(clerk)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(o.name, o.role) for o in core.operators.list()] == [
        ("boss", "admin"),
        ("wang", "sales"),
    ]
    assert dialog.table.rowCount() == 2

    # The role combo of a row changes the role at once; the last admin cannot lose it.
    boss_role = dialog.table.cellWidget(0, 2)
    boss_role.setCurrentIndex(boss_role.findData("viewer"))
    assert "last administrator" in dialog.message.text()
    assert core.operators.list()[0].role == "admin"
    wang_role = dialog.table.cellWidget(1, 2)
    wang_role.setCurrentIndex(wang_role.findData("viewer"))
    assert core.operators.list()[1].role == "viewer"

    dialog.table.selectRow(1)

    def new_password(form: QDialog) -> None:
        type_into(form, qtbot, password_new="fresh-secret", password_again="fresh-secret")
        click_ok(form, qtbot)

    steps.append(new_password)
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not core.operators.list()[1].active
    assert dialog.table.item(1, 3).text() == "Deactivated"
    core.operators.set_active(core.operators.list()[1].id, True)
    core.operators.sign_out()
    core.operators.sign_in("wang", "fresh-secret")


def test_an_admin_reassigns_the_listed_customers_and_shares_one(
    qtbot: Any, office_db: Path, answer_questions: Callable[[Any], None]
) -> None:
    from crm_desktop.ui.dialogs.operators_dialog import AssignDialog, ShareDialog

    core = open_core(str(office_db))
    core.operators.sign_in("boss", "boss-secret")
    wang = next(o for o in core.operators.list() if o.name == "wang")
    listed = (
        core.customers.search(CustomerFilter(query="王芳的"))[:1]
        + core.customers.search(CustomerFilter())[:3]
    )
    answer_questions(QMessageBox.StandardButton.Yes)
    dialog = AssignDialog(core, listed[0], listed, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operator.setCurrentIndex(dialog.operator.findData(wang.id))
    dialog.all_listed.setChecked(True)
    click_ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert {core.customers.get(i).owner for i in listed} == {"王芳"}

    other = core.customers.search(CustomerFilter())[-1]
    share = ShareDialog(core, other, None)
    qtbot.addWidget(share)
    share.show()
    assert share.list.count() == 1  # the sales operators
    share.list.item(0).setCheckState(Qt.CheckState.Checked)
    click_ok(share, qtbot)
    assert [o.name for o in core.operators.shared_with(other)] == ["wang"]
    assert other in core.customers.search(CustomerFilter(operator_id=wang.id))
    core.close()


def test_a_viewer_reads_and_prints_but_every_change_is_greyed_out(
    qtbot: Any, office_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()

    def sign_in(dialog: QDialog) -> None:
        type_into(dialog, qtbot, sign_in_name="eye", sign_in_password="eye-secret")
        click_ok(dialog, qtbot)

    drive_sign_in(monkeypatch, qtbot, sign_in)
    window = open_window(str(office_db))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    for action in (window.new_action, window.export_action, window.assign_action):
        assert not action.isEnabled()
        assert action.toolTip().startswith("The Viewer (read and print) role may not")
    assert window.reports.menu.isEnabled()
    assert window.list_panel.model.rowCount() > 0  # reading is what a viewer does
    detail = window.detail
    detail.show_customer(window.core.customers.search(CustomerFilter(query="王芳的一号客户"))[0])
    assert not detail.edit_button.isEnabled() and not detail.sales.add_button.isEnabled()
    assert "may not change customers" in detail.edit_button.toolTip()
    window.core.close()

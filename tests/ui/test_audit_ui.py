"""The audit trail and the shared database in the window (issue 14): the History tab, the
refusal of a stale save (Reload / Cancel, what was typed kept on Cancel), Refresh and the
periodic check that brings other PCs' writes in, and the export of the whole trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from form_helpers import fill, save
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from crm_desktop.core.acting_operator import sign_in_as
from crm_desktop.core.services.dto import CustomerInput


@pytest.fixture
def other_pc(demo_db: Path) -> Iterator[Any]:
    """A second Core on the same file: another clerk's computer."""
    from crm_desktop.core.facade import open_core

    core = open_core(str(demo_db))
    yield core
    core.close()
    sign_in_as(None)


def _as(name: str, write: Any) -> Any:
    """Run `write` as operator `name` (the other PC's clerk), then back to this PC's user."""
    sign_in_as(name)
    try:
        return write()
    finally:
        sign_in_as(None)


def _answer_stale(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    """Click `button` (stale_reload / stale_cancel) in the real stale-save dialog."""

    def fake_exec(box: QMessageBox) -> int:
        box.show()
        seen.append(box.text())
        box.findChild(QPushButton, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_history_tab_shows_the_customers_changes_newest_first_read_only(
    window: Any, qtbot: Any, drive_forms: Any
) -> None:
    detail = window.detail
    cid = detail.customer.id
    old_region = detail.customer.region
    drive_forms([lambda d: (fill(d, region="雄安新区"), save(d))])
    detail.edit()
    history = detail.history
    detail.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.table.rowCount() > 0, timeout=5000)
    newest = [history.table.item(0, c).text() for c in range(6)]
    assert newest[2].startswith(history.tr("Changed"))
    assert newest[3:] == [history.tr("Region"), old_region or "", "雄安新区"]
    assert newest[1]  # who: this computer's user, as no operator signed in
    assert history.customer_id == cid
    item = history.table.item(0, 5)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    # Another tab's write lands in the trail at once, above the earlier one.
    window.core.customers.set_active(cid, False)
    window.hub.apply(window.core.customers.set_active(cid, True))
    assert history.table.item(0, 2).text().startswith(history.tr("Reactivated"))


def test_a_stale_save_asks_and_cancel_keeps_what_was_typed(
    window: Any, other_pc: Any, drive_forms: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = window.detail
    cid = detail.customer.id
    theirs = other_pc.customers.get(cid)
    theirs.address = "李娜 typed this on her PC"
    _as("李娜", lambda: other_pc.customers.update(cid, theirs, version=theirs.version))
    seen: list[str] = []
    _answer_stale(monkeypatch, "stale_cancel", seen)
    forms = drive_forms([lambda d: (fill(d, address="mine, typed here"), save(d))])
    assert detail.edit() is None
    assert len(seen) == 1 and "李娜" in seen[0] and "reload" in seen[0].lower()
    form = forms[0]
    assert form.isVisible() and not form.reloaded
    assert form.widgets["address"].text() == "mine, typed here"  # nothing typed is lost
    assert window.core.customers.get(cid).address == "李娜 typed this on her PC"  # no overwrite
    form.close()


def test_a_stale_save_reloads_what_the_other_pc_saved(
    window: Any, other_pc: Any, drive_forms: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = window.detail
    contacts = detail.contacts
    cid = detail.customer.id
    contact = contacts.records[0]
    theirs = next(c for c in other_pc.contacts.list(cid) if c.id == contact.id)
    theirs.title = "采购总监"
    _as("李娜", lambda: other_pc.contacts.update(theirs.id, theirs, version=theirs.version))
    seen: list[str] = []
    _answer_stale(monkeypatch, "stale_reload", seen)
    contacts.table.selectRow(0)
    forms = drive_forms([lambda d: (fill(d, title="经理"), save(d))])
    contacts.edit_selected()
    assert seen and not forms[0].isVisible() and forms[0].reloaded
    shown = next(c for c in contacts.records if c.id == contact.id)
    assert shown.title == "采购总监" and shown.version == theirs.version + 1


def test_another_pcs_new_customer_appears_after_the_periodic_check(
    window: Any, other_pc: Any, qtbot: Any
) -> None:
    window.list_panel.search_box.setText("")
    model = window.list_panel.model
    cid = _as("李娜", lambda: other_pc.customers.create(CustomerInput(name="新来的客户有限公司")))
    assert cid not in list(model.ids())
    window.watch.timer.setInterval(50)
    qtbot.waitUntil(lambda: cid in list(model.ids()), timeout=10000)


def test_refresh_is_f5_in_the_view_menu_and_reloads_the_open_customer(
    window: Any, other_pc: Any, qtbot: Any
) -> None:
    window.watch.timer.stop()  # only the action, not the periodic check
    action = window.watch.refresh_action
    assert action in window.view_menu.actions()
    assert QKeySequence("F5") in action.shortcuts()
    cid = window.detail.customer.id
    theirs = other_pc.customers.get(cid)
    theirs.name = theirs.name + "（新）"
    other_pc.customers.update(cid, theirs, version=theirs.version)
    action.trigger()
    qtbot.waitUntil(lambda: window.detail.customer.name == theirs.name, timeout=10000)
    assert window.detail.title.text().startswith(theirs.name)


def test_export_audit_trail_from_the_tools_menu(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = window.detail.customer.id
    window.hub.apply(window.core.customers.set_active(cid, False))
    target = tmp_path / "trail"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)"))
    )
    assert window.watch.export_action in window.tools.menu.actions()
    window.watch.export_action.trigger()
    written = tmp_path / "trail.csv"
    qtbot.waitUntil(written.exists, timeout=10000)
    lines = written.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("编号 id") and len(lines) == 2
    assert f",deactivate,customer,{cid},{cid}," in lines[1]


def test_the_periodic_check_does_not_redraw_this_windows_own_writes(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.watch.timer.stop()
    applied: list[Any] = []
    window.hub.changes_applied.connect(applied.append)
    cid = window.detail.customer.id
    window.hub.apply(window.core.customers.set_active(cid, False))
    assert len(applied) == 1
    window.watch.check()
    assert len(applied) == 1  # nothing more: the list and warnings already show it

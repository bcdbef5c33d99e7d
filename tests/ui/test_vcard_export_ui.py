"""vCard exports in the app: the contacts selected in the contacts tab, the open customer (File
menu) and File → Export as .vcf, each read back by vobject as a phone would read it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import vobject
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog

from crm_desktop.core.services.dto import ContactInput, CustomerInput


def save_to(monkeypatch: Any, target: Path, chosen_filter: str = "") -> list[str]:
    """The save dialog answers `target`; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, name: str, _filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def names_in(path: Path) -> list[str]:
    return [c.fn.value for c in vobject.readComponents(path.read_bytes().decode("utf-8"))]


def a_customer(window: Any) -> int:
    cid = window.core.customers.create(CustomerInput(name="康泰医药", address="天津市和平区"))
    for name, mobile in (("张伟", "13800000001"), ("刘芳", "13800000002"), ("王强", None)):
        window.core.contacts.add(cid, ContactInput(name=name, mobile=mobile))
    return int(cid)


def test_selected_contacts_export_to_a_phone_file(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window.open_customer(a_customer(window))
    tab = window.detail.contacts
    window.detail.tabs.setCurrentWidget(tab)
    assert not tab.export_button.isEnabled()  # nothing selected yet
    rows = {tab.table.item(r, 0).text(): r for r in range(tab.table.rowCount())}
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.table.visualItemRect(tab.table.item(rows["张伟"], 0)).center(),
    )
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        tab.table.visualItemRect(tab.table.item(rows["王强"], 0)).center(),
    )
    assert [c.name for c in tab.selected_records()] == sorted(
        ["张伟", "王强"], key=lambda n: rows[n]
    )
    assert tab.export_button.isEnabled() and not tab.edit_button.isEnabled()
    target = tmp_path / "two"
    suggested = save_to(monkeypatch, target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert suggested == ["contacts.vcf"]
    written = tmp_path / "two.vcf"  # the extension is added when left out
    assert sorted(names_in(written)) == sorted(["张伟", "王强"])
    assert tab.footer.isVisible() and "2" in tab.footer.text()


def test_one_selected_contact_can_still_be_edited(window: Any, qtbot: Any) -> None:
    window.open_customer(a_customer(window))
    tab = window.detail.contacts
    tab.table.selectionModel().select(
        tab.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()
    assert tab.export_button.isEnabled()


def test_the_open_customer_exports_from_the_file_menu(
    window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window.open_customer(a_customer(window))
    target = tmp_path / "kangtai.vcf"
    suggested = save_to(monkeypatch, target)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "action_export_open_vcard")
    assert action.isEnabled()
    action.trigger()
    assert suggested == ["康泰医药.vcf"]
    assert sorted(names_in(target)) == sorted(["张伟", "刘芳", "王强"])
    assert "康泰医药" in window.statusBar().currentMessage()


def test_file_export_offers_vcard_for_the_customers_listed(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window.list_panel.search_box.setText("大药房")
    qtbot.waitUntil(lambda: 0 < window.list_panel.model.rowCount() < 40, timeout=10000)
    listed = set(window.list_panel.model.ids())
    target = tmp_path / "listed"
    save_to(monkeypatch, target, "vCard for phones, one card per contact (*.vcf)")
    window.export(True)
    written = tmp_path / "listed.vcf"
    qtbot.waitUntil(written.exists, timeout=10000)
    cards = list(vobject.readComponents(written.read_bytes().decode("utf-8")))
    companies = {c.org.value[0] for c in cards if "org" in c.contents}
    expected = {window.core.customers.get(cid).name for cid in listed}
    assert companies == expected


def test_vcard_import_problems_in_chinese(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.dialogs.import_dialog import ImportDialog
    from crm_desktop.ui.i18n import install_translators

    cards = tmp_path / "cut.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nBDAY;VALUE=text:小时候\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘芳\r\n",
        encoding="utf-8",
    )
    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        dialog = ImportDialog(window.core, cards, window)
        qtbot.addWidget(dialog)
        dialog.prepare()
        texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert texts == [
            "card 1: 生日 小时候 是文字而不是日期，已保存在备注中",
            "card 2: 文件在这张名片中间结束；已导入名片里已有的内容",
        ]
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

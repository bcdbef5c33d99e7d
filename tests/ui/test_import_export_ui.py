"""File → Import / Export / Import history, driven on the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from crm_desktop.core.services.dto import CustomerFilter

DATA = Path(__file__).resolve().parents[1] / "data"


def test_import_dialog_previews_maps_and_imports(window: Any, qtbot: Any, messages: list) -> None:
    from crm_desktop.ui.dialogs.import_dialog import ImportDialog

    before = len(window.core.customers.search(CustomerFilter(include_inactive=True)))
    dialog = ImportDialog(window.core, DATA / "messy_contacts.xlsx", window)
    qtbot.addWidget(dialog)
    assert dialog.prepare()
    assert dialog.problems.count() == 3
    assert any(
        "1.38123E+10" in dialog.problems.item(i).text() for i in range(dialog.problems.count())
    )
    assert "Will add 4 customers, 7 contacts, 3 sales" in dialog.counts.text()
    headers = [dialog.mapping.item(r, 1).text() for r in range(dialog.mapping.rowCount())]
    assert "手机" in headers and "客户名称" in headers
    # The user says the hidden 内部编号 column holds the WeChat id; the mapping is remembered.
    row = headers.index("内部编号")
    combo = dialog.mapping.cellWidget(row, 2)
    combo.setCurrentIndex(combo.findData("wechat"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10000)
    assert any("Added 4 customers" in text for _, text in messages)
    after = len(window.core.customers.search(CustomerFilter(include_inactive=True)))
    assert after == before + 4
    [kangtai] = window.core.customers.search(CustomerFilter(query="北京康泰"))
    assert {c.name: c.wechat for c in window.core.contacts.list(kangtai)}["李娜"] == "X2"
    again = ImportDialog(window.core, DATA / "messy_contacts.xlsx", window)
    qtbot.addWidget(again)
    again.prepare()
    row = [again.mapping.item(r, 1).text() for r in range(again.mapping.rowCount())].index(
        "内部编号"
    )
    assert again.mapping.cellWidget(row, 2).currentData() == "wechat"
    assert "Will add 0 customers, 0 contacts, 0 sales" in again.counts.text()


def test_unusable_file_gets_a_message_and_no_dialog(window: Any, messages: list) -> None:
    from crm_desktop.ui.dialogs.import_dialog import choose_and_import

    assert choose_and_import(window, window.core, DATA / "bad_truncated.xlsx") is None
    assert messages and "not a valid Excel file" in messages[0][1]


def test_history_removes_an_import(window: Any, qtbot: Any, answer_questions: Any) -> None:
    from crm_desktop.core.importers.apply import apply_draft
    from crm_desktop.core.importers.import_draft import build_draft
    from crm_desktop.ui.dialogs.history_dialog import ImportHistoryDialog

    apply_draft(build_draft(DATA / "gbk_contacts.csv"), window.core.engine)
    assert window.core.customers.search(CustomerFilter(query="上海华润"))
    dialog = ImportHistoryDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and "gbk_contacts.csv" in dialog.table.item(0, 1).text()
    answer_questions(QMessageBox.StandardButton.Yes)
    dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.changes.all_customers, timeout=10000)  # on the task lane
    assert (
        dialog.changes.all_customers
        and dialog.table.rowCount() == 0
        and dialog.empty.isVisibleTo(dialog)
    )
    assert not window.core.customers.search(CustomerFilter(query="上海华润"))


def test_export_listed_customers(window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "listed.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.list_panel.search_box.setText("bj")
    qtbot.waitUntil(lambda: 0 < window.list_panel.model.rowCount() < 40)
    listed = list(window.list_panel.model.ids())
    window.export(True)
    qtbot.waitUntil(target.exists, timeout=10000)
    exported = json.loads(target.read_text(encoding="utf-8"))["customers"]
    # Exactly the customers listed, each once: not only as many.
    expected = sorted((c.code, c.name) for c in map(window.core.customers.get, listed))
    assert sorted((c.get("code"), c["name"]) for c in exported) == expected


def test_import_problems_in_chinese(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.dialogs.import_dialog import ImportDialog
    from crm_desktop.ui.i18n import install_translators

    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        dialog = ImportDialog(window.core, DATA / "messy_contacts.xlsx", window)
        qtbot.addWidget(dialog)
        dialog.prepare()
        texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert any(
            t.startswith("客户通讯录!10:") and "科学计数法" in t and "1.38123E+10" in t
            for t in texts
        )
        assert any("1990-02-30" in t and "生日" in t for t in texts)
        assert any(t.startswith("销售记录!5:") and "销售日期" in t for t in texts)
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_duplicates_merge_skip_or_add_as_new(window: Any, qtbot: Any, messages: list) -> None:
    from crm_desktop.core.importers.apply import apply_draft
    from crm_desktop.core.importers.import_draft import build_draft
    from crm_desktop.ui.dialogs.import_dialog import ImportDialog

    apply_draft(build_draft(DATA / "gbk_contacts.csv"), window.core.engine)
    dialog = ImportDialog(window.core, DATA / "gbk_contacts.csv", window)
    qtbot.addWidget(dialog)
    dialog.prepare()
    assert dialog.duplicates.rowCount() == 2
    assert "Will add 0 customers" in dialog.counts.text()
    row = [dialog.duplicates.item(r, 0).text() for r in range(2)].index("上海华润大药房")
    combo = dialog.duplicates.cellWidget(row, 2)
    combo.setCurrentIndex(combo.findData("new"))
    # The dry run again, on the task lane.
    qtbot.waitUntil(lambda: "Will add 1 customers, 2 contacts" in dialog.counts.text())
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10000)
    assert len(window.core.customers.search(CustomerFilter(query="上海华润大药房"))) == 2


def test_export_the_mobile_phone_list_for_sms(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    import csv

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "短信名单"  # no extension typed: the list is a .csv
    chosen = "Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)"
    offered: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        offered.append(args[3])
        return str(target), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.export(False)
    written = target.with_suffix(".csv")
    qtbot.waitUntil(written.exists, timeout=10000)
    assert chosen in offered[0].split(";;")
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    with window.core.engine.connect() as con:
        gone = {m for (m,) in con.exec_driver_sql("SELECT mobile FROM contact WHERE left")}
        staying = {m for (m,) in con.exec_driver_sql("SELECT mobile FROM contact WHERE NOT left")}
    assert rows[0] == ["地区", "姓名", "客户", "手机"] and len(rows) > 40
    assert {mobile for *_, mobile in rows[1:]} == staying - {None}
    assert gone and not gone & {mobile for *_, mobile in rows[1:]}
    qtbot.waitUntil(lambda: "mobile number" in window.statusBar().currentMessage())

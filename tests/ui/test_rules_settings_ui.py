"""Settings → Rules: the office changes a threshold and the warnings follow."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox


def test_licence_window_setting_changes_the_warnings(window: Any, qtbot: Any) -> None:
    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    before = sum(1 for r in panel.rows if r.kind == "licence_expiring")
    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert dialog.licence_days.value() == 30 and dialog.retail.item(0, 1).text() == "20"
    dialog.licence_days.setValue(400)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == 1
    assert window.core.rule_settings.get().licence_days == 400
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading, timeout=15000)
    assert sum(1 for r in panel.rows if r.kind == "licence_expiring") > before


def test_a_broken_abc_table_is_refused_and_kept(window: Any, qtbot: Any, messages: list) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    dialog.retail.setItem(1, 1, QTableWidgetItem("25"))  # AA above AAA
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == 0 and messages and "fall from AAA" in messages[-1][1]
    assert dialog.retail.item(1, 1).text() == "25"
    assert window.core.rule_settings.get().retail[1][0] == Decimal(10)

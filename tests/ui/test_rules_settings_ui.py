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


def test_courtesy_hours_and_stage_rules_are_settings(
    window: Any, qtbot: Any, messages: list
) -> None:
    from datetime import datetime

    from PySide6.QtCore import QTime

    from crm_desktop.core.rules.courtesy import call_courtesy
    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert dialog.nap_end.time() == QTime(14, 30) and dialog.summer_months.text() == "6, 7, 8, 9"
    dialog.summer_months.setText("6, 13")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert (
        dialog.result() == 0
        and "1 to 12" in messages[-1][1]
        and dialog.summer_months.text() == "6, 13"
    )
    dialog.summer_months.setText("5，6, 7, 8, 9")  # a Chinese comma too
    dialog.evening.setTime(QTime(20, 0))
    dialog.welcome_days.setValue(90)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == 1
    saved = window.core.rule_settings.get()
    assert saved.summer_months == [5, 6, 7, 8, 9] and saved.welcome_days == 90
    assert call_courtesy(datetime(2026, 5, 13, 13, 0), saved) == ("summer_nap", "14:30")
    assert call_courtesy(datetime(2026, 4, 15, 20, 30), saved) == ("late", "07:30")


def test_the_key_account_share_is_a_setting_and_the_star_says_how_it_is_chosen(
    window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    panel, model = window.warnings, window.list_panel.model
    qtbot.waitUntil(
        lambda: not panel.loading and model.marks.class_counts()["key"] > 0, timeout=15000
    )
    before = model.marks.class_counts()["key"]
    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert dialog.key_share.value() == 80
    dialog.key_share.setValue(95)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == 1 and window.core.rule_settings.get().key_account_share == Decimal(
        "0.95"
    )
    panel.refresh()
    qtbot.waitUntil(
        lambda: not panel.loading and model.marks.class_counts()["key"] > before, timeout=15000
    )
    column = model.COLUMNS.index("abc")
    row = next(
        r
        for r in range(model.rowCount())
        if model.marks.key_account(model.index(r, 0).data(Qt.ItemDataRole.UserRole))
    )
    index = model.index(row, column)
    assert index.data().endswith("★")
    assert "Key account by gross profit" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "gross profit" in model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    window.detail.show_customer(index.data(Qt.ItemDataRole.UserRole))
    assert "★ Key account by gross profit" in window.detail.facts.toolTip()


def test_the_last_year_tolerance_and_the_orders_for_a_rhythm_are_settings(
    window: Any, qtbot: Any
) -> None:
    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    before = sum(1 for r in panel.rows if r.kind == "sales_below_last_year")
    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert (dialog.year_tolerance.value(), dialog.frequency_orders.value()) == (90, 3)
    assert dialog.frequency_orders.minimum() == 3  # a median of one gap is no rhythm
    dialog.year_tolerance.setValue(100)
    dialog.frequency_orders.setValue(6)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = window.core.rule_settings.get()
    assert (saved.year_tolerance, saved.frequency_min_orders) == (Decimal(1), 6)
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading, timeout=15000)
    assert sum(1 for r in panel.rows if r.kind == "sales_below_last_year") >= before
    assert all(int(r.details["orders"]) >= 6 for r in panel.rows if r.kind == "order_overdue")

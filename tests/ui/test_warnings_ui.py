"""The warnings list: filled from the rules, filterable, and it opens the right customer tab."""

from __future__ import annotations

from typing import Any


def test_warnings_list_opens_the_customer_on_the_right_tab(window: Any, qtbot: Any) -> None:
    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    kinds = {r.kind for r in panel.rows}
    assert {"churn", "licence_expiring", "complaint_overdue"} <= kinds
    assert panel.model.rowCount() == len(panel.rows)
    assert "Stopped ordering" in panel.counts.text()
    panel.kind.setCurrentIndex(panel.kind.findData("complaint_overdue"))
    assert panel.model.rowCount() == sum(1 for r in panel.rows if r.kind == "complaint_overdue")
    first = panel.model.row(0)
    assert first.kind == "complaint_overdue"
    panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert window.detail.customer.id == first.customer_id
    assert window.detail.tabs.currentWidget() is window.detail.complaints


def test_warnings_refresh_after_a_change(window: Any, qtbot: Any, drive_forms: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    overdue = next(r for r in panel.rows if r.kind == "complaint_overdue")
    window.open_customer_tab(overdue.customer_id, "complaints")
    tab = window.detail.complaints
    row = next(i for i, c in enumerate(tab.records) if c.status not in ("answered", "closed"))
    tab.table.selectRow(row)

    def answer(dialog: Any) -> None:
        combo = dialog.widgets["status"]
        combo.setCurrentIndex(combo.findData("answered"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    before = sum(
        1
        for r in panel.rows
        if r.kind == "complaint_overdue" and r.customer_id == overdue.customer_id
    )
    drive_forms([answer])
    tab.edit_selected()
    qtbot.waitUntil(lambda: not panel.loading, timeout=15000)
    qtbot.waitUntil(
        lambda: (
            sum(
                1
                for r in panel.rows
                if r.kind == "complaint_overdue" and r.customer_id == overdue.customer_id
            )
            == before - 1
        ),
        timeout=15000,
    )


def test_warning_details_follow_the_interface_language(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.i18n import install_translators
    from crm_desktop.ui.warnings.panel import describe

    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    overdue = next(r for r in panel.rows if r.kind == "complaint_overdue")
    english = describe(overdue)
    assert "unanswered" in english and overdue.details["received"] in english
    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        text = describe(overdue)
        assert "已" in text and "天未答复" in text and overdue.details["received"] in text
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_behind_plan_warnings_name_their_product_and_lead_to_the_plan_line(
    window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.i18n import install_translators
    from crm_desktop.ui.warnings.panel import describe, kind_labels

    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    behind = [r for r in panel.rows if r.kind == "sales_behind_plan"]
    by_product = next(r for r in behind if r.details["product"])
    whole = next(r for r in behind if not r.details["product"])
    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        assert kind_labels()["sales_behind_plan"] == "销售进度落后"
        text = describe(by_product)
        assert text.startswith(by_product.details["product"] + " 本月至今销售")
        assert "sales" not in text and "product" not in text
        assert "本月至今销售" in describe(whole) and "{" not in describe(whole)
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    panel.kind.setCurrentIndex(panel.kind.findData("sales_behind_plan"))
    for warning in (by_product, whole):
        position = next(i for i in range(panel.model.rowCount()) if panel.model.row(i) == warning)
        panel.table.doubleClicked.emit(panel.model.index(position, 3))
        assert window.detail.customer.id == warning.customer_id
        assert window.detail.tabs.currentWidget() is window.detail.sales
        plans = window.detail.plans
        line = plans.months[plans.table.currentRow()]
        assert (line.month, line.product or "") == (
            warning.details["month"],
            warning.details["product"],
        )
        assert line.behind  # the panel's reading agrees with the warning's

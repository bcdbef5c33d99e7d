"""Contracts in the window: the register with its clause checklist, and a contract ending soon
in the warnings list, opening the customer on the Contracts tab."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from form_helpers import fill, save


def test_a_contract_with_its_checklist_and_its_ending_warning(
    window: Any, qtbot: Any, drive_forms: Any, messages: list[tuple[str, str]]
) -> None:
    from crm_desktop.core.clock import today

    window.list_panel.select_row(0)
    cid = window.list_panel.current_id()
    window.detail.show_customer(cid)
    tab = window.detail.contracts
    soon = (today() + timedelta(days=12)).isoformat()

    def refused_then_saved(dialog: Any) -> None:
        save(dialog)  # no number yet: refused, the dialog stays open
        assert dialog.isVisible() and messages  # said why, everything typed kept
        fill(dialog, number="HT-2026-088", ends_on=soon, payment_terms="月结30天")
        for key in ("product", "quantity", "price"):
            dialog.widgets[f"clause_{key}"].setChecked(True)
        save(dialog)

    drive_forms([refused_then_saved])
    tab.add_record()
    row = next(i for i, c in enumerate(tab.records) if c.number == "HT-2026-088")
    assert tab.table.item(row, 7).text() == "3/11"
    assert "Quality standard" in tab.table.item(row, 7).toolTip()
    assert tab.table.item(row, 8).text() == "ends in 12 day(s)"
    assert tab.table.item(row, 0).foreground().color().name() == "#b26a00"

    # Edit keeps the ticks and adds one.
    def tick_more(dialog: Any) -> None:
        assert dialog.widgets["clause_price"].isChecked()
        dialog.widgets["clause_dispute"].setChecked(True)
        save(dialog)

    drive_forms([tick_more])
    tab.table.selectRow(row)
    tab.edit_selected()
    assert next(c for c in tab.records if c.number == "HT-2026-088").clauses[-1] == "dispute"

    panel = window.warnings
    qtbot.waitUntil(
        lambda: (
            not panel.loading
            and any(r.kind == "contract_expiring" and r.customer_id == cid for r in panel.rows)
        ),
        timeout=15000,
    )
    panel.kind.setCurrentIndex(panel.kind.findData("contract_expiring"))
    position = next(
        i for i in range(panel.model.rowCount()) if panel.model.row(i).customer_id == cid
    )
    assert "HT-2026-088" in panel.model.data(panel.model.index(position, 3))
    window.detail.tabs.setCurrentIndex(0)
    panel.table.doubleClicked.emit(panel.model.index(position, 0))
    assert window.detail.tabs.currentWidget() is tab

"""Opportunities in the window: the customer's tab, the pipeline board (drag and "Move to…"),
the won opportunity's sales line, the funnel chart, and the chances in Settings → Rules."""

from __future__ import annotations

from typing import Any

import pytest
from form_helpers import fill, save
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog


def open_first(window: Any) -> int:
    window.list_panel.select_row(0)
    cid = window.list_panel.current_id()
    window.detail.show_customer(cid)
    return cid


def add_opportunity(window: Any, drive_forms: Any, product: str, amount: str) -> Any:
    tab = window.detail.opportunities

    def add(dialog: Any) -> None:
        fill(dialog, product=product, amount=amount, expected_close="2026-12-20")
        fill(dialog, next_step="送样品", next_step_on="2026-11-25")
        dialog.widgets["stage"].setCurrentIndex(dialog.widgets["stage"].findData("proposal"))
        save(dialog)

    drive_forms([add])
    tab.add_record()
    return next(r for r in tab.records if r.product == product)


def card_ids(board: Any, stage: str) -> list[int]:
    column = board.columns[stage]
    return [int(column.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(column.count())]


def test_an_opportunity_moves_on_the_board_and_its_win_records_the_sale(
    window: Any, qtbot: Any, drive_forms: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = open_first(window)
    record = add_opportunity(window, drive_forms, "头孢克肟片", "36000")
    tab = window.detail.opportunities
    row = tab.records.index(record)
    assert tab.table.item(row, 1).text() == "Proposal"
    assert tab.table.item(row, 3).text() == "50%"
    assert tab.table.item(row, 0).foreground().color().name() == "#b26a00"  # step due today
    # The next step joins Today's follow-ups.
    qtbot.waitUntil(
        lambda: any(
            f.opportunity and f.summary == "送样品"
            for f in (window.reminders.reminders.follow_ups if window.reminders.reminders else [])
        ),
        timeout=15000,
    )

    window.pipeline_dock.show()
    window.pipeline_dock.raise_()
    board = window.pipeline
    qtbot.waitUntil(lambda: board.data is not None, timeout=10000)
    assert record.id in card_ids(board, "proposal")
    assert board.headers["proposal"].text().endswith("· 50%")

    # Dragged onto the negotiation column (the drop as Qt delivers it).
    source = board.columns["proposal"]
    item = next(
        source.item(r)
        for r in range(source.count())
        if source.item(r).data(Qt.ItemDataRole.UserRole) == record.id
    )
    target = board.columns["negotiation"]
    dragged = source.mimeData([item])  # kept: the event does not own it
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert record.id in card_ids(board, "negotiation")
    assert record.id not in card_ids(board, "proposal")
    # The open customer's tab heard of it through the hub.
    assert next(r for r in tab.records if r.id == record.id).stage == "negotiation"

    # From the keyboard: select the card, Move to… Won.
    column = board.columns["negotiation"]
    column.setCurrentRow(card_ids(board, "negotiation").index(record.id))
    assert board.move_button.isEnabled()
    won = next(
        a for a in board.move_button.menu().actions() if a.objectName() == "pipeline_move_to_won"
    )
    won.trigger()
    assert record.id in card_ids(board, "won")

    # The won opportunity records its sales line.
    row = next(i for i, r in enumerate(tab.records) if r.id == record.id)
    tab.table.selectRow(row)
    assert tab.sale_button.isEnabled()
    sales_before = len(window.detail.sales.records)
    tab.sale_button.click()
    assert len(window.detail.sales.records) == sales_before + 1
    assert window.detail.sales.records[0].product == "头孢克肟片"
    assert not tab.sale_button.isEnabled()  # once only
    assert window.core.opportunities.list(cid)

    # Lost needs a reason: cancelling the question leaves it where it was.
    other = add_opportunity(window, drive_forms, "阿莫西林胶囊", "5000")
    board.refresh()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    board.move(other.id, "lost")
    assert other.id in card_ids(board, "proposal")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("竞品降价", True)))
    board.move(other.id, "lost")
    assert other.id in card_ids(board, "lost")
    lost = next(r for r in tab.records if r.id == other.id)
    assert lost.lost_reason == "竞品降价"
    funnel = {s.stage: s for s in board.data.funnel.steps}
    assert funnel["proposal"].reached >= 2 and funnel["won"].reached >= 1
    assert board.figure.axes and board.figure.axes[0].get_title()


def test_stage_chances_are_edited_in_the_rules_dialog(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    dialog = RulesDialog(window.core, window)
    qtbot.addWidget(dialog)
    assert dialog.chances["negotiation"].value() == 75
    dialog.chances["negotiation"].setValue(80)
    dialog._save()
    assert window.core.opportunities.chances()["negotiation"] == 80
    again = RulesDialog(window.core, window)
    qtbot.addWidget(again)
    again.chances["lead"].setValue(90)  # above the next stages: refused, with a reason
    again._save()
    assert messages and "does not fall" in messages[-1][1]
    assert window.core.opportunities.chances()["lead"] == 10


def test_an_office_without_opportunities_is_told_where_to_add_one(
    window: Any, qtbot: Any
) -> None:
    window.pipeline_dock.show()
    window.pipeline_dock.raise_()
    board = window.pipeline
    qtbot.waitUntil(lambda: board.data is not None, timeout=10000)
    shown = [t.get_text() for t in board.figure.texts]
    assert any("Opportunities tab" in text for text in shown)
    assert not board.figure.axes  # no empty axes with zero bars

"""A major event (seed 003, 客户重大变故预警) in the window: entered as a note, listed among the
warnings, opened on its note, cleared from the warnings list or from the notes tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from crm_desktop.core.services.dto import NoteInput


def _events(panel: Any, cid: int) -> list[Any]:
    return [r for r in panel.rows if r.kind == "major_event" and r.customer_id == cid]


def test_a_major_event_is_opened_and_cleared_from_the_warnings(window: Any, qtbot: Any) -> None:
    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    cid = panel.rows[0].customer_id
    note = window.core.notes.add(
        cid, NoteInput(date=date(2026, 11, 20), kind="event", event="accident", summary="车祸")
    )
    window.hub.apply(note.changes)
    qtbot.waitUntil(lambda: len(_events(panel, cid)) == 1, timeout=15000)
    panel.kind.setCurrentIndex(panel.kind.findData("major_event"))
    assert panel.model.rowCount() == 1 and "Major event" in panel.counts.text()
    assert "车祸" in panel.model.data(panel.model.index(0, 3))
    assert not panel.clear_button.isEnabled()
    panel.table.doubleClicked.emit(panel.model.index(0, 0))  # opens the note behind it
    notes = window.detail.notes
    assert window.detail.tabs.currentWidget() is notes
    assert notes.selected_record().id == int(note)
    assert notes.clear_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.clear_button.isEnabled()
    panel.clear_button.click()
    qtbot.waitUntil(lambda: not _events(panel, cid), timeout=15000)
    cleared = next(n for n in notes.records if n.id == int(note))
    assert cleared.cleared_on is not None  # the open tab shows it cleared


def test_the_notes_tab_clears_a_major_event(window: Any, qtbot: Any) -> None:
    panel = window.warnings
    qtbot.waitUntil(lambda: not panel.loading and bool(panel.rows), timeout=15000)
    cid = panel.rows[0].customer_id
    note = window.core.notes.add(cid, NoteInput(date=date(2026, 11, 24), kind="event"))
    window.hub.apply(note.changes)
    window.open_customer_tab(cid, "notes")
    notes = window.detail.notes
    qtbot.waitUntil(lambda: any(n.id == int(note) for n in notes.records), timeout=15000)
    notes.show_note(int(note))
    assert "Major event" in notes.table.item(notes.table.currentRow(), 1).text()
    notes.clear_button.click()
    assert not notes.clear_button.isEnabled()
    qtbot.waitUntil(lambda: not _events(panel, cid), timeout=15000)

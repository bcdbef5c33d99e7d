"""The complaint form's leader's instruction (seed 003: 领导批示), person responsible and how
the complaint came in (seed 004: 投诉渠道)."""

from __future__ import annotations

from typing import Any

from form_helpers import fill, save


def test_writing_the_instruction_moves_the_complaint_to_instructed(
    window: Any, drive_forms: Any
) -> None:
    def instruct(dialog: Any) -> None:
        fill(dialog, received="2026-11-02", description="批号不符")
        source = dialog.widgets["received_via"]
        assert source.currentData() is None  # nobody said how it came in yet
        source.setCurrentIndex(source.findData("visit"))
        status = dialog.widgets["status"]
        status.setCurrentIndex(status.findData("investigating"))
        fill(dialog, handler="王敏", instructed_by="李总", instruction="换货并上门致歉")
        save(dialog)

    tab = window.detail.complaints
    drive_forms([instruct])
    tab.add_record()
    cid = window.detail.customer.id
    made = next(c for c in window.core.complaints.list(cid) if c.description == "批号不符")
    assert (made.status, made.received_via, made.handler) == ("instructed", "visit", "王敏")
    assert (made.instructed_by, made.instruction) == ("李总", "换货并上门致歉")
    header = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    row = next(r for r in range(tab.table.rowCount()) if tab.records[r].id == made.id)
    cells = {h: tab.table.item(row, i).text() for i, h in enumerate(header)}
    assert (cells["Status"], cells["Came in by"], cells["Handler"], cells["Instructed by"]) == (
        "Instructed",
        "In person",
        "王敏",
        "李总",
    )

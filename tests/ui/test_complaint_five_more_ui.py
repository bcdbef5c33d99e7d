"""The complaint form's escalation level and compensation, the days to answer in the tab, and
the Analysis view of complaints by escalation level (seed 000: 层次高一点、补偿多一点、
动作快一点)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from form_helpers import fill, save


def test_a_complaint_escalated_and_compensated(window: Any, drive_forms: Any) -> None:
    def escalate(dialog: Any) -> None:
        fill(dialog, received="2026-11-02")
        level = dialog.widgets["escalation"]
        assert level.currentData() is None  # not escalated until someone says so
        level.setCurrentIndex(level.findData("leadership"))
        status = dialog.widgets["status"]
        status.setCurrentIndex(status.findData("answered"))
        fill(dialog, answered_on="2026-11-06", compensation="1.2万", description="破损")
        save(dialog)

    tab = window.detail.complaints
    drive_forms([escalate])
    tab.add_record()
    cid = window.detail.customer.id
    made = next(c for c in window.core.complaints.list(cid) if c.description == "破损")
    assert (made.escalation, made.compensation, made.days_to_answer) == (
        "leadership",
        Decimal("12000.00"),
        4,
    )
    header = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    row = next(r for r in range(tab.table.rowCount()) if tab.records[r].id == made.id)
    cells = {h: tab.table.item(row, i).text() for i, h in enumerate(header)}
    assert (cells["Days to answer"], cells["Escalated to"], cells["Compensation"]) == (
        "4",
        "Company leadership",
        "12,000.00",
    )


def test_the_analysis_lists_complaints_by_escalation_level(window: Any) -> None:
    panel = window.analysis
    assert panel.view.findData("complaint_escalation") >= 0

"""The forms of seed 004's interactions: a visit's objective (asked of every visit), enquiry
and suggestion as note kinds, a contact's hobbies and preferences, a sale's purchase channel."""

from __future__ import annotations

from typing import Any

from form_helpers import fill, save


def test_a_visit_is_not_saved_without_its_objective(
    window: Any, drive_forms: Any, messages: list[tuple[str, str]]
) -> None:
    tried: list[bool] = []

    def visit(dialog: Any) -> None:
        fill(dialog, date="2026-11-02", summary="谈返利")
        save(dialog)
        tried.append(dialog.isVisible())  # still open: the objective is missing
        fill(dialog, objective="谈年度返利")
        save(dialog)

    drive_forms([visit])
    window.detail.notes.add_record()
    assert tried == [True] and messages and "Objective" in messages[0][1]
    cid = window.detail.customer.id
    made = next(n for n in window.core.notes.list(cid) if n.summary == "谈返利")
    assert (made.kind, made.objective) == ("visit", "谈年度返利")


def test_an_enquiry_needs_no_objective(window: Any, drive_forms: Any) -> None:
    def enquiry(dialog: Any) -> None:
        kind = dialog.widgets["kind"]
        assert kind.findData("suggestion") >= 0
        kind.setCurrentIndex(kind.findData("enquiry"))
        fill(dialog, date="2026-11-03", summary="问新品价格")
        save(dialog)

    tab = window.detail.notes
    drive_forms([enquiry])
    tab.add_record()
    cid = window.detail.customer.id
    made = next(n for n in window.core.notes.list(cid) if n.summary == "问新品价格")
    assert made.kind == "enquiry"
    row = next(r for r in range(tab.table.rowCount()) if tab.records[r].id == made.id)
    assert tab.table.item(row, 1).text() == "Enquiry"


def test_a_contacts_hobbies_and_a_sales_channel(window: Any, drive_forms: Any) -> None:
    def contact(dialog: Any) -> None:
        fill(dialog, name="张伟", hobbies="钓鱼", preferences="只喝龙井")
        save(dialog)

    def sale(dialog: Any) -> None:
        fill(dialog, date="2026-11-05", amount="880", spec="渠道测试")
        channel = dialog.widgets["channel"]
        assert channel.currentData() is None  # not said until someone says it
        channel.setCurrentIndex(channel.findData("dealer"))
        save(dialog)

    drive_forms([contact, sale])
    window.detail.contacts.add_record()
    window.detail.sales.add_record()
    cid = window.detail.customer.id
    made = next(c for c in window.core.contacts.list(cid) if c.name == "张伟")
    assert (made.hobbies, made.preferences) == ("钓鱼", "只喝龙井")
    line = next(s for s in window.core.sales.lines(cid) if s.spec == "渠道测试")
    assert line.channel == "dealer"
    tab = window.detail.sales
    header = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    row = next(r for r in range(tab.table.rowCount()) if tab.records[r].id == line.id)
    assert tab.table.item(row, header.index("Channel")).text() == "Through a dealer"

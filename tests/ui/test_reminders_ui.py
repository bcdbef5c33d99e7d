"""The Today panel and the call-time courtesy hint on the contacts tab."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any


def test_today_panel_lists_what_is_due_and_opens_the_customer(window: Any, qtbot: Any) -> None:
    from crm_desktop.core.clock import today
    from crm_desktop.core.services.dto import NoteInput

    cid = window.list_panel.model.ids()[3]
    name = window.core.customers.get(cid).name
    window.core.notes.add(
        cid,
        NoteInput(
            date=today() - timedelta(days=3),
            kind="call",
            summary="回访报价",
            next_follow_up=today(),
        ),
    )
    panel = window.reminders
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    panel.refresh()
    qtbot.waitUntil(
        lambda: (
            not panel.loading
            and panel.reminders is not None
            and any(f.customer == name for f in panel.reminders.follow_ups)
        ),
        timeout=10000,
    )
    follow_ups = panel.tree.topLevelItem(0)
    assert follow_ups.text(0).startswith("Follow-ups due")
    item = next(
        follow_ups.child(i)
        for i in range(follow_ups.childCount())
        if follow_ups.child(i).text(1) == name
    )
    assert item.text(0) == "today" and item.text(2) == "回访报价"
    assert panel.tree.topLevelItemCount() == 4  # follow-ups, birthdays, holidays, licences
    panel.tree.itemActivated.emit(item, 1)
    assert window.list_panel.current_id() == cid


def test_the_contacts_tab_warns_before_an_impolite_call(window: Any) -> None:
    window.list_panel.select_row(0)
    window.detail.show_customer(window.list_panel.current_id())
    tab = window.detail.contacts
    row = next(i for i, c in enumerate(tab.records) if c.mobile and not c.left)
    tab.table.selectRow(row)
    tab.show_courtesy(datetime(2026, 7, 15, 13, 5))  # a summer weekday, after lunch
    assert tab.courtesy.isVisibleTo(tab)
    assert "13:05" in tab.courtesy.text() and "14:30" in tab.courtesy.text()
    tab.show_courtesy(datetime(2026, 7, 15, 15, 0))
    assert not tab.courtesy.isVisibleTo(tab)


def test_a_long_group_shows_the_first_lines_and_says_how_many_more(window: Any, qtbot: Any) -> None:
    from datetime import date

    from crm_desktop.core.rules.reminders import FollowUp, Reminders
    from crm_desktop.ui.reminders.panel import SHOWN_PER_GROUP

    many = [FollowUp(f"客户{i}", date(2026, 11, 1), "回访") for i in range(SHOWN_PER_GROUP + 37)]
    window.reminders.show_reminders(Reminders(many, [], [], []))
    group = window.reminders.tree.topLevelItem(0)
    assert group.childCount() == SHOWN_PER_GROUP + 1
    assert "37 more" in group.child(SHOWN_PER_GROUP).text(2)


def test_a_cut_list_still_counts_everything(window: Any) -> None:
    from datetime import date

    from crm_desktop.core.rules.reminders import FollowUp, Reminders

    whole = Reminders(
        [FollowUp(f"客户{i}", date(2026, 11, 1), None) for i in range(500)], [], [], []
    )
    cut = Reminders(
        whole.follow_ups[:200],
        [],
        [],
        [],
        {"follow_ups": 500, "birthdays": 0, "holidays": 0, "licences": 0},
    )
    assert len(cut.follow_ups) == 200 and cut.count == 500
    window.reminders.show_reminders(cut)
    group = window.reminders.tree.topLevelItem(0)
    assert group.text(0).endswith("(500)") and "300 more" in group.child(200).text(2)

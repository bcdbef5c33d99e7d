"""Origin and key people in the window: a referral typed by the referrer's name, the count on
the referrer, and the organisation chart drawn as a tree from "reports to"."""

from __future__ import annotations

from typing import Any

from form_helpers import save


def choose(dialog: Any, key: str, data: Any) -> None:
    combo = dialog.widgets[key]
    combo.setCurrentIndex(combo.findData(data))


def test_a_referral_and_the_org_chart(
    window: Any, qtbot: Any, drive_forms: Any, messages: list[tuple[str, str]]
) -> None:
    from crm_desktop.core.services.dto import ContactInput

    core = window.core
    window.list_panel.select_row(1)
    referrer_id = window.list_panel.current_id()
    referrer = core.customers.get(referrer_id).name
    window.list_panel.select_row(0)
    cid = window.list_panel.current_id()
    boss = int(core.contacts.add(cid, ContactInput(name="总经理甲", title="总经理")))
    buyer = int(core.contacts.add(cid, ContactInput(name="采购乙", title="采购")))
    window.detail.show_customer(cid)
    tab = window.detail.people

    def unknown_then_known(dialog: Any) -> None:
        choose(dialog, "source", "referral")
        dialog.widgets["referred_by"].setEditText("没有这个客户")
        save(dialog)  # refused: no such customer, everything kept
        assert dialog.isVisible() and messages
        dialog.widgets["referred_by"].setEditText(referrer)
        save(dialog)

    drive_forms([unknown_then_known])
    tab.origin_button.click()
    assert tab.source.text() == "Referred by a customer · " + referrer
    window.detail.show_customer(referrer_id)
    assert tab.referrals.text().startswith("1 customer")
    window.detail.show_customer(cid)

    def place(item_name: str, boss_id: int | None, style: str) -> None:
        item = next(
            tab.tree.topLevelItem(i)
            for i in range(tab.tree.topLevelItemCount())
            if tab.tree.topLevelItem(i).text(0) == item_name
        )
        tab.tree.setCurrentItem(item)

        def fill(dialog: Any) -> None:
            choose(dialog, "reports_to", boss_id)
            choose(dialog, "decision_style", style)
            save(dialog)

        drive_forms([fill])
        tab.person_button.click()

    place("总经理甲", None, "leader")
    place("采购乙", boss, "checker")
    top = next(
        tab.tree.topLevelItem(i)
        for i in range(tab.tree.topLevelItemCount())
        if tab.tree.topLevelItem(i).text(0) == "总经理甲"
    )
    assert top.text(3) == "Leader"
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["采购乙"]
    assert top.child(0).text(3) == "Checker"
    assert any(n.reports and n.reports[0].contact_id == buyer for n in core.people.org_chart(cid))

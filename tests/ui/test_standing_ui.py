"""Issue 5 in the window: licences, plan vs actual, stage and evaluation, credit scores, and
the list's ABC column, key accounts and warning icons."""

from __future__ import annotations

from typing import Any

from form_helpers import fill, save
from PySide6.QtCore import Qt


def open_first(window: Any) -> int:
    window.list_panel.select_row(0)
    cid = window.list_panel.current_id()
    window.detail.show_customer(cid)
    return cid


def test_a_licence_added_expiring_soon_is_marked_and_warned(
    window: Any, qtbot: Any, drive_forms: Any
) -> None:
    from datetime import timedelta

    from crm_desktop.core.clock import today

    cid = open_first(window)
    tab = window.detail.licences
    before = len(tab.records)
    soon = (today() + timedelta(days=10)).isoformat()

    def add(dialog: Any) -> None:
        dialog.widgets["kind"].setCurrentIndex(dialog.widgets["kind"].findData("gsp"))
        fill(dialog, number="GSP-京-2024-001", expires=soon)
        save(dialog)

    drive_forms([add])
    tab.add_record()
    assert len(tab.records) == before + 1
    row = next(i for i, x in enumerate(tab.records) if x.number == "GSP-京-2024-001")
    assert tab.table.item(row, 3).text().startswith("expires in 10 day")
    assert tab.table.item(row, 0).foreground().color().name() == "#b26a00"
    panel = window.warnings
    qtbot.waitUntil(
        lambda: (
            not panel.loading
            and any(
                r.kind == "licence_expiring"
                and r.customer_id == cid
                and r.details["number"] == "GSP-京-2024-001"
                for r in panel.rows
            )
        ),
        timeout=15000,
    )
    panel.kind.setCurrentIndex(panel.kind.findData("licence_expiring"))
    position = next(
        i for i in range(panel.model.rowCount()) if panel.model.row(i).customer_id == cid
    )
    window.detail.tabs.setCurrentIndex(0)
    panel.table.doubleClicked.emit(panel.model.index(position, 0))
    assert window.detail.tabs.currentWidget() is tab


def test_a_bad_plan_month_keeps_the_form_and_a_good_plan_shows_progress(
    window: Any, drive_forms: Any, messages: list[tuple[str, str]]
) -> None:
    open_first(window)
    plans = window.detail.plans
    window.detail.tabs.setCurrentWidget(window.detail.sales)

    def bad(dialog: Any) -> None:
        fill(dialog, month="2026-13", amount="5000")
        save(dialog)
        assert dialog.isVisible() and dialog.widgets["month"].text() == "2026-13"
        assert messages and "YYYY-MM" in messages[-1][1]
        fill(dialog, month="2026-11")
        save(dialog)

    drive_forms([bad])
    plans.set_plan(None)
    november = next(m for m in plans.months if m.month == "2026-11" and m.product is None)
    assert november.plan is not None and str(november.plan) == "5000.00"
    assert (
        "5,000.00" in plans.title.text()
        and plans.table.item([m.month for m in plans.months].index("2026-11"), 0).text()
        == "2026-11"
    )


def test_evaluation_card_total_reaches_the_header(window: Any, drive_forms: Any) -> None:
    open_first(window)
    tab = window.detail.standing

    def score(dialog: Any) -> None:
        for key, value in (
            ("capability", "5"),
            ("reputation", "4"),
            ("relations", "3"),
            ("cooperation", "4"),
        ):
            dialog.widgets[key].setCurrentIndex(dialog.widgets[key].findData(value))
        fill(dialog, wallet_estimate="100万")
        save(dialog)

    drive_forms([score])
    tab.edit()
    assert tab.values["total"].text() == "16 of 20"
    assert "16/20" in window.detail.facts.text()
    assert "estimated 1,000,000.00 yuan" in tab.values["relationship"].text()


def test_a_stage_set_by_hand_can_go_back_to_the_suggestion(window: Any, drive_forms: Any) -> None:
    from crm_desktop.core.clock import today

    cid = open_first(window)
    tab = window.detail.standing
    suggested = window.core.standing.get(cid, today()).lifecycle_suggested
    other = "lost" if suggested != "lost" else "loyal"

    def set_stage(dialog: Any) -> None:
        dialog.widgets["lifecycle"].setCurrentIndex(dialog.widgets["lifecycle"].findData(other))
        save(dialog)

    drive_forms([set_stage])
    tab.edit()
    assert "set by hand" in tab.values["lifecycle"].text() and not tab.use_suggestion.isHidden()
    tab.use_suggestion.click()
    assert "suggested from the sales log" in tab.values["lifecycle"].text()
    assert window.core.standing.get(cid, today()).lifecycle is None


def test_credit_tab_shows_scores_and_the_suggested_rating(window: Any, drive_forms: Any) -> None:
    open_first(window)
    tab = window.detail.credit

    def potential(dialog: Any) -> None:
        dialog.widgets["potential_score"].setCurrentIndex(
            dialog.widgets["potential_score"].findData("80")
        )
        fill(dialog, approver="王经理", requested_limit="20000")
        save(dialog)

    drive_forms([potential])
    tab.edit()
    credit = window.core.credit.get(tab.customer_id)
    assert credit.potential_score == 80 and credit.approver == "王经理"
    assert tab.suggested.text().startswith(credit.suggested_rating or "none")
    assert "王经理" in tab.application.text()


def test_list_shows_abc_and_key_accounts_and_filters_by_them(window: Any, qtbot: Any) -> None:
    panel = window.list_panel
    qtbot.waitUntil(
        lambda: not window.warnings.loading and len(window.warnings.snapshot) > 0, timeout=15000
    )
    marks = panel.model.marks
    ids = panel.model.ids()
    keys = [i for i in ids if marks.key_account(i)]
    assert keys, "the demo office has key accounts"
    column = panel.model.COLUMNS.index("abc")
    row = ids.index(keys[0])
    assert panel.model.data(panel.model.index(row, column)).endswith("★")
    warned = next(i for i in ids if marks.warnings(i))
    assert (
        panel.model.data(panel.model.index(ids.index(warned), 0), Qt.ItemDataRole.DecorationRole)
        is not None
    )
    assert panel.abc.itemText(panel.abc.findData("key")).endswith(f"({len(keys)})")
    classed_a = sum(1 for i in ids if marks.abc(i) == "A")
    assert panel.abc.itemText(panel.abc.findData("A")) == f"Class A ({classed_a})"
    panel.abc.setCurrentIndex(panel.abc.findData("key"))
    panel.run_search()
    assert sorted(panel.model.ids()) == sorted(keys)
    panel.abc.setCurrentIndex(0)
    panel.run_search()
    panel._header_clicked(column)  # the ABC header sorts by class, best first
    ranks = [marks.rank(i) for i in panel.model.ids()]
    assert ranks == sorted(ranks, reverse=True) and len(ranks) == len(ids)
    in_a = [i for i in panel.model.ids() if marks.abc(i) == "A"]
    assert in_a == [i for i in ids if marks.abc(i) == "A"]  # name order within a class
    panel.abc.setCurrentIndex(panel.abc.findData("A"))  # the filter and the sort together
    panel.run_search()
    assert panel.model.ids() == in_a and panel.last_count == classed_a
    panel._header_clicked(0)  # the name header: back to name order
    panel.abc.setCurrentIndex(0)
    panel.run_search()
    assert panel.model.ids() == ids


def test_the_plan_panel_reads_the_plan_as_the_warning_does(
    core: Any, fixed_today: Any, qtbot: Any
) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.core.services.dto import CustomerInput, SaleInput
    from crm_desktop.ui.tabs.plan_panel import PlanPanel

    cid = core.customers.create(CustomerInput(name="北京医药"))
    core.plans.set(cid, "2026-11", Decimal(40000), product="阿莫西林")
    core.plans.set(cid, "2026-11", Decimal(20000), product="布洛芬")
    # Only product plans: their sum, 60,000, is the month's plan; on the 25th of 30 days with
    # 90 % tolerance 45,000 is on track (the warning's boundary), 44,999.99 behind.
    core.sales.add(
        cid, SaleInput(date=date(2026, 11, 20), amount=Decimal("44999.99"), product="阿莫西林")
    )
    panel = PlanPanel(core.plans, lambda: [])
    qtbot.addWidget(panel)
    panel.load(cid)
    text = panel.title.text()
    assert "No plan for this month" not in text
    assert (
        "60,000.00 yuan plan" in text
        and ": behind." in text
        and "sum of this month's product plans" in text
    )
    assert "Behind their own plans: 布洛芬." in text  # 阿莫西林's 44,999.99 ≥ 40,000 × 25/30 × 0.9
    core.sales.add(
        cid, SaleInput(date=date(2026, 11, 21), amount=Decimal("0.01"), product="布洛芬")
    )
    panel.load(cid)
    assert ": on track." in panel.title.text()

"""The main window driven as a clerk would: search, keyboard, tabs, forms, chart."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from form_helpers import fill, save
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.core.services.dto import CustomerFilter


def test_window_lists_demo_customers_with_count(window: Any) -> None:
    total = len(window.core.customers.search(CustomerFilter()))
    assert total == 40
    assert window.list_panel.model.rowCount() == 40
    assert "40" in window.count_label.text()
    first = window.list_panel.model.customer_at(0)
    assert window.detail.title.text().startswith(first.name)


def test_search_by_pinyin_initials_filters_as_you_type(window: Any, qtbot: Any) -> None:
    target = window.list_panel.model.customer_at(5)
    from crm_desktop.core.normalize.pinyin import initials

    query = initials(target.name)[:4]
    qtbot.keyClicks(window.list_panel.search_box, query)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() < 40)
    shown = [
        window.list_panel.model.customer_at(r).name
        for r in range(window.list_panel.model.rowCount())
    ]
    assert target.name in shown
    assert all(initials(name).find(query) >= 0 or query in name.lower() for name in shown)
    assert str(len(shown)) in window.count_label.text()
    window.list_panel.search_box.setText("zzzzzz-no-such")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 0)
    assert window.list_panel.empty_label.isVisible()
    assert "Ctrl+N" in window.list_panel.empty_label.text()


def test_keyboard_find_move_and_open(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.search_box.hasFocus()
    first = window.list_panel.current_id()
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Down)
    second = window.list_panel.current_id()
    assert second != first
    qtbot.waitUntil(lambda: window.detail.customer.id == second)  # opens once the selection rests
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Up)
    assert window.list_panel.current_id() == first
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Return)
    assert window.detail.tabs.currentWidget().hasFocus()


def test_new_customer_with_ctrl_n(window: Any, qtbot: Any, drive_forms: Any) -> None:
    opened = drive_forms(
        [lambda d: (fill(d, name="杭州新特药房", phone="0571-8888 6666", owner="王建国"), save(d))]
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0].result() == 1
    assert window.detail.customer.name == "杭州新特药房"
    assert window.detail.customer.phone == "057188886666"
    assert (
        window.list_panel.model.customer_at(window.list_panel.view.currentIndex().row()).name
        == "杭州新特药房"
    )
    assert "41" in window.count_label.text()


def test_new_customer_with_existing_name_offers_to_open_it(
    window: Any, drive_forms: Any, monkeypatch: Any
) -> None:
    existing = window.list_panel.model.customer_at(3)
    clicked: list[str] = []

    def choose_open(box: QMessageBox) -> int:
        clicked.append(box.text())
        box.buttons()[0].click() if box.buttons()[0].text() != "Create anyway" else box.buttons()[
            1
        ].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_open)
    drive_forms([lambda d: (fill(d, name=existing.name + " "), save(d))])
    window.new_customer()
    assert clicked and existing.name in clicked[0]
    assert window.detail.customer.id == existing.id
    assert len(window.core.customers.search(CustomerFilter(include_inactive=True))) == 40


def test_contact_with_bad_mobile_is_refused_and_text_kept(
    window: Any, drive_forms: Any, messages: list
) -> None:
    tab = window.detail.contacts
    before = len(tab.records)
    dialogs = drive_forms([lambda d: (fill(d, name="赵敏", mobile="12345"), save(d))])
    tab.add_record()
    dialog = dialogs[0]
    assert dialog.result() == 0  # not accepted
    assert messages and "mobile" in messages[0][1].lower()
    assert dialog.widgets["mobile"].text() == "12345"
    assert dialog.widgets["name"].text() == "赵敏"
    assert "border" in dialog.widgets["mobile"].styleSheet()
    assert len(window.core.contacts.list(window.detail.customer.id)) == before
    dialogs = drive_forms(
        [lambda d: (fill(d, name="赵敏", mobile="139 0000 1234", birthday="3月7日"), save(d))]
    )
    tab.add_record()
    assert dialogs[0].result() == 1
    names = [c.name for c in window.core.contacts.list(window.detail.customer.id)]
    assert "赵敏" in names
    assert any(tab.table.item(r, 0).text() == "赵敏" for r in range(tab.table.rowCount()))


def test_sale_updates_totals_credit_and_chart(
    window: Any, drive_forms: Any, messages: list
) -> None:
    detail = window.detail
    customer_id = detail.customer.id
    receivable_before = window.core.credit.get(customer_id).receivable
    drive_forms(
        [
            lambda d: (
                fill(d, date="2026-11-20", product="板蓝根颗粒", quantity="10", unit_price="15.5"),
                save(d),
            )
        ]
    )
    detail.tabs.setCurrentWidget(detail.sales)
    detail.sales.add_record()
    assert window.core.credit.get(customer_id).receivable == receivable_before + 155
    assert detail.sales.table.item(0, 5).text() == "155.00"
    assert "receivable" in detail.sales.footer.text().lower()
    assert detail.credit.receivable.text() == f"{receivable_before + 155:,.2f}"
    assert detail.chart.drawn_months == 24


def test_every_tab_shows_its_records(window: Any) -> None:
    detail = window.detail
    cid = detail.customer.id
    counts = {
        detail.contacts: len(window.core.contacts.list(cid)),
        detail.notes: len(window.core.notes.list(cid)),
        detail.sales: len(window.core.sales.lines(cid)),
        detail.complaints: len(window.core.complaints.list(cid)),
    }
    for tab, expected in counts.items():
        detail.tabs.setCurrentWidget(tab)
        assert tab.table.rowCount() == expected
        assert tab.empty_label.isVisibleTo(detail) == (expected == 0)
    detail.tabs.setCurrentWidget(detail.credit)
    assert detail.credit.receivable.text() != ""


def test_deactivate_hides_and_show_inactive_brings_back(
    window: Any, answer_questions: Any, qtbot: Any
) -> None:
    answer_questions(QMessageBox.StandardButton.Yes)
    name = window.detail.customer.name
    customer_id = window.detail.customer.id
    window.detail.toggle_active()
    assert customer_id not in window.list_panel.model.ids()
    window.list_panel.show_inactive.setChecked(True)
    qtbot.waitUntil(lambda: customer_id in window.list_panel.model.ids())
    assert window.list_panel.select_customer(customer_id)
    assert "inactive" in window.detail.title.text() and name in window.detail.title.text()
    window.detail.toggle_active()
    window.list_panel.show_inactive.setChecked(False)
    qtbot.wait(10)
    assert customer_id in window.list_panel.model.ids()
    assert len(window.list_panel.model.ids()) == 40


def test_customer_without_sales_shows_chart_hint(window: Any, drive_forms: Any) -> None:
    drive_forms([lambda d: (fill(d, name="全新客户甲"), save(d))])
    window.new_customer()
    assert window.detail.customer.name == "全新客户甲"
    assert window.detail.chart.drawn_months == 0
    assert window.detail.contacts.empty_label.isVisibleTo(window.detail)


def test_date_field_offers_a_calendar(window: Any, drive_forms: Any) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget

    picked: list[str] = []

    def use_calendar(dialog: Any) -> None:
        field = dialog.widgets["date"]
        field.actions()[0].trigger()
        calendar = dialog.calendar_popup.findChild(QCalendarWidget)
        calendar.clicked.emit(QDate(2026, 11, 3))
        picked.append(field.text())
        fill(dialog, summary="电话回访", objective="回访")
        save(dialog)

    drive_forms([use_calendar])
    window.detail.notes.add_record()
    assert picked == ["2026-11-03"]
    assert any(
        n.date.isoformat() == "2026-11-03" and n.summary == "电话回访"
        for n in window.core.notes.list(window.detail.customer.id)
    )


def test_header_shows_abc_class_and_warning_count(window: Any) -> None:
    from datetime import date

    from crm_desktop.core.rules.summary import computed_fields

    cid = window.detail.customer.id
    with window.core.engine.connect() as con:
        expected = computed_fields(con, date(2026, 11, 25), [cid])[cid]
    text = window.detail.facts.text()
    if expected.abc_class:
        assert f"ABC class:</span> {expected.abc_class}" in text
    if expected.warnings:
        assert f"{len(expected.warnings)} warning" in text


def test_sale_over_the_credit_limit_needs_a_yes(
    window: Any, drive_forms: Any, answer_questions: Any
) -> None:
    from decimal import Decimal

    from crm_desktop.core.services.dto import CreditInput

    detail = window.detail
    cid = detail.customer.id
    owed = window.core.credit.get(cid).receivable
    window.core.credit.set(cid, CreditInput(limit=owed + Decimal(100), payment_days=30))
    detail.show_customer(cid)
    answer_questions(QMessageBox.StandardButton.No)
    dialogs = drive_forms([lambda d: (fill(d, date="2026-11-24", amount="500"), save(d))])
    detail.sales.add_record()
    assert (
        dialogs[0].result() == 0 and dialogs[0].widgets["amount"].text() == "500"
    )  # kept, not saved
    assert window.core.credit.get(cid).receivable == owed
    answer_questions(QMessageBox.StandardButton.Yes)
    drive_forms([lambda d: (fill(d, date="2026-11-24", amount="500"), save(d))])
    detail.sales.add_record()
    assert window.core.credit.get(cid).receivable == owed + 500
    small = drive_forms([lambda d: (fill(d, date="2026-11-24", amount="50", paid="50"), save(d))])
    answer_questions(QMessageBox.StandardButton.No)  # not asked: paid in full, nothing more owed
    detail.sales.add_record()
    assert small[0].result() == 1


def test_the_credit_question_shows_the_core_figures_and_no_keeps_the_line(
    window: Any, drive_forms: Any, monkeypatch: Any
) -> None:
    from decimal import Decimal

    from crm_desktop.core.services.dto import CreditInput

    detail = window.detail
    cid = detail.customer.id
    owed = window.core.credit.get(cid).receivable
    window.core.credit.set(cid, CreditInput(limit=owed + Decimal(10), payment_days=30))
    detail.show_customer(cid)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a, **k: (asked.append(text), answers.pop(0))[1]),
    )
    typed = {"date": "2026-11-24", "product": "口罩", "quantity": "3", "unit_price": "12.5050"}
    first = drive_forms([lambda d: (fill(d, **typed), save(d))])
    # No amount typed: the core makes it 3 × 12.5050 = 37.52 (37.515 half up).
    detail.sales.add_record()
    assert first[0].result() == 0  # the clerk said no: the form stays, nothing is stored
    assert {
        key: first[0].widgets[key].text()
        if hasattr(first[0].widgets[key], "text")
        else first[0].widgets[key].currentText()
        for key in typed
    } == typed
    assert window.core.credit.get(cid).receivable == owed
    after = owed + Decimal("37.52")
    assert (
        f"{after:,.2f}" in asked[0]
        and f"{owed + Decimal(10):,.2f}" in asked[0]
        and "27.52" in asked[0]
    )
    drive_forms([lambda d: (fill(d, **typed), save(d))])
    detail.sales.add_record()  # yes: stored as the core computed it
    assert window.core.credit.get(cid).receivable == after
    assert detail.sales.records[0].amount == Decimal("37.52") and len(asked) == 2
    assert detail.credit.status.text().endswith("over the credit limit by 27.52 yuan.")


def test_sales_footer_and_credit_tab_show_one_receivable(window: Any) -> None:
    detail = window.detail
    cid = detail.customer.id
    with window.core.engine.begin() as con:  # a receipt not tied to one sale
        con.exec_driver_sql(
            "INSERT INTO payment(customer_id, date, amount) VALUES (?, '2026-11-01', 12345)", (cid,)
        )
    detail.show_customer(cid)
    shown = window.core.credit.get(cid).receivable
    lines = window.core.sales.lines(cid)
    assert shown == sum((s.amount - s.paid for s in lines), 0) - Decimal("123.45")
    assert detail.credit.receivable.text() == f"{shown:,.2f}"
    assert detail.sales.footer.text().endswith(f"{shown:,.2f}")


def test_a_name_that_looks_like_markup_is_shown_as_typed(window: Any) -> None:
    from PySide6.QtCore import Qt

    from crm_desktop.core.services.dto import CustomerInput

    cid = int(window.core.customers.create(CustomerInput(name="<b>x</b> & <i>Co</i>")))
    window.detail.show_customer(cid)
    title = window.detail.title
    assert title.text() == "<b>x</b> & <i>Co</i>"
    # Rich text would render "x & Co" in bold and italics; the label shows the characters.
    assert title.textFormat() == Qt.TextFormat.PlainText

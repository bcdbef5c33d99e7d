from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.services.dto import (
    ComplaintInput,
    ContactInput,
    CreditInput,
    CustomerFilter,
    CustomerInput,
    NoteInput,
    SaleInput,
)

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


@pytest.fixture
def customer(core) -> int:  # noqa: ANN001
    return core.customers.create(CustomerInput(name="成都仁和大药房"))


def test_contacts_add_edit_remove_and_phone_search(core, customer) -> None:  # noqa: ANN001
    cid = core.contacts.add(
        customer,
        ContactInput(
            name="刘洋",
            mobile="13900001111",
            role="decision_maker",
            birthday_month=3,
            birthday_day=7,
            birthday_lunar=True,
        ),
    )
    [contact] = core.contacts.list(customer)
    assert (contact.name, contact.role, contact.birthday_lunar) == ("刘洋", "decision_maker", True)
    assert core.customers.search(CustomerFilter(query="0000111")) == [customer]
    contact.mobile = "13722223333"
    core.contacts.update(cid, contact)
    assert core.customers.search(CustomerFilter(query="0000111")) == []
    assert core.customers.search(CustomerFilter(query="2222333")) == [customer]
    core.contacts.remove(cid)
    assert core.contacts.list(customer) == []
    assert core.customers.search(CustomerFilter(query="2222333")) == []


def test_contact_with_unknown_role_is_refused(core, customer) -> None:  # noqa: ANN001
    with pytest.raises(ValidationErrors):
        core.contacts.add(customer, ContactInput(name="甲", role="boss"))


def test_notes_reject_follow_up_before_note(core, customer) -> None:  # noqa: ANN001
    with pytest.raises(ValidationErrors) as info:
        core.notes.add(customer, NoteInput(date=date(2026, 5, 2), next_follow_up=date(2026, 5, 1)))
    assert info.value.errors[0].field == "next_follow_up"
    core.notes.add(
        customer,
        NoteInput(
            date=date(2026, 5, 2), kind="call", summary="电话回访", next_follow_up=date(2026, 5, 9)
        ),
    )
    [note] = core.notes.list(customer)
    assert (note.kind, note.next_follow_up) == ("call", date(2026, 5, 9))


def test_sales_log_running_receivable_and_credit(core, customer) -> None:  # noqa: ANN001
    core.sales.add(
        customer, SaleInput(date=date(2026, 3, 1), amount=Decimal("1000.00"), paid=Decimal("400"))
    )
    core.sales.add(
        customer, SaleInput(date=date(2026, 3, 5), amount=Decimal("-100.00"), product="退货")
    )
    core.sales.add(customer, SaleInput(date=date(2026, 4, 1), amount=Decimal("250.50")))
    lines = core.sales.lines(customer)
    assert [line.running_receivable for line in lines] == [
        Decimal("600.00"),
        Decimal("500.00"),
        Decimal("750.50"),
    ]
    core.credit.set(customer, CreditInput(limit=Decimal("700"), payment_days=30, rating="A"))
    credit = core.credit.get(customer)
    assert (credit.limit, credit.payment_days, credit.rating, credit.receivable) == (
        Decimal("700.00"),
        30,
        "A",
        Decimal("750.50"),
    )


def test_negative_paid_or_limit_is_refused(core, customer) -> None:  # noqa: ANN001
    with pytest.raises(ValidationErrors):
        core.sales.add(
            customer, SaleInput(date=date(2026, 3, 1), amount=Decimal("1"), paid=Decimal("-1"))
        )
    with pytest.raises(ValidationErrors):
        core.credit.set(customer, CreditInput(limit=Decimal("-5")))


def test_monthly_sales_with_previous_year(core, customer) -> None:  # noqa: ANN001
    core.sales.add(customer, SaleInput(date=date(2025, 11, 3), amount=Decimal("80")))
    core.sales.add(customer, SaleInput(date=date(2026, 11, 3), amount=Decimal("100")))
    core.sales.add(customer, SaleInput(date=date(2026, 11, 20), amount=Decimal("20.5")))
    months = core.sales.monthly(customer, date(2026, 11, 25), 24)
    assert len(months) == 24
    assert months[0].month == "2024-12" and months[-1].month == "2026-11"
    assert (months[-1].amount, months[-1].previous_year) == (Decimal("120.50"), Decimal("80.00"))
    assert months[-13].month == "2025-11" and months[-13].amount == Decimal("80.00")


def test_complaint_workflow_dates_are_checked(core, customer) -> None:  # noqa: ANN001
    with pytest.raises(ValidationErrors):
        core.complaints.add(
            customer, ComplaintInput(received=date(2026, 5, 2), answered_on=date(2026, 5, 1))
        )
    rid = core.complaints.add(customer, ComplaintInput(received=date(2026, 5, 2), category="质量"))
    [c] = core.complaints.list(customer)
    c.status, c.answered_on, c.resolution = "answered", date(2026, 5, 4), "已调换"
    core.complaints.update(rid, c)
    assert core.complaints.list(customer)[0].status == "answered"

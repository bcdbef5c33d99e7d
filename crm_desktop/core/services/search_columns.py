"""Keeps a customer's search columns (pinyin, initials, phone digits) in step with its data."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session

from crm_desktop.core.models import Contact, Customer
from crm_desktop.core.normalize import pinyin
from crm_desktop.core.normalize.phones import digits_only


def digits_value(phones: Iterable[str | None]) -> str:
    """The phone-digit search column: every distinct number, digits only."""
    digits: list[str] = []
    for phone in phones:
        d = digits_only(phone)
        if d and d not in digits:
            digits.append(d)
    return " ".join(digits)


def search_values(
    name: str, short_name: str | None, kind: str, phones: Iterable[str | None]
) -> dict[str, str]:
    person = kind == "person"
    names = [name] + ([short_name] if short_name else [])
    return {
        "sort_key": pinyin.sort_key(name, person),
        "search_initials": " ".join(pinyin.initials(n, person) for n in names),
        "search_pinyin": " ".join(pinyin.full_pinyin(n, person) for n in names),
        "search_digits": digits_value(phones),
    }


def refresh(session: Session, customer: Customer) -> None:
    phones: list[str | None] = [customer.phone]
    if customer.id is not None:
        for mobile, phone in session.execute(
            select(Contact.mobile, Contact.phone).where(Contact.customer_id == customer.id)
        ):
            phones += [mobile, phone]
    for key, value in search_values(
        customer.name, customer.short_name, customer.kind, phones
    ).items():
        setattr(customer, key, value)

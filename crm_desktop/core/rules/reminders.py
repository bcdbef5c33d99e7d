"""Reminders for the day: follow-ups due and contacts' birthdays (lunar ones too)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lunardate import LunarDate
from sqlalchemy import Connection


@dataclass(frozen=True)
class BirthdayReminder:
    customer: str
    contact: str
    mobile: str | None
    on: date  # this year's (Gregorian) date of the birthday
    lunar: bool


@dataclass(frozen=True)
class FollowUp:
    customer: str
    due: date
    summary: str | None


def next_birthday(month: int, day: int, lunar: bool, today: date) -> date | None:
    """The next Gregorian date (today or later) of a birthday; a lunar day 30 missing in a
    short month falls on day 29, and Feb 29 on Feb 28 in common years."""
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            if lunar:
                try:
                    when = LunarDate(year, month, day).to_solar_date()
                except ValueError:
                    when = LunarDate(year, month, day - 1).to_solar_date()
            else:
                try:
                    when = date(year, month, day)
                except ValueError:
                    when = date(year, month, day - 1)
        except ValueError:
            continue
        if when >= today:
            return when
    return None


def birthdays(con: Connection, today: date, days: int = 7) -> list[BirthdayReminder]:
    horizon = today + timedelta(days=days)
    out = []
    for customer, contact, mobile, month, day, lunar in con.exec_driver_sql(
            "SELECT c.name, p.name, p.mobile, p.birthday_month, p.birthday_day, p.birthday_lunar"
            " FROM contact p JOIN customer c ON c.id = p.customer_id"
            " WHERE c.active = 1 AND p.left = 0 AND p.birthday_month IS NOT NULL"):
        when = next_birthday(month, day, bool(lunar), today)
        if when is not None and when <= horizon:
            out.append(BirthdayReminder(customer, contact, mobile, when, bool(lunar)))
    return sorted(out, key=lambda b: (b.on, b.customer))


def follow_ups(con: Connection, today: date) -> list[FollowUp]:
    """Follow-ups due today or earlier that no later note has answered."""
    rows = con.exec_driver_sql(
        "SELECT c.name, n.next_follow_up, n.summary FROM note n JOIN customer c ON c.id = n.customer_id"
        " WHERE c.active = 1 AND n.next_follow_up <= ? AND NOT EXISTS (SELECT 1 FROM note later"
        " WHERE later.customer_id = n.customer_id AND later.date > n.date) ORDER BY n.next_follow_up",
        (today.isoformat(),))
    return [FollowUp(name, date.fromisoformat(due), summary) for name, due, summary in rows]

"""Reminders for the day: follow-ups (and opportunities' next steps) due and contacts'
birthdays (lunar ones too)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lunardate import LunarDate
from sqlalchemy import Connection, text

from crm_desktop.core.rules.holiday_calendar import holidays_of_year


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
    # The next step of an open sales opportunity (its date joins the follow-ups), not a note's.
    opportunity: bool = False


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
    """Contacts whose birthday falls in the next `days` days. Each distinct (month, day, lunar)
    is converted once, and SQL picks the contacts of the days that fall in the window: an
    office of 300,000 contacts never turns into 300,000 Python objects."""
    horizon = today + timedelta(days=days)
    when_of: dict[tuple[int, int, int], date] = {}
    for month, day, lunar in con.execute(
        text(
            "SELECT DISTINCT birthday_month, birthday_day, birthday_lunar FROM contact"
            " WHERE birthday_month IS NOT NULL AND birthday_day IS NOT NULL"
        )
    ):
        when = next_birthday(month, day, bool(lunar), today)
        if when is not None and when <= horizon:
            when_of[(month, day, int(bool(lunar)))] = when
    if not when_of:
        return []
    keys = ",".join(str(m * 1000 + d * 10 + lunar) for m, d, lunar in when_of)
    out = []
    for customer, contact, mobile, month, day, lunar in con.execute(
        text(
            "SELECT c.name, p.name, p.mobile, p.birthday_month, p.birthday_day, p.birthday_lunar"
            " FROM contact p JOIN customer c ON c.id = p.customer_id"
            " WHERE c.active = 1 AND p.left = 0 AND p.birthday_month IS NOT NULL"
            " AND p.birthday_month * 1000 + p.birthday_day * 10 + (p.birthday_lunar != 0)"
            f" IN ({keys})"
        )
    ):
        out.append(
            BirthdayReminder(
                customer, contact, mobile, when_of[(month, day, int(bool(lunar)))], bool(lunar)
            )
        )
    return sorted(out, key=lambda b: (b.on, b.customer))


FOLLOW_UPS_DUE = (
    " FROM note n JOIN customer c ON c.id = n.customer_id WHERE c.active = 1"
    " AND n.next_follow_up <= :day AND NOT EXISTS (SELECT 1 FROM note later"
    " WHERE later.customer_id = n.customer_id AND later.date > n.date)"
)
# An open opportunity's next step is due on its date until the step (or the stage) changes.
NEXT_STEPS_DUE = (
    " FROM opportunity o JOIN customer c ON c.id = o.customer_id WHERE c.active = 1"
    " AND o.next_step_on <= :day AND o.stage IN ('lead', 'qualified', 'proposal', 'negotiation')"
)


def follow_ups(con: Connection, today: date, limit: int = -1) -> list[FollowUp]:
    """Follow-ups due today or earlier that no later note has answered, and the due next steps
    of open opportunities, oldest first (the first `limit`)."""
    rows = con.execute(
        text(
            f"SELECT c.name, n.next_follow_up AS due, n.summary, 0{FOLLOW_UPS_DUE}"
            f" UNION ALL SELECT c.name, o.next_step_on, o.next_step, 1{NEXT_STEPS_DUE}"
            " ORDER BY due LIMIT :limit"
        ),
        {"day": today.isoformat(), "limit": limit},
    )
    return [
        FollowUp(name, date.fromisoformat(due), summary, bool(step))
        for name, due, summary, step in rows
    ]


def count_follow_ups(con: Connection, today: date) -> int:
    day = {"day": today.isoformat()}
    return sum(
        con.execute(text(f"SELECT COUNT(*){where}"), day).scalar() or 0
        for where in (FOLLOW_UPS_DUE, NEXT_STEPS_DUE)
    )


@dataclass(frozen=True)
class Holiday:
    first_day: date
    last_day: date
    name: str


@dataclass(frozen=True)
class LicenceReminder:
    customer: str
    kind: str
    number: str | None
    expires: date


@dataclass(frozen=True)
class Reminders:
    """What is due today (the Today panel, the tray message and the printed list)."""

    follow_ups: list[FollowUp]
    birthdays: list[BirthdayReminder]
    holidays: list[Holiday]
    licences: list[LicenceReminder]
    # How many of each there are when the lists were cut short (todays_reminders' `limit`);
    # None: whole.
    totals: dict[str, int] | None = None

    def total(self, group: str) -> int:
        return self.totals[group] if self.totals is not None else len(getattr(self, group))

    @property
    def count(self) -> int:
        return sum(self.total(g) for g in ("follow_ups", "birthdays", "holidays", "licences"))


def public_holidays(first: date, last: date, language: str = "zh_CN") -> list[Holiday]:
    """China's public holidays from the `holidays` package, a run of days under one name as
    one entry (春节 is a week, not seven reminders)."""
    language = "zh_CN" if language.startswith("zh") else "en_US"
    days = [
        (day, name)
        for year in range((first - timedelta(days=10)).year, last.year + 1)
        for day, name in holidays_of_year(year, language)
        if first - timedelta(days=10) <= day <= last
    ]
    runs: list[Holiday] = []
    for day, name in days:
        if runs and runs[-1].name == name and (day - runs[-1].last_day).days <= 1:
            runs[-1] = Holiday(runs[-1].first_day, day, name)
        else:
            runs.append(Holiday(day, day, name))
    return [h for h in runs if h.last_day >= first and h.first_day <= last]


def is_holiday(day: date) -> bool:
    return any(d == day for d, _name in holidays_of_year(day.year))


LICENCES_DUE = (
    " FROM licence l JOIN customer c ON c.id = l.customer_id"
    " WHERE c.active = 1 AND l.expires <= :last"
)


def expiring_licences(
    con: Connection, today: date, days: int = 30, limit: int = -1
) -> list[LicenceReminder]:
    rows = con.execute(
        text(
            f"SELECT c.name, l.kind, l.number, l.expires{LICENCES_DUE}"
            " ORDER BY l.expires, c.sort_key LIMIT :limit"
        ),
        {"last": (today + timedelta(days=days)).isoformat(), "limit": limit},
    )
    return [
        LicenceReminder(name, kind, number, date.fromisoformat(expires))
        for name, kind, number, expires in rows
    ]


def todays_reminders(
    con: Connection,
    today: date,
    language: str = "zh_CN",
    licence_days: int = 30,
    birthday_days: int = 7,
    holiday_days: int = 14,
    limit: int | None = None,
) -> Reminders:
    """Everything due; with `limit`, at most that many of each, with the totals counted in SQL
    (an office of 100,000 customers can have 50,000 overdue follow-ups)."""
    if limit is None:
        return Reminders(
            follow_ups(con, today),
            birthdays(con, today, birthday_days),
            public_holidays(today, today + timedelta(days=holiday_days), language),
            expiring_licences(con, today, licence_days),
        )
    coming = birthdays(con, today, birthday_days)
    holidays = public_holidays(today, today + timedelta(days=holiday_days), language)
    totals = {
        "follow_ups": count_follow_ups(con, today),
        "birthdays": len(coming),
        "holidays": len(holidays),
        "licences": con.execute(
            text(f"SELECT COUNT(*){LICENCES_DUE}"),
            {"last": (today + timedelta(days=licence_days)).isoformat()},
        ).scalar()
        or 0,
    }
    return Reminders(
        follow_ups(con, today, limit),
        coming[:limit],
        holidays[:limit],
        expiring_licences(con, today, licence_days, limit),
        totals,
    )

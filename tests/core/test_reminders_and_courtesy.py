"""Today's reminders (holidays, licences) and the call-time courtesy of seed 002."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from crm_desktop.core.rules.courtesy import call_courtesy
from crm_desktop.core.rules.reminders import is_holiday, public_holidays, todays_reminders
from crm_desktop.core.rules.thresholds import Thresholds

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


T = Thresholds()


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 7, 15, 12, 0), ("summer_nap", "14:30")),  # a Wednesday in summer, nap time
        (datetime(2026, 7, 15, 14, 29), ("summer_nap", "14:30")),
        (datetime(2026, 7, 15, 14, 30), None),
        (datetime(2026, 7, 15, 11, 59), None),
        (datetime(2026, 12, 16, 7, 59), ("early_winter", "08:00")),  # winter weekday
        (datetime(2026, 12, 16, 8, 0), None),
        (datetime(2026, 4, 15, 7, 29), ("early", "07:30")),  # spring weekday
        (datetime(2026, 4, 15, 7, 30), None),
        (datetime(2026, 4, 18, 8, 59), ("early_weekend", "09:00")),  # a Saturday
        (datetime(2026, 4, 18, 9, 0), None),
        (datetime(2026, 4, 15, 21, 0), ("late", "07:30")),
        (datetime(2026, 4, 15, 20, 59), None),
    ],
)
def test_call_courtesy_at_each_boundary(moment: datetime, expected: tuple[str, str] | None) -> None:
    assert call_courtesy(moment, T) == expected


def test_a_holiday_morning_is_as_quiet_as_a_weekend() -> None:
    national_day = datetime(2026, 10, 1, 8, 30)  # a Thursday
    assert is_holiday(national_day.date())
    assert call_courtesy(national_day, T, holiday=True) == ("early_weekend", "09:00")
    assert call_courtesy(national_day, T, holiday=False) is None


def test_the_courtesy_hours_are_settings() -> None:
    t = Thresholds(summer_nap=("12:30", "14:00"), evening="20:00")
    assert call_courtesy(datetime(2026, 7, 15, 14, 10), t) is None
    assert call_courtesy(datetime(2026, 7, 15, 20, 0), t) == ("late", "07:30")


def test_public_holidays_come_as_one_entry_per_festival() -> None:
    found = public_holidays(date(2026, 9, 25), date(2026, 10, 9))
    national = [h for h in found if h.first_day <= date(2026, 10, 1) <= h.last_day]
    assert len(national) == 1 and national[0].last_day >= date(2026, 10, 3)
    english = public_holidays(date(2026, 9, 25), date(2026, 10, 9), "en")
    assert any("National" in h.name for h in english)
    assert public_holidays(date(2026, 3, 10), date(2026, 3, 20)) == []


def test_todays_reminders_collect_licences_within_the_window(core: Any, fixed_today: date) -> None:
    from crm_desktop.core.services.dto import CustomerInput
    from crm_desktop.core.services.licences import LicenceInput

    cid = core.customers.create(CustomerInput(name="杭州医药"))
    core.licences.add(cid, LicenceInput("gsp", "A1", fixed_today + timedelta(days=30)))
    core.licences.add(cid, LicenceInput("business", "B2", fixed_today + timedelta(days=31)))
    with core.engine.connect() as con:
        found = todays_reminders(con, fixed_today)
    assert [x.number for x in found.licences] == ["A1"]
    assert found.count == len(found.follow_ups) + len(found.birthdays) + len(found.holidays) + 1


def test_birthdays_in_the_next_seven_days_gregorian_and_lunar(core: Any, fixed_today: date) -> None:
    from lunardate import LunarDate

    from crm_desktop.core.rules.reminders import birthdays, next_birthday
    from crm_desktop.core.services.dto import ContactInput, CustomerInput

    cid = core.customers.create(CustomerInput(name="南京医药"))
    in_window = fixed_today + timedelta(days=7)
    out_of_window = fixed_today + timedelta(days=8)
    lunar = LunarDate.from_solar_date(2026, 11, 28)  # three days from today, as a lunar date
    for name, month, day, is_lunar in (
        ("甲", in_window.month, in_window.day, False),
        ("乙", out_of_window.month, out_of_window.day, False),
        ("丙", lunar.month, lunar.day, True),
        ("丁", fixed_today.month, fixed_today.day, False),
    ):
        core.contacts.add(
            cid,
            ContactInput(
                name=name, birthday_month=month, birthday_day=day, birthday_lunar=is_lunar
            ),
        )
    core.contacts.add(
        cid,
        ContactInput(
            name="戊", birthday_month=in_window.month, birthday_day=in_window.day, left=True
        ),
    )  # has left: no reminder
    with core.engine.connect() as con:
        found = birthdays(con, fixed_today)
    assert [(b.contact, b.on, b.lunar) for b in found] == [
        ("丁", fixed_today, False),
        ("丙", date(2026, 11, 28), True),
        ("甲", in_window, False),
    ]
    assert next_birthday(2, 29, False, date(2027, 2, 1)) == date(2027, 2, 28)  # common year


def test_limited_reminders_count_everything_in_sql(demo_core: Any, fixed_today: date) -> None:
    with demo_core.engine.connect() as con:
        whole = todays_reminders(con, fixed_today)
        cut = todays_reminders(con, fixed_today, limit=3)
    assert len(whole.follow_ups) > 3 and cut.follow_ups == whole.follow_ups[:3]
    assert cut.count == whole.count
    assert cut.total("follow_ups") == len(whole.follow_ups) and cut.total("licences") == len(
        whole.licences
    )


def test_a_years_holidays_are_computed_once_and_then_read_from_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.core.rules import holiday_calendar

    holiday_calendar.holidays_of_year.cache_clear()
    first = holiday_calendar.holidays_of_year(2027)
    assert any(name == "国庆节" for _day, name in first)
    assert holiday_calendar.cache_file().exists()

    def no_package(year: int, language: str) -> None:
        raise AssertionError("the holidays package was loaded again")

    monkeypatch.setattr(holiday_calendar, "_computed", no_package)
    holiday_calendar.holidays_of_year.cache_clear()
    assert holiday_calendar.holidays_of_year(2027) == first
    holiday_calendar.holidays_of_year.cache_clear()


def test_a_damaged_holiday_cache_is_computed_again() -> None:
    from crm_desktop.core.rules import holiday_calendar

    holiday_calendar.cache_file().parent.mkdir(parents=True, exist_ok=True)
    holiday_calendar.cache_file().write_text("{not json", encoding="utf-8")
    holiday_calendar.holidays_of_year.cache_clear()
    assert date(2026, 10, 1) in {day for day, _name in holiday_calendar.holidays_of_year(2026)}
    holiday_calendar.holidays_of_year.cache_clear()

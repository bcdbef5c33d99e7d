"""Today's reminders (follow-ups, birthdays, holidays, licences) with the office's thresholds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from crm_desktop.core.rules.reminders import Reminders, todays_reminders
from crm_desktop.core.rules.thresholds import load as load_thresholds


class ReminderService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def today(self, day: date, language: str = "zh_CN", limit: int | None = None) -> Reminders:
        """Everything due on `day`; with `limit`, at most that many of each group (the totals
        still count them all)."""
        with self.engine.connect() as con:
            days = load_thresholds(con).licence_days
            return todays_reminders(con, day, language, licence_days=days, limit=limit)

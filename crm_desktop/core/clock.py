"""Today's date, replaceable by CRM_DESKTOP_TODAY for tests and demos."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from crm_desktop.core.errors import UnusableInput

ENV_TODAY = "CRM_DESKTOP_TODAY"


def today() -> date:
    value = os.environ.get(ENV_TODAY)
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UnusableInput(f"{ENV_TODAY}={value!r} is not a date (YYYY-MM-DD)") from exc


def now_utc() -> datetime:
    """Timestamps are stored in UTC; shown in local time by the UI."""
    return datetime.now(UTC)

"""China's public holidays by year, from the `holidays` package, kept in a small cache file.

The package costs ~17 MB of memory and a fifth of a second to load (it brings every country's
calendars) for a list that is fixed once a year. The app asks for the coming fortnight at every
start and on every contact it opens, so each year's list is computed once and kept as JSON in
the user's cache folder, keyed by app version (a release with a newer `holidays` recomputes).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path

from crm_desktop import __version__
from crm_desktop.paths import APP_AUTHOR, APP_NAME


def cache_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "public_holidays.json"


@lru_cache(maxsize=16)
def holidays_of_year(year: int, language: str = "zh_CN") -> tuple[tuple[date, str], ...]:
    """Every public holiday of `year`, sorted, named in `language` (zh_CN or en_US)."""
    key = f"{__version__}/{year}/{language}"
    path = cache_file()
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = {}
    if not isinstance(cached, dict):
        cached = {}
    if isinstance(cached.get(key), list):
        return tuple((date.fromisoformat(day), name) for day, name in cached[key])
    days = _computed(year, language)
    cached[key] = [[day.isoformat(), name] for day, name in days]
    _write(path, cached)
    return days


def _computed(year: int, language: str) -> tuple[tuple[date, str], ...]:
    import holidays as holiday_calendar

    calendar = holiday_calendar.country_holidays("CN", years=year, language=language)
    return tuple(sorted(calendar.items()))


def _write(path: Path, data: dict[str, object]) -> None:
    """Atomically, and quietly: without a writable cache folder the app just computes again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError:
        pass

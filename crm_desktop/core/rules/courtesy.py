"""Call-time courtesy (seed 002): 夏天中午两点半之前、冬天早上八点之前、周末或者节假日早上九点之前,
最好不要给客户打电话 — and not late in the evening. The hours are settings (Thresholds)."""

from __future__ import annotations

from datetime import datetime, time

from crm_desktop.core.rules.thresholds import Thresholds


def _at(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def call_courtesy(moment: datetime, t: Thresholds, holiday: bool = False) -> tuple[str, str] | None:
    """None when it is a polite time to call; otherwise (reason, from when it is polite again)
    with reason one of: early_weekend, early_winter, early, summer_nap, late."""
    now = moment.time()
    if now >= _at(t.evening):
        return "late", t.weekend_morning if moment.weekday() >= 5 else t.morning
    if moment.weekday() >= 5 or holiday:
        if now < _at(t.weekend_morning):
            return "early_weekend", t.weekend_morning
    elif moment.month in t.winter_months:
        if now < _at(t.winter_morning):
            return "early_winter", t.winter_morning
    elif now < _at(t.morning):
        return "early", t.morning
    nap_start, nap_end = t.summer_nap
    if moment.month in t.summer_months and _at(nap_start) <= now < _at(nap_end):
        return "summer_nap", nap_end
    return None

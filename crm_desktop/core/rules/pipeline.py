"""The sales funnel (seed 004: 建立销售漏斗, 评估销售机会的成功率): stage moves, how far each
opportunity got, the conversion between stages and the forecast weighted by each stage's chance.

Pure functions over plain values; the service reads the rows and the office's chances.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crm_desktop.core.errors import ValidationError, ValidationErrors
from crm_desktop.core.money import round_amount
from crm_desktop.core.months import month_key
from crm_desktop.core.vocabulary import OPEN_STAGES, OPPORTUNITY_STAGE

WON, LOST = "won", "lost"
CLOSED = (WON, LOST)
# The funnel's steps: every open stage, then the win.
STEPS = (*OPEN_STAGES, WON)


@dataclass(frozen=True)
class StageMove:
    """What a move sets besides the stage itself."""

    stage: str
    lost_from: str | None
    lost_reason: str | None
    closed_on: date | None


def move(
    current: str | None,
    target: str,
    reason: str | None,
    day: date,
    lost_from: str | None = None,
    closed_on: date | None = None,
    sale_recorded: bool = False,
) -> StageMove:
    """An opportunity at `current` (None: a new one) moved to `target` on `day`.

    Any stage may follow any other (a deal comes back, a stage is skipped); losing needs a
    reason, and remembers the open stage it was lost from; won and lost are dated (a move to
    the stage it is already at keeps the date); a won opportunity whose sales line is
    recorded stays won until that line is removed."""
    if target not in OPPORTUNITY_STAGE:
        raise ValidationErrors([ValidationError("stage", "choice", f"{target!r} is not a stage")])
    reason = (reason or "").strip() or None
    if target == LOST and reason is None:
        raise ValidationErrors(
            [ValidationError("lost_reason", "required", "a lost opportunity needs its reason")]
        )
    if sale_recorded and current == WON and target != WON:
        raise ValidationErrors(
            [
                ValidationError(
                    "stage",
                    "sale_recorded",
                    "its sales line is recorded: remove that line before reopening it",
                )
            ]
        )
    if target == current:
        kept = (closed_on or day) if target in CLOSED else None
        if target != LOST:
            return StageMove(target, None, None, kept)
        return StageMove(target, lost_from, reason, kept)
    if target == LOST:
        if current in OPEN_STAGES:
            lost_from = current
        else:  # lost as soon as recorded, or a win that fell through after all
            lost_from = OPEN_STAGES[-1] if current == WON else OPEN_STAGES[0]
        return StageMove(LOST, lost_from, reason, day)
    return StageMove(target, None, None, day if target == WON else None)


def furthest_step(stage: str, lost_from: str | None) -> int:
    """The index in STEPS of the furthest step reached: a won one passed every step, a lost
    one reached the stage it was lost from (the first, when that is not known)."""
    if stage == WON:
        return len(STEPS) - 1
    if stage == LOST:
        return STEPS.index(lost_from) if lost_from in OPEN_STAGES else 0
    return STEPS.index(stage)


@dataclass(frozen=True)
class FunnelStep:
    stage: str
    reached: int  # opportunities that got at least this far
    now: int  # opportunities at this stage today
    # reached of the next step / reached of this one (None: nothing reached this one; the
    # last step, won, has none)
    conversion: Decimal | None


@dataclass(frozen=True)
class Funnel:
    steps: list[FunnelStep]
    lost: int
    # won / (won + lost): of the decided opportunities, the share won (None: none decided)
    win_rate: Decimal | None


def funnel(rows: Iterable[tuple[str, str | None]]) -> Funnel:
    """The funnel of opportunities given as (stage, lost_from)."""
    reached = [0] * len(STEPS)
    now: dict[str, int] = defaultdict(int)
    for stage, lost_from in rows:
        for step in range(furthest_step(stage, lost_from) + 1):
            reached[step] += 1
        now[stage] += 1
    steps = []
    for i, stage in enumerate(STEPS):
        conversion = None
        if i + 1 < len(STEPS) and reached[i]:
            conversion = Decimal(reached[i + 1]) / Decimal(reached[i])
        steps.append(FunnelStep(stage, reached[i], now[stage], conversion))
    decided = now[WON] + now[LOST]
    return Funnel(
        steps,
        now[LOST],
        Decimal(now[WON]) / Decimal(decided) if decided else None,
    )


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # YYYY-MM of the expected close
    count: int
    amount: Decimal  # the open opportunities' expected amounts
    weighted: Decimal  # Σ amount × the chance of its stage, to the fen


@dataclass(frozen=True)
class Forecast:
    months: list[ForecastMonth]  # oldest first
    undated: int  # open opportunities without an expected close date (not in any month)
    undated_amount: Decimal


def weighted_forecast(
    rows: Iterable[tuple[str, Decimal, date | None]], today: date, chances: Mapping[str, int]
) -> Forecast:
    """The open opportunities (stage, amount, expected close) by month of their expected
    close, weighted by their stage's chance (%). One whose close date has passed is still
    open, so still expected: it counts in this month, not in a month gone by."""
    this_month = month_key(today)
    count: dict[str, int] = defaultdict(int)
    amount: dict[str, Decimal] = defaultdict(Decimal)
    weighted: dict[str, Decimal] = defaultdict(Decimal)
    undated, undated_amount = 0, Decimal(0)
    for stage, value, close in rows:
        if stage not in OPEN_STAGES:
            continue
        if close is None:
            undated += 1
            undated_amount += value
            continue
        month = max(month_key(close), this_month)
        count[month] += 1
        amount[month] += value
        weighted[month] += value * Decimal(chances.get(stage, 0)) / 100
    months = [
        ForecastMonth(m, count[m], amount[m], round_amount(weighted[m])) for m in sorted(count)
    ]
    return Forecast(months, undated, undated_amount)

"""Sales opportunities (seed 004: 销售机会跟踪) per customer, the office's pipeline board, the
funnel and the weighted forecast; a won opportunity records its own sales-log line."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from crm_desktop.core import audit, permissions
from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.changes import Changes, Created
from crm_desktop.core.clock import now_utc
from crm_desktop.core.clock import today as clock_today
from crm_desktop.core.errors import NotFound, ValidationError, ValidationErrors
from crm_desktop.core.models import Customer, Opportunity, Sale
from crm_desktop.core.money import MAX_AMOUNT
from crm_desktop.core.rules import pipeline
from crm_desktop.core.rules.thresholds import load as load_thresholds
from crm_desktop.core.services.dto import SaleInput
from crm_desktop.core.services.records import SaleService, _RecordService

# The board shows won and lost opportunities for this long after they closed.
CLOSED_SHOWN_DAYS = 90


@dataclass
class OpportunityInput:
    product: str | None = None
    amount: Decimal = Decimal(0)
    expected_close: date | None = None
    stage: str = "lead"
    lost_reason: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None
    notes: str | None = None


@dataclass
class OpportunityRecord(OpportunityInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)
    lost_from: str | None = None
    closed_on: date | None = None
    sale_id: int | None = None


@dataclass(frozen=True)
class BoardCard:
    """One opportunity on the pipeline board."""

    id: int
    customer_id: int
    customer: str
    product: str | None
    amount: Decimal
    expected_close: date | None
    stage: str
    next_step: str | None
    next_step_on: date | None


@dataclass(frozen=True)
class Pipeline:
    """The board's cards by stage and the office's funnel and forecast, read together."""

    cards: dict[str, list[BoardCard]] = field(default_factory=dict)
    funnel: pipeline.Funnel | None = None
    forecast: pipeline.Forecast | None = None
    chances: dict[str, int] = field(default_factory=dict)


class OpportunityService(_RecordService[OpportunityInput]):
    model = Opportunity
    kind = "opportunities"
    record = OpportunityRecord
    order_by = ("closed_on", "expected_close", "id")

    def validate(self, data: OpportunityInput) -> None:
        errors = []
        if not (data.amount.is_finite() and 0 <= data.amount < MAX_AMOUNT):
            errors.append(
                ValidationError(
                    "amount", "number", f"the expected amount is 0 to below {MAX_AMOUNT:,} yuan"
                )
            )
        if errors:
            raise ValidationErrors(errors)
        # The stage's own rules (a lost one needs its reason), before anything is written.
        pipeline.move(None, data.stage, data.lost_reason, clock_today())

    def _values(self, s: Session, data: OpportunityInput) -> dict[str, Any]:
        values = super()._values(s, data)
        for key in ("product", "next_step", "notes"):
            values[key] = (values[key] or "").strip() or None
        moved = pipeline.move(None, data.stage, data.lost_reason, clock_today())
        values.update(lost_from=moved.lost_from, lost_reason=moved.lost_reason)
        values["closed_on"] = moved.closed_on
        return values

    label_fields = ("product", "amount")

    def update(
        self,
        record_id: int,
        data: OpportunityInput,
        acknowledged: Collection[str] = (),
        version: int | None = None,
    ) -> Changes:
        """Save the form; a stage change follows the same rules as a move on the board.
        `version`: the one the form loaded (StaleRecord when another save came since)."""
        self.validate(data)

        def change(s: Session, obj: Opportunity) -> None:
            moved = self._moved(obj, data.stage, data.lost_reason, clock_today())
            for key, value in self._values(s, data).items():
                setattr(obj, key, value)
            self._apply(obj, moved)

        return self._write(record_id, version, change)

    def move(
        self, record_id: int, stage: str, reason: str | None = None, version: int | None = None
    ) -> Changes:
        """Move an opportunity to `stage` (the board's drag, its "Move to…" menu)."""
        return self._write(
            record_id,
            version,
            lambda _s, obj: self._apply(obj, self._moved(obj, stage, reason, clock_today())),
        )

    def _write(
        self, record_id: int, version: int | None, change: Callable[[Session, Opportunity], None]
    ) -> Changes:
        """One change of one opportunity, claimed (its version) and written to the trail."""
        with Session(self.engine) as s, s.begin():
            obj = self._get(s, record_id)
            permissions.require_customer(s, obj.customer_id)
            before = self._snapshot(s, obj)
            change(s, obj)  # validates before the claim writes anything
            audit.claim(s.connection(), self._table, {"id": record_id}, version, self._table.name)
            s.flush()
            after = self._snapshot(s, obj)
            audit.record(
                s.connection(),
                audit.change_events(
                    self._table.name, record_id, obj.customer_id, self._label(after), before, after
                ),
            )
            return Changes.of(self.kind, [obj.customer_id])

    def record_sale(
        self, record_id: int, day: date | None = None, acknowledged: Collection[str] = ()
    ) -> Created:
        """The sales-log line of a won opportunity (its product and amount, dated `day`,
        today by default), once; the credit-limit question is asked as for any sale."""
        sales = SaleService(self.engine)
        with Session(self.engine) as s, s.begin():
            obj = self._get(s, record_id)
            permissions.require_customer(s, obj.customer_id)
            problem = (
                "not_won"
                if obj.stage != pipeline.WON
                else "sale_recorded"
                if obj.sale_id is not None
                else "no_amount"
                if obj.amount <= 0
                else None
            )
            if problem is not None:
                raise ValidationErrors(
                    [ValidationError("sale", problem, f"no sales line can be recorded: {problem}")]
                )
            sale = SaleInput(
                date=day or obj.closed_on or clock_today(), amount=obj.amount, product=obj.product
            )
            sales.validate(sale)
            sales._check(s, obj.customer_id, sale, None, acknowledged)
            line = Sale(
                customer_id=obj.customer_id,
                updated_by=current_actor(),
                updated_at=now_utc(),
                **sales._values(s, sale),
            )
            s.add(line)
            s.flush()
            sales._event(s, "create", line, sales._snapshot(s, line))
            audit.claim(s.connection(), self._table, {"id": record_id}, None, self._table.name)
            obj.sale_id = line.id
            changes = Changes(frozenset({"sales", self.kind}), frozenset({obj.customer_id}))
            return Created(int(line.id or 0), changes)

    def pipeline(self, today: date | None = None) -> Pipeline:
        """Every active customer's opportunities: the open ones and those closed in the last
        CLOSED_SHOWN_DAYS days by stage, the funnel of all of them, the forecast of the open."""
        day = today or clock_today()
        with Session(self.engine) as s:
            rows = s.execute(
                select(Opportunity, Customer.name)
                .join(Customer, Customer.id == Opportunity.customer_id)
                .where(Customer.active.is_(True))
                .order_by(Opportunity.expected_close, Opportunity.id)
            ).all()
            chances = dict(load_thresholds(s.connection()).stage_probability)
        shown_from = day - timedelta(days=CLOSED_SHOWN_DAYS)
        cards: dict[str, list[BoardCard]] = {stage: [] for stage in pipeline.STEPS}
        cards[pipeline.LOST] = []
        for o, name in rows:
            if o.stage in pipeline.CLOSED and (o.closed_on is None or o.closed_on < shown_from):
                continue
            cards.setdefault(o.stage, []).append(
                BoardCard(
                    o.id or 0,
                    o.customer_id,
                    name,
                    o.product,
                    o.amount,
                    o.expected_close,
                    o.stage,
                    o.next_step,
                    o.next_step_on,
                )
            )
        return Pipeline(
            cards,
            pipeline.funnel((o.stage, o.lost_from) for o, _ in rows),
            pipeline.weighted_forecast(
                ((o.stage, o.amount, o.expected_close) for o, _ in rows), day, chances
            ),
            chances,
        )

    def chances(self) -> dict[str, int]:
        """Each open stage's chance (%) as the office set it (Settings → Rules)."""
        with self.engine.connect() as con:
            return dict(load_thresholds(con).stage_probability)

    def _get(self, s: Session, record_id: int) -> Opportunity:
        obj = s.get(Opportunity, record_id)
        if obj is None:
            raise NotFound(what="opportunity", key=record_id)
        return obj

    @staticmethod
    def _moved(obj: Opportunity, stage: str, reason: str | None, day: date) -> pipeline.StageMove:
        return pipeline.move(
            obj.stage,
            stage,
            reason,
            day,
            lost_from=obj.lost_from,
            closed_on=obj.closed_on,
            sale_recorded=obj.sale_id is not None,
        )

    @staticmethod
    def _apply(obj: Opportunity, moved: pipeline.StageMove) -> None:
        obj.stage = moved.stage
        obj.lost_from = moved.lost_from
        obj.lost_reason = moved.lost_reason
        obj.closed_on = moved.closed_on

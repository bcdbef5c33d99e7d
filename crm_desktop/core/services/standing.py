"""Where a customer stands (issue 5's stages): lifecycle set and suggested, relationship stage
by share of wallet, the evaluation card, ABC class and key-account status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine
from sqlmodel import Session

from crm_desktop.core import audit, permissions
from crm_desktop.core.changes import Changes
from crm_desktop.core.errors import NotFound, ValidationError, ValidationErrors
from crm_desktop.core.models import Customer
from crm_desktop.core.rules import stages
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.vocabulary import LIFECYCLE


@dataclass
class StandingInput:
    """What the user enters: the lifecycle override, the wallet estimate, the evaluation card."""

    lifecycle: str | None = None  # None: follow the suggestion
    wallet_estimate: Decimal | None = None  # yuan a year of our kind of product, all suppliers
    capability: int | None = None
    reputation: int | None = None
    relations: int | None = None
    cooperation: int | None = None
    eval_note: str | None = None


@dataclass
class Standing(StandingInput):
    lifecycle_suggested: str = "prospect"
    abc_class: str | None = None
    sales_12m: Decimal = Decimal("0.00")
    relationship: str | None = None
    wallet_share: Decimal | None = None
    evaluation_total: int | None = None
    warnings: int = 0
    # Sales of the last 12 full months without a cost: its gross profit (the key accounts'
    # measure) counts them at their full amount.
    uncosted_sales_12m: int = 0
    version: int = 0  # the customer's, sent back with a save (core/audit.py)

    @property
    def lifecycle_shown(self) -> str:
        return self.lifecycle or self.lifecycle_suggested


class StandingService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, customer_id: int, today: date) -> Standing:
        with Session(self.engine) as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound(what="customer", key=customer_id)
            entered = StandingInput(
                c.lifecycle,
                c.wallet_estimate,
                c.eval_capability,
                c.eval_reputation,
                c.eval_relations,
                c.eval_cooperation,
                c.eval_note,
            )
            version = c.version
        with self.engine.connect() as con:
            computed = computed_fields(con, today, [customer_id])[customer_id]
        stage, share = stages.relationship_stage(computed.sales_12m, entered.wallet_estimate)
        total = stages.evaluation_total(
            {
                "capability": entered.capability,
                "reputation": entered.reputation,
                "relations": entered.relations,
                "cooperation": entered.cooperation,
            }
        )
        return Standing(
            **vars(entered),
            lifecycle_suggested=computed.lifecycle_suggested,
            abc_class=computed.abc_class,
            sales_12m=computed.sales_12m,
            relationship=stage,
            wallet_share=share,
            evaluation_total=total,
            warnings=len(computed.kinds),
            uncosted_sales_12m=computed.uncosted_sales or 0,
            version=version,
        )

    def set(self, customer_id: int, data: StandingInput, version: int | None = None) -> Changes:
        """`version`: the customer's as loaded; StaleRecord when another save came since."""
        errors = []
        if data.lifecycle is not None and data.lifecycle not in LIFECYCLE:
            errors.append(
                ValidationError(
                    "lifecycle", "choice", f"{data.lifecycle!r} is not a lifecycle stage"
                )
            )
        if data.wallet_estimate is not None and data.wallet_estimate < 0:
            errors.append(
                ValidationError("wallet_estimate", "negative", "the estimate cannot be negative")
            )
        for key in stages.EVALUATION_KEYS:
            value = getattr(data, key)
            if value is not None and not 1 <= value <= 5:
                errors.append(ValidationError(key, "range", "each evaluation score is 1 to 5"))
        if errors:
            raise ValidationErrors(errors)
        with Session(self.engine) as s, s.begin():
            table = Customer.__table__  # type: ignore[attr-defined]
            audit.claim(s.connection(), table, {"id": customer_id}, version, "customer")
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound(what="customer", key=customer_id)
            permissions.require_customer(s, customer_id)
            before = _standing_fields(c)
            c.lifecycle = data.lifecycle
            c.wallet_estimate = data.wallet_estimate
            c.eval_capability, c.eval_reputation = data.capability, data.reputation
            c.eval_relations, c.eval_cooperation = data.relations, data.cooperation
            c.eval_note = (data.eval_note or "").strip() or None
            s.add(c)
            s.flush()
            audit.record(
                s.connection(),
                audit.change_events(
                    "customer", customer_id, customer_id, c.name, before, _standing_fields(c)
                ),
            )
        return Changes.of("standing", [customer_id])


def _standing_fields(c: Customer) -> dict[str, object]:
    return {
        "lifecycle": c.lifecycle,
        "wallet_estimate": c.wallet_estimate,
        "eval_capability": c.eval_capability,
        "eval_reputation": c.eval_reputation,
        "eval_relations": c.eval_relations,
        "eval_cooperation": c.eval_cooperation,
        "eval_note": c.eval_note,
    }

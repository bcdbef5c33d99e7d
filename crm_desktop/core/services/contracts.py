"""The customer's contract register (seed 003: 购销合同的管理): number, signing and end dates,
amount, payment, delivery and quality terms, and the standard clauses as a checklist."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from crm_desktop.core.errors import ValidationError, ValidationErrors
from crm_desktop.core.models import Contract
from crm_desktop.core.money import MAX_AMOUNT
from crm_desktop.core.services.records import _RecordService
from crm_desktop.core.vocabulary import CONTRACT_CLAUSE


def clauses_text(clauses: list[str]) -> str | None:
    """The ticked clauses as stored: their keys in the checklist's order, comma-separated."""
    ticked = [key for key in CONTRACT_CLAUSE.keys if key in set(clauses)]
    return ",".join(ticked) or None


def clauses_of(text: str | None) -> list[str]:
    return [key for key in (text or "").split(",") if key]


@dataclass
class ContractInput:
    number: str = ""
    signed_on: date | None = None
    ends_on: date | None = None
    amount: Decimal | None = None
    payment_terms: str | None = None
    delivery_terms: str | None = None
    quality_terms: str | None = None
    clauses: list[str] = field(default_factory=list)  # keys of vocabulary.CONTRACT_CLAUSE
    notes: str | None = None


@dataclass
class ContractRecord(ContractInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)

    @property
    def missing_clauses(self) -> list[str]:
        """The standard clauses not ticked, in the checklist's order."""
        return [key for key in CONTRACT_CLAUSE.keys if key not in self.clauses]


class ContractService(_RecordService[ContractInput]):
    model = Contract
    kind = "contracts"
    record = ContractRecord
    order_by = ("ends_on", "id")
    label_fields = ("number",)

    def validate(self, data: ContractInput) -> None:
        errors = []
        if not (data.number or "").strip():
            errors.append(ValidationError("number", "required", "a contract needs its number"))
        if data.amount is not None and not (
            data.amount.is_finite() and 0 <= data.amount < MAX_AMOUNT
        ):
            errors.append(
                ValidationError("amount", "number", f"the amount is 0 to below {MAX_AMOUNT:,}")
            )
        if data.signed_on and data.ends_on and data.ends_on < data.signed_on:
            errors.append(
                ValidationError("ends_on", "before_signed", "a contract cannot end before signing")
            )
        unknown = set(data.clauses) - set(CONTRACT_CLAUSE.keys)
        if unknown:
            errors.append(
                ValidationError(
                    "clauses", "choice", f"unknown clauses: {', '.join(sorted(unknown))}"
                )
            )
        if errors:
            raise ValidationErrors(errors)

    def _values(self, s: Session, data: ContractInput) -> dict[str, Any]:
        values = super()._values(s, data)
        values["clauses"] = clauses_text(data.clauses)
        for key in ("number", "payment_terms", "delivery_terms", "quality_terms", "notes"):
            values[key] = (values[key] or "").strip() or None
        return values

    def list(self, customer_id: int) -> list[Any]:
        with Session(self.engine) as s:
            rows = s.execute(
                select(Contract)
                .where(Contract.customer_id == customer_id)
                .order_by(Contract.ends_on, Contract.id)
            ).scalars()
            names = [f.name for f in fields(ContractRecord) if f.name != "clauses"]
            return [
                ContractRecord(**{n: getattr(o, n) for n in names}, clauses=clauses_of(o.clauses))
                for o in rows
            ]

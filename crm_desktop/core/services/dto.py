"""Plain data the services take and return; the UI never sees a live ORM object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# The list types live apart so the first screen can import them without the rest.
from crm_desktop.core.repositories.list_types import CustomerFilter, CustomerRow  # noqa: F401
from crm_desktop.core.rules.receivables import over_limit


@dataclass
class CustomerInput:
    name: str
    code: str | None = None
    short_name: str | None = None
    kind: str = "company"
    relation: str = "downstream"
    channel: str = "other"
    category: str = "normal"
    lifecycle: str | None = None
    region: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    owner: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class CustomerDetail(CustomerInput):
    id: int = 0
    active: bool = True
    # What a save sends back (core/audit.py: a stale one is refused), and who saved it last.
    version: int = 0
    updated_by: str | None = None
    updated_at: datetime | None = None


@dataclass
class ContactInput:
    name: str
    title: str | None = None
    mobile: str | None = None
    phone: str | None = None
    wechat: str | None = None
    email: str | None = None
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    birthday_lunar: bool = False
    role: str | None = None
    gender: str = "unknown"  # male | female | unknown (vocabulary.GENDER)
    left: bool = False
    notes: str | None = None
    hobbies: str | None = None  # seed 004: 兴趣爱好
    preferences: str | None = None  # seed 004: 购买偏好、消费习惯


@dataclass
class NoteInput:
    date: date
    kind: str = "visit"
    summary: str | None = None
    next_follow_up: date | None = None
    # A major event (kind "event"): what happened, and the day someone cleared its warning.
    event: str | None = None
    cleared_on: date | None = None
    objective: str | None = None  # what a visit was for


@dataclass
class SaleInput:
    date: date
    amount: Decimal
    product: str | None = None
    spec: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    cost: Decimal | None = None
    paid: Decimal = Decimal(0)
    channel: str | None = None  # vocabulary.PURCHASE_CHANNEL (seed 004: 购买渠道)


@dataclass
class ComplaintInput:
    received: date
    category: str | None = None
    description: str | None = None
    status: str = "received"
    resolution: str | None = None
    answered_on: date | None = None
    escalation: str | None = None  # vocabulary.ESCALATION: who handled it
    compensation: Decimal | None = None  # yuan given to the customer
    handler: str | None = None  # the person responsible (seed 003: 专人负责)
    instructed_by: str | None = None  # the leader who gave the instruction (领导批示)
    instruction: str | None = None  # its text; only once the status is "instructed" or later
    received_via: str | None = None  # vocabulary.COMPLAINT_SOURCE


@dataclass
class CreditInput:
    limit: Decimal = Decimal(0)
    payment_days: int = 0
    rating: str | None = None
    potential_score: int | None = None  # 0–100, the user's judgement (客户发展潜力评分)
    applied_on: date | None = None  # credit application (客户授信申请)
    requested_limit: Decimal | None = None
    approver: str | None = None
    investigation: str | None = None  # credit investigation notes (客户资信调查)


@dataclass(frozen=True)
class CreditSummary:
    limit: Decimal
    payment_days: int
    rating: str | None
    receivable: Decimal
    potential_score: int | None = None
    history_score: int | None = None  # share paid within the payment days, last 12 months
    suggested_rating: str | None = None
    applied_on: date | None = None
    requested_limit: Decimal | None = None
    approver: str | None = None
    investigation: str | None = None
    version: int = 0  # 0: no credit granted yet (core/audit.py)

    @property
    def over_limit(self) -> Decimal | None:
        """How far the receivable is over the credit limit; None within it or without one."""
        return over_limit(self.limit, self.receivable)


@dataclass(frozen=True)
class SaleLine:
    """A sales-log line as shown, with the receivable running after it (oldest first)."""

    id: int
    date: date
    product: str | None
    spec: str | None
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    cost: Decimal | None
    paid: Decimal
    running_receivable: Decimal
    version: int = 0
    channel: str | None = None


@dataclass(frozen=True)
class MonthlySales:
    month: str  # YYYY-MM
    amount: Decimal
    previous_year: Decimal

"""Everything recorded against a customer: contacts, licences, notes, sales, plans, complaints,
opportunities."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from crm_desktop.core.db.types import Money, Quantity, UnitPrice


def _customer_fk() -> Column:
    return Column(
        Integer, ForeignKey("customer.id", ondelete="CASCADE"), nullable=False, index=True
    )


def _batch_fk() -> Column:
    return Column(Integer, ForeignKey("import_batch.id", ondelete="SET NULL"), index=True)


class Product(SQLModel, table=True):
    """The product list the sales log picks from; grows as new names are typed."""

    __tablename__ = "product"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(unique=True)
    active: bool = True


class Contact(SQLModel, table=True):
    __tablename__ = "contact"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    name: str
    title: str | None = None
    mobile: str | None = Field(default=None, index=True)
    phone: str | None = None
    wechat: str | None = None
    email: str | None = None
    # A birthday may be known without its year (`--MM-DD` in the interchange format).
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    birthday_lunar: bool = False
    role: str | None = None
    gender: str = Field(
        default="unknown", sa_column_kwargs={"server_default": "unknown"}
    )  # vocabulary.GENDER
    left: bool = False
    notes: str | None = None
    # Seed 004 (个性化营销: 兴趣爱好、购买偏好): what the person likes, what they prefer.
    hobbies: str | None = None
    preferences: str | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())


class Licence(SQLModel, table=True):
    __tablename__ = "licence"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    kind: str = "other"
    number: str | None = None
    expires: date | None = Field(default=None, index=True)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())


class Note(SQLModel, table=True):
    """A relationship note (客情记录) with the date of the next follow-up."""

    __tablename__ = "note"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    date: date
    kind: str = "visit"
    summary: str | None = None
    next_follow_up: date | None = Field(default=None, index=True)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())
    # kind "event": what happened (vocabulary.MAJOR_EVENT); it warns until `cleared_on`.
    event: str | None = None
    cleared_on: date | None = None
    # What a visit was for (seed 003: 有目的、有计划地拜访); the form asks it of every visit.
    objective: str | None = None


class Sale(SQLModel, table=True):
    """A line of the sales log (销售记录); a return has a negative quantity and amount."""

    __tablename__ = "sale"
    __table_args__ = (
        Index("ix_sale_customer_date", "customer_id", "date"),
        Index("ix_sale_date", "date"),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), nullable=False)
    )
    date: date
    product_id: int | None = Field(default=None, foreign_key="product.id", index=True)
    spec: str | None = None
    quantity: Decimal | None = Field(default=None, sa_column=Column(Quantity()))
    unit_price: Decimal | None = Field(default=None, sa_column=Column(UnitPrice()))
    amount: Decimal = Field(sa_column=Column(Money(), nullable=False))
    cost: Decimal | None = Field(default=None, sa_column=Column(Money()))
    paid: Decimal = Field(default=Decimal(0), sa_column=Column(Money(), nullable=False))
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())
    # How the customer bought (seed 004: 购买渠道; vocabulary.PURCHASE_CHANNEL).
    channel: str | None = None


class Payment(SQLModel, table=True):
    """A receipt not tied to one sale; allocated to the oldest unpaid sales first."""

    __tablename__ = "payment"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    date: date
    amount: Decimal = Field(sa_column=Column(Money(), nullable=False))
    note: str | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())


class Plan(SQLModel, table=True):
    """The monthly sales plan for a customer, optionally per product."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("customer_id", "month", "product_id"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    month: str  # YYYY-MM
    product_id: int | None = Field(default=None, foreign_key="product.id")
    amount: Decimal = Field(sa_column=Column(Money(), nullable=False))
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())


class Complaint(SQLModel, table=True):
    __tablename__ = "complaint"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    received: date = Field(index=True)
    category: str | None = None
    description: str | None = None
    status: str = "received"
    resolution: str | None = None
    answered_on: date | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())
    # Seed 000's 层次高一点 and 补偿多一点: who handled it (vocabulary.ESCALATION) and what the
    # customer was given, in yuan.
    escalation: str | None = None
    compensation: Decimal | None = Field(default=None, sa_column=Column(Money()))
    # Seed 003's 由专人负责 … 再由有关领导批示处理意见: the person responsible for it, the leader
    # who gave the instruction and its text; seed 004's 投诉渠道 (vocabulary.COMPLAINT_SOURCE).
    handler: str | None = None
    instructed_by: str | None = None
    instruction: str | None = None
    received_via: str | None = None


class Opportunity(SQLModel, table=True):
    """A sales opportunity (销售机会, seed 004) moving through the funnel's stages."""

    __tablename__ = "opportunity"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    product: str | None = None
    amount: Decimal = Field(default=Decimal(0), sa_column=Column(Money(), nullable=False))
    expected_close: date | None = None
    stage: str = Field(default="lead", index=True)  # vocabulary.OPPORTUNITY_STAGE
    # The open stage it was lost from (the funnel's conversion counts it as reaching that far).
    lost_from: str | None = None
    lost_reason: str | None = None
    closed_on: date | None = None
    next_step: str | None = None
    next_step_on: date | None = Field(default=None, index=True)
    # The sales-log line recorded for it once won (never twice).
    sale_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("sale.id", ondelete="SET NULL"), nullable=True),
    )
    notes: str | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None


class Contract(SQLModel, table=True):
    """A purchase-and-sale contract (购销合同, seed 003) with its standard clauses ticked."""

    __tablename__ = "contract"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_customer_fk())
    number: str
    signed_on: date | None = None
    ends_on: date | None = Field(default=None, index=True)
    amount: Decimal | None = Field(default=None, sa_column=Column(Money()))
    payment_terms: str | None = None
    delivery_terms: str | None = None
    quality_terms: str | None = None
    # The ticked keys of vocabulary.CONTRACT_CLAUSE in its order, comma-separated.
    clauses: str | None = None
    notes: str | None = None
    import_batch_id: int | None = Field(default=None, sa_column=_batch_fk())
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None


class CustomerOrigin(SQLModel, table=True):
    """Where a customer came from, and the customer who referred it (seed 002)."""

    __tablename__ = "customer_origin"
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    source: str | None = None  # vocabulary.CUSTOMER_SOURCE
    referred_by_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("customer.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    note: str | None = None


class KeyPerson(SQLModel, table=True):
    """A contact's place in the customer's organisation chart and decision style (seed 003)."""

    __tablename__ = "key_person"
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    )
    reports_to_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="SET NULL"), nullable=True),
    )
    decision_style: str | None = None  # vocabulary.DECISION_STYLE


class ImportMapping(SQLModel, table=True):
    """The column mapping a user chose for a file layout, offered again for the same header."""

    __tablename__ = "import_mapping"
    header_signature: str = Field(primary_key=True)
    mapping_json: str

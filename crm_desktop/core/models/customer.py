"""The customer file and the small lists it refers to (owners, tags)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Integer, func, text
from sqlmodel import Field, SQLModel

from crm_desktop.core.db.types import Money


class Owner(SQLModel, table=True):
    """A salesperson who owns customers; a list so charts never split on typos."""

    __tablename__ = "owner"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    active: bool = True


class Tag(SQLModel, table=True):
    __tablename__ = "tag"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class CustomerTag(SQLModel, table=True):
    __tablename__ = "customer_tag"
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class ImportBatch(SQLModel, table=True):
    """One import run; every row it created points here so the whole import can be undone."""

    __tablename__ = "import_batch"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    source: str
    summary: str = ""


class Customer(SQLModel, table=True):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_active_sort", "active", "sort_key"),
        Index("ix_customer_initials", "search_initials"),
        Index("ix_customer_pinyin", "search_pinyin"),
        # Prefix search of 1–2 characters is a range scan on these (see repositories/customers.py).
        Index("ix_customer_name", "name"),
        Index("ix_customer_code_lower", func.lower(text("code"))),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str | None = Field(default=None, unique=True)
    name: str
    # NFKC, spaces removed, （）→(): what import matching and duplicate checks compare.
    name_key: str = Field(index=True)
    short_name: str | None = None
    kind: str = "company"
    relation: str = "downstream"
    channel: str = Field(default="other", index=True)
    category: str = Field(default="normal", index=True)
    lifecycle: str | None = None
    region: str | None = Field(default=None, index=True)
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    owner_id: int | None = Field(default=None, foreign_key="owner.id", index=True)
    active: bool = True
    wallet_estimate: Decimal | None = Field(default=None, sa_column=Column(Money()))
    eval_capability: int | None = None
    eval_reputation: int | None = None
    eval_relations: int | None = None
    eval_cooperation: int | None = None
    eval_note: str | None = None
    # Search columns, computed on every write (pypinyin is too slow to run per keystroke).
    sort_key: str = ""
    search_initials: str = ""
    search_pinyin: str = ""
    search_digits: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Optimistic concurrency: a save names the version it loaded (core/audit.py).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    import_batch_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("import_batch.id", ondelete="SET NULL"), index=True),
    )


class Credit(SQLModel, table=True):
    """The customer's credit file (资信档案): one row per customer."""

    __tablename__ = "credit"
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    limit: Decimal = Field(
        default=Decimal(0), sa_column=Column("credit_limit", Money(), nullable=False)
    )
    payment_days: int = 0
    rating: str | None = None
    potential_score: int | None = None
    applied_on: date | None = None
    requested_limit: Decimal | None = Field(default=None, sa_column=Column(Money()))
    approver: str | None = None
    investigation: str | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None
    updated_at: datetime | None = None


class Setting(SQLModel, table=True):
    """Editable thresholds and office details, stored in the database so every PC agrees."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str

"""The audit trail: one row per thing that happened to the office's records, never changed.

Append-only by design: no service has a method that changes or removes a row, and the
database refuses an UPDATE or DELETE of this table (migration 0007's triggers).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_customer_at", "customer_id", "at"),
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_import", "import_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))  # UTC
    actor: str
    action: str  # core/audit.py ACTIONS
    record_kind: str  # customer, contact, note, sale, complaint, licence, plan, credit, import
    record_id: int | None = None
    # Not a foreign key: the trail outlives the records it describes.
    customer_id: int | None = None
    label: str | None = None  # the record as it was called then (a contact's name, a sale's day)
    field: str | None = None
    old_value: str | None = Field(default=None, sa_column=Column(Text))
    new_value: str | None = Field(default=None, sa_column=Column(Text))
    import_id: int | None = None

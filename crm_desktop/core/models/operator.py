"""Operators who sign in, and the customers shared with them (issue 14).

A customer's owner stays `customer.owner_id` (the salesperson list the charts group by); an
operator who sells is linked to that list through `operator.owner_id`, so "my customers" and the
owner column of every chart and export are one and the same field.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class Operator(SQLModel, table=True):
    __tablename__ = "operator"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # what is typed at sign-in and after --user
    display_name: str
    role: str  # admin | sales | viewer (core/permissions.py)
    password_hash: str  # argon2id; the password itself is never stored
    active: bool = True
    failed_attempts: int = 0
    # UTC: the wait after too many wrong passwords survives a restart of the app.
    locked_until: datetime | None = None
    created_at: datetime
    owner_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("owner.id", ondelete="SET NULL"), unique=True, nullable=True
        ),
    )


class CustomerShare(SQLModel, table=True):
    """A customer an administrator shared with an operator besides its owner."""

    __tablename__ = "customer_share"
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    operator_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("operator.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )

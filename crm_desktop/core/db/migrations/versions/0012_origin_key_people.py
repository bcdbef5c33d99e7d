"""customer_origin and key_person: where a customer came from (with the customer who referred
it) and its key people's reporting lines and decision styles (seeds 002, 003)

Revision ID: 0012_origin_key_people
Revises: 0011_contracts
Create Date: 2026-12-08 00:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012_origin_key_people"
down_revision = "0011_contracts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "customer_origin",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("source", text(), nullable=True),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("note", text(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["referred_by_id"], ["customer.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_index("ix_customer_origin_referred_by_id", "customer_origin", ["referred_by_id"])
    op.create_table(
        "key_person",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("decision_style", text(), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reports_to_id"], ["contact.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("contact_id"),
    )


def downgrade() -> None:
    op.drop_table("key_person")
    op.drop_index("ix_customer_origin_referred_by_id", "customer_origin")
    op.drop_table("customer_origin")

"""operators who sign in (name, role, argon2 hash, the lock-out after wrong passwords) and the
customers shared with them; a customer's owner stays customer.owner_id, linked to an operator
through operator.owner_id

Revision ID: 0013_operators
Revises: 0012_origin_key_people
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013_operators"
down_revision = "0012_origin_key_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE TABLEs: the same SQL on SQLite and PostgreSQL, no existing table is copied.
    op.create_table(
        "operator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["owner.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("owner_id"),
    )
    op.create_table(
        "customer_share",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("customer_id", "operator_id"),
    )
    op.create_index(
        "ix_customer_share_operator_id", "customer_share", ["operator_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_customer_share_operator_id", table_name="customer_share")
    op.drop_table("customer_share")
    op.drop_table("operator")

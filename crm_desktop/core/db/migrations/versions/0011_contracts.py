"""contract: the customer's contract register with its standard clauses (seed 003)

Revision ID: 0011_contracts
Revises: 0010_opportunities
Create Date: 2026-12-08 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011_contracts"
down_revision = "0010_opportunities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("number", text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("payment_terms", text(), nullable=True),
        sa.Column("delivery_terms", text(), nullable=True),
        sa.Column("quality_terms", text(), nullable=True),
        sa.Column("clauses", text(), nullable=True),
        sa.Column("notes", text(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        # Versioned like every record the customer screen edits (0007_audit_trail).
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract") as batch:
        batch.create_index("ix_contract_customer_id", ["customer_id"])
        batch.create_index("ix_contract_import_batch_id", ["import_batch_id"])
        batch.create_index("ix_contract_ends_on", ["ends_on"])


def downgrade() -> None:
    op.drop_table("contract")

"""opportunity: the sales funnel's opportunities per customer (seed 004)

Revision ID: 0010_opportunities
Revises: 0009_complaint_escalation
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_opportunities"
down_revision = "0009_complaint_escalation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("product", text(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("stage", text(), nullable=False),
        sa.Column("lost_from", text(), nullable=True),
        sa.Column("lost_reason", text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("next_step", text(), nullable=True),
        sa.Column("next_step_on", sa.Date(), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("notes", text(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        # Versioned like every record the customer screen edits (0007_audit_trail).
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("opportunity") as batch:
        batch.create_index("ix_opportunity_customer_id", ["customer_id"])
        batch.create_index("ix_opportunity_import_batch_id", ["import_batch_id"])
        batch.create_index("ix_opportunity_stage", ["stage"])
        batch.create_index("ix_opportunity_next_step_on", ["next_step_on"])


def downgrade() -> None:
    op.drop_table("opportunity")

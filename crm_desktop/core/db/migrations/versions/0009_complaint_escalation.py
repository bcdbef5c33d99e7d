"""complaint.escalation and complaint.compensation: seed 000's 层次高一点 (who handled it) and
补偿多一点 (what the customer was given, fen like every sum of money)

Revision ID: 0009_complaint_escalation
Revises: 0008_note_major_event
Create Date: 2026-12-07 23:58:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_complaint_escalation"
down_revision = "0008_note_major_event"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns without a default: a plain ALTER TABLE, the complaint rows stay put.
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("escalation", sa.String(), nullable=True))
        batch.add_column(sa.Column("compensation", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+), as 0007 does: no copy of the table.
    for column in ("compensation", "escalation"):
        op.execute(f"ALTER TABLE complaint DROP COLUMN {column}")

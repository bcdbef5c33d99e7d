"""complaint.handler, instructed_by, instruction and received_via: seed 003's 专人负责 and
领导批示 (a leader's instruction between the investigation and the handling) and seed 004's
投诉渠道. The new status "instructed" needs no data change: no existing status is remapped.

Revision ID: 0014_complaint_instruction
Revises: 0013_operators
Create Date: 2026-12-08 00:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_complaint_instruction"
down_revision = "0013_operators"
branch_labels = None
depends_on = None

COLUMNS = ("handler", "instructed_by", "instruction", "received_via")


def upgrade() -> None:
    # Nullable columns without a default: a plain ALTER TABLE, the complaint rows stay put.
    with op.batch_alter_table("complaint") as batch:
        for column in COLUMNS:
            batch.add_column(sa.Column(column, sa.String(), nullable=True))


def downgrade() -> None:
    # The step has no place in the older schema: an instructed complaint goes back to the
    # "investigating" it came from, the leader's words lost with their columns.
    op.execute("UPDATE complaint SET status = 'investigating' WHERE status = 'instructed'")
    # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+), as 0007 does: no copy of the table.
    for column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE complaint DROP COLUMN {column}")

"""note.objective, contact.hobbies and contact.preferences, sale.channel: seed 004's
interaction record (互动记录), its 兴趣爱好 / 购买偏好 and its 购买渠道; the note kinds enquiry and
suggestion are new values of note.kind and need no change to the rows already stored.

Revision ID: 0015_interactions
Revises: 0014_complaint_instruction
Create Date: 2026-12-08 01:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_interactions"
down_revision = "0014_complaint_instruction"
branch_labels = None
depends_on = None

COLUMNS = (
    ("note", "objective"),
    ("contact", "hobbies"),
    ("contact", "preferences"),
    ("sale", "channel"),
)


def upgrade() -> None:
    # Nullable columns without a default: a plain ALTER TABLE ADD COLUMN, no table is copied
    # (the sale table's rollup triggers stay as they are).
    for table, column in COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(), nullable=True))


def downgrade() -> None:
    # The older schema knows neither kind: such notes become "other", their words kept.
    op.execute("UPDATE note SET kind = 'other' WHERE kind IN ('enquiry', 'suggestion')")
    # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+), as 0007 does: no copy of the table.
    for table, column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

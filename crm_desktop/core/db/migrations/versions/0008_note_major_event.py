"""note.event and note.cleared_on: a major event staff reported (seed 003, 客户重大变故预警)
warns until someone clears it

Revision ID: 0008_note_major_event
Revises: 0007_audit_trail
Create Date: 2026-12-07 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_note_major_event"
down_revision = "0007_audit_trail"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns without a default: a plain ALTER TABLE, the note rows stay in place.
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("event", sa.String(), nullable=True))
        batch.add_column(sa.Column("cleared_on", sa.Date(), nullable=True))
    # The warnings read the open events of every customer: a partial index holds just those.
    op.execute(
        "CREATE INDEX ix_note_open_event ON note (customer_id, date)"
        " WHERE kind = 'event' AND cleared_on IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_note_open_event")
    # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+), as 0007 does: no copy of the table.
    for column in ("cleared_on", "event"):
        op.execute(f"ALTER TABLE note DROP COLUMN {column}")

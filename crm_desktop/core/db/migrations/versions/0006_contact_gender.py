"""contact.gender: male, female or unknown (the default for every contact recorded before)

Revision ID: 0006_contact_gender
Revises: 0005_rollup_index_dimensions
Create Date: 2026-12-07 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_contact_gender"
down_revision = "0005_rollup_index_dimensions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column with a constant default is a plain ALTER TABLE in SQLite: the batch
    # context does not copy the table, so the contact rows and their indexes stay as they are.
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("gender", sa.String(), nullable=False, server_default="unknown"))


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("gender")

"""customer_rollup's ABC-window index also holds the dimensions and the first month

With only (relation, channel, presence, window sums), a filter on channel and owner made
SQLite search the index by channel and then read every matching row for the owner (tens of
thousands of seeks, 30–60 ms). Holding owner, region, category and first_month too, the
index answers the ABC, retention and prospecting views under any filter by itself.

Revision ID: 0005_rollup_index_dimensions
Revises: 0004_rollup_column_order
Create Date: 2026-11-25 06:55:00
"""

from __future__ import annotations

from alembic import op

revision = "0005_rollup_index_dimensions"
down_revision = "0004_rollup_column_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_customer_rollup_abc_window")
    op.execute(
        "CREATE INDEX ix_customer_rollup_abc_window ON customer_rollup (relation, channel,"
        " presence, a22, a34, c22, c34, owner_id, region, category, first_month)"
    )
    op.execute("ANALYZE customer_rollup")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_customer_rollup_abc_window")
    op.execute(
        "CREATE INDEX ix_customer_rollup_abc_window ON customer_rollup"
        " (relation, channel, presence, a22, a34, c22, c34)"
    )

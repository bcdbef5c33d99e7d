"""plan: an index by month, for the office's plan against actual

Revision ID: 0003_plan_month_index
Revises: 0002_sales_cube
Create Date: 2026-11-25 06:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003_plan_month_index"
down_revision = "0002_sales_cube"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Covering: the month's plans and their customers without touching the table.
    op.execute("CREATE INDEX ix_plan_month ON plan (month, product_id, customer_id, amount)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_plan_month")

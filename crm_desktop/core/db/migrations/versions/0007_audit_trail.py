"""The audit trail (issue 14): an append-only audit_event table, and a version (with who and when
last saved it) on the customer and on every record the customer screen edits, so that a save
made from an out-of-date copy is refused instead of overwriting another PC's work.

Revision ID: 0007_audit_trail
Revises: 0006_contact_gender
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_audit_trail"
down_revision = "0006_contact_gender"
branch_labels = None
depends_on = None

# The customer already has updated_at; the records get it with the version.
VERSIONED = (
    "customer",
    "contact",
    "licence",
    "note",
    "sale",
    "payment",
    "plan",
    "complaint",
    "credit",
)

_REFUSAL = "the audit trail is append-only: its rows cannot be changed or removed"


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("record_kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        # No foreign keys: the trail outlives what it describes (an undone import removes
        # customers; their history must stay).
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(), nullable=True),
        sa.Column("field", sa.String(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
    )
    op.create_index("ix_audit_event_customer_at", "audit_event", ["customer_id", "at"])
    op.create_index("ix_audit_event_at", "audit_event", ["at"])
    op.create_index("ix_audit_event_import", "audit_event", ["import_id"])
    for table in VERSIONED:
        # A constant default: a plain ALTER TABLE ADD COLUMN in SQLite, no table copy.
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("updated_by", sa.String(), nullable=True))
            if table != "customer":
                batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    _append_only()


def _append_only() -> None:
    """The database itself refuses to change or remove an audit row, whoever asks."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS"
            f" $$ BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
            " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{event.lower()} BEFORE {event} ON audit_event"
            f" BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute("DROP TRIGGER audit_event_no_delete")
    for table in VERSIONED:
        # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch would copy the table and drop
        # the old one, and dropping the customer table cascades to every contact and sale.
        columns = ["version", "updated_by"] + ([] if table == "customer" else ["updated_at"])
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("audit_event")

"""sales_cube: monthly sales by owner, region, channel, category and product, kept by triggers

The office's charts group a million sales lines by month and one of these dimensions; the
cube holds one row per combination (≈160,000 at a million lines) so every view reads that
instead. Triggers keep it exact on every insert, update and delete of a sale and when a
customer's owner, region, channel or category changes; NULLs are stored as 0 / '' so the
primary key works.

Revision ID: 0002_sales_cube
Revises: 0001_baseline
Create Date: 2026-11-25 06:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_sales_cube"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

KEY = "month, owner_id, region, channel, category, product_id"
UPSERT = (
    f" ON CONFLICT({KEY}) DO UPDATE SET amount = amount + excluded.amount,"
    " cost = cost + excluded.cost, lines = lines + excluded.lines"
)


def _add(sale: str, sign: str, customer: str = "c") -> str:
    """INSERT…SELECT adding (sign=+) or removing (sign=-) one sale row's contribution."""
    return (
        f"INSERT INTO sales_cube ({KEY}, amount, cost, lines) SELECT substr({sale}.date, 1, 7),"
        f" COALESCE({customer}.owner_id, 0), COALESCE({customer}.region, ''), {customer}.channel,"
        f" {customer}.category, COALESCE({sale}.product_id, 0), {sign}{sale}.amount,"
        f" {sign}COALESCE({sale}.cost, 0), {sign}1 FROM customer {customer}"
        f" WHERE {customer}.id = {sale}.customer_id" + UPSERT + ";"
    )


def upgrade() -> None:
    op.execute(
        "CREATE TABLE sales_cube (month TEXT NOT NULL, owner_id INTEGER NOT NULL,"
        " region TEXT NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,"
        " product_id INTEGER NOT NULL, amount INTEGER NOT NULL DEFAULT 0,"
        " cost INTEGER NOT NULL DEFAULT 0, lines INTEGER NOT NULL DEFAULT 0,"
        f" PRIMARY KEY ({KEY})) WITHOUT ROWID"
    )
    op.execute("CREATE INDEX ix_sales_cube_product ON sales_cube (product_id, month)")
    op.execute(
        f"INSERT INTO sales_cube ({KEY}, amount, cost, lines) SELECT substr(s.date, 1, 7),"
        " COALESCE(c.owner_id, 0), COALESCE(c.region, ''), c.channel, c.category,"
        " COALESCE(s.product_id, 0), SUM(s.amount), SUM(COALESCE(s.cost, 0)), COUNT(*) FROM sale s"
        " JOIN customer c ON c.id = s.customer_id GROUP BY 1, 2, 3, 4, 5, 6"
    )
    _trigger("sales_cube_ai", f"AFTER INSERT ON sale BEGIN {_add('NEW', '')} END")
    _trigger("sales_cube_ad", f"AFTER DELETE ON sale BEGIN {_add('OLD', '-')} END")
    _trigger(
        "sales_cube_au",
        "AFTER UPDATE OF date, amount, cost, product_id, customer_id"
        f" ON sale BEGIN {_add('OLD', '-')} {_add('NEW', '')} END",
    )
    # A customer moving to another owner/region/channel/category takes its sales along.
    move = (
        f"INSERT INTO sales_cube ({KEY}, amount, cost, lines) SELECT substr(s.date, 1, 7),"
        " {owner}, {region}, {channel}, {category}, COALESCE(s.product_id, 0), {sign}SUM(s.amount),"
        " {sign}SUM(COALESCE(s.cost, 0)), {sign}COUNT(*) FROM sale s WHERE s.customer_id = NEW.id"
        " GROUP BY 1, 6" + UPSERT + ";"
    )
    old = move.format(
        owner="COALESCE(OLD.owner_id, 0)",
        region="COALESCE(OLD.region, '')",
        channel="OLD.channel",
        category="OLD.category",
        sign="-",
    )
    new = move.format(
        owner="COALESCE(NEW.owner_id, 0)",
        region="COALESCE(NEW.region, '')",
        channel="NEW.channel",
        category="NEW.category",
        sign="",
    )
    _trigger(
        "sales_cube_customer",
        "AFTER UPDATE OF owner_id, region, channel, category"
        " ON customer WHEN COALESCE(OLD.owner_id, 0) IS NOT COALESCE(NEW.owner_id, 0)"
        " OR COALESCE(OLD.region, '') IS NOT COALESCE(NEW.region, '')"
        " OR OLD.channel IS NOT NEW.channel OR OLD.category IS NOT NEW.category"
        f" BEGIN {old} {new} END",
    )


TABLES = {
    "sales_cube_ai": "sale",
    "sales_cube_ad": "sale",
    "sales_cube_au": "sale",
    "sales_cube_customer": "customer",
}


def _trigger(name: str, body: str) -> None:
    """SQLite's trigger as it is; on PostgreSQL the same body as a PL/pgSQL function."""
    if op.get_bind().dialect.name == "postgresql":
        from crm_desktop.core.db.dialects.pg_translate import trigger_sql

        for sql in trigger_sql(name, body):
            op.execute(sql)
    else:
        op.execute(f"CREATE TRIGGER {name} {body}")


def drop_triggers() -> None:
    """0002's triggers gone (here and in 0003, which replaces them)."""
    postgresql = op.get_bind().dialect.name == "postgresql"
    for trigger, table in TABLES.items():
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {trigger}_fn()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def downgrade() -> None:
    drop_triggers()
    op.execute("DROP TABLE IF EXISTS sales_cube")

"""analytics rollups: product/spec cube, month cube with plans, per-customer months and rollup

0002's cube took each sale's dimensions from `customer`, which is already gone when deleting
a customer cascades to its sales, so those sales stayed in the cube. Here every trigger takes
the dimensions from `customer_rollup`, which is removed only after the cascade. Besides the
cube (now with spec and quantity), it adds what the customer-level views need so that none of
them reads the million sales lines: `month_cube` (no product: ~17,000 rows, with the monthly
plan), `customer_month`, and `customer_rollup` (one row per customer with cumulative sums at
each month of a 36-month horizon and a bit per month with sales). See models/analytics.py.

The SQL here is frozen on purpose: analytics/store.py has its own copy of the fill (rebuild)
and the tests check both against a GROUP BY over the sales.

Revision ID: 0003_analytics_rollups
Revises: 0002_sales_cube
Create Date: 2026-11-25 06:10:00
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0003_analytics_rollups"
down_revision = "0002_sales_cube"
branch_labels = None
depends_on = None

H = 36  # models.analytics.HORIZON_MONTHS, frozen here
A = [f"a{i:02d}" for i in range(H)]
C = [f"c{i:02d}" for i in range(H)]
DIMS = "owner_id, region, channel, category"
R_DIMS = "r.owner_id, r.region, r.channel, r.category"
SALES_KEY = f"month, product_id, spec, {DIMS}"
MONTH_KEY = f"month, {DIMS}"


def month_index(expr: str) -> str:
    """year × 12 + month − 1 of a 'YYYY-MM…' text: months as consecutive integers."""
    return (
        f"(CAST(substr({expr}, 1, 4) AS INTEGER) * 12 + CAST(substr({expr}, 6, 2) AS INTEGER) - 1)"
    )


def _dims_of(customer_id: str) -> str:
    return " AND ".join(
        f"{d} = (SELECT {d} FROM customer_rollup WHERE customer_id = {customer_id})"
        for d in ("owner_id", "region", "channel", "category")
    )


def _sale(ref: str, sign: str) -> str:
    """Add (sign '') or take away (sign '-') one sale line in the three tables that hold it."""
    return (
        "INSERT INTO customer_month (customer_id, month, amount, cost, lines)"
        f" VALUES ({ref}.customer_id, substr({ref}.date, 1, 7), {sign}{ref}.amount,"
        f" {sign}COALESCE({ref}.cost, 0), {sign}1) ON CONFLICT (customer_id, month) DO UPDATE"
        " SET amount = amount + excluded.amount, cost = cost + excluded.cost,"
        f" lines = lines + excluded.lines; INSERT INTO sales_cube ({SALES_KEY}, amount, cost,"
        f" quantity, lines) SELECT substr({ref}.date, 1, 7), COALESCE({ref}.product_id, 0),"
        f" COALESCE({ref}.spec, ''), {R_DIMS}, {sign}{ref}.amount, {sign}COALESCE({ref}.cost, 0),"
        f" {sign}COALESCE({ref}.quantity, 0), {sign}1 FROM customer_rollup r"
        f" WHERE r.customer_id = {ref}.customer_id ON CONFLICT ({SALES_KEY}) DO UPDATE"
        " SET amount = amount + excluded.amount, cost = cost + excluded.cost,"
        " quantity = quantity + excluded.quantity, lines = lines + excluded.lines;"
        f" INSERT INTO month_cube ({MONTH_KEY}, amount, cost, lines)"
        f" SELECT substr({ref}.date, 1, 7), {R_DIMS}, {sign}{ref}.amount,"
        f" {sign}COALESCE({ref}.cost, 0), {sign}1 FROM customer_rollup r"
        f" WHERE r.customer_id = {ref}.customer_id ON CONFLICT ({MONTH_KEY}) DO UPDATE"
        " SET amount = amount + excluded.amount, cost = cost + excluded.cost,"
        " lines = lines + excluded.lines;"
    )


def _sale_cleanup(ref: str) -> str:
    """Rows left with no line (and no plan) go: a cube row always has something behind it."""
    return (
        f" DELETE FROM customer_month WHERE customer_id = {ref}.customer_id"
        f" AND month = substr({ref}.date, 1, 7) AND lines = 0; DELETE FROM sales_cube"
        f" WHERE month = substr({ref}.date, 1, 7) AND product_id = COALESCE({ref}.product_id, 0)"
        f" AND spec = COALESCE({ref}.spec, '') AND {_dims_of(f'{ref}.customer_id')} AND lines = 0;"
        f" DELETE FROM month_cube WHERE month = substr({ref}.date, 1, 7)"
        f" AND {_dims_of(f'{ref}.customer_id')} AND lines = 0 AND plans = 0;"
    )


def _plan(ref: str, sign: str) -> str:
    """A customer's monthly plan (not its per-product plans, which break that plan down)."""
    return (
        f"INSERT INTO month_cube ({MONTH_KEY}, plan, plans) SELECT {ref}.month, {R_DIMS},"
        f" {sign}{ref}.amount, {sign}1 FROM customer_rollup r"
        f" WHERE r.customer_id = {ref}.customer_id AND {ref}.product_id IS NULL"
        f" ON CONFLICT ({MONTH_KEY}) DO UPDATE SET plan = plan + excluded.plan,"
        " plans = plans + excluded.plans;"
    )


def _plan_cleanup(ref: str) -> str:
    return (
        f" DELETE FROM month_cube WHERE month = {ref}.month AND {_dims_of(f'{ref}.customer_id')}"
        " AND lines = 0 AND plans = 0;"
    )


def _rollup_delta(ref: str, amount: str, cost: str) -> str:
    """Add `amount`/`cost` of month `{ref}.month` to the cumulative columns from that month on."""
    sets = [
        f"base_amount = base_amount + (h.i < 0) * ({amount})",
        f"base_cost = base_cost + (h.i < 0) * ({cost})",
    ]
    sets += [f"{a} = {a} + (h.i <= {i}) * ({amount})" for i, a in enumerate(A)]
    sets += [f"{c} = {c} + (h.i <= {i}) * ({cost})" for i, c in enumerate(C)]
    return ", ".join(sets)


def _horizon(ref: str) -> str:
    index = month_index(f"{ref}.month")
    return f"(SELECT {index} - epoch AS i FROM analytics_horizon WHERE id = 1) AS h"


def _bit(index: str) -> str:
    return f"(CASE WHEN {index} BETWEEN 0 AND {H - 1} THEN 1 << {index} ELSE 0 END)"


def _move_customer() -> str:
    """A customer's new owner/region/channel/category takes its sales and plans along."""
    new_dims = (
        "COALESCE(NEW.owner_id, 0), COALESCE(NEW.region, ''), COALESCE(NEW.channel, ''),"
        " COALESCE(NEW.category, '')"
    )
    parts = []
    for dims, sign in ((R_DIMS, "-"), (new_dims, "")):
        parts.append(
            f"INSERT INTO sales_cube ({SALES_KEY}, amount, cost, quantity, lines)"
            " SELECT substr(s.date, 1, 7), COALESCE(s.product_id, 0), COALESCE(s.spec, ''),"
            f" {dims}, {sign}SUM(s.amount), {sign}SUM(COALESCE(s.cost, 0)),"
            f" {sign}SUM(COALESCE(s.quantity, 0)), {sign}COUNT(*) FROM sale s, customer_rollup r"
            " WHERE s.customer_id = NEW.id AND r.customer_id = NEW.id GROUP BY 1, 2, 3"
            f" ON CONFLICT ({SALES_KEY}) DO UPDATE SET amount = amount + excluded.amount,"
            " cost = cost + excluded.cost, quantity = quantity + excluded.quantity,"
            " lines = lines + excluded.lines;"
        )
        parts.append(
            f"INSERT INTO month_cube ({MONTH_KEY}, amount, cost, lines) SELECT m.month, {dims},"
            f" {sign}m.amount, {sign}m.cost, {sign}m.lines FROM customer_month m, customer_rollup r"
            f" WHERE m.customer_id = NEW.id AND r.customer_id = NEW.id ON CONFLICT ({MONTH_KEY}) DO"
            " UPDATE SET amount = amount + excluded.amount, cost = cost + excluded.cost,"
            " lines = lines + excluded.lines;"
        )
        parts.append(
            f"INSERT INTO month_cube ({MONTH_KEY}, plan, plans) SELECT p.month, {dims},"
            f" {sign}SUM(p.amount), {sign}COUNT(*) FROM plan p, customer_rollup r"
            " WHERE p.customer_id = NEW.id AND r.customer_id = NEW.id AND p.product_id IS NULL"
            f" GROUP BY p.month ON CONFLICT ({MONTH_KEY}) DO UPDATE"
            " SET plan = plan + excluded.plan, plans = plans + excluded.plans;"
        )
    # Emptied rows under the old dimensions (the rollup still holds them) go.
    parts.append(
        f"DELETE FROM sales_cube WHERE {_dims_of('NEW.id')} AND lines = 0"
        " AND (month, product_id, spec) IN (SELECT substr(date, 1, 7), COALESCE(product_id, 0),"
        " COALESCE(spec, '') FROM sale WHERE customer_id = NEW.id);"
    )
    parts.append(
        f"DELETE FROM month_cube WHERE {_dims_of('NEW.id')} AND lines = 0 AND plans = 0"
        " AND month IN (SELECT month FROM customer_month WHERE customer_id = NEW.id"
        " UNION SELECT month FROM plan WHERE customer_id = NEW.id);"
    )
    parts.append(
        "UPDATE customer_rollup SET owner_id = COALESCE(NEW.owner_id, 0),"
        " region = COALESCE(NEW.region, ''), channel = COALESCE(NEW.channel, ''),"
        " category = COALESCE(NEW.category, '') WHERE customer_id = NEW.id;"
    )
    return " ".join(parts)


TRIGGERS = {
    "analytics_customer_ai": (
        "AFTER INSERT ON customer BEGIN INSERT OR REPLACE INTO customer_rollup (customer_id,"
        " owner_id, region, channel, category, relation) VALUES (NEW.id, COALESCE(NEW.owner_id, 0),"
        " COALESCE(NEW.region, ''), COALESCE(NEW.channel, ''), COALESCE(NEW.category, ''),"
        " COALESCE(NEW.relation, '')); END"
    ),
    # After the cascade: the sales' own triggers needed the rollup's dimensions until then.
    "analytics_customer_ad": (
        "AFTER DELETE ON customer BEGIN DELETE FROM customer_month WHERE customer_id = OLD.id;"
        " DELETE FROM customer_rollup WHERE customer_id = OLD.id; END"
    ),
    "analytics_customer_move": (
        "AFTER UPDATE OF owner_id, region, channel, category ON customer"
        " WHEN COALESCE(OLD.owner_id, 0) IS NOT COALESCE(NEW.owner_id, 0)"
        " OR COALESCE(OLD.region, '') IS NOT COALESCE(NEW.region, '')"
        " OR COALESCE(OLD.channel, '') IS NOT COALESCE(NEW.channel, '')"
        " OR COALESCE(OLD.category, '') IS NOT COALESCE(NEW.category, '')"
        f" BEGIN {_move_customer()} END"
    ),
    "analytics_customer_relation": (
        "AFTER UPDATE OF relation ON customer WHEN OLD.relation IS NOT NEW.relation"
        " BEGIN UPDATE customer_rollup SET relation = COALESCE(NEW.relation, '')"
        " WHERE customer_id = NEW.id; END"
    ),
    "analytics_sale_ai": f"AFTER INSERT ON sale BEGIN {_sale('NEW', '')} END",
    "analytics_sale_ad": (
        f"AFTER DELETE ON sale BEGIN {_sale('OLD', '-')} {_sale_cleanup('OLD')} END"
    ),
    "analytics_sale_au": (
        "AFTER UPDATE OF customer_id, date, product_id, spec, quantity, amount, cost ON sale BEGIN"
        f" {_sale('OLD', '-')} {_sale('NEW', '')} {_sale_cleanup('OLD')} END"
    ),
    "analytics_plan_ai": f"AFTER INSERT ON plan BEGIN {_plan('NEW', '')} END",
    "analytics_plan_ad": (
        f"AFTER DELETE ON plan BEGIN {_plan('OLD', '-')} {_plan_cleanup('OLD')} END"
    ),
    "analytics_plan_au": (
        "AFTER UPDATE OF customer_id, month, product_id, amount ON plan BEGIN"
        f" {_plan('OLD', '-')} {_plan('NEW', '')} {_plan_cleanup('OLD')} END"
    ),
    "analytics_customer_month_ai": (
        "AFTER INSERT ON customer_month BEGIN UPDATE customer_rollup SET first_month = CASE"
        " WHEN first_month IS NULL OR NEW.month < first_month THEN NEW.month ELSE first_month END,"
        f" presence = presence | CASE WHEN NEW.lines > 0 THEN {_bit('h.i')} ELSE 0 END,"
        f" {_rollup_delta('NEW', 'NEW.amount', 'NEW.cost')} FROM {_horizon('NEW')}"
        " WHERE customer_rollup.customer_id = NEW.customer_id; END"
    ),
    # Only the sums change here: a month whose last line goes is deleted right after (below).
    "analytics_customer_month_au": (
        "AFTER UPDATE OF amount, cost ON customer_month BEGIN UPDATE customer_rollup SET"
        f" {_rollup_delta('NEW', 'NEW.amount - OLD.amount', 'NEW.cost - OLD.cost')}"
        f" FROM {_horizon('NEW')} WHERE customer_rollup.customer_id = NEW.customer_id; END"
    ),
    "analytics_customer_month_ad": (
        "AFTER DELETE ON customer_month BEGIN UPDATE customer_rollup"
        f" SET presence = presence & ~{_bit('h.i')}, first_month = CASE"
        " WHEN first_month = OLD.month THEN (SELECT MIN(month) FROM customer_month"
        " WHERE customer_id = OLD.customer_id) ELSE first_month END,"
        f" {_rollup_delta('OLD', '-OLD.amount', '-OLD.cost')} FROM {_horizon('OLD')}"
        " WHERE customer_rollup.customer_id = OLD.customer_id; END"
    ),
}


def _create_tables() -> None:
    op.execute(
        "CREATE TABLE sales_cube (month TEXT NOT NULL, product_id INTEGER NOT NULL DEFAULT 0,"
        " spec TEXT NOT NULL DEFAULT '', owner_id INTEGER NOT NULL DEFAULT 0,"
        " region TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '',"
        " category TEXT NOT NULL DEFAULT '', amount BIGINT NOT NULL DEFAULT 0,"
        " cost BIGINT NOT NULL DEFAULT 0, quantity BIGINT NOT NULL DEFAULT 0,"
        f" lines INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ({SALES_KEY})) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE month_cube (month TEXT NOT NULL, owner_id INTEGER NOT NULL DEFAULT 0,"
        " region TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '',"
        " category TEXT NOT NULL DEFAULT '', amount BIGINT NOT NULL DEFAULT 0,"
        " cost BIGINT NOT NULL DEFAULT 0, lines INTEGER NOT NULL DEFAULT 0,"
        " plan BIGINT NOT NULL DEFAULT 0, plans INTEGER NOT NULL DEFAULT 0,"
        f" PRIMARY KEY ({MONTH_KEY})) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE customer_month (customer_id INTEGER NOT NULL, month TEXT NOT NULL,"
        " amount BIGINT NOT NULL DEFAULT 0, cost BIGINT NOT NULL DEFAULT 0,"
        " lines INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (customer_id, month)) WITHOUT ROWID"
    )
    sums = ", ".join(f"{col} BIGINT NOT NULL DEFAULT 0" for col in A + C)
    op.execute(
        "CREATE TABLE customer_rollup (customer_id INTEGER NOT NULL PRIMARY KEY,"
        " owner_id INTEGER NOT NULL DEFAULT 0, region TEXT NOT NULL DEFAULT '',"
        " channel TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
        " relation TEXT NOT NULL DEFAULT '', first_month TEXT, presence BIGINT NOT NULL DEFAULT 0,"
        f" base_amount BIGINT NOT NULL DEFAULT 0, base_cost BIGINT NOT NULL DEFAULT 0, {sums})"
    )
    op.execute("CREATE INDEX ix_customer_rollup_first_month ON customer_rollup (first_month)")
    op.execute(
        "CREATE TABLE analytics_horizon (id INTEGER NOT NULL PRIMARY KEY, epoch INTEGER NOT NULL)"
    )
    # Which customers bought a product in a period, without reading the sales lines' rows.
    op.execute(
        "CREATE INDEX ix_sale_product_date_customer ON sale (product_id, date, customer_id, amount)"
    )


def _fill(epoch: int) -> None:
    op.execute(f"INSERT INTO analytics_horizon (id, epoch) VALUES (1, {int(epoch)})")
    op.execute(
        f"INSERT INTO customer_rollup (customer_id, {DIMS}, relation) SELECT id,"
        " COALESCE(owner_id, 0), COALESCE(region, ''), COALESCE(channel, ''),"
        " COALESCE(category, ''), COALESCE(relation, '') FROM customer"
    )
    op.execute(
        "INSERT INTO customer_month (customer_id, month, amount, cost, lines) SELECT customer_id,"
        " substr(date, 1, 7), SUM(amount), SUM(COALESCE(cost, 0)), COUNT(*) FROM sale GROUP BY 1, 2"
    )
    sums = ", ".join(
        [f"SUM((i <= {k}) * amount) AS {a}" for k, a in enumerate(A)]
        + [f"SUM((i <= {k}) * cost) AS {c}" for k, c in enumerate(C)]
    )
    op.execute(
        "UPDATE customer_rollup SET first_month = x.first_month, presence = x.presence,"
        " base_amount = x.base_amount, base_cost = x.base_cost,"
        f" {', '.join(f'{col} = x.{col}' for col in A + C)} FROM (SELECT customer_id,"
        f" MIN(month) AS first_month, SUM({_bit('i')}) AS presence,"
        f" SUM((i < 0) * amount) AS base_amount, SUM((i < 0) * cost) AS base_cost, {sums}"
        f" FROM (SELECT customer_id, month, amount, cost, {month_index('month')} - {int(epoch)}"
        " AS i FROM customer_month) GROUP BY customer_id) AS x"
        " WHERE x.customer_id = customer_rollup.customer_id"
    )
    op.execute(
        f"INSERT INTO sales_cube ({SALES_KEY}, amount, cost, quantity, lines)"
        f" SELECT substr(s.date, 1, 7), COALESCE(s.product_id, 0), COALESCE(s.spec, ''), {R_DIMS},"
        " SUM(s.amount), SUM(COALESCE(s.cost, 0)), SUM(COALESCE(s.quantity, 0)), COUNT(*)"
        " FROM sale s JOIN customer_rollup r ON r.customer_id = s.customer_id"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7"
    )
    op.execute(
        f"INSERT INTO month_cube ({MONTH_KEY}, amount, cost, lines) SELECT m.month, {R_DIMS},"
        " SUM(m.amount), SUM(m.cost), SUM(m.lines) FROM customer_month m JOIN customer_rollup r"
        " ON r.customer_id = m.customer_id GROUP BY 1, 2, 3, 4, 5"
    )
    op.execute(
        f"INSERT INTO month_cube ({MONTH_KEY}, plan, plans) SELECT p.month, {R_DIMS},"
        " SUM(p.amount), COUNT(*) FROM plan p JOIN customer_rollup r"
        " ON r.customer_id = p.customer_id WHERE p.product_id IS NULL GROUP BY 1, 2, 3, 4, 5"
        f" ON CONFLICT ({MONTH_KEY}) DO UPDATE SET plan = excluded.plan, plans = excluded.plans"
    )


def upgrade() -> None:
    from crm_desktop.core.clock import today

    importlib.import_module(
        "crm_desktop.core.db.migrations.versions.0002_sales_cube"
    ).drop_triggers()
    op.execute("DROP TABLE IF EXISTS sales_cube")
    _create_tables()
    now = today()
    _fill(now.year * 12 + now.month - 1 - (H - 1))
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, body in TRIGGERS.items():
        if postgresql:
            from crm_desktop.core.db.dialects.pg_translate import trigger_sql

            for sql in trigger_sql(name, _grouped(body)):
                op.execute(sql)
        else:
            op.execute(f"CREATE TRIGGER {name} {body}")
    if postgresql:
        _sales_go_first()
    op.execute("ANALYZE sales_cube")
    op.execute("ANALYZE month_cube")
    op.execute("ANALYZE customer_month")
    op.execute("ANALYZE customer_rollup")


def _sales_go_first() -> None:
    """PostgreSQL fires a cascade's triggers after the deleted customer's own AFTER triggers
    (SQLite: during the cascade), so the sales' triggers would find its rollup row gone.
    Deleting its sales and plans just before the customer keeps SQLite's order."""
    op.execute(
        "CREATE OR REPLACE FUNCTION analytics_customer_bd_fn() RETURNS trigger LANGUAGE plpgsql"
        " AS $fn$ BEGIN DELETE FROM sale WHERE customer_id = OLD.id;"
        " DELETE FROM plan WHERE customer_id = OLD.id; RETURN OLD; END $fn$"
    )
    op.execute(
        "CREATE TRIGGER analytics_customer_bd BEFORE DELETE ON customer FOR EACH ROW"
        " EXECUTE FUNCTION analytics_customer_bd_fn()"
    )


def _grouped(body: str) -> str:
    """PostgreSQL wants the rollup's dimensions in GROUP BY (one row: SQLite takes them as
    they are)."""
    return body.replace(
        "r.customer_id = NEW.id GROUP BY 1, 2, 3 ON",
        "r.customer_id = NEW.id GROUP BY 1, 2, 3, 4, 5, 6, 7 ON",
    ).replace("GROUP BY p.month ON", "GROUP BY p.month, 2, 3, 4, 5 ON")


def _trigger_table(body: str) -> str:
    return body.split(" ON ", 1)[1].split(" ", 1)[0]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS analytics_customer_bd ON customer")
        op.execute("DROP FUNCTION IF EXISTS analytics_customer_bd_fn()")
    for name, body in TRIGGERS.items():
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {_trigger_table(body)}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_sale_product_date_customer")
    for table in (
        "analytics_horizon",
        "customer_rollup",
        "customer_month",
        "month_cube",
        "sales_cube",
    ):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    # Back to 0002's cube, filled and with its triggers: its own upgrade does exactly that.
    importlib.import_module("crm_desktop.core.db.migrations.versions.0002_sales_cube").upgrade()

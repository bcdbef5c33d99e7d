"""Import history: list past imports and remove one whole import again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from crm_desktop.core import audit
from crm_desktop.core.db.connections import connection, transaction
from crm_desktop.core.errors import NotFound

# Children first; a customer created by the import takes everything recorded on it along.
TABLES = (
    "contract",
    "opportunity",
    "sale",
    "payment",
    "plan",
    "note",
    "complaint",
    "licence",
    "contact",
    "customer",
)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: str
    source: str
    summary: str
    customers: int


def list_batches(engine: Engine) -> list[BatchInfo]:
    with connection(engine) as con:
        return [
            BatchInfo(*row)
            for row in con.execute(
                text(
                    "SELECT b.id, b.created_at, b.source, b.summary,"
                    " (SELECT COUNT(*) FROM customer c WHERE c.import_batch_id = b.id)"
                    " FROM import_batch b ORDER BY b.id DESC"
                )
            )
        ]


def undo_batch(engine: Engine, batch_id: int) -> dict[str, int]:
    """Delete every row the import created, in one transaction; returns rows removed per table.
    The audit trail records the undo, for the import and for each customer it touched."""
    removed: dict[str, int] = {}
    batch = {"batch": batch_id}
    with transaction(engine) as con:
        found = con.execute(
            text("SELECT source FROM import_batch WHERE id = :batch"), batch
        ).first()
        if found is None:
            raise NotFound(what="import", key=batch_id)
        touched = _touched_customers(con, batch_id)
        for table in TABLES:
            removed[table] = con.execute(
                text(f"DELETE FROM {table} WHERE import_batch_id = :batch"), batch
            ).rowcount
        con.execute(text("DELETE FROM import_batch WHERE id = :batch"), batch)
        counts = " ".join(f"{table}={n}" for table, n in removed.items() if n)
        events = [
            audit.Event(
                "undo-import",
                "import",
                batch_id,
                None,
                str(found[0])[:200],
                new=counts,
                import_id=batch_id,
            )
        ]
        events += (
            audit.Event("undo-import", "customer", cid, cid, name, import_id=batch_id)
            for cid, name in touched
        )
        audit.record(con, events)
    return removed


def _touched_customers(con: Connection, batch_id: int) -> list[tuple[int, str]]:
    """The customers the import created or added records to, before the undo removes them."""
    union = " UNION ".join(
        f"SELECT {'id' if table == 'customer' else 'customer_id'} AS cid FROM {table}"
        " WHERE import_batch_id = :batch"
        for table in TABLES
    )
    return [
        (int(cid), name)
        for cid, name in con.execute(
            text(f"SELECT c.id, c.name FROM customer c WHERE c.id IN ({union}) ORDER BY c.id"),
            {"batch": batch_id},
        )
    ]

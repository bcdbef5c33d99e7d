"""Import history: list past imports and remove one whole import again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

from crm_desktop.core.db.connections import connection, transaction
from crm_desktop.core.errors import NotFound

# Children first; a customer created by the import takes everything recorded on it along.
TABLES = ("sale", "payment", "plan", "note", "complaint", "licence", "contact", "customer")


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
    """Delete every row the import created, in one transaction; returns rows removed per table."""
    removed: dict[str, int] = {}
    batch = {"batch": batch_id}
    with transaction(engine) as con:
        if con.execute(text("SELECT 1 FROM import_batch WHERE id = :batch"), batch).first() is None:
            raise NotFound(what="import", key=batch_id)
        for table in TABLES:
            removed[table] = con.execute(
                text(f"DELETE FROM {table} WHERE import_batch_id = :batch"), batch
            ).rowcount
        con.execute(text("DELETE FROM import_batch WHERE id = :batch"), batch)
    return removed

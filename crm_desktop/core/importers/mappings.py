"""Remembered column mappings: a file with the same header gets the user's mapping again."""

from __future__ import annotations

import json

from sqlalchemy import Engine, text

from crm_desktop.core.db.connections import connection, transaction
from crm_desktop.core.importers.headers import header_key


def signature(headers: list[str]) -> str:
    return "|".join(header_key(h) for h in headers)


def load_mapping(engine: Engine, headers: list[str]) -> dict[int, str] | None:
    with connection(engine) as con:
        row = con.execute(
            text("SELECT mapping_json FROM import_mapping WHERE header_signature = :signature"),
            {"signature": signature(headers)},
        ).first()
    return {int(k): v for k, v in json.loads(row[0]).items()} if row else None


def save_mapping(engine: Engine, headers: list[str], mapping: dict[int, str]) -> None:
    with transaction(engine) as con:
        con.execute(
            text(
                "INSERT INTO import_mapping(header_signature, mapping_json)"
                " VALUES (:signature, :mapping) ON CONFLICT(header_signature)"
                " DO UPDATE SET mapping_json = excluded.mapping_json"
            ),
            {
                "signature": signature(headers),
                "mapping": json.dumps({str(k): v for k, v in mapping.items()}),
            },
        )

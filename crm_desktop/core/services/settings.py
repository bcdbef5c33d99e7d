"""Office settings kept in the database (every PC of the office sees the same)."""

from __future__ import annotations

from sqlalchemy import Engine

from crm_desktop.core.changes import Changes

OFFICE_NAME = "office_name"
OFFICE_LOGO = "office_logo"


class SettingsService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, key: str, default: str = "") -> str:
        with self.engine.connect() as con:
            row = con.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (key,)).first()
        return row[0] if row else default

    def set(self, key: str, value: str) -> Changes:
        """The office's own details: no customer's records change."""
        with self.engine.begin() as con:
            con.exec_driver_sql(
                "INSERT INTO setting(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        return Changes(frozenset({"settings"}))

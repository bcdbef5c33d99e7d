"""Office settings kept in the database (every PC of the office sees the same)."""

from __future__ import annotations

from sqlalchemy import Engine, text

from crm_desktop.core import permissions
from crm_desktop.core.changes import Changes
from crm_desktop.core.db.connections import connection, transaction

OFFICE_NAME = "office_name"
OFFICE_LOGO = "office_logo"
SAVE_SETTING = text(
    "INSERT INTO setting(key, value) VALUES (:key, :value)"
    " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


class SettingsService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, key: str, default: str = "") -> str:
        with connection(self.engine) as con:
            row = con.execute(
                text("SELECT value FROM setting WHERE key = :key"), {"key": key}
            ).first()
        return row[0] if row else default

    def set(self, key: str, value: str) -> Changes:
        """The office's own details: no customer's records change."""
        permissions.check(self.engine, permissions.SETTINGS)
        with transaction(self.engine) as con:
            con.execute(SAVE_SETTING, {"key": key, "value": value})
        return Changes(frozenset({"settings"}))

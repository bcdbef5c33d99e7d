"""SQL that only one database understands, one module per dialect with the same functions:
`sqlite` (the office's file) and `postgresql` (a shared server; pg_translate.py beside it
holds its translation of the core's SQLite-flavoured SQL). `for_engine` picks the module,
`for_connection` the module of a fast path's DB-API connection.

Standard library only at import: the window's start-up path reads the list through
`dialects.sqlite` before SQLAlchemy is imported.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from crm_desktop.core.errors import UnsupportedDatabase

if TYPE_CHECKING:
    from sqlalchemy import Engine

NAMES = ("sqlite", "postgresql")


def for_name(name: str) -> ModuleType:
    if name not in NAMES:
        raise UnsupportedDatabase(target=name)
    return import_module(f"{__name__}.{name}")


def for_engine(engine: Engine) -> ModuleType:
    return for_name(engine.url.get_backend_name())


def for_connection(raw: object) -> ModuleType:
    """The dialect of a fast path's DB-API connection or cursor (connections.raw_sqlite):
    sqlite3's own objects, or PostgreSQL's sqlite3-like wrapper."""
    return for_name("sqlite" if type(raw).__module__ == "sqlite3" else "postgresql")

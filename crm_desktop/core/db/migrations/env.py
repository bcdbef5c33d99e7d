"""Alembic environment: runs on the engine the app already made (config.attributes)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import crm_desktop.core.models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(
        config.get_main_option("sqlalchemy.url")
    )
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two PCs starting the new version at once: the second waits here, then finds the
            # schema upgraded and does nothing (the lock ends with the transaction).
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4711)")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()

"""Exporting the office (or some customers) to .xlsx, .csv or .json."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.clock import today as clock_today
from crm_desktop.core.exporters import export_file


class ExportService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def export(
        self, path: Path, customer_ids: Sequence[int] | None = None, today: date | None = None
    ) -> int:
        """Write `path` (the format by its extension); returns how many customers it holds."""
        return export_file(self.engine, Path(path), today or clock_today(), customer_ids)

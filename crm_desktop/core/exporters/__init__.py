"""Export everything (or some customers) to .json, .xlsx or .csv, chosen by the extension."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.errors import UnusableInput


def export_file(
    engine: Engine, path: Path, today: date, customer_ids: Sequence[int] | None = None
) -> int:
    """Write the file (overwriting it); returns how many customers it holds."""
    suffix = path.suffix.lower()
    writers = {".json": "json_file", ".xlsx": "xlsx_file", ".csv": "csv_file"}
    if suffix not in writers:
        raise UnusableInput(
            f"{path.name}: export writes .xlsx, .csv or .json, not {suffix or 'no extension'}"
        )
    if path.is_dir():
        raise UnusableInput(f"{path} is a folder")
    if not path.parent.exists():
        raise UnusableInput(f"{path.parent} does not exist")
    import importlib

    from crm_desktop.core.exporters.interchange import iter_customers

    module = importlib.import_module(f"crm_desktop.core.exporters.{writers[suffix]}")
    partial = path.with_name(path.name + ".partial")
    with engine.connect() as con:
        # One read transaction: the file is a consistent snapshot even while others write.
        con.exec_driver_sql("BEGIN")
        count = module.write(iter_customers(con, today, customer_ids), partial)
        con.exec_driver_sql("COMMIT")
    partial.replace(path)
    return int(count)

"""Export everything (or some customers) to .json, .xlsx, .csv or .vcf, chosen by the
extension; a .vcf also of some contacts only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.cancellation import CancelCheck, checked
from crm_desktop.core.errors import UnusableInput

WRITERS = {".json": "json_file", ".xlsx": "xlsx_file", ".csv": "csv_file", ".vcf": "vcard_file"}


def _check_target(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in WRITERS:
        raise UnusableInput(
            f"{path.name}: export writes .xlsx, .csv, .json or .vcf, not {suffix or 'no extension'}"
        )
    if path.is_dir():
        raise UnusableInput(f"{path} is a folder")
    if not path.parent.exists():
        raise UnusableInput(f"{path.parent} does not exist")
    return suffix


def export_file(
    engine: Engine,
    path: Path,
    today: date,
    customer_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the file (overwriting it); returns how many customers it holds. Cancelled, or
    failed, it leaves `path` as it was."""
    suffix = _check_target(path)
    if suffix == ".vcf":
        return export_cards(engine, path, customer_ids, cancelled=cancelled)[0]
    import importlib

    from crm_desktop.core.exporters.interchange import iter_customers

    module = importlib.import_module(f"crm_desktop.core.exporters.{WRITERS[suffix]}")
    partial = path.with_name(path.name + ".partial")
    try:
        with engine.connect() as con:
            # One read transaction: the file is a consistent snapshot even while others write.
            con.exec_driver_sql("BEGIN")
            rows = checked(iter_customers(con, today, customer_ids), cancelled, every=20)
            count = module.write(rows, partial)
            con.exec_driver_sql("COMMIT")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return int(count)


def export_cards(
    engine: Engine,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    contact_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[int, int]:
    """Write a .vcf of these customers' contacts (or only of these contacts); returns
    (customers, cards)."""
    if _check_target(path) != ".vcf":
        raise UnusableInput(f"{path.name}: contacts are exported as vCard (.vcf)")
    from crm_desktop.core.exporters.vcard_file import write_cards

    partial = path.with_name(path.name + ".partial")
    try:
        with engine.connect() as con:
            con.exec_driver_sql("BEGIN")  # one consistent snapshot, as for the other formats
            written = write_cards(con, partial, customer_ids, contact_ids, cancelled)
            con.exec_driver_sql("COMMIT")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return written


def export_phone_list(
    engine: Engine,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the mobile phone list for an SMS platform (exporters/phone_list.py) as .csv or
    .xlsx, overwriting it; returns how many numbers it holds."""
    from crm_desktop.core.exporters import phone_list

    if _check_target(path) not in phone_list.FORMATS:
        raise UnusableInput(f"{path.name}: the mobile phone list is written as .csv or .xlsx")

    partial = path.with_name(path.name + ".partial")
    try:
        with engine.connect() as con:
            count = phone_list.write(con, partial, customer_ids, cancelled)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return count

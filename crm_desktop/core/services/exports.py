"""Exporting the office (or some customers, or some contacts) to .xlsx, .csv, .json or .vcf."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core import permissions
from crm_desktop.core.cancellation import CancelCheck
from crm_desktop.core.clock import today as clock_today
from crm_desktop.core.exporters import export_cards, export_file, export_phone_list


class ExportService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def export(
        self,
        path: Path,
        customer_ids: Sequence[int] | None = None,
        today: date | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Write `path` (the format by its extension); returns how many customers it holds.
        Cancelled (`cancelled()` true), it raises Cancelled and leaves `path` as it was."""
        permissions.check(self.engine, permissions.EXPORT)
        return export_file(self.engine, Path(path), today or clock_today(), customer_ids, cancelled)

    def export_contacts(self, path: Path, contact_ids: Sequence[int]) -> int:
        """Write these contacts to a vCard file (.vcf); returns how many cards it holds."""
        permissions.check(self.engine, permissions.EXPORT)
        return export_cards(self.engine, Path(path), contact_ids=list(contact_ids))[1]

    def phone_list(
        self,
        path: Path,
        customer_ids: Sequence[int] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Write the mobile phone list for an SMS platform (.csv or .xlsx: region, name,
        customer, mobile; grouped by region) of
        the contacts who can get a message: not those who have left, nor those without a
        mobile, nor an inactive customer's; each number once. Returns how many it holds."""

        permissions.check(self.engine, permissions.EXPORT)
        return export_phone_list(self.engine, Path(path), customer_ids, cancelled)

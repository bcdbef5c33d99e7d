"""The reports as the window and the command line ask for them: a `ReportDocument` each,
ready to print (ui/printing.py) or to write as PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from crm_desktop.core.cancellation import CancelCheck
from crm_desktop.core.reports import builders
from crm_desktop.core.reports.document import ReportDocument


class ReportService:
    def __init__(self, sources: builders.ReportSources) -> None:
        self.sources = sources

    def profile(
        self,
        customer_ids: Sequence[int],
        today: date,
        language: str = "zh_CN",
        cancelled: CancelCheck | None = None,
    ) -> ReportDocument:
        """The profiles of these customers; a batch stops with Cancelled when asked to."""
        return builders.profile(self.sources, list(customer_ids), today, language, cancelled)

    def statement(
        self, customer_id: int, start: date, end: date, language: str = "zh_CN", office: str = ""
    ) -> ReportDocument:
        return builders.statement(self.sources, customer_id, start, end, language, office)

    def office(self, kind: str, today: date, language: str = "zh_CN") -> ReportDocument:
        """A report of the whole office: arrears, warnings, abc or reminders."""
        build = {
            "arrears": builders.arrears,
            "warnings": builders.warnings_list,
            "abc": builders.abc_list,
            "reminders": builders.reminders,
        }.get(kind)
        if build is None:
            raise ValueError(f"unknown office report {kind!r}")
        return build(self.sources, today, language)

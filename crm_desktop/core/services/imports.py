"""Importing a file as the window and the command line do it: read, check, preview, write,
remember a corrected mapping, list past imports and remove one again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core import permissions
from crm_desktop.core.changes import Changes
from crm_desktop.core.importers.apply import ImportSummary, apply_draft, find_existing
from crm_desktop.core.importers.history import BatchInfo, list_batches, undo_batch
from crm_desktop.core.importers.import_draft import ImportDraft, build_draft, save_problem_rows
from crm_desktop.core.importers.mappings import load_mapping, save_mapping

Mappings = dict[str, dict[int, str]]  # sheet name → column → field


@dataclass(frozen=True)
class ExistingCustomer:
    """A company of the file that is already in the database."""

    name_in_file: str
    customer_id: int
    stored_name: str


@dataclass(frozen=True)
class Imported:
    """A written import: its counts and problems, and what it changed (every customer may
    have been added to or merged into)."""

    summary: ImportSummary
    changes: Changes


class ImportService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def prepare(self, path: Path, sheet: str | None = None, remembered: bool = True) -> ImportDraft:
        """Read `path`; with `remembered`, a mapping the user corrected before for the same
        header row replaces the detected one."""
        draft = build_draft(path, sheet=sheet)
        if not remembered:
            return draft
        known = {
            s.name: m
            for s in draft.sheets
            if (m := load_mapping(self.engine, s.headers)) is not None and m != s.mapping
        }
        return build_draft(path, sheet=sheet, mappings=known) if known else draft

    def remap(self, path: Path, mappings: Mappings) -> ImportDraft:
        """Read `path` again with the user's mapping; remembered for files with the same header."""
        draft = build_draft(path, mappings=mappings)
        for sheet in draft.sheets:
            save_mapping(self.engine, sheet.headers, sheet.mapping)
        return draft

    def existing(self, draft: ImportDraft) -> list[ExistingCustomer]:
        return [ExistingCustomer(*found) for found in find_existing(draft, self.engine)]

    def preview(self, draft: ImportDraft) -> ImportSummary:
        """What `apply` would do, counted in a transaction that is rolled back."""
        return apply_draft(draft, self.engine, dry_run=True)

    def apply(
        self,
        draft: ImportDraft,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Imported:
        permissions.check(self.engine, permissions.IMPORT)
        summary = apply_draft(draft, self.engine, progress=progress, cancelled=cancelled)
        return Imported(summary, Changes.everyone("imports"))

    @staticmethod
    def save_problem_rows(draft: ImportDraft, path: Path) -> int:
        return save_problem_rows(draft, path)

    def history(self) -> list[BatchInfo]:
        return list_batches(self.engine)

    def undo(self, batch_id: int) -> Changes:
        """Remove everything one import added."""
        permissions.check(self.engine, permissions.IMPORT)
        undo_batch(self.engine, batch_id)
        return Changes.everyone("imports")

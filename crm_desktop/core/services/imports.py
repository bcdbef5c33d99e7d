"""Importing a file as the window and the command line do it: read, check, preview, write,
remember a corrected mapping, list past imports and remove one again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.changes import Changes
from crm_desktop.core.importers.apply import ImportSummary, apply_plan, find_existing
from crm_desktop.core.importers.history import BatchInfo, list_batches, undo_batch
from crm_desktop.core.importers.mappings import load_mapping, save_mapping
from crm_desktop.core.importers.plan import ImportPlan, build_plan, save_problem_rows

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

    def prepare(self, path: Path, sheet: str | None = None, remembered: bool = True) -> ImportPlan:
        """Read `path`; with `remembered`, a mapping the user corrected before for the same
        header row replaces the detected one."""
        plan = build_plan(path, sheet=sheet)
        if not remembered:
            return plan
        known = {
            s.name: m
            for s in plan.sheets
            if (m := load_mapping(self.engine, s.headers)) is not None and m != s.mapping
        }
        return build_plan(path, sheet=sheet, mappings=known) if known else plan

    def remap(self, path: Path, mappings: Mappings) -> ImportPlan:
        """Read `path` again with the user's mapping; remembered for files with the same header."""
        plan = build_plan(path, mappings=mappings)
        for sheet in plan.sheets:
            save_mapping(self.engine, sheet.headers, sheet.mapping)
        return plan

    def existing(self, plan: ImportPlan) -> list[ExistingCustomer]:
        return [ExistingCustomer(*found) for found in find_existing(plan, self.engine)]

    def preview(self, plan: ImportPlan) -> ImportSummary:
        """What `apply` would do, counted in a transaction that is rolled back."""
        return apply_plan(plan, self.engine, dry_run=True)

    def apply(
        self,
        plan: ImportPlan,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Imported:
        summary = apply_plan(plan, self.engine, progress=progress, cancelled=cancelled)
        return Imported(summary, Changes.everyone("imports"))

    @staticmethod
    def save_problem_rows(plan: ImportPlan, path: Path) -> int:
        return save_problem_rows(plan, path)

    def history(self) -> list[BatchInfo]:
        return list_batches(self.engine)

    def undo(self, batch_id: int) -> Changes:
        """Remove everything one import added."""
        undo_batch(self.engine, batch_id)
        return Changes.everyone("imports")

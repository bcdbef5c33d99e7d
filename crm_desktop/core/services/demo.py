"""Demo data, one service for the window's welcome page and the command line's `demo`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from crm_desktop.core.changes import Changes
from crm_desktop.core.demo import DemoResult, generate


class DemoService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def fill(
        self,
        customers: int,
        today: date,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[DemoResult, Changes]:
        """Add `customers` realistic demo customers (in one transaction) and say what changed:
        every customer, as an import does."""
        result = generate(
            self.engine, customers, today, seed=seed, progress=progress, cancelled=cancelled
        )
        return result, Changes.everyone("imports")

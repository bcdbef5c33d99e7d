"""The office's analysis views and their drill-down, as the Analysis panel asks for them.

Each call takes its own connection, so it may run on a worker thread. Views and drill-downs
only read: the triggers keep the analysis tables exact on every write, and the one piece of
upkeep they cannot do (`move_horizon`, when the month changes) runs at start-up.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from datetime import date

from sqlalchemy import Engine

from crm_desktop.core.analytics import abc_pareto, drill, store, views
from crm_desktop.core.analytics.filters import Filters
from crm_desktop.core.db.connections import raw_sqlite
from crm_desktop.core.services.customer_marks import CustomerMarks

VIEWS = (
    "trend",
    "channel",
    "region",
    "category",
    "owner",
    "product",
    "product_spec",
    "most_profitable",
    "least_profitable",
    "pareto",
    "abc",
    "lifecycle",
    "relationship",
    "new",
    "retention",
    "complaint_category",
    "complaint_status",
    "complaint_escalation",
    "plan",
)

log = logging.getLogger(__name__)


class AnalyticsService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def view(
        self,
        view: str,
        f: Filters,
        today: date,
        marks: CustomerMarks,
        names: Mapping[str, Mapping[str, str]] | None = None,
    ) -> views.ViewTable:
        """The table behind `view`; `names` words the keys of a breakdown (channel, category)
        in the reader's language, `marks` are the rules' last stages."""
        if view not in VIEWS:
            raise ValueError(f"unknown analysis view {view!r}")
        with raw_sqlite(self.engine) as raw:
            if view == "trend":
                return views.sales_by_month(raw, f)
            if view in ("channel", "region", "category", "owner", "product"):
                labels = (names or {}).get(view, {})
                return views.breakdown(raw, f, view, lambda key: labels.get(key, key))
            if view == "product_spec":
                return views.product_specs(raw, f)
            if view in ("least_profitable", "most_profitable"):
                return views.customers_by_margin(raw, f, least=view == "least_profitable")
            if view == "pareto":
                return views.pareto(raw, f)[0]
            if view == "abc":
                return views.abc_distribution(raw, f, today)
            if view == "lifecycle":
                return views.stages(raw, f, marks.lifecycle, CustomerMarks.LIFECYCLE[1:])
            if view == "relationship":
                return views.stages(raw, f, marks.relationship, CustomerMarks.RELATIONSHIP[1:])
            if view == "new":
                return views.new_customers(raw, f)
            if view == "retention":
                return views.retention(raw, f)
            if view in ("complaint_category", "complaint_status", "complaint_escalation"):
                return views.complaints(raw, f, view.removeprefix("complaint_"))
            return views.plan_vs_actual(raw, f)

    def move_horizon(self, today: date) -> bool:
        """Upkeep, not a read: end the per-customer rollup's 36 months with today's month
        (True when it moved). A second or so at 100,000 customers, once a month, so it runs
        at start-up (upgrade_database, and the window's loader thread), never inside a view;
        until it runs, views read the slower exact path for months past the horizon."""
        try:
            with raw_sqlite(self.engine) as raw:
                return store.ensure_horizon(raw, today)
        except sqlite3.OperationalError as exc:  # locked by another program: the next start
            log.warning("analysis horizon not moved: %s", exc)
            return False

    def drill(
        self, view: str, key: object, f: Filters, today: date, marks: CustomerMarks
    ) -> list[int]:
        """The customers behind one row (or bar) of `view`: for the pareto curve, the key
        accounts behind its 80 %."""
        if view not in VIEWS:
            raise ValueError(f"unknown analysis view {view!r}")
        with raw_sqlite(self.engine) as raw:
            if view == "pareto":
                return abc_pareto.key_account_ids(raw, f)
            if view in ("lifecycle", "relationship"):
                stage_of = marks.lifecycle if view == "lifecycle" else marks.relationship
                return views.customers_in_stage(raw, f, stage_of, str(key))
            drill_view = {"trend": "month", "product_spec": "spec"}.get(view, view)
            return drill.customers_for(raw, drill_view, key, f, today)

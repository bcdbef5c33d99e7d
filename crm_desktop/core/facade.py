"""The core as the UI and CLI see it: one object holding every service, the one door from
the window to the data (tests/core/test_ui_door.py keeps ui/ from reaching around it).

Opening and upgrading are separate steps: `open_core` refuses a database whose schema is
not this version's, `upgrade_database` (asked for by the app and the command line) creates
or upgrades it, backing an older file up first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.core.clock import today
from crm_desktop.core.db import migrate
from crm_desktop.core.db.engine import make_engine
from crm_desktop.core.reports.service import ReportService
from crm_desktop.core.services.analytics import AnalyticsService
from crm_desktop.core.services.audit import AuditService
from crm_desktop.core.services.backups import BackupService
from crm_desktop.core.services.contracts import ContractService
from crm_desktop.core.services.customers import CustomerService
from crm_desktop.core.services.demo import DemoService
from crm_desktop.core.services.exports import ExportService
from crm_desktop.core.services.imports import ImportService
from crm_desktop.core.services.licences import LicenceService
from crm_desktop.core.services.operators import OperatorService
from crm_desktop.core.services.opportunities import OpportunityService
from crm_desktop.core.services.people import PeopleService
from crm_desktop.core.services.plans import PlanService
from crm_desktop.core.services.records import (
    ComplaintService,
    ContactService,
    CreditService,
    NoteService,
    SaleService,
)
from crm_desktop.core.services.reminders import ReminderService
from crm_desktop.core.services.rule_settings import RuleSettingsService
from crm_desktop.core.services.settings import SettingsService
from crm_desktop.core.services.standing import StandingService
from crm_desktop.core.services.warnings import WarningService


@dataclass
class Core:
    engine: Engine  # for the core's own modules, the command line and tests; never for ui/
    # Opened beside another window that owns the file: every write raises ReadOnlyDatabase.
    read_only: bool = False
    customers: CustomerService = field(init=False)
    contacts: ContactService = field(init=False)
    notes: NoteService = field(init=False)
    sales: SaleService = field(init=False)
    complaints: ComplaintService = field(init=False)
    credit: CreditService = field(init=False)
    warnings: WarningService = field(init=False)
    settings: SettingsService = field(init=False)
    rule_settings: RuleSettingsService = field(init=False)
    backups: BackupService = field(init=False)
    licences: LicenceService = field(init=False)
    plans: PlanService = field(init=False)
    opportunities: OpportunityService = field(init=False)
    contracts: ContractService = field(init=False)
    people: PeopleService = field(init=False)
    standing: StandingService = field(init=False)
    imports: ImportService = field(init=False)
    exports: ExportService = field(init=False)
    analytics: AnalyticsService = field(init=False)
    reminders: ReminderService = field(init=False)
    reports: ReportService = field(init=False)
    audit: AuditService = field(init=False)
    operators: OperatorService = field(init=False)

    def __post_init__(self) -> None:
        self.customers = CustomerService(self.engine)
        self.contacts = ContactService(self.engine)
        self.notes = NoteService(self.engine)
        self.sales = SaleService(self.engine)
        self.complaints = ComplaintService(self.engine)
        self.credit = CreditService(self.engine)
        self.warnings = WarningService(self.engine)
        self.settings = SettingsService(self.engine)
        self.rule_settings = RuleSettingsService(self.engine)
        self.backups = BackupService(self.engine, self.settings, self.read_only)
        self.licences = LicenceService(self.engine)
        self.plans = PlanService(self.engine)
        self.opportunities = OpportunityService(self.engine)
        self.contracts = ContractService(self.engine)
        self.people = PeopleService(self.engine)
        self.standing = StandingService(self.engine)
        self.imports = ImportService(self.engine)
        self.exports = ExportService(self.engine)
        self.analytics = AnalyticsService(self.engine)
        self.reminders = ReminderService(self.engine)
        self.demo = DemoService(self.engine)
        self.reports = ReportService(self)
        self.audit = AuditService(self.engine)
        self.operators = OperatorService(self.engine)

    def close(self) -> None:
        """Close the database connections (the window closes, a test ends)."""
        self.engine.dispose()


@dataclass(frozen=True)
class SchemaUpgrade:
    """What `upgrade_database` did: the revisions before (None: a new database) and after,
    and the copy kept of the older file."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_database(target: str) -> SchemaUpgrade:
    """Create the database at `target`, or upgrade its schema to this version's (after a
    backup of the file), and move the analysis rollup to this month. Raises SchemaAhead for
    a database written by a newer version."""
    engine = make_engine(target)
    try:
        before = migrate.current_revision(engine)
        backup = migrate.upgrade(engine)
        # The start-up upkeep of the analysis tables, so that reading them never writes.
        AnalyticsService(engine).move_horizon(today())
        return SchemaUpgrade(before, migrate.current_revision(engine) or "", backup)
    finally:
        engine.dispose()


def open_core(target: str, read_only: bool = False) -> Core:
    """Open the database at `target`, whose schema must be this version's: SchemaBehind
    (upgrade it first) or SchemaAhead (a newer version wrote it) otherwise. `read_only`:
    beside a window that owns the file; every write raises ReadOnlyDatabase."""
    engine = make_engine(target, read_only=read_only)
    try:
        migrate.check_current(engine)
    except Exception:
        engine.dispose()
        raise
    return Core(engine, read_only=read_only)

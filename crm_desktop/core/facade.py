"""The core as the UI and CLI see it: one object holding the engine and every service."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from crm_desktop.core.db import migrate
from crm_desktop.core.db.engine import make_engine
from crm_desktop.core.services.customers import CustomerService
from crm_desktop.core.services.licences import LicenceService
from crm_desktop.core.services.plans import PlanService
from crm_desktop.core.services.records import (
    ComplaintService,
    ContactService,
    CreditService,
    NoteService,
    SaleService,
)
from crm_desktop.core.services.rule_settings import RuleSettingsService
from crm_desktop.core.services.settings import SettingsService
from crm_desktop.core.services.standing import StandingService
from crm_desktop.core.services.warnings import WarningService


@dataclass
class Core:
    engine: Engine
    customers: CustomerService = field(init=False)
    contacts: ContactService = field(init=False)
    notes: NoteService = field(init=False)
    sales: SaleService = field(init=False)
    complaints: ComplaintService = field(init=False)
    credit: CreditService = field(init=False)
    warnings: WarningService = field(init=False)
    settings: SettingsService = field(init=False)
    rule_settings: RuleSettingsService = field(init=False)
    licences: LicenceService = field(init=False)
    plans: PlanService = field(init=False)
    standing: StandingService = field(init=False)

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
        self.licences = LicenceService(self.engine)
        self.plans = PlanService(self.engine)
        self.standing = StandingService(self.engine)


def open_core(target: str) -> Core:
    """Open (creating if needed) and migrate the database at `target`."""
    engine = make_engine(target)
    migrate.upgrade(engine)
    return Core(engine)

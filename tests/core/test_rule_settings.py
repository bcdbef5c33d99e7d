"""Thresholds are stored per office and the rules use them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.services.dto import ComplaintInput, CustomerInput

TODAY = date(2026, 11, 25)


def test_complaint_window_follows_the_setting(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    core.complaints.add(cid, ComplaintInput(received=TODAY - timedelta(days=5)))
    with core.engine.connect() as con:
        assert not computed_fields(con, TODAY)[cid].warnings
    core.rule_settings.set(replace(core.rule_settings.get(), complaint_days=5))
    with core.engine.connect() as con:
        assert [k for k, _ in computed_fields(con, TODAY)[cid].warnings] == ["complaint_overdue"]
    core.rule_settings.reset()
    assert core.rule_settings.get().complaint_days == 7


def test_inconsistent_tables_are_refused(core: Any) -> None:
    t = core.rule_settings.get()
    broken = list(t.retail)
    broken[1] = (Decimal(30), broken[1][1], broken[1][2])
    with pytest.raises(ValidationErrors):
        core.rule_settings.set(replace(t, retail=broken))
    with pytest.raises(ValidationErrors):
        core.rule_settings.set(replace(t, plan_tolerance=Decimal("1.5")))
    assert core.rule_settings.get() == t

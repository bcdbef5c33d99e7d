"""The statement of account prints quantities as a clerk writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.reports import builders
from crm_desktop.core.services.dto import CustomerInput, SaleInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


def test_statement_quantities_have_no_exponent(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="小林诊所"))
    for quantity in (Decimal(76850), Decimal("12.5000"), Decimal(-40)):
        core.sales.add(
            cid,
            SaleInput(
                date=date(2026, 11, 2), amount=Decimal(100), product="口罩", quantity=quantity
            ),
        )
    report = builders.statement(core, cid, date(2026, 11, 1), date(2026, 11, 30))
    html = report.html()
    assert ">76850<" in html and ">12.5<" in html and ">-40<" in html
    assert "E+" not in html

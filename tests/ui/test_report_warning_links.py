"""A warning in a printed profile is a link to the part of the profile that holds its cause:
the PDF keeps it as a link annotation whose destination is that part's heading."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.core.reports import builders
from crm_desktop.core.services.dto import CustomerInput, NoteInput, SaleInput


def test_each_warning_of_a_profile_links_to_its_cause(
    qapp: Any, core: Any, fixed_today: date, tmp_path: Path
) -> None:
    from crm_desktop.ui import printing

    cid = core.customers.create(CustomerInput(name="康泰大药房"))
    core.notes.add(cid, NoteInput(date=fixed_today, kind="event", event="theft", summary="被盗"))
    core.sales.add(cid, SaleInput(date=fixed_today - timedelta(days=90), amount=Decimal(100)))
    report = builders.profile(core, [cid], fixed_today)
    html = report.html()
    # The warnings' links and the parts they land on.
    assert "<a href='#p0-notes'>重大变故</a>" in html
    assert "<a href='#p0-sales'>客户流失</a>" in html
    assert "<a name='p0-notes'></a>" in html and "<a name='p0-sales'></a>" in html
    pdf = tmp_path / "profile.pdf"
    printing.write_pdf(report, pdf, office="", printed_on=fixed_today)
    data = pdf.read_bytes()
    links = {d.decode("utf-16") for d in re.findall(rb"/Dest \((.*?)\)\n", data, re.S)}
    names = b"".join(re.findall(rb"/Names \[(.*?)\]", data, re.S))
    landings = {d.decode("utf-16") for d in re.findall(rb"\((\xfe\xff.*?)\) \d+ 0 R", names, re.S)}
    assert {"p0-notes", "p0-sales"} <= links & landings  # each link lands on its part


def test_the_warnings_list_links_each_kind_to_where_its_cause_is(
    core: Any, fixed_today: date
) -> None:
    cid = core.customers.create(CustomerInput(name="康泰大药房"))
    core.notes.add(cid, NoteInput(date=fixed_today, kind="event", event="illness"))
    report = builders.warnings_list(core, fixed_today)
    html = report.html()
    assert "<a href='#why-major_event'>重大变故</a>" in html
    assert "<a name='why-major_event'></a>重大变故" in html
    assert "客户档案 › 客情记录" in html and "直至有人解除" in html

"""The use cases the window reaches through `Core`: each write says what it changed, imports
and exports through their services, the analysis and reports refuse what they do not know."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.changes import Changes, Created
from crm_desktop.core.services.dto import (
    ComplaintInput,
    ContactInput,
    CreditInput,
    CustomerFilter,
    CustomerInput,
    NoteInput,
    SaleInput,
)
from crm_desktop.core.services.licences import LicenceInput
from crm_desktop.core.services.standing import StandingInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_write_returns_what_it_changed(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="华东医药"))
    assert isinstance(cid, Created) and cid.changes == Changes.of("customers", [cid])
    day = date(2026, 11, 2)
    for service, kind, data in (
        (core.contacts, "contacts", ContactInput(name="李雷")),
        (core.notes, "notes", NoteInput(date=day, summary="拜访")),
        (core.sales, "sales", SaleInput(date=day, amount=Decimal("10"))),
        (core.complaints, "complaints", ComplaintInput(received=day)),
        (core.licences, "licences", LicenceInput(number="X1", expires=day)),
    ):
        record = service.add(cid, data)
        assert record.changes == Changes.of(kind, [cid]) and int(record) > 0
        assert service.update(int(record), data) == Changes.of(kind, [cid])
        assert service.remove(int(record)) == Changes.of(kind, [cid])
    assert core.credit.set(cid, CreditInput(limit=Decimal("100"))) == Changes.of("credit", [cid])
    assert core.plans.set(cid, "2026-11", Decimal("500")) == Changes.of("plans", [cid])
    assert core.standing.set(cid, StandingInput(capability=3)) == Changes.of("standing", [cid])
    assert core.customers.update(cid, CustomerInput(name="华东医药公司")) == Changes.of(
        "customers", [cid]
    )
    assert core.customers.set_active(cid, False) == Changes.of("customers", [cid])
    assert core.rule_settings.set(core.rule_settings.get()) == Changes.everyone("thresholds")
    assert core.rule_settings.reset().all_customers
    assert core.settings.set("office_name", "华东办").kinds == {"settings"}
    assert not core.settings.set("office_name", "华东办").customer_ids  # no customer's records


def test_an_import_through_core_remembers_a_corrected_mapping_and_can_be_undone(
    core: Any, tmp_path: Path
) -> None:
    book = tmp_path / "book.csv"
    book.write_bytes((DATA / "gbk_contacts.csv").read_bytes())
    plan = core.imports.prepare(book)
    sheet = plan.sheets[0]
    notes_column = sheet.headers.index("备注")
    assert sheet.mapping.get(notes_column) != "title"
    corrected = {sheet.name: {**sheet.mapping, notes_column: "title"}}
    assert core.imports.remap(book, corrected).sheets[0].mapping[notes_column] == "title"
    again = core.imports.prepare(book)  # the same header next time: the user's mapping
    assert again.sheets[0].mapping[notes_column] == "title"
    assert (
        core.imports.prepare(book, remembered=False).sheets[0].mapping.get(notes_column) != "title"
    )

    preview = core.imports.preview(again)
    assert (
        preview.customers >= 1 and core.customers.count(CustomerFilter()) == 0
    )  # a dry run writes nothing
    imported = core.imports.apply(again)
    assert imported.summary.customers == preview.customers and imported.changes.all_customers
    found = core.imports.existing(core.imports.prepare(book))
    assert found and found[0].stored_name == found[0].name_in_file
    history = core.imports.history()
    assert [b.customers for b in history] == [preview.customers]
    assert core.imports.undo(history[0].id).all_customers
    assert core.customers.count(CustomerFilter()) == 0 and core.imports.history() == []


def test_an_export_through_core_holds_the_customers_asked_for(
    demo_core: Any, tmp_path: Path
) -> None:
    ids = demo_core.customers.search(CustomerFilter())[:3]
    target = tmp_path / "some.json"
    assert demo_core.exports.export(target, ids) == 3
    written = json.loads(target.read_text(encoding="utf-8"))
    assert len(written["customers"]) == 3


def test_analysis_and_reports_refuse_what_they_do_not_know(
    demo_core: Any, fixed_today: date
) -> None:
    from crm_desktop.core.analytics.filters import Filters, period
    from crm_desktop.core.services.customer_marks import CustomerMarks

    f = Filters(*period("last12", fixed_today), None, None, None, None)
    with pytest.raises(ValueError, match="unknown analysis view"):
        demo_core.analytics.view("horoscope", f, fixed_today, CustomerMarks())
    table = demo_core.analytics.view(
        "channel", f, fixed_today, CustomerMarks(), {"channel": {"retail": "零售"}}
    )
    labels = {row[1] for row in table.rows}
    assert "零售" in labels and "retail" not in labels
    retail = next(row[0] for row in table.rows if row[1] == "零售")
    ids = demo_core.analytics.drill("channel", retail, f, fixed_today, CustomerMarks())
    assert ids and all(demo_core.customers.get(i).channel == "retail" for i in ids)
    with pytest.raises(ValueError, match="unknown office report"):
        demo_core.reports.office("gossip", fixed_today)
    assert demo_core.reports.office("abc", fixed_today, "en").title
    few, every = (
        demo_core.reminders.today(fixed_today, "en", limit=2),
        demo_core.reminders.today(fixed_today, "en"),
    )
    assert len(every.follow_ups) > 2 and len(few.follow_ups) == 2
    assert few.total("follow_ups") == len(every.follow_ups)  # the totals still count them all

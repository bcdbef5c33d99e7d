"""Two clerks, one database (issue 14): a save made from a copy loaded before another PC's save
is refused with "changed by X at T — reload?" and writes nothing; never a silent overwrite.
Two Core instances on one SQLite file stand for the two PCs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.acting_operator import sign_in_as
from crm_desktop.core.errors import NotFound, StaleRecord
from crm_desktop.core.facade import open_core
from crm_desktop.core.services.dto import (
    ContactInput,
    CreditInput,
    CustomerInput,
    NoteInput,
    SaleInput,
)
from crm_desktop.core.services.standing import StandingInput


@pytest.fixture
def two(db_path: Path) -> Iterator[tuple[Any, Any]]:
    first, second = open_core(str(db_path)), open_core(str(db_path))
    yield first, second
    first.close()
    second.close()
    sign_in_as(None)


def test_the_second_save_of_a_customer_is_refused_and_names_the_first(two: Any) -> None:
    pc1, pc2 = two
    cid = pc1.customers.create(CustomerInput(name="石家庄大参林医药", region="华北"))
    mine, theirs = pc1.customers.get(cid), pc2.customers.get(cid)
    sign_in_as("李娜")
    theirs.region = "河北"
    pc2.customers.update(cid, theirs, version=theirs.version)
    sign_in_as("王建国")
    mine.phone = "01062345678"
    with pytest.raises(StaleRecord) as refused:
        pc1.customers.update(cid, mine, version=mine.version)
    assert refused.value.code == "stale_record"
    assert refused.value.params["by"] == "李娜"
    assert str(refused.value).startswith("changed by 李娜 at ")
    assert str(refused.value).endswith(" — reload?")
    now = pc1.customers.get(cid)
    assert (now.region, now.phone) == ("河北", None)  # theirs kept, mine not written
    assert now.version == mine.version + 1 and now.updated_by == "李娜"
    # After a reload the same change goes through.
    now.phone = "01062345678"
    pc1.customers.update(cid, now, version=now.version)
    assert pc2.customers.get(cid).phone == "01062345678"


def test_records_of_the_tabs_refuse_a_stale_save_and_removal(two: Any) -> None:
    pc1, pc2 = two
    cid = pc1.customers.create(CustomerInput(name="甲"))
    contact = pc1.contacts.add(cid, ContactInput(name="张伟"))
    loaded = pc1.contacts.list(cid)[0].version
    pc2.contacts.update(contact, ContactInput(name="张伟", title="经理"), version=loaded)
    with pytest.raises(StaleRecord):
        pc1.contacts.update(
            contact, ContactInput(name="张伟", mobile="13812345678"), version=loaded
        )
    with pytest.raises(StaleRecord):
        pc1.contacts.remove(contact, version=loaded)
    assert [(c.title, c.mobile) for c in pc1.contacts.list(cid)] == [("经理", None)]
    note = pc1.notes.add(cid, NoteInput(date=date(2026, 11, 2), summary="拜访"))
    pc2.notes.remove(note, version=1)
    with pytest.raises(NotFound):
        pc1.notes.update(note, NoteInput(date=date(2026, 11, 2), summary="改"), version=1)
    sale = pc1.sales.add(cid, SaleInput(date=date(2026, 11, 3), amount=Decimal("100")))
    version = pc1.sales.lines(cid)[0].version
    pc2.sales.update(
        sale, SaleInput(date=date(2026, 11, 3), amount=Decimal("200")), version=version
    )
    with pytest.raises(StaleRecord):
        pc1.sales.update(
            sale, SaleInput(date=date(2026, 11, 3), amount=Decimal("300")), version=version
        )
    assert pc1.sales.lines(cid)[0].amount == Decimal("200.00")


def test_credit_plans_and_standing_refuse_stale_saves(two: Any) -> None:
    pc1, pc2 = two
    cid = pc1.customers.create(CustomerInput(name="乙"))
    assert pc1.credit.get(cid).version == 0  # none granted yet
    pc2.credit.set(cid, CreditInput(limit=Decimal("50000")), version=0)
    with pytest.raises(StaleRecord):  # both saw no credit file; the second is refused
        pc1.credit.set(cid, CreditInput(limit=Decimal("80000")), version=0)
    assert pc1.credit.get(cid).limit == Decimal("50000.00")
    plan = next(m for m in pc1.plans.months(cid, date(2026, 11, 25)) if m.month == "2026-11")
    pc2.plans.set(cid, "2026-11", Decimal("20000"), version=plan.version)
    with pytest.raises(StaleRecord):
        pc1.plans.set(cid, "2026-11", Decimal("30000"), version=plan.version)
    standing = pc1.standing.get(cid, date(2026, 11, 25))
    pc2.customers.set_active(cid, False, version=standing.version)
    with pytest.raises(StaleRecord):
        pc1.standing.set(cid, StandingInput(lifecycle="loyal"), version=standing.version)
    assert pc1.standing.get(cid, date(2026, 11, 25)).lifecycle is None


def test_an_import_that_merges_into_a_customer_makes_an_open_form_stale(
    core: Any, tmp_path: Path
) -> None:
    from crm_desktop.core.importers.import_draft import build_draft

    data = Path(__file__).resolve().parents[1] / "data"
    cid = core.customers.create(CustomerInput(name="北京康泰医药有限公司"))
    loaded = core.customers.get(cid)
    core.imports.apply(build_draft(data / "messy_contacts.xlsx"))
    loaded.notes = "typed while the import ran"
    with pytest.raises(StaleRecord):
        core.customers.update(cid, loaded, version=loaded.version)

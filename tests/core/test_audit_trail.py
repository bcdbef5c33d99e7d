"""The audit trail (issue 14): every create, change, deactivation, merge, import and its undo
is recorded with who and when, field by field from → to; nothing can change or remove it."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.acting_operator import sign_in_as
from crm_desktop.core.services.dto import (
    ComplaintInput,
    ContactInput,
    CreditInput,
    CustomerInput,
    NoteInput,
    SaleInput,
)
from crm_desktop.core.services.licences import LicenceInput
from crm_desktop.core.services.standing import StandingInput

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


@pytest.fixture(autouse=True)
def _operator() -> Any:
    sign_in_as("王建国")
    yield
    sign_in_as(None)


def events(core: Any, customer_id: int) -> list[tuple[Any, ...]]:
    """(action, record, field, from, to) oldest first."""
    return [
        (e.action, e.record_kind, e.field, e.old_value, e.new_value)
        for e in reversed(core.audit.history(customer_id))
    ]


def test_creating_and_changing_a_customer_records_each_field_from_to(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="石家庄大参林医药", region="华北", tags=["GSP"]))
    detail = core.customers.get(cid)
    detail.region = "河北"
    detail.phone = "010-62345678"
    detail.tags = ["GSP", "重点"]
    core.customers.update(cid, detail, version=detail.version)
    assert events(core, cid) == [
        ("create", "customer", None, None, None),
        ("change", "customer", "region", "华北", "河北"),
        ("change", "customer", "phone", None, "01062345678"),
        ("change", "customer", "tags", "GSP", "GSP, 重点"),
    ]
    newest = core.audit.history(cid)[0]
    assert newest.actor == "王建国" and newest.at.tzinfo is not None
    assert newest.label == "石家庄大参林医药"


def test_a_save_that_changes_nothing_records_nothing(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    detail = core.customers.get(cid)
    core.customers.update(cid, detail, version=detail.version)
    assert [e[0] for e in events(core, cid)] == ["create"]


def test_deactivating_and_reactivating_are_recorded(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="乙"))
    core.customers.set_active(cid, False)
    core.customers.set_active(cid, True)
    assert events(core, cid)[1:] == [
        ("deactivate", "customer", "active", "yes", "no"),
        ("reactivate", "customer", "active", "no", "yes"),
    ]


def test_records_of_every_tab_are_recorded(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="丙"))
    contact = core.contacts.add(cid, ContactInput(name="张伟", mobile="13812345678"))
    core.contacts.update(contact, ContactInput(name="张伟", mobile="13900001111"))
    core.notes.add(cid, NoteInput(date=date(2026, 11, 2), summary="拜访"))
    sale = core.sales.add(cid, SaleInput(date=date(2026, 11, 3), amount=Decimal("1000")))
    core.sales.update(sale, SaleInput(date=date(2026, 11, 3), amount=Decimal("1200.5")))
    core.sales.remove(sale)
    core.complaints.add(cid, ComplaintInput(received=date(2026, 11, 4), category="质量"))
    core.licences.add(cid, LicenceInput(kind="gsp", number="A-1"))
    core.credit.set(cid, CreditInput(limit=Decimal("50000"), payment_days=30))
    core.credit.set(cid, CreditInput(limit=Decimal("80000"), payment_days=30))
    core.plans.set(cid, "2026-11", Decimal("20000"))
    core.plans.set(cid, "2026-11", Decimal("25000"))
    core.plans.set(cid, "2026-11", None)
    core.standing.set(cid, StandingInput(lifecycle="loyal", capability=4))
    got = events(core, cid)
    assert ("change", "contact", "mobile", "13812345678", "13900001111") in got
    assert ("create", "note", None, None, None) in got
    assert ("change", "sale", "amount", "1000.00", "1200.50") in got
    assert ("delete", "sale", None, None, None) in got
    assert ("create", "complaint", None, None, None) in got
    assert ("create", "licence", None, None, None) in got
    assert ("change", "credit", "limit", "50000.00", "80000.00") in got
    assert [e for e in got if e[1] == "plan"] == [
        ("create", "plan", "amount", None, "20000.00"),
        ("change", "plan", "amount", "20000.00", "25000.00"),
        ("delete", "plan", "amount", "25000.00", None),
    ]
    assert ("change", "customer", "lifecycle", None, "loyal") in got
    assert ("change", "customer", "eval_capability", None, "4") in got
    labels = {e.record_kind: e.label for e in core.audit.history(cid)}
    assert labels["contact"] == "张伟" and labels["plan"] == "2026-11"


def test_an_import_records_itself_and_each_customer_it_created_or_merged(core: Any) -> None:
    from crm_desktop.core.importers.import_draft import build_draft

    kept = core.customers.create(CustomerInput(name="北京康泰医药有限公司", region="东北"))
    result = core.imports.apply(build_draft(DATA / "messy_contacts.xlsx"))
    batch = result.summary.batch_id
    trail = list(core.audit.trail())
    of_import = [e for e in trail if e.import_id == batch]
    assert [(e.action, e.record_kind) for e in of_import[:1]] == [("import", "import")]
    assert of_import[0].label == "messy_contacts.xlsx"
    assert of_import[0].new_value == result.summary.line()
    created = [e for e in of_import if e.action == "import" and e.record_kind == "customer"]
    assert len(created) == result.summary.customers
    merged = [(e.field, e.old_value, e.new_value) for e in of_import if e.customer_id == kept]
    assert ("region", "东北", "华北") in merged or merged == [(None, None, None)]
    assert all(e.actor == "王建国" for e in of_import)
    # Undoing it is recorded too, and the created customers' history outlives them.
    core.imports.undo(batch)
    undone = [e for e in core.audit.trail() if e.action == "undo-import"]
    assert undone[0].record_kind == "import" and undone[0].import_id == batch
    assert {e.customer_id for e in undone[1:]} >= {e.customer_id for e in created}
    assert core.audit.history(created[0].customer_id)[0].action == "undo-import"


def test_the_database_refuses_to_change_or_remove_an_audit_row(core: Any, db_path: Path) -> None:
    core.customers.create(CustomerInput(name="丁"))
    con = sqlite3.connect(db_path)
    try:
        for sql in ("UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()
    assert [e.actor for e in core.audit.trail()] == ["王建国"]


def test_no_code_updates_or_deletes_audit_rows_and_no_service_offers_it() -> None:
    from crm_desktop.core.services.audit import AuditService

    offending = re.compile(
        r"(UPDATE|DELETE\s+FROM)\s+\"?audit_event|(update|delete)\(\s*(AUDIT_TABLE|AuditEvent)",
        re.IGNORECASE,
    )
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "crm_desktop").rglob("*.py")
        if "migrations" not in path.parts and offending.search(path.read_text("utf-8"))
    ]
    assert found == []
    public = {n for n in dir(AuditService) if not n.startswith("_")}
    assert public == {"history", "trail", "export_trail", "latest_id", "changes_since"}


def test_export_of_the_trail_to_xlsx_and_csv_with_filters(core: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    a = core.customers.create(CustomerInput(name="=cmd|'/c calc'!A1"))
    b = core.customers.create(CustomerInput(name="戊"))
    core.customers.set_active(b, False)
    assert core.audit.export_trail(tmp_path / "all.xlsx") == 3
    rows = list(load_workbook(tmp_path / "all.xlsx").active.iter_rows(values_only=True))
    assert rows[0][2] == "操作人 actor" and len(rows) == 4
    assert rows[1][7] == "'=cmd|'/c calc'!A1"  # a formula is text, never run
    assert core.audit.export_trail(tmp_path / "b.csv", customer_id=b) == 2
    text = (tmp_path / "b.csv").read_text("utf-8-sig")
    assert "deactivate" in text and "cmd" not in text
    today = date.today()
    assert core.audit.export_trail(tmp_path / "t.csv", start=today, end=today) == 3
    assert core.audit.export_trail(tmp_path / "y.csv", end=date(2000, 1, 1)) == 0
    from crm_desktop.core.errors import UnusableInput

    with pytest.raises(UnusableInput):
        core.audit.export_trail(tmp_path / "trail.json")
    assert a


def test_changes_since_says_which_customers_and_kinds_others_wrote(
    core: Any, db_path: Path
) -> None:
    from crm_desktop.core.facade import open_core

    other_pc = open_core(str(db_path))
    try:
        start = core.audit.latest_id()
        cid = other_pc.customers.create(CustomerInput(name="己"))
        other_pc.notes.add(cid, NoteInput(date=date(2026, 11, 2)))
        latest, changes = core.audit.changes_since(start)
        assert latest == core.audit.latest_id() > start
        assert changes.customer_ids == {cid} and changes.affects("customers", "notes")
        assert core.audit.changes_since(latest) == (latest, changes.__class__(frozenset()))
        # What this Core wrote itself its own window has redrawn already: not brought back.
        core.notes.add(cid, NoteInput(date=date(2026, 11, 3)))
        mine, nothing = core.audit.changes_since(latest)
        assert mine == core.audit.latest_id() > latest and not nothing
        # … but the other PC sees it.
        assert other_pc.audit.changes_since(latest)[1].customer_ids == {cid}
    finally:
        other_pc.close()


def test_migration_0007_keeps_every_row_up_and_down(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine
    from crm_desktop.core.facade import open_core

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0006_contact_gender")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO customer(id, name, name_key, kind, relation, channel, category, active,"
        " sort_key, search_initials, search_pinyin, search_digits, created_at, updated_at)"
        " VALUES (1, '甲', '甲', 'company', 'downstream', 'other', 'normal', 1, '甲', '', '', '',"
        " '2026-11-20 09:30:00', '2026-11-20 09:30:00')"
    )
    con.execute(
        "INSERT INTO contact(customer_id, name, birthday_lunar, left) VALUES (1, '乙', 0, 0)"
    )
    con.execute(
        "INSERT INTO sale(customer_id, date, amount, paid) VALUES (1, '2026-11-02', 100, 0)"
    )
    con.commit()
    con.close()
    engine = make_engine(str(path))
    migrate.upgrade(engine)
    engine.dispose()
    core = open_core(str(path))
    assert core.customers.get(1).version == 1  # rows before versions start at 1
    assert [c.version for c in core.contacts.list(1)] == [1]
    core.close()
    engine = make_engine(str(path))
    command.downgrade(migrate.alembic_config(engine), "0006_contact_gender")
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT name FROM contact").all() == [("乙",)]
        assert c.exec_driver_sql("SELECT COUNT(*) FROM sale").scalar() == 1
        assert "version" not in {r[1] for r in c.exec_driver_sql("PRAGMA table_info(customer)")}
    engine.dispose()

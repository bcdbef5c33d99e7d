"""Property-based hostile input (hypothesis): random cells and headers through the row reader,
random JSON structures through the interchange import, random values through the form
validators. Each ends in problems or a clear CrmError - never another exception - and a refused
write leaves the database as it was."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core.errors import CrmError, UnusableInput
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.headers import SYNONYMS
from crm_desktop.core.importers.import_draft import ImportDraft, _draft_sheet, build_draft
from crm_desktop.core.importers.readers import Sheet
from crm_desktop.core.services.dto import ContactInput, CustomerInput, SaleInput

FIXTURES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KNOWN_HEADERS = sorted({key for keys in SYNONYMS.values() for key in keys})
CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["13812345678", "+86 138 1234 5678", "1.38123E+10", "0/0/00", "=1+1"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)


def _rows(db: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(db)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, *r) for t in sorted(tables) for r in con.execute(f'SELECT * FROM "{t}"')]


@FIXTURES
@given(
    headers=st.lists(st.one_of(st.sampled_from(KNOWN_HEADERS), st.text(max_size=12)), max_size=8),
    body=st.lists(st.lists(CELLS, max_size=9), max_size=8),
)
def test_random_cells_through_the_row_reader(
    core: Any, headers: list[Any], body: list[Any]
) -> None:
    plan = ImportDraft(source=Path("random.xlsx"))
    _draft_sheet(plan, Sheet("Sheet1", [headers, *body]), True, None)
    for problem in plan.problems:
        assert problem.ref.startswith("Sheet1!") and "\n" not in problem.message
    summary = apply_draft(plan, core.engine)
    assert summary.line().startswith("imported customers=")


JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["2026-11-25", "--03-07", "2026-13", "13812345678", "wholesale", "批发"]),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
CUSTOMER_KEYS = [
    "name",
    "code",
    "kind",
    "channel",
    "phone",
    "tags",
    "contacts",
    "sales",
    "credit",
    "plans",
    "payments",
    "notes_log",
    "complaints",
    "licences",
    "evaluation",
    "active",
]
SUB_KEYS = ["name", "mobile", "date", "amount", "quantity", "month", "kind", "limit", "expires"]
RECORDS = st.dictionaries(st.sampled_from(SUB_KEYS), JSON_VALUES, max_size=5)
CUSTOMERS = st.dictionaries(
    st.sampled_from(CUSTOMER_KEYS),
    st.one_of(JSON_VALUES, st.lists(RECORDS, max_size=3), RECORDS),
    max_size=8,
)


@FIXTURES
@given(
    document=st.one_of(
        JSON_VALUES,
        st.builds(
            lambda customers, extra: {
                "format": "crm-desktop",
                "version": 1,
                "customers": customers,
                **extra,
            },
            st.lists(st.one_of(CUSTOMERS, JSON_VALUES), max_size=4),
            st.dictionaries(st.sampled_from(["version", "format", "x"]), JSON_VALUES, max_size=1),
        ),
    )
)
def test_random_json_through_the_restore(
    core: Any, db_path: Path, tmp_path_factory: Any, document: Any
) -> None:
    path = tmp_path_factory.mktemp("json") / "random.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = _rows(db_path)
    try:
        plan = build_draft(path)
    except UnusableInput as exc:
        assert "\n" not in str(exc)
        assert _rows(db_path) == before
        return
    summary = apply_draft(plan, core.engine)
    assert summary.line().startswith("imported customers=")


def _refused_or_written(db_path: Path, write: Any) -> None:
    before = _rows(db_path)
    try:
        write()
    except CrmError as exc:  # ValidationErrors, NeedsConfirmation: a clear message, no write
        assert str(exc)
        assert _rows(db_path) == before


TEXT = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(["<b>x</b>", "=1+1", "\x00"]))
DECIMALS = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1e30"), Decimal("-1e30"), Decimal("0.00001"), Decimal("-0")]),
)


@FIXTURES
@given(
    customer=st.builds(
        CustomerInput,
        name=st.text(max_size=40),
        code=TEXT,
        phone=TEXT,
        email=TEXT,
        notes=TEXT,
        owner=TEXT,
        region=TEXT,
        kind=st.one_of(st.sampled_from(["company", "person"]), st.text(max_size=8)),
        channel=st.one_of(st.sampled_from(["wholesale", "other"]), st.text(max_size=8)),
        lifecycle=st.one_of(st.none(), st.text(max_size=8)),
        tags=st.lists(st.text(max_size=10), max_size=3),
    ),
    contact=st.builds(
        ContactInput,
        name=st.text(max_size=20),
        mobile=TEXT,
        phone=TEXT,
        email=TEXT,
        birthday_month=st.one_of(st.none(), st.integers(-5, 20)),
        birthday_day=st.one_of(st.none(), st.integers(-5, 40)),
        role=st.one_of(st.none(), st.text(max_size=8)),
        gender=st.one_of(st.sampled_from(["male", "unknown"]), st.text(max_size=6)),
    ),
    sale=st.builds(
        SaleInput,
        date=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
        amount=st.decimals(allow_nan=True, allow_infinity=True),
        quantity=DECIMALS,
        unit_price=DECIMALS,
        cost=DECIMALS,
        paid=st.decimals(allow_nan=True, allow_infinity=True),
        product=TEXT,
    ),
)
def test_random_values_through_the_form_validators(
    core: Any, db_path: Path, customer: CustomerInput, contact: ContactInput, sale: SaleInput
) -> None:
    created: list[int] = []
    _refused_or_written(db_path, lambda: created.append(core.customers.create(customer)))
    cid = created[0] if created else core.customers.create(CustomerInput(name="表单客户"))
    _refused_or_written(db_path, lambda: core.contacts.add(cid, contact))
    _refused_or_written(db_path, lambda: core.sales.add(cid, sale, acknowledged=("*",)))


@pytest.mark.parametrize("cell", [1e26, float("inf"), float("nan"), "1e30", "-1000000000000"])
def test_an_amount_beyond_a_trillion_is_a_row_problem(cell: object) -> None:
    """Found by the row-reader property: 1e26 in an amount column raised from the rounding."""
    draft = ImportDraft(source=Path("big.xlsx"))
    _draft_sheet(draft, Sheet("Sheet1", [["客户名称", "金额"], ["甲公司", cell]]), True, None)
    assert any("not an amount" in p.message for p in draft.problems), draft.problems

"""The contract register: its checks, the ending-contract warning at its boundaries (renewals
answer it), the JSON round trip and the profile report."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.facade import open_core
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.reports import builders
from crm_desktop.core.services.contracts import ContractInput
from crm_desktop.core.services.dto import CustomerInput

D = Decimal
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "interchange.schema.json"
TODAY = date(2026, 11, 25)


def _customer(core: Any, name: str = "华东医药") -> int:
    return int(core.customers.create(CustomerInput(name=name)))


def _contract(number: str, ends: date | None, **more: Any) -> ContractInput:
    return ContractInput(number=number, signed_on=date(2025, 12, 1), ends_on=ends, **more)


def _warnings(core: Any, cid: int) -> list[tuple[str, str]]:
    return [
        (r.kind, r.message)
        for r in core.warnings.list(TODAY, kind="contract_expiring")
        if r.customer_id == cid
    ]


def test_a_contract_keeps_its_terms_and_clause_checklist(core: Any) -> None:
    cid = _customer(core)
    core.contracts.add(
        cid,
        _contract(
            "HT-2026-001",
            date(2026, 12, 31),
            amount=D("120000"),
            payment_terms="月结60天",
            delivery_terms="送货上门，运费我方",
            quality_terms="符合药典标准",
            clauses=["price", "product", "payment"],
        ),
    )
    (found,) = core.contracts.list(cid)
    assert found.clauses == ["product", "price", "payment"]  # the checklist's order
    assert found.missing_clauses[:3] == ["quantity", "quality", "packing"]
    assert (found.amount, found.payment_terms) == (D("120000.00"), "月结60天")


@pytest.mark.parametrize(
    "bad",
    [
        ContractInput(number=" "),
        ContractInput(number="A", signed_on=date(2026, 5, 1), ends_on=date(2026, 4, 30)),
        ContractInput(number="A", amount=D(-1)),
        ContractInput(number="A", clauses=["rebate"]),
    ],
)
def test_a_bad_contract_is_refused(core: Any, bad: ContractInput) -> None:
    cid = _customer(core)
    with pytest.raises(ValidationErrors):
        core.contracts.add(cid, bad)
    assert core.contracts.list(cid) == []


@pytest.mark.parametrize(("days_left", "warned"), [(-1, False), (0, True), (30, True), (31, False)])
def test_a_contract_ending_within_30_days_is_a_warning(
    core: Any, fixed_today: date, days_left: int, warned: bool
) -> None:
    cid = _customer(core)
    ends = TODAY + timedelta(days=days_left)
    core.contracts.add(cid, _contract("HT-1", ends))
    found = _warnings(core, cid)
    assert bool(found) is warned
    if warned:
        assert found[0][1] == (
            "contract HT-1 ends today (2026-11-25) and no later contract is recorded"
            if days_left == 0
            else f"contract HT-1 ends in {days_left} days ({ends})"
            " and no later contract is recorded"
        )


def test_a_renewal_answers_the_warning_and_the_window_is_a_setting(
    core: Any, fixed_today: date
) -> None:
    cid = _customer(core)
    core.contracts.add(cid, _contract("HT-1", TODAY + timedelta(days=10)))
    assert len(_warnings(core, cid)) == 1
    renewal = core.contracts.add(cid, _contract("HT-2", date(2027, 12, 31)))
    assert _warnings(core, cid) == []
    core.contracts.remove(renewal)
    rules = core.rule_settings.get()
    rules.contract_days = 5
    core.rule_settings.set(rules)
    assert _warnings(core, cid) == []
    # The office's warnings list carries it, with where to look.
    rules.contract_days = 30
    core.rule_settings.set(rules)
    rows = [r for r in core.warnings.list(TODAY) if r.customer_id == cid]
    assert [(r.kind, r.tab, r.details["number"]) for r in rows] == [
        ("contract_expiring", "contracts", "HT-1")
    ]


def test_contracts_round_trip_through_the_json_export(
    core: Any, fixed_today: date, template_db: Path, tmp_path: Path
) -> None:
    cid = _customer(core)
    core.contracts.add(
        cid,
        _contract(
            "HT-9",
            date(2027, 6, 30),
            amount=D("8800.50"),
            payment_terms="货到30天付款",
            clauses=["product", "quantity", "validity"],
            notes="总经销",
        ),
    )
    core.contracts.add(cid, ContractInput(number="HT-10"))
    first = tmp_path / "one.json"
    export_file(core.engine, first, fixed_today)
    jsonschema.validate(json.loads(first.read_text("utf-8")), json.loads(SCHEMA.read_text("utf-8")))
    document = json.loads(first.read_text("utf-8"), parse_float=Decimal)
    assert document["customers"][0]["contracts"] == [
        {
            "number": "HT-9",
            "signed_on": "2025-12-01",
            "ends_on": "2027-06-30",
            "amount": D("8800.50"),
            "payment_terms": "货到30天付款",
            "clauses": ["product", "quantity", "validity"],
            "notes": "总经销",
        },
        {"number": "HT-10"},
    ]
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(template_db, other)
    second = open_core(str(other))
    try:
        apply_draft(build_draft(first), second.engine)
        apply_draft(build_draft(first), second.engine)  # twice: nothing added
        export_file(second.engine, tmp_path / "two.json", fixed_today)
        assert (tmp_path / "two.json").read_text("utf-8") == first.read_text("utf-8")
    finally:
        second.close()


def test_the_profile_lists_contracts_with_the_clauses_they_lack(
    core: Any, fixed_today: date
) -> None:
    cid = _customer(core)
    every = ["product", "quantity", "price", "quality", "packing", "delivery", "acceptance"]
    every += ["payment", "liability", "dispute", "validity"]
    core.contracts.add(cid, _contract("HT-A", date(2026, 12, 10), clauses=every))
    core.contracts.add(cid, _contract("HT-B", date(2027, 3, 1), clauses=every[:-2]))
    chinese = builders.profile(core, [cid], TODAY).html()
    assert "购销合同" in chinese and "HT-A" in chinese and "齐全" in chinese
    assert "纠纷处理、签约时间、地点、生效期" in chinese
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "Dispute resolution" in english and "all present" in english

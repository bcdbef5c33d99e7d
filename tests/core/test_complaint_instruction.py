"""Seed 003's complaint handling (由专人负责 … 进行相关调查，再由有关领导批示处理意见，最后通知客户
处理结果) and seed 004's 投诉渠道: the leader's instruction as a step of its own between the
investigation and the handling, who gave it, the person responsible and how it came in — in
the service, the printed profile, the JSON round trip and the workbook."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openpyxl import load_workbook

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.reports import builders
from crm_desktop.core.services.dto import ComplaintInput, CustomerFilter, CustomerInput
from crm_desktop.core.vocabulary import COMPLAINT_STATUS

TODAY = date(2026, 11, 25)
DATA = Path(__file__).resolve().parents[1] / "data"


def instructed(**more: Any) -> ComplaintInput:
    values: dict[str, Any] = {
        "received": date(2026, 11, 2),
        "category": "质量",
        "status": "instructed",
        "handler": "王敏",
        "instructed_by": "李总",
        "instruction": "换货并上门致歉",
        "received_via": "phone",
    }
    return ComplaintInput(**{**values, **more})


def test_the_instruction_step_sits_between_investigating_and_handling() -> None:
    keys = list(COMPLAINT_STATUS.keys)
    assert keys.index("investigating") + 1 == keys.index("instructed")
    assert keys.index("instructed") + 1 == keys.index("handling")
    # Every status stored before the step keeps its key: no migration maps one away.
    assert {"received", "investigating", "handling", "answered", "closed"} <= set(keys)


def test_an_instructed_complaint_keeps_who_said_what(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    core.complaints.add(cid, instructed())
    (made,) = core.complaints.list(cid)
    assert (made.status, made.instructed_by, made.instruction, made.handler) == (
        "instructed",
        "李总",
        "换货并上门致歉",
        "王敏",
    )
    assert made.received_via == "phone"


@pytest.mark.parametrize(
    "more",
    [
        {"instruction": None},  # the step without its text
        {"instruction": "  "},
        {"status": "investigating"},  # an instruction before the investigation is done
        {"status": "received", "instruction": None},  # a leader named, nothing said, too early
        {"received_via": "fax"},
    ],
)
def test_what_the_step_refuses(core: Any, more: dict[str, Any]) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    with pytest.raises(ValidationErrors):
        core.complaints.add(cid, instructed(**more))
    assert core.complaints.list(cid) == []


def test_after_the_step_the_instruction_stays_and_before_it_none_is_needed(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    for status in ("handling", "answered", "closed"):
        core.complaints.add(cid, instructed(status=status, answered_on=date(2026, 11, 9)))
    core.complaints.add(
        cid, ComplaintInput(received=date(2026, 11, 3), status="investigating", handler="王敏")
    )
    assert [c.status for c in core.complaints.list(cid)] == [
        "handling",
        "answered",
        "closed",
        "investigating",
    ]


def test_the_profile_prints_the_step_the_handler_and_the_source(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    core.complaints.add(cid, instructed())
    html = builders.profile(core, [cid], TODAY).html()
    assert "已批示" in html and "李总：换货并上门致歉" in html
    assert "王敏" in html and "电话" in html and "领导批示" in html


def test_the_step_round_trips_through_json_within_the_contract(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.facade import open_core

    cid = core.customers.create(CustomerInput(name="甲"))
    core.complaints.add(cid, instructed())
    core.complaints.add(
        cid, ComplaintInput(received=date(2026, 11, 3), status="investigating", received_via="mail")
    )
    core.complaints.add(
        cid, instructed(received=date(2026, 11, 4), status="handling", received_via="online")
    )
    export_file(core.engine, tmp_path / "out.json", TODAY)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    written = document["customers"][0]["complaints"]
    # The contract's five statuses: "instructed" goes out as "investigating" with its words.
    assert [(c["status"], c.get("instruction")) for c in written] == [
        ("investigating", "换货并上门致歉"),
        ("investigating", None),
        ("handling", "换货并上门致歉"),
    ]
    assert (written[0]["instructed_by"], written[0]["handler"]) == ("李总", "王敏")
    assert [c["received_via"] for c in written] == ["phone", "mail", "online"]
    jsonschema.validate(
        document, json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))
    )
    shutil.copy(template_db, tmp_path / "empty.sqlite3")
    other = open_core(str(tmp_path / "empty.sqlite3"))
    try:
        assert not apply_draft(build_draft(tmp_path / "out.json"), other.engine).problems
        (back,) = other.customers.search(CustomerFilter())
        assert [c.status for c in other.complaints.list(back)] == [
            "instructed",
            "investigating",
            "handling",
        ]
        export_file(other.engine, tmp_path / "again.json", TODAY)
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        assert again["customers"][0]["complaints"] == written
        written[1]["received_via"] = "fax"
        (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
        problems = apply_draft(build_draft(tmp_path / "bad.json"), other.engine).problems
        assert len(problems) == 1 and "fax" in problems[0].message
    finally:
        other.engine.dispose()


def test_the_workbook_shows_the_step_in_its_own_words(core: Any, tmp_path: Path) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    core.complaints.add(cid, instructed())
    export_file(core.engine, tmp_path / "out.xlsx", TODAY)
    sheet = load_workbook(tmp_path / "out.xlsx", read_only=True)["投诉"]
    header, row = (list(r) for r in sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    cells = dict(zip(header, row, strict=True))
    assert (cells["状态"], cells["投诉渠道"], cells["负责人"]) == ("已批示", "电话", "王敏")
    assert (cells["批示领导"], cells["领导批示"]) == ("李总", "换货并上门致歉")

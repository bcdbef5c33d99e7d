"""Where customers came from (a referral names its customer; counts per referrer) and the key
people's organisation chart (reports-to without circles, decision styles)."""

from __future__ import annotations

import json
import shutil
from datetime import date
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
from crm_desktop.core.services.dto import ContactInput, CustomerInput
from crm_desktop.core.services.people import OriginInput

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "interchange.schema.json"
TODAY = date(2026, 11, 25)


def _customer(core: Any, name: str) -> int:
    return int(core.customers.create(CustomerInput(name=name)))


def test_a_referral_names_its_customer_and_counts_for_it(core: Any) -> None:
    old = _customer(core, "北京老客户医药")
    first, second = _customer(core, "天津新医药"), _customer(core, "河北新药房")
    changes = core.people.set_origin(first, OriginInput("referral", old, "王总介绍"))
    assert changes.touches(old) and changes.touches(first) and changes.affects("people")
    core.people.set_origin(second, OriginInput("referral", old))
    origin = core.people.origin(first)
    assert (origin.source, origin.referred_by, origin.note) == (
        "referral",
        "北京老客户医药",
        "王总介绍",
    )
    assert [name for _id, name in core.people.origin(old).referrals] == ["河北新药房", "天津新医药"]
    assert len(core.people.origin(old).referrals) == 2
    # Another source names nobody: the count falls, and the old referrer hears of it.
    moved = core.people.set_origin(second, OriginInput("exhibition", old))
    assert moved.touches(old)
    assert core.people.origin(second).referred_by_id is None
    assert [name for _id, name in core.people.origin(old).referrals] == ["天津新医药"]


@pytest.mark.parametrize(
    "bad", [OriginInput("referral", None), OriginInput("magazine"), OriginInput("referral", -1)]
)
def test_a_bad_origin_is_refused(core: Any, bad: OriginInput) -> None:
    cid = _customer(core, "甲医药")
    if bad.referred_by_id == -1:
        bad.referred_by_id = cid  # itself
    with pytest.raises(ValidationErrors):
        core.people.set_origin(cid, bad)
    assert core.people.origin(cid).source is None


def test_the_org_chart_is_a_tree_without_circles(core: Any) -> None:
    cid = _customer(core, "华北医药")
    boss = int(core.contacts.add(cid, ContactInput(name="张总", title="总经理")))
    buyer = int(core.contacts.add(cid, ContactInput(name="李采购", title="采购经理")))
    clerk = int(core.contacts.add(cid, ContactInput(name="王文员")))
    other = int(core.contacts.add(_customer(core, "别家"), ContactInput(name="赵")))
    core.people.set_key_person(boss, None, "leader")
    core.people.set_key_person(buyer, boss, "checker")
    core.people.set_key_person(clerk, buyer, None)
    (top,) = core.people.org_chart(cid)
    assert (top.name, top.decision_style) == ("张总", "leader")
    (middle,) = top.reports
    assert (middle.name, middle.decision_style, [r.name for r in middle.reports]) == (
        "李采购",
        "checker",
        ["王文员"],
    )
    for reports_to, code in ((clerk, "circle"), (boss, "self"), (other, "other_customer")):
        with pytest.raises(ValidationErrors) as refused:
            core.people.set_key_person(boss, reports_to, "leader")
        assert refused.value.errors[0].code == code
    with pytest.raises(ValidationErrors):
        core.people.set_key_person(buyer, boss, "dictator")
    # The boss leaves the records: who reported to them is at the top now.
    core.contacts.remove(boss)
    assert [n.name for n in core.people.org_chart(cid)] == ["李采购"]


def test_origin_and_chart_round_trip_through_json_and_show_in_the_profile(
    core: Any, template_db: Path, tmp_path: Path
) -> None:
    # The referred customer comes first in the file: its referrer is written after it.
    new = _customer(core, "天津新医药")
    old = int(core.customers.create(CustomerInput(name="北京老客户医药", code="C-OLD")))
    core.people.set_origin(new, OriginInput("referral", old, "展会上认识"))
    core.people.set_origin(old, OriginInput("exhibition"))
    boss = int(core.contacts.add(new, ContactInput(name="张总", title="总经理")))
    buyer = int(core.contacts.add(new, ContactInput(name="李采购", title="采购经理")))
    core.people.set_key_person(boss, None, "leader")
    core.people.set_key_person(buyer, boss, "follower")
    first = tmp_path / "one.json"
    export_file(core.engine, first, TODAY)
    jsonschema.validate(json.loads(first.read_text("utf-8")), json.loads(SCHEMA.read_text("utf-8")))
    by_name = {c["name"]: c for c in json.loads(first.read_text("utf-8"))["customers"]}
    assert by_name["天津新医药"]["origin"] == {
        "source": "referral",
        "referred_by": "北京老客户医药",
        "referred_by_code": "C-OLD",
        "note": "展会上认识",
    }
    assert by_name["天津新医药"]["key_people"] == [
        {"contact": "张总", "decision_style": "leader"},
        {"contact": "李采购", "reports_to": "张总", "decision_style": "follower"},
    ]
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(template_db, other)
    second = open_core(str(other))
    try:
        summary = apply_draft(build_draft(first), second.engine)
        assert summary.problems == []
        assert apply_draft(build_draft(first), second.engine).problems == []
        export_file(second.engine, tmp_path / "two.json", TODAY)
        assert (tmp_path / "two.json").read_text("utf-8") == first.read_text("utf-8")
    finally:
        second.close()
    chinese = builders.profile(core, [new, old], TODAY).html()
    assert "老客户介绍 · 北京老客户医药" in chinese
    assert "介绍的新客户" in chinese and "关键人（组织结构）" in chinese
    assert "└ 李采购" in chinese and "跟随型" in chinese

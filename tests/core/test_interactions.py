"""Seed 004's interaction record (互动记录: 咨询、投诉、建议), its 兴趣爱好 / 购买偏好 on a
contact and 购买记录's 购买渠道 on a sale, with seed 003's 有目的地拜访 (a visit's objective): in
the services, the printed profile, the JSON round trip (within the contract's note kinds)
and the workbook."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
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
from crm_desktop.core.services.dto import (
    ContactInput,
    CustomerFilter,
    CustomerInput,
    NoteInput,
    SaleInput,
)

TODAY = date(2026, 11, 25)
DATA = Path(__file__).resolve().parents[1] / "data"


def office(core: Any) -> int:
    cid = core.customers.create(CustomerInput(name="甲"))
    core.contacts.add(
        cid, ContactInput(name="张伟", hobbies="钓鱼、围棋", preferences="只喝龙井；周一不见客")
    )
    core.notes.add(
        cid, NoteInput(date=date(2026, 11, 2), kind="visit", objective="谈年度返利", summary="谈妥")
    )
    core.notes.add(cid, NoteInput(date=date(2026, 11, 3), kind="enquiry", summary="问新品价格"))
    core.notes.add(cid, NoteInput(date=date(2026, 11, 4), kind="suggestion", summary="改小包装"))
    core.notes.add(cid, NoteInput(date=date(2026, 11, 9), kind="event", objective="探望"))
    for day, channel in ((5, "direct"), (6, "dealer"), (7, "direct"), (8, None)):
        core.sales.add(
            cid, SaleInput(date=date(2026, 11, day), amount=Decimal(100), channel=channel)
        )
    return cid


def test_what_the_services_keep(core: Any) -> None:
    cid = office(core)
    (contact,) = core.contacts.list(cid)
    assert (contact.hobbies, contact.preferences) == ("钓鱼、围棋", "只喝龙井；周一不见客")
    assert [(n.kind, n.objective) for n in core.notes.list(cid)] == [
        ("visit", "谈年度返利"),
        ("enquiry", None),
        ("suggestion", None),
        ("event", "探望"),  # any note may say what it was for; a visit must (its form)
    ]
    assert [s.channel for s in core.sales.lines(cid)] == ["direct", "dealer", "direct", None]
    line = core.sales.lines(cid)[1]
    assert core.sales.get_input(line.id).channel == "dealer"


@pytest.mark.parametrize("channel", ["wholesale", "", "Direct"])
def test_a_channel_outside_the_list_is_refused(core: Any, channel: str) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    with pytest.raises(ValidationErrors):
        core.sales.add(cid, SaleInput(date=TODAY, amount=Decimal(1), channel=channel))
    assert core.sales.lines(cid) == []


def test_the_profile_prints_them(core: Any) -> None:
    cid = office(core)
    html = builders.profile(core, [cid], TODAY).html()
    assert "钓鱼、围棋" in html and "只喝龙井；周一不见客" in html and "兴趣爱好" in html
    assert "谈年度返利" in html and "拜访目的" in html
    assert "咨询" in html and "建议" in html
    # Lines without a channel are left out; the vocabulary's order, not the count's.
    assert "购买渠道：直销 2 笔，经销商 1 笔" in html
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "Bought through: Direct sale × 2, Through a dealer × 1" in english
    assert "Enquiry" in english and "Suggestion" in english


def test_they_round_trip_through_json_within_the_contract(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.facade import open_core

    office(core)
    export_file(core.engine, tmp_path / "out.json", TODAY)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    customer = document["customers"][0]
    notes = customer["notes_log"]
    # The contract's five kinds: an enquiry or a suggestion goes out as "other".
    assert [(n["kind"], n.get("interaction"), n.get("objective")) for n in notes] == [
        ("visit", None, "谈年度返利"),
        ("other", "enquiry", None),
        ("other", "suggestion", None),
        ("other", None, "探望"),  # a major event, its objective kept too
    ]
    assert [s.get("channel") for s in customer["sales"]] == ["direct", "dealer", "direct", None]
    assert customer["contacts"][0]["hobbies"] == "钓鱼、围棋"
    jsonschema.validate(
        document, json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))
    )
    shutil.copy(template_db, tmp_path / "empty.sqlite3")
    other = open_core(str(tmp_path / "empty.sqlite3"))
    try:
        assert not apply_draft(build_draft(tmp_path / "out.json"), other.engine).problems
        (back,) = other.customers.search(CustomerFilter())
        assert [n.kind for n in other.notes.list(back)] == [
            "visit",
            "enquiry",
            "suggestion",
            "event",
        ]
        export_file(other.engine, tmp_path / "again.json", TODAY)
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["customers"][0]
        for key in ("notes_log", "sales", "contacts"):
            assert again[key] == customer[key]
        # The same file again adds nothing: every field, the new ones too, matches.
        summary = apply_draft(build_draft(tmp_path / "out.json"), other.engine)
        assert (summary.sales, summary.contacts) == (0, 0)
        assert len(other.notes.list(back)) == 4
        # A later file tells what the contact likes: the stored contact is updated.
        customer["contacts"][0]["hobbies"] = "登山"
        notes[1]["interaction"] = "praise"
        (tmp_path / "later.json").write_text(json.dumps(document), encoding="utf-8")
        problems = apply_draft(build_draft(tmp_path / "later.json"), other.engine).problems
        assert len(problems) == 1 and "praise" in problems[0].message
        assert [c.hobbies for c in other.contacts.list(back)] == ["登山"]
    finally:
        other.engine.dispose()


def test_the_workbook_says_enquiry_and_the_channel(core: Any, tmp_path: Path) -> None:
    office(core)
    export_file(core.engine, tmp_path / "out.xlsx", TODAY)
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)

    def rows(name: str) -> list[dict[str, Any]]:
        header, *body = book[name].iter_rows(values_only=True)
        return [dict(zip(header, (*r, *[None] * len(header)), strict=False)) for r in body]

    assert [(r["方式"], r["拜访目的"]) for r in rows("客情记录")] == [
        ("拜访", "谈年度返利"),
        ("咨询", None),
        ("建议", None),
        ("其他", "探望"),
    ]
    assert [r["购买渠道"] for r in rows("销售记录")] == ["直销", "经销商", "直销", None]
    assert rows("联系人")[0]["兴趣爱好"] == "钓鱼、围棋"

"""Sales opportunities: stage moves, the funnel's conversion, the weighted forecast, the won
opportunity's sales line, and their next steps among the day's follow-ups."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crm_desktop.core.errors import NeedsConfirmation, ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.facade import open_core
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.rules import pipeline
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.services.dto import CreditInput, CustomerInput
from crm_desktop.core.services.opportunities import OpportunityInput

D = Decimal
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "interchange.schema.json"


def _customer(core: Any, name: str = "华东医药") -> int:
    return int(core.customers.create(CustomerInput(name=name)))


def test_losing_needs_a_reason_and_remembers_the_stage_it_was_lost_from(
    core: Any, fixed_today: date
) -> None:
    cid = _customer(core)
    oid = core.opportunities.add(cid, OpportunityInput(product="阿莫西林", amount=D("50000")))
    core.opportunities.move(oid, "proposal")
    with pytest.raises(ValidationErrors) as refused:
        core.opportunities.move(oid, "lost", "  ")
    assert refused.value.errors[0].code == "required"
    assert core.opportunities.list(cid)[0].stage == "proposal"  # nothing changed
    changes = core.opportunities.move(oid, "lost", "价格高于竞品")
    assert changes.affects("opportunities") and changes.touches(cid)
    lost = core.opportunities.list(cid)[0]
    assert (lost.stage, lost.lost_from, lost.lost_reason, lost.closed_on) == (
        "lost",
        "proposal",
        "价格高于竞品",
        fixed_today,
    )
    core.opportunities.move(oid, "negotiation")  # the customer came back
    back = core.opportunities.list(cid)[0]
    assert (back.stage, back.lost_from, back.lost_reason, back.closed_on) == (
        "negotiation",
        None,
        None,
        None,
    )


def test_a_new_opportunity_recorded_as_lost_needs_its_reason_too(core: Any) -> None:
    cid = _customer(core)
    with pytest.raises(ValidationErrors):
        core.opportunities.add(cid, OpportunityInput(amount=D(1), stage="lost"))
    with pytest.raises(ValidationErrors):
        core.opportunities.add(cid, OpportunityInput(amount=D(-1)))
    assert core.opportunities.list(cid) == []


def test_move_rules_at_their_edges() -> None:
    day = date(2026, 11, 25)
    assert pipeline.move(pipeline.WON, "lost", "退货", day).lost_from == "negotiation"
    assert pipeline.move(None, "lost", "不需要", day).lost_from == "lead"
    # Moving to the stage it is at keeps the day it closed.
    kept = pipeline.move("won", "won", None, day, closed_on=date(2026, 10, 1))
    assert kept.closed_on == date(2026, 10, 1)
    with pytest.raises(ValidationErrors):
        pipeline.move("lead", "signed", None, day)
    with pytest.raises(ValidationErrors) as recorded:
        pipeline.move("won", "negotiation", None, day, sale_recorded=True)
    assert recorded.value.errors[0].code == "sale_recorded"


def test_funnel_counts_how_far_each_opportunity_got() -> None:
    rows = [
        ("lead", None),
        ("lead", None),
        ("qualified", None),
        ("proposal", None),
        ("lost", "qualified"),  # reached qualified, not proposal
        ("won", None),  # reached every step
    ]
    found = pipeline.funnel(rows)
    reached = {s.stage: s.reached for s in found.steps}
    assert reached == {"lead": 6, "qualified": 4, "proposal": 2, "negotiation": 1, "won": 1}
    conversion = {s.stage: s.conversion for s in found.steps}
    assert conversion["lead"] == D(4) / D(6)
    assert conversion["qualified"] == D("0.5")
    assert conversion["negotiation"] == D(1)
    assert conversion["won"] is None
    assert found.win_rate == D("0.5") and found.lost == 1
    assert {s.stage: s.now for s in found.steps}["lead"] == 2
    empty = pipeline.funnel([])
    assert empty.win_rate is None and all(s.conversion is None for s in empty.steps)


def test_weighted_forecast_by_month_of_the_expected_close() -> None:
    today = date(2026, 11, 25)
    chances = Thresholds().stage_probability
    rows = [
        ("lead", D("10000"), date(2026, 12, 3)),  # 10 %
        ("negotiation", D("20000"), date(2026, 12, 31)),  # 75 %
        ("proposal", D("3333.33"), date(2026, 10, 2)),  # overdue: still expected, this month
        ("won", D("99999"), date(2026, 12, 1)),  # decided: not forecast
        ("qualified", D("8000"), None),  # no date: counted apart
    ]
    forecast = pipeline.weighted_forecast(rows, today, chances)
    assert [(m.month, m.count, m.amount, m.weighted) for m in forecast.months] == [
        ("2026-11", 1, D("3333.33"), D("1666.67")),  # 1,666.665 rounds half up
        ("2026-12", 2, D("30000"), D("16000.00")),
    ]
    assert (forecast.undated, forecast.undated_amount) == (1, D("8000"))


def test_stage_chances_are_the_offices_and_checked(core: Any, fixed_today: date) -> None:
    cid = _customer(core)
    oid = core.opportunities.add(
        cid,
        OpportunityInput(amount=D("10000"), stage="proposal", expected_close=date(2026, 12, 5)),
    )
    assert core.opportunities.pipeline().forecast.months[0].weighted == D("5000.00")
    rules = core.rule_settings.get()
    rules.stage_probability = {**rules.stage_probability, "proposal": 40}
    core.rule_settings.set(rules)
    found = core.opportunities.pipeline()
    assert found.forecast.months[0].weighted == D("4000.00")
    assert found.chances["proposal"] == 40
    assert [c.id for c in found.cards["proposal"]] == [oid]
    rules.stage_probability = {**rules.stage_probability, "lead": 90}  # above qualified's
    with pytest.raises(ValidationErrors):
        core.rule_settings.set(rules)


def test_a_won_opportunity_records_its_sales_line_once(core: Any, fixed_today: date) -> None:
    cid = _customer(core)
    oid = core.opportunities.add(
        cid, OpportunityInput(product="头孢克肟", amount=D("12000.50"), stage="negotiation")
    )
    with pytest.raises(ValidationErrors) as early:
        core.opportunities.record_sale(oid)
    assert early.value.errors[0].code == "not_won"
    core.opportunities.move(oid, "won")
    created = core.opportunities.record_sale(oid)
    assert created.changes.affects("sales", "opportunities")
    line = core.sales.lines(cid)[-1]
    assert (line.id, line.date, line.product, line.amount) == (
        int(created),
        fixed_today,
        "头孢克肟",
        D("12000.50"),
    )
    with pytest.raises(ValidationErrors) as twice:
        core.opportunities.record_sale(oid)
    assert twice.value.errors[0].code == "sale_recorded"
    with pytest.raises(ValidationErrors):  # its line is recorded: it stays won
        core.opportunities.move(oid, "negotiation")
    core.sales.remove(int(created))
    assert core.opportunities.list(cid)[0].sale_id is None
    core.opportunities.move(oid, "negotiation")


def test_the_sales_line_asks_before_going_over_the_credit_limit(
    core: Any, fixed_today: date
) -> None:
    cid = _customer(core)
    core.credit.set(cid, CreditInput(limit=D("5000"), payment_days=30))
    oid = core.opportunities.add(cid, OpportunityInput(amount=D("8000"), stage="won"))
    with pytest.raises(NeedsConfirmation):
        core.opportunities.record_sale(oid)
    assert core.sales.lines(cid) == []
    core.opportunities.record_sale(oid, acknowledged={"credit_over_limit"})
    assert len(core.sales.lines(cid)) == 1


def test_next_steps_of_open_opportunities_join_the_follow_ups(core: Any, fixed_today: date) -> None:
    cid = _customer(core, "苏州医药")
    core.opportunities.add(
        cid,
        OpportunityInput(amount=D(1), next_step="送样品", next_step_on=date(2026, 11, 24)),
    )
    core.opportunities.add(  # closed: its step is no longer due
        cid,
        OpportunityInput(
            amount=D(1), stage="lost", lost_reason="预算取消", next_step_on=date(2026, 11, 1)
        ),
    )
    core.opportunities.add(  # tomorrow: not yet
        cid, OpportunityInput(amount=D(1), next_step="报价", next_step_on=date(2026, 11, 26))
    )
    found = core.reminders.today(fixed_today)
    steps = [f for f in found.follow_ups if f.opportunity]
    assert [(f.customer, f.due, f.summary) for f in steps] == [
        ("苏州医药", date(2026, 11, 24), "送样品")
    ]
    assert core.reminders.today(fixed_today, limit=5).total("follow_ups") == len(found.follow_ups)


def test_opportunities_round_trip_through_the_json_export(
    core: Any, fixed_today: date, template_db: Path, tmp_path: Path
) -> None:
    cid = _customer(core)
    won = core.opportunities.add(
        cid, OpportunityInput(product="布洛芬", amount=D("8800.80"), stage="won")
    )
    core.opportunities.record_sale(won)
    core.opportunities.add(
        cid,
        OpportunityInput(
            product="阿莫西林",
            amount=D("1200"),
            expected_close=date(2027, 1, 15),
            stage="negotiation",
            next_step="再次报价",
            next_step_on=date(2026, 12, 1),
            notes="竞品价格低5%",
        ),
    )
    lost = core.opportunities.add(cid, OpportunityInput(amount=D("300"), stage="qualified"))
    core.opportunities.move(lost, "lost", "预算取消")
    first = tmp_path / "one.json"
    export_file(core.engine, first, fixed_today)
    document = json.loads(first.read_text(encoding="utf-8"), parse_float=Decimal)
    jsonschema.validate(
        json.loads(first.read_text(encoding="utf-8")),
        json.loads(SCHEMA.read_text(encoding="utf-8")),
    )
    found = document["customers"][0]["opportunities"]
    assert found[0] == {
        "product": "布洛芬",
        "amount": D("8800.80"),
        "stage": "won",
        "closed_on": "2026-11-25",
        "sale_date": "2026-11-25",
    }
    assert (found[1]["next_step"], found[1]["next_step_on"]) == ("再次报价", "2026-12-01")
    assert (found[2]["lost_from"], found[2]["lost_reason"]) == ("qualified", "预算取消")
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(template_db, other)
    second = open_core(str(other))
    try:
        apply_draft(build_draft(first), second.engine)
        again = apply_draft(build_draft(first), second.engine)  # the same file twice: no change
        assert again.problems == []
        export_file(second.engine, tmp_path / "two.json", fixed_today)
        assert (tmp_path / "two.json").read_text("utf-8") == first.read_text("utf-8")
        (copied_won,) = [
            o for o in second.opportunities.list(_only_customer(second)) if o.stage == "won"
        ]
        assert copied_won.sale_id is not None  # linked again to its sales line
    finally:
        second.close()


def test_a_bad_opportunity_in_a_json_file_is_a_problem_and_the_rest_imports(
    core: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "format": "crm-desktop",
                "version": 1,
                "customers": [
                    {
                        "name": "杭州医药",
                        "opportunities": [
                            {"stage": "lost", "amount": 5},
                            {"stage": "signed"},
                            {"product": "维C", "amount": 99.5, "stage": "proposal"},
                        ],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    summary = apply_draft(build_draft(path), core.engine)
    assert [p.message for p in summary.problems] == [
        "a lost opportunity needs its lost_reason; skipped",
        "stage 'signed' is not one of lead, qualified, proposal, negotiation, won, lost; skipped",
    ]
    (kept,) = core.opportunities.list(_only_customer(core))
    assert (kept.product, kept.amount, kept.stage) == ("维C", D("99.50"), "proposal")


def _only_customer(core: Any) -> int:
    with core.engine.connect() as con:
        return int(con.exec_driver_sql("SELECT id FROM customer").scalar_one())


def test_the_profile_lists_open_and_recently_closed_opportunities(
    core: Any, fixed_today: date
) -> None:
    from crm_desktop.core.models import Opportunity
    from crm_desktop.core.reports import builders

    cid = _customer(core)
    core.opportunities.add(
        cid,
        OpportunityInput(
            product="阿莫西林",
            amount=D("45000"),
            stage="proposal",
            expected_close=date(2026, 12, 20),
            next_step="提交方案",
            next_step_on=date(2026, 11, 30),
        ),
    )
    core.opportunities.add(
        cid, OpportunityInput(product="布洛芬", amount=D(1), stage="lost", lost_reason="价格")
    )
    old = core.opportunities.add(cid, OpportunityInput(product="维生素", amount=D(1), stage="won"))
    with core.engine.begin() as con:  # closed more than a year ago: no longer printed
        con.execute(
            Opportunity.__table__.update()
            .where(Opportunity.__table__.c.id == int(old))
            .values(closed_on=date(2025, 11, 1))
        )
    chinese = builders.profile(core, [cid], fixed_today).html()
    assert "销售机会" in chinese and "方案报价" in chinese and "45,000.00" in chinese
    assert "50%" in chinese and "2026-11-30 提交方案" in chinese
    assert "丢单 (价格)" in chinese and "维生素" not in chinese
    english = builders.profile(core, [cid], fixed_today, language="en").html()
    assert "Sales opportunities" in english and "Proposal" in english

"""The demo office follows the seeds' criteria: every designation it stores is what the rules
compute from its sales and records, never a throw of the dice (issue 21)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crm_desktop.core.demo import GIVEN, generate
from crm_desktop.core.rules.designations import SPECIAL_SUPPLY_TAG, special_supply_eligible
from crm_desktop.core.services.customer_marks import CustomerMarks


@pytest.mark.parametrize(
    ("channel", "abc", "stage", "reputation", "eligible"),
    [
        ("retail", "A", "loyal", 4, True),  # every boundary met exactly
        ("medical", "AAA", "loyal", 5, True),
        ("retail", "B+", "loyal", 5, False),  # the class just below A
        ("chain", "AAA", "loyal", 5, False),  # not a retail or medical customer
        ("wholesale", "A", "loyal", 5, False),
        ("retail", "AA", "welcome", 5, False),  # not (yet) loyal
        ("retail", "AA", "decline", 5, False),
        ("medical", "A", "loyal", 3, False),  # reputation just below high
        ("medical", "A", "loyal", None, False),  # reputation not scored
        ("retail", None, "loyal", 5, False),  # no class (no sales in the window)
    ],
)
def test_special_supply_plaque_criteria(
    channel: str, abc: str | None, stage: str, reputation: int | None, eligible: bool
) -> None:
    assert special_supply_eligible(channel, abc, stage, reputation) is eligible


def _office(core: Any, today: date) -> tuple[CustomerMarks, dict[int, Any]]:
    snapshot = core.warnings.snapshot(today)
    marks = snapshot.marks()
    snapshot.close()
    with core.engine.connect() as con:
        rows = con.exec_driver_sql(
            "SELECT c.id, c.channel, c.category, c.lifecycle, c.eval_reputation,"
            " (SELECT group_concat(t.name) FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
            "  WHERE ct.customer_id = c.id),"
            " EXISTS (SELECT 1 FROM licence l WHERE l.customer_id = c.id AND l.kind = 'gsp'"
            "  AND l.expires >= ?)"
            " FROM customer c",
            (today.isoformat(),),
        ).all()
    return marks, {r[0]: r for r in rows}


def test_demo_designations_are_what_the_rules_compute(core: Any, fixed_today: date) -> None:
    generate(core.engine, 150, fixed_today, seed=3)
    generate(core.engine, 30, fixed_today, seed=4)  # added to an office: chosen among all
    marks, customers = _office(core, fixed_today)
    plaque, eligible, stages = set(), set(), set()
    for cid, (_, channel, category, lifecycle, reputation, tags, gsp) in customers.items():
        tags = set((tags or "").split(","))
        stage = marks.lifecycle(cid)
        stages.add(stage)
        assert lifecycle is None  # stored unset: the rules' suggestion is what shows
        if cid > 150:  # the added batch: its key accounts are chosen among the whole office
            assert (category == "key") is marks.key_account(cid)
        assert ("新开户" in tags) is (stage == "welcome")
        assert ("GSP认证" in tags) is bool(gsp)
        assert (category == "potential") is (stage == "prospect")
        if special_supply_eligible(channel, marks.abc(cid), stage, reputation):
            eligible.add(cid)
        if SPECIAL_SUPPLY_TAG in tags:
            plaque.add(cid)
    assert plaque <= eligible  # never on a customer the seed would not grant it to
    # Suggested, not forced: the seed's shop size and street are not recorded, so some
    # customers who meet the recorded criteria go without the plaque.
    assert plaque and eligible - plaque
    assert {"prospect", "welcome", "loyal", "decline", "lost"} <= stages


def test_demo_key_accounts_are_the_computed_ones(core: Any, fixed_today: date) -> None:
    generate(core.engine, 120, fixed_today, seed=5)
    marks, customers = _office(core, fixed_today)
    key = {cid for cid, row in customers.items() if row[2] == "key"}
    computed = {cid for cid in customers if marks.key_account(cid)}
    assert key == computed
    assert 0 < len(key) < len(customers) / 2  # the 80/20 of profit, not everyone


def test_demo_contacts_have_genders_that_fit_their_names(core: Any, fixed_today: date) -> None:
    generate(core.engine, 40, fixed_today, seed=6)
    with core.engine.connect() as con:
        contacts = con.exec_driver_sql("SELECT name, gender FROM contact").all()
    assert {gender for _, gender in contacts} == {"male", "female"}
    for name, gender in contacts:
        assert set(name[1:]) <= set(GIVEN[gender]), name

"""Recomputing a few customers' warnings and marks into the last snapshot gives what a whole
run of the office gives: the same rows in the same order, the same marks, key accounts too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.changes import Changes
from crm_desktop.core.services.dto import (
    ContactInput,
    CreditInput,
    CustomerFilter,
    CustomerInput,
    SaleInput,
)
from crm_desktop.core.services.warnings import WarningSnapshot

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


def _all_marks(core: Any, snapshot: WarningSnapshot) -> list[tuple[Any, ...]]:
    with core.engine.connect() as con:
        ids = [i for (i,) in con.exec_driver_sql("SELECT id FROM customer")]
    return sorted(snapshot.mark_rows(ids))


def _same(core: Any, updated: WarningSnapshot, day: date) -> None:
    whole = core.warnings.snapshot(day)
    assert updated.all_rows() == whole.all_rows()
    assert updated.counts() == whole.counts()
    assert _all_marks(core, updated) == _all_marks(core, whole)
    assert updated.select("credit_over_limit") == whole.select("credit_over_limit")
    assert [updated.shown(i) for i in range(updated.selected)] == [
        whole.shown(i) for i in range(whole.selected)
    ]
    whole.close()


def _biggest_customers(core: Any, day: date) -> list[int]:
    start = date(day.year - 1, day.month, 1).isoformat()
    with core.engine.connect() as con:
        return [
            i
            for (i,) in con.exec_driver_sql(
                "SELECT customer_id FROM sale WHERE date >= ? GROUP BY customer_id"
                " ORDER BY SUM(amount) DESC",
                (start,),
            )
        ]


def test_a_few_customers_recomputed_equal_the_whole_run(demo_core: Any, fixed_today: date) -> None:
    core, day = demo_core, fixed_today
    snapshot = core.warnings.snapshot(day)
    ids = core.customers.search(CustomerFilter())
    contact_of, over_limit, leaving, renamed = ids[0], ids[1], ids[2], ids[3]

    # A contact's phone: nothing of the marks moves, but the customer is recomputed.
    edited = core.contacts.add(contact_of, ContactInput(name="周敏", mobile="13912345678"))
    touched = core.warnings.update(snapshot, day, edited.changes.customer_ids)
    assert touched == {contact_of}
    _same(core, snapshot, day)

    # A sale that pushes the receivable over the credit limit.
    core.credit.set(over_limit, CreditInput(limit=Decimal("1000")))
    changes = core.sales.add(
        over_limit,
        SaleInput(date=day, amount=Decimal("250000")),
        acknowledged={"credit_over_limit"},
    ).changes  # the user said yes
    core.warnings.update(snapshot, day, changes.customer_ids)
    assert any(
        r.customer_id == over_limit and r.kind == "credit_over_limit" for r in snapshot.all_rows()
    )
    _same(core, snapshot, day)

    # Deactivated, renamed (moves in the list's order), and a new customer with sales.
    core.customers.set_active(leaving, False)
    detail = core.customers.get(renamed)
    core.customers.update(
        renamed,
        CustomerInput(name="阿" + detail.name, channel=detail.channel, relation="downstream"),
    )
    new = core.customers.create(
        CustomerInput(name="新来的公司", channel="wholesale", relation="downstream")
    )
    core.sales.add(new, SaleInput(date=day - timedelta(days=40), amount=Decimal("5000")))
    core.warnings.update(snapshot, day, [leaving, renamed, new])
    _same(core, snapshot, day)


def test_a_big_sale_in_the_abc_window_moves_the_key_accounts(
    demo_core: Any, fixed_today: date
) -> None:
    core, day = demo_core, fixed_today
    snapshot = core.warnings.snapshot(day)
    ranked = _biggest_customers(core, day)
    keys_before = {cid for cid, _abc, key, *_rest in _all_marks(core, snapshot) if key}
    small = ranked[-1]
    assert small not in keys_before
    window_day = date(day.year, day.month, 1) - timedelta(days=20)
    changes = core.sales.add(
        small,
        SaleInput(date=window_day, amount=Decimal("90000000")),
        acknowledged={"credit_over_limit"},
    ).changes
    touched = core.warnings.update(snapshot, day, changes.customer_ids)
    keys_after = {cid for cid, _abc, key, *_rest in _all_marks(core, snapshot) if key}
    assert small in keys_after and keys_after != keys_before
    assert touched == {small} | (keys_before ^ keys_after)  # the customers whose star moved
    _same(core, snapshot, day)


def test_changes_say_which_customers_and_kinds() -> None:
    import pytest

    one = Changes.of("contacts", [3])
    assert one.touches(3) and not one.touches(4) and not one.all_customers
    merged = one | Changes.of("sales", [4])
    assert merged.kinds == {"contacts", "sales"} and merged.customer_ids == {3, 4}
    assert (merged | Changes.everyone("imports")).all_customers
    assert Changes.everyone("thresholds").touches(99)
    assert not Changes(frozenset())
    with pytest.raises(ValueError, match="unknown kinds"):
        Changes.of("gossip", [1])
    assert replace(one, customer_ids=frozenset({5})).touches(5)

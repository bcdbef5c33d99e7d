"""The warnings list pages from a compact snapshot; what it shows must match the rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.services.warnings import WarningRow, WarningSnapshot

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


def _rows(n: int) -> list[WarningRow]:
    kinds = ("churn", "complaint_overdue", "follow_up_due")
    return [
        WarningRow(
            i, f"客户{i}", "王五" if i % 2 else None, kinds[i % 3], ("1", "2024-01-01", str(i))
        )
        for i in range(n)
    ]


def test_snapshot_pages_filters_and_counts_like_the_rows_it_was_given() -> None:
    rows = _rows(1000)
    snapshot = WarningSnapshot()
    snapshot.add(rows[:450])
    snapshot.add(rows[450:])  # built in batches while the rules run
    assert len(snapshot) == 1000
    assert snapshot.counts()["churn"] == sum(1 for r in rows if r.kind == "churn")
    assert snapshot.counts()["credit_over_limit"] == 0
    assert snapshot.owners() == ["王五"]
    assert [snapshot.shown(i) for i in range(snapshot.selected)] == rows
    expected = [r for r in rows if r.kind == "complaint_overdue" and r.owner == "王五"]
    assert snapshot.select("complaint_overdue", "王五") == len(expected)
    # Read out of order, as a view scrolls: each position still gives the right row.
    for position in (len(expected) - 1, 0, 120, 5):
        assert snapshot.shown(position) == expected[position]
    assert snapshot.all_rows() == rows
    assert snapshot.shown(3).details["days"] == str(expected[3].customer_id)


def test_snapshot_of_a_warning_without_numbers_keeps_an_empty_tuple() -> None:
    snapshot = WarningSnapshot([WarningRow(1, "甲", None, "churn", ())])
    assert snapshot.shown(0).values == ()


@pytest.mark.sqlite_only  # the child process reads the SQLite file
def test_a_child_process_computes_the_same_warnings_and_the_file_goes_with_the_snapshot(
    demo_core: Any, db_path: Path, fixed_today: date
) -> None:
    from crm_desktop.core.services.warnings_process import snapshot_in_child

    here = demo_core.warnings.snapshot(fixed_today)
    there = snapshot_in_child(str(db_path), fixed_today)
    assert len(there) > 0
    assert there.all_rows() == here.all_rows()
    assert there.counts() == here.counts()
    assert there.path is not None and there.path.exists()
    there.close()
    assert not there.path.exists()


def test_a_child_that_cannot_open_the_database_is_reported_not_hung(
    tmp_path: Path, fixed_today: date
) -> None:
    import pytest

    from crm_desktop.core.services.warnings_process import snapshot_in_child

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database")
    with pytest.raises(RuntimeError, match="could not be computed"):
        snapshot_in_child(str(broken), fixed_today)


def test_the_snapshot_marks_each_customer_with_class_key_account_and_warnings(
    demo_core: Any, fixed_today: date
) -> None:
    from crm_desktop.core.rules.summary import computed_fields

    marks = demo_core.warnings.snapshot(fixed_today).marks()
    with demo_core.engine.connect() as con:
        computed = computed_fields(con, fixed_today)
    active = {
        cid
        for (cid,) in demo_core.engine.connect().exec_driver_sql(
            "SELECT id FROM customer WHERE active = 1"
        )
    }
    for cid in active:
        assert marks.abc(cid) == computed[cid].abc_class
        assert marks.key_account(cid) == computed[cid].key_account
        assert marks.warnings(cid) == len(computed[cid].warnings)
    assert any(marks.key_account(cid) for cid in active)
    assert marks.abc(10**6) is None and not marks.key_account(-1)


def test_the_list_marks_know_the_rules_classes() -> None:
    from crm_desktop.core.rules.thresholds import CLASS_ORDER
    from crm_desktop.core.services.customer_marks import CustomerMarks

    assert CustomerMarks.CLASSES[1:] == tuple(CLASS_ORDER)

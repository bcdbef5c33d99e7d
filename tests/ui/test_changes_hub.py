"""One hub signal after every write; each view refreshes only what it shows: a contact edit
recomputes that customer's warnings and marks, never the whole office's."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from form_helpers import fill, save
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.core.changes import Changes


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[tuple[Any, ...]]:
    """Record every call of `owner.name` (still calling it)."""
    calls: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return calls


def _ready(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.warnings.computed and not window.warnings.loading, timeout=15000)


def _warning_sign(window: Any, customer_id: int) -> Any:
    model = window.list_panel.model
    column = model.COLUMNS.index("name") if "name" in model.COLUMNS else 0
    return model.data(
        model.index(model.row_of(customer_id), column), Qt.ItemDataRole.DecorationRole
    )


def test_a_contact_edit_recomputes_that_customer_not_the_office(
    window: Any, qtbot: Any, drive_forms: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ready(window, qtbot)
    whole_runs = _count_calls(monkeypatch, window.core.warnings, "office_snapshot")
    updates = _count_calls(monkeypatch, window.core.warnings, "recompute")
    cid = window.detail.customer.id
    warnings_before = window.list_panel.model.marks.warnings(cid)
    drive_forms([lambda d: (fill(d, name="钱进", mobile="139 1234 5678"), save(d))])
    window.detail.contacts.add_record()
    assert any(c.name == "钱进" for c in window.detail.contacts.records)
    qtbot.waitUntil(lambda: not window.warnings.loading)  # that customer, on the task lane
    assert [set(args[1]) for args in updates] == [{cid}]
    assert whole_runs == []
    assert window.list_panel.model.marks.warnings(cid) == warnings_before


def test_a_sale_over_the_limit_shows_its_warning_in_the_dock_and_the_list_at_once(
    window: Any,
    qtbot: Any,
    drive_forms: Any,
    answer_questions: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.core.services.dto import CreditInput

    _ready(window, qtbot)
    panel, marks = window.warnings, window.list_panel.model.marks
    listed = window.list_panel.model.ids()
    cid = next(i for i in listed if marks.warnings(i) == 0)
    window.open_customer(cid)
    owed = window.core.credit.get(cid).receivable
    window.hub.apply(
        window.core.credit.set(cid, CreditInput(limit=owed + Decimal(100), payment_days=30))
    )
    assert _warning_sign(window, cid) is None
    whole_runs = _count_calls(monkeypatch, window.core.warnings, "office_snapshot")
    answer_questions(QMessageBox.StandardButton.Yes)
    drive_forms([lambda d: (fill(d, date="2026-11-24", amount="500"), save(d))])
    window.detail.sales.add_record()
    qtbot.waitUntil(lambda: not panel.loading)  # that customer, on the task lane
    assert whole_runs == []
    found = [r for r in panel.rows if r.customer_id == cid]
    assert [r.kind for r in found] == ["credit_over_limit"]
    assert found[0].details["excess"] == "400.00"
    panel.kind.setCurrentIndex(panel.kind.findData("credit_over_limit"))
    assert cid in {panel.model.row(i).customer_id for i in range(panel.model.rowCount())}
    assert marks.warnings(cid) == 1 and _warning_sign(window, cid) is not None
    assert "1 warning" in window.detail.facts.text()


def test_changes_of_another_customer_leave_the_open_customer_alone(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = window.detail
    shown = detail.customer.id
    other = next(i for i in window.list_panel.model.ids() if i != shown)
    loads = {
        name: _count_calls(monkeypatch, getattr(detail, name), "load")
        for name in (
            "contacts",
            "notes",
            "credit",
            "sales",
            "complaints",
            "licences",
            "plans",
            "standing",
        )
    }
    standings = _count_calls(monkeypatch, window.core.standing, "get")
    window.hub.apply(Changes.of("sales", [other]))
    assert all(calls == [] for calls in loads.values()) and standings == []
    window.hub.apply(Changes.of("contacts", [shown]))
    assert {name for name, calls in loads.items() if calls} == {"contacts", "standing"}
    assert len(standings) == 1  # the header's class and warnings, for this customer only


def test_an_import_refreshes_everything(
    window: Any, qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ready(window, qtbot)
    whole_runs = _count_calls(monkeypatch, window.core.warnings, "office_snapshot")
    reminders = _count_calls(monkeypatch, window.reminders, "refresh")
    shown = _count_calls(monkeypatch, window.detail, "show_customer")
    book = tmp_path / "book.csv"
    book.write_text("公司名称,联系人,手机\n新华联药房,孙丽,13800138000\n", encoding="utf-8")
    imported = window.core.imports.apply(window.core.imports.prepare(book))
    assert imported.summary.customers == 1 and imported.changes.all_customers
    before = window.list_panel.last_count
    window.hub.apply(imported.changes)
    assert window.list_panel.last_count == before + 1
    assert len(reminders) == 1 and len(shown) >= 1
    qtbot.waitUntil(lambda: not window.warnings.loading, timeout=15000)
    assert len(whole_runs) == 1


def test_today_and_the_analysis_refresh_only_for_what_they_show(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ready(window, qtbot)
    window.analysis_dock.show()
    window.analysis_dock.raise_()
    qtbot.waitUntil(lambda: window.analysis.table_data is not None, timeout=15000)
    qtbot.waitUntil(
        lambda: not window.analysis.loading and not window.reminders.loading, timeout=15000
    )
    today_reads = _count_calls(monkeypatch, window.reminders, "refresh")
    analysis_reads = _count_calls(monkeypatch, window.analysis, "refresh")
    cid = window.detail.customer.id
    window.hub.apply(Changes.of("complaints", [cid]))  # in the analysis, not in Today
    assert (len(today_reads), len(analysis_reads)) == (0, 1)
    window.hub.apply(
        Changes.of("contacts", [cid])
    )  # birthdays: Today; no analysis view shows contacts
    assert (len(today_reads), len(analysis_reads)) == (1, 1)
    window.hub.apply(Changes.of("sales", [cid]))
    assert (len(today_reads), len(analysis_reads)) == (1, 2)


def test_a_failing_update_falls_back_to_the_whole_run(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ready(window, qtbot)

    def locked(*_args: Any) -> Any:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(window.core.warnings, "recompute", locked)
    whole_runs = _count_calls(monkeypatch, window.core.warnings, "office_snapshot")
    window.hub.apply(Changes.of("notes", [window.detail.customer.id]))
    qtbot.waitUntil(lambda: not window.warnings.loading, timeout=15000)
    assert len(whole_runs) == 1 and window.warnings.rows

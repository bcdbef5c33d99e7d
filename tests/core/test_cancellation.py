"""Cancel in the core's long loops (the window's task lane passes `cancelled`): an export
leaves the target as it was, a batch of profiles stops, an import writes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.errors import Cancelled
from crm_desktop.core.services.dto import CustomerFilter

TODAY = date(2026, 11, 25)


def _after(calls: int) -> Any:
    """A `cancelled()` that turns true on its `calls`-th question: the loop got going first."""
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] >= calls

    return cancelled


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv", ".vcf"])
def test_a_cancelled_export_leaves_the_target_as_it_was(
    demo_core: Any, tmp_path: Path, suffix: str
) -> None:
    (tmp_path / "out").mkdir()  # the database lives in tmp_path
    target = tmp_path / "out" / f"office{suffix}"
    target.write_bytes(b"the export of yesterday")
    everyone = demo_core.customers.search(CustomerFilter(include_inactive=True))
    with pytest.raises(Cancelled):
        demo_core.exports.export(target, everyone, TODAY, cancelled=_after(2))
    assert target.read_bytes() == b"the export of yesterday"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no .partial left
    assert demo_core.exports.export(target, everyone, TODAY) == len(everyone)


def test_a_cancelled_phone_list_leaves_no_file(demo_core: Any, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()  # the database lives in tmp_path
    target = tmp_path / "out" / "sms.csv"
    with pytest.raises(Cancelled):
        demo_core.exports.phone_list(target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []


def test_a_batch_of_profiles_stops_when_cancelled(demo_core: Any) -> None:
    ids = demo_core.customers.search(CustomerFilter(include_inactive=True))
    assert len(ids) == 40
    with pytest.raises(Cancelled):
        demo_core.reports.profile(ids, TODAY, "en", cancelled=_after(2))
    built = demo_core.reports.profile(ids, TODAY, "en", cancelled=lambda: False)
    assert built.html().count("<h1>") == 40


def test_a_cancelled_import_writes_nothing(demo_core: Any, tmp_path: Path) -> None:
    book = tmp_path / "book.csv"
    rows = "\n".join(f"新药房{n:04d},联系人{n:04d},139{n:08d}" for n in range(1000))
    book.write_text("公司名称,联系人,手机\n" + rows + "\n", encoding="utf-8")
    everyone = CustomerFilter(include_inactive=True)
    before = sorted(demo_core.customers.search(everyone))
    draft = demo_core.imports.prepare(book)
    with pytest.raises(Cancelled):
        demo_core.imports.apply(draft, cancelled=_after(2))
    assert sorted(demo_core.customers.search(everyone)) == before
    assert demo_core.imports.history() == []

"""File → SMS list by region…: the listed customers' mobiles, grouped by region, as .xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest


def test_the_sms_list_action_writes_the_mobiles_by_region(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "短信"  # no extension: the chosen type's is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    action = window.findChild(type(window.sms_action), "action_export_sms")
    assert action is window.sms_action
    from PySide6.QtWidgets import QMessageBox

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(str(a[2])))
    assert action.isEnabled()
    action.trigger()
    assert not errors, errors
    written = target.with_suffix(".xlsx")
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(written)["短信名单"].iter_rows()]
    assert rows[0] == ["地区", "姓名", "客户", "手机"] and len(rows) > 1
    places = [r[0] or "" for r in rows[1:]]
    # Grouped: each region's rows together, the rows without a place last.
    named = [p for p in places if p]
    assert named == sorted(named) and places[: len(named)] == named
    assert "mobile number" in window.statusBar().currentMessage()

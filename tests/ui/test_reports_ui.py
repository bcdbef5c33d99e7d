"""Reports from the window: PDF export of the open customer, preview of an office list."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def test_export_profile_pdf_of_the_open_customer(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.core.services.settings import OFFICE_NAME

    window.core.settings.set(OFFICE_NAME, "华北销售部")
    target = tmp_path / "profile.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.reports.export_pdf("profile")
    qtbot.waitUntil(target.exists, timeout=10000)  # built on the task lane
    assert target.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True
        ).stdout
        assert window.detail.customer.name in text
        assert "华北销售部" in text  # the office name in the page header
    assert "Saved" in window.statusBar().currentMessage()


def test_print_preview_paints_the_pages(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    painted: list[int] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        painted.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.reports.preview("arrears")
    qtbot.waitUntil(lambda: bool(painted), timeout=10000)
    assert painted[0] >= 1


def test_customer_report_without_a_customer_says_what_to_do(window: Any, messages: list) -> None:
    window.detail.show_customer(None)
    assert window.reports.work("profile") is None
    assert messages and "Select a customer" in messages[0][1]


@pytest.mark.parametrize("key", ["statement", "warnings", "abc", "reminders", "profiles"])
def test_every_report_builds(window: Any, qtbot: Any, key: str) -> None:
    built: list[Any] = []
    window.reports.build(key, built.append)
    qtbot.waitUntil(lambda: bool(built), timeout=10000)
    [report] = built
    assert report is not None and report.html().count("<table") >= 1 or "<h2>" in report.html()

"""Nothing freezes the window for more than 100 ms: a 10 ms timer on the GUI thread records
the longest gap between its ticks while the app's own actions import a 50,000-row contact
book and write the profiles of 1,000 customers to a PDF."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

# Measured here: reading the book (19 s on the GUI thread before) and writing the PDF now run
# on workers and no longer stall; what a 50,000-customer import sets off afterwards (the list's
# search and marks, the warnings' and Today's refresh) still stalls the window 2–3 s, and
# the profiles' PDF 0.1–0.8 s on a loaded machine. Strict: it fails once those are fixed, so
# the mark comes off then.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.xfail(
        strict=True, reason="the refreshes after a 50,000-row import still stall 2–3 s"
    ),
]
LIMIT_S = 0.100


class GapRecorder(QObject):
    """The longest time the event loop did not run a 10 ms timer, and where."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.phase = ""
        self.worst_phase = ""
        self.last = time.perf_counter()

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last - 0.010
        if gap > self.longest:
            self.longest, self.worst_phase = gap, self.phase
        self.last = now


def write_book(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(["客户名称", "联系人", "手机", "区域", "地址"])
        for n in range(rows):
            out.writerow(
                [f"测试药房{n:05d}", f"王{n % 97}号", f"139{n:08d}", "华北", f"北京路{n}号"]
            )


def test_import_and_printing_never_stall_the_window(
    qtbot: Any,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[Any],
) -> None:
    from crm_desktop.ui.app import make_application, open_window
    from crm_desktop.ui.dialogs.import_dialog import ImportDialog

    book = tmp_path / "big.csv"
    write_book(book, 50_000)
    make_application()
    win = open_window(str(db_path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=30000)
    recorder = GapRecorder()

    def drive_import(dialog: ImportDialog) -> int:
        recorder.phase = "import: preview shown"
        dialog.show()
        dialog.import_button.click()
        recorder.phase = "import: writing"
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=300_000)
        recorder.phase = "import: written"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", drive_import)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    recorder.start("import")
    recorder.phase = "import: reading"
    win.import_file(book)
    recorder.phase = "import: the window's refresh"
    qtbot.waitUntil(lambda: win.list_panel.last_count == 50_000, timeout=120_000)
    recorder.phase = "import: after"
    qtbot.wait(2000)  # what the import sets off: warnings, Today, the list's marks
    recorder.stop()
    import_gap, import_phase = recorder.longest, recorder.worst_phase

    ids = list(win.list_panel.model.ids())[:1000]
    win.list_panel.show_only(ids, "1,000")
    qtbot.waitUntil(lambda: win.list_panel.last_count == 1000, timeout=30000)
    target = tmp_path / "profiles.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    recorder.longest = 0.0
    recorder.start("profiles")
    win.reports.export_pdf("profiles")
    recorder.stop()
    assert target.stat().st_size > 100_000
    win.core.engine.dispose()
    print(
        f"longest GUI stall: import {import_gap * 1000:.0f} ms ({import_phase}), "
        f"1,000 profiles {recorder.longest * 1000:.0f} ms"
    )
    assert import_gap < LIMIT_S, (
        f"the import froze the window {import_gap * 1000:.0f} ms ({import_phase})"
    )
    assert recorder.longest < LIMIT_S, f"printing froze the window {recorder.longest * 1000:.0f} ms"

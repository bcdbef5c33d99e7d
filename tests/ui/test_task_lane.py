"""The task lane (ui/tasks.py): one worker thread, jobs in the order queued, callbacks on the
GUI thread, a progress dialog only after a delay, and Cancel that leaves the data as it was."""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton, QWidget

from crm_desktop.core.errors import CrmError
from crm_desktop.core.services.dto import CustomerFilter
from crm_desktop.ui.tasks import PROGRESS_DELAY_MS, QueryOp, Task, task_lane


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _progress_dialogs(parent: QWidget) -> list[QProgressDialog]:
    return [
        d
        for d in parent.findChildren(QProgressDialog, "task_progress")
        if d.isVisible()  # a finished job's dialog is hidden before it is deleted
    ]


def test_two_jobs_run_in_the_order_queued_never_at_once(qtbot: Any, parent: QWidget) -> None:
    spans: dict[str, tuple[float, float]] = {}
    results: list[str] = []

    def job(name: str, seconds: float) -> Any:
        def run(_task: Task) -> str:
            started = time.perf_counter()
            time.sleep(seconds)
            spans[name] = (started, time.perf_counter())
            return name

        return run

    QueryOp(parent, job("first", 0.3), results.append).run_in_background()
    QueryOp(parent, job("second", 0.0), results.append).run_in_background()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results == ["first", "second"]
    assert spans["first"][1] <= spans["second"][0]  # the quick one waited its turn


def test_work_runs_on_the_lane_and_success_on_the_gui_thread(qtbot: Any, parent: QWidget) -> None:
    threads: dict[str, int] = {}

    def run(_task: Task) -> int:
        threads["work"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        threads["success"] = threading.get_ident()
        threads["value"] = value

    QueryOp(parent, run, success).run_in_background()
    qtbot.waitUntil(lambda: "success" in threads, timeout=5000)
    assert threads["success"] == threading.main_thread().ident
    assert threads["work"] != threading.main_thread().ident
    assert threads["value"] == 42


def test_a_failure_shows_the_message_and_is_logged(qtbot: Any, parent: QWidget) -> None:
    from crm_desktop.logs import log_file

    def run(_task: Task) -> None:
        raise RuntimeError("the disk went away")

    op = QueryOp(parent, run, lambda _result: None, name="failing_job").run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog"]
    assert dialogs and dialogs[-1].isVisible()
    message = dialogs[-1].findChild(QLabel, "error_message").text()
    assert message == "the disk went away"
    assert "RuntimeError: the disk went away" in dialogs[-1].details  # what Copy details copies
    for dialog in dialogs:
        dialog.close()
    where = log_file()
    assert where is not None and "in background job failing_job" in where.read_text("utf-8")


def test_a_failure_handler_gets_the_error_instead(qtbot: Any, parent: QWidget) -> None:
    got: list[BaseException] = []

    def run(_task: Task) -> None:
        raise CrmError("no such customer")

    QueryOp(parent, run, lambda _r: None).failure(got.append).run_in_background()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert str(got[0]) == "no such customer"
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog"]


def test_progress_shows_only_after_the_delay(qtbot: Any, parent: QWidget) -> None:
    release = threading.Event()
    quick = QueryOp(parent, lambda _t: time.sleep(0.05)).with_progress("quick")
    quick.run_in_background()
    qtbot.waitUntil(lambda: quick.done, timeout=5000)
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert quick.dialog is None and not _progress_dialogs(parent)  # quick work: no flash

    started = time.perf_counter()
    slow = QueryOp(parent, lambda _t: release.wait(10)).with_progress("slow").run_in_background()
    qtbot.wait(PROGRESS_DELAY_MS // 2)
    assert not _progress_dialogs(parent)
    qtbot.waitUntil(lambda: bool(_progress_dialogs(parent)), timeout=5000)
    assert time.perf_counter() - started >= PROGRESS_DELAY_MS / 1000
    assert _progress_dialogs(parent)[0].labelText() == "slow"
    release.set()
    qtbot.waitUntil(lambda: slow.done and not _progress_dialogs(parent), timeout=5000)


def test_the_event_loop_keeps_turning_while_a_long_job_runs(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A dry run of a big import (the import dialog's preview) on the lane: a 10 ms timer on
    the GUI thread never waits 100 ms for its turn. The best of three runs counts, so that one
    stall of a machine busy with other work is not blamed on the lane; work on the GUI thread
    would stall every run for the whole job."""
    book = _big_book(tmp_path, 3000)
    draft = window.core.imports.prepare(book)
    assert task_lane().wait_idle(30)  # the window's own start (warnings, Today) ran first

    def longest_gap() -> float:
        ticks: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        ran: list[float] = []

        def run(_task: Task) -> Any:
            # Dry runs until the job has lasted long enough to say anything, on a fast
            # machine too (one dry run of this book takes 0.2 to 1 s).
            started = time.perf_counter()
            summary = window.core.imports.preview(draft)
            while time.perf_counter() - started < 0.5:
                summary = window.core.imports.preview(draft)
            ran.append(time.perf_counter() - started)
            return summary

        timer.start()
        op = QueryOp(window, run, lambda _summary: None).run_in_background()
        qtbot.waitUntil(lambda: op.done, timeout=60000)
        timer.stop()
        assert ran[0] > 0.3, "the job must be long enough to say anything"
        assert len(ticks) > 10
        return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))

    gaps = []
    for _ in range(3):
        gaps.append(longest_gap())
        if gaps[-1] < 0.1:
            break
    assert min(gaps) < 0.1, gaps


def _big_book(folder: Path, companies: int) -> Path:
    book = folder / "big.csv"
    with book.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["客户名称", "联系人", "手机", "地区"])
        for n in range(companies):
            out.writerow([f"测试医药公司{n:05d}", f"联系人{n:05d}", f"139{n:08d}", "北京"])
    return book


def test_cancel_during_an_import_leaves_the_database_unchanged(
    window: Any, qtbot: Any, messages: list, tmp_path: Path
) -> None:
    from crm_desktop.ui.dialogs.import_dialog import ImportDialog

    every = CustomerFilter(include_inactive=True)
    before = sorted(window.core.customers.search(every))
    book = _big_book(tmp_path, 20000)
    dialog = ImportDialog(window.core, book, window)
    qtbot.addWidget(dialog)
    assert dialog.prepare()
    assert "Will add 20000 customers" in dialog.counts.text()
    # The import's first progress report (record 500 of 20,000) waits for the Cancel click, so
    # the click lands in the middle of the writing however busy the machine is.
    clicked = threading.Event()
    apply = window.core.imports.apply

    def apply_held(draft: Any, progress: Any = None, cancelled: Any = None) -> Any:
        def held(done: int, total: int) -> None:
            clicked.wait(60)
            if progress is not None:
                progress(done, total)

        return apply(draft, progress=held, cancelled=cancelled)

    window.core.imports.apply = apply_held
    dialog.show()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(_progress_dialogs(dialog)), timeout=30000)
    progress = _progress_dialogs(dialog)[0]
    progress.findChild(QPushButton).click()  # Cancel
    clicked.set()
    qtbot.waitUntil(lambda: any("cancelled" in text for _, text in messages), timeout=60000)
    assert dialog.import_button.isEnabled() and dialog.imported is None
    assert sorted(window.core.customers.search(every)) == before
    assert not window.core.customers.search(CustomerFilter(query="测试医药公司"))
    assert window.core.imports.history() == []


def test_a_closing_window_abandons_its_jobs(qtbot: Any, parent: QWidget) -> None:
    """What a closing window queued never starts and never calls back (a failure handler
    showing a dialog over a window being destroyed); another window's job still runs."""
    release = threading.Event()
    other = QWidget()
    qtbot.addWidget(other)
    called: list[str] = []
    busy = QueryOp(other, lambda _t: release.wait(10), lambda _r: called.append("other"))
    busy.run_in_background()
    started: list[str] = []

    def run(_task: Task) -> None:
        started.append("ran")

    mine = QueryOp(parent, run, lambda _r: called.append("success"))
    mine.failure(lambda _e: called.append("failure")).run_in_background()
    task_lane().cancel(parent)  # what MainWindow.closeEvent does
    release.set()
    qtbot.waitUntil(lambda: called == ["other"] and mine.ran.is_set(), timeout=5000)
    qtbot.wait(50)
    assert started == [] and called == ["other"]

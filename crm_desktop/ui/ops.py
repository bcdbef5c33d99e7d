"""Long work off the GUI thread: a progress dialog after half a second, and Cancel."""

from __future__ import annotations

import contextlib
import ctypes
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self.cancel_flag = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(
                lambda done, total: self.progressed.emit(done, total), self.cancel_flag.is_set
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> _Worker:
    """Run `work(progress, cancelled)` on a thread; the callbacks run on the GUI thread."""
    worker = _Worker(work, parent)
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(worker.cancel_flag.set)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        worker.wait()
        callback(value)

    worker.progressed.connect(progressed)
    worker.succeeded.connect(lambda result: finish(on_done, result))
    worker.failed.connect(lambda exc: finish(on_error, exc))
    worker.start()
    return worker


def run_in_background(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> _Worker:
    """Quiet background work (a refresh): no dialog, the result arrives on the GUI thread."""
    worker = _Worker(lambda _progress, _cancelled: work(), parent)
    worker.succeeded.connect(on_done)
    worker.failed.connect(on_error)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker


def release_memory() -> None:
    """After a big computation, hand freed memory back to the system (glibc keeps it otherwise)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


class CoalescedRefresh:
    """One background computation at a time for a view that refreshes after every change: a
    request that arrives while one runs is not lost but runs once more when it ends."""

    def __init__(
        self,
        parent: QObject,
        work: Callable[[], Callable[[], Any]],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.parent, self.work, self.on_done, self.on_error = parent, work, on_done, on_error
        self.loading = False
        self.stale = False
        self.worker: _Worker | None = None

    def request(self) -> None:
        if self.loading:
            self.stale = True
            return
        self.loading, self.stale = True, False
        self.worker = run_in_background(self.parent, self.work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.loading = False
        self.on_done(result)
        if self.stale:
            self.request()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.on_error(exc)
        if self.stale:
            self.request()


class Refreshing:
    """For a panel whose `refresher` is a CoalescedRefresh: what tests, the window and the
    panel itself ask of it."""

    refresher: CoalescedRefresh

    @property
    def loading(self) -> bool:
        return self.refresher.loading

    @property
    def worker(self) -> _Worker | None:
        return self.refresher.worker

    def refresh(self) -> None:
        self.refresher.request()

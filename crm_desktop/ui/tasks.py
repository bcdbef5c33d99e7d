"""The one lane for the window's background work, and `QueryOp`, the way onto it.

SQLite has one writer, and two jobs that write at once make one of them wait or fail: so every
piece of work the window hands off (opening the core, an import and its dry run, exports,
backups, reports, the warnings, Today and the Analysis) runs on one worker QThread, one job
after another in the order they were queued (Anki's taskman and `QueryOp`). A job's
`success` or `failure` runs on the GUI thread; a progress dialog appears only when the job
has not finished after `PROGRESS_DELAY_MS`, and its Cancel asks the job's `Task` to stop: the
core's long loops (import, export, a batch of profiles) check it and roll back.

    QueryOp(parent, run=lambda task: core.x(..., cancelled=task.cancelled),
            success=lambda result: ...).failure(...).with_progress(label).run_in_background()
"""

from __future__ import annotations

import atexit
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.core.errors import Cancelled, CrmError, ReadOnlyDatabase

T = TypeVar("T")
PROGRESS_DELAY_MS = 400  # quick work never flashes a dialog


class Task:
    """What a job's work receives: where to say how far it got, and whether to stop."""

    def __init__(self, lane: TaskLane, op: QueryOp[Any]) -> None:
        self._lane, self._op = lane, op
        self._cancel = threading.Event()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        """Safe from the lane's thread: the dialog moves on the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the application is being torn down
            self._lane.progressed.emit(self._op, done, total)


class _LaneThread(QThread):
    def __init__(self, lane: TaskLane) -> None:
        super().__init__()
        self.lane = lane
        self.setObjectName("task-lane")

    def run(self) -> None:
        while (op := self.lane.jobs.get()) is not None:
            self.lane.execute(op)


class TaskLane(QObject):
    """One worker thread and its queue. `wait_idle` and `cancel` let a closing window make
    sure nothing it started still runs or will call it back."""

    finished = Signal(object, object, object)  # op, result, error (None or the exception)
    progressed = Signal(object, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: queue.SimpleQueue[QueryOp[Any] | None] = queue.SimpleQueue()
        self.live: list[QueryOp[Any]] = []  # queued or running; the GUI thread's list
        self._pending = 0
        self._idle = threading.Condition()
        self._thread = _LaneThread(self)
        # The lane lives on the GUI thread: signals the worker emits arrive there, queued.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    def submit(self, op: QueryOp[Any]) -> None:
        with self._idle:
            self._pending += 1
        self.live.append(op)
        if not self._thread.isRunning():
            self._thread.start()
        self.jobs.put(op)

    def execute(self, op: QueryOp[Any]) -> None:
        """On the lane's thread: run one job and post its outcome to the GUI thread."""
        result: Any = None
        error: BaseException | None = None
        try:
            if op.task.cancelled():
                raise Cancelled()  # cancelled while it waited: never started
            result = op.work(op.task)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            error = exc
            op.details = _log_failure(op, exc)
        finally:
            op.ran.set()
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()
        with contextlib.suppress(RuntimeError):  # the application is being torn down
            self.finished.emit(op, result, error)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued job has run (their callbacks still to come)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def cancel(self, owner: QObject | None = None) -> None:
        """The jobs started by `owner` (a window that closes), or all of them (the program
        ends): asked to stop, and none of their callbacks will run, not even a failure's."""
        for op in list(self.live):
            if owner is None or op.belongs_to(owner):
                op.abandoned = True
                op.task.cancel()

    def stop(self) -> None:
        self.cancel()
        if self._thread.isRunning():
            self.jobs.put(None)
            self._thread.wait()

    def _deliver(self, op: QueryOp[Any], result: Any, error: BaseException | None) -> None:
        with contextlib.suppress(ValueError):
            self.live.remove(op)
        op.finish(result, error)

    @staticmethod
    def _progressed(op: QueryOp[Any], done: int, total: int) -> None:
        op.show_progress(done, total)


def _log_failure(op: QueryOp[Any], exc: BaseException) -> str:
    """Every failure goes to the log file: coded errors on one line, the rest with the
    traceback (which the error dialog can copy)."""
    from crm_desktop.logs import log_exception, logger

    if isinstance(exc, Cancelled):
        return ""
    if isinstance(exc, CrmError):
        logger.warning("background job %s failed: %s", op.name, exc)
        return str(exc)
    return log_exception((type(exc), exc, exc.__traceback__), f"in background job {op.name}")


_lane: TaskLane | None = None


def task_lane() -> TaskLane:
    """The application's lane, started on first use and stopped at exit."""
    global _lane
    if _lane is None:
        _lane = TaskLane(QCoreApplication.instance())
        atexit.register(_lane.stop)
    return _lane


class QueryOp(Generic[T]):
    """One job for the lane, built in steps as Anki's `QueryOp`: `run(task)` on the lane,
    then `success(result)` or the failure handler on the GUI thread. Without `.failure`, an
    error shows the error report's dialog (a read-only window's refusal for a write); a
    cancelled job calls neither `success` nor the default handler."""

    def __init__(
        self,
        parent: QObject,
        run: Callable[[Task], T],
        success: Callable[[T], None] | None = None,
        name: str | None = None,
    ) -> None:
        self.parent, self.work, self._success = parent, run, success
        self.name = name or getattr(run, "__qualname__", "job")
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.lane = task_lane()
        self.task = Task(self.lane, self)
        self.ran = threading.Event()  # set on the lane's thread once the work returned
        self.done = False  # set on the GUI thread once the callback ran
        self.abandoned = False  # its window closed: no callback runs
        self.details = ""
        self.dialog: QProgressDialog | None = None
        self._progress = (0, 0)
        self._timer: QTimer | None = None

    def failure(self, handler: Callable[[BaseException], None]) -> QueryOp[T]:
        self._failure = handler
        return self

    def with_progress(self, label: str, cancellable: bool = True) -> QueryOp[T]:
        self._label, self._cancellable = label, cancellable
        return self

    def run_in_background(self) -> QueryOp[T]:
        if self._label is not None and isinstance(self.parent, QWidget):
            self._timer = QTimer(self.parent)
            self._timer.setSingleShot(True)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fires 5 % early
            self._timer.timeout.connect(self._open_dialog)
            self._timer.start(PROGRESS_DELAY_MS)
        self.lane.submit(self)
        return self

    def wait(self) -> None:
        """Turn the event loop (the window repaints, the dialog's Cancel works) until the
        callback ran: for a caller that needs the outcome before it goes on."""
        if self.done:
            return
        loop = QEventLoop()
        self._quit = loop.quit
        loop.exec()

    def cancel(self) -> None:
        self.task.cancel()

    def belongs_to(self, owner: QObject) -> bool:
        if not shiboken6.isValid(self.parent):
            return True  # its owner is gone: nobody waits for it
        node: QObject | None = self.parent
        while node is not None:
            if node is owner:
                return True
            node = node.parent()
        return False

    # -- on the GUI thread ---------------------------------------------------------------
    def _open_dialog(self) -> None:
        if self.done or not shiboken6.isValid(self.parent):
            return
        parent = self.parent
        assert isinstance(parent, QWidget)
        cancel_text = QCoreApplication.translate("QueryOp", "Cancel")
        dialog = QProgressDialog(self._label or "", cancel_text, 0, 0, parent)
        dialog.setObjectName("task_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.canceled.connect(self.task.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self.show_progress(*self._progress)
        dialog.show()

    def show_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if self.dialog is not None and shiboken6.isValid(self.dialog) and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def finish(self, result: Any, error: BaseException | None) -> None:
        if self._timer is not None and shiboken6.isValid(self._timer):
            self._timer.stop()
            self._timer.deleteLater()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None
        self.done = True
        quit_loop = getattr(self, "_quit", None)
        if quit_loop is not None:
            quit_loop()
        if self.abandoned or not shiboken6.isValid(self.parent):
            return  # its window closed or is gone; a failure is in the log
        if error is None:
            if self._success is not None:
                self._success(result)
        elif self._failure is not None:
            self._failure(error)
        elif not isinstance(error, Cancelled):
            report_failure(self.parent, error, self.details)


def report_failure(parent: QObject, error: BaseException, details: str = "") -> None:
    """The default failure handler: the error report's dialog, with the logged details."""
    from crm_desktop.logs import short_message
    from crm_desktop.ui.error_report import show_error
    from crm_desktop.ui.read_only import show_refusal

    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(error, ReadOnlyDatabase):
        show_refusal(widget)
        return
    show_error(widget, short_message(error), details or short_message(error))

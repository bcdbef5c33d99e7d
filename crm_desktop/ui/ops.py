"""Background refreshes of the panels, over the task lane (ui/tasks.py), and memory upkeep."""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from crm_desktop.core.errors import Cancelled
from crm_desktop.ui.tasks import QueryOp, Task


def release_memory() -> None:
    """After a big computation, hand freed memory back to the system (glibc keeps it otherwise)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


class CoalescedRefresh:
    """One background computation at a time for a view that refreshes after every change: a
    request that arrives while one runs is not lost but runs once more when it ends. `work`
    runs on the GUI thread (it reads the filters there) and returns what the lane runs."""

    def __init__(
        self,
        parent: QObject,
        work: Callable[[], Callable[[Task], Any]],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.parent, self.work, self.on_done, self.on_error = parent, work, on_done, on_error
        self.loading = False
        self.stale = False
        self.op: QueryOp[Any] | None = None

    def request(self) -> None:
        if self.loading:
            self.stale = True
            return
        self.loading, self.stale = True, False
        compute = self.work()
        self.op = (
            QueryOp(self.parent, compute, self._done, name=type(self.parent).__name__)
            .failure(self._failed)
            .run_in_background()
        )

    def _done(self, result: Any) -> None:
        self.loading = False
        self.on_done(result)
        if self.stale:
            self.request()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        if not isinstance(exc, Cancelled):  # the window closes: nobody to tell
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

    def refresh(self) -> None:
        self.refresher.request()

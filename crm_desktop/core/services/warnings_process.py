"""Computing every warning of a big office in a child process.

The rules build Python objects for every customer and warning; in the app's own process that
memory is freed afterwards but not handed back (an extra ~150 MB at 100,000 customers). A
child process computes the snapshot into a temporary SQLite file and exits, so the window's
memory stays what it was. Small offices compute in-process: starting a child costs ~0.5 s.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from crm_desktop.core.services.warnings import WarningService, WarningSnapshot

# Below this many active customers the in-process computation is quick and small.
CHILD_PROCESS_FROM = 20_000


def _compute(database: str, day: str, out: str) -> None:
    from crm_desktop.core.db.engine import make_engine

    engine = make_engine(database)
    try:
        WarningService(engine).snapshot(date.fromisoformat(day), Path(out)).close(delete=False)
    finally:
        engine.dispose()


def snapshot_in_child(
    database: str,
    today: date,
    cancelled: Callable[[], bool] = lambda: False,
    timeout: float = 600.0,
) -> WarningSnapshot:
    """Compute the snapshot of the SQLite database at `database` in a child process; the child
    is stopped when `cancelled()` turns true (the window closes) or after `timeout` seconds."""
    handle, name = tempfile.mkstemp(prefix="crm-desktop-warnings-", suffix=".sqlite3")
    path = Path(name)
    os.close(handle)
    path.unlink()
    child = multiprocessing.get_context("spawn").Process(
        target=_compute, args=(database, today.isoformat(), name), daemon=True
    )
    child.start()
    waited = 0.0
    while child.is_alive() and waited < timeout and not cancelled():
        child.join(0.1)
        waited += 0.1
    if child.is_alive():
        child.kill()
        child.join()
    if child.exitcode != 0 or not path.exists():
        path.unlink(missing_ok=True)
        raise RuntimeError(f"the warnings could not be computed (child exit code {child.exitcode})")
    return WarningSnapshot(path=path)

"""Guards against the Qt binding bug that made PySide6 6.12.0 unusable on Python 3.11."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emission_keeps_reference_counts(qapp: Any) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        emitter.fired.emit(None)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert len(seen) == 2000
    # Interpreters where these are immortal report a constant anyway; elsewhere a leak shows.
    assert all(
        abs(a - b - (2000 if i == 0 else 0)) < 50
        for i, (a, b) in enumerate(zip(after, before, strict=True))
    )

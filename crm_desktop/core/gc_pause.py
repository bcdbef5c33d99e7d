"""Bulk work without the cyclic garbage collector.

An import builds hundreds of thousands of small objects that all stay alive until it ends;
the collector would walk them again and again (a third of an import's time) to free nothing.
Reference counting still frees what dies; the collector runs again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""Cooperative cancellation of long loops: the window passes a `cancelled()` callback (its
task lane's Cancel); a loop over records asks it every few records and stops with
`Cancelled`, and the caller rolls back what it wrote (a transaction, a partial file)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from crm_desktop.core.errors import Cancelled

T = TypeVar("T")
CancelCheck = Callable[[], bool]


def checked(items: Iterable[T], cancelled: CancelCheck | None, every: int = 100) -> Iterator[T]:
    """`items`, raising Cancelled before every `every`-th one once `cancelled()` is true."""
    if cancelled is None:
        yield from items
        return
    for number, item in enumerate(items):
        if number % every == 0 and cancelled():
            raise Cancelled()
        yield item

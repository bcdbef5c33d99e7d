"""What a write changed: which customers (or all of them) and which kinds of records.

Every service write returns one (or carries one beside its result, see `Created`); the window
fans it out on one signal and each view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The kinds of records a write can touch. "thresholds" are the rules' settings (every
# customer's marks depend on them), "settings" the office's own details, "imports" a whole
# import or its removal, "operators" the sign-in list, a role, an owner or a share.
KINDS = frozenset(
    {
        "customers",
        "contacts",
        "notes",
        "sales",
        "credit",
        "complaints",
        "licences",
        "plans",
        "opportunities",
        "contracts",
        "people",
        "standing",
        "thresholds",
        "settings",
        "imports",
        "operators",
    }
)


@dataclass(frozen=True, slots=True)
class Changes:
    """`customer_ids` None means every customer (an import, new thresholds)."""

    kinds: frozenset[str]
    customer_ids: frozenset[int] | None = frozenset()

    def __post_init__(self) -> None:
        unknown = self.kinds - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {', '.join(sorted(unknown))}")

    @classmethod
    def of(cls, kind: str, customer_ids: Iterable[int]) -> Changes:
        """`kind` records of these customers changed."""
        return cls(frozenset({kind}), frozenset(int(i) for i in customer_ids))

    @classmethod
    def everyone(cls, *kinds: str) -> Changes:
        """`kinds` changed for every customer (or for the office as a whole)."""
        return cls(frozenset(kinds), None)

    @property
    def all_customers(self) -> bool:
        return self.customer_ids is None

    def touches(self, customer_id: int | None) -> bool:
        """Whether anything of this customer may have changed."""
        return customer_id is not None and (
            self.customer_ids is None or customer_id in self.customer_ids
        )

    def affects(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        ids = (
            None
            if self.customer_ids is None or other.customer_ids is None
            else self.customer_ids | other.customer_ids
        )
        return Changes(self.kinds | other.kinds, ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes(frozenset())


def combined(changes: Iterable[Changes]) -> Changes:
    """Several writes' changes as one (a form saved several times)."""
    total = NOTHING
    for one in changes:
        total = total | one
    return total


class Created(int):
    """A new record's id, which also says what creating it changed (`changes`): callers that
    want only the id keep using it as an int."""

    changes: Changes

    def __new__(cls, record_id: int, changes: Changes) -> Created:
        created = super().__new__(cls, record_id)
        created.changes = changes
        return created

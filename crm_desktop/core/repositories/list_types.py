"""What the customer list asks for and gets back (kept tiny: it is on the start-up path)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CustomerFilter:
    query: str = ""
    region: str | None = None
    channel: str | None = None
    category: str | None = None
    owner_id: int | None = None
    tag_id: int | None = None
    include_inactive: bool = False
    operator_id: int | None = None  # only this operator's own and shared customers


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    code: str | None
    region: str | None
    channel: str
    category: str
    owner: str | None
    phone: str | None
    active: bool

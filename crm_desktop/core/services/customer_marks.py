"""The marks the customer list shows beside each name, from the rules' last computation.

Imported on the start-up path of the window: keep it free of SQLAlchemy and the rules.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

from crm_desktop.core import vocabulary


class CustomerMarks:
    """What the customer list shows beside each name: ABC class, key account, warning count.
    Arrays indexed by customer id: 100,000 customers cost ~400 KB, not a dict of tuples."""

    # The rules' CLASS_ORDER, spelled out: importing the rules here would slow the window's
    # start (tests/core/test_warning_snapshot.py checks the two agree).
    CLASSES = ("", "C", "B", "B+", "A", "AA", "AAA")
    LIFECYCLE = ("", *vocabulary.LIFECYCLE.keys)
    RELATIONSHIP = ("", *vocabulary.RELATIONSHIP.keys)

    def __init__(self, rows: Iterable[tuple[Any, ...]] | None = None) -> None:
        """`rows` may be a cursor: it is read once, the arrays growing as ids appear."""
        self._abc = array("b")
        self._key = array("b")
        self._life = array("b")
        self._relation = array("b")
        self._warnings = array("H")
        self._sales = array("q")  # the ABC window's sales, fen
        self.update(rows or (), ())

    def update(self, rows: Iterable[tuple[Any, ...]], customer_ids: Iterable[int]) -> None:
        """Replace the marks of `customer_ids` with `rows` (as the constructor reads them); one
        of them without a row (inactive now) loses its marks."""
        for cid in customer_ids:
            if 0 <= cid < len(self._abc):
                for column in (
                    self._abc,
                    self._key,
                    self._life,
                    self._relation,
                    self._warnings,
                    self._sales,
                ):
                    column[cid] = 0
        for cid, abc, key, warnings, *stages in rows:
            if cid >= len(self._abc):
                self._grow(max(cid + 1, 2 * len(self._abc)))
            self._abc[cid] = self.CLASSES.index(abc) if abc in self.CLASSES else 0
            self._key[cid] = 1 if key else 0
            self._warnings[cid] = min(warnings, 65535)
            if stages:
                life, relation, sales = stages
                self._sales[cid] = sales or 0
                self._life[cid] = self.LIFECYCLE.index(life) if life in self.LIFECYCLE else 0
                self._relation[cid] = (
                    self.RELATIONSHIP.index(relation) if relation in self.RELATIONSHIP else 0
                )

    def _grow(self, size: int) -> None:
        extra = size - len(self._abc)
        for column in (
            self._abc,
            self._key,
            self._life,
            self._relation,
            self._warnings,
            self._sales,
        ):
            column.extend([0] * extra)

    def abc(self, customer_id: int) -> str | None:
        return (
            self.CLASSES[self._abc[customer_id]] or None
            if 0 <= customer_id < len(self._abc)
            else None
        )

    def rank(self, customer_id: int) -> int:
        """0 unclassed, 1 C … 6 AAA: for sorting by class."""
        return self._abc[customer_id] if 0 <= customer_id < len(self._abc) else 0

    def key_account(self, customer_id: int) -> bool:
        return 0 <= customer_id < len(self._key) and bool(self._key[customer_id])

    def warnings(self, customer_id: int) -> int:
        return self._warnings[customer_id] if 0 <= customer_id < len(self._warnings) else 0

    def narrow(
        self, ids: list[int], wanted: str | None = None, by_class: bool = False
    ) -> list[int]:
        """The customer list's ABC filter and sort over `ids` (in list order): the key accounts
        (`wanted` "key"), the customers of one class ("" for the unclassed) or all (None); with
        `by_class`, the best class first and the list order kept within a class."""
        abc, size = self._abc, len(self._abc)
        if wanted == "key":
            key = self._key
            ids = [i for i in ids if 0 <= i < size and key[i]]
        elif wanted is not None:
            rank = self.CLASSES.index(wanted) if wanted in self.CLASSES else -1
            ids = [i for i in ids if (abc[i] if 0 <= i < size else 0) == rank]
        if not by_class:
            return ids
        # One bucket per class: a stable sort in one pass, no key function per customer.
        buckets: list[list[int]] = [[] for _ in self.CLASSES]
        for i in ids:
            buckets[abc[i] if 0 <= i < size else 0].append(i)
        return [i for bucket in reversed(buckets) for i in bucket]

    def class_counts(self) -> dict[str, int]:
        """Customers per class (active ones: only they are marked), and "key" for key accounts."""
        counts = {klass: 0 for klass in self.CLASSES[1:]}
        for rank in self._abc:
            if rank:
                counts[self.CLASSES[rank]] += 1
        counts["key"] = sum(self._key)
        return counts

    def lifecycle(self, customer_id: int) -> str | None:
        return (
            self.LIFECYCLE[self._life[customer_id]] or None
            if 0 <= customer_id < len(self._life)
            else None
        )

    def relationship(self, customer_id: int) -> str | None:
        inside = 0 <= customer_id < len(self._relation)
        return self.RELATIONSHIP[self._relation[customer_id]] or None if inside else None

    def sales_12m(self, customer_id: int) -> int:
        """Sales of the 12 full months the ABC class is computed on, in fen."""
        return self._sales[customer_id] if 0 <= customer_id < len(self._sales) else 0

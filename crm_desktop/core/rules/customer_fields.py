"""What the rules compute for one customer: where it stands and its warnings (the numbers
behind each, worded only when shown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from crm_desktop.core.rules.warning_checks import DETAIL_KEYS, english_message


@dataclass(slots=True)  # not frozen: a run makes 100,000 and frozen ones cost 3x to build
class ComputedFields:
    abc_class: str | None
    receivable: Decimal
    kinds: list[str] = field(default_factory=list)  # each warning's kind
    # The numbers behind each warning (in the order of DETAIL_KEYS[kind]), aligned with
    # `kinds`; worded only when shown, in the reader's language: an office may have 200,000.
    details: list[tuple[str, ...]] = field(default_factory=list)
    sales_12m: Decimal = Decimal("0.00")  # the ABC window's sales (12 full months before this one)
    lifecycle_suggested: str = "prospect"
    key_account: bool | None = None  # known only when every customer was computed
    # The ABC window's gross profit in fen (amount − cost, a sale without a cost at its
    # amount): what the key accounts are chosen by.
    profit_12m: int = 0
    # The ABC window's sales without a cost; None in a run of the whole office, which leaves
    # this count out (a tenth more time for its scan) since only one customer's view shows it.
    uncosted_sales: int | None = None

    @property
    def warnings(self) -> list[tuple[str, str]]:
        """(kind, English sentence) of each warning."""
        return [
            (kind, english_message(kind, dict(zip(DETAIL_KEYS[kind], numbers, strict=True))))
            for kind, numbers in zip(self.kinds, self.details, strict=True)
        ]

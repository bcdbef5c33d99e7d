"""A sales line's amount as the contract states it: an entered amount wins; without one it is
quantity × unit price, kept to the fen half up."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.core.errors import ValidationError, ValidationErrors
from crm_desktop.core.money import line_amount


def sale_amount(
    entered: Decimal | None, quantity: Decimal | None, unit_price: Decimal | None
) -> Decimal:
    """The amount to record; ValidationErrors on `amount` when neither is given."""
    if entered is not None:
        return entered
    if quantity is None or unit_price is None:
        raise ValidationErrors(
            [
                ValidationError(
                    "amount", "amount_missing", "enter the amount, or both quantity and unit price"
                )
            ]
        )
    return line_amount(quantity, unit_price)

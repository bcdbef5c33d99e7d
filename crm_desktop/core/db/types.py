"""Exact decimal storage: money and quantities are kept as scaled integers.

SQLite has no decimal type (SQLAlchemy's Numeric stores a float there), so a yuan amount is
stored as an integer number of fen (scale 2), a unit price in units of 0.0001 yuan (scale 4).
Integers also make SQL SUM() exact and fast on every backend.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

from crm_desktop.core.money import AMOUNT_SCALE, PRICE_SCALE, from_scaled, to_scaled


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as BIGINT × 10**scale; rounds half up (四舍五入) on the way in."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        return to_scaled(value, self.scale)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return from_scaled(value, self.scale)


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in column definitions
    return ScaledDecimal(AMOUNT_SCALE)


def UnitPrice() -> ScaledDecimal:  # noqa: N802
    return ScaledDecimal(PRICE_SCALE)


def Quantity() -> ScaledDecimal:  # noqa: N802
    return ScaledDecimal(PRICE_SCALE)

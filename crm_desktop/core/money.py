"""Money as the program keeps it: integer fen in the database, `Decimal` yuan in the core API.

Amounts are kept to 0.01 yuan and unit prices (and quantities) to 0.0001, rounded half up
(四舍五入) as the contract says; the database stores each as an integer of its smallest unit
(`to_scaled` / `from_scaled`), which keeps SQL sums exact. Standard library only: the window's
start-up path and the rules' fast paths import it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

AMOUNT_SCALE = 2  # yuan → fen
PRICE_SCALE = 4  # unit prices and quantities: 1/10,000
# A trillion yuan is beyond any office and keeps every scaled value in SQLite's 64-bit integers.
MAX_AMOUNT = Decimal(10) ** 12
FEN_PER_YUAN = 10**AMOUNT_SCALE
YUAN_PER_WAN = 10_000  # 万元, the unit the seed tables and the ABC thresholds speak in
CENT = Decimal(1).scaleb(-AMOUNT_SCALE)  # Decimal('0.01')
PRICE_UNIT = Decimal(1).scaleb(-PRICE_SCALE)  # Decimal('0.0001')
WAN = Decimal(YUAN_PER_WAN)


def to_scaled(value: Decimal | int | str | None, scale: int) -> int | None:
    """`value` as a whole number of 10**-scale, rounded half up (None stays None)."""
    if value is None:
        return None
    dec = value if isinstance(value, Decimal) else Decimal(str(value))
    return int((dec * (10**scale)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_scaled(value: int | None, scale: int) -> Decimal | None:
    """A stored whole number of 10**-scale back as the exact Decimal (None stays None)."""
    if value is None:
        return None
    return Decimal(int(value)).scaleb(-scale)


def whole_fen(amount: Decimal) -> int:
    """Yuan already in whole fen (a stored amount or a sum of them) → fen, without rounding:
    cheaper than `to_scaled` where 100,000 of them are made."""
    return int(amount.scaleb(AMOUNT_SCALE))


def yuan(fen: int | None) -> Decimal:
    """Fen (a stored amount or an SQL sum; None for an empty sum) → exact yuan: 1234 → 12.34."""
    return Decimal(int(fen or 0)).scaleb(-AMOUNT_SCALE)


def round_amount(value: Decimal) -> Decimal:
    """To the fen, half up: what an amount is kept as."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_units(value: Decimal, scale: int) -> Decimal:
    """To 10**-scale, half up (2: an amount, 4: a unit price or quantity)."""
    return value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """Quantity × unit price, kept to the fen half up (2 × 0.0025 → 0.01)."""
    return round_amount(quantity * unit_price)


def fen_text(fen: int) -> str:
    """Fen worded as yuan with thousands separators, without making a Decimal:
    1234567 → '12,345.67' (what `f"{yuan(fen):,.2f}"` gives, faster for the rules' texts)."""
    return f"{'-' if fen < 0 else ''}{abs(fen) // FEN_PER_YUAN:,}.{abs(fen) % FEN_PER_YUAN:02d}"


def yuan_text(value: Decimal) -> str:
    """Yuan worded with thousands separators and two places: Decimal('1234.5') → '1,234.50'."""
    return f"{value:,.2f}"

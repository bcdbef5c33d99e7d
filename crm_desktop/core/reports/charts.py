"""Charts for reports as data: what to draw, not pixels.

The printing layer draws them with the report's own font and pen as vector graphics, in
place of an <img src='chart:…'> of the HTML. A chart costs well under a millisecond that
way, prints sharp at any resolution and its Chinese labels are text in the PDF; a
matplotlib PNG cost ~25 ms to draw and encode, and more to decode and re-encode into the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

CHART_SCHEME = "chart:"


@dataclass(frozen=True)
class Series:
    name: str
    colour: str  # #rrggbb
    values: tuple[Decimal, ...]


@dataclass(frozen=True)
class BarChart:
    """Grouped vertical bars: one group per label, one bar per series, side by side."""

    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""  # the value axis' unit, e.g. 万元
    divisor: Decimal = Decimal(1)  # values are divided by it on the axis: 10000 for 万元
    width: int = 640  # pixels of a 96 dpi screen, as <img> sizes are
    height: int = 160

    def scaled(self, value: Decimal) -> Decimal:
        return value / self.divisor

    def axis(self) -> list[Decimal]:
        """The value axis' ticks (already divided by `divisor`), from the lowest to the highest;
        the first and last are the axis' ends."""
        values = [self.scaled(v) for s in self.series for v in s.values]
        return nice_ticks(min([Decimal(0), *values]), max([Decimal(0), *values]))


def nice_ticks(low: Decimal, high: Decimal, most: int = 6) -> list[Decimal]:
    """Round ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering low..high, at most `most` of them."""
    if high <= low:
        high = low + 1
    span = high - low
    exponent = span.adjusted() - 1
    while True:
        for mantissa in (1, 2, Decimal("2.5"), 5):
            step = Decimal(mantissa).scaleb(exponent)
            first = (low / step).to_integral_value(rounding=ROUND_FLOOR) * step
            last = (high / step).to_integral_value(rounding=ROUND_CEILING) * step
            count = int((last - first) / step) + 1
            if count <= most:
                return [first + step * i for i in range(count)]
        exponent += 1


def tick_label(value: Decimal) -> str:
    """A tick as the axis shows it: no exponent, no trailing zeros."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text

"""Chart images for reports, drawn with matplotlib's Agg canvas (no Qt, no pyplot state).

One figure is built per set of labels and reused: a batch of profiles only changes the bar
heights, which keeps each chart at a few milliseconds instead of ~90 ms for a new figure.
"""

from __future__ import annotations

import io
import threading
from decimal import Decimal
from functools import lru_cache
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from crm_desktop.core.fonts import matplotlib_cjk_family

_LOCK = threading.Lock()
DPI = 120


@lru_cache(maxsize=4)
def _figure(months: tuple[str, ...], title: str, this_label: str, last_label: str) -> tuple[Figure, Any, Any, Any]:
    family = matplotlib_cjk_family()
    font = {"family": family} if family else {}
    figure = Figure(figsize=(7.5, 2.4), dpi=DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    xs = list(range(len(months)))
    last = ax.bar([x - 0.2 for x in xs], [0] * len(xs), 0.4, color="#b0bec5", label=last_label)
    this = ax.bar([x + 0.2 for x in xs], [0] * len(xs), 0.4, color="#1e88e5", label=this_label)
    ax.set_xticks(xs)
    ax.set_xticklabels([m[2:] for m in months], fontsize=7, **font)
    ax.set_title(title, fontsize=9, loc="left", **font)
    ax.set_ylabel("万元", fontsize=8, **font)
    ax.legend(prop={"size": 7, **({"family": family} if family else {})}, frameon=False, ncols=2,
              loc="lower right", bbox_to_anchor=(1, 1))
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    figure.subplots_adjust(left=0.08, right=0.99, top=0.82, bottom=0.15)
    return figure, ax, this, last


def monthly_bars(months: list[str], this: list[Decimal], last: list[Decimal], title: str,
                 this_label: str, last_label: str) -> bytes:
    with _LOCK:
        figure, ax, this_bars, last_bars = _figure(tuple(months), title, this_label, last_label)
        for rect, value in zip(this_bars, this, strict=True):
            rect.set_height(float(value) / 10000)
        for rect, value in zip(last_bars, last, strict=True):
            rect.set_height(float(value) / 10000)
        values = [float(v) / 10000 for v in this + last] or [0.0]
        low, high = min(0.0, min(values)), max(values)
        ax.set_ylim(low * 1.1, high * 1.1 if high > 0 else 1.0)
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=DPI)
        return out.getvalue()

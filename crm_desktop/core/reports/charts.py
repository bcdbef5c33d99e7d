"""Chart images for reports, drawn with matplotlib's Agg canvas (no Qt, no pyplot state)."""

from __future__ import annotations

import io
from decimal import Decimal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from crm_desktop.core.fonts import matplotlib_cjk_family


def monthly_bars(months: list[str], this: list[Decimal], last: list[Decimal], title: str,
                 this_label: str, last_label: str) -> bytes:
    family = matplotlib_cjk_family()
    font = {"family": family} if family else {}
    figure = Figure(figsize=(7.5, 2.4), dpi=150)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    xs = list(range(len(months)))
    ax.bar([x - 0.2 for x in xs], [float(v) / 10000 for v in last], 0.4, color="#b0bec5", label=last_label)
    ax.bar([x + 0.2 for x in xs], [float(v) / 10000 for v in this], 0.4, color="#1e88e5", label=this_label)
    ax.set_xticks(xs)
    ax.set_xticklabels([m[2:] for m in months], fontsize=7, **font)
    ax.set_title(title, fontsize=9, loc="left", **font)
    ax.set_ylabel("万元", fontsize=8, **font)
    ax.legend(prop={"size": 7, **({"family": family} if family else {})}, frameon=False, ncols=2,
              loc="lower right", bbox_to_anchor=(1, 1))
    ax.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.08, right=0.99, top=0.82, bottom=0.15)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()

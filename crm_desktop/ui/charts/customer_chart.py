"""The selected customer's sales by month, with the same month a year earlier beside it.

The axes and the 2 × 24 bars are built once; opening another customer only changes bar
heights and the scale, which keeps opening a customer well under 100 ms (rebuilding the
figure with a layout engine took ~150 ms).
"""

from __future__ import annotations

from decimal import Decimal

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from crm_desktop.core.fonts import matplotlib_cjk_family
from crm_desktop.core.money import WAN
from crm_desktop.core.services.dto import MonthlySales
from crm_desktop.ui.theme import style_charts

BAR_WIDTH = 0.4


class CustomerSalesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        family = matplotlib_cjk_family()
        self.font = {"family": family} if family else {}
        style_charts()  # a dark window gets dark charts
        self.figure = Figure(figsize=(8, 2.6), dpi=96)
        self.figure.subplots_adjust(left=0.115, right=0.99, top=0.84, bottom=0.12)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("customer_chart")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.ax = self.figure.add_subplot()
        self.ax.spines[["top", "right"]].set_visible(False)
        self.ax.grid(axis="y", alpha=0.3)
        self.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
        self.message = self.figure.text(
            0.5, 0.5, "", ha="center", va="center", color="#666666", fontsize=11, **self.font
        )
        self.bars_last = self.bars_this = None
        self.month_keys: list[str] = []
        self.drawn_months = 0

    def _build(self, months: list[MonthlySales], this_label: str, last_label: str) -> None:
        """(Re)create the bars; needed only when the months or the language change."""
        ax = self.ax
        for container in (self.bars_last, self.bars_this):
            if container is not None:
                container.remove()
        xs = list(range(len(months)))
        self.bars_last = ax.bar(
            [x - BAR_WIDTH / 2 for x in xs],
            [0] * len(xs),
            BAR_WIDTH,
            label=last_label,
            color="#b0bec5",
        )
        self.bars_this = ax.bar(
            [x + BAR_WIDTH / 2 for x in xs],
            [0] * len(xs),
            BAR_WIDTH,
            label=this_label,
            color="#1e88e5",
        )
        ax.set_xticks(xs)
        ax.set_xticklabels(
            [m.month[2:] if i % 2 == 0 else "" for i, m in enumerate(months)],
            fontsize=8,
            **self.font,
        )
        ax.set_xlim(-0.6, len(xs) - 0.4)
        legend_font = {"size": 8, **({"family": self.font["family"]} if self.font else {})}
        ax.legend(
            prop=legend_font, loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, ncols=2
        )
        self.month_keys = [m.month for m in months]
        self.labels = (this_label, last_label)

    def show_message(self, text: str) -> None:
        self.ax.set_visible(False)
        self.message.set_text(text)
        self.drawn_months = 0
        self.canvas.draw_idle()

    def plot(
        self,
        months: list[MonthlySales],
        title: str,
        this_label: str,
        last_label: str,
        empty_text: str,
        unit_yuan: str,
        unit_wan: str,
    ) -> None:
        if not months or all(m.amount == 0 and m.previous_year == 0 for m in months):
            self.show_message(empty_text)
            return
        if [m.month for m in months] != self.month_keys or getattr(self, "labels", None) != (
            this_label,
            last_label,
        ):
            self._build(months, this_label, last_label)
        assert self.bars_last is not None and self.bars_this is not None
        peak = max(max(m.amount, m.previous_year) for m in months)
        in_wan = peak >= Decimal(100000)
        scale = float(WAN) if in_wan else 1.0
        for rect, m in zip(self.bars_last, months, strict=True):
            rect.set_height(float(m.previous_year) / scale)
        for rect, m in zip(self.bars_this, months, strict=True):
            rect.set_height(float(m.amount) / scale)
        low = min(0.0, min(float(min(m.amount, m.previous_year)) / scale for m in months))
        self.ax.set_ylim(low * 1.08, float(peak) / scale * 1.08 or 1.0)
        self.ax.set_ylabel(unit_wan if in_wan else unit_yuan, fontsize=9, **self.font)
        self.ax.set_title(title, fontsize=10, loc="left", **self.font)
        self.ax.set_visible(True)
        self.message.set_text("")
        self.drawn_months = len(months)
        self.canvas.draw_idle()

"""The selected customer's sales by month, with the same month a year earlier beside it."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from crm_desktop.core.fonts import matplotlib_cjk_family
from crm_desktop.core.services.dto import MonthlySales


class CustomerSalesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        family = matplotlib_cjk_family()
        self.font = {"family": family} if family else {}
        self.figure = Figure(figsize=(8, 2.6), dpi=96, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("customer_chart")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.drawn_months = 0

    def show_message(self, text: str) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        ax.axis("off")
        ax.text(0.5, 0.5, text, ha="center", va="center", color="#666666", fontsize=11, wrap=True, **self.font)
        self.drawn_months = 0
        self.canvas.draw_idle()

    def plot(self, months: list[MonthlySales], title: str, this_label: str, last_label: str,
             empty_text: str, unit_yuan: str, unit_wan: str) -> None:
        if not months or all(m.amount == 0 and m.previous_year == 0 for m in months):
            self.show_message(empty_text)
            return
        self.figure.clear()
        ax = self.figure.add_subplot()
        peak = max(max(m.amount, m.previous_year) for m in months)
        in_wan = peak >= Decimal(100000)
        scale = 10000.0 if in_wan else 1.0
        xs = range(len(months))
        width = 0.4
        ax.bar([x - width / 2 for x in xs], [float(m.previous_year) / scale for m in months], width,
               label=last_label, color="#b0bec5")
        ax.bar([x + width / 2 for x in xs], [float(m.amount) / scale for m in months], width,
               label=this_label, color="#1e88e5")
        ax.set_xticks(list(xs))
        ax.set_xticklabels([m.month[2:] if i % 2 == 0 else "" for i, m in enumerate(months)],
                           fontsize=8, rotation=0, **self.font)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
        ax.set_ylabel(unit_wan if in_wan else unit_yuan, fontsize=9, **self.font)
        ax.set_title(title, fontsize=10, loc="left", **self.font)
        ax.legend(prop={"family": self.font.get("family"), "size": 8} if self.font else {"size": 8},
                  loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, ncols=2)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", alpha=0.3)
        self.drawn_months = len(months)
        self.canvas.draw_idle()

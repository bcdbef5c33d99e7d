"""The office's analysis (the seeds' 7P views): a chart and the table behind it, shared
filters, export to PNG and .xlsx, and a click on a bar that filters the customer list."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.analytics import views
from crm_desktop.core.analytics.filters import Filters, period
from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import today
from crm_desktop.core.exporters.cells import safe_text
from crm_desktop.core.fonts import matplotlib_cjk_family
from crm_desktop.core.money import WAN
from crm_desktop.core.services.customer_marks import CustomerMarks
from crm_desktop.ui import labels
from crm_desktop.ui.choices import refill
from crm_desktop.ui.ops import CoalescedRefresh, Refreshing
from crm_desktop.ui.tasks import QueryOp, Task
from crm_desktop.ui.theme import style_charts

MONEY_COLUMNS = {"amount", "previous_year", "margin", "plan", "compensation"}
RATE_COLUMNS = {"share", "margin_rate", "cumulative_share", "completion", "customer_share"}
MAX_TABLE_ROWS = 500  # a 100,000-customer Pareto table would take seconds to fill
CHART_ROWS = 15  # bars a chart names; the table beside it lists every row


def _short(label: str, most: int = 9) -> str:
    """Axis labels stay short (the table has the whole name): laying out long Chinese
    names was most of a chart's drawing time."""
    return label if len(label) <= most else label[: most - 1] + "…"


class AnalysisPanel(QWidget, Refreshing):
    filter_list = Signal(
        str, object
    )  # list filter to set: "channel" | "region" | "category" | "owner", value
    open_customer = Signal(int)
    show_customers = Signal(list, str)  # customer ids, what they are (the bar's label)

    def __init__(
        self, core: Any, marks: Callable[[], CustomerMarks], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.marks = marks  # the rules' last computation: ABC classes and stages
        self.table_data: views.ViewTable | None = None
        self.view = self._combo(
            "analysis_view",
            [
                ("trend", self.tr("Sales by month, this year against last")),
                ("channel", self.tr("Performance by channel")),
                ("region", self.tr("Performance by region")),
                ("category", self.tr("Performance by category")),
                ("owner", self.tr("Performance by salesperson")),
                ("product", self.tr("Sales by product")),
                ("product_spec", self.tr("Sales by product and spec")),
                ("most_profitable", self.tr("Customers earning the most margin")),
                ("least_profitable", self.tr("Least profitable customers")),
                ("pareto", self.tr("80/20: the customers that make the sales")),
                (
                    "abc",
                    self.tr(
                        "ABC classes: customers and sales (the 12 months they are computed on)"
                    ),
                ),
                ("lifecycle", self.tr("Customers by lifecycle stage")),
                ("relationship", self.tr("Customers by relationship stage (share of wallet)")),
                ("new", self.tr("New customers per month")),
                ("retention", self.tr("Retention against the same period last year")),
                ("complaint_category", self.tr("Complaints by category")),
                ("complaint_status", self.tr("Complaints by status")),
                ("complaint_escalation", self.tr("Complaints by escalation level")),
                ("plan", self.tr("Plan against actual")),
            ],
        )
        self.period = self._combo(
            "analysis_period",
            [
                ("last12", self.tr("Last 12 months")),
                ("year", self.tr("This year")),
                ("quarter", self.tr("This quarter")),
                ("month", self.tr("This month")),
                ("custom", self.tr("Custom…")),
            ],
        )
        # Custom period: whole months, from … to …
        self.first_month, self.last_month = QDateEdit(), QDateEdit()
        for edit, name in ((self.first_month, "analysis_from"), (self.last_month, "analysis_to")):
            edit.setObjectName(name)
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(True)
            edit.hide()
        now = today()
        self.first_month.setDate(QDate(now.year - 1, now.month, 1))
        self.last_month.setDate(QDate(now.year, now.month, 1))
        self.owner = self._combo("analysis_owner", [(None, self.tr("All owners"))])
        self.region = self._combo("analysis_region", [(None, self.tr("All regions"))])
        self.channel = self._combo(
            "analysis_channel", [(None, self.tr("All channels")), *labels.channel_labels().items()]
        )
        self.category = self._combo(
            "analysis_category",
            [(None, self.tr("All categories")), *labels.category_labels().items()],
        )
        self.wan = QCheckBox(self.tr("In 10,000 yuan"))
        self.wan.setToolTip(self.tr("Show money in 10,000 yuan (万元) instead of yuan"))
        self.wan.setChecked(QSettings().value("analysis/wan", True, type=bool))
        self.wan.toggled.connect(lambda on: QSettings().setValue("analysis/wan", on))
        self.enlarge = QPushButton(self.tr("Large view"))
        self.enlarge.setObjectName("analysis_enlarge")
        self.enlarge.setToolTip(
            self.tr("Open the analysis in its own large window (again to put it back)")
        )
        self.export_png = QPushButton(self.tr("Save chart…"))
        self.export_xlsx = QPushButton(self.tr("Export table…"))
        self.export_png.clicked.connect(self.save_png)
        self.export_xlsx.clicked.connect(self.save_xlsx)
        top = QHBoxLayout()
        for widget in (
            self.view,
            self.period,
            self.first_month,
            self.last_month,
            self.owner,
            self.region,
            self.channel,
            self.category,
        ):
            top.addWidget(widget)
        top.addWidget(self.wan)
        top.addStretch(1)
        top.addWidget(self.enlarge)
        top.addWidget(self.export_png)
        top.addWidget(self.export_xlsx)
        family = matplotlib_cjk_family()
        self.font = {"family": family} if family else {}
        style_charts()  # a dark window gets dark charts
        self.figure = Figure(figsize=(8, 3), dpi=96)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("analysis_chart")
        self.canvas.setMinimumHeight(160)
        self.canvas.mpl_connect("pick_event", self._picked)
        # Re-fit labels when the pane changes size (docked, floating, large).
        self.canvas.mpl_connect("resize_event", lambda _event: self._refit())
        self.table = QTableWidget()
        self.table.setObjectName("analysis_table")
        self.table.setMinimumWidth(380)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self._choose(index.row()))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        for combo in (self.view, self.period, self.owner, self.region, self.channel, self.category):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.first_month, self.last_month):
            edit.dateChanged.connect(self.refresh)
        self.wan.toggled.connect(self._draw)
        self.refresher = CoalescedRefresh(self, self._work, self._done, self._failed)

    def _combo(self, name: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Sized by eight characters, not by its longest entry (the open list still shows it
        # whole): eight filters sized by their longest views made the window 1,441 pixels
        # wide at least, wider than a 1280-pixel office screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for key, text in items:
            combo.addItem(text, key)
        return combo

    def on_changes(self, changes: Changes) -> None:
        """Computed again, once shown, when its figures may have changed (contacts and notes
        are in none of its views)."""
        if self.table_data is None:
            return
        if changes.all_customers or changes.affects("customers", "imports"):
            self.reload_choices()
        if changes.all_customers or changes.affects(
            "customers", "sales", "complaints", "plans", "standing", "imports", "thresholds"
        ):
            self.refresh()

    def marks_changed(self) -> None:
        """The rules' marks moved: the views drawn from them follow."""
        if self.table_data is not None and self.view.currentData() in (
            "abc",
            "lifecycle",
            "relationship",
        ):
            self.refresh()

    def reload_choices(self) -> None:
        """Owners and regions come from the database; keep the current choice."""
        refill(self.owner, self.tr("All owners"), self.core.customers.owners())
        refill(self.region, self.tr("All regions"), [(r, r) for r in self.core.customers.regions()])

    def filters(self) -> Filters:
        custom = self.period.currentData() == "custom"
        self.first_month.setVisible(custom)
        self.last_month.setVisible(custom)
        if custom:
            first, last = sorted(
                (
                    self.first_month.date().toString("yyyy-MM"),
                    self.last_month.date().toString("yyyy-MM"),
                )
            )
        else:
            first, last = period(self.period.currentData(), today())
        return Filters(
            first,
            last,
            self.owner.currentData(),
            self.region.currentData(),
            self.channel.currentData(),
            self.category.currentData(),
        )

    def compute(self, view: str, f: Filters) -> views.ViewTable:
        """The table behind `view` (runs on the task lane; the core opens its own connection)."""
        names = {"channel": labels.channel_labels(), "category": labels.category_labels()}
        return self.core.analytics.view(view, f, today(), self.marks(), names)

    def _work(self) -> Callable[[Task], views.ViewTable]:
        view, f = self.view.currentData(), self.filters()
        return lambda _task: self.compute(view, f)

    def _done(self, table: views.ViewTable) -> None:
        self.table_data = table
        self._draw()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self, self.tr("Analysis"), self.tr("The view could not be computed: {0}").format(exc)
        )

    # -- table and chart ------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        unit = self.tr("10,000 yuan") if self.wan.isChecked() else self.tr("yuan")
        return {
            "label": self.tr("Item"),
            "amount": self.tr("Sales ({0})").format(unit),
            "previous_year": self.tr("Same period last year ({0})").format(unit),
            "margin": self.tr("Gross margin ({0})").format(unit),
            "margin_rate": self.tr("Margin %"),
            "share": self.tr("Share"),
            "cumulative_share": self.tr("Cumulative share"),
            "customers": self.tr("Customers"),
            "complaints": self.tr("Complaints"),
            "days_to_answer": self.tr("Average days to answer"),
            "compensation": self.tr("Compensation ({0})").format(unit),
            "plan": self.tr("Plan ({0})").format(unit),
            "completion": self.tr("Completion"),
            "quantity": self.tr("Quantity"),
            "customer_share": self.tr("Share of customers"),
        }

    def _label(self, key: Any, label: Any) -> str:
        view = self.view.currentData()
        if view == "retention":
            return {
                "retained": self.tr("Bought again"),
                "churned": self.tr("Did not buy again"),
                "new": self.tr("New this period"),
            }[key]
        if view == "complaint_status":
            return labels.complaint_status_labels().get(key, str(label))
        if view == "complaint_escalation":
            return labels.escalation_labels().get(key, self.tr("not escalated"))
        if view == "pareto":
            return self.tr("The biggest %n customer(s)", "", int(key))
        if view == "abc" and key == "—":
            return self.tr("not classed")
        if view == "lifecycle":
            return labels.lifecycle_labels().get(key, self.tr("not known yet"))
        if view == "relationship":
            return labels.relationship_labels().get(key, self.tr("no wallet estimate"))
        return str(label)

    def _format(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        if column in MONEY_COLUMNS:
            return f"{self._money(value):,.2f}"
        if column in RATE_COLUMNS:
            return f"{value * 100:.1f} %"
        return str(value)

    def _money(self, value: Decimal) -> Decimal:
        return value / WAN if self.wan.isChecked() else value

    def _fill_table(self) -> None:
        data = self.table_data
        if data is None:
            return
        names = self.headers()
        columns = data.columns[1:]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([names.get(c, c) for c in columns])
        shown = data.rows[:MAX_TABLE_ROWS]  # the export has every row
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, column in enumerate(columns):
                value = row[c + 1]
                text = (
                    self._label(row[0], value) if column == "label" else self._format(column, value)
                )
                item = QTableWidgetItem(text)
                if column != "label":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _draw(self) -> None:
        self._fill_table()
        data = self.table_data
        # One axes, cleared and reused: a new one per draw deep-copied every tick.
        ax = self.figure.axes[0] if self.figure.axes else self.figure.add_subplot()
        ax.clear()
        ax.set_axis_on()
        ax.spines[["top", "right"]].set_visible(False)
        if data is None or not data.rows or not any(v for row in data.rows for v in row[2:] if v):
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                self.tr(
                    "Nothing to show for these filters.\nEnter sales in a customer's Sales log "
                    "or import them (File → Import…), or widen the period."
                ),
                ha="center",
                va="center",
                color="#666666",
                fontsize=11,
                transform=ax.transAxes,
                **self.font,
            )
            self.canvas.draw_idle()
            return
        view = self.view.currentData()
        rows = data.rows[: 10 if view in ("least_profitable", "most_profitable") else CHART_ROWS]
        names = [self._label(r[0], r[1]) for r in rows]
        xs = list(range(len(rows)))
        headers = self.headers()
        if view == "trend":
            now = [float(self._money(v)) for v in data.column("amount")]
            before = [float(self._money(v)) for v in data.column("previous_year")]
            ax.bar(
                [x - 0.2 for x in xs], before, 0.4, color="#b0bec5", label=headers["previous_year"]
            )
            bars = ax.bar(
                [x + 0.2 for x in xs],
                now,
                0.4,
                color="#1e88e5",
                label=headers["amount"],
                picker=True,
            )
            margin = [float(self._money(v)) for v in data.column("margin")]
            ax.plot(xs, margin, color="#2e7d32", marker="o", markersize=3, label=headers["margin"])
            self._legend(ax)
        elif view == "plan":
            ax.bar(
                [x - 0.2 for x in xs],
                [float(self._money(v)) for v in data.column("plan")],
                0.4,
                color="#b0bec5",
                label=headers["plan"],
            )
            bars = ax.bar(
                [x + 0.2 for x in xs],
                [float(self._money(v)) for v in data.column("amount")],
                0.4,
                color="#1e88e5",
                label=headers["amount"],
                picker=True,
            )
            self._legend(ax)
        elif view == "pareto":
            # The curve at every percent of the customers (biggest first), the key accounts marked.
            xs_share = [float(v) * 100 for v in data.column("customer_share")]
            shares = [float(v) * 100 for v in data.column("cumulative_share")]
            key_count, count = data.summary.get("key_accounts", 0), data.summary.get("customers", 0)
            key_x = key_count / count * 100 if count else 0
            inside = [(x, y) for x, y in zip(xs_share, shares, strict=True) if x <= key_x]
            if inside:
                ax.fill_between(
                    [x for x, _ in inside], [y for _, y in inside], color="#1e88e5", alpha=0.35
                )
            (curve,) = ax.plot(xs_share, shares, color="#1e88e5", picker=5)
            ax.axhline(80, color="#e65100", linestyle=":", linewidth=1)
            ax.axvline(key_x, color="#e65100", linestyle=":", linewidth=1)
            ax.set_ylim(0, 105)
            ax.set_xlim(0, 100)
            ax.set_ylabel(headers["cumulative_share"] + " (%)", fontsize=8, **self.font)
            ax.set_xlabel(
                self.tr("{0} customers make 80 % of sales (blue); {1} customers in all").format(
                    key_count, count
                ),
                fontsize=9,
                **self.font,
            )
            self._finish(ax, [curve], view)
            return
        else:
            value_column = next(
                c for c in data.columns[2:] if c in ("amount", "customers", "complaints")
            )
            values = [
                float(self._money(v)) if value_column == "amount" else float(v)
                for v in data.column(value_column)
            ][: len(rows)]
            if len(rows) > 8:
                # Many names read best (and draw fastest: no rotated glyphs) down the side.
                bars = ax.barh(xs, values, color="#1e88e5", picker=True)
                ax.invert_yaxis()  # the first row on top, as in the table
                ax.set_yticks(xs)
                ax.set_yticklabels([_short(n) for n in names], fontsize=7, **self.font)
                ax.set_xlabel(headers[value_column], fontsize=8, **self.font)
                ax.grid(axis="x", alpha=0.3)
                self._finish(ax, bars, view, side_labels=True)
                return
            bars = ax.bar(xs, values, color="#1e88e5", picker=True)
            ax.set_ylabel(headers[value_column], fontsize=8, **self.font)
            if view == "new" and data.summary.get("prospects"):
                ax.set_xlabel(
                    self.tr("{0} of {1} prospects bought for the first time in the period").format(
                        data.summary["converted"], data.summary["prospects"]
                    ),
                    fontsize=9,
                    **self.font,
                )
        ax.set_xticks(xs)
        ax.set_xticklabels(
            [_short(n) for n in names],
            fontsize=8,
            rotation=30 if len(rows) > 6 else 0,
            ha="right" if len(rows) > 6 else "center",
            **self.font,
        )
        self._finish(ax, bars, view)

    def _refit(self) -> None:
        if self.figure.axes:
            self._margins()
            self.canvas.draw_idle()

    def _margins(self) -> None:
        """Margins in pixels, turned into the figure's fractions: tight_layout measured every
        label on each draw and cost more than the query behind the chart."""
        width, height = max(self.canvas.width(), 200), max(self.canvas.height(), 120)
        rotated = any(
            label.get_rotation() for ax in self.figure.axes[:1] for label in ax.get_xticklabels()
        )
        bottom = 78 if rotated else 46
        right = 60 if len(self.figure.axes) > 1 else 16
        left = 150 if getattr(self, "side_labels", False) else 78
        self.figure.subplots_adjust(
            left=min(left / width, 0.4),
            right=1 - min(right / width, 0.3),
            top=1 - min(40 / height, 0.4),
            bottom=min(bottom / height, 0.45),
        )

    def _legend(self, ax: Any) -> None:
        """Above the plot, right-aligned: never over the bars."""
        handles = len(ax.get_legend_handles_labels()[0])
        ax.legend(
            prop={"size": 8, **self.font},
            frameon=False,
            ncols=handles,
            loc="lower right",
            bbox_to_anchor=(1, 1),
        )

    def _finish(self, ax: Any, bars: Any, view: str, side_labels: bool = False) -> None:
        if not side_labels:
            ax.grid(axis="y", alpha=0.3)
        ax.set_title(self.view.currentText(), fontsize=10, loc="left", **self.font)
        self.bars = list(bars)
        self.side_labels = side_labels
        self._margins()
        self.canvas.draw_idle()

    # -- clicks and export ----------------------------------------------------------------
    def _picked(self, event: Any) -> None:
        bars = getattr(self, "bars", [])
        if self.view.currentData() == "pareto" and bars and event.artist is bars[0]:
            self._choose(0)  # the curve: its customers are the key accounts
        elif event.artist in bars:
            self._choose(bars.index(event.artist))

    def _choose(self, row: int) -> None:
        """A bar or row: filter the customer list to the customers behind it."""
        if self.table_data is None or not 0 <= row < len(self.table_data.rows):
            return
        key, view = self.table_data.rows[row][0], self.view.currentData()
        if view in ("channel", "region", "category", "owner", "abc"):
            self.filter_list.emit(view, "" if key == "—" else key)
        elif view in ("least_profitable", "most_profitable"):
            self.open_customer.emit(int(key))
        else:
            # Any point of the pareto curve: the key accounts behind the 80 %.
            label = (
                self.tr("key accounts")
                if view == "pareto"
                else self._label(key, self.table_data.rows[row][1])
            )
            title = f"{self.view.currentText()}: {label}"
            analytics, f, marks = self.core.analytics, self.filters(), self.marks()
            QueryOp(
                self,
                lambda _task: analytics.drill(view, key, f, today(), marks),
                lambda ids: self.show_customers.emit(ids, title),
                name="analytics.drill",
            ).run_in_background()

    def save_png(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), "chart.png", self.tr("PNG image (*.png)")
            )
        if path:
            self.figure.savefig(path, dpi=150)

    def save_xlsx(self, path: str | None = None) -> None:
        if self.table_data is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export table"), "analysis.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
        if not path:
            return
        from openpyxl import Workbook

        names = self.headers()
        columns = self.table_data.columns[1:]
        book = Workbook(write_only=True)
        sheet = book.create_sheet(self.tr("Analysis"))
        sheet.append([names.get(c, c) for c in columns])
        for row in self.table_data.rows:
            sheet.append(
                [
                    safe_text(self._label(row[0], v))
                    if c == "label"
                    else (self._money(v) if c in MONEY_COLUMNS and v is not None else v)
                    for c, v in zip(columns, row[1:], strict=True)
                ]
            )
        try:
            book.save(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export table"),
                self.tr("Could not write {0}: {1}").format(Path(path).name, exc.strerror or exc),
            )

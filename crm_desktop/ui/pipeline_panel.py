"""The pipeline board (销售漏斗): a column per stage, opportunities dragged between them (or
moved with "Move to…" from the keyboard), the funnel with its conversion between stages and
the forecast per month weighted by each stage's chance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import today
from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.fonts import matplotlib_cjk_family
from crm_desktop.core.services.opportunities import BoardCard, Pipeline
from crm_desktop.ui import labels
from crm_desktop.ui.formatting import money
from crm_desktop.ui.tabs.opportunities_tab import ask_lost_reason, move_refused

MIME = "application/x-crm-desktop-opportunity"
CARD_ID = Qt.ItemDataRole.UserRole
CARD_CUSTOMER = Qt.ItemDataRole.UserRole + 1


class StageList(QListWidget):
    """One stage's column: its cards can be dragged out and others dropped in."""

    dropped = Signal(int, str)  # opportunity id, this column's stage

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"pipeline_{stage}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        data.setData(MIME, ",".join(str(i.data(CARD_ID)) for i in items).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """The core moves the card; the board is then redrawn from it (the item is not moved
        by Qt, so a refused move leaves the card where it was)."""
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        ids = bytes(event.mimeData().data(MIME).data()).decode()
        for text in ids.split(","):
            if text.strip().isdigit():
                self.dropped.emit(int(text), self.stage)


class PipelinePanel(QWidget):
    changed = Signal(object)  # Changes of a move
    open_customer = Signal(int)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.data: Pipeline | None = None
        self.columns: dict[str, StageList] = {}
        self.headers: dict[str, QLabel] = {}
        board = QHBoxLayout()
        for stage in labels.opportunity_stage_labels():
            column = StageList(stage)
            column.dropped.connect(self.move)
            column.itemDoubleClicked.connect(
                lambda item: self.open_customer.emit(int(item.data(CARD_CUSTOMER)))
            )
            column.itemSelectionChanged.connect(lambda c=column: self._selected_in(c))
            header = QLabel()
            header.setObjectName(f"pipeline_header_{stage}")
            header.setStyleSheet("font-weight: bold;")
            box = QVBoxLayout()
            box.addWidget(header)
            box.addWidget(column, 1)
            board.addLayout(box, 1)
            self.columns[stage], self.headers[stage] = column, header
        self.current: StageList | None = None
        self.move_button = QPushButton(self.tr("Move to…"))
        self.move_button.setObjectName("pipeline_move")
        self.move_button.setToolTip(
            self.tr("Move the selected opportunity to another stage (or drag it to the column)")
        )
        menu = QMenu(self.move_button)
        for stage, label in labels.opportunity_stage_labels().items():
            action = QAction(label, menu)
            action.setObjectName(f"pipeline_move_to_{stage}")
            action.triggered.connect(lambda _checked=False, s=stage: self.move_selected(s))
            menu.addAction(action)
        self.move_button.setMenu(menu)
        self.move_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("pipeline_summary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.move_button)
        family = matplotlib_cjk_family()
        self.font = {"family": family} if family else {}
        self.figure = Figure(figsize=(8, 2.6), dpi=96)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("pipeline_chart")
        self.canvas.setMinimumHeight(160)
        board_widget = QWidget()
        board_layout = QVBoxLayout(board_widget)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(top)
        board_layout.addLayout(board, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(board_widget)
        split.addWidget(self.canvas)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.data = self.core.opportunities.pipeline(today())
        self._fill_board(self.data)
        self._draw(self.data)

    def on_changes(self, changes: Changes) -> None:
        """Read again (once shown) when opportunities, customers or the chances changed."""
        if self.data is not None and (
            changes.all_customers
            or changes.affects("opportunities", "customers", "thresholds", "imports")
        ):
            self.refresh()

    def _fill_board(self, data: Pipeline) -> None:
        names = labels.opportunity_stage_labels()
        for stage, column in self.columns.items():
            cards: list[BoardCard] = data.cards.get(stage, [])
            column.clear()
            for card in cards:
                lines = [card.customer + (f" · {card.product}" if card.product else "")]
                lines.append(
                    "¥"
                    + money(card.amount)
                    + (f" · {card.expected_close.isoformat()}" if card.expected_close else "")
                )
                if card.next_step and stage not in ("won", "lost"):
                    due = card.next_step_on.isoformat() + " " if card.next_step_on else ""
                    lines.append(self.tr("Next: {0}").format(due + card.next_step))
                item = QListWidgetItem("\n".join(lines))
                item.setData(CARD_ID, card.id)
                item.setData(CARD_CUSTOMER, card.customer_id)
                item.setToolTip("\n".join(lines))
                column.addItem(item)
            total = sum((c.amount for c in cards), Decimal(0))
            chance = data.chances.get(stage)
            title = f"{names[stage]} ({len(cards)})"
            if chance is not None:
                title += f" · {chance}%"
            self.headers[stage].setText(title)
            self.headers[stage].setToolTip(
                self.tr("Expected amount: {0} yuan").format(money(total))
            )
        win_rate = data.funnel.win_rate if data.funnel else None
        lost = data.funnel.lost if data.funnel else 0
        forecast = data.forecast
        weighted = (
            sum((m.weighted for m in forecast.months), Decimal(0)) if forecast else Decimal(0)
        )
        self.summary.setText(
            self.tr(
                "Win rate: {0} ({1} lost) · weighted forecast of the open opportunities: {2} yuan"
            ).format(
                f"{win_rate * 100:.0f}%" if win_rate is not None else "—", lost, money(weighted)
            )
        )
        self._selected_in(None)

    def _draw(self, data: Pipeline) -> None:
        """Left: how many reached each step, with the conversion to the next; right: the
        forecast per month, the full amounts behind the weighted ones."""
        fig = self.figure
        fig.clear()
        font = self.font
        names = labels.opportunity_stage_labels()
        steps = data.funnel.steps if data.funnel else []
        if not any(step.reached for step in steps):
            # Empty axes with zero bars say nothing; say what to do instead.
            fig.text(
                0.5,
                0.5,
                self.tr("No opportunities yet: add one on a customer's Opportunities tab."),
                ha="center",
                va="center",
                wrap=True,
                fontsize=9,
                color="#666666",
                **font,
            )
            self.canvas.draw_idle()
            return
        # One above the other: side by side, the two titles ran into each other in the dock.
        funnel_ax, forecast_ax = fig.subplots(2, 1)
        ys = list(range(len(steps)))[::-1]
        funnel_ax.barh(ys, [s.reached for s in steps], color="#1e88e5", align="center")
        funnel_ax.set_yticks(ys)
        funnel_ax.set_yticklabels([names[s.stage] for s in steps], fontsize=8, **font)
        for y, step in zip(ys, steps, strict=True):
            text = str(step.reached)
            if step.conversion is not None:
                text += " → " + f"{step.conversion * 100:.0f}%"
            funnel_ax.text(step.reached, y, " " + text, va="center", fontsize=7, **font)
        funnel_ax.set_title(
            self.tr("Funnel: reached, and on to the next stage"), fontsize=9, **font
        )
        funnel_ax.spines[["top", "right"]].set_visible(False)
        funnel_ax.set_xticks([])
        months = data.forecast.months if data.forecast else []
        xs = list(range(len(months)))
        forecast_ax.bar(
            xs, [float(m.amount) for m in months], color="#b0bec5", label=self.tr("Expected")
        )
        forecast_ax.bar(
            xs,
            [float(m.weighted) for m in months],
            color="#43a047",
            width=0.5,
            label=self.tr("Weighted by chance"),
        )
        forecast_ax.set_xticks(xs)
        forecast_ax.set_xticklabels([m.month[2:] for m in months], fontsize=7)
        forecast_ax.tick_params(axis="y", labelsize=7)
        forecast_ax.set_title(
            self.tr("Forecast by month of the expected close"), fontsize=9, **font
        )
        forecast_ax.spines[["top", "right"]].set_visible(False)
        if months:
            forecast_ax.legend(fontsize=7, frameon=False, prop=font or None)
        else:
            forecast_ax.text(
                0.5,
                0.5,
                self.tr("No open opportunity with a close date"),
                ha="center",
                va="center",
                transform=forecast_ax.transAxes,
                fontsize=8,
                color="#666666",
                **font,
            )
        fig.tight_layout()
        self.canvas.draw_idle()

    # -- moving -------------------------------------------------------------------------
    def _selected_in(self, column: StageList | None) -> None:
        if column is not None and column.selectedItems():
            self.current = column
            for other in self.columns.values():
                if other is not column:
                    other.clearSelection()
        elif column is None or self.current is column:
            self.current = None
        self.move_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> int | None:
        if self.current is None or not self.current.selectedItems():
            return None
        return int(self.current.selectedItems()[0].data(CARD_ID))

    def move_selected(self, stage: str) -> None:
        """The keyboard's way to drag: the selected card to `stage`."""
        opportunity = self.selected_id()
        if opportunity is not None:
            self.move(opportunity, stage)

    def move(self, opportunity_id: int, stage: str) -> None:
        column = next(
            (
                s
                for s, c in self.columns.items()
                if any(c.item(r).data(CARD_ID) == opportunity_id for r in range(c.count()))
            ),
            None,
        )
        if column == stage:
            return
        reason = None
        if stage == "lost":
            reason = ask_lost_reason(self)
            if reason is None:
                return
        try:
            changes = self.core.opportunities.move(opportunity_id, stage, reason)
        except ValidationErrors as error:
            move_refused(self, error)
            return
        self.refresh()
        self.changed.emit(changes)

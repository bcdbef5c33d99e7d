"""The Analysis pane: every view draws (demo data and an empty database), a bar filters the
customer list, the chart and table export, and the chart font has the Chinese glyphs."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any


def show_view(window: Any, qtbot: Any, key: str) -> Any:
    panel = window.analysis
    panel.view.setCurrentIndex(panel.view.findData(key))
    panel.refresh()  # setting the view it already shows emits nothing
    qtbot.waitUntil(lambda: not panel.loading and panel.table_data is not None, timeout=10000)
    return panel


def test_every_view_draws_with_demo_data(window: Any, qtbot: Any) -> None:
    window.analysis_dock.raise_()
    panel = window.analysis
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading and panel.table_data is not None, timeout=10000)
    for index in range(panel.view.count()):
        key = panel.view.itemData(index)
        panel.view.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
        assert panel.table.rowCount() == len(panel.table_data.rows), key
        assert panel.figure.axes, key
        if key in ("trend", "channel", "product", "pareto", "abc"):
            assert panel.table_data.rows, key
            drawn = panel.figure.axes[0].lines if key == "pareto" else panel.figure.axes[0].patches
            assert drawn, f"{key} drew nothing"


def test_a_channel_bar_filters_the_customer_list(window: Any, qtbot: Any) -> None:
    panel = show_view(window, qtbot, "channel")
    first_channel = panel.table_data.rows[0][0]
    panel._choose(0)
    assert window.list_panel.channel.currentData() == first_channel
    shown = window.list_panel.model.ids()
    assert shown and all(
        window.core.customers.get(cid).channel == first_channel for cid in shown[:10]
    )


def test_a_product_bar_lists_the_customers_who_bought_it(window: Any, qtbot: Any) -> None:
    panel = show_view(window, qtbot, "product")
    product_id, name = panel.table_data.rows[0][0], panel.table_data.rows[0][1]
    panel._choose(0)
    qtbot.waitUntil(lambda: window.list_panel.only_bar.isVisibleTo(window.list_panel))
    shown = window.list_panel.model.ids()
    assert shown
    assert name in window.list_panel.only_bar.text()
    for cid in shown[:5]:
        assert any(line.product == name for line in window.core.sales.lines(cid))
    assert product_id
    window.list_panel.show_only(None)
    assert len(window.list_panel.model.ids()) == 40


def test_filters_change_the_figures(window: Any, qtbot: Any) -> None:
    panel = show_view(window, qtbot, "trend")
    everything = sum(panel.table_data.column("amount"))
    panel.channel.setCurrentIndex(panel.channel.findData("retail"))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    assert 0 < sum(panel.table_data.column("amount")) < everything
    panel.period.setCurrentIndex(panel.period.findData("month"))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    assert len(panel.table_data.rows) == 1


def test_chart_and_table_export(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    panel = show_view(window, qtbot, "region")
    panel.save_png(str(tmp_path / "chart.png"))
    panel.save_xlsx(str(tmp_path / "table.xlsx"))
    assert (tmp_path / "chart.png").stat().st_size > 5000
    rows = list(load_workbook(tmp_path / "table.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "Item" and len(rows) == len(panel.table_data.rows) + 1
    assert rows[1][0] == panel.table_data.rows[0][1]


def test_an_empty_database_says_what_to_enter(qtbot: Any, db_path: Path) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    window = open_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10000)
    panel = show_view(window, qtbot, "trend")
    texts = [t.get_text() for ax in panel.figure.axes for t in ax.texts]
    assert any("Sales log" in t for t in texts)
    window.core.engine.dispose()


def test_the_chart_font_renders_chinese_without_missing_glyphs() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from crm_desktop.core.fonts import matplotlib_cjk_family

    family = matplotlib_cjk_family()
    assert family, "a CJK font is installed (see .ci/run)"
    figure = Figure()
    FigureCanvasAgg(figure)
    figure.text(0.5, 0.5, "客户", family=family)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" is a UserWarning
        figure.canvas.draw()


def test_lifecycle_view_counts_every_active_customer_and_lists_a_stage(
    window: Any, qtbot: Any
) -> None:
    qtbot.waitUntil(
        lambda: not window.warnings.loading and len(window.warnings.snapshot) > 0, timeout=15000
    )
    panel = show_view(window, qtbot, "lifecycle")
    assert sum(panel.table_data.column("customers")) == 40
    marks = window.list_panel.model.marks
    stage = panel.table_data.rows[0][0]
    panel._choose(0)
    qtbot.waitUntil(lambda: window.list_panel.only_bar.isVisibleTo(window.list_panel))
    shown = window.list_panel.model.ids()
    assert shown and all(marks.lifecycle(cid) == stage for cid in shown)
    relationship = show_view(window, qtbot, "relationship")
    assert sum(relationship.table_data.column("customers")) == 40


def test_the_large_view_floats_the_analysis_and_docks_it_back(window: Any, qtbot: Any) -> None:
    window.analysis.enlarge.click()
    assert window.analysis_dock.isFloating() and window.analysis_dock.width() >= 1000
    window.analysis.enlarge.click()
    assert not window.analysis_dock.isFloating()


def test_a_custom_period_and_the_product_spec_view(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    panel = show_view(window, qtbot, "trend")
    panel.period.setCurrentIndex(panel.period.findData("custom"))
    assert panel.first_month.isVisibleTo(panel)
    panel.first_month.setDate(QDate(2026, 3, 1))
    panel.last_month.setDate(QDate(2026, 5, 31))
    qtbot.waitUntil(
        lambda: (
            not panel.loading
            and [r[0] for r in panel.table_data.rows] == ["2026-03", "2026-04", "2026-05"]
        ),
        timeout=10000,
    )
    assert any(line.get_label().startswith("Gross margin") for line in panel.figure.axes[0].lines)
    specs = show_view(window, qtbot, "product_spec")
    assert specs.table_data.rows and specs.table.horizontalHeaderItem(4).text() == "Quantity"
    specs._choose(0)
    qtbot.waitUntil(lambda: window.list_panel.only_bar.isVisibleTo(window.list_panel))
    assert window.list_panel.model.ids()


def test_every_view_draws_on_an_empty_database(qtbot: Any, db_path: Path) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    window = open_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10000)
    panel = window.analysis
    for index in range(panel.view.count()):
        panel.view.setCurrentIndex(index)
        panel.refresh()
        qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
        texts = [t.get_text() for ax in panel.figure.axes for t in ax.texts]
        assert any("Nothing to show" in t for t in texts), panel.view.itemData(index)
    window.core.engine.dispose()

"""Desktop habits: the next start finds the window as it was left (size, splitter, docks,
the list's column widths and sort)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


def _open(qtbot: Any, db: Path) -> Any:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    win = open_window(str(db))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=30000)
    return win


def test_layout_is_remembered_between_starts(qtbot: Any, demo_db: Path) -> None:
    first = _open(qtbot, demo_db)
    first.resize(1200, 760)
    header = first.list_panel.view.horizontalHeader()
    header.resizeSection(0, 301)
    first.splitter.setSizes([480, 900])
    splitter = first.splitter.saveState()
    first.list_panel._header_clicked(first.list_panel.model.COLUMNS.index("abc"))
    first.analysis_dock.hide()
    first.close()
    first.core.engine.dispose()

    second = _open(qtbot, demo_db)
    try:
        assert second.list_panel.view.horizontalHeader().sectionSize(0) == 301
        assert QSettings().value("main/splitter") == splitter
        assert second.list_panel.sort_by_class
        assert second.list_panel.view.horizontalHeader().isSortIndicatorShown()
        # Closed stays closed, open stays open (whichever tab is in front).
        assert not second.analysis_dock.toggleViewAction().isChecked()
        assert second.warnings_dock.toggleViewAction().isChecked()
    finally:
        second.core.engine.dispose()


def test_the_window_fits_a_1280_pixel_office_screen(window: Any) -> None:
    """Nothing in the window (the Analysis filters least of all) asks for more width than a
    common office screen has: a wider minimum pushes the right edge off the screen."""
    window.show()
    assert window.minimumSizeHint().width() <= 1280

"""Started as a separate process by bench_ui.py: time from process start to a usable window.

    python bench/start_probe.py bare          # a bare PySide6 QMainWindow, shown
    python bench/start_probe.py floor DB      # the least a list window can be: a search box and a
                                              # QTableView of 40 customer names, no app code
    python bench/start_probe.py app DB        # crm-desktop's main window with its list filled

"Usable" = shown and painted with the list's first screenful of rows. Prints the moment.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        window.grab()  # renders the whole window now, as for the app below
    elif mode == "floor":
        _floor(sys.argv[2])
    else:
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        from crm_desktop.ui.app import make_application, open_window

        app = make_application()  # noqa: F841 - must outlive the window
        window = open_window(sys.argv[2])
        window.resize(1280, 800)
        window.show()
        # grab() paints every widget of the window synchronously: the list rows are fetched
        # and drawn. Work the window defers until after its first paint (the full id list,
        # the filter choices, loading the core) runs in the event loop, which is not entered.
        window.grab()
        assert window.list_panel.model.rowCount() > 0
    # Wall-clock moment the window became usable; bench_ui.py subtracts the spawn moment.
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)  # the core may still be loading on its thread: the measurement is done


def _floor(db: str) -> None:
    """What any list window pays beyond the bare one: Qt's enum namespace (~13 ms here:
    PySide6 builds every enum of `Qt` on first touch), sqlite3, a layout, a table with text."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    rows = (
        sqlite3.connect(db)
        .execute(
            "SELECT name, code, region, channel, phone FROM customer ORDER BY sort_key LIMIT 40"
        )
        .fetchall()
    )

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802, ANN001, ANN202, B008
            return len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802, ANN001, ANN202, B008
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
            return (
                rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
            )

    app = QApplication(sys.argv[:1])  # noqa: F841
    window = QMainWindow()
    window.resize(1280, 800)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    view = QTableView()
    model = Rows()
    view.setModel(model)
    layout.addWidget(view)
    window.setCentralWidget(central)
    window.show()
    window.grab()


if __name__ == "__main__":
    main()

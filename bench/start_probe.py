"""Started as a separate process by bench_ui.py: time from process start to a usable window.

    python bench/start_probe.py bare          # a bare PySide6 QMainWindow, shown
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


if __name__ == "__main__":
    main()

"""The shared server against the file, in one run (issue 14): the same office of 100,000
customers / 1,000,000 sales on a SQLite file and on a PostgreSQL server's database, each
opened in a real window; search as you type and opening a customer timed on both.

    python bench/make_db.py --db postgresql+psycopg://user@host:port/db   (fill it once)
    python bench/bench_server.py --db postgresql+psycopg://user@host:port/db [--sqlite FILE]

Targets: search p95 on the server ≤ 2 × the file's; opening a customer ≤ 100 ms p95.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CRM_DESKTOP_TODAY", "2026-11-25")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ui import p95, queries  # noqa: E402
from make_db import DEFAULT, ensure_db, ensure_server_db  # noqa: E402


def open_office(target: str) -> Any:
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.ui.app import open_window

    window = open_window(target)
    window.resize(1280, 800)
    window.show()
    deadline = time.time() + 120
    while window.detail is None and time.time() < deadline:
        QCoreApplication.processEvents()
    # Typing is measured once the warnings list has been computed, as an office works all day.
    while (window.warnings is None or window.warnings.loading) and time.time() < deadline + 300:
        QCoreApplication.processEvents()
    return window


def search_times(window: Any, typed: list[str]) -> list[float]:
    """Each prefix of each query is one keystroke: the search, then the rows a user sees."""
    panel = window.list_panel
    per_key: list[float] = []
    for query in typed:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            panel.search_box.blockSignals(True)
            panel.search_box.setText(query[:end])
            panel.search_box.blockSignals(False)
            panel.run_search()
            for row in range(min(30, panel.model.rowCount())):
                panel.model.data(panel.model.index(row, 0))
            per_key.append(time.perf_counter() - started)
    panel.search_box.setText("")
    panel.run_search()
    return per_key


def open_times(window: Any, ids: list[int]) -> list[float]:
    """Header + five tabs + the chart drawn, per customer."""
    opened: list[float] = []
    for customer_id in ids:
        started = time.perf_counter()
        window.detail.show_customer(customer_id)
        window.detail.chart.canvas.draw()
        opened.append(time.perf_counter() - started)
    return opened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="postgresql+psycopg://user@host:port/db")
    parser.add_argument("--sqlite", type=Path, default=DEFAULT)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    sqlite_file = ensure_db(args.sqlite)
    server = ensure_server_db(args.db)

    from crm_desktop.ui.app import make_application

    qapp = make_application()
    typed = queries(sqlite_file, args.queries)
    ids = random.Random(5).sample(range(1, 100_001), 100)
    results: dict[str, tuple[list[float], list[float]]] = {}
    for name, target in (("SQLite", str(sqlite_file)), ("PostgreSQL", server)):
        window = open_office(target)
        open_times(window, ids[:5])  # the first chart and fonts, not the database
        results[name] = (search_times(window, typed), open_times(window, ids))
        window.close()
        if window.core is not None:
            window.core.close()
    for name, (searched, opened) in results.items():
        print(
            f"{name:<10}  search p95 {p95(searched) * 1000:6.1f} ms"
            f" (median {statistics.median(searched) * 1000:5.1f}) over {len(searched)} keystrokes;"
            f"  open customer p95 {p95(opened) * 1000:6.1f} ms"
            f" (median {statistics.median(opened) * 1000:5.1f})"
        )
    ratio = p95(results["PostgreSQL"][0]) / p95(results["SQLite"][0])
    print(f"search p95 PostgreSQL / SQLite: {ratio:.2f} (target <= 2)")
    print(
        f"open customer p95 on PostgreSQL: {p95(results['PostgreSQL'][1]) * 1000:.1f} ms"
        " (target <= 100 ms)"
    )
    qapp.quit()


if __name__ == "__main__":
    main()

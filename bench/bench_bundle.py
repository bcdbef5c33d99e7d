"""Issue 8: bundle size and cold start against a bare PySide6 + matplotlib hello-world
bundle built with the same PyInstaller, in one run.

    python bench/bench_bundle.py      (builds both bundles under bench/out/; takes ~2 minutes)

Targets: size ≤ 1.5 × the hello world; start ≤ 1.3 × the hello world's start. "Start" is
the time until each program says its window is up (the app: list shown and core loaded).
Cold start drops the page cache first when allowed (root on Linux); warm start is measured too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "bundle"
HELLO = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication(sys.argv)
window = QMainWindow()
figure = Figure()
figure.add_subplot().bar([1, 2, 3], [3, 1, 2])
window.setCentralWidget(FigureCanvasQTAgg(figure))
window.show()
def ready():
    print("window ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build() -> tuple[Path, Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    hello_py = OUT / "hello.py"
    hello_py.write_text(HELLO)
    common = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "ERROR",
        "--workpath",
        str(OUT / "work"),
        "--distpath",
        str(OUT / "dist"),
    ]
    subprocess.run(
        [*common, "--onedir", "--name", "hello", "--specpath", str(OUT), str(hello_py)], check=True
    )
    subprocess.run([*common, str(ROOT / "build.spec")], check=True, cwd=ROOT)
    return OUT / "dist" / "hello", OUT / "dist" / "crm-desktop"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_time(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        drop_caches()
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert "window ready" in result.stdout, result.stdout + result.stderr
    return time.perf_counter() - started


def main() -> None:
    hello, app = build()
    hello_size, app_size = du(hello), du(app)
    print(
        f"bundle size: app {app_size / 2**20:.0f} MB, hello world {hello_size / 2**20:.0f} MB, "
        f"ratio {app_size / hello_size:.2f} (target <= 1.5)"
    )
    db = OUT / "start.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_TODAY": "2026-11-25"}
    if not db.exists():
        subprocess.run(
            [str(app / "crm-desktop-cli"), "--db", str(db), "demo", "--customers", "300"],
            env=env,
            check=True,
            capture_output=True,
        )
    app_cmd = [str(app / "crm-desktop"), "--db", str(db)]
    can_drop = drop_caches()
    for cold in (True, False) if can_drop else (False,):
        runs = 5
        label = "cold" if cold else "warm"
        h = statistics.median([start_time([str(hello / "hello")], env, cold) for _ in range(runs)])
        # The window with its list painted (what the clerk sees), and fully loaded (core,
        # charts and warnings ready) for comparison.
        for moment, flag in (("list painted", "first-paint"), ("fully loaded", "1")):
            a = statistics.median(
                [
                    start_time(app_cmd, {**env, "CRM_DESKTOP_SMOKE_TEST": flag}, cold)
                    for _ in range(runs)
                ]
            )
            print(
                f"{label} start, {moment}: app {a * 1000:.0f} ms, hello world {h * 1000:.0f} ms, "
                f"ratio {a / h:.2f} (target <= 1.3)"
            )


if __name__ == "__main__":
    main()

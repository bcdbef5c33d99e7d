"""Issue 5's target: ABC classes and all warnings for 100,000 customers / 1,000,000 sales
≤ 5 × one `SELECT customer_id, SUM(amount) FROM sale GROUP BY customer_id`, in one run.

    python bench/bench_rules.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_db import TODAY, ensure_db  # noqa: E402

from crm_desktop.core.facade import open_core, upgrade_database  # noqa: E402
from crm_desktop.core.rules.summary import computed_fields  # noqa: E402


def main() -> None:
    upgrade_database(str(ensure_db()))
    core = open_core(str(ensure_db()))
    with core.engine.connect() as con:
        con.exec_driver_sql("SELECT COUNT(*) FROM sale").scalar()  # warm the cache for both
        base, ours = [], []
        for _ in range(3):
            started = time.perf_counter()
            con.exec_driver_sql(
                "SELECT customer_id, SUM(amount) FROM sale GROUP BY customer_id"
            ).fetchall()
            base.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = computed_fields(con, TODAY if isinstance(TODAY, date) else date.today())
            ours.append(time.perf_counter() - started)
    warnings = sum(len(r.warnings) for r in result.values())
    classes = sum(1 for r in result.values() if r.abc_class)
    b, o = statistics.median(base), statistics.median(ours)
    print(
        f"ABC + all warnings for {len(result)} customers ({classes} classed, {warnings} warnings): "
        f"{o:.2f} s; bare GROUP BY {b:.2f} s; ratio {o / b:.2f} (target <= 5)"
    )


if __name__ == "__main__":
    main()

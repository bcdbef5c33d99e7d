"""Build the benchmark database: 100,000 customers, 300,000 contacts, 1,000,000 sales.

python bench/make_db.py [PATH]      (default bench/out/bench.sqlite3; reused if complete)
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop.core.demo import generate  # noqa: E402
from crm_desktop.core.facade import open_core, upgrade_database  # noqa: E402

DEFAULT = ROOT / "bench" / "out" / "bench.sqlite3"
TODAY = date(2026, 11, 25)
# The database's sales are dated around TODAY: every bench reads it as of that day, so the
# start-up upkeep (upgrade_database moving the analysis horizon) agrees with the views.
os.environ.setdefault("CRM_DESKTOP_TODAY", TODAY.isoformat())
CUSTOMERS, CONTACTS_EACH, SALES_EACH = 100_000, 3, 10


def ensure_db(path: Path = DEFAULT) -> Path:
    """Return a complete benchmark database at `path`, building it when missing."""
    import sqlite3

    if path.exists():
        con = sqlite3.connect(path)
        try:
            n = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
            s = con.execute("SELECT COUNT(*) FROM sale").fetchone()[0]
        except sqlite3.DatabaseError:
            n = s = 0
        con.close()
        if n == CUSTOMERS and s == CUSTOMERS * SALES_EACH:
            return path
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    upgrade_database(str(path))
    core = open_core(str(path))
    started = time.perf_counter()
    result = generate(
        core.engine,
        CUSTOMERS,
        TODAY,
        seed=42,
        sales_per_customer=SALES_EACH,
        contacts_per_customer=CONTACTS_EACH,
        bulk=True,
        progress=lambda done, total: print(f"\r{done}/{total} customers", end="", flush=True),
    )
    with core.engine.connect() as con:
        con.exec_driver_sql("ANALYZE")
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    core.engine.dispose()
    print(
        f"\nbuilt {result.customers} customers, {result.contacts} contacts, {result.sales} sales "
        f"in {time.perf_counter() - started:.1f} s -> {path}"
    )
    return path


if __name__ == "__main__":
    ensure_db(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)

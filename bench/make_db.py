"""Build the benchmark database: 100,000 customers, 300,000 contacts, 1,000,000 sales.

python bench/make_db.py [PATH]      (default bench/out/bench.sqlite3; reused if complete)
python bench/make_db.py --db postgresql+psycopg://user@host:port/db   (an empty server
                                     database, or one already filled by this script)
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


def ensure_server_db(url: str) -> str:
    """The same office on a PostgreSQL server's (empty or complete) database at `url`."""
    from crm_desktop.core.db.engine import make_engine

    upgrade_database(url)
    engine = make_engine(url)
    with engine.connect() as con:
        n = con.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar()
        s = con.exec_driver_sql("SELECT COUNT(*) FROM sale").scalar()
    engine.dispose()
    if n == CUSTOMERS and s == CUSTOMERS * SALES_EACH:
        return url
    if n:
        raise SystemExit(f"{url} holds {n} customers: give an empty database")
    core = open_core(url)
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
    with core.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
        con.exec_driver_sql("VACUUM ANALYZE")
    core.engine.dispose()
    print(
        f"\nbuilt {result.customers} customers, {result.contacts} contacts, {result.sales} sales "
        f"in {time.perf_counter() - started:.1f} s -> {url}"
    )
    return url


def target_argument(argv: list[str]) -> str | None:
    """`--db URL` (or `--db=URL`) of a bench's command line, None when not given."""
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg.split("=", 1)[1]
    return None


def ensure_target(argv: list[str]) -> str:
    """The bench database a script's command line names: `--db` a server's URL or a file,
    else the default file."""
    target = target_argument(argv)
    if target and "://" in target and not target.startswith("sqlite"):
        return ensure_server_db(target)
    return str(ensure_db(Path(target) if target else DEFAULT))


if __name__ == "__main__":
    given = target_argument(sys.argv[1:])
    if given:
        print(ensure_target(sys.argv[1:]))
    else:
        ensure_db(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)

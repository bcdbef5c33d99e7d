"""Issue 13's backup figures on the 100,000-customer bench database (bench/make_db.py):

- backup + verify (the online copy, `PRAGMA integrity_check`, gzip, the gzip read back) as a
  ratio to copying the file with shutil.copyfile, the least a backup could cost;
- the restore round trip (check the backup, keep the current data aside, unpack, swap) on a
  copy of the database, and the JSON export of the whole database before == after it,
  compared by SHA-256.

    python bench/bench_backup.py [--keep]    # --keep: leave the scratch folder for a look

The bench database itself is only read: everything is written in a scratch folder.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CRM_DESKTOP_TODAY", "2026-11-25")

from crm_desktop.core.backup import _copy, _integrity, restore  # noqa: E402
from crm_desktop.core.backup_schedule import MANUAL, make_backup  # noqa: E402
from crm_desktop.core.facade import open_core  # noqa: E402

DATABASE = ROOT / "bench" / "out" / "bench.sqlite3"


def timed(work: object) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    return time.perf_counter() - started, result


def check_bench_database(path: Path) -> int:
    """The number of customers; exits when the database is missing (never builds one here:
    make_db.py may still be writing it)."""
    if not path.exists():
        raise SystemExit(f"{path} is missing: run bench/make_db.py first")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def export_digest(database: Path, out: Path) -> tuple[float, str]:
    core = open_core(str(database))
    try:
        seconds, _count = timed(lambda: core.exports.export(out))
    finally:
        core.close()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    out.unlink()
    return seconds, digest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--backup-only", action="store_true", help="the backup figures, no restore round trip"
    )
    args = parser.parse_args()
    customers = check_bench_database(DATABASE)
    size = DATABASE.stat().st_size
    scratch = Path(tempfile.mkdtemp(prefix="crm-bench-backup-"))
    try:
        DATABASE.read_bytes()  # the file in the page cache for every contestant alike
        copy_s, _ = timed(lambda: shutil.copyfile(DATABASE, scratch / "copy.sqlite3"))
        plain = scratch / "plain.sqlite3"
        # The parts of a backup: SQLite's online copy, then the full integrity check.
        online_s, _ = timed(lambda: _copy(DATABASE, plain))
        check_s, _ = timed(lambda: _integrity(plain))
        plain.unlink()
        packed_s, packed = timed(lambda: make_backup(DATABASE, scratch / "backups", MANUAL))
        packed_size = packed.stat().st_size  # type: ignore[attr-defined]
        print(f"bench database: {customers:,} customers, {size / 1e6:,.0f} MB ({DATABASE})")
        print(f"copy (shutil.copyfile):            {copy_s:6.2f} s   baseline")
        ratio = online_s / copy_s
        print(f"  SQLite online copy:              {online_s:6.2f} s   {ratio:4.1f} × copy")
        ratio = check_s / copy_s
        print(f"  PRAGMA integrity_check:          {check_s:6.2f} s   {ratio:4.1f} × copy")
        ratio = packed_s / copy_s
        print(
            f"backup + verify (gzip, checked):   {packed_s:6.2f} s   {ratio:4.1f} × copy"
            f"   ({packed_size / 1e6:,.0f} MB, {packed_size / size:.0%} of the file)"
        )
        if args.backup_only:
            return 0
        office = scratch / "copy.sqlite3"
        export_before_s, before = export_digest(office, scratch / "before.json")
        restore_s, _safety = timed(lambda: restore(packed, office))  # type: ignore[arg-type]
        export_after_s, after = export_digest(office, scratch / "after.json")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"restore (check, keep aside, swap): {restore_s:6.2f} s")
    print(f"round trip (backup + restore):     {packed_s + restore_s:6.2f} s")
    print(
        f"export .json before / after:       {export_before_s:6.2f} s / {export_after_s:.2f} s"
        f"   sha256 {before[:16]}… {'==' if before == after else '!='} {after[:16]}…"
    )
    return 0 if before == after else 1


if __name__ == "__main__":
    sys.exit(main())

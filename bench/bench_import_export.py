"""Issue 4's targets, measured in one run:

- import of a 50,000-row contact book (5,000 companies × 10 contacts) ≤ 2 × the time
  python-calamine alone takes to read the same file; peak memory during the import ≤ 300 MB;
- export of 100,000 customers to .xlsx ≤ 3 × openpyxl's write-only mode writing the same rows.

    python bench/bench_import_export.py [--import-only]
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("CRM_DESKTOP_TODAY", "2026-11-25")

from openpyxl import Workbook  # noqa: E402

OUT = ROOT / "bench" / "out"


def make_book(path: Path) -> None:
    rng = random.Random(9)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("通讯录")
    sheet.append(["客户名称", "联系人", "职务", "手机", "电话", "生日", "地区", "地址"])
    for company in range(5000):
        name = f"{rng.choice(['北京', '上海', '广州', '成都'])}第{company}号医药有限公司"
        for person in range(10):
            sheet.append(
                [
                    name,
                    f"联系人{company}-{person}",
                    "采购",
                    13000000000 + company * 10 + person,
                    f"010-{rng.randrange(10**7, 10**8)}",
                    f"19{rng.randrange(60, 99)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                    "华北",
                    f"某路{company}号",
                ]
            )
    book.save(path)


def calamine_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - started


IMPORT_CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from crm_desktop.core.facade import open_core, upgrade_database
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
upgrade_database({db!r})
core = open_core({db!r})
started = time.perf_counter()
summary = apply_draft(build_draft(Path({book!r})), core.engine)
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, summary.line())
"""


FLOOR_CHILD = """
import sqlite3, sys, time
sys.path.insert(0, {root!r})
from python_calamine import CalamineWorkbook
from crm_desktop.core.facade import upgrade_database
upgrade_database({db!r})
con = sqlite3.connect({db!r})
# The floor skips indexing new names too.
for trigger in ("customer_fts_ai", "analytics_customer_ai"):
    con.execute(f"DROP TRIGGER {{trigger}}")
started = time.perf_counter()
book = CalamineWorkbook.from_path({book!r})
rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()[1:]
ids = {{}}
for row in rows:
    ids.setdefault(row[0], len(ids) + 1)
con.executemany("INSERT INTO customer(id, name, name_key, kind, relation, channel, category,"
                " active, sort_key, search_initials, search_pinyin, search_digits, created_at,"
                " updated_at) VALUES"
                " (?, ?, ?, 'company', 'downstream', 'other', 'normal', 1, ?, '', '', '', '', '')",
                [(i, name, name, name) for name, i in ids.items()])
con.executemany("INSERT INTO contact(customer_id, name, title, mobile, phone, birthday_lunar, left)"
                " VALUES (?, ?, ?, ?, ?, 0, 0)",
                [(ids[r[0]], r[1], r[2], str(int(r[3])), r[4]) for r in rows])
con.commit()
print(time.perf_counter() - started)
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    book = OUT / "book_50k.xlsx"
    if not book.exists():
        make_book(book)
    base = min(calamine_read(book) for _ in range(3))
    with tempfile.TemporaryDirectory() as tmp:
        # In a child process, so its peak memory is the import's own.
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                IMPORT_CHILD.format(
                    root=str(ROOT), db=str(Path(tmp) / "import.sqlite3"), book=str(book)
                ),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed, peak, line = child.stdout.split(" ", 2)
    print(
        f"import 50,000 rows: {float(elapsed):.2f} s, calamine read alone {base:.2f} s,"
        f" ratio {float(elapsed) / base:.2f} (target <= 2);"
        f" peak memory {float(peak):.0f} MB (target <= 300 MB)"
    )
    print(f"  {line.strip()}")
    with tempfile.TemporaryDirectory() as tmp:
        # The least any import does: read the book and insert its rows as they are (no
        # normalising, matching or pinyin), in one transaction.
        floor = float(
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    FLOOR_CHILD.format(
                        root=str(ROOT), db=str(Path(tmp) / "floor.sqlite3"), book=str(book)
                    ),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
    print(
        f"  the least an import can do (read, then insert the rows unchanged): {floor:.2f} s, "
        f"ratio {floor / base:.2f}"
    )
    if "--import-only" in sys.argv:
        return

    from make_db import ensure_db

    from crm_desktop.core.clock import today
    from crm_desktop.core.exporters import export_file
    from crm_desktop.core.exporters.interchange import iter_customers
    from crm_desktop.core.exporters.tables import SHEETS
    from crm_desktop.core.facade import open_core, upgrade_database

    db = ensure_db()
    upgrade_database(str(db))
    core = open_core(str(db))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        export_file(core.engine, Path(tmp) / "all.xlsx", today())
        ours = time.perf_counter() - started
        # The baseline: openpyxl write-only writing the same rows, already in memory.
        with core.engine.connect() as con:
            customers = list(iter_customers(con, today()))
        rows = {name: [] for name in SHEETS}
        from crm_desktop.core.exporters.tables import LIST_KEYS

        for c in customers:
            rows["客户"].append([str(c.get(k.split(".")[0], "")) for k, _ in SHEETS["客户"]])
            for sheet, key in LIST_KEYS.items():
                for item in c.get(key, []):
                    rows[sheet].append(
                        [c.get("code"), c["name"], *[item.get(k) for k, _ in SHEETS[sheet][2:]]]
                    )
        started = time.perf_counter()
        plain = Workbook(write_only=True)
        for name, data in rows.items():
            sheet = plain.create_sheet(name)
            for row in data:
                sheet.append([v if not hasattr(v, "as_tuple") else float(v) for v in row])
        plain.save(Path(tmp) / "plain.xlsx")
        baseline = time.perf_counter() - started
    print(
        f"export 100,000 customers to .xlsx: {ours:.1f} s,"
        f" openpyxl write-only alone {baseline:.1f} s, ratio {ours / baseline:.2f} (target <= 3)"
    )
    print(
        f"  (this process peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()

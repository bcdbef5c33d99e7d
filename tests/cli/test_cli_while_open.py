"""The command line writing while a window has the database open: SQLite's write-ahead log
lets the window read on, and the busy timeout (5 s) queues the two writers, so a CLI import
in the middle of a clerk's edits neither damages the file nor loses a write of either."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.core.services.dto import CustomerFilter, CustomerInput, SaleInput


def test_a_cli_import_while_a_window_edits_loses_nothing(core: Any, db_path: Path, tmp_path):
    book = tmp_path / "客户.csv"
    with book.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["客户名称", "联系人", "手机", "销售日期", "金额"])
        for i in range(1500):
            out.writerow(
                [f"广州第{i // 2}医药公司", f"联系人{i}", f"137{i:08d}", "2026-10-08", "99"]
            )
    customer = core.customers.create(CustomerInput(name="窗口里的客户"))
    edits: list[int] = []
    errors: list[BaseException] = []
    cli_done = threading.Event()

    def clerk() -> None:  # the window: one sale at a time, each its own transaction
        try:
            while not cli_done.is_set() or len(edits) < 30:
                edits.append(
                    core.sales.add(
                        customer, SaleInput(date=date(2026, 11, 2), amount=Decimal(len(edits) + 1))
                    )
                )
                core.customers.count(CustomerFilter())  # and reads between
                time.sleep(0.01)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    window = threading.Thread(target=clerk)
    window.start()
    try:
        cli = subprocess.run(
            [sys.executable, "-m", "crm_desktop", "--db", str(db_path), "import", str(book)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        cli_done.set()
        window.join(timeout=120)
    assert errors == [] and cli.returncode == 0, (errors, cli.stderr)
    assert "imported customers=750 contacts=1500 sales=1500" in cli.stdout
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute(
            "SELECT COUNT(*), SUM(amount) FROM sale WHERE customer_id = ?", (customer,)
        ).fetchone() == (len(edits), 100 * len(edits) * (len(edits) + 1) // 2)
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone() == (751,)
        assert con.execute("SELECT COUNT(*) FROM sale").fetchone() == (1500 + len(edits),)
    finally:
        con.close()

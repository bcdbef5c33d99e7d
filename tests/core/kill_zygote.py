"""The process tests/core/test_kill_safety.py forks its victims from: it imports the app once,
then for each job read from stdin forks a child that does the work on a database and reports
its steps on a pipe, and kills the child with SIGKILL after the job's delay. Forking from here
costs a millisecond instead of the second a fresh interpreter takes to import the app.

One JSON object a line in: {"job": "import" | "edits", "db": PATH, "file": PATH, "delay": S
or null, "reference": bool}. One line out: {"killed": bool, "events": [[seconds, what], ...]}.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

# Everything the children run, imported before the first fork; pypinyin too, which an
# import otherwise loads on a thread of its own (a fork under it would inherit its lock held).
import pypinyin  # noqa: F401

from crm_desktop.core.facade import open_core
from crm_desktop.core.importers.import_draft import ImportDraft, build_draft
from crm_desktop.core.services.dto import SaleInput

EDITS = 120
# Read once in the zygote, inherited by every child: each kill costs only the write.
_plans: dict[str, ImportDraft] = {}
# What the state of a database is: every row of the data and of the tables the triggers keep
# in step with it, without the timestamps that differ from run to run.
STATE_QUERIES = (
    "SELECT id, code, name, phone, region, channel, import_batch_id FROM customer ORDER BY id",
    "SELECT id, customer_id, name, mobile, import_batch_id FROM contact ORDER BY id",
    "SELECT id, customer_id, date, product_id, amount, cost, paid, import_batch_id FROM sale"
    " ORDER BY id",
    "SELECT id, source, summary FROM import_batch ORDER BY id",
    "SELECT * FROM customer_month ORDER BY customer_id, month",
    "SELECT * FROM month_cube ORDER BY 1, 2, 3, 4, 5",
    "SELECT customer_id, a35, c35, presence, first_month FROM customer_rollup ORDER BY 1",
    "SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'name:有限公司' ORDER BY 1",
)


def state_of(path: str) -> str:
    """A digest of the database's rows (see STATE_QUERIES)."""
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for query in STATE_QUERIES:
            for row in con.execute(query):
                digest.update(repr(row).encode())
            digest.update(b"|")
        return digest.hexdigest()
    finally:
        con.close()


def edit(core: object, step: int) -> None:
    """One clerk's edit, its own transaction: add a sale, or change an earlier one."""
    customer = 1 + step % 20
    if step % 3 == 2:
        [first, *_] = core.sales.lines(customer)  # type: ignore[attr-defined]
        core.sales.update(  # type: ignore[attr-defined]
            first.id,
            SaleInput(date=first.date, amount=first.amount + Decimal(step), product="复方丹参片"),
        )
    else:
        core.sales.add(  # type: ignore[attr-defined]
            customer,
            SaleInput(
                date=date(2026, 1 + step % 11, 1 + step % 28),
                amount=Decimal(1000 + step),
                cost=Decimal(700 + step),
                product="阿莫西林胶囊",
            ),
        )


def child(job: dict, report: int, start: float) -> None:
    def say(what: str) -> None:
        os.write(report, json.dumps([time.perf_counter() - start, what]).encode() + b"\n")

    core = open_core(job["db"])
    if job["job"] == "import":
        say("begin")
        core.imports.apply(_plans[job["file"]], progress=lambda done, _t: say(f"progress {done}"))
        say("committed 1")
    else:
        say("begin")
        for step in range(EDITS):
            edit(core, step)
            say(f"committed {step + 1}" + (f" {state_of(job['db'])}" if job["reference"] else ""))
    core.close()


def run(job: dict) -> dict:
    if job["file"] is not None and job["file"] not in _plans:
        _plans[job["file"]] = build_draft(Path(job["file"]))
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        code = 0
        try:
            child(job, write_end, start)
        except BaseException as exc:  # noqa: BLE001 - said on the pipe, then a plain exit
            os.write(write_end, json.dumps([0, f"error {exc!r}"]).encode() + b"\n")
            code = 1
        os._exit(code)
    os.close(write_end)
    if job["delay"] is not None:
        time.sleep(max(0.0, job["delay"] - (time.perf_counter() - start)))
        os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        events = [json.loads(line) for line in pipe.read().splitlines()]
    return {"killed": os.WIFSIGNALED(status), "events": events}


def main() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        print(json.dumps(run(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()

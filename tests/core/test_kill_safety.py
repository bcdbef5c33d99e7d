"""SIGKILL at random moments of a large import and of a batch of edits: afterwards the file
passes `PRAGMA integrity_check` and holds exactly the state before or after the transaction
that was cut. The victims are forked from a zygote that imported the app once
(tests/core/kill_zygote.py), so forty kills take seconds. Linux and macOS only (os.fork)."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.services.dto import CustomerInput, SaleInput

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 20
SEED = 13
ROWS = 2400
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kill_zygote import EDITS, state_of  # noqa: E402 - a helper beside the tests


class Zygote:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "kill_zygote.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None and self.process.stdout.readline() == "ready\n"

    def run(self, **job: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"file": None, "reference": False, **job}) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        errors = [what for _t, what in answer["events"] if what.startswith("error")]
        assert errors == [], errors
        return answer

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def zygote(report_figure: Any) -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.close()


def tally(report_figure: Any, what: str, survived: list[bool]) -> None:
    report_figure(f"kills survived {sum(survived)}/{len(survived)} ({what})")
    assert all(survived)


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def fresh_copy(base: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


def committed(events: list[list[Any]]) -> int:
    return max([int(what.split()[1]) for _t, what in events if what.startswith("committed")] or [0])


def kill_delays(reference: dict[str, Any], rng: random.Random) -> list[float]:
    """Moments between the start of the first write and the last commit of an uncut run."""
    times = {what.split()[0]: t for t, what in reference["events"]}
    begin, end = times["begin"], reference["events"][-1][0]
    return [rng.uniform(begin, end * 1.02) for _ in range(KILLS)]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A contacts-and-sales book of a few thousand rows, a company in every three."""
    path = tmp_path_factory.mktemp("book") / "客户与销售.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["客户名称", "联系人", "手机", "销售日期", "金额"])
        for i in range(ROWS):
            out.writerow(
                [
                    f"华北第{i // 3}医药有限公司",
                    f"联系人{i}",
                    f"139{i:08d}",
                    f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
                    f"{100 + i}.50",
                ]
            )
    return path


@pytest.fixture(scope="module")
def office(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty customers with a sale each: what the edits work on."""
    from crm_desktop.core.facade import open_core

    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    shutil.copyfile(template_db, path)
    core = open_core(str(path))
    for i in range(20):
        created = core.customers.create(CustomerInput(name=f"上海第{i}连锁药房有限公司"))
        core.sales.add(created, SaleInput(date=date(2025, 12, 1), amount=Decimal(500 + i)))
    with core.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    core.close()
    return path


def test_a_killed_import_leaves_the_data_before_or_after_it(
    zygote: Zygote, office: Path, book: Path, tmp_path: Path, report_figure: Any
) -> None:
    before = state_of(str(office))
    done = fresh_copy(office, tmp_path, "uncut.sqlite3")
    reference = zygote.run(job="import", db=str(done), file=str(book), delay=None)
    after = state_of(str(done))
    assert after != before and committed(reference["events"]) == 1
    rng = random.Random(SEED)
    survived, mid_transaction = [], 0
    for delay in kill_delays(reference, rng):
        victim = fresh_copy(office, tmp_path, "victim.sqlite3")
        result = zygote.run(job="import", db=str(victim), file=str(book), delay=delay)
        state = state_of(str(victim)) if integrity(victim) == "ok" else "damaged"
        # A commit the child saw return is never lost; else the import left no trace.
        survived.append(
            state == (after if committed(result["events"]) else before)
            or (
                state == after and result["killed"]  # killed between the commit and saying so
            )
        )
        mid_transaction += result["killed"] and state == before
    tally(report_figure, "import", survived)
    # The kills landed inside the transaction, not only around it.
    assert mid_transaction >= KILLS // 2


def test_a_killed_batch_of_edits_loses_at_most_the_edit_it_cut(
    zygote: Zygote, office: Path, tmp_path: Path, report_figure: Any
) -> None:
    done = fresh_copy(office, tmp_path, "uncut.sqlite3")
    reference = zygote.run(job="edits", db=str(done), delay=None, reference=True)
    states = [state_of(str(office))] + [
        what.split()[2] for _t, what in reference["events"] if what.startswith("committed")
    ]
    assert len(states) == EDITS + 1 and len(set(states)) == EDITS + 1
    # The reference run digests the file after every edit: time the kills on a plain run.
    timing = zygote.run(job="edits", db=str(fresh_copy(office, tmp_path, "t.sqlite3")), delay=None)
    rng = random.Random(SEED + 1)
    survived, cut = [], 0
    for delay in kill_delays(timing, rng):
        victim = fresh_copy(office, tmp_path, "victim.sqlite3")
        result = zygote.run(job="edits", db=str(victim), delay=delay)
        seen = committed(result["events"])
        state = state_of(str(victim)) if integrity(victim) == "ok" else "damaged"
        # Exactly the edits the child saw committed, or one more: one cut after its commit.
        survived.append(state in states[seen : seen + 2])
        cut += result["killed"] and seen < EDITS
    tally(report_figure, "edits", survived)
    assert cut >= KILLS // 2

"""Hostile files: every file of the malformed corpus (scripts/make_hostile_corpus.py, made in a
temporary folder) goes through the command line's import, and again through the JSON restore
(the same bytes named .json). Each must end in exit 2 with one line on stderr and the database
unchanged, or in exit 0 with the summary line last (row problems listed above it) - never a
traceback, never exit 1 (a failure not caused by the input), never longer than
PER_FILE_SECONDS (10 s; 30 s for the million-row files), enforced by an alarm.

The bulk runs in-process through `cli.main`, the function the console script calls, with
CRM_DESKTOP_DEBUG set so that an unexpected exception surfaces as itself instead of exit 1;
a sample of every kind also runs as a real subprocess.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PER_FILE_SECONDS = 10
# A million rows (blank CSV lines, empty row elements, one cell on row 1,048,576) take 2-5 s
# here, more while the machine is busy: their bound is 30 s.
HEAVY_SECONDS, HEAVY = 30, ("million_", "one_cell_on_the_last_row")
SUMMARY = re.compile(
    r"^imported customers=\d+ contacts=\d+ sales=\d+; merged=\d+; skipped=\d+; problems=\d+$"
)
# One file of each kind, run as the real console command.
SUBPROCESS_SAMPLE = [
    "truncated_06.xls",  # calamine panics in Rust: its message must not reach the console
    "broken_sheet_billion_laughs.xlsx",
    "enc_mixed_utf8_gbk.csv",
    "one_cell_in_the_far_corner.xlsx",  # calamine would ask for 512 GB and abort
    "zip_bomb_2gb_sheet.xlsx",
    "json_deep_nesting_arrays.json",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_hostile_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return generate(tmp_path_factory.mktemp("hostile"))


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def expired(_signum: int, _frame: object) -> None:
        raise _TooSlow(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _checksum(db: Path) -> str:
    """Every row of every table, in a stable order."""
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(db)) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(map(repr, con.execute(f'SELECT * FROM "{table}"'))):
                digest.update(row.encode())
    return digest.hexdigest()


def _verdict(code: int, out: str, err: str, changed: bool) -> str | None:
    """None when the file was handled as promised, else what went wrong."""
    if code == 2:
        lines = err.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("crm-desktop: "):
            return f"exit 2 but stderr is {err!r}"
        return "exit 2 but the database changed" if changed else None
    if code == 0:
        last = (out.strip().splitlines() or [""])[-1]
        if not SUMMARY.match(last) or err.strip():
            return f"exit 0 without the summary last: {last!r} / {err!r}"
        return None
    return f"exit {code}: {err.strip()!r}"


def _run_in_process(db: Path, path: Path, capfd: pytest.CaptureFixture[str]) -> str | None:
    from crm_desktop.cli import main

    before = _checksum(db)
    bound = HEAVY_SECONDS if path.name.startswith(HEAVY) else PER_FILE_SECONDS
    started = time.perf_counter()
    try:
        with _deadline(bound):
            code = main(["--db", str(db), "import", str(path)])
    except BaseException as exc:  # noqa: BLE001 - a traceback is the failure this test hunts
        capfd.readouterr()
        return "".join(traceback.format_exception_only(type(exc), exc)).strip()
    elapsed = time.perf_counter() - started
    out, err = capfd.readouterr()
    problem = _verdict(code, out, err, _checksum(db) != before)
    if problem is None and elapsed > bound:
        problem = f"took {elapsed:.1f} s"
    return problem


@pytest.mark.slow  # about 40 s: 250 files, then their bytes again as .json; still run by default
def test_every_malformed_file_is_refused_or_reported(
    corpus: list[Path],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from crm_desktop.cli import main

    monkeypatch.setenv("CRM_DESKTOP_DEBUG", "1")
    monkeypatch.setenv("CRM_DESKTOP_TODAY", "2026-11-25")
    assert main(["--db", str(db_path), "import", str(DATA / "gbk_contacts.csv")]) == 0
    assert len(corpus) >= 200
    as_json = tmp_path / "as_json"
    as_json.mkdir()
    restores = []
    for path in corpus:
        if path.suffix != ".json":
            link = as_json / (path.name + ".json")
            link.symlink_to(path)
            restores.append(link)
    capfd.readouterr()
    failures = {}
    for path in [*corpus, *restores]:
        problem = _run_in_process(db_path, path, capfd)
        if problem is not None:
            failures[path.name] = problem
    tried = len(corpus) + len(restores)
    with capfd.disabled():
        print(f"\nmalformed files: handled {tried - len(failures)} / tried {tried}")
    assert failures == {}
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_sample_through_the_console_command(
    corpus: list[Path], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real process: one line on stderr, exit 2, no Rust panic text or traceback."""
    from crm_desktop.core.facade import upgrade_database

    env = {**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25", "RUST_BACKTRACE": "1"}
    env.pop("CRM_DESKTOP_DEBUG", None)
    by_name = {p.name: p for p in corpus}
    # The start-up upkeep every command does (the analysis rollup moved to this month) first,
    # so that what is compared is what the refused imports did.
    monkeypatch.setenv("CRM_DESKTOP_TODAY", "2026-11-25")
    upgrade_database(str(db_path))
    before = _checksum(db_path)
    running = [
        (
            name,
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "crm_desktop",
                    "--db",
                    str(db_path),
                    "import",
                    str(by_name[name]),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            ),
        )
        for name in SUBPROCESS_SAMPLE
    ]
    results = {}
    for name, process in running:
        try:
            out, err = process.communicate(timeout=60)  # start-up included, on a loaded machine
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        results[name] = (process.returncode, err.strip().splitlines())
    assert {name: code for name, (code, _) in results.items()} == dict.fromkeys(
        SUBPROCESS_SAMPLE, 2
    )
    for name, (_, lines) in results.items():
        assert len(lines) == 1 and lines[0].startswith("crm-desktop: "), (name, lines)
    assert _checksum(db_path) == before


def test_the_stated_bounds_are_the_ones_that_refuse(tmp_path: Path) -> None:
    """Just past each bound is refused; the biggest legitimate shapes still read."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_hostile_corpus as corpus_maker
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from crm_desktop.core.errors import UnusableInput
    from crm_desktop.core.importers.guards import MAX_CELL_CHARS, check_workbook_archive
    from crm_desktop.core.importers.readers import read_file

    at_limit = tmp_path / "at_limit.csv"
    at_limit.write_text("客户名称,备注\n北京医药," + "长" * MAX_CELL_CHARS + "\n", encoding="utf-8")
    assert len(read_file(at_limit)[0].rows[1][1]) == MAX_CELL_CHARS
    past = tmp_path / "past_limit.csv"
    past.write_text(
        "客户名称,备注\n北京医药," + "长" * (MAX_CELL_CHARS + 1) + "\n", encoding="utf-8"
    )
    with pytest.raises(UnusableInput, match="B2 holds 32,768 characters"):
        read_file(past)
    # Excel's full height at 28 columns (the export's widest sheet) passes; one column more not.
    wide = tmp_path / "wide.xlsx"
    last_row = corpus_maker.EXCEL_ROWS
    wide.write_bytes(
        corpus_maker.good_xlsx(
            corpus_maker.sheet_xml(extra=corpus_maker._cell_row(last_row, "AB", "x"))
        )
    )
    check_workbook_archive(wide)
    wider = tmp_path / "wider.xlsx"
    wider.write_bytes(
        corpus_maker.good_xlsx(
            corpus_maker.sheet_xml(extra=corpus_maker._cell_row(last_row, "AC", "x"))
        )
    )
    with pytest.raises(UnusableInput, match="spans 1,048,576 rows × 29 columns"):
        check_workbook_archive(wider)


def test_a_json_past_its_bound_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.core.errors import UnusableInput
    from crm_desktop.core.importers import guards
    from crm_desktop.core.importers.import_draft import build_draft

    monkeypatch.setattr(guards, "MAX_JSON_BYTES", 1 << 20)
    book = tmp_path / "huge.json"
    padding = " " * (2 << 20)  # valid JSON, only too big
    book.write_text('{"format": "crm-desktop", "version": 1,' + padding + '"customers": []}')
    read: list[Path] = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read.append(p) or real_read(p))
    with pytest.raises(UnusableInput, match=r"huge.json is 0.0 GiB; a crm-desktop JSON is read"):
        build_draft(book)
    assert book not in read  # refused from its size, never loaded

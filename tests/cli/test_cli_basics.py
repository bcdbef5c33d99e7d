"""The command-line skeleton: demo, --db / CRM_DESKTOP_DB, one-line errors with exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def count(path: Path, table: str) -> int:
    return sqlite3.connect(path).execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_demo_fills_a_database_deterministically(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    result = run("--db", str(a), "demo", "--customers", "30")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("demo customers=30 ")
    run("--db", str(b), "demo", "--customers", "30")
    dump = "SELECT name, code, region, channel FROM customer ORDER BY id"
    assert (
        sqlite3.connect(a).execute(dump).fetchall() == sqlite3.connect(b).execute(dump).fetchall()
    )
    assert count(a, "customer") == 30
    assert count(a, "contact") >= 30
    statuses = {r[0] for r in sqlite3.connect(a).execute("SELECT DISTINCT status FROM complaint")}
    assert statuses  # complaints exist
    months = (
        sqlite3.connect(a)
        .execute("SELECT COUNT(DISTINCT substr(date, 1, 7)) FROM sale")
        .fetchone()[0]
    )
    assert months >= 23  # two years of monthly sales


def test_demo_adds_to_what_is_there(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    assert main(["--db", str(db), "demo", "--customers", "5"]) == 0
    assert main(["--db", str(db), "demo", "--customers", "7", "--seed", "2"]) == 0
    assert count(db, "customer") == 12


def test_env_variable_selects_database_and_db_flag_wins(tmp_path: Path) -> None:
    env_db, flag_db = tmp_path / "env.sqlite3", tmp_path / "flag.sqlite3"
    run("demo", "--customers", "3", env={"CRM_DESKTOP_DB": str(env_db)})
    assert count(env_db, "customer") == 3
    run("--db", str(flag_db), "demo", "--customers", "2", env={"CRM_DESKTOP_DB": str(env_db)})
    assert count(flag_db, "customer") == 2
    assert count(env_db, "customer") == 3


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("mysql://user@host/db", "not supported"),
        # Nothing listens on port 1: a server that cannot be reached, the password not shown.
        ("postgresql+psycopg://clerk:secret@127.0.0.1:1/crm", "cannot connect"),
    ],
)
def test_unusable_url_exits_2_with_one_line(target: str, said: str) -> None:
    result = run("--db", target, "demo")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert said in result.stderr
    assert "secret" not in result.stderr


def test_damaged_database_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"\x00garbage" * 100)
    result = run("--db", str(db), "demo", "--customers", "2")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == b"\x00garbage" * 100


def test_bad_arguments_exit_2_with_one_line() -> None:
    result = run("demo", "--customers", "many")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("demo", "--customers", "0", env={"CRM_DESKTOP_DB": ":memory:"})
    assert result.returncode == 2


def test_bad_today_override_is_reported(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite3"), "demo", env={"CRM_DESKTOP_TODAY": "someday"})
    assert result.returncode == 2
    assert "CRM_DESKTOP_TODAY" in result.stderr

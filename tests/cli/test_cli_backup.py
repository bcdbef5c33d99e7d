"""backup / restore: consistent copies, checked restores, nothing lost on bad input."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from crm_desktop.cli import main


def customers(path: Path) -> int:
    return sqlite3.connect(path).execute("SELECT COUNT(*) FROM customer").fetchone()[0]


def test_backup_then_restore_brings_the_data_back(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "office.sqlite3"
    assert main(["--db", str(db), "demo", "--customers", "5"]) == 0
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    assert customers(copy) == 5
    assert main(["--db", str(db), "demo", "--customers", "3"]) == 0
    assert customers(db) == 8
    assert main(["--db", str(db), "restore", str(copy), "--yes"]) == 0
    assert customers(db) == 5
    out = capsys.readouterr().out
    assert "previous data kept in" in out
    kept = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and customers(kept[0]) == 8


def test_backup_default_goes_to_the_backups_folder(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    main(["--db", str(db), "demo", "--customers", "2"])
    assert main(["--db", str(db), "backup"]) == 0
    [made] = list((tmp_path / "backups").glob("office-*.sqlite3"))
    assert customers(made) == 2


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "office.sqlite3"
    main(["--db", str(db), "demo", "--customers", "4"])
    before = dump(db)
    for bad in (b"hello, not a database", sqlite3_file_without_our_tables(tmp_path)):
        bad_file = tmp_path / "bad.sqlite3"
        bad_file.write_bytes(bad)
        assert main(["--db", str(db), "restore", str(bad_file), "--yes"]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1
    assert main(["--db", str(db), "restore", str(tmp_path / "missing.sqlite3"), "--yes"]) == 2
    assert (
        dump(db) == before
    )  # (bytes may differ: SQLite checkpoints its WAL when the demo's engine closes)
    assert customers(db) == 4


def dump(path: Path) -> list[str]:
    return list(sqlite3.connect(path).iterdump())


def sqlite3_file_without_our_tables(tmp_path: Path) -> bytes:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes(x)")
    con.commit()
    con.close()
    return other.read_bytes()


def test_restore_without_terminal_does_not_ask(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    main(["--db", str(db), "demo", "--customers", "2"])
    copy = tmp_path / "copy.sqlite3"
    main(["--db", str(db), "backup", str(copy)])
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(db), "restore", str(copy)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25"},
    )
    assert result.returncode == 0, result.stderr
    assert "restored" in result.stdout

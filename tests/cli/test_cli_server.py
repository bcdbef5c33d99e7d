"""The command line on both databases: a SQLite file and a PostgreSQL server's database (the
session's own throw-away server). The first command on an empty server database creates the
schema; import, export, search, reports, warnings and backups then work as on the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMA = json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.both_databases


def cli(target: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25"}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", target, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_twice_then_export_json_round_trip(
    new_target: str, tmp_path: Path, database_kind: str
) -> None:
    first = ok(cli(new_target, "import", str(DATA / "messy_contacts.xlsx")))
    assert first.strip().splitlines()[-1] == (
        "imported customers=4 contacts=7 sales=3; merged=0; skipped=2; problems=3"
    )
    again = ok(cli(new_target, "import", str(DATA / "messy_contacts.xlsx")))
    assert again.strip().splitlines()[-1].startswith("imported customers=0 contacts=0 sales=0;")
    ok(cli(new_target, "demo", "--customers", "15", "--seed", "4"))
    exported = tmp_path / "office.json"
    ok(cli(new_target, "export", str(exported)))
    data = json.loads(exported.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert len(data["customers"]) == 19
    assert any(c.get("warnings") for c in data["customers"])  # the rules ran on this database
    # Into an empty database of the other kind and back out: the same export.
    other = str(tmp_path / "copy.sqlite3")
    ok(cli(other, "import", str(exported)))
    second = tmp_path / "again.json"
    ok(cli(other, "export", str(second)))
    assert json.loads(second.read_text(encoding="utf-8")) == data


def test_reports_and_a_customer_found_by_name(new_target: str, tmp_path: Path) -> None:
    ok(cli(new_target, "demo", "--customers", "12", "--seed", "5"))
    out = tmp_path / "all.pdf"
    assert "report written" in ok(cli(new_target, "report", str(out)))
    assert out.read_bytes()[:4] == b"%PDF"
    office = tmp_path / "abc.pdf"
    ok(cli(new_target, "report", str(office), "--kind", "abc"))
    assert office.stat().st_size > 1000
    missing = cli(new_target, "report", str(tmp_path / "x.pdf"), "--customer", "无此客户")
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1


def test_backup_then_restore_brings_the_data_back(new_target: str, tmp_path: Path) -> None:
    ok(cli(new_target, "demo", "--customers", "6", "--seed", "2"))
    before = tmp_path / "before.json"
    ok(cli(new_target, "export", str(before)))
    copy = tmp_path / "backup.file"
    assert "backup written" in ok(cli(new_target, "backup", str(copy)))
    ok(cli(new_target, "demo", "--customers", "3", "--seed", "9"))
    restored = ok(cli(new_target, "restore", str(copy), "--yes"))
    assert "previous data kept in" in restored
    after = tmp_path / "after.json"
    ok(cli(new_target, "export", str(after)))
    assert json.loads(after.read_text(encoding="utf-8")) == json.loads(
        before.read_text(encoding="utf-8")
    )
    # Not a backup: exit 2, one line, nothing changed.
    junk = tmp_path / "junk.file"
    junk.write_bytes(b"not a backup at all")
    refused = cli(new_target, "restore", str(junk), "--yes")
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    ok(cli(new_target, "export", str(after)))
    assert json.loads(after.read_text(encoding="utf-8")) == json.loads(
        before.read_text(encoding="utf-8")
    )

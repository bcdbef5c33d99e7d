"""`crm-desktop audit-export FILE [--customer X] [--from D] [--to D]`: the audit trail as a file
an administrator can read, with one-line errors and exit 2 for unusable input."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_audit_export_of_an_import_and_of_one_customer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "import", str(DATA / "messy_contacts.xlsx")]) == 0
    capsys.readouterr()
    out = tmp_path / "trail.csv"
    assert main(["--db", db, "audit-export", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    everything = rows(out)
    assert line == f"exported audit events={len(everything) - 1} to {out}"
    assert everything[1][3:5] == ["import", "import"] and everything[1][7] == "messy_contacts.xlsx"
    customer = next(r for r in everything if r[4] == "customer")
    one = tmp_path / "one.csv"
    assert main(["--db", db, "audit-export", str(one), "--customer", customer[7]]) == 0
    assert [r[6] for r in rows(one)[1:]] == [customer[6]]
    today = date.today().isoformat()
    xlsx = tmp_path / "today.xlsx"
    assert main(["--db", db, "audit-export", str(xlsx), "--from", today, "--to", today]) == 0
    assert xlsx.stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["trail.pdf"], "exported to .xlsx or .csv"),
        (["trail.csv", "--from", "yesterday"], "is not a date"),
        (["trail.csv", "--customer", "nobody"], "no customer 'nobody'"),
        (["trail.csv", "--from", "2026-02-01", "--to", "2026-01-01"], "before it starts"),
    ],
)
def test_audit_export_refuses_unusable_input_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / args[0]), *args[1:]]
    assert main(["--db", str(tmp_path / "crm.sqlite3"), "audit-export", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not any(p.name.startswith("trail") for p in tmp_path.iterdir())

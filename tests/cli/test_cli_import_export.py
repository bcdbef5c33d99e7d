"""import / export through the command line, as scripts and the acceptance tests use them."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import openpyxl
import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMA = json.loads((DATA / "interchange.schema.json").read_text(encoding="utf-8"))


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25"}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_import_prints_problems_then_the_summary_last(tmp_path: Path) -> None:
    result = cli(tmp_path / "a.sqlite3", "import", str(DATA / "messy_contacts.xlsx"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "imported customers=4 contacts=7 sales=3; merged=0; skipped=2; problems=3"
    assert sum(1 for line in lines[:-1] if "!" in line.split(":")[0]) == 3
    again = cli(tmp_path / "a.sqlite3", "import", str(DATA / "messy_contacts.xlsx"))
    assert (
        again.stdout.strip().splitlines()[-1].startswith("imported customers=0 contacts=0 sales=0;")
    )


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    result = cli(db, "import", str(DATA / "gbk_contacts.csv"), "--dry-run")
    assert (
        result.stdout.strip().splitlines()[-1].startswith("imported customers=2 contacts=3 sales=0")
    )
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 0


@pytest.mark.parametrize(
    "name",
    [
        "bad_empty.xlsx",
        "bad_truncated.xlsx",
        "bad_encrypted.xlsx",
        "bad_binary.csv",
        "bad_unknown.doc",
        "bad_no_header.csv",
        "does_not_exist.xlsx",
    ],
)
def test_unusable_file_exits_2_with_one_line_and_writes_nothing(tmp_path: Path, name: str) -> None:
    db = tmp_path / "c.sqlite3"
    cli(db, "import", str(DATA / "gbk_contacts.csv"))
    before = list(sqlite3.connect(db).iterdump())
    result = cli(db, "import", str(DATA / name))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(sqlite3.connect(db).iterdump()) == before


def test_json_export_is_valid_and_round_trips(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    cli(first, "demo", "--customers", "25")
    cli(first, "import", str(DATA / "messy_contacts.xlsx"))
    assert cli(first, "export", str(tmp_path / "one.json")).returncode == 0
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    text = (tmp_path / "one.json").read_text(encoding="utf-8")
    assert "e+" not in text.lower().replace("e+86", "")  # never an exponent
    assert any(c.get("warnings") for c in document["customers"])
    assert {c.get("abc_class") for c in document["customers"]} - {None}
    assert cli(second, "import", str(tmp_path / "one.json")).returncode == 0
    cli(second, "export", str(tmp_path / "two.json"))
    assert (tmp_path / "two.json").read_text(encoding="utf-8") == text


def test_xlsx_export_types_and_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    cli(db, "demo", "--customers", "10")
    cli(db, "import", str(DATA / "messy_contacts.xlsx"))
    evil = tmp_path / "evil.json"
    evil.write_text(
        json.dumps(
            {
                "format": "crm-desktop",
                "version": 1,
                "customers": [
                    {
                        "name": '=HYPERLINK("http://x")',
                        "notes": "@SUM(A1)",
                        "contacts": [{"name": "+张", "mobile": "+85291234567"}],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    cli(db, "import", str(evil))
    assert cli(db, "export", str(tmp_path / "all.xlsx")).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert {"客户", "联系人", "销售记录", "客情记录", "投诉", "证照"} <= set(book.sheetnames)
    contacts = book["联系人"]
    header = [c.value for c in contacts[1]]
    mobile_col = header.index("手机")
    mobiles = [row[mobile_col] for row in contacts.iter_rows(min_row=2) if row[mobile_col].value]
    assert all(cell.data_type == "s" and cell.number_format == "@" for cell in mobiles)
    sales = book["销售记录"]
    assert sales.cell(row=2, column=3).is_date
    names = [c.value for c in book["客户"]["B"]]
    assert '\'=HYPERLINK("http://x")' in names  # a formula is written as text
    assert contacts["A1"].font.bold
    # Our own workbook reads back to the same data.
    cli(db, "export", str(tmp_path / "a.json"))
    cli(tmp_path / "y.sqlite3", "import", str(tmp_path / "all.xlsx"))
    cli(tmp_path / "y.sqlite3", "export", str(tmp_path / "b.json"))
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == (tmp_path / "b.json").read_text(
        encoding="utf-8"
    )


def test_csv_export_opens_in_excel(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    cli(db, "import", str(DATA / "gbk_contacts.csv"))
    assert cli(db, "export", str(tmp_path / "out.csv")).returncode == 0
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 Chinese correctly
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + 3  # one row per contact
    assert rows[1][1] == "上海华润大药房" and "13912345678" in rows[1]


def test_export_to_an_unknown_extension_exits_2(tmp_path: Path) -> None:
    result = cli(tmp_path / "d.sqlite3", "export", str(tmp_path / "out.pdf"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_vcard_export_of_some_customers_and_its_import(tmp_path: Path) -> None:
    import vobject

    db = tmp_path / "v.sqlite3"
    cli(db, "import", str(DATA / "gbk_contacts.csv"))
    out = tmp_path / "phone.vcf"
    result = cli(db, "export", str(out), "--customer", "上海华润大药房")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported customers=1 to {out}"
    cards = list(vobject.readComponents(out.read_bytes().decode("utf-8")))
    assert {c.org.value[0] for c in cards} == {"上海华润大药房"}
    assert "13912345678" in {t.value for c in cards for t in c.contents.get("tel", [])}
    again = cli(db, "import", str(out))
    assert (
        again.stdout.strip().splitlines()[-1].startswith("imported customers=0 contacts=0 sales=0;")
    )
    everything = cli(db, "export", str(tmp_path / "all.vcf"))
    assert everything.stdout.strip() == f"exported customers=2 to {tmp_path / 'all.vcf'}"


def test_vcard_export_of_an_unknown_customer_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite3"
    cli(db, "import", str(DATA / "gbk_contacts.csv"))
    result = cli(db, "export", str(tmp_path / "x.vcf"), "--customer", "没有这家")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.vcf").exists()


@pytest.mark.parametrize(
    ("book", "code"),
    [("messy_contacts.xlsx", 0), ("bad_truncated.xlsx", 2)],
)
def test_import_closes_the_database_on_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, book: str, code: int
) -> None:
    """In the same process (a script or a test calling main): read, unusable or written, the
    import leaves no connection open on the file."""
    from crm_desktop import cli as cli_module
    from crm_desktop.core.facade import Core

    closed: list[Core] = []
    real_close = Core.close

    def close(self: Core) -> None:
        closed.append(self)
        real_close(self)

    monkeypatch.setattr(Core, "close", close)
    monkeypatch.setenv("CRM_DESKTOP_TODAY", "2026-11-25")
    db = tmp_path / "c.sqlite3"
    assert cli_module.main(["--db", str(db), "import", str(DATA / book)]) == code
    assert len(closed) == 1 and closed[0].engine.pool.checkedout() == 0

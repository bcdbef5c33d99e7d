"""report: PDFs whose Chinese text is real text, with embedded fonts and escaped values."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_TODAY": "2026-11-25", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("report") / "office.sqlite3"
    doc = {
        "format": "crm-desktop",
        "version": 1,
        "customers": [
            {
                "name": "<b>人民大药房</b>",
                "code": "R001",
                "channel": "retail",
                "contacts": [{"name": "户小明", "mobile": "13800001111", "role": "decision_maker"}],
                "sales": [
                    {
                        "date": "2026-11-02",
                        "product": "板蓝根颗粒",
                        "quantity": 10,
                        "unit_price": 15.5,
                        "amount": 155,
                        "paid": 100,
                    },
                    {"date": "2026-11-20", "product": "口罩", "amount": 1000.25, "paid": 0},
                    {"date": "2026-10-01", "product": "口罩", "amount": 50, "paid": 0},
                ],
            },
            {"name": "小林诊所", "code": "R002", "channel": "medical"},
        ],
    }
    source = db.parent / "office.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli(db, "import", str(source)).returncode == 0
    return db


def test_profile_pdf_has_real_chinese_text_and_embedded_fonts(office: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "profile.pdf"
    result = cli(office, "report", str(pdf), "--customer", "R001")
    assert result.returncode == 0, result.stderr
    text = text_of(pdf)
    assert "<b>人民大药房</b>" in text  # escaped: printed literally, and 人 is not the radical ⼈
    assert "户小明" in text and "决策者" in text
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_profile_page_is_not_blank(office: Path, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm missing")
    pdf = tmp_path / "p.pdf"
    cli(office, "report", str(pdf), "--customer", "小林诊所")
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    data = next(tmp_path.glob("page*.pgm")).read_bytes()
    pixels = data[data.index(b"255\n") + 4 :]
    assert sum(1 for b in pixels if b < 128) > 200  # real ink on the page


def test_statement_totals_equal_the_sales_log(office: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "statement.pdf"
    result = cli(office, "report", str(pdf), "--customer", "R001", "--kind", "statement")
    assert result.returncode == 0, result.stderr
    text = text_of(pdf)
    assert "对账单" in text
    assert "1,155.25" in text  # November: 155 + 1,000.25
    assert "1,105.25" in text  # closing balance: 50 opening + 155 − 100 + 1,000.25
    assert "50.00" in text  # opening balance from October


def test_all_profiles_and_lists(office: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "all.pdf"
    assert cli(office, "report", str(pdf)).returncode == 0
    assert pages_of(pdf) >= 2
    text = text_of(pdf)
    assert "小林诊所" in text and "<b>人民大药房</b>" in text
    for kind in ("arrears", "warnings", "abc"):
        out = tmp_path / f"{kind}.pdf"
        result = cli(office, "report", str(out), "--kind", kind)
        assert result.returncode == 0, result.stderr
        assert pages_of(out) >= 1


@pytest.mark.parametrize(
    "args",
    [
        ["--customer", "nobody"],
        ["--kind", "statement"],
        ["--kind", "nonsense"],
        ["--kind", "abc", "--customer", "nobody"],
    ],
)
def test_bad_report_requests_exit_2(office: Path, tmp_path: Path, args: list[str]) -> None:
    result = cli(office, "report", str(tmp_path / "x.pdf"), *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1

"""The command line speaks the user's language (`--lang`, the saved choice, the system locale);
the lines the contract fixes stay as written, and reports print in the chosen language."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    base.pop("CRM_DESKTOP_LANG", None)
    full = {**base, "CRM_DESKTOP_TODAY": "2026-11-25", "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=180,
    )


@pytest.fixture
def book(tmp_path: Path) -> Path:
    doc = {
        "format": "crm-desktop",
        "version": 1,
        "customers": [
            {
                "name": "人民大药房",
                "code": "R001",
                "contacts": [{"name": "王建国", "role": "decision_maker"}],
            }
        ],
    }
    path = tmp_path / "book.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_lang_flag_words_errors_and_messages(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    missing = cli("--db", str(db), "--lang", "zh_CN", "report", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("不存在")
    unknown = cli(
        "--db",
        str(db),
        "--lang",
        "zh_TW",
        "report",
        str(tmp_path / "x.pdf"),
        "--customer",
        "nobody",
    )
    assert unknown.returncode == 2
    assert "沒有客戶 'nobody'" in unknown.stderr
    english = cli(
        "--db", str(db), "--lang", "en", "report", str(tmp_path / "x.pdf"), "--customer", "nobody"
    )
    assert "no customer 'nobody'" in english.stderr
    backup = cli("--db", str(db), "--lang", "zh_TW", "backup", str(tmp_path / "b.sqlite3"))
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.startswith("備份已寫入：")


def test_system_locale_is_the_default_and_c_is_english(tmp_path: Path, book: Path) -> None:
    db = tmp_path / "office.sqlite3"
    assert cli("--db", str(db), "import", str(book)).returncode == 0
    chinese = cli("--db", str(db), "backup", str(tmp_path / "a.sqlite3"), LANG="zh_CN.UTF-8")
    assert chinese.stdout.startswith("备份已写入：")
    hong_kong = cli("--db", str(db), "backup", str(tmp_path / "b.sqlite3"), LC_ALL="zh_HK.UTF-8")
    assert hong_kong.stdout.startswith("備份已寫入：")
    plain = cli("--db", str(db), "backup", str(tmp_path / "c.sqlite3"), LANG="C.UTF-8")
    assert plain.stdout.startswith("backup written: ")


def test_saved_language_is_read_by_the_command_line(tmp_path: Path, book: Path) -> None:
    """View → Language saves the choice where the command line (which has no Qt) reads it."""
    db = tmp_path / "office.sqlite3"
    assert cli("--db", str(db), "import", str(book)).returncode == 0
    config = tmp_path / "config"
    from crm_desktop.core import language

    env = {"XDG_CONFIG_HOME": str(config), "LANG": "C.UTF-8"}
    old = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(config)
    try:
        language.save_language("zh_TW")
        assert language.saved_language() == "zh_TW"
    finally:
        if old is not None:
            os.environ["XDG_CONFIG_HOME"] = old
    said = cli("--db", str(db), "backup", str(tmp_path / "a.sqlite3"), **env)
    assert said.stdout.startswith("備份已寫入：")
    overridden = cli("--db", str(db), "--lang", "en", "backup", str(tmp_path / "b.sqlite3"), **env)
    assert overridden.stdout.startswith("backup written: ")


def test_import_problems_in_the_language_and_the_summary_as_the_contract_says(
    tmp_path: Path, book: Path
) -> None:
    db = tmp_path / "office.sqlite3"
    result = cli("--db", str(db), "--lang", "zh_CN", "import", str(book), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("imported customers=1 contacts=1 sales=0;")
    english = cli("--db", str(db), "--lang", "en", "import", str(book), "--dry-run")
    assert english.stdout.splitlines()[-1] == lines[-1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_report_prints_in_the_chosen_language_with_labels_not_keys(
    tmp_path: Path, book: Path
) -> None:
    db = tmp_path / "office.sqlite3"
    assert cli("--db", str(db), "import", str(book)).returncode == 0
    words = {}
    for lang in ("en", "zh_CN", "zh_TW"):
        pdf = tmp_path / f"{lang}.pdf"
        done = cli("--db", str(db), "--lang", lang, "report", str(pdf), "--customer", "R001")
        assert done.returncode == 0, done.stderr
        words[lang] = "".join(
            subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        assert "decision_maker" not in words[lang]
    assert "Decisionmaker" in words["en"] and "Receivable" in words["en"]
    assert "决策者" in words["zh_CN"] and "应收账款" in words["zh_CN"]
    assert "決策者" in words["zh_TW"] and "應收帳款" in words["zh_TW"]
    # Without a word from the user, a report prints in Chinese as the office always had it.
    default = tmp_path / "default.pdf"
    assert (
        cli(
            "--db", str(db), "report", str(default), "--customer", "R001", LANG="C.UTF-8"
        ).returncode
        == 0
    )
    text = subprocess.run(["pdftotext", str(default), "-"], capture_output=True, text=True).stdout
    assert "决策者" in text

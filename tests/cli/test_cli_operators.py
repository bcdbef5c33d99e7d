"""The command line once a database has operators: every command runs as `--user`, the
password from CRM_DESKTOP_PASSWORD or a terminal prompt, else exit 2 with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with an administrator `boss` and a viewer `eye`, set up from the command
    line as an office would."""
    db = tmp_path / "crm.sqlite3"
    monkeypatch.delenv("CRM_DESKTOP_PASSWORD", raising=False)
    monkeypatch.setenv("CRM_DESKTOP_NEW_PASSWORD", "boss-secret")
    assert main(["--db", str(db), "operator", "add", "boss", "--role", "admin"]) == 0
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "boss-secret")
    monkeypatch.setenv("CRM_DESKTOP_NEW_PASSWORD", "eye-secret")
    assert (
        main(["--db", str(db), "--user", "boss", "operator", "add", "eye", "--role", "viewer"]) == 0
    )
    monkeypatch.delenv("CRM_DESKTOP_PASSWORD")
    monkeypatch.delenv("CRM_DESKTOP_NEW_PASSWORD")
    return db


def test_without_operators_commands_run_as_before(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    assert main(["--db", str(db), "demo", "--customers", "3"]) == 0
    assert main(["--db", str(db), "export", str(tmp_path / "all.json")]) == 0


def test_the_first_operator_must_be_an_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_NEW_PASSWORD", "wang-secret")
    db = tmp_path / "crm.sqlite3"
    assert main(["--db", str(db), "operator", "add", "wang", "--role", "sales"]) == 2
    assert "first operator must be an administrator" in capsys.readouterr().err


def test_a_command_without_user_is_refused_with_exit_2(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    capsys.readouterr()
    target = tmp_path / "all.json"
    assert main(["--db", str(office), "export", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--user" in err
    assert not target.exists()


def test_no_password_and_no_terminal_is_refused(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    capsys.readouterr()
    assert main(["--db", str(office), "--user", "boss", "export", str(tmp_path / "a.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "CRM_DESKTOP_PASSWORD" in err


def test_the_password_from_the_environment_and_user_after_the_command(
    office: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "boss-secret")
    assert main(["--db", str(office), "demo", "--customers", "2", "--user", "boss"]) == 0
    target = tmp_path / "all.json"
    assert main(["--db", str(office), "--user", "boss", "export", str(target)]) == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["customers"]) == 2


def test_a_wrong_password_and_a_role_without_the_right_exit_2(
    office: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    capsys.readouterr()
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "guess")
    assert main(["--db", str(office), "--user", "boss", "export", str(tmp_path / "a.json")]) == 2
    assert "wrong operator name or password" in capsys.readouterr().err
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "eye-secret")
    assert main(["--db", str(office), "--user", "eye", "demo", "--customers", "1"]) == 2
    assert "may not import" in capsys.readouterr().err
    assert main(["--db", str(office), "--user", "eye", "operator", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [["boss", "admin"], ["eye", "viewer"]]


def test_five_wrong_passwords_say_how_long_to_wait(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "guess")
    for _ in range(5):
        assert main(["--db", str(office), "--user", "boss", "operator", "list"]) == 2
    capsys.readouterr()
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "boss-secret")
    assert main(["--db", str(office), "--user", "boss", "operator", "list"]) == 2
    assert "try again in" in capsys.readouterr().err


def test_a_viewer_cannot_restore(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "boss-secret")
    backup = office.parent / "copy.sqlite3"
    assert main(["--db", str(office), "--user", "boss", "backup", str(backup)]) == 0
    monkeypatch.setenv("CRM_DESKTOP_PASSWORD", "eye-secret")
    capsys.readouterr()
    code = main(["--db", str(office), "--user", "eye", "restore", str(backup), "--yes"])
    assert code == 2
    assert "may not restore" in capsys.readouterr().err


def test_a_separate_process_without_a_terminal_exits_2_with_one_line(office: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRM_DESKTOP_PASS")}
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(office), "--user", "boss", "demo"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "CRM_DESKTOP_PASSWORD" in done.stderr

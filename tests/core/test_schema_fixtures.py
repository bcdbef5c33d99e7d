"""Every released schema version upgrades to this one through the app's own path and keeps the
office's rows; the file is backed up before Alembic touches it. The fixtures are built by
scripts/make_schema_fixture.py, one per revision but the head."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.core.db.schema_version import HEAD

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from make_schema_fixture import (  # noqa: E402 - the script is not a package
    FIXTURE_TODAY,
    FIXTURES,
    ROWS,
    fixture_path,
    released_revisions,
)

RELEASED = released_revisions()
COUNTED = ("customer", "contact", "sale", "note", "credit", "plan", "complaint", "licence", "tag")


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


def revision_of(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_every_released_schema_version_has_a_fixture() -> None:
    """A new migration makes the old head a released version: build its fixture then."""
    assert RELEASED
    missing = [r for r in RELEASED if not fixture_path(r).exists()]
    assert missing == [], (
        f"no fixture database for {missing}: run "
        "`python scripts/make_schema_fixture.py --missing` and commit tests/data/schemas/"
    )
    stray = sorted(
        p.name for p in FIXTURES.iterdir() if p.name.removesuffix(".sqlite3.gz") not in RELEASED
    )
    assert stray == [], f"fixtures of no released revision (the head or gone): {stray}"


def test_the_fixtures_stay_small() -> None:
    assert all(fixture_path(r).stat().st_size < 32_000 for r in RELEASED)


@pytest.fixture
def fixture_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    with gzip.open(fixture_path(request.param), "rb") as packed, path.open("wb") as raw:
        shutil.copyfileobj(packed, raw)
    assert revision_of(path) == request.param
    return path


@pytest.mark.parametrize("fixture_db", RELEASED, indirect=True)
def test_an_old_database_upgrades_to_head_and_keeps_its_rows(
    fixture_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from crm_desktop.core.backup import unpack
    from crm_desktop.core.facade import open_core, upgrade_database

    monkeypatch.setenv("CRM_DESKTOP_TODAY", FIXTURE_TODAY)
    old_revision = revision_of(fixture_db)
    before = counts(fixture_db)
    assert before["customer"] == len(ROWS["customer"]) and before["sale"] == len(ROWS["sale"])
    backups = fixture_db.parent / "backups"
    seen_at_upgrade: list[list[Path]] = []
    real_upgrade = command.upgrade

    def upgrade_watching_the_backups(*args: object, **kwargs: object) -> None:
        seen_at_upgrade.append(sorted(backups.glob("*-upgrade-*.sqlite3.gz")))
        real_upgrade(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "upgrade", upgrade_watching_the_backups)
    upgraded = upgrade_database(str(fixture_db))

    assert (upgraded.before, upgraded.after) == (old_revision, HEAD)
    assert seen_at_upgrade == [[upgraded.backup]], "the backup must exist before Alembic runs"
    kept = unpack(upgraded.backup, tmp_path / "kept.sqlite3")  # type: ignore[arg-type]
    assert revision_of(kept) == old_revision and counts(kept) == before
    assert counts(fixture_db) == before

    core = open_core(str(fixture_db))
    try:
        pharmacy = core.customers.get(1)
        assert (pharmacy.name, pharmacy.short_name, pharmacy.owner, pharmacy.tags) == (
            "石家庄大参林医药有限公司",
            "大参林",
            "王建国",
            ["GSP认证"],
        )
        assert core.customers.get(3).active is False
        contacts = {c.name: c for c in core.contacts.list(1)}
        assert set(contacts) == {"朱燕", "李晓"} and contacts["李晓"].left is True
        assert contacts["朱燕"].gender == "unknown"  # 0006's default for older contacts
        lines = core.sales.lines(1)
        assert [(s.date, s.amount, s.product) for s in lines] == [
            (date(2025, 12, 16), Decimal("448308.00"), "复方丹参片"),
            (date(2026, 11, 10), Decimal("235816.88"), "阿莫西林胶囊"),
        ]
        assert core.sales.receivable(1) == Decimal("35816.88")  # less the 200,000 paid
        assert core.credit.get(1, date(2026, 11, 25)).limit == Decimal("1240000.00")
    finally:
        core.close()
    # The analytics tables (created by 0003 from the sales already there) hold every sale.
    con = sqlite3.connect(fixture_db)
    try:
        assert (
            con.execute("SELECT SUM(amount), SUM(lines) FROM customer_month").fetchone()
            == con.execute("SELECT SUM(amount), COUNT(*) FROM sale").fetchone()
        )
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()

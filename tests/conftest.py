"""Test setup: offscreen Qt and Agg matplotlib before anything imports them; a migrated
template database copied for each test (migrating once per session keeps the suite fast)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Window geometry (QSettings), the default database, the holiday cache and the log go to a
# throw-away home, never the user's.
_home = tempfile.mkdtemp(prefix="crm-desktop-tests-")
atexit.register(shutil.rmtree, _home, True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")  # the log file
os.environ.pop("CRM_DESKTOP_DB", None)

import pytest  # noqa: E402 - after the Qt and matplotlib environment above

TODAY = date(2026, 11, 25)
_FIGURES: list[str] = []


@pytest.fixture(scope="session")
def report_figure() -> Callable[[str], None]:
    """A figure a test measured (kills survived …), printed at the end of the run."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crm_desktop.core.facade import open_core, upgrade_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    upgrade_database(str(path))
    core = open_core(str(path))
    with core.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    core.engine.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def core(db_path: Path) -> Iterator[object]:
    from crm_desktop.core.facade import open_core

    c = open_core(str(db_path))
    yield c
    c.engine.dispose()


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv("CRM_DESKTOP_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture
def demo_core(core: object, fixed_today: date) -> object:
    from crm_desktop.core.demo import generate

    generate(core.engine, 40, fixed_today, seed=7)  # type: ignore[attr-defined]
    return core

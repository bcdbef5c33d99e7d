"""Test setup: offscreen Qt and Agg matplotlib before anything imports them; a migrated
template database copied for each test (migrating once per session keeps the suite fast).

Tests marked `both_databases` run twice: on a SQLite file and on a database of a throw-away
PostgreSQL server the session starts itself (tests/pg_server.py), each test on a fresh
database made from a migrated template (CREATE DATABASE … TEMPLATE, a few tens of ms)."""

from __future__ import annotations

import atexit
import itertools
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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_databases") is not None
        if metafunc.definition.get_closest_marker("sqlite_only") is not None:
            both = False  # about SQLite's file itself (its pragmas, its own connections)
        kinds = ["sqlite", "postgresql"] if both else ["sqlite"]
        metafunc.parametrize("database_kind", kinds, indirect=True, ids=kinds)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """The session's throw-away PostgreSQL server (skipped where its binaries are missing)."""
    import pg_server as server_module  # tests/pg_server.py (this folder is on sys.path)

    if server_module.find_binaries() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (the `postgres` extra)")
    server = server_module.start_server()
    yield server
    server_module.remove(server)


PG_TEMPLATE = "crm_template"
_pg_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_template(pg_server: object) -> str:
    """A migrated database on the server, copied for each test (CREATE DATABASE … TEMPLATE)."""
    from crm_desktop.core.facade import upgrade_database

    _pg_admin(pg_server, f"CREATE DATABASE {PG_TEMPLATE}")
    url = pg_server.url(PG_TEMPLATE)  # type: ignore[attr-defined]
    upgrade_database(url)
    return PG_TEMPLATE


def _pg_admin(server: object, *statements: str) -> None:
    import psycopg

    url = server.url("postgres").replace("+psycopg", "")  # type: ignore[attr-defined]
    with psycopg.connect(url, autocommit=True) as con:
        for sql in statements:
            con.execute(sql)


@pytest.fixture
def pg_database(pg_server: object, pg_template: str) -> Iterator[str]:
    """The URL of a fresh migrated database of the session's server, dropped afterwards."""
    name = f"crm_test_{os.getpid()}_{next(_pg_names)}"
    _pg_admin(pg_server, f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_server.url(name)  # type: ignore[attr-defined]
    _pg_admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty_database(pg_server: object) -> Iterator[str]:
    """The URL of a new, empty database of the session's server (its first start migrates)."""
    name = f"crm_empty_{os.getpid()}_{next(_pg_names)}"
    _pg_admin(pg_server, f"CREATE DATABASE {name}")
    yield pg_server.url(name)  # type: ignore[attr-defined]
    _pg_admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def new_target(database_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database nothing has opened yet: a SQLite file to be, or an empty server database."""
    if database_kind == "postgresql":
        return str(request.getfixturevalue("pg_empty_database"))
    return str(tmp_path / "office.sqlite3")


@pytest.fixture
def db_target(database_kind: str, request: pytest.FixtureRequest) -> str:
    """What `--db` names in a test: a migrated SQLite file, or (both_databases) a server's
    fresh migrated database."""
    if database_kind == "postgresql":
        return str(request.getfixturevalue("pg_database"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def core(db_target: str) -> Iterator[object]:
    from crm_desktop.core.facade import open_core

    c = open_core(db_target)
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


@pytest.fixture(autouse=True)
def _nobody_signed_in() -> Iterator[None]:
    """The signed-in operator is the process's (core/acting_operator.py): never carried from
    one test into the next."""
    yield
    from crm_desktop.core.acting_operator import sign_in_as

    sign_in_as(None)

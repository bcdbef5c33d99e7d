"""Settings → Database: which database this PC's window opens (a SQLite file or an office's
PostgreSQL server), a check that it can be opened, and the server password kept where libpq
looks for it (the user's pgpass file), never in the settings.

The choice is a small JSON file in the user config folder (`saved_target`), read at the next
start when no --db or CRM_DESKTOP_DB says otherwise.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from crm_desktop.core.errors import UnusableInput


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str


def server_url(address: ServerAddress) -> str:
    """The address as the URL `--db` takes, without a password."""
    if not (address.host.strip() and address.database.strip() and address.user.strip()):
        raise UnusableInput("a server needs a host, a database name and a user name")
    user, database = quote(address.user.strip(), safe=""), quote(address.database.strip(), safe="")
    return f"postgresql+psycopg://{user}@{address.host.strip()}:{address.port}/{database}"


def check_connection(target: str, password: str | None = None) -> str:
    """Open `target` once and say what it is ("PostgreSQL 15.18", "a new database file"), or
    raise the reason it cannot be used (a CrmError: wrong address, password, damaged file)."""
    if "://" in target and not target.startswith("sqlite"):
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        from crm_desktop.core.db.engine import make_engine

        url = make_url(target).update_query_dict({"connect_timeout": "5"})
        if password:
            url = url.set(password=password)
        engine = make_engine(url.render_as_string(hide_password=False))
        try:
            with engine.connect() as con:
                version = con.execute(text("SELECT current_setting('server_version')")).scalar()
        finally:
            engine.dispose()
        return f"PostgreSQL {str(version).split()[0]}"
    from crm_desktop.core.db.sqlite_file import check_sqlite_file

    path = Path(target.removeprefix("sqlite:///")).expanduser()
    if path.is_dir():
        raise UnusableInput(f"{path} is a folder, not a database file")
    if not path.exists():
        if not path.parent.is_dir():
            raise UnusableInput(f"{path.parent} does not exist")
        return "a new database file"
    check_sqlite_file(path)
    return "a SQLite database file"


def pgpass_file() -> Path:
    """Where libpq (psycopg) reads saved passwords: PGPASSFILE, else its per-user default."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(address: ServerAddress, password: str) -> Path:
    """Keep the password in the user's pgpass file (readable by this user alone), replacing
    an older line for the same server, database and user."""
    path = pgpass_file()
    key = ":".join(_field(v) for v in (address.host, str(address.port), address.database))
    key += ":" + _field(address.user) + ":"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(key)]
    lines.append(key + _field(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)  # libpq ignores a pgpass file others can read
    return path


def saved_target(file: Path) -> str | None:
    """The database chosen in Settings → Database, None when none was."""
    try:
        value = json.loads(file.read_text(encoding="utf-8")).get("target")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def save_target(file: Path, target: str) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps({"target": target}), encoding="utf-8")

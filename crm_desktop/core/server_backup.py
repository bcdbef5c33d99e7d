"""Backups of a PostgreSQL server's database: PostgreSQL's own `pg_dump -Fc` (a consistent
snapshot while every PC keeps working) and `pg_restore --clean` back, in one transaction.

The programs come from the PATH or from Debian's /usr/lib/postgresql/*/bin (newest first);
where they are missing the command says so in one line. The password goes to them through
the environment (PGPASSWORD), never on a command line other users could read.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.private_files import create_private_file, private_folder

SUFFIX = ".pgdump"


def find_tool(name: str) -> Path | None:
    found = shutil.which(name)
    if found:
        return Path(found)
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / name).exists():
            return Path(folder) / name
    return None


def _tool(name: str) -> Path:
    found = find_tool(name)
    if found is None:
        raise UnusableInput(
            f"{name} is not installed: a server database is backed up with PostgreSQL's"
            " client programs (Debian: apt install postgresql-client)"
        )
    return found


def _connection(url: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump's and pg_restore's connection options and environment for `url`."""
    from crm_desktop.core.db.engine import PASSWORD_ENV

    parsed = make_url(url)
    args = ["-d", parsed.database or ""]
    if parsed.host:
        args += ["-h", parsed.host]
    if parsed.port:
        args += ["-p", str(parsed.port)]
    if parsed.username:
        args += ["-U", parsed.username]
    env = {**os.environ}
    password = parsed.password or os.environ.get(PASSWORD_ENV)
    if password:
        env["PGPASSWORD"] = str(password)
    return args, env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise UnusableInput(f"{what} failed: {lines[-1] if lines else done.returncode}")


def default_backup_path(url: str, folder: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return folder / f"{make_url(url).database}-{stamp}{SUFFIX}"


def backup_server(url: str, target: Path) -> Path:
    """A consistent dump of the server's database at `target` (written aside, then moved)."""
    args, env = _connection(url)
    private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        _run(
            [str(_tool("pg_dump")), "-Fc", "--no-owner", *args, "-f", str(partial)],
            env,
            "pg_dump",
        )
        check_server_backup(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def check_server_backup(path: Path) -> None:
    """UnusableInput unless `path` is a pg_dump archive pg_restore can read."""
    if not path.is_file():
        raise UnusableInput(f"{path} does not exist")
    if path.read_bytes()[:5] != b"PGDMP":
        raise UnusableInput(f"{path} is not a backup of a server database (pg_dump -Fc)")
    _run([str(_tool("pg_restore")), "--list", str(path)], dict(os.environ), f"reading {path}")


def restore_server(url: str, backup_file: Path, keep_in: Path) -> Path:
    """Replace the server database's contents with `backup_file`, all or nothing, after
    keeping a dump of the current data in `keep_in` (returned)."""
    check_server_backup(backup_file)
    safety = backup_server(url, default_backup_path(url, keep_in).with_suffix(".before-restore"))
    args, env = _connection(url)
    restore = [str(_tool("pg_restore")), "--clean", "--if-exists", "--no-owner"]
    restore += ["--single-transaction", "--exit-on-error", *args, str(backup_file)]
    _run(restore, env, "pg_restore")
    return safety

"""Files that hold the office's data are readable by the user only (Linux and macOS).

The database, the backups and their folders are created 0600 / 0700 whatever the umask: a
shared PC's other accounts must not read the customer history. SQLite gives the -wal and -shm
files the database file's own permissions, so creating the database private is enough for
those. On Windows the modes are ignored (the user's profile folder is private already).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) if needed; a folder created here is 0700. An
    existing folder is left as it is: it may be one the user chose and shares on purpose."""
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            pass
        else:
            if _POSIX:
                os.chmod(path, PRIVATE_FOLDER)  # mkdir's mode passes through the umask
    return path


def create_private_file(path: Path) -> bool:
    """Create `path` empty and 0600 unless it exists (SQLite then takes an empty file as a
    new database); True when it was created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    try:
        if _POSIX:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return True


def open_private(path: Path) -> BinaryIO:
    """`path` opened for writing from scratch, 0600 even when it existed with another mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE)
    return os.fdopen(fd, "wb")


def make_private(path: Path) -> None:
    """Tighten a file written by a library that follows the umask (a byte-for-byte copy)."""
    if _POSIX:
        os.chmod(path, PRIVATE_FILE)

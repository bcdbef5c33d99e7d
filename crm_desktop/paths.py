"""Where the app finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "crm-desktop"
APP_AUTHOR = "crm-desktop"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    import platformdirs  # not needed on the start-up path when the database is known

    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "crm.sqlite3"

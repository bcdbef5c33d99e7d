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


def docs_dir() -> Path:
    """The `docs/` folder with the user guide and its screenshots (shipped in the bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def user_data_dir() -> Path:
    import platformdirs  # not needed on the start-up path when the database is known

    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "crm.sqlite3"


def chosen_database_file() -> Path:
    """Where Settings → Database keeps this PC's choice (core/services/database_choice.py)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "database.json"


def default_database() -> str:
    """The database the window opens without --db or CRM_DESKTOP_DB: the one chosen in
    Settings → Database, else the file in the user data folder."""
    from crm_desktop.core.services.database_choice import saved_target

    return saved_target(chosen_database_file()) or str(default_database_path())

"""Which database to open: `--db`, else CRM_DESKTOP_DB, else the user data folder.

Standard library only: the window's start-up path imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

ENV_DB = "CRM_DESKTOP_DB"


def resolve_target(
    cli_value: str | None, environ: Mapping[str, str], default: Callable[[], Path | str]
) -> str:
    """`--db` wins over CRM_DESKTOP_DB, which wins over the user data folder."""
    return cli_value or environ.get(ENV_DB) or str(default())

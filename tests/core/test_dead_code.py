"""No dead code in crm_desktop: vulture (its settings in pyproject.toml) finds nothing beyond
the names vulture_whitelist.py lists with their reasons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_vulture_finds_no_unused_code() -> None:
    found = subprocess.run(
        [sys.executable, "-m", "vulture"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert found.returncode == 0, found.stdout + found.stderr

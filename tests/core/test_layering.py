"""The core never imports Qt: every core module imports in a fresh interpreter without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import crm_desktop.core


def test_core_modules_do_not_import_qt() -> None:
    names = [
        m.name
        for m in pkgutil.walk_packages(crm_desktop.core.__path__, "crm_desktop.core.")
        if ".migrations" not in m.name
    ]
    assert "crm_desktop.core.services.customers" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "gui = ('PySide6', 'shiboken6', 'matplotlib.backends.backend_qt')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(gui))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""

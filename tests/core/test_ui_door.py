"""Core is the only door from the window to the data: no module under crm_desktop/ui imports
the database libraries or the core's database package, or reaches for the core's engine."""

from __future__ import annotations

import ast
from pathlib import Path

import crm_desktop.ui

FORBIDDEN = ("sqlalchemy", "sqlite3", "sqlmodel", "crm_desktop.core.db")


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def door_violations(source: str) -> list[str]:
    """Forbidden imports and every `.engine` of one module's source, as `line: what`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _forbidden(node.module):
                found.append(f"{node.lineno}: from {node.module} import …")
            elif node.module == "crm_desktop.core" and any(a.name == "db" for a in node.names):
                found.append(f"{node.lineno}: from crm_desktop.core import db")
        elif isinstance(node, ast.Attribute) and node.attr == "engine":
            found.append(f"{node.lineno}: .engine")
    return found


def test_the_check_sees_each_way_around_the_door() -> None:
    sneaky = (
        "import sqlite3\nfrom sqlalchemy import text\nimport sqlmodel.main\n"
        "from crm_desktop.core.db.engine import sqlite_path\nfrom crm_desktop.core import db\n"
        "def f(core):\n    return core.engine.connect()\n"
    )
    assert [v.split(": ", 1)[1] for v in door_violations(sneaky)] == [
        "import sqlite3",
        "from sqlalchemy import …",
        "import sqlmodel.main",
        "from crm_desktop.core.db.engine import …",
        "from crm_desktop.core import db",
        ".engine",
    ]
    assert (
        door_violations(
            "from crm_desktop.core.services.imports import ImportService\n"
            "x = core.imports.preview(plan)\n# core.engine in a comment is fine\n"
        )
        == []
    )


def test_no_ui_module_reaches_around_core() -> None:
    root = Path(crm_desktop.ui.__file__).parent
    modules = sorted(root.rglob("*.py"))
    assert root / "main_window.py" in modules
    violations = [
        f"{path.relative_to(root)}:{v}"
        for path in modules
        for v in door_violations(path.read_text(encoding="utf-8"))
    ]
    assert violations == []

"""Chinese on a Chinese system, English otherwise; every visible string is translated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from crm_desktop.ui.i18n import pick_language

ROOT = Path(__file__).resolve().parents[2]


def test_language_follows_system_unless_overridden() -> None:
    assert pick_language(None, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert (
        pick_language(None, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    )
    assert pick_language("en", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"


def test_zh_cn_translation_is_complete_and_current(tmp_path: Path) -> None:
    """Every string in the UI sources is in the .ts file and translated."""
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (ROOT / "crm_desktop" / "ui").rglob("*.py"))
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    import xml.etree.ElementTree as ET

    def sources_of(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    shipped = ROOT / "resources" / "i18n" / "crm_desktop_zh_CN.ts"
    assert sources_of(ts) <= sources_of(shipped), "run scripts/build_translations.py"
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_translations import untranslated

    assert untranslated(shipped) == []
    qm = shipped.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= shipped.stat().st_mtime - 1


def test_window_speaks_chinese(qtbot: Any, demo_db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.app import make_application, open_window
    from crm_desktop.ui.i18n import install_translators

    app = make_application()
    translators = install_translators(app, "zh_CN")
    try:
        win = open_window(str(demo_db))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.detail is not None, timeout=10000)
        assert win.windowTitle() == "crm-desktop — 客户管理"
        assert "客户" in win.count_label.text()
        assert win.detail.tabs.tabText(0) == "&1 联系人"
        assert win.detail.contacts.add_button.text() == "添加…"
        win.core.engine.dispose()
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_english_says_one_day_and_two_days() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, "en")
    try:
        assert (
            QCoreApplication.translate("LicencesTab", "expires in %n day(s)", "", 1)
            == "expires in 1 day"
        )
        assert (
            QCoreApplication.translate("LicencesTab", "expires in %n day(s)", "", 3)
            == "expires in 3 days"
        )
    finally:
        for t in translators:
            app.removeTranslator(t)

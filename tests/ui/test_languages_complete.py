"""All three languages complete and current: zh_CN translated, zh_TW generated from it (OpenCC
s2twp and the reviewed Taiwan terms), en saying every source; Qt's own dialogs translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "scripts"))

import build_translations  # noqa: E402 - from scripts/, put on the path above


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return found


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    ts = tmp_path_factory.mktemp("lupdate") / "check.ts"
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [
            lupdate,
            *build_translations.sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return set(_messages(ts))


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_every_ts_holds_every_string_translated(
    language: str, current_sources: set[tuple[str, str]]
) -> None:
    shipped = I18N / f"crm_desktop_{language}.ts"
    assert current_sources <= set(_messages(shipped)), "run the three translation commands"
    assert build_translations.untranslated(shipped) == []
    qm = shipped.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= shipped.stat().st_mtime - 1


def test_traditional_is_generated_from_simplified(tmp_path: Path) -> None:
    """zh_TW.ts is s2twp of zh_CN.ts plus the reviewed terms, and so is the core's table."""
    regenerated = tmp_path / "zh_TW.ts"
    build_translations.traditional_ts(I18N / "crm_desktop_zh_CN.ts", regenerated)
    shipped = _messages(I18N / "crm_desktop_zh_TW.ts")
    assert _messages(regenerated) == shipped
    from crm_desktop.core.language import chinese_catalogue
    from crm_desktop.core.traditional_table import TRADITIONAL

    assert {t: build_translations.to_taiwan(t) for t in chinese_catalogue()} == TRADITIONAL
    # The reviewed Taiwan words, not s2twp's literal ones.
    words = " ".join(text for forms in shipped.values() for text in forms)
    for taiwan in ("帳期", "唯讀", "通路", "匯入", "列印", "檔案", "說明(&H)"):
        assert taiwan in words
    for mainland in ("賬", "只讀", "國家程式碼", "天后", "导入", "打印"):
        assert mainland not in words


def test_english_says_every_source_as_written() -> None:
    messages = _messages(I18N / "crm_desktop_en.ts")
    assert messages[("MainWindow", "&File")] == ["&File"]
    assert messages[("MainWindow", "%n customer(s)")] == ["%n customer", "%n customers"]


def _install(language: str) -> list[Any]:
    from crm_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    return install_translators(app, language)


def _uninstall(translators: list[Any]) -> None:
    for t in translators:
        QApplication.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize(
    ("language", "save", "cancel", "file_menu", "locale_name"),
    [
        ("zh_CN", "保存", "取消", "文件(&F)", "zh_CN"),
        ("zh_TW", "儲存", "取消", "檔案(&F)", "zh_TW"),
        ("en", "Save", "Cancel", "&File", "en_US"),
    ],
)
def test_qt_dialogs_and_the_locale_follow_the_language(
    qtbot: Any, language: str, save: str, cancel: str, file_menu: str, locale_name: str
) -> None:
    """Qt's own buttons come from the qtbase_*.qm PySide6 ships; numbers follow QLocale."""
    from crm_desktop.ui.i18n import current_language

    translators = _install(language)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {save, cancel}
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
        assert QLocale().name() == locale_name
        assert QLocale().toString(1234567.5, "f", 2) == "1,234,567.50"
        assert current_language() == language
    finally:
        _uninstall(translators)


def test_pseudo_mode_lengthens_and_accents_every_string_and_keeps_placeholders() -> None:
    from crm_desktop.ui.i18n import pseudo_text

    translators = _install("pseudo")
    try:
        text = QCoreApplication.translate("MainWindow", "Exported the contacts of {0} to {1}")
        assert "{0}" in text and "{1}" in text
        assert len(text) >= 1.4 * len("Exported the contacts of {0} to {1}")
        assert "é" in text and "Exported" not in text
        assert QCoreApplication.translate("MainWindow", "&File").startswith("[&F")
        plural = QCoreApplication.translate("MainWindow", "%n customer(s)", "", 3)
        assert plural.startswith("[3 ç")
    finally:
        _uninstall(translators)
    # A file dialog's filter keeps its patterns where Qt reads them.
    assert pseudo_text("Excel (*.xlsx);;All files (*)") == "Éẋçéĺ (*.xlsx);;Àĺĺ ƒîĺéš (*)"
    assert pseudo_text("<b>{name}</b> &amp; ok").startswith("[<b>{name}</b> &amp; ")


def test_saved_language_wins_over_the_system_and_loses_to_lang() -> None:
    from crm_desktop.ui.i18n import pick_language

    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    hong_kong = QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.HongKong
    )
    assert pick_language(None, taiwan, saved="") == "zh_TW"
    assert pick_language(None, hong_kong, saved="") == "zh_TW"
    assert pick_language(None, china, saved="en") == "en"
    assert pick_language("zh_TW", china, saved="en") == "zh_TW"
    assert pick_language("pseudo", china, saved="en") == "pseudo"


def test_window_speaks_traditional_chinese(qtbot: Any, demo_db: Path) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    translators = _install("zh_TW")
    try:
        win = open_window(str(demo_db))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.detail is not None, timeout=10000)
        assert win.windowTitle() == "crm-desktop — 客戶管理"
        assert win.detail.tabs.tabText(0) == "&1 聯絡人"
        assert "說明(&H)" in [a.text() for a in win.menuBar().actions()]
        win.core.engine.dispose()
    finally:
        _uninstall(translators)


def test_language_menu_saves_the_choice_for_the_window_and_the_command_line(
    window: Any, answer_questions: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.core import language
    from crm_desktop.ui.i18n import LANGUAGE_KEY, pick_language

    answer_questions(QMessageBox.StandardButton.No)  # not now: the next start speaks it
    menu = window.language_menu
    try:
        assert menu.actions[""].isChecked()
        menu.actions["zh_TW"].trigger()
        assert QSettings().value(LANGUAGE_KEY) == "zh_TW"
        assert language.saved_language() == "zh_TW"
        assert pick_language(None, QLocale(QLocale.Language.English)) == "zh_TW"
        assert menu.actions["zh_TW"].isChecked() and not menu.actions[""].isChecked()
    finally:
        menu.actions[""].trigger()
    assert language.saved_language() is None
    assert QSettings().value(LANGUAGE_KEY) == ""


def test_restart_drops_the_lang_argument() -> None:
    from crm_desktop.ui.language_menu import restart_arguments

    assert restart_arguments(["-m", "crm_desktop", "--db", "x", "--lang", "en"]) == [
        "-m",
        "crm_desktop",
        "--db",
        "x",
    ]
    assert restart_arguments(["--lang=zh_CN", "--db", "x"]) == ["--db", "x"]

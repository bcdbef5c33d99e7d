"""Language: Chinese on a Chinese system, English otherwise; `--lang` overrides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop.paths import resources_dir

SUPPORTED = ("en", "zh_CN", "zh_TW")


def pick_language(requested: str | None, system: QLocale | None = None) -> str:
    if requested in SUPPORTED:
        return requested  # type: ignore[return-value]
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        # Traditional-script regions get zh_TW; until that translation exists it falls back.
        if locale.script() == QLocale.Script.TraditionalChineseScript:
            return "zh_TW"
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our .qm and Qt's own (buttons of standard dialogs); keep references alive."""
    installed: list[QTranslator] = []
    if language == "en":
        # Only the plural forms: "%n day(s)" reads "1 day", "3 days".
        plurals = QTranslator(app)
        if plurals.load(str(resources_dir() / "i18n" / "crm_desktop_en.qm")):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    for candidate in (language, "zh_CN"):  # zh_TW falls back to Simplified until translated
        if ours.load(str(resources_dir() / "i18n" / f"crm_desktop_{candidate}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
            break
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    return installed

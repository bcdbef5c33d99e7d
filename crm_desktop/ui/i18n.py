"""Language: `--lang`, else the one chosen in View → Language (saved), else the system's.

Our .qm and Qt's own (the buttons and texts of file, print and message dialogs: PySide6 ships
qtbase_zh_CN.qm and qtbase_zh_TW.qm) are loaded together; QLocale's default follows, so dates,
numbers and money read as the language writes them. `pseudo` is for testing the layout: every
string comes back about 40 % longer and accented, with placeholders, mnemonics and file
patterns kept, so a clipped label or a string that skips translation shows at a glance.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crm_desktop.paths import resources_dir

SUPPORTED = ("en", "zh_CN", "zh_TW")
PSEUDO = "pseudo"
LANGUAGE_KEY = "ui/language"  # QSettings: the language chosen in the View menu
# The language names as each language writes its own: the menu shows them untranslated.
NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


def pick_language(
    requested: str | None, system: QLocale | None = None, saved: str | None = None
) -> str:
    if requested in (*SUPPORTED, PSEUDO):
        return requested  # type: ignore[return-value]
    if os.environ.get("CRM_DESKTOP_PSEUDO"):
        return PSEUDO
    if saved is None:
        saved = str(QSettings().value(LANGUAGE_KEY, "") or "")
    if saved in SUPPORTED:
        return saved
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def current_language() -> str:
    """The interface's language for the core (reports, messages): en, zh_CN or zh_TW, read
    from QLocale's default, which install_translators sets (pseudo reads as en)."""
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    return "zh_TW" if locale.script() == QLocale.Script.TraditionalChineseScript else "zh_CN"


def locale_for(language: str) -> QLocale:
    if language == "zh_CN":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
        )
    if language == "zh_TW":
        return QLocale(
            QLocale.Language.Chinese,
            QLocale.Script.TraditionalChineseScript,
            QLocale.Country.Taiwan,
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our .qm and Qt's own (buttons of standard dialogs); keep references alive."""
    installed: list[QTranslator] = []
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        QLocale.setDefault(locale_for("en"))
        return [pseudo]
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"crm_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(locale_for(language))
    return installed


# What pseudo-localisation keeps as it is: placeholders, plural and Qt arguments, mnemonics,
# HTML tags and entities, file patterns and filter separators, shortcuts' key names.
_KEEP = re.compile(
    r"\{[^{}]*\}|%n|%L?\d|&&|&\w+;|&\w|<[^>]+>|\([^()]*\*\.[^()]*\)|\*\.\w+|;;|Ctrl\+\w+"
)
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺḿñöƥǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹḾÑÖƤǪŔŠŢÜṼŴẊÝŽ",
)
_FILLER = "ĺőŕéḿ ïƥšüḿ đöĺöŕ šîţ àḿéţ "


def pseudo_text(text: str) -> str:
    """`text` accented and padded to 140 % of its length (at least two characters more)."""
    if not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    accented = "".join(out)
    if "(*" in text:  # a file dialog's filter: Qt reads the patterns at the end of each part
        return accented
    extra = max(2, math.ceil(len(text) * 0.4))
    padding = (_FILLER * (extra // len(_FILLER) + 1))[:extra]
    lines = accented.split("\n")
    lines[0] = f"[{lines[0]}{padding[2:]}]" if extra > 2 else f"[{lines[0]}]"
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Every string, ours and Qt's, through `pseudo_text`."""

    def translate(  # noqa: D102 - Qt's virtual
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual
        return False

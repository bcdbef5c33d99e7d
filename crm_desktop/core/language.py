"""The languages the core words things in, without Qt: zh_CN, zh_TW and en.

Simplified Chinese is written once, in the source (vocabulary labels, report wording, the
warnings' and the command line's sentences). Traditional Chinese is never typed by hand: the
table in core/traditional_table.py is generated from every Simplified string the core owns
(`chinese_catalogue`) by OpenCC's s2twp conversion plus the reviewed Taiwan terms in
scripts/taiwan_terms.py (scripts/build_translations.py writes it, a test keeps it current).
Templates are converted before they are filled, so a customer's name is never altered.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from crm_desktop.core.traditional_table import TRADITIONAL

LANGUAGES = ("zh_CN", "zh_TW", "en")


def normalized(language: str | None) -> str:
    """One of LANGUAGES: zh_HK, zh_Hant and zh_TW read Traditional, other Chinese Simplified,
    everything else English."""
    if not language:
        return "en"
    code = language.replace("-", "_")
    if code in LANGUAGES:
        return code
    if code.startswith("zh"):
        traditional = any(part in code for part in ("TW", "HK", "MO", "Hant"))
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def chinese(text: str, language: str) -> str:
    """A Simplified Chinese text of the core in `language`'s script (zh_TW: Traditional)."""
    if language != "zh_TW":
        return text
    return TRADITIONAL.get(text, text)


def chinese_all(texts: Mapping[str, str], language: str) -> dict[str, str]:
    return {key: chinese(text, language) for key, text in texts.items()}


def _saved_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("crm-desktop", "crm-desktop")) / "language"


def save_language(language: str) -> None:
    """The language chosen in the window, for the command line too (it reads no QSettings);
    "" forgets it (the system's language again)."""
    path = _saved_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(language if language in LANGUAGES else "", encoding="utf-8")


def saved_language() -> str | None:
    try:
        text = _saved_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if text in LANGUAGES else None


def cli_language(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: `--lang`, else CRM_DESKTOP_LANG, else the language saved
    in the window's View → Language, else the system locale's (LC_ALL, LC_MESSAGES, LANG as
    POSIX reads them). A C or POSIX locale is English."""
    env = os.environ if environ is None else environ
    if requested:
        return normalized(requested)
    if env.get("CRM_DESKTOP_LANG"):
        return normalized(env["CRM_DESKTOP_LANG"])
    saved = saved_language()
    if saved is not None:
        return saved
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normalized(value.split(".")[0])
    return "en"


def report_language(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The command line's report language: as `cli_language` when the user said one
    (`--lang`, CRM_DESKTOP_LANG, the saved choice) or the system speaks Chinese; otherwise
    Chinese as before, the language the office prints in."""
    language = cli_language(requested, environ)
    env = os.environ if environ is None else environ
    said = requested or env.get("CRM_DESKTOP_LANG") or saved_language()
    return language if said or language != "en" else "zh_CN"


def chinese_catalogue() -> list[str]:
    """Every Simplified string the core words things with, for the Traditional table."""
    from crm_desktop.core import messages, vocabulary
    from crm_desktop.core.reports import texts, warning_texts

    found: list[str] = []

    def add(strings: Iterable[str]) -> None:
        found.extend(s for s in strings if s not in found)

    for words in vocabulary.ALL:
        add(term.zh for term in words.terms)
    add(texts.TEXTS["zh_CN"].values())
    add(warning_texts.ZH.values())
    add(messages.ZH.values())
    add(messages.THINGS.values())
    return found

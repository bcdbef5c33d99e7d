"""Pinyin search keys: full pinyin and initials, with surname readings for people's names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# pypinyin reads these characters as ordinary words; as the first character of a person's
# name they are surnames with another reading (曾 zeng not ceng, 单 shan not dan, ...).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "盖": "ge",
    "覃": "qin",
    "尉": "yu",
    "缪": "miao",
    "翟": "zhai",
    "乐": "yue",
    "召": "shao",
    "繁": "po",
    "员": "yun",
    "秘": "bi",
    "种": "chong",
    "任": "ren",
    "华": "hua",
    "纪": "ji",
    "沈": "shen",
    "宁": "ning",
    "柏": "bai",
    "长": "chang",
    "相": "xiang",
    "折": "she",
    "句": "gou",
    "藏": "zang",
    "褚": "chu",
    "佟": "tong",
    "阚": "kan",
    "冼": "xian",
    "过": "guo",
    "那": "na",
    "车": "che",
}
COMPOUND_SURNAMES: dict[str, list[str]] = {
    "万俟": ["mo", "qi"],
    "尉迟": ["yu", "chi"],
    "长孙": ["zhang", "sun"],
    "单于": ["chan", "yu"],
}


_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_WORD = re.compile(r"[0-9a-z]+")


@lru_cache(maxsize=65536)
def _syllables(text: str, person: bool) -> tuple[tuple[str, bool], ...]:
    """(syllable, is_pinyin) pairs; Latin words and digits come through as themselves."""
    text = unicodedata.normalize("NFKC", text).lower().strip()
    out: list[tuple[str, bool]] = []
    if person:
        for compound, reading in COMPOUND_SURNAMES.items():
            if text.startswith(compound):
                out += [(s, True) for s in reading]
                text = text[len(compound) :]
                break
        else:
            if text[:1] in SURNAME_READINGS:
                out.append((SURNAME_READINGS[text[0]], True))
                text = text[1:]
    for chunk in _CJK.split(text):
        if not chunk:
            continue
        if _CJK.fullmatch(chunk):
            out += [(s, True) for s in _chunk_syllables(chunk)]
        else:
            out += [(w, False) for w in _WORD.findall(chunk)]
    return tuple(out)


@lru_cache(maxsize=65536)
def _chunk_syllables(chunk: str) -> list[str]:
    """A run of Chinese characters read as words (重庆 chong qing). Cached by run: company
    names share many (医药有限公司), and a run reads the same wherever it stands."""
    # Imported on first use: its phrase dictionary costs ~50 MB and 0.1 s, and only writes
    # need it (search columns are stored), not opening or searching.
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(chunk, style=Style.NORMAL)  # type: ignore[no-any-return]


def load_in_background() -> None:
    """Start loading the pinyin dictionary on another thread, for a write that will need it
    soon (an import loads it while the spreadsheet is parsed, which frees the interpreter)."""
    import sys
    import threading

    if "pypinyin" not in sys.modules:
        threading.Thread(target=_load, name="pinyin-load", daemon=True).start()


def _load() -> None:
    import pypinyin  # noqa: F401  (the import lock makes a concurrent user wait for it)


def full_pinyin(text: str, person: bool = False) -> str:
    return "".join(s for s, _ in _syllables(text, person))


def initials(text: str, person: bool = False) -> str:
    return "".join(s[0] if is_pinyin else s for s, is_pinyin in _syllables(text, person))


def sort_key(text: str, person: bool = False) -> str:
    """Syllables separated by spaces sort as a Chinese reader expects (an < ang)."""
    return " ".join(s for s, _ in _syllables(text, person))

"""Normalised keys for matching names the way people type them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str | None:
    """Strip a typed value; an empty one means "not given"."""
    if text is None:
        return None
    text = str(text).strip()
    return text or None


@lru_cache(maxsize=65536)  # an import asks for each company once per row of its contacts
def name_key(name: str) -> str:
    """NFKC, no spaces, （）and () unified, case folded: 北京医药（集团） == 北京医药(集团)."""
    text = unicodedata.normalize("NFKC", name)  # full-width （） become ()
    return _SPACES.sub("", text).casefold()

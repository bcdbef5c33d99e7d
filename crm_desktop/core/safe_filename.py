"""One file name from text a user typed (a customer's name in a report's file name): never a
path, never a name Windows refuses, never longer than a file system allows.

Every place that builds a file name from typed data goes through `safe_filename`; the tests
hold each of them to it.
"""

from __future__ import annotations

import re
import unicodedata

# Separators, the characters Windows refuses in a name, and control characters (C0, DEL, C1).
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]')
# CON, PRN, AUX, NUL, COM1-9, LPT1-9 (and the superscript digits Windows also reserves), with
# or without an extension: "con.pdf" opens the console on Windows.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?", re.IGNORECASE)
# Bytes, not characters: ext4 and NTFS-on-Linux count bytes (255), and a Chinese character is
# three of them in UTF-8. Room is left for the ".partial" the writers add while writing.
MAX_NAME_BYTES = 200


def safe_filename(text: str, suffix: str = "", fallback: str = "file") -> str:
    """`text` as a file name ending in `suffix` (e.g. ".pdf"): path separators, `..`, reserved
    and control characters replaced by `_`, leading and trailing dots and spaces dropped, a
    reserved Windows device name prefixed with `_`, cut to MAX_NAME_BYTES in UTF-8."""
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))  # a tab or newline: a space
    name = _FORBIDDEN.sub("_", name)
    name = re.sub(r"\.{2,}", "_", name).strip(" ._")  # no "..", nor a run of dots
    if not name:
        name = fallback
    if _RESERVED.fullmatch(name):
        name = "_" + name
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    encoded = name.encode("utf-8")
    if len(encoded) > limit:
        name = encoded[:limit].decode("utf-8", errors="ignore").rstrip(" .")
    return name + suffix

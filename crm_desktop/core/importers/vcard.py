"""Read a .vcf file into cards of properties: vCard 2.1, 3.0 and 4.0 as phones and mail
programs write them (Android, iPhone, Outlook, Gmail, Lotus Notes, Thunderbird).

A tolerant reader on purpose: real files break the standards in small ways (a file cut off
inside a card, raw GBK bytes in a UTF-8 file, vCard 2.1's bare parameters, quoted-printable
soft breaks without a leading space), and one bad line must not lose the other cards. What
the cards *mean* is `vcard_cards.py`'s job; this module only takes the file apart.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.importers.guards import check_cell
from crm_desktop.core.importers.readers import Sheet, decode_text

UTF8_BOM = b"\xef\xbb\xbf"
_MEDIA = {"PHOTO", "LOGO", "SOUND", "KEY"}  # vCard 4.0 writes them inline as data: URIs
# Chinese phones write GB2312 or GBK; GB18030 reads both and more.
_CHARSETS = {"GB2312": "gb18030", "GBK": "gb18030", "CP936": "gb18030", "BIG5": "big5hkscs"}
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")
# Parameters that carry no meaning of their own in vCard 2.1 (`TEL;CELL;VOICE:`) are types.
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass(slots=True)
class Property:
    """One content line: `item1.TEL;TYPE=CELL,VOICE:138…` → group item1, name TEL."""

    name: str  # upper case, without the group
    group: str  # lower case; "" without one
    params: dict[str, list[str]]  # upper-case keys; TYPE values upper case
    value: str  # decoded text; backslash escapes still in place (see `split_value`)
    binary: bool = False  # base64 data (a PHOTO): no text

    @property
    def types(self) -> set[str]:
        return set(self.params.get("TYPE", ()))

    def param(self, key: str) -> str | None:
        values = self.params.get(key)
        return values[0] if values else None


@dataclass(slots=True)
class Card:
    number: int  # 1-based, in file order: problems name it ("card 3")
    properties: list[Property] = field(default_factory=list)
    # "" when END:VCARD closed it; "card_unfinished" when the file ends inside it,
    # "card_not_closed" when the next card begins first.
    ending: str = ""
    stray_lines: list[str] = field(default_factory=list)  # lines that are no property


def read_vcard(path: Path) -> Sheet:
    """The file's cards as the sheet's records."""
    data = _as_bytes(path.read_bytes(), path.name)
    if b"BEGIN:VCARD" not in data.upper():
        raise UnusableInput(f"{path.name} holds no vCard")
    cards = _cards(data)
    _check_lengths(cards, path.name)
    return Sheet(path.stem, [], 1, kind="vcard", records=cards)


def _check_lengths(cards: list[Card], name: str) -> None:
    """A photo or a key may be long; a name or a note of megabytes is no phone's card."""
    for card in cards:
        for prop in card.properties:
            if not prop.binary and prop.name not in _MEDIA:
                try:
                    check_cell(prop.value, f"card {card.number} {prop.name}")
                except UnusableInput as exc:
                    raise UnusableInput(f"{name}: {exc}") from None


def _as_bytes(data: bytes, name: str) -> bytes:
    """The file as 8-bit text without a BOM: a UTF-16 file (Outlook can write one) as UTF-8."""
    if data.startswith(UTF8_BOM):
        return data[len(UTF8_BOM) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        return decode_text(data, name).encode("utf-8")
    return data


def _logical_lines(data: bytes) -> list[bytes]:
    """Unfold: a line starting with a space or tab continues the last one (RFC 2425/6350),
    and a quoted-printable line ending in `=` continues on the next (vCard 2.1)."""
    lines: list[bytes] = []
    soft_break = False
    for raw in _LINE_BREAK.split(data):
        if lines and soft_break:
            lines[-1] = lines[-1][:-1] + raw
        elif lines and raw[:1] in (b" ", b"\t"):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
        last = lines[-1]
        soft_break = last.endswith(b"=") and b"QUOTED-PRINTABLE" in _head(last).upper()
    return lines


def _head(line: bytes) -> bytes:
    """The name and parameters: everything before the first colon outside double quotes."""
    at = _colon(line)
    return line if at < 0 else line[:at]


def _colon(line: bytes) -> int:
    at = line.find(b":")
    if at < 0 or b'"' not in line[:at]:
        return at  # most lines: no quoted parameter before the value
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # :
            return index
    return -1


def _cards(data: bytes) -> list[Card]:
    cards: list[Card] = []
    card: Card | None = None
    binary = False  # the last property was base64: 2.1 writers may not fold its lines
    for line in _logical_lines(data):
        text = line.strip()
        if not text:
            continue
        upper = text[:11].upper()  # BEGIN:VCARD or END:VCARD; a PHOTO line can be 100 kB
        if upper.startswith(b"BEGIN:VCARD"):
            if card is not None:
                card.ending = "card_not_closed"
            card = Card(len(cards) + 1)
            cards.append(card)
            continue
        if card is None:
            continue  # text between cards belongs to no contact
        if upper.startswith(b"END:VCARD"):
            card = None
            continue
        prop = parse_line(line)
        if prop is None:
            if not binary:
                card.stray_lines.append(_decode(text, ""))
            continue
        binary = prop.binary
        card.properties.append(prop)
    if card is not None:
        card.ending = "card_unfinished"
    return cards


def parse_line(line: bytes) -> Property | None:
    """One unfolded content line as a property; None when it is not one."""
    at = _colon(line)
    if at <= 0:
        return None
    head = line[:at].decode("ascii", errors="replace").strip()
    pieces = _split_unquoted(head, ";")
    named = _NAME.match(pieces[0].strip())
    if named is None:
        return None
    params = _params(pieces[1:])
    encoding = (params.get("ENCODING") or [""])[0].upper()
    raw = line[at + 1 :]
    if encoding in ("BASE64", "B"):
        return Property(named[2].upper(), (named[1] or "").lower(), params, "", binary=True)
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(raw)
    value = _decode(raw, (params.get("CHARSET") or [""])[0])
    return Property(named[2].upper(), (named[1] or "").lower(), params, value.strip())


def _params(pieces: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for piece in pieces:
        key, equals, value = piece.partition("=")
        key = key.strip().upper()
        if not equals:  # vCard 2.1: `TEL;CELL`, `NOTE;QUOTED-PRINTABLE`
            key, value = ("ENCODING" if key in _ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"') for v in _split_unquoted(value, ",")]
        if key == "TYPE":
            values = [v.upper() for v in values]
        params.setdefault(key, []).extend(v for v in values if v)
    return params


def _split_unquoted(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _decode(raw: bytes, charset: str) -> str:
    """The value's bytes in its CHARSET, else UTF-8, else GB18030 (a Chinese phone's 2.1 file
    may mix them line by line); never an error: a wrong byte becomes U+FFFD rather than
    losing the card."""
    wanted = _CHARSETS.get(charset.upper(), charset.lower()) if charset else "utf-8"
    for encoding in dict.fromkeys((wanted, "utf-8", "gb18030")):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def split_value(value: str, separator: str = ";") -> list[str]:
    """A structured value's parts (N, ADR, ORG) or a list (CATEGORIES), each unescaped."""
    if "\\" not in value:
        return [part.strip() for part in value.split(separator)]
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(unescape("".join(current) + ("\\" if escaped else "")))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(text: str) -> str:
    """`\\n` → a line break, `\\,` → `,`, `\\;` → `;`, `\\\\` → `\\`."""
    if "\\" not in text:
        return text.strip()
    out: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPES:
            out.append(_ESCAPES[text[index + 1]])
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out).strip()

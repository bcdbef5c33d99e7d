"""vCard 2.1 / 3.0 / 4.0 as phones export them (Android, iPhone, Outlook)."""

from __future__ import annotations

import quopri
import re
from pathlib import Path
from typing import Any

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.importers.readers import Sheet, decode_text

_PARAM_SPLIT = re.compile(r";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")


def _unfold(text: str) -> list[str]:
    """Join folded lines (RFC 2425) and quoted-printable soft breaks (vCard 2.1)."""
    lines: list[str] = []
    for raw in text.splitlines():
        if lines and raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        elif (
            lines
            and lines[-1].endswith("=")
            and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper()
        ):
            lines[-1] = lines[-1][:-1] + raw
        else:
            lines.append(raw)
    return lines


def _value(params: list[str], raw: str) -> str:
    upper = [p.upper() for p in params]
    if any("QUOTED-PRINTABLE" in p for p in upper):
        charset = next((p.split("=", 1)[1] for p in upper if p.startswith("CHARSET=")), "UTF-8")
        raw = quopri.decodestring(raw.encode("latin-1", errors="replace")).decode(
            charset.lower(), errors="replace"
        )
    return raw.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").strip()


def read_vcard(path: Path) -> Sheet:
    text = decode_text(path.read_bytes(), path.name)
    if "BEGIN:VCARD" not in text.upper():
        raise UnusableInput(f"{path.name} holds no vCard")
    records: list[dict[str, Any]] = []
    card: dict[str, Any] | None = None
    for line in _unfold(text):
        if ":" not in line:
            continue
        head, raw = line.split(":", 1)
        parts = _PARAM_SPLIT.split(head)
        name = parts[0].split(".")[-1].upper()  # item1.TEL → TEL
        params = parts[1:]
        if name == "BEGIN":
            card = {"phones": [], "emails": [], "_line": len(records) + 1}
            continue
        if card is None:
            continue
        if name == "END":
            records.append(card)
            card = None
            continue
        value = _value(params, raw)
        types = {t for p in params for t in p.upper().replace("TYPE=", "").split(",")}
        if name == "FN":
            card["full_name"] = value
        elif name == "N":
            fields = (value.split(";") + [""] * 5)[:5]
            card["family_name"], card["given_name"] = fields[0].strip(), fields[1].strip()
        elif name == "ORG":
            card["company"] = value.split(";")[0].strip()
        elif name == "TITLE":
            card["title"] = value
        elif name == "TEL":
            card["phones"].append(
                (value, "mobile" if {"CELL", "MOBILE", "IPHONE"} & types else "phone")
            )
        elif name == "EMAIL":
            card["emails"].append(value)
        elif name == "GENDER":  # vCard 4.0: M, F, O, N, U; an identity text may follow a ";"
            card["gender"] = value.split(";")[0].strip()
        elif name == "BDAY":
            card["birthday"] = value
        elif name == "NOTE":
            card["notes"] = value
        elif name == "ADR":
            card["address"] = " ".join(p for p in value.split(";") if p.strip())
    return Sheet(path.stem, [], 1, kind="vcard", records=records)

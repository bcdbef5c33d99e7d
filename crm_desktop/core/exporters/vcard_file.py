"""Contacts as a vCard 3.0 file phones load as it is: UTF-8, CRLF, one card per contact (FN, N,
ORG, TITLE, TEL;TYPE=CELL / WORK, EMAIL, ADR, BDAY, NOTE, CATEGORIES), lines folded at 75
octets and never inside a UTF-8 sequence.

A company customer also gets a card of its own (marked X-ABShowAs:COMPANY, as iPhone marks one)
when it has no contacts or has a number, e-mail or notes of its own, so that importing the
file gives the same customers back. A lunar birthday is written as X-LUNAR-BDAY, never as a
BDAY a phone would show on the wrong day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core.cancellation import CancelCheck, checked
from crm_desktop.core.normalize.text import name_key

FOLD_AT = 75  # octets per line, CRLF not counted (RFC 2425 §5.8.1)
# Two-character family names: 欧阳娜娜 is 欧阳 + 娜娜, not 欧 + 阳娜娜.
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "令狐",
        "端木",
        "西门",
        "南宫",
        "独孤",
        "轩辕",
        "百里",
        "呼延",
        "东郭",
        "闻人",
        "澹台",
        "公冶",
        "太叔",
        "申屠",
        "钟离",
        "万俟",
        "赫连",
    ]
)


# The customer's code on every card of it: importing the cards back (after a phone edited
# them, or into another office's database) finds the customer by its code, as the contract's
# matching does, even when the company's name was written differently.
CODE_PROPERTY = "X-CRM-CUSTOMER-CODE"


@dataclass(frozen=True, slots=True)
class _Customer:
    id: int
    name: str
    kind: str
    address: str | None
    phone: str | None
    email: str | None
    notes: str | None
    code: str | None
    tags: tuple[str, ...]


def write_cards(
    con: Connection,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    contact_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[int, int]:
    """Write the cards of these customers (all without ids), or only of these contacts;
    returns (customers, cards) written."""
    customers = _customers(con, customer_ids, contact_ids)
    contacts = _contacts(con, customer_ids, contact_ids)
    cards = 0
    with path.open("wb") as out:
        for customer in checked(customers.values(), cancelled, every=20):
            own = contacts.get(customer.id, [])
            if contact_ids is None and _needs_own_card(customer, own):
                out.write(_encode(_company_card(customer)))
                cards += 1
            for row in own:
                out.write(_encode(_contact_card(customer, row)))
                cards += 1
    return len(customers), cards


def _in(column: str, ids: Sequence[int] | None) -> str:
    return "" if ids is None else f" AND {column} IN ({','.join(str(int(i)) for i in ids)})"


def _customers(
    con: Connection, customer_ids: Sequence[int] | None, contact_ids: Sequence[int] | None
) -> dict[int, _Customer]:
    where = _in("c.id", customer_ids)
    if contact_ids is not None:
        where += f" AND c.id IN (SELECT customer_id FROM contact WHERE 1=1{_in('id', contact_ids)})"
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, tag in con.exec_driver_sql(
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
        " ORDER BY ct.customer_id, t.name"
    ):
        tags[cid].append(tag)
    rows = con.exec_driver_sql(
        "SELECT c.id, c.name, c.kind, c.address, c.phone, c.email, c.notes, c.code FROM customer c"
        f" WHERE 1=1{where} ORDER BY c.id"
    )
    return {r[0]: _Customer(*r, tags=tuple(tags.get(r[0], ()))) for r in rows}


def _contacts(
    con: Connection, customer_ids: Sequence[int] | None, contact_ids: Sequence[int] | None
) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in con.exec_driver_sql(
        "SELECT customer_id, id, name, title, mobile, phone, email, wechat, birthday_year,"
        " birthday_month, birthday_day, birthday_lunar, notes FROM contact"
        f" WHERE 1=1{_in('customer_id', customer_ids)}{_in('id', contact_ids)}"
        " ORDER BY customer_id, id"
    ):
        grouped[row[0]].append(tuple(row[1:]))
    return grouped


def _needs_own_card(customer: _Customer, contacts: list[tuple[Any, ...]]) -> bool:
    if customer.kind != "company":
        return not contacts  # a person is their contact's card
    return not contacts or bool(customer.phone or customer.email or customer.notes)


def _company_card(customer: _Customer) -> list[str]:
    person = customer.kind != "company"
    lines = [f"UID:crm-desktop-customer-{customer.id}", f"FN:{text(customer.name)}"]
    if person:
        lines.append(f"N:{structured(*split_name(customer.name))};;;")
    else:
        lines += ["N:;;;;", f"ORG:{text(customer.name)}", "X-ABShowAs:COMPANY"]
    lines += _optional("TEL;TYPE=WORK", customer.phone, escape=False)
    lines += _optional("EMAIL;TYPE=INTERNET", customer.email)
    lines += _address(customer)
    lines += _optional("NOTE", customer.notes)
    lines += _categories(customer)
    lines += _optional(CODE_PROPERTY, customer.code)
    return lines


def _contact_card(customer: _Customer, row: tuple[Any, ...]) -> list[str]:
    contact_id, name, title, mobile, phone, email, wechat, year, month, day, lunar, notes = row
    lines = [
        f"UID:crm-desktop-contact-{contact_id}",
        f"FN:{text(name)}",
        f"N:{structured(*split_name(name))};;;",
    ]
    if customer.kind == "company":
        lines.append(f"ORG:{text(customer.name)}")
    elif name_key(name) != name_key(customer.name):
        # A person customer held under another name (黄涛 with 黄涛太太 as contact): the
        # customer's name goes in ORG and our own X-CRM-KIND keeps it a person on import.
        lines += [f"ORG:{text(customer.name)}", "X-CRM-KIND:person"]
    lines += _optional("TITLE", title)
    lines += _optional("TEL;TYPE=CELL", mobile, escape=False)
    lines += _optional("TEL;TYPE=WORK", phone, escape=False)
    lines += _optional("EMAIL;TYPE=INTERNET", email)
    lines += _optional("X-WECHAT", wechat)
    lines += _address(customer)
    lines += _birthday(year, month, day, bool(lunar))
    lines += _optional("NOTE", notes)
    lines += _categories(customer)
    lines += _optional(CODE_PROPERTY, customer.code)
    return lines


def _optional(head: str, value: str | None, escape: bool = True) -> list[str]:
    if not value:
        return []
    return [f"{head}:{text(value) if escape else value}"]


def _address(customer: _Customer) -> list[str]:
    if not customer.address:
        return []
    kind = "WORK" if customer.kind == "company" else "HOME"
    return [f"ADR;TYPE={kind}:;;{text(customer.address)};;;;"]


def _birthday(year: int | None, month: int | None, day: int | None, lunar: bool) -> list[str]:
    """1985-03-07, or --0307 without the year; a lunar one under its own name."""
    if not month or not day:
        return []
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}{day:02d}"
    return [f"{'X-LUNAR-BDAY' if lunar else 'BDAY'}:{value}"]


def _categories(customer: _Customer) -> list[str]:
    return [f"CATEGORIES:{','.join(text(t) for t in customer.tags)}"] if customer.tags else []


def text(value: str) -> str:
    """A TEXT value escaped (RFC 2426 §5): backslash, line breaks, comma, semicolon."""
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def structured(*parts: str) -> str:
    return ";".join(text(p) for p in parts)


def split_name(name: str) -> tuple[str, str]:
    """(family, given): 王建国 → 王, 建国; 欧阳娜娜 → 欧阳, 娜娜; John Smith → Smith, John."""
    name = name.strip()
    if any("\u3400" <= ch <= "\u9fff" for ch in name) and " " not in name:
        if len(name) < 2:
            return name, ""
        cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:cut], name[cut:]
    words = name.split()
    if len(words) < 2:
        return "", name
    return words[-1], " ".join(words[:-1])


def _encode(lines: list[str]) -> bytes:
    card = ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]
    return b"".join(folded + b"\r\n" for line in card for folded in fold(line.encode("utf-8")))


def fold(line: bytes) -> Iterator[bytes]:
    """A content line in pieces of at most 75 octets, each after the first starting with a
    space; a piece never ends inside a UTF-8 sequence (a phone would show a broken character)."""
    while len(line) > FOLD_AT:
        cut = FOLD_AT
        while (line[cut] & 0xC0) == 0x80:  # a UTF-8 continuation byte: cut before its start
            cut -= 1
        yield line[:cut]
        line = b" " + line[cut:]
    yield line

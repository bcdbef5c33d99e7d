"""What each vCard says, as the import's records: whom it names (FN before N; a company card
without a person; a card with only an e-mail under that e-mail), their numbers, e-mails,
addresses, birthday, WeChat id, tags and notes.

Nothing is dropped in silence: a value with no field of its own goes to the notes under a
label, and one that is not kept at all (an unknown property, a line that is no property)
is a problem naming its card. Only what carries no contact data is passed over quietly
(VERSION, UID, PHOTO, …).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from crm_desktop.core import vocabulary
from crm_desktop.core.importers import cells
from crm_desktop.core.importers.import_draft import (
    ContactData,
    ImportDraft,
    Problem,
    RowRecord,
    SheetDraft,
    _person_name,
    _phone_problem,
)
from crm_desktop.core.importers.readers import Sheet
from crm_desktop.core.importers.vcard import Card, Property, split_value, unescape
from crm_desktop.core.normalize.phones import MAINLAND_MOBILE
from crm_desktop.core.normalize.values import Birthday, parse_birthday

# Properties that say nothing about the person (or, like PHOTO, nothing this program keeps).
QUIET = frozenset(
    [
        "VERSION",
        "PRODID",
        "UID",
        "REV",
        "CLASS",
        "SOURCE",
        "NAME",
        "PROFILE",
        "MAILER",
        "LABEL",
        "SORT-STRING",
        "CLIENTPIDMAP",
        "PHOTO",
        "LOGO",
        "SOUND",
        "KEY",
        "XML",
        "X-ABUID",
        "X-ABLABEL",
        "X-ABADR",
        "X-IMAGETYPE",
        "X-IMAGEHASH",
        "X-SHARED-PHOTO-DISPLAY-PREF",
        "X-PHONETIC-FIRST-NAME",
        "X-PHONETIC-MIDDLE-NAME",
        "X-PHONETIC-LAST-NAME",
        "X-PHONETIC-ORG",
        "X-MOZILLA-HTML",
        "X-MOZILLA-PROPERTY",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-MS-OL-DESIGN",
        "X-MS-CARDPICTURE",
        "X-EVOLUTION-FILE-AS",
        "X-GENERATOR",
        "X-ACTIVITY-ALERT",
    ]
)
# Properties kept in the notes under a label.
NOTED = {
    "NICKNAME": "昵称",
    "ROLE": "职能",
    "URL": "网址",
    "X-QQ": "QQ",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-GTALK": "Google Talk",
    "X-GOOGLE-TALK": "Google Talk",
    "X-MS-IMADDRESS": "即时通讯",
    "X-MS-MANAGER": "上级",
    "X-MANAGER": "上级",
    "X-MS-ASSISTANT": "助理",
    "X-ASSISTANT": "助理",
    "X-MS-SPOUSE": "配偶",
    "X-SPOUSE": "配偶",
    "RELATED": "相关人",
    "X-ABRELATEDNAMES": "相关人",
}
ANNIVERSARY = "纪念日"
ENDINGS = {
    "card_unfinished": "the file ends inside this card",
    "card_not_closed": "a new card begins before this one ends (no END:VCARD)",
}
MOBILE_TYPES = frozenset({"CELL", "MOBILE", "IPHONE"})
# TYPE values that say nothing about which number it is: such a number speaks for itself.
NEUTRAL_TYPES = frozenset({"VOICE", "PREF", "INTERNET", "X400", "OTHER", "MSG", "TEXT"})
WECHAT_WORDS = ("wechat", "weixin", "微信")
# iPhone's own labels, in the words the notes use (a label typed by the user stays as typed).
APPLE_LABELS = {
    "Home": "家庭",
    "Work": "工作",
    "Other": "其他",
    "Main": "总机",
    "Mobile": "手机",
    "iPhone": "手机",
    "HomeFAX": "家庭传真",
    "WorkFAX": "工作传真",
    "OtherFAX": "传真",
    "Pager": "寻呼机",
    "HomePage": "主页",
    "Anniversary": ANNIVERSARY,
    "Spouse": "配偶",
    "Child": "子女",
    "Mother": "母亲",
    "Father": "父亲",
    "Parent": "父母",
    "Brother": "兄弟",
    "Sister": "姐妹",
    "Friend": "朋友",
    "Partner": "伴侣",
    "Manager": "上级",
    "Assistant": "助理",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")  # iPhone: _$!<Anniversary>!$_
_BASIC_OR_EXTENDED = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")  # 19220310, 1922-03-10
_YEARLESS = re.compile(r"--(\d{2})-?(\d{2})")  # --0310, --03-10
_REDUCED = re.compile(r"\d{4}(-\d{2})?|--\d{2}|---\d{2}")  # a year, a month: no whole birthday
_TEL_URI_PARAM = re.compile(r";\s*([A-Za-z-]+)=([^;]*)")


@dataclass(slots=True)
class _Address:
    label: str
    text: str
    home: bool


@dataclass(slots=True)
class _Said:
    """What one card said so far, property by property."""

    ref: str
    problems: list[Problem]
    labels: dict[str, str]  # group (item1) → its X-ABLabel
    full_name: str = ""
    name_parts: list[str] = field(default_factory=list)  # N: family, given, middle, prefix, suffix
    org: str = ""
    org_marked: bool = False  # KIND:org, X-ABShowAs:COMPANY
    person_customer: bool = False  # X-CRM-KIND:person (our export): ORG names a person customer
    customer_code: str = ""  # X-CRM-CUSTOMER-CODE (our export): the customer matches by it
    titles: list[str] = field(default_factory=list)
    mobiles: list[str] = field(default_factory=list)
    landlines: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    addresses: list[_Address] = field(default_factory=list)
    birthday: Birthday | None = None
    gender: str | None = None
    wechats: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note_text: list[str] = field(default_factory=list)  # NOTE: first in the notes
    notes: list[str] = field(default_factory=list)  # labelled values

    def problem(self, message: str, code: str, value: str = "") -> None:
        self.problems.append(Problem(self.ref, message, code, value))


def draft_cards(draft: ImportDraft, sheet: Sheet) -> None:
    """Every card of the sheet as a record of the draft (or a problem saying why not)."""
    draft.sheets.append(SheetDraft(sheet.name, None, [], {}))
    for card in sheet.records:
        draft.data_rows += 1
        record = card_record(card, draft.problems)
        if record is None:
            draft.empty_rows += 1
        else:
            draft.records.append(record)


def card_record(card: Card, problems: list[Problem]) -> RowRecord | None:
    said = _Said(f"card {card.number}", problems, _group_labels(card))
    if card.ending:
        said.problem(ENDINGS[card.ending], card.ending)
    for line in card.stray_lines:
        said.problem(f"{line!r} is not a vCard line; not imported", "vcard_line_invalid", line)
    for prop in card.properties:
        _read_property(said, prop)
    return _record(said)


def _group_labels(card: Card) -> dict[str, str]:
    """iPhone names a value by a second line of its group: item1.X-ABLabel:微信."""
    labels = {}
    for prop in card.properties:
        if prop.name == "X-ABLABEL" and prop.group:
            text = unescape(prop.value)
            apple = _APPLE_LABEL.match(text)
            labels[prop.group] = APPLE_LABELS.get(apple[1], apple[1]) if apple else text
    return labels


def _read_property(said: _Said, prop: Property) -> None:
    if prop.name == "X-ABLABEL":
        return  # read with its group
    label = said.labels.get(prop.group, "") if prop.group else ""
    if label and any(w in label.lower() for w in WECHAT_WORDS):
        _add_wechat(said, prop.value)
        return
    reader = READERS.get(prop.name)
    if reader is not None:
        reader(said, prop)
    elif prop.name in NOTED:
        _note(said, label or NOTED[prop.name], unescape(prop.value))
    elif prop.name not in QUIET and prop.value:
        value = f"{prop.name}:{prop.value}"
        said.problem(f"{value!r} is not imported", "vcard_property_skipped", value)


def _note(said: _Said, label: str, value: str) -> None:
    if value:
        said.notes.append(f"{label}: {value}")


# -- names -----------------------------------------------------------------------------------
def _fn(said: _Said, prop: Property) -> None:
    name = unescape(prop.value)
    if not said.full_name:
        said.full_name = name
    elif name != said.full_name:  # vCard 4: the name in another language
        _note(said, "其他名字", name)


def _n(said: _Said, prop: Property) -> None:
    said.name_parts = said.name_parts or (split_value(prop.value) + [""] * 5)[:5]


def _org(said: _Said, prop: Property) -> None:
    units = [u for u in split_value(prop.value) if u]
    if not units:
        return
    if said.org:
        _note(said, "其他单位", " ".join(units))
        return
    said.org = units[0]
    _note(said, "部门", " ".join(units[1:]))


def _kind(said: _Said, prop: Property) -> None:
    said.org_marked = said.org_marked or prop.value.strip().lower() in ("org", "company")


def _crm_kind(said: _Said, prop: Property) -> None:
    said.person_customer = prop.value.strip().lower() == "person"


def _customer_code(said: _Said, prop: Property) -> None:
    said.customer_code = unescape(prop.value).strip()


def _title(said: _Said, prop: Property) -> None:
    title = unescape(prop.value)
    if title and said.titles:
        _note(said, "职务", title)
    elif title:
        said.titles.append(title)


def _names(said: _Said) -> tuple[str | None, str | None]:
    """(the person, the company): FN is the name shown; a card whose only name is its ORG
    (or marked KIND:org) is the company's own; with no name at all, its e-mail or number."""
    family, given, middle, prefix, suffix = (said.name_parts or [""] * 5)[:5]
    from_n = _person_name(None, None, family, given, middle)
    if from_n and not any("\u3400" <= ch <= "\u9fff" for ch in from_n):
        from_n = " ".join(p for p in (prefix, from_n, suffix) if p)
    org = said.org or None
    if said.org_marked or (org and not from_n and said.full_name in ("", org)):
        return None, org or said.full_name or None
    person = said.full_name or from_n or next(iter(said.emails + said.mobiles + said.landlines), "")
    return person or None, org


# -- numbers ---------------------------------------------------------------------------------
def _tel(said: _Said, prop: Property) -> None:
    text, extension = _tel_text(prop.value)
    try:
        parsed = cells.parse_phones(text)
    except cells.CellError as exc:
        said.problems.append(_phone_problem(said.ref, "phone", exc, text))
        return
    types = prop.types | _label_types(said.labels.get(prop.group, ""))
    for number in parsed.mobiles + parsed.landlines:
        _place_number(said, number, types, number in parsed.mobiles)
        if extension:
            _note(said, "分机", f"{number} 转{extension}")
    for extra in parsed.extras:
        _note(said, "分机/其他", extra)


def _tel_text(value: str) -> tuple[str, str]:
    """`tel:+1-418-656-9254;ext=102` → (`+1-418-656-9254`, `102`); plain text as it is."""
    if not value.lower().startswith("tel:"):
        return value, ""
    number, _, rest = value[4:].partition(";")
    params = {k.lower(): v for k, v in _TEL_URI_PARAM.findall(";" + rest)}
    return number, params.get("ext", "")


def _label_types(label: str) -> set[str]:
    """An iPhone label as a TYPE: _$!<Mobile>!$_, 手机, 传真 …"""
    lowered = label.lower()
    if any(w in lowered for w in ("mobile", "cell", "iphone", "手机", "移动")):
        return {"CELL"}
    if "fax" in lowered or "传真" in lowered:
        return {"FAX"}
    if "pager" in lowered or "寻呼" in lowered:
        return {"PAGER"}
    return {"X-LABELLED"} if label else set()


def _place_number(said: _Said, number: str, types: set[str], looks_mobile: bool) -> None:
    """A CELL number is the mobile when phonenumbers says it is one; a number of another
    stated kind (WORK, HOME) is a phone; an untyped one is what it looks like; fax and
    pager numbers keep their kind in the notes."""
    if "FAX" in types:
        _note(said, "传真", number)
    elif "PAGER" in types:
        _note(said, "寻呼机", number)
    elif MOBILE_TYPES & types:
        (said.mobiles if is_mobile(number) else said.landlines).append(number)
    elif types - NEUTRAL_TYPES:
        said.landlines.append(number)
    else:
        (said.mobiles if looks_mobile else said.landlines).append(number)


def is_mobile(number: str) -> bool:
    """A stored number (mainland digits, or +CC…) is a mobile by phonenumbers' ranges."""
    if MAINLAND_MOBILE.fullmatch(number):
        return True
    if not number.startswith("+"):
        return False  # a mainland number that is not 1[3-9]… is a landline
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def _email(said: _Said, prop: Property) -> None:
    address = unescape(prop.value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    if address and address not in said.emails:
        said.emails.append(address)


# -- addresses -------------------------------------------------------------------------------
def _adr(said: _Said, prop: Property) -> None:
    text = address_text(split_value(prop.value))
    if not text:
        return
    types = prop.types
    label = said.labels.get(prop.group, "")
    if label:
        label = label if label.endswith("地址") else f"{label}地址"
    else:
        label = "工作地址" if "WORK" in types else "家庭地址" if "HOME" in types else "地址"
    home = "HOME" in types or label.startswith(APPLE_LABELS["Home"])
    said.addresses.append(_Address(label, text, home))


def address_text(parts: list[str]) -> str:
    """ADR's post box, extended, street, city, region, postal code and country as one line:
    Chinese from the country down (中国北京市海淀区…), others as written, street first."""
    box, extended, street, city, region, code, country = (parts + [""] * 7)[:7]
    pieces = [p.strip() for p in (box, extended, street, city, region, country)]
    if any("\u3400" <= ch <= "\u9fff" for ch in "".join(pieces)):
        ordered = [country, region, city, street, extended, box]
        text = "".join(p.strip() for p in ordered if p.strip())
        return f"{text} {code.strip()}".strip()
    ordered = [box, extended, street, city, region, code, country]
    return " ".join(p.strip() for p in ordered if p.strip())


def _customer_address(said: _Said, person: str | None, company: str | None) -> str | None:
    """The customer's address: a company's (work or unlabelled) one, or a person's first;
    every other address goes to the notes under its label."""
    pick = next((a for a in said.addresses if not (a.home and company)), None) or (
        said.addresses[0] if said.addresses and not (person and company) else None
    )
    for address in said.addresses:
        if address is not pick:
            _note(said, address.label, address.text)
    return pick.text if pick else None


# -- dates -----------------------------------------------------------------------------------
def _bday(said: _Said, prop: Property, lunar: bool = False) -> None:
    text = unescape(prop.value)
    if not text:
        return
    if (prop.param("VALUE") or "").lower() == "text":
        _note(said, "生日", text)
        said.problem(
            f"birthday {text!r} is text, not a date; kept in the notes", "birthday_text", text
        )
        return
    birthday = vcard_birthday(text, prop.param("X-APPLE-OMIT-YEAR"), lunar)
    if birthday is None:
        _note(said, "农历生日" if lunar else "生日", text)
        said.problem(
            f"birthday {text!r} is not a whole date; kept in the notes", "birthday_in_notes", text
        )
    elif said.birthday is None:
        said.birthday = birthday
    else:
        _note(said, "其他生日", birthday.iso())


def _lunar_bday(said: _Said, prop: Property) -> None:
    _bday(said, prop, lunar=True)


def vcard_birthday(text: str, omit_year: str | None = None, lunar: bool = False) -> Birthday | None:
    """Every form RFC 2426 and RFC 6350 allow for a birthday with a month and day: basic
    (19220310) and extended (1922-03-10) dates, with a time and zone after a T
    (19800321T000000Z), and without the year (--0310, --03-10); iPhone's year to omit
    (X-APPLE-OMIT-YEAR=1604) and a year 0000 mean no year. None when it is no such date."""
    day_part = text.strip().split("T", 1)[0].strip()
    yearless = _YEARLESS.fullmatch(day_part)
    full = _BASIC_OR_EXTENDED.fullmatch(day_part)
    if yearless:
        year, month, day = None, int(yearless[1]), int(yearless[2])
    elif full:
        year, month, day = int(full[1]), int(full[2]), int(full[3])
        if year == 0 or (omit_year and full[1] == omit_year.strip()):
            year = None
    elif not day_part or _REDUCED.fullmatch(day_part):
        return None
    else:  # what people type: 1985/3/7, 3月7日, 农历…
        try:
            found = cells.parse_birthday_cell(text.strip())
        except cells.CellError:
            return None
        return Birthday(found.month, found.day, found.year, lunar or found.lunar) if found else None
    try:
        return parse_birthday(Birthday(month, day, year).iso(), lunar=lunar)
    except ValueError:
        return None  # 02-30


def _anniversary(said: _Said, prop: Property) -> None:
    text = unescape(prop.value)
    day = vcard_birthday(text) if (prop.param("VALUE") or "").lower() != "text" else None
    label = said.labels.get(prop.group, "") if prop.group else ""
    if prop.name == "X-ABDATE" and label and "anniversary" not in label.lower():
        _note(said, label, day.iso() if day else text)
        return
    _note(said, ANNIVERSARY, day.iso() if day else text)


# -- the rest --------------------------------------------------------------------------------
def _note_property(said: _Said, prop: Property) -> None:
    text = unescape(prop.value)
    if text:
        said.note_text.append(text)


def _categories(said: _Said, prop: Property) -> None:
    for tag in split_value(prop.value, ","):
        if tag and tag not in said.tags:
            said.tags.append(tag)


def _gender(said: _Said, prop: Property) -> None:
    said_gender = split_value(prop.value)[0]
    key = vocabulary.GENDER.key_for(said_gender)
    if key is None:
        _note(said, "性别", unescape(prop.value).strip(";"))
    elif said.gender is None:
        said.gender = key


def _add_wechat(said: _Said, value: str) -> None:
    wechat = unescape(value)
    for scheme in ("weixin://", "wechat://", "weixin:", "wechat:", "x-apple:"):
        if wechat.lower().startswith(scheme):
            wechat = wechat[len(scheme) :]
    if wechat and wechat not in said.wechats:
        said.wechats.append(wechat)


def _wechat(said: _Said, prop: Property) -> None:
    _add_wechat(said, prop.value)


def _impp(said: _Said, prop: Property) -> None:
    """IMPP;X-SERVICE-TYPE=WeChat:x-apple:wxid_… is a WeChat id; other services go to the notes."""
    value = unescape(prop.value)
    service = prop.param("X-SERVICE-TYPE") or value.partition(":")[0]
    if any(w in (service + value).lower() for w in WECHAT_WORDS):
        _add_wechat(said, value)
        return
    _note(said, service or "即时通讯", value.partition(":")[2] if ":" in value else value)


READERS: dict[str, Callable[[_Said, Property], None]] = {
    "FN": _fn,
    "N": _n,
    "ORG": _org,
    "KIND": _kind,
    "X-ABSHOWAS": _kind,
    "X-CRM-KIND": _crm_kind,
    "X-CRM-CUSTOMER-CODE": _customer_code,
    "TITLE": _title,
    "TEL": _tel,
    "EMAIL": _email,
    "ADR": _adr,
    "BDAY": _bday,
    "X-LUNAR-BDAY": _lunar_bday,
    "ANNIVERSARY": _anniversary,
    "X-ANNIVERSARY": _anniversary,
    "X-ABDATE": _anniversary,
    "NOTE": _note_property,
    "CATEGORIES": _categories,
    "GENDER": _gender,
    "X-GENDER": _gender,
    "X-WECHAT": _wechat,
    "X-WEIXIN": _wechat,
    "IMPP": _impp,
}


# -- the record ------------------------------------------------------------------------------
def _record(said: _Said) -> RowRecord | None:
    person, company = _names(said)
    if not person and not company:
        said.problem("a card without a name; skipped", "no_name")
        return None
    customer: dict[str, Any] = {}
    address = _customer_address(said, person, None if said.person_customer else company)
    if address:
        customer["address"] = address
    if said.tags:
        customer["tags"] = said.tags
    if said.customer_code:
        customer["code"] = said.customer_code
    if person is None:
        return _company_record(said, company or "", customer)
    return RowRecord(
        ref=said.ref,
        company=company or person,
        kind="company" if company and not said.person_customer else "person",
        customer=customer,
        contact=_contact(said, person),
        sale=None,
    )


def _contact(said: _Said, person: str) -> ContactData:
    contact = ContactData(person)
    contact.title = said.titles[0] if said.titles else None
    contact.mobile = said.mobiles[0] if said.mobiles else None
    contact.phone = said.landlines[0] if said.landlines else None
    contact.email = said.emails[0] if said.emails else None
    contact.wechat = said.wechats[0] if said.wechats else None
    contact.birthday = said.birthday
    contact.gender = said.gender
    others = [f"其他电话: {n}" for n in said.mobiles[1:] + said.landlines[1:]]
    others += [f"其他邮箱: {e}" for e in said.emails[1:]]
    others += [f"其他微信: {w}" for w in said.wechats[1:]]
    contact.notes = said.note_text + said.notes + others
    return contact


def _company_record(said: _Said, company: str, customer: dict[str, Any]) -> RowRecord:
    """The company's own card: its numbers and e-mail are the customer's, no person added."""
    numbers = said.landlines + said.mobiles
    if numbers:
        customer["phone"] = numbers[0]
    if said.emails:
        customer["email"] = said.emails[0]
    notes = said.note_text + said.notes + [f"电话: {n}" for n in numbers[1:]]
    notes += [f"其他邮箱: {e}" for e in said.emails[1:]]
    notes += [f"微信: {w}" for w in said.wechats]
    notes += [f"职务: {t}" for t in said.titles]
    if said.birthday is not None:
        notes.append(f"生日: {said.birthday.iso()}")
    return RowRecord(
        ref=said.ref,
        company=company,
        kind="company",
        customer=customer,
        contact=None,
        sale=None,
        notes=notes,
    )

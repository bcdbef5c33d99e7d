"""Step 1 of an import: read and validate a file into an ImportDraft. Writes nothing."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.core import vocabulary
from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.exporters.cells import safe_text
from crm_desktop.core.gc_pause import collector_paused
from crm_desktop.core.importers import cells, guards
from crm_desktop.core.importers.headers import (
    EXPORT_DEFAULTS,
    SALE_FIELDS,
    find_header_row,
    header_key,
    is_outlook_english,
    map_headers,
)
from crm_desktop.core.importers.readers import SPREADSHEET_SUFFIXES, Sheet, read_file
from crm_desktop.core.money import line_amount
from crm_desktop.core.normalize import pinyin
from crm_desktop.core.normalize.values import Birthday
from crm_desktop.core.services.dto import SaleInput
from crm_desktop.core.vocabulary import Vocabulary

NUMBERED = re.compile(r"^(phone|email)(\d+)_(type|label|value)$")  # Google's "Phone 1 - Value"
CHANNEL_WORDS = {
    "wholesale": ("批发", "商业", "分销", "wholesale", "distributor"),
    "chain": ("连锁", "chain"),
    "medical": ("医院", "医疗", "诊所", "卫生", "medical", "hospital", "clinic"),
    "retail": ("零售", "药店", "药房", "单体", "retail", "pharmacy", "store"),
}
CATEGORY_WORDS = {
    "vip": ("vip", "贵宾", "大客户"),
    "key": ("重点", "key", "重要"),
    "potential": ("潜在", "potential"),
    "normal": ("普通", "一般", "normal"),
}
ROLE_WORDS = {
    "decision_maker": ("决策", "拍板", "decision"),
    "key_person": ("关键", "key"),
    "influencer": ("影响", "influenc"),
    "user": ("使用", "user"),
    "other": ("其他", "other"),
}


@dataclass
class Problem:
    ref: str
    message: str  # English, as the command line prints it
    code: str = ""  # what went wrong, for the interface to word in its language
    value: str = ""  # the cell as it was

    def __str__(self) -> str:
        return f"{self.ref}: {self.message}"


def _cell_text(value: Any) -> str:
    return cells.text_of(value) or ""


def _phone_problem(ref: str, what: str, exc: Exception, value: Any) -> Problem:
    code = "phone_scientific" if "scientific" in str(exc) else "phone_invalid"
    return Problem(ref, f"{what} {exc}; not stored", code, _cell_text(value))


@dataclass(slots=True)
class ContactData:
    name: str
    title: str | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    birthday: Birthday | None = None
    role: str | None = None
    gender: str | None = None  # male | female | unknown; None when the file does not say
    left: bool | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RowRecord:
    """One data row, normalised: whom it names and what it says about them."""

    ref: str
    company: str | None
    kind: str  # company | person
    customer: dict[str, Any]
    contact: ContactData | None
    sale: SaleInput | None
    notes: list[str] = field(default_factory=list)  # unmapped cells, for the customer or contact


@dataclass
class SheetDraft:
    name: str
    header_row: int | None  # spreadsheet row number of the header
    headers: list[str]
    mapping: dict[int, str]


@dataclass
class ImportDraft:
    source: Path
    sheets: list[SheetDraft] = field(default_factory=list)
    records: list[RowRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    data_rows: int = 0
    duplicate_rows: int = 0  # exact repeats inside the file: skipped
    empty_rows: int = 0  # rows with data but nothing usable (no name): skipped
    interchange: dict[str, Any] | None = None  # set for .json (and our own .xlsx export)
    # What to do with a customer of the file that is already in the database, by its
    # normalised name: "merge" (the default), "skip", or "new" (add it as a separate customer).
    decisions: dict[str, str] = field(default_factory=dict)

    def company_names(self) -> list[str]:
        """Each customer the file names, once, in file order."""
        if self.interchange is not None:
            names = [
                str(c.get("name"))
                for c in self.interchange.get("customers", [])
                if isinstance(c, dict) and c.get("name")
            ]
        else:
            names = [r.company for r in self.records if r.company]
        return list(dict.fromkeys(names))


def build_draft(
    path: Path, sheet: str | None = None, mappings: dict[str, dict[int, str]] | None = None
) -> ImportDraft:
    """Read `path` into a draft. `mappings` (sheet name → column → field) overrides detection."""
    with collector_paused():
        return _build_draft(Path(path), sheet, mappings)


def _build_draft(
    path: Path, sheet: str | None, mappings: dict[str, dict[int, str]] | None
) -> ImportDraft:
    if path.suffix.lower() == ".json":
        return _json_draft(path)
    # New customers will need it; reading a workbook frees the interpreter.
    pinyin.load_in_background()
    sheets = read_file(path)
    if sheet is not None:
        chosen = [s for s in sheets if s.name == sheet]
        if not chosen:
            names = ", ".join(s.name for s in sheets)
            raise UnusableInput(f"{path.name} has no sheet named {sheet!r} (sheets: {names})")
        sheets = chosen
    from crm_desktop.core.importers.own_workbook import interchange_from_workbook

    own = interchange_from_workbook(sheets)
    if own is not None:
        draft = ImportDraft(source=path, interchange=own)
        draft.data_rows = len(own["customers"])
        return draft
    draft = ImportDraft(source=path)
    # Workbook rows are reported as Sheet!row; a CSV has one sheet and plain row numbers.
    several = path.suffix.lower() in SPREADSHEET_SUFFIXES
    for s in sheets:
        if s.kind == "vcard":
            from crm_desktop.core.importers.vcard_cards import draft_cards

            draft_cards(draft, s)
            continue
        override = (mappings or {}).get(s.name)
        _draft_sheet(draft, s, several, override)
    if not draft.sheets:
        raise UnusableInput(
            f"{path.name}: no sheet has a header row naming customers or contacts "
            "(e.g. 客户名称, 联系人, 手机 / Company, Name, Mobile)"
        )
    return draft


def _draft_sheet(
    draft: ImportDraft, sheet: Sheet, several: bool, override: dict[int, str] | None
) -> None:
    rows = sheet.rows
    header_index = find_header_row(rows) if override is None else _override_header(rows, override)
    if header_index is None:
        return
    headers = [cells.text_of(h) or "" for h in rows[header_index]]
    mapping = override if override is not None else map_headers(headers)
    draft.sheets.append(
        SheetDraft(sheet.name, sheet.first_row_number + header_index, headers, mapping)
    )
    us_dates = is_outlook_english(headers)
    shape = _Shape(headers, mapping)
    seen: set[tuple[Any, ...]] = set()
    first = sheet.first_row_number
    prefix = f"{sheet.name}!" if several else ""
    for offset in range(header_index + 1, len(rows)):
        row = rows[offset]
        if not any(c is not None and c != "" for c in row):
            continue
        draft.data_rows += 1
        # Exact repeats inside the file; cells are already stripped, so raw values compare
        # as their text does (but for a number typed once as text and once as a number).
        signature = tuple(row)
        if signature in seen:
            draft.duplicate_rows += 1
            continue
        seen.add(signature)
        record = _record(draft, f"{prefix}{first + offset}", row, shape, us_dates)
        if record is None:
            draft.empty_rows += 1
        else:
            draft.records.append(record)


class _Shape:
    """What each column of a sheet is, worked out once instead of for every row."""

    def __init__(self, headers: list[str], mapping: dict[int, str]) -> None:
        self.headers = headers
        self.mapping = mapping
        self.columns = sorted(mapping.items())
        self.google = {f for f in mapping.values() if NUMBERED.match(f)}
        # Unmapped columns with a header become notes ("微信群: 华北药商群"); Outlook's
        # default flags (Priority: Normal ...) do not.
        self.noted = [
            (i, h)
            for i, h in enumerate(headers)
            if i not in mapping and h and header_key(h) not in EXPORT_DEFAULTS
        ]


def _override_header(rows: list[list[Any]], override: dict[int, str]) -> int | None:
    """With a mapping chosen by the user, the header is still the detected row, else the first."""
    if not rows:
        return None
    found = find_header_row(rows)
    return found if found is not None else 0


def _safe_cell(value: Any) -> str | None:
    """An original cell for the problem-rows workbook: text a spreadsheet would run is escaped
    as the export escapes it (the import strips the apostrophe again)."""
    text = cells.text_of(value)
    return safe_text(text) if text is not None else None


def save_problem_rows(draft: ImportDraft, path: Path) -> int:
    """Write the rows that had problems to an .xlsx (the original cells), to fix and re-import."""
    from openpyxl import Workbook

    wanted: dict[str, list[str]] = {}
    for problem in draft.problems:
        sheet, _, row = problem.ref.rpartition("!")
        wanted.setdefault(sheet, []).append(row)
    book = Workbook()
    book.remove(book.active)
    written = 0
    sheets = {s.name: s for s in read_file(draft.source)} if draft.interchange is None else {}
    for info in draft.sheets:
        source = sheets.get(info.name)
        rows = set(
            wanted.get(info.name, []) + (wanted.get("", []) if len(draft.sheets) == 1 else [])
        )
        if source is None or not rows or info.header_row is None:
            continue
        out = book.create_sheet(info.name[:31])
        out.append([safe_text(h) for h in info.headers] + ["问题 / Problem"])
        for offset, row in enumerate(source.rows):
            number = source.first_row_number + offset
            if str(number) in rows:
                messages = "; ".join(
                    p.message
                    for p in draft.problems
                    if p.ref.endswith(str(number)) and p.ref.rpartition("!")[0] in (info.name, "")
                )
                out.append([_safe_cell(c) for c in row] + [safe_text(messages)])
                written += 1
    if not book.sheetnames:
        book.create_sheet("problems")
    book.save(path)
    return written


def _choice(
    text: str | None, vocabulary_: Vocabulary, words: dict[str, tuple[str, ...]]
) -> str | None:
    """The key a cell names: a key or label of any language exactly, else the first key one of
    whose words the cell contains (批发部 → wholesale)."""
    if not text:
        return None
    exact = vocabulary_.key_for(text)
    if exact is not None:
        return exact
    lowered = text.lower()
    for key, needles in words.items():
        if any(n in lowered for n in needles):
            return key
    return None


@dataclass(slots=True)
class _Cells:
    """One row's non-empty mapped cells by field, their text, Google's numbered phones and
    e-mails, and the notes it gives so far (unmapped columns, values no field takes)."""

    values: dict[str, Any]
    texts: dict[str, str | None]
    google_phones: dict[str, dict[str, Any]]
    google_emails: list[str]
    notes: list[str]


def _record(
    draft: ImportDraft, ref: str, row: list[Any], shape: _Shape, us_dates: bool
) -> RowRecord | None:
    """A data row as whom it names and what it says about them; None when it names nobody."""
    found = _read_cells(row, shape)
    text = found.texts.get
    person = text("contact") or _person_name(
        None, text("full_name"), text("family_name"), text("given_name"), text("middle_name")
    )
    company = text("company")
    if not company and not person:
        if found.values:
            draft.problems.append(
                Problem(ref, "no company and no contact name; row skipped", "no_name")
            )
        return None
    customer = _customer_fields(found, shape)
    mobiles, landlines = _sort_phones(draft, ref, found, customer, is_person=bool(person))
    if "company_phone" in found.values:
        _company_phone(draft, ref, found, customer)
    contact = None
    if person:
        contact = _contact_of(draft, ref, person, found, shape, mobiles, landlines, us_dates)
    else:
        _fill_company_details(customer, found, shape, mobiles, landlines)
    sale = _sale(draft, ref, found.values, us_dates) if SALE_FIELDS & found.values.keys() else None
    return RowRecord(
        ref=ref,
        company=company or person,
        kind="company" if company else "person",
        customer=customer,
        contact=contact,
        sale=sale,
        notes=found.notes,
    )


def _read_cells(row: list[Any], shape: _Shape) -> _Cells:
    """Pick the row's cells by the sheet's shape; unmapped columns with a value become notes."""
    width = len(row)
    notes: list[str] = []
    for index, header in shape.noted:
        if index < width:
            cell = row[index]
            if cell is not None and cell != "":
                note = cells.text_of(cell)
                if note and note.lower() not in (
                    "false",
                    "normal",
                    "普通",
                    "unspecified",
                    "未指定",
                ):
                    notes.append(f"{header}: {note}")
    values: dict[str, Any] = {}
    texts: dict[str, str | None] = {}
    google_phones: dict[str, dict[str, Any]] = {}
    google_emails: list[str] = []
    google = shape.google
    for index, fieldname in shape.columns:
        if index >= width:
            break
        cell = row[index]
        if cell is None or cell == "":
            continue
        if fieldname in google:
            numbered = NUMBERED.match(fieldname)
            assert numbered is not None
            if numbered[1] == "phone":
                google_phones.setdefault(numbered[2], {})[numbered[3]] = cell
            elif fieldname.endswith("_value"):
                google_emails += [e.strip() for e in str(cell).split(":::") if e.strip()]
            continue
        values[fieldname] = cell
        if (
            cell.__class__ is str
        ):  # text_of for text cells, inlined: it runs for every cell of the book
            text = cell.strip()
            texts[fieldname] = (text[1:] if text.startswith("'") else text) or None
        else:
            texts[fieldname] = cells.text_of(cell)
    return _Cells(values, texts, google_phones, google_emails, notes)


def _customer_fields(found: _Cells, shape: _Shape) -> dict[str, Any]:
    """Code, names, region, address, owner, channel, category and tags; a channel or category
    that names none of ours goes to the notes under its header."""
    text = found.texts.get
    customer: dict[str, Any] = {}
    for name in ("code", "short_name", "region", "address", "owner"):
        value = text(name)
        if value:
            customer[name] = value
    for fieldname, words, guesses in (
        ("channel", vocabulary.CHANNEL, CHANNEL_WORDS),
        ("category", vocabulary.CATEGORY, CATEGORY_WORDS),
    ):
        said = text(fieldname)
        if said:
            key = _choice(said, words, guesses)
            if key:
                customer[fieldname] = key
            else:
                found.notes.append(f"{_header_of(shape.headers, shape.mapping, fieldname)}: {said}")
    tags_text = text("tags")
    if tags_text:
        tags = [
            t.strip()
            for t in tags_text.replace("，", ",").replace(":::", ",").replace(";", ",").split(",")
        ]
        customer["tags"] = [t for t in tags if t and not t.startswith("*")]
    return customer


def _sort_phones(
    draft: ImportDraft, ref: str, found: _Cells, customer: dict[str, Any], is_person: bool
) -> tuple[list[str], list[str]]:
    """The row's mobiles and landlines; a company's number goes to the customer directly, and
    numbers beyond the first and extensions go to the notes."""
    values = found.values
    # (cell, where it goes): a 手机 column, a 电话 column (the contact's when the row names a
    # person), Google's numbered phones by their type.
    phone_cells: list[tuple[Any, str]] = []
    if values.get("mobile") is not None:
        phone_cells.append((values["mobile"], "mobile"))
    if values.get("phone_any") is not None:
        phone_cells.append((values["phone_any"], "contact" if is_person else "company"))
    for entry in found.google_phones.values():
        if entry.get("value") is not None:
            kind = str(entry.get("type") or entry.get("label") or "").lower()
            phone_cells.append(
                (
                    entry["value"],
                    "mobile"
                    if "mobile" in kind or "手机" in kind or "cell" in kind
                    else "contact"
                    if is_person
                    else "company",
                )
            )
    mobiles: list[str] = []
    landlines: list[str] = []
    for cell, where in phone_cells:
        try:
            parsed = cells.parse_phones(cell)
        except cells.CellError as exc:
            draft.problems.append(_phone_problem(ref, "phone", exc, cell))
            continue
        if where == "company" and not is_person:
            numbers = parsed.landlines + parsed.mobiles
            if numbers:
                customer.setdefault("phone", numbers[0])
            found.notes += [f"电话: {n}" for n in numbers[1:]] + parsed.extras
            continue
        mobiles += parsed.mobiles
        landlines += parsed.landlines
        found.notes += [f"分机/其他: {x}" for x in parsed.extras]
    return mobiles, landlines


def _company_phone(draft: ImportDraft, ref: str, found: _Cells, customer: dict[str, Any]) -> None:
    """A 公司电话 column is the customer's number, whoever the row names."""
    cell = found.values["company_phone"]
    try:
        parsed = cells.parse_phones(cell)
    except cells.CellError as exc:
        draft.problems.append(_phone_problem(ref, "company phone", exc, cell))
        return
    numbers = parsed.landlines + parsed.mobiles
    if numbers:
        customer["phone"] = numbers[0]


def _contact_of(
    draft: ImportDraft,
    ref: str,
    person: str,
    found: _Cells,
    shape: _Shape,
    mobiles: list[str],
    landlines: list[str],
    us_dates: bool,
) -> ContactData:
    """The person the row names: numbers, title, e-mail, role, gender, has-left, birthday;
    the row's notes become the contact's."""
    text = found.texts.get
    values = found.values
    # First: what they cannot read joins the row's notes below.
    gender = (
        _gender(found, shape, person) if "gender" in values or person[-1] in "生士姐" else None
    )  # 王先生
    left = _has_left(found, shape) if "left" in values else None
    notes = (
        [f"其他电话: {n}" for n in mobiles[1:] + landlines[1:]]
        if len(mobiles) > 1 or len(landlines) > 1
        else []
    )
    email = text("email")
    emails = ([email] if email else []) + found.google_emails
    notes += [f"其他邮箱: {e}" for e in emails[1:]]
    role = text("role")
    birthday = None
    if values.get("birthday") is not None:
        try:
            birthday = cells.parse_birthday_cell(values["birthday"], us_dates)
        except cells.CellError as exc:
            draft.problems.append(
                Problem(
                    ref,
                    f"birthday {exc}; not stored",
                    "birthday_invalid",
                    _cell_text(values["birthday"]),
                )
            )
    said = text("notes")
    if said:
        notes.insert(0, said)
    notes += found.notes
    found.notes = []
    # Set one by one: a call with a dozen keywords costs more than the row's other work.
    contact = ContactData(person)
    contact.title = text("title")
    contact.mobile = mobiles[0] if mobiles else None
    contact.phone = landlines[0] if landlines else None
    contact.email = emails[0] if emails else None
    contact.wechat = text("wechat")
    contact.birthday = birthday
    contact.role = _choice(role, vocabulary.ROLE, ROLE_WORDS) if role else None
    contact.gender, contact.left = gender, left
    contact.notes = notes
    return contact


def _fill_company_details(
    customer: dict[str, Any], found: _Cells, shape: _Shape, mobiles: list[str], landlines: list[str]
) -> None:
    """A row naming no person: its numbers, e-mail and notes are the company's; a gender or
    has-left cell, which says nothing about a company, is kept in the notes."""
    if mobiles or landlines:
        customer.setdefault("phone", (landlines + mobiles)[0])
    emails = ([found.texts.get("email")] if found.texts.get("email") else []) + found.google_emails
    if emails:
        customer["email"] = emails[0]
    gender, left = found.texts.get("gender"), found.texts.get("left")
    if gender and vocabulary.GENDER.key_for(gender) != "unknown":  # not Outlook's "Unspecified"
        found.notes.append(f"{_header_of(shape.headers, shape.mapping, 'gender')}: {gender}")
    if left:
        found.notes.append(f"{_header_of(shape.headers, shape.mapping, 'left')}: {left}")
    if found.texts.get("notes"):
        found.notes.insert(0, found.texts.get("notes") or "")


_POLITE_NAME = re.compile(r"^[\u3400-\u9fff]{1,2}(先生|女士|小姐)$")  # 王先生, 欧阳女士


def _gender(found: _Cells, shape: _Shape, name: str) -> str | None:
    """性别 / Gender (男 女 M F Male Female 先生 女士; Unspecified is unknown); without that
    column, a name such as 王先生 says it. A value that names no gender goes to the notes."""
    said = found.texts.get("gender")
    if said:
        key = vocabulary.GENDER.key_for(said)
        if key is None:
            found.notes.append(f"{_header_of(shape.headers, shape.mapping, 'gender')}: {said}")
        return key
    polite = _POLITE_NAME.match(name)
    return None if polite is None else "male" if polite[1] == "先生" else "female"


def _has_left(found: _Cells, shape: _Shape) -> bool | None:
    """已离职 / Has left: 是 否 yes no true false 1 0; anything else goes to the notes."""
    cell = found.values["left"]
    flag = vocabulary.yes_no(cell)
    if flag is None:
        found.notes.append(
            f"{_header_of(shape.headers, shape.mapping, 'left')}: {found.texts.get('left')}"
        )
    return flag


def _header_of(headers: list[str], mapping: dict[int, str], fieldname: str) -> str:
    return next(
        (headers[i] for i, f in mapping.items() if f == fieldname and i < len(headers)), fieldname
    )


def _person_name(
    contact: str | None, full: str | None, family: str | None, given: str | None, middle: str | None
) -> str | None:
    """王 + 建国 → 王建国; John + Smith → John Smith (given name first)."""
    if contact:
        return contact
    if family or given:
        family, given = (family or "").strip(), (given or "").strip()
        if any("\u3400" <= ch <= "\u9fff" for ch in family + given):
            return family + (middle or "") + given
        return " ".join(p for p in (given, middle, family) if p)
    return full


def _sale(draft: ImportDraft, ref: str, values: dict[str, Any], us_dates: bool) -> SaleInput | None:
    try:
        day = cells.parse_date_cell(values.get("sale_date"), us_dates)
    except cells.CellError as exc:
        draft.problems.append(
            Problem(
                ref,
                f"sale date {exc}; sale not stored",
                "sale_date_invalid",
                _cell_text(values.get("sale_date")),
            )
        )
        return None
    try:
        quantity = cells.parse_money_cell(values.get("quantity"), places=4)
        price = cells.parse_money_cell(values.get("unit_price"), places=4, allow_negative=False)
        amount = cells.parse_money_cell(values.get("amount"))
        cost = cells.parse_money_cell(values.get("cost"))
        paid = cells.parse_money_cell(values.get("paid"))
    except cells.CellError as exc:
        draft.problems.append(
            Problem(
                ref,
                f"sale {exc}; sale not stored",
                "sale_value_invalid",
                str(exc).split("'")[1] if "'" in str(exc) else "",
            )
        )
        return None
    if amount is None and quantity is not None and price is not None:
        amount = line_amount(quantity, price)
    if day is None and amount is None:
        return None  # no sale on this row (a contact row of a mixed sheet)
    if day is None or amount is None:
        draft.problems.append(
            Problem(
                ref,
                code="sale_incomplete",
                message="a sale needs a date and an amount "
                "(or quantity and unit price); "
                "sale not stored",
            )
        )
        return None
    product = cells.text_of(values.get("product"))
    return SaleInput(
        date=day,
        amount=amount,
        product=product,
        spec=cells.text_of(values.get("spec")),
        quantity=quantity,
        unit_price=price,
        cost=cost,
        paid=paid or Decimal(0),
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _json_draft(path: Path) -> ImportDraft:
    from decimal import Decimal as D

    guards.check_json_size(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise UnusableInput(f"{path.name} is empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_float=D, parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnusableInput(f"{path.name} is not valid JSON: {exc}") from exc
    except RecursionError:
        raise UnusableInput(
            f"{path.name} is not a crm-desktop export (nested too deeply)"
        ) from None
    except ValueError as exc:  # NaN / Infinity, an integer of more than 4,300 digits
        raise UnusableInput(f"{path.name} is not valid JSON: {str(exc).split(';')[0]}") from None
    if (
        not isinstance(data, dict)
        or data.get("format") != "crm-desktop"
        or not isinstance(data.get("customers"), list)
    ):
        raise UnusableInput(
            f'{path.name} is not a crm-desktop export (needs "format": "crm-desktop" and customers)'
        )
    if data.get("version") != 1:
        raise UnusableInput(
            f"{path.name}: version {data.get('version')!r} is not supported (this program reads 1)"
        )
    draft = ImportDraft(source=path, interchange=data)
    draft.data_rows = len(data["customers"])
    return draft

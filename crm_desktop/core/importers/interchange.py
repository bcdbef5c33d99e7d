"""Import of the interchange format (.json, and the program's own .xlsx export)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from crm_desktop.core import vocabulary
from crm_desktop.core.importers.guards import MAX_CELL_CHARS, MAX_NUMBER
from crm_desktop.core.importers.import_draft import Problem
from crm_desktop.core.money import to_scaled
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.normalize.values import parse_birthday
from crm_desktop.core.services.dto import SaleInput
from crm_desktop.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from crm_desktop.core.importers.apply import Cancelled, ImportSummary, Progress, _Writer

COMPUTED = {"abc_class", "key_account", "receivable", "warnings"}
CUSTOMER_KEYS = {
    "name",
    "code",
    "kind",
    "relation",
    "channel",
    "category",
    "lifecycle",
    "region",
    "address",
    "phone",
    "email",
    "notes",
    "tags",
    "owner",
    "licences",
    "contacts",
    "notes_log",
    "credit",
    "sales",
    "plans",
    "payments",
    "complaints",
    "active",
    "short_name",
    "wallet_estimate",
    "evaluation",
    "opportunities",
    "contracts",
    "origin",
    "key_people",
} | COMPUTED
ENUMS = {
    "kind": vocabulary.KIND,
    "relation": vocabulary.RELATION,
    "channel": vocabulary.CHANNEL,
    "category": vocabulary.CATEGORY,
    "lifecycle": vocabulary.LIFECYCLE,
}


class _Bad(ValueError):
    pass


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _text(value: Any, what: str = "text") -> str | None:
    """A text value; a number is its digits; a list, an object or true/false is refused, and
    so is text a database cannot hold (a lone UTF-16 surrogate) or a cell could not."""
    if _blank(value):
        return None
    if isinstance(value, (bool, list, dict)):
        raise _Bad(f"{what} {_shown(value)} is not text")
    text = str(value).strip()
    if len(text) > MAX_CELL_CHARS:
        raise _Bad(f"{what} holds {len(text):,} characters (at most {MAX_CELL_CHARS:,})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(f"{what} {_shown(value)} is not valid text") from None
    # As typed: an apostrophe before a formula is the workbook's (own_workbook strips it).
    return text or None


def _shown(value: Any) -> str:
    """A value as a problem message quotes it: short, one line."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _list(item: dict[str, Any], key: str, ref: str, summary: ImportSummary) -> list[Any]:
    value = item.get(key)
    if _blank(value):
        return []
    if not isinstance(value, list):
        summary.problems.append(Problem(ref, f"{key} {_shown(value)} is not a list; ignored"))
        return []
    return value


def _date(value: Any, what: str) -> date | None:
    if _blank(value):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, (bool, list, dict)):
        raise _Bad(f"{what} {_shown(value)} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise _Bad(f"{what} {_shown(value)} is not a date (YYYY-MM-DD)") from None


def _decimal(value: Any, what: str) -> Decimal | None:
    if _blank(value):
        return None
    if isinstance(value, (bool, list, dict)):
        raise _Bad(f"{what} {_shown(value)} is not a number")
    try:
        number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise _Bad(f"{what} {_shown(value)} is not a number") from None
    if not number.is_finite():
        raise _Bad(f"{what} {_shown(value)} is not a number")
    if abs(number) >= MAX_NUMBER:
        raise _Bad(f"{what} {_shown(value)} is too large (at most {MAX_NUMBER:,})")
    return number


def _int(value: Any, what: str) -> int | None:
    number = _decimal(value, what)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise _Bad(f"{what} {value!r} is not a whole number")
    return int(number)


def _enum(value: Any, words: Vocabulary, what: str) -> str | None:
    """A key of the vocabulary; a label in either language (from our .xlsx export) means its key."""
    if _blank(value):
        return None
    key = words.key_for(value) if isinstance(value, str) else None
    if key is None:
        raise _Bad(f"{what} {_shown(value)} is not one of {', '.join(words.keys)}")
    return key


def _bool(value: Any) -> bool | None:
    if _blank(value):
        return None
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "是", "y")
    return bool(value)


def _phone(value: Any, what: str) -> str | None:
    text = _text(value, what)
    if text is None:
        return None
    try:
        return normalize_phone(text)
    except ValueError:
        raise _Bad(f"{what} {_shown(value)} is not a phone number") from None


def apply_interchange(
    writer: _Writer,
    data: dict[str, Any],
    summary: ImportSummary,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    from crm_desktop.core.importers.apply import ImportCancelled

    customers = data.get("customers") or []
    for key in data:
        if key not in ("format", "version", "customers", "exported_at"):
            summary.problems.append(Problem("file", f"unknown key {key!r} ignored"))
    seen_sales: Counter[tuple[Any, ...]] = Counter()
    for index, item in enumerate(customers, start=1):
        if cancelled is not None and index % 100 == 0 and cancelled():
            raise ImportCancelled()
        if not _customer(writer, item, f"customers[{index}]", summary, seen_sales):
            summary.skipped += 1
        if progress is not None and (index % 200 == 0 or index == len(customers)):
            progress(index, len(customers))
    # Origins last: the customer who referred one may come later in the file.
    for index, item in enumerate(customers, start=1):
        if isinstance(item, dict) and not _blank(item.get("origin")):
            _origin(writer, item, f"customers[{index}]", summary)


def _customer(
    writer: _Writer,
    item: Any,
    ref: str,
    summary: ImportSummary,
    seen_sales: Counter[tuple[Any, ...]],
) -> bool:
    """Write one customer object with its records; False when it changed nothing (skipped)."""
    if not isinstance(item, dict):
        summary.problems.append(Problem(ref, "not an object; skipped"))
        return False
    name = _customer_name(item, ref, summary)
    if name is None:
        return False
    ref = f"{ref} ({name})"
    values = _customer_values(item, ref, summary)
    if (
        writer.decision(name) == "skip"
        and writer.find_customer(values["code"], name) in writer.existing
    ):
        return False
    for key in item:
        if key not in CUSTOMER_KEYS:
            summary.problems.append(Problem(ref, f"unknown key {_shown(key)} ignored"))
    cid, wrote = writer.customer(name, values)
    wrote = _credit(writer, cid, item.get("credit"), ref, summary) or wrote
    for number, contact in enumerate(_list(item, "contacts", ref, summary), start=1):
        parsed = _contact(contact, f"{ref} contacts[{number}]", summary)
        if parsed is not None:
            wrote = writer.contact(cid, parsed) or wrote
    for number, sale in enumerate(_list(item, "sales", ref, summary), start=1):
        parsed_sale = _sale(sale, f"{ref} sales[{number}]", summary)
        if parsed_sale is not None:
            wrote = writer.sale(cid, parsed_sale, seen_sales) or wrote
    wrote = _opportunities(writer, cid, item, ref, summary) or wrote
    wrote = _key_people(writer, cid, item, ref, summary) or wrote
    wrote = _records(writer, cid, item, ref, summary) or wrote
    if wrote:
        writer.wrote_to.add(cid)
    return wrote


OPPORTUNITY_COLUMNS = (
    "product",
    "amount",
    "expected_close",
    "stage",
    "lost_from",
    "lost_reason",
    "closed_on",
    "next_step",
    "next_step_on",
    "notes",
)


def _opportunity(record: Any) -> tuple[tuple[Any, ...], str | None]:
    """An opportunity's column values (in OPPORTUNITY_COLUMNS' order) and the date of the
    sales line recorded for it (None: none)."""
    if not isinstance(record, dict):
        raise _Bad("not an object")
    stage = _enum(record.get("stage"), vocabulary.OPPORTUNITY_STAGE, "stage") or "lead"
    reason = _text(record.get("lost_reason"), "lost_reason")
    if stage == "lost" and reason is None:
        raise _Bad("a lost opportunity needs its lost_reason")
    lost_from = _enum(record.get("lost_from"), vocabulary.OPPORTUNITY_STAGE, "lost_from")
    if stage != "lost" or lost_from not in vocabulary.OPEN_STAGES:
        lost_from = "lead" if stage == "lost" else None
    amount = _decimal(record.get("amount"), "amount") or Decimal(0)
    if amount < 0:
        raise _Bad(f"amount {_shown(record.get('amount'))} is negative")
    values = (
        _text(record.get("product"), "product"),
        to_scaled(amount, 2),
        _iso(_date(record.get("expected_close"), "expected_close")),
        stage,
        lost_from,
        reason if stage == "lost" else None,
        _iso(_date(record.get("closed_on"), "closed_on")) if stage in ("won", "lost") else None,
        _text(record.get("next_step"), "next_step"),
        _iso(_date(record.get("next_step_on"), "next_step_on")),
        _text(record.get("notes"), "notes"),
    )
    sale_date = _iso(_date(record.get("sale_date"), "sale_date")) if stage == "won" else None
    return values, sale_date


def _opportunities(
    writer: _Writer, cid: int, item: dict[str, Any], ref: str, summary: ImportSummary
) -> bool:
    """Opportunities, matched on every field as notes are; a won one's `sale_date` links it
    again to the customer's sales line of that date, product and amount (one not linked yet)."""
    rows = _list(item, "opportunities", ref, summary)
    if not rows:
        return False
    columns = ", ".join(OPPORTUNITY_COLUMNS)
    existing = Counter(
        tuple(r)
        for r in writer.con.exec_driver_sql(
            f"SELECT {columns} FROM opportunity WHERE customer_id = ?", (cid,)
        )
    )
    seen: Counter[tuple[Any, ...]] = Counter()
    wrote = False
    for number, record in enumerate(rows, start=1):
        try:
            values, sale_date = _opportunity(record)
        except _Bad as exc:
            summary.problems.append(Problem(f"{ref} opportunities[{number}]", f"{exc}; skipped"))
            continue
        seen[values] += 1
        if seen[values] <= existing[values]:
            continue
        sale_id = None
        if sale_date is not None:
            found = writer.con.exec_driver_sql(
                "SELECT id FROM sale WHERE customer_id = ? AND date = ? AND amount = ?"
                " AND product_id IS ? AND id NOT IN (SELECT sale_id FROM opportunity"
                " WHERE sale_id IS NOT NULL) ORDER BY id LIMIT 1",
                (cid, sale_date, values[1], writer.product_id(values[0])),
            ).fetchone()
            sale_id = found[0] if found else None
        writer.con.exec_driver_sql(
            f"INSERT INTO opportunity(customer_id, {columns}, sale_id, import_batch_id)"
            f" VALUES (?, {', '.join('?' for _ in OPPORTUNITY_COLUMNS)}, ?, ?)",
            (cid, *values, sale_id, writer.batch_id),
        )
        wrote = True
    return wrote


def _customer_name(item: dict[str, Any], ref: str, summary: ImportSummary) -> str | None:
    try:
        name = _text(item.get("name"), "name")
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; skipped"))
        return None
    if name is None:
        summary.problems.append(Problem(ref, "a customer needs a name; skipped"))
    return name


def _texts(
    item: dict[str, Any], keys: tuple[str, ...], ref: str, summary: ImportSummary
) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for key in keys:
        try:
            values[key] = _text(item.get(key), key)
        except _Bad as exc:
            summary.problems.append(Problem(ref, f"{exc}; value not stored"))
            values[key] = None
    return values


def _customer_values(item: dict[str, Any], ref: str, summary: ImportSummary) -> dict[str, Any]:
    values: dict[str, Any] = _texts(
        item, ("code", "region", "address", "email", "notes", "owner", "short_name"), ref, summary
    )
    checks: list[tuple[str, Any]] = [
        *((key, lambda v, e=enum, k=key: _enum(v, e, k)) for key, enum in ENUMS.items()),
        ("phone", lambda v: _phone(v, "phone")),
        ("wallet_estimate", lambda v: _decimal(v, "wallet_estimate")),
        ("active", _bool),
    ]
    for key, parse in checks:
        try:
            values[key] = parse(item.get(key))
        except _Bad as exc:
            summary.problems.append(Problem(ref, f"{exc}; value not stored"))
    tags = item.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.replace("、", ",").split(",")]
    values["tags"] = _tags(tags, ref, summary)
    evaluation = item.get("evaluation") or {}
    for key in ("capability", "reputation", "relations", "cooperation"):
        try:
            score = (
                _int(evaluation.get(key), f"evaluation.{key}")
                if isinstance(evaluation, dict)
                else None
            )
            if score is not None and not 1 <= score <= 5:
                raise _Bad(f"evaluation.{key} {score} is not between 1 and 5")
            values[f"eval_{key}"] = score
        except _Bad as exc:
            summary.problems.append(Problem(ref, f"{exc}; value not stored"))
    return values


def _tags(tags: Any, ref: str, summary: ImportSummary) -> list[str]:
    if not isinstance(tags, list):
        summary.problems.append(Problem(ref, f"tags {_shown(tags)} is not a list; ignored"))
        return []
    kept = []
    for tag in tags:
        try:
            text = _text(tag, "tag")
        except _Bad as exc:
            summary.problems.append(Problem(ref, f"{exc}; tag not stored"))
            continue
        if text:
            kept.append(text)
    return kept


def _credit(writer: _Writer, cid: int, credit: Any, ref: str, summary: ImportSummary) -> bool:
    if not isinstance(credit, dict) or all(_blank(v) for v in credit.values()):
        return False
    try:
        limit = _decimal(credit.get("limit"), "credit.limit")
        days = _int(credit.get("payment_days"), "credit.payment_days")
        potential = _int(credit.get("potential_score"), "credit.potential_score")
        rating = _text(credit.get("rating"), "credit.rating")
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; credit not stored"))
        return False
    row = writer.con.exec_driver_sql(
        "SELECT credit_limit, payment_days, rating, potential_score FROM credit"
        " WHERE customer_id = ?",
        (cid,),
    ).fetchone()
    new = (to_scaled(limit, 2), days, rating, potential)
    if row is None:
        writer.con.exec_driver_sql(
            "INSERT INTO credit(customer_id, credit_limit, payment_days, rating, potential_score)"
            " VALUES (?,?,?,?,?)",
            (cid, new[0] or 0, new[1] or 0, new[2], new[3]),
        )
        return True
    merged = tuple(n if n is not None else o for n, o in zip(new, row, strict=True))
    if merged == tuple(row):
        return False
    writer.con.exec_driver_sql(
        "UPDATE credit SET credit_limit = ?, payment_days = ?, rating = ?, potential_score = ?,"
        " version = version + 1, updated_by = ? WHERE customer_id = ?",
        (*merged, writer.actor, cid),
    )
    return True


def _contact(item: Any, ref: str, summary: ImportSummary) -> dict[str, Any] | None:
    try:
        name = _text(item.get("name"), "name") if isinstance(item, dict) else None
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; skipped"))
        return None
    if name is None:
        summary.problems.append(Problem(ref, "a contact needs a name; skipped"))
        return None
    values: dict[str, Any] = {"name": name}
    values.update(
        _texts(item, ("title", "wechat", "email", "notes", "hobbies", "preferences"), ref, summary)
    )
    for key in ("mobile", "phone"):
        try:
            values[key] = _phone(item.get(key), key)
        except _Bad as exc:
            summary.problems.append(Problem(ref, f"{exc}; value not stored"))
    try:
        values["role"] = _enum(item.get("role"), vocabulary.ROLE, "role")
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; value not stored"))
    try:
        values["gender"] = _enum(item.get("gender"), vocabulary.GENDER, "gender")
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; value not stored"))
    values["birthday_lunar"] = _bool(item.get("birthday_lunar"))
    values["left"] = _bool(item.get("left"))
    if not _blank(item.get("birthday")):
        try:
            birthday = parse_birthday(_text(item["birthday"]) or "", bool(values["birthday_lunar"]))
        except (ValueError, _Bad):
            summary.problems.append(
                Problem(ref, f"birthday {item['birthday']!r} is not a date; value not stored")
            )
            birthday = None
        if birthday is not None:
            values.update(
                birthday_year=birthday.year,
                birthday_month=birthday.month,
                birthday_day=birthday.day,
            )
    return values


def _sale(item: Any, ref: str, summary: ImportSummary) -> SaleInput | None:
    if not isinstance(item, dict):
        summary.problems.append(Problem(ref, "not an object; skipped"))
        return None
    try:
        day = _date(item.get("date"), "date")
        amount = _decimal(item.get("amount"), "amount")
        quantity = _decimal(item.get("quantity"), "quantity")
        price = _decimal(item.get("unit_price"), "unit_price")
        if amount is None and quantity is not None and price is not None:
            amount = quantity * price
        if day is None or amount is None:
            raise _Bad("a sale needs a date and an amount")
        return SaleInput(
            date=day,
            amount=amount,
            product=_text(item.get("product"), "product"),
            spec=_text(item.get("spec"), "spec"),
            quantity=quantity,
            unit_price=price,
            cost=_decimal(item.get("cost"), "cost"),
            paid=_decimal(item.get("paid"), "paid") or Decimal(0),
            channel=_enum(item.get("channel"), vocabulary.PURCHASE_CHANNEL, "channel"),
        )
    except _Bad as exc:
        summary.problems.append(Problem(ref, f"{exc}; sale skipped"))
        return None


def _records(
    writer: _Writer, cid: int, item: dict[str, Any], ref: str, summary: ImportSummary
) -> bool:
    """Notes, complaints, payments, licences, contracts (matched on every field) and plans (by
    month)."""
    specs: list[tuple[str, str, list[str], Any]] = [
        (
            "notes_log",
            "note",
            ["date", "kind", "summary", "next_follow_up", "event", "cleared_on", "objective"],
            _note_values,
        ),
        (
            "complaints",
            "complaint",
            [
                "received",
                "category",
                "description",
                "status",
                "resolution",
                "answered_on",
                "escalation",
                "compensation",
                "handler",
                "instructed_by",
                "instruction",
                "received_via",
            ],
            _complaint_values,
        ),
        (
            "payments",
            "payment",
            ["date", "amount", "note"],
            lambda r: (
                _req_date(r, "date"),
                to_scaled(_req_decimal(r, "amount"), 2),
                _text(r.get("note"), "note"),
            ),
        ),
        (
            "licences",
            "licence",
            ["kind", "number", "expires"],
            lambda r: (
                _enum(r.get("kind"), vocabulary.LICENCE_KIND, "kind") or "other",
                _text(r.get("number"), "number"),
                _iso(_date(r.get("expires"), "expires")),
            ),
        ),
        (
            "contracts",
            "contract",
            [
                "number",
                "signed_on",
                "ends_on",
                "amount",
                "payment_terms",
                "delivery_terms",
                "quality_terms",
                "clauses",
                "notes",
            ],
            _contract,
        ),
    ]
    wrote = False
    for key, table, columns, parse in specs:
        rows = _list(item, key, ref, summary)
        if not rows:
            continue
        existing = Counter(
            tuple(r)
            for r in writer.con.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {table} WHERE customer_id = ?", (cid,)
            )
        )
        seen: Counter[tuple[Any, ...]] = Counter()
        for number, record in enumerate(rows, start=1):
            try:
                if not isinstance(record, dict):
                    raise _Bad("not an object")
                values = parse(record)
            except _Bad as exc:
                summary.problems.append(Problem(f"{ref} {key}[{number}]", f"{exc}; skipped"))
                continue
            seen[values] += 1
            if seen[values] <= existing[values]:
                continue
            writer.con.exec_driver_sql(
                f"INSERT INTO {table}(customer_id, {', '.join(columns)}, import_batch_id)"
                f" VALUES (?, {', '.join('?' for _ in columns)}, ?)",
                (cid, *values, writer.batch_id),
            )
            wrote = True
    for number, plan in enumerate(_list(item, "plans", ref, summary), start=1):
        try:
            if not isinstance(plan, dict):
                raise _Bad("not an object")
            month = _text(plan.get("month"), "month") or ""
            if len(month) != 7 or month[4] != "-":
                raise _Bad(f"month {_shown(month)} is not YYYY-MM")
            date(int(month[:4]), int(month[5:]), 1)
            amount = to_scaled(_req_decimal(plan, "amount"), 2)
            product = _text(plan.get("product"), "product")
        except (_Bad, ValueError) as exc:
            summary.problems.append(Problem(f"{ref} plans[{number}]", f"{exc}; skipped"))
            continue
        product_id = writer.product_id(product)
        row = writer.con.exec_driver_sql(
            "SELECT id, amount FROM plan WHERE customer_id = ? AND month = ? AND product_id IS ?",
            (cid, month, product_id),
        ).fetchone()
        if row is None:
            writer.con.exec_driver_sql(
                "INSERT INTO plan(customer_id, month, product_id, amount, import_batch_id)"
                " VALUES (?,?,?,?,?)",
                (cid, month, product_id, amount, writer.batch_id),
            )
            wrote = True
        elif row[1] != amount:
            writer.con.exec_driver_sql(
                "UPDATE plan SET amount = ?, version = version + 1, updated_by = ? WHERE id = ?",
                (amount, writer.actor, row[0]),
            )
            wrote = True
    return wrote


def _complaint_values(r: dict[str, Any]) -> tuple[Any, ...]:
    """A complaint's columns; one received or investigated that holds a leader's instruction
    has reached "instructed" (the export writes that status as "investigating")."""
    status = _enum(r.get("status"), vocabulary.COMPLAINT_STATUS, "status") or "received"
    by = _text(r.get("instructed_by"), "instructed_by")
    instruction = _text(r.get("instruction"), "instruction")
    if (by or instruction) and status in ("received", "investigating"):
        status = "instructed"
    return (
        _req_date(r, "received"),
        _text(r.get("category"), "category"),
        _text(r.get("description"), "description"),
        status,
        _text(r.get("resolution"), "resolution"),
        _iso(_date(r.get("answered_on"), "answered_on")),
        _enum(r.get("escalation"), vocabulary.ESCALATION, "escalation"),
        _compensation(r),
        _text(r.get("handler"), "handler"),
        by,
        instruction,
        _enum(r.get("received_via"), vocabulary.COMPLAINT_SOURCE, "received_via"),
    )


def _compensation(r: dict[str, Any]) -> int | None:
    """A complaint's compensation in fen; a negative one is refused (nothing is given back)."""
    value = _decimal(r.get("compensation"), "compensation")
    if value is not None and value < 0:
        raise _Bad(f"compensation {value} is negative")
    return None if value is None else to_scaled(value, 2)


def _note_values(r: dict[str, Any]) -> tuple[Any, ...]:
    """A note's columns; one with an `event` is a major event, one with an `interaction` an
    enquiry or a suggestion (both written as kind "other")."""
    event = _enum(r.get("event"), vocabulary.MAJOR_EVENT, "event")
    interaction = _interaction(r.get("interaction"))
    kind = (
        "event"
        if event
        else interaction or _enum(r.get("kind"), vocabulary.NOTE_KIND, "kind") or "other"
    )
    cleared = _date(r.get("cleared_on"), "cleared_on") if kind == "event" else None
    return (
        _req_date(r, "date"),
        kind,
        _text(r.get("summary"), "summary"),
        _iso(_date(r.get("next_follow_up"), "next_follow_up")),
        event,
        _iso(cleared),
        _text(r.get("objective"), "objective"),
    )


def _interaction(value: Any) -> str | None:
    """A note's `interaction`: enquiry or suggestion (seed 004), in any language."""
    key = _enum(value, vocabulary.NOTE_KIND, "interaction")
    if key is not None and key not in vocabulary.INTERACTION_KINDS:
        raise _Bad(f"interaction {_shown(value)} is not an enquiry or a suggestion")
    return key


def _origin(writer: _Writer, item: dict[str, Any], ref: str, summary: ImportSummary) -> None:
    """Where the customer came from; a referral names its customer by code or name."""
    origin = item["origin"]
    try:
        name = _text(item.get("name"), "name")
        cid = writer.find_customer(_text(item.get("code"), "code"), name or "")
        if cid is None:
            return  # the customer itself was skipped (its problem is reported already)
        if not isinstance(origin, dict):
            raise _Bad("not an object")
        source = _enum(origin.get("source"), vocabulary.CUSTOMER_SOURCE, "source")
        referrer = None
        if source == "referral":
            by_name = _text(origin.get("referred_by"), "referred_by") or ""
            referrer = writer.find_customer(
                _text(origin.get("referred_by_code"), "referred_by_code"), by_name
            )
            if referrer is None or referrer == cid:
                raise _Bad(f"referred_by {_shown(by_name)} is not another customer of the file")
        note = _text(origin.get("note"), "note")
    except _Bad as exc:
        summary.problems.append(Problem(f"{ref} origin", f"{exc}; skipped"))
        return
    values = (source, referrer, note)
    row = writer.con.exec_driver_sql(
        "SELECT source, referred_by_id, note FROM customer_origin WHERE customer_id = ?", (cid,)
    ).fetchone()
    if row is not None and tuple(row) == values:
        return
    writer.con.exec_driver_sql(
        "INSERT OR REPLACE INTO customer_origin (customer_id, source, referred_by_id, note)"
        " VALUES (?, ?, ?, ?)",
        (cid, *values),
    )
    writer.wrote_to.add(cid)


def _key_people(
    writer: _Writer, cid: int, item: dict[str, Any], ref: str, summary: ImportSummary
) -> bool:
    """Each contact's place in the chart (reports to another contact, by name) and style."""
    wrote = False
    ids = {
        name: contact_id
        for contact_id, name in writer.con.exec_driver_sql(
            "SELECT id, name FROM contact WHERE customer_id = ? ORDER BY id DESC", (cid,)
        )
    }  # the first of a repeated name wins
    for number, person in enumerate(_list(item, "key_people", ref, summary), start=1):
        try:
            if not isinstance(person, dict):
                raise _Bad("not an object")
            name = _text(person.get("contact"), "contact") or ""
            if name not in ids:
                raise _Bad(f"contact {_shown(name)} is not among the customer's contacts")
            boss_name = _text(person.get("reports_to"), "reports_to")
            if boss_name is not None and boss_name not in ids:
                raise _Bad(f"reports_to {_shown(boss_name)} is not among the customer's contacts")
            style = _enum(person.get("decision_style"), vocabulary.DECISION_STYLE, "decision_style")
        except _Bad as exc:
            summary.problems.append(Problem(f"{ref} key_people[{number}]", f"{exc}; skipped"))
            continue
        values = (ids[boss_name] if boss_name is not None else None, style)
        row = writer.con.exec_driver_sql(
            "SELECT reports_to_id, decision_style FROM key_person WHERE contact_id = ?",
            (ids[name],),
        ).fetchone()
        if row is not None and tuple(row) == values:
            continue
        writer.con.exec_driver_sql(
            "INSERT OR REPLACE INTO key_person (contact_id, reports_to_id, decision_style)"
            " VALUES (?, ?, ?)",
            (ids[name], *values),
        )
        wrote = True
    return wrote


def _contract(record: dict[str, Any]) -> tuple[Any, ...]:
    number = _text(record.get("number"), "number")
    if number is None:
        raise _Bad("number is required")
    signed, ends = (
        _date(record.get("signed_on"), "signed_on"),
        _date(record.get("ends_on"), "ends_on"),
    )
    if signed and ends and ends < signed:
        raise _Bad(f"ends_on {ends} is before signed_on {signed}")
    amount = _decimal(record.get("amount"), "amount")
    if amount is not None and amount < 0:
        raise _Bad(f"amount {_shown(record.get('amount'))} is negative")
    clauses = record.get("clauses") or []
    if not isinstance(clauses, list):
        raise _Bad(f"clauses {_shown(clauses)} is not a list")
    keys = {_enum(c, vocabulary.CONTRACT_CLAUSE, "clause") for c in clauses}
    return (
        number,
        _iso(signed),
        _iso(ends),
        to_scaled(amount, 2),
        _text(record.get("payment_terms"), "payment_terms"),
        _text(record.get("delivery_terms"), "delivery_terms"),
        _text(record.get("quality_terms"), "quality_terms"),
        ",".join(k for k in vocabulary.CONTRACT_CLAUSE.keys if k in keys) or None,
        _text(record.get("notes"), "notes"),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _req_date(record: dict[str, Any], key: str) -> str:
    value = _date(record.get(key), key)
    if value is None:
        raise _Bad(f"{key} is required")
    return value.isoformat()


def _req_decimal(record: dict[str, Any], key: str) -> Decimal:
    value = _decimal(record.get(key), key)
    if value is None:
        raise _Bad(f"{key} is required")
    return value

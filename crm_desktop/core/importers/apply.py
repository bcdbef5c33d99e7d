"""Step 2 of an import: write a plan in ONE transaction, matching what already exists.

Matching (the contract): a customer by code, else by its normalised name; a contact within
its customer by mobile, else by name; sales, notes, complaints, payments and licences from
structured files when every field is equal, counting repeats. A blank value never clears a
stored one. Every row created carries the import batch, so the whole import can be undone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine

from crm_desktop.core.clock import now_utc
from crm_desktop.core.db.types import to_scaled
from crm_desktop.core.errors import CrmError
from crm_desktop.core.importers.plan import ContactData, ImportPlan, Problem, RowRecord
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.services.dto import SaleInput
from crm_desktop.core.services.search_columns import digits_value, search_values

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

STATE_COLUMNS = ("code", "short_name", "kind", "relation", "channel", "category", "lifecycle", "region", "address",
                 "phone", "email", "notes", "owner_id", "active", "wallet_estimate", "eval_capability",
                 "eval_reputation", "eval_relations", "eval_cooperation")
CUSTOMER_TEXT_FIELDS = ("code", "short_name", "kind", "relation", "channel", "category", "lifecycle", "region",
                        "address", "phone", "email")


class ImportCancelled(CrmError):
    code = "import_cancelled"

    def __init__(self) -> None:
        super().__init__("import cancelled; nothing was written")


@dataclass
class ImportSummary:
    customers: int = 0
    contacts: int = 0
    sales: int = 0
    merged: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    dry_run: bool = False

    def line(self) -> str:
        return (f"imported customers={self.customers} contacts={self.contacts} sales={self.sales}; "
                f"merged={self.merged}; skipped={self.skipped}; problems={len(self.problems)}")


class _Raw:
    """The transaction's own DB-API cursor: SQLAlchemy's per-statement overhead was most of an
    import's time (tens of thousands of small statements)."""

    def __init__(self, con: Connection) -> None:
        self.cursor = con.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def exec_driver_sql(self, sql: str, params: Any = ()) -> Any:
        return self.cursor.execute(sql, params)


class _Writer:
    """Lookups and inserts inside the import's transaction."""

    def __init__(self, con: Connection, batch_id: int | None, summary: ImportSummary) -> None:
        self.con = _Raw(con)
        self.batch_id = batch_id
        self.summary = summary
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for cid, code, key in con.exec_driver_sql("SELECT id, code, name_key FROM customer ORDER BY id"):
            if code:
                self.by_code.setdefault(code, cid)
            self.by_name.setdefault(key, cid)
        self.owner_ids = {n: i for i, n in con.exec_driver_sql("SELECT id, name FROM owner")}
        self.tag_ids = {n: i for i, n in con.exec_driver_sql("SELECT id, name FROM tag")}
        self.product_ids = {k: i for i, k in con.exec_driver_sql("SELECT id, name_key FROM product")}
        self.state: dict[int, dict[str, Any]] = {}  # customers' current columns, read once
        self.decisions: dict[str, str] = {}
        self.forced_new: dict[str, int] = {}
        self.existing: set[int] = set(self.by_name.values())
        self.merged_customers: set[int] = set()
        self.merged_contacts: set[int] = set()
        self.contacts_of: dict[int, list[dict[str, Any]]] = {}
        self.sales_of: dict[int, Counter[tuple[Any, ...]]] = {}
        self.touched: set[int] = set()  # customers whose search columns need refreshing
        self.renamed: set[int] = set()  # … including their pinyin

    # -- lookups ---------------------------------------------------------------------------
    def find_customer(self, code: str | None, name: str) -> int | None:
        if code and code in self.by_code:
            return self.by_code[code]
        return self.by_name.get(name_key(name))

    def owner_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.owner_ids:
            self.owner_ids[name] = self.con.exec_driver_sql(
                "INSERT INTO owner(name, active) VALUES (?, 1)", (name,)).lastrowid
        return self.owner_ids[name]

    def product_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self.product_ids:
            self.product_ids[key] = self.con.exec_driver_sql(
                "INSERT INTO product(name, name_key, active) VALUES (?, ?, 1)", (name, key)).lastrowid
        return self.product_ids[key]

    def add_tags(self, customer_id: int, tags: list[str]) -> bool:
        added = False
        for tag in tags:
            if tag not in self.tag_ids:
                self.tag_ids[tag] = self.con.exec_driver_sql("INSERT INTO tag(name) VALUES (?)", (tag,)).lastrowid
            result = self.con.exec_driver_sql("INSERT OR IGNORE INTO customer_tag(customer_id, tag_id) VALUES (?, ?)",
                                              (customer_id, self.tag_ids[tag]))
            added = added or result.rowcount > 0
        return added

    # -- customers ------------------------------------------------------------------------
    def decision(self, name: str) -> str:
        return self.decisions.get(name_key(name), "merge")

    def customer(self, name: str, values: dict[str, Any]) -> tuple[int, bool]:
        """Match or create; returns (id, wrote_something)."""
        key = name_key(name)
        if key in self.forced_new:
            cid = self.forced_new[key]
            return cid, self._update_customer(cid, values)
        cid = self.find_customer(values.get("code"), name)
        if cid is not None and cid in self.existing and self.decision(name) == "new":
            # The user said this is another customer with the same name: a new one, without
            # the file's code if an existing customer already holds it.
            if values.get("code") in self.by_code:
                values = {**values, "code": None}
            self.forced_new[key] = self._create_customer(name, values)
            return self.forced_new[key], True
        if cid is None:
            return self._create_customer(name, values), True
        if cid in self.existing and cid not in self.merged_customers:
            self.merged_customers.add(cid)
            self.summary.merged += 1
        return cid, self._update_customer(cid, values)

    def _create_customer(self, name: str, values: dict[str, Any]) -> int:
        now = now_utc().isoformat(sep=" ")
        kind = values.get("kind") or "company"
        sv = search_values(name, values.get("short_name"), kind, [values.get("phone")])
        cid = self.con.exec_driver_sql(
            "INSERT INTO customer(code, name, name_key, short_name, kind, relation, channel, category, lifecycle,"
            " region, address, phone, email, notes, owner_id, active, wallet_estimate, eval_capability,"
            " eval_reputation, eval_relations, eval_cooperation, sort_key, search_initials, search_pinyin,"
            " search_digits, created_at, updated_at, import_batch_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (values.get("code"), name, name_key(name), values.get("short_name"), kind,
             values.get("relation") or "downstream", values.get("channel") or "other",
             values.get("category") or "normal", values.get("lifecycle"), values.get("region"),
             values.get("address"), values.get("phone"), values.get("email"), values.get("notes"),
             self.owner_id(values.get("owner")), 0 if values.get("active") is False else 1,
             to_scaled(values.get("wallet_estimate"), 2), *[values.get(f"eval_{k}") for k in
                                                            ("capability", "reputation", "relations", "cooperation")],
             sv["sort_key"], sv["search_initials"], sv["search_pinyin"], sv["search_digits"], now, now,
             self.batch_id),
        ).lastrowid
        assert cid is not None
        self.state[cid] = {
            "code": values.get("code"), "short_name": values.get("short_name"), "kind": kind,
            "relation": values.get("relation") or "downstream", "channel": values.get("channel") or "other",
            "category": values.get("category") or "normal", "lifecycle": values.get("lifecycle"),
            "region": values.get("region"), "address": values.get("address"), "phone": values.get("phone"),
            "email": values.get("email"), "notes": values.get("notes"), "owner_id": self.owner_id(values.get("owner")),
            "active": 0 if values.get("active") is False else 1,
            "wallet_estimate": to_scaled(values.get("wallet_estimate"), 2),
            **{f"eval_{k}": values.get(f"eval_{k}") for k in ("capability", "reputation", "relations", "cooperation")},
        }
        if values.get("code"):
            self.by_code[values["code"]] = cid
        self.by_name.setdefault(name_key(name), cid)
        self.contacts_of[cid] = []
        self.sales_of[cid] = Counter()
        if values.get("tags"):
            self.add_tags(cid, values["tags"])
        self.summary.customers += 1
        return cid

    def _update_customer(self, cid: int, values: dict[str, Any]) -> bool:
        current = self.state.get(cid)
        if current is None:
            row = self.con.exec_driver_sql(
                f"SELECT {', '.join(STATE_COLUMNS)} FROM customer WHERE id = ?", (cid,)).fetchone()
            current = self.state[cid] = dict(zip(STATE_COLUMNS, row, strict=True))
        changes: dict[str, Any] = {}
        for key in CUSTOMER_TEXT_FIELDS:
            value = values.get(key)
            if value not in (None, "") and value != current[key]:
                if key == "code" and value in self.by_code and self.by_code[value] != cid:
                    continue  # another customer holds that code: keep ours
                changes[key] = value
        if values.get("notes") and values["notes"] not in (current["notes"] or ""):
            changes["notes"] = "\n".join(p for p in (current["notes"], values["notes"]) if p)
        owner = self.owner_id(values.get("owner"))
        if owner is not None and owner != current["owner_id"]:
            changes["owner_id"] = owner
        if values.get("active") is not None and int(values["active"]) != current["active"]:
            changes["active"] = int(values["active"])
        wallet = to_scaled(values.get("wallet_estimate"), 2)
        if wallet is not None and wallet != current["wallet_estimate"]:
            changes["wallet_estimate"] = wallet
        for k in ("capability", "reputation", "relations", "cooperation"):
            v = values.get(f"eval_{k}")
            if v is not None and v != current[f"eval_{k}"]:
                changes[f"eval_{k}"] = v
        wrote = bool(values.get("tags")) and self.add_tags(cid, values["tags"])
        if changes:
            current.update(changes)
            changes["updated_at"] = now_utc().isoformat(sep=" ")
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.con.exec_driver_sql(f"UPDATE customer SET {sets} WHERE id = ?", (*changes.values(), cid))
            if {"phone", "short_name"} & changes.keys():
                self.touched.add(cid)
            if "short_name" in changes:
                self.renamed.add(cid)
            wrote = True
        return wrote

    # -- contacts -------------------------------------------------------------------------
    def _contacts(self, cid: int) -> list[dict[str, Any]]:
        if cid not in self.contacts_of:
            self.contacts_of[cid] = [
                {"id": i, "name": n, "mobile": m} for i, n, m in self.con.exec_driver_sql(
                    "SELECT id, name, mobile FROM contact WHERE customer_id = ? ORDER BY id", (cid,))]
        return self.contacts_of[cid]

    def contact(self, cid: int, data: ContactData | dict[str, Any]) -> bool:
        values = data if isinstance(data, dict) else _contact_values(data)
        known = self._contacts(cid)
        match = None
        if values.get("mobile"):
            match = next((c for c in known if c["mobile"] == values["mobile"]), None)
        if match is None:
            match = next((c for c in known if c["name"] == values["name"]
                          and not (values.get("mobile") and c["mobile"] and c["mobile"] != values["mobile"])), None)
        if match is None:
            contact_id = self.con.exec_driver_sql(
                "INSERT INTO contact(customer_id, name, title, mobile, phone, wechat, email, birthday_year,"
                " birthday_month, birthday_day, birthday_lunar, role, left, notes, import_batch_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (cid, values["name"], values.get("title"), values.get("mobile"), values.get("phone"),
                 values.get("wechat"), values.get("email"), values.get("birthday_year"), values.get("birthday_month"),
                 values.get("birthday_day"), int(bool(values.get("birthday_lunar"))), values.get("role"),
                 int(bool(values.get("left"))), values.get("notes"), self.batch_id)).lastrowid
            known.append({"id": contact_id, "name": values["name"], "mobile": values.get("mobile")})
            self.summary.contacts += 1
            if values.get("mobile") or values.get("phone"):
                self.touched.add(cid)
            return True
        if cid in self.existing and match["id"] not in self.merged_contacts and match["id"] is not None:
            self.merged_contacts.add(match["id"])
            self.summary.merged += 1
        return self._update_contact(cid, match, values)

    def _update_contact(self, cid: int, match: dict[str, Any], values: dict[str, Any]) -> bool:
        cols = ("name", "title", "mobile", "phone", "wechat", "email", "birthday_year", "birthday_month",
                "birthday_day", "birthday_lunar", "role", "left", "notes")
        current = dict(zip(cols, self.con.exec_driver_sql(
            f"SELECT {', '.join(cols)} FROM contact WHERE id = ?", (match["id"],)).fetchone(), strict=True))
        changes: dict[str, Any] = {}
        for key in ("title", "mobile", "phone", "wechat", "email", "role"):
            if values.get(key) not in (None, "") and values[key] != current[key]:
                changes[key] = values[key]
        if values.get("birthday_month") and (values.get("birthday_month"), values.get("birthday_day")) != (
                current["birthday_month"], current["birthday_day"]) or (
                values.get("birthday_year") and values["birthday_year"] != current["birthday_year"]):
            for key in ("birthday_year", "birthday_month", "birthday_day"):
                if values.get(key) is not None:
                    changes[key] = values[key]
        for flag in ("birthday_lunar", "left"):
            if values.get(flag) is not None and int(bool(values[flag])) != current[flag] and values.get(flag):
                changes[flag] = int(bool(values[flag]))
        if values.get("notes") and values["notes"] not in (current["notes"] or ""):
            changes["notes"] = "\n".join(p for p in (current["notes"], values["notes"]) if p)
        if not changes:
            return False
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.con.exec_driver_sql(f"UPDATE contact SET {sets} WHERE id = ?", (*changes.values(), match["id"]))
        if "mobile" in changes:
            match["mobile"] = changes["mobile"]
        if {"mobile", "phone"} & changes.keys():
            self.touched.add(cid)
        return True

    # -- sales ------------------------------------------------------------------------------
    def _sales(self, cid: int) -> Counter[tuple[Any, ...]]:
        if cid not in self.sales_of:
            self.sales_of[cid] = Counter(tuple(r) for r in self.con.exec_driver_sql(
                "SELECT date, product_id, spec, quantity, unit_price, amount, cost, paid FROM sale"
                " WHERE customer_id = ?", (cid,)))
        return self.sales_of[cid]

    def sale(self, cid: int, sale: SaleInput, seen_in_file: Counter[tuple[Any, ...]]) -> bool:
        key = (sale.date.isoformat(), self.product_id(sale.product), sale.spec, to_scaled(sale.quantity, 4),
               to_scaled(sale.unit_price, 4), to_scaled(sale.amount, 2), to_scaled(sale.cost, 2),
               to_scaled(sale.paid, 2) or 0)
        existing = self._sales(cid)
        seen_in_file[(cid, *key)] += 1
        # The n-th identical sale in the file matches the n-th identical stored one.
        if seen_in_file[(cid, *key)] <= existing[key]:
            return False
        self.con.exec_driver_sql(
            "INSERT INTO sale(customer_id, date, product_id, spec, quantity, unit_price, amount, cost, paid,"
            " import_batch_id) VALUES (?,?,?,?,?,?,?,?,?,?)", (cid, *key, self.batch_id))
        self.summary.sales += 1
        return True

    def refresh_search_columns(self) -> None:
        for cid in self.touched:
            name, short, kind, phone = self.con.exec_driver_sql(
                "SELECT name, short_name, kind, phone FROM customer WHERE id = ?", (cid,)).fetchone()
            phones = [phone] + [p for row in self.con.exec_driver_sql(
                "SELECT mobile, phone FROM contact WHERE customer_id = ?", (cid,)).fetchall() for p in row]
            if cid in self.renamed:
                sv = search_values(name, short, kind, phones)
                self.con.exec_driver_sql(
                    "UPDATE customer SET search_digits = ?, search_initials = ?, search_pinyin = ? WHERE id = ?",
                    (sv["search_digits"], sv["search_initials"], sv["search_pinyin"], cid))
            else:  # only numbers changed: no pinyin to recompute
                self.con.exec_driver_sql("UPDATE customer SET search_digits = ? WHERE id = ?",
                                         (digits_value(phones), cid))


def _contact_values(data: ContactData) -> dict[str, Any]:
    b = data.birthday
    return {"name": data.name, "title": data.title, "mobile": data.mobile, "phone": data.phone,
            "wechat": data.wechat, "email": data.email, "role": data.role,
            "birthday_year": b.year if b else None, "birthday_month": b.month if b else None,
            "birthday_day": b.day if b else None, "birthday_lunar": b.lunar if b else None,
            "notes": "\n".join(data.notes) or None}


def find_existing(plan: ImportPlan, engine: Engine) -> list[tuple[str, int, str]]:
    """The file's customers that are already in the database: (name in the file, id, stored name)."""
    with engine.connect() as con:
        by_key = {key: (cid, name) for cid, key, name in con.exec_driver_sql(
            "SELECT id, name_key, name FROM customer ORDER BY id DESC")}
    found = []
    for name in plan.company_names():
        match = by_key.get(name_key(name))
        if match is not None:
            found.append((name, match[0], match[1]))
    return found


def _apply_records(writer: _Writer, records: list[RowRecord], progress: Progress | None,
                   cancelled: Cancelled | None) -> None:
    seen_sales: Counter[tuple[Any, ...]] = Counter()
    total = len(records)
    for done, record in enumerate(records, start=1):
        if cancelled is not None and done % 200 == 0 and cancelled():
            raise ImportCancelled()
        assert record.company is not None
        if writer.decision(record.company) == "skip" and writer.find_customer(
                record.customer.get("code"), record.company) in writer.existing:
            writer.summary.skipped += 1
            continue
        values = dict(record.customer)
        values["kind"] = record.kind
        if record.notes and record.contact is None:
            values["notes"] = "\n".join(record.notes)
        assert record.company is not None
        cid, wrote = writer.customer(record.company, values)
        if record.contact is not None:
            wrote = writer.contact(cid, record.contact) or wrote
        if record.sale is not None:
            wrote = writer.sale(cid, record.sale, seen_sales) or wrote
        if not wrote:
            writer.summary.skipped += 1
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)


def apply_plan(plan: ImportPlan, engine: Engine, progress: Progress | None = None,
               cancelled: Cancelled | None = None, dry_run: bool = False) -> ImportSummary:
    """Write the plan in one transaction (or, with dry_run, roll it back and only count)."""
    summary = ImportSummary(problems=list(plan.problems), dry_run=dry_run)
    summary.skipped = plan.duplicate_rows + plan.empty_rows
    with engine.connect() as con:
        transaction = con.begin()
        try:
            batch_id = con.exec_driver_sql(
                "INSERT INTO import_batch(created_at, source, summary) VALUES (?, ?, '')",
                (now_utc().isoformat(sep=" "), str(plan.source))).lastrowid
            summary.batch_id = batch_id
            writer = _Writer(con, batch_id, summary)
            writer.decisions = dict(plan.decisions)
            if plan.interchange is not None:
                from crm_desktop.core.importers.interchange import apply_interchange

                apply_interchange(writer, plan.interchange, summary, progress, cancelled)
            else:
                _apply_records(writer, plan.records, progress, cancelled)
            writer.refresh_search_columns()
            con.exec_driver_sql("UPDATE import_batch SET summary = ? WHERE id = ?", (summary.line(), batch_id))
            if dry_run:
                transaction.rollback()
                summary.batch_id = None
            else:
                transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return summary


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def scaled(value: Decimal | None, places: int = 2) -> int | None:
    return to_scaled(value, places)

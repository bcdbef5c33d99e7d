"""Step 2 of an import: write a draft in ONE transaction, matching what already exists.

Matching (the contract): a customer by code, else by its normalised name; a contact within
its customer by mobile, else by name; sales, notes, complaints, payments and licences from
structured files when every field is equal, counting repeats. A blank value never clears a
stored one. Every row created carries the import batch, so the whole import can be undone.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine

from crm_desktop.core import audit, errors
from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.clock import now_utc
from crm_desktop.core.db import dialects
from crm_desktop.core.db.connections import driver_cursor
from crm_desktop.core.gc_pause import collector_paused
from crm_desktop.core.importers.import_draft import ContactData, ImportDraft, Problem, RowRecord
from crm_desktop.core.money import from_scaled, to_scaled
from crm_desktop.core.normalize.regions import region_of_phones
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.services.dto import SaleInput
from crm_desktop.core.services.search_columns import digits_value, search_values

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

STATE_COLUMNS = (
    "code",
    "short_name",
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
    "owner_id",
    "active",
    "wallet_estimate",
    "eval_capability",
    "eval_reputation",
    "eval_relations",
    "eval_cooperation",
)
CUSTOMER_TEXT_FIELDS = (
    "code",
    "short_name",
    "kind",
    "relation",
    "channel",
    "category",
    "lifecycle",
    "region",
    "address",
    "phone",
    "email",
)


CONTACT_FIELDS = (
    "title",
    "mobile",
    "phone",
    "wechat",
    "email",
    "birthday_year",
    "birthday_month",
    "birthday_day",
    "role",
    "notes",
    "hobbies",
    "preferences",
)
# The contact's texts a later import may change (a blank cell never clears one).
CONTACT_TEXTS = ("title", "mobile", "phone", "wechat", "email", "hobbies", "preferences")
CONTACT_COLUMNS = (
    "customer_id",
    "name",
    *CONTACT_FIELDS,
    "gender",
    "birthday_lunar",
    "left",
    "import_batch_id",
)
CONTACT_AT = {column: index for index, column in enumerate(CONTACT_COLUMNS)}
SALE_COLUMNS = (
    "customer_id, date, product_id, spec, quantity, unit_price, amount, cost, paid, channel,"
    " import_batch_id"
)


_ROW_TRIGGER = re.compile(
    r"CREATE TRIGGER \w+ AFTER INSERT ON \w+ BEGIN (INSERT (?:OR \w+ )?INTO [^;]+?)"
    r" VALUES \(([^;]+)\); END",
    re.IGNORECASE,
)


@contextmanager
def _insert_triggers_off(
    cursor: sqlite3.Cursor, table: str, new_rows: str, many: bool
) -> Iterator[None]:
    """For many rows, the table's AFTER INSERT triggers that copy each new row elsewhere (the
    full-text index, the analysis rollup) run once as a set statement over the new rows
    (`new_rows`, a condition on `table`) instead of once a row: several times faster. They are
    dropped and re-created inside the import's transaction, so a rollback restores them too."""
    found = dialects.for_connection(cursor).triggers(cursor, table=table) if many else []
    triggers = [
        (name, sql, match) for name, sql in found if (match := _ROW_TRIGGER.fullmatch(sql.strip()))
    ]
    for name, _sql, _match in triggers:
        cursor.execute(f"DROP TRIGGER {name}")
    try:
        yield
        for _name, _sql, match in triggers:
            columns = re.sub(r"\bnew\.", "", match[2], flags=re.IGNORECASE)
            cursor.execute(f"{match[1]} SELECT {columns} FROM {table} WHERE {new_rows}")
    finally:
        for _name, sql, _match in triggers:
            cursor.execute(sql)


class ImportCancelled(errors.Cancelled):
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
        return (
            f"imported customers={self.customers} contacts={self.contacts} sales={self.sales}; "
            f"merged={self.merged}; skipped={self.skipped}; problems={len(self.problems)}"
        )


class _Raw:
    """The transaction's own DB-API cursor: SQLAlchemy's per-statement overhead was most of an
    import's time (tens of thousands of small statements)."""

    def __init__(self, con: Connection) -> None:
        self.cursor = driver_cursor(con)

    def exec_driver_sql(self, sql: str, params: Any = ()) -> Any:
        return self.cursor.execute(sql, params)


class _Contacts:
    """A customer's contacts as the import matches them: by mobile, else by name (unless the
    mobiles differ); the first in the list wins, as a scan would find it."""

    def __init__(self) -> None:
        self.all: list[dict[str, Any]] = []
        self.by_mobile: dict[str, dict[str, Any]] = {}
        self.by_name: dict[str, list[dict[str, Any]]] = {}

    def add(self, entry: dict[str, Any]) -> None:
        self.all.append(entry)
        if entry["mobile"]:
            self.by_mobile.setdefault(entry["mobile"], entry)
        self.by_name.setdefault(entry["name"], []).append(entry)

    def reindex(self) -> None:
        """After a mobile changed (rare)."""
        self.by_mobile = {}
        for entry in self.all:
            if entry["mobile"]:
                self.by_mobile.setdefault(entry["mobile"], entry)

    def find(self, name: str, mobile: str | None) -> dict[str, Any] | None:
        if mobile and mobile in self.by_mobile:
            return self.by_mobile[mobile]
        for entry in self.by_name.get(name, ()):
            if not (mobile and entry["mobile"] and entry["mobile"] != mobile):
                return entry
        return None


class _Writer:
    """Lookups and inserts inside the import's transaction."""

    def __init__(
        self, con: Connection, batch_id: int | None, summary: ImportSummary, deferred: bool = False
    ) -> None:
        self.con = _Raw(con)
        self.now = now_utc().isoformat(sep=" ")
        # Deferred: new customers, contacts, tags and sales wait in memory (their ids taken in
        # advance; the transaction's write lock keeps them ours) and go in as one batch insert
        # each. Later rows about the same customer change the waiting row, not the table.
        self.deferred = deferred
        self.new_customers: dict[int, dict[str, Any]] = {}
        self.new_contacts: dict[
            int, list[Any]
        ] = {}  # lists in CONTACT_COLUMNS order: 50,000 dicts cost 50 MB
        self.new_tags: set[tuple[int, int]] = set()
        self.new_sales: list[tuple[Any, ...]] = []
        self.next_ids = (
            {
                table: (
                    con.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar() or 0
                )
                + 1
                for table in ("customer", "contact")
            }
            if deferred
            else {}
        )
        self.batch_id = batch_id
        self.summary = summary
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for cid, code, key in con.exec_driver_sql(
            "SELECT id, code, name_key FROM customer ORDER BY id"
        ):
            if code:
                self.by_code.setdefault(code, cid)
            self.by_name.setdefault(key, cid)
        self.owner_ids = {n: i for i, n in con.exec_driver_sql("SELECT id, name FROM owner")}
        self.tag_ids = {n: i for i, n in con.exec_driver_sql("SELECT id, name FROM tag")}
        self.product_ids = {
            k: i for i, k in con.exec_driver_sql("SELECT id, name_key FROM product")
        }
        self.state: dict[int, dict[str, Any]] = {}  # customers' current columns, read once
        self.decisions: dict[str, str] = {}
        self.last_values: dict[int, dict[str, Any]] = {}
        self.forced_new: dict[str, int] = {}
        self.existing: set[int] = set(self.by_name.values())
        self.merged_customers: set[int] = set()
        self.merged_contacts: set[int] = set()
        self.contacts_of: dict[int, _Contacts] = {}
        self.sales_of: dict[int, Counter[tuple[Any, ...]]] = {}
        self.touched: set[int] = set()  # customers whose search columns need refreshing
        self.renamed: set[int] = set()  # … including their pinyin
        # For the audit trail: who, the customers this import created (id → name) and the
        # fields it changed on customers that were there before (id → field → (from, to)).
        self.actor = current_actor()
        self.created: dict[int, str] = {}
        self.field_changes: dict[int, dict[str, list[Any]]] = {}
        self.wrote_to: set[int] = set()  # customers a row added something to

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
                "INSERT INTO owner(name, active) VALUES (?, 1)", (name,)
            ).lastrowid
        return self.owner_ids[name]

    def product_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self.product_ids:
            self.product_ids[key] = self.con.exec_driver_sql(
                "INSERT INTO product(name, name_key, active) VALUES (?, ?, 1)", (name, key)
            ).lastrowid
        return self.product_ids[key]

    def add_tags(self, customer_id: int, tags: list[str]) -> bool:
        added = False
        for tag in tags:
            if tag not in self.tag_ids:
                self.tag_ids[tag] = self.con.exec_driver_sql(
                    "INSERT INTO tag(name) VALUES (?)", (tag,)
                ).lastrowid
            pair = (customer_id, self.tag_ids[tag])
            if customer_id in self.new_customers:
                added = added or pair not in self.new_tags
                self.new_tags.add(pair)
                continue
            result = self.con.exec_driver_sql(
                "INSERT OR IGNORE INTO customer_tag(customer_id, tag_id) VALUES (?, ?)", pair
            )
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
        kind = values.get("kind") or "company"
        row: dict[str, Any] = {
            "code": values.get("code"),
            "name": name,
            "name_key": name_key(name),
            "short_name": values.get("short_name"),
            "kind": kind,
            "relation": values.get("relation") or "downstream",
            "channel": values.get("channel") or "other",
            "category": values.get("category") or "normal",
            "lifecycle": values.get("lifecycle"),
            "region": values.get("region"),
            "address": values.get("address"),
            "phone": values.get("phone"),
            "email": values.get("email"),
            "notes": values.get("notes"),
            "owner_id": self.owner_id(values.get("owner")),
            "active": 0 if values.get("active") is False else 1,
            "wallet_estimate": to_scaled(values.get("wallet_estimate"), 2),
            **{
                f"eval_{k}": values.get(f"eval_{k}")
                for k in ("capability", "reputation", "relations", "cooperation")
            },
            "created_at": self.now,
            "updated_at": self.now,
            "import_batch_id": self.batch_id,
        }
        if self.deferred:
            cid = self.next_ids["customer"]
            self.next_ids["customer"] += 1
            self.new_customers[cid] = row
        else:
            sv = search_values(name, row["short_name"], kind, [row["phone"]])
            cid = self.con.exec_driver_sql(
                f"INSERT INTO customer({', '.join(row)}, {', '.join(sv)})"
                f" VALUES ({', '.join('?' * (len(row) + len(sv)))})",
                (*row.values(), *sv.values()),
            ).lastrowid
        assert cid is not None
        self.state[cid] = {column: row[column] for column in STATE_COLUMNS}
        self.created[cid] = name
        if values.get("code"):
            self.by_code[values["code"]] = cid
        self.by_name.setdefault(name_key(name), cid)
        self.contacts_of[cid] = _Contacts()
        self.sales_of[cid] = Counter()
        if values.get("tags"):
            self.add_tags(cid, values["tags"])
        self.summary.customers += 1
        return cid

    def _update_customer(self, cid: int, values: dict[str, Any]) -> bool:
        # Applying the same values twice changes nothing the second time; a contact book
        # repeats its company's cells on every contact's row.
        if self.last_values.get(cid) == values:
            return False
        self.last_values[cid] = values
        current = self.state.get(cid)
        if current is None:
            row = self.con.exec_driver_sql(
                f"SELECT {', '.join(STATE_COLUMNS)} FROM customer WHERE id = ?", (cid,)
            ).fetchone()
            current = self.state[cid] = dict(zip(STATE_COLUMNS, row, strict=True))
        changes = self._customer_changes(cid, values, current)
        wrote = bool(values.get("tags")) and self.add_tags(cid, values["tags"])
        if changes:
            if cid not in self.created:
                self._note_changes(cid, current, changes)
            current.update(changes)
            self._write_customer(cid, changes)
            wrote = True
        return wrote

    def _customer_changes(
        self, cid: int, values: dict[str, Any], current: dict[str, Any]
    ) -> dict[str, Any]:
        """The columns `values` would change: a cell left empty keeps what is stored, notes
        are added to, never replaced."""
        changes: dict[str, Any] = {}
        for key in CUSTOMER_TEXT_FIELDS:
            value = values.get(key)
            if value not in (None, "") and value != current[key]:
                if key == "code" and value in self.by_code and self.by_code[value] != cid:
                    continue  # another customer holds that code: keep ours
                changes[key] = value
        if values.get("notes") and values["notes"] not in (current["notes"] or ""):
            changes["notes"] = "\n".join(p for p in (current["notes"], values["notes"]) if p)
        active = values.get("active")
        given = {
            "owner_id": self.owner_id(values.get("owner")),
            "active": None if active is None else int(active),
            "wallet_estimate": to_scaled(values.get("wallet_estimate"), 2),
            **{
                f"eval_{k}": values.get(f"eval_{k}")
                for k in ("capability", "reputation", "relations", "cooperation")
            },
        }
        changes.update(
            (column, value)
            for column, value in given.items()
            if value is not None and value != current[column]
        )
        return changes

    def _note_changes(self, cid: int, current: dict[str, Any], changes: dict[str, Any]) -> None:
        """Keep a stored customer's changed fields, first value to last, for the trail."""
        names = {i: n for n, i in self.owner_ids.items()} if "owner_id" in changes else {}
        noted = self.field_changes.setdefault(cid, {})
        for column, value in changes.items():
            old = current[column]
            if column == "owner_id":
                column, old, value = "owner", names.get(old), names.get(value)
            elif column == "wallet_estimate":
                old, value = from_scaled(old, 2), from_scaled(value, 2)
            elif column == "active":
                old, value = bool(old), bool(value)
            if column in noted:
                noted[column][1] = value
            else:
                noted[column] = [old, value]

    def audit_events(self, source: str) -> list[audit.Event]:
        """One event for the import, one for each customer it created, and for each stored
        customer it merged into, one per field it changed (or one saying it was merged)."""
        batch = self.batch_id
        events = [
            audit.Event(
                "import",
                "import",
                batch,
                None,
                source[:200],
                new=self.summary.line(),
                import_id=batch,
            )
        ]
        events += (
            audit.Event("import", "customer", cid, cid, name, import_id=batch)
            for cid, name in self.created.items()
        )
        ids = sorted((self.wrote_to | self.field_changes.keys()) - self.created.keys())
        names: dict[int, str] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit of bound parameters
            chunk = ids[start : start + 500]
            names.update(
                self.con.exec_driver_sql(
                    f"SELECT id, name FROM customer WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk),
                )
            )
        for cid in ids:
            fields = [
                (column, audit.as_text(old), audit.as_text(new))
                for column, (old, new) in self.field_changes.get(cid, {}).items()
            ]
            for column, old, new in [item for item in fields if item[1] != item[2]] or [
                (None, None, None)
            ]:
                events.append(
                    audit.Event(
                        "merge", "customer", cid, cid, names.get(cid), column, old, new, batch
                    )
                )
        return events

    def _write_customer(self, cid: int, changes: dict[str, Any]) -> None:
        changes["updated_at"] = self.now
        if cid in self.new_customers:  # still waiting to be inserted: change the row itself
            self.new_customers[cid].update(changes)
            return
        sets = ", ".join(f"{k} = ?" for k in changes)
        # A new version: a clerk's form loaded before the import must not overwrite it.
        self.con.exec_driver_sql(
            f"UPDATE customer SET {sets}, version = version + 1, updated_by = ? WHERE id = ?",
            (*changes.values(), self.actor, cid),
        )
        if {"phone", "short_name"} & changes.keys():
            self.touched.add(cid)
        if "short_name" in changes:
            self.renamed.add(cid)

    # -- contacts -------------------------------------------------------------------------
    def _contacts(self, cid: int) -> _Contacts:
        if cid not in self.contacts_of:
            known = self.contacts_of[cid] = _Contacts()
            for i, n, m in self.con.exec_driver_sql(
                "SELECT id, name, mobile FROM contact WHERE customer_id = ? ORDER BY id", (cid,)
            ):
                known.add({"id": i, "name": n, "mobile": m})
        return self.contacts_of[cid]

    def contact(self, cid: int, data: ContactData | dict[str, Any]) -> bool:
        values = data if isinstance(data, dict) else _contact_values(data)
        known = self._contacts(cid)
        match = known.find(values["name"], values.get("mobile"))
        if match is None:
            row = [
                cid,
                values["name"],
                *[values.get(k) for k in CONTACT_FIELDS],
                values.get("gender") or "unknown",
                int(bool(values.get("birthday_lunar"))),
                int(bool(values.get("left"))),
                self.batch_id,
            ]
            if self.deferred:
                contact_id = self.next_ids["contact"]
                self.next_ids["contact"] += 1
                self.new_contacts[contact_id] = row
            else:
                contact_id = self.con.exec_driver_sql(
                    f"INSERT INTO contact({', '.join(CONTACT_COLUMNS)})"
                    f" VALUES ({', '.join('?' * len(row))})",
                    row,
                ).lastrowid
            known.add({"id": contact_id, "name": values["name"], "mobile": values.get("mobile")})
            self.summary.contacts += 1
            if values.get("mobile") or values.get("phone"):
                self.touched.add(cid)
            return True
        if (
            cid in self.existing
            and match["id"] not in self.merged_contacts
            and match["id"] is not None
        ):
            self.merged_contacts.add(match["id"])
            self.summary.merged += 1
        return self._update_contact(cid, match, values)

    def _update_contact(self, cid: int, match: dict[str, Any], values: dict[str, Any]) -> bool:
        cols = (
            "name",
            "title",
            "mobile",
            "phone",
            "wechat",
            "email",
            "birthday_year",
            "birthday_month",
            "birthday_day",
            "birthday_lunar",
            "role",
            "gender",
            "left",
            "notes",
            "hobbies",
            "preferences",
        )
        waiting = self.new_contacts.get(match["id"])
        current = (
            {c: waiting[CONTACT_AT[c]] for c in cols}
            if waiting is not None
            else dict(
                zip(
                    cols,
                    self.con.exec_driver_sql(
                        f"SELECT {', '.join(cols)} FROM contact WHERE id = ?", (match["id"],)
                    ).fetchone(),
                    strict=True,
                )
            )
        )
        changes: dict[str, Any] = {}
        for key in (*CONTACT_TEXTS, "role"):
            if values.get(key) not in (None, "") and values[key] != current[key]:
                changes[key] = values[key]
        # "unknown" is no news: like a blank cell it never clears a gender already known.
        if (
            values.get("gender") not in (None, "", "unknown")
            and values["gender"] != current["gender"]
        ):
            changes["gender"] = values["gender"]
        if (
            values.get("birthday_month")
            and (values.get("birthday_month"), values.get("birthday_day"))
            != (current["birthday_month"], current["birthday_day"])
            or (values.get("birthday_year") and values["birthday_year"] != current["birthday_year"])
        ):
            for key in ("birthday_year", "birthday_month", "birthday_day"):
                if values.get(key) is not None:
                    changes[key] = values[key]
        for flag in ("birthday_lunar", "left"):
            if (
                values.get(flag) is not None
                and int(bool(values[flag])) != current[flag]
                and values.get(flag)
            ):
                changes[flag] = int(bool(values[flag]))
        if values.get("notes") and values["notes"] not in (current["notes"] or ""):
            changes["notes"] = "\n".join(p for p in (current["notes"], values["notes"]) if p)
        if not changes:
            return False
        if waiting is not None:
            for key, value in changes.items():
                waiting[CONTACT_AT[key]] = value
        else:
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.con.exec_driver_sql(
                f"UPDATE contact SET {sets}, version = version + 1, updated_by = ?,"
                " updated_at = ? WHERE id = ?",
                (*changes.values(), self.actor, self.now, match["id"]),
            )
        if "mobile" in changes:
            match["mobile"] = changes["mobile"]
            self.contacts_of[cid].reindex()
        if {"mobile", "phone"} & changes.keys():
            self.touched.add(cid)
        return True

    # -- sales ------------------------------------------------------------------------------
    def _sales(self, cid: int) -> Counter[tuple[Any, ...]]:
        if cid not in self.sales_of:
            self.sales_of[cid] = Counter(
                tuple(r)
                for r in self.con.exec_driver_sql(
                    "SELECT date, product_id, spec, quantity, unit_price, amount, cost, paid,"
                    " channel FROM sale WHERE customer_id = ?",
                    (cid,),
                )
            )
        return self.sales_of[cid]

    def sale(self, cid: int, sale: SaleInput, seen_in_file: Counter[tuple[Any, ...]]) -> bool:
        key = (
            sale.date.isoformat(),
            self.product_id(sale.product),
            sale.spec,
            to_scaled(sale.quantity, 4),
            to_scaled(sale.unit_price, 4),
            to_scaled(sale.amount, 2),
            to_scaled(sale.cost, 2),
            to_scaled(sale.paid, 2) or 0,
            sale.channel,
        )
        existing = self._sales(cid)
        seen_in_file[(cid, *key)] += 1
        # The n-th identical sale in the file matches the n-th identical stored one.
        if seen_in_file[(cid, *key)] <= existing[key]:
            return False
        if self.deferred:
            self.new_sales.append((cid, *key, self.batch_id))
        else:
            self.con.exec_driver_sql(
                f"INSERT INTO sale({SALE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (cid, *key, self.batch_id),
            )
        self.summary.sales += 1
        return True

    def flush(self) -> None:
        """Insert what waits, one batch per table, search columns computed from the final rows."""
        cursor = self.con.cursor
        if self.new_customers:
            phones: dict[int, list[str | None]] = {
                cid: [row["phone"]] for cid, row in self.new_customers.items()
            }
            at_customer, at_mobile, at_phone = (
                CONTACT_AT["customer_id"],
                CONTACT_AT["mobile"],
                CONTACT_AT["phone"],
            )
            for contact in self.new_contacts.values():
                if contact[at_customer] in phones:
                    phones[contact[at_customer]] += [contact[at_mobile], contact[at_phone]]
            rows = []
            for cid, row in self.new_customers.items():
                if not row["region"]:  # seed 003: the region a phone number belongs to
                    row["region"] = region_of_phones(phones[cid])
                sv = search_values(row["name"], row["short_name"], row["kind"], phones[cid])
                rows.append((cid, *row.values(), *sv.values()))
            columns = ["id", *next(iter(self.new_customers.values())), *sv]
            with _insert_triggers_off(
                cursor, "customer", f"id >= {min(self.new_customers)}", many=len(rows) > 100
            ):
                cursor.executemany(
                    f"INSERT INTO customer({', '.join(columns)})"
                    f" VALUES ({', '.join('?' * len(columns))})",
                    rows,
                )
            dialects.for_connection(cursor).after_explicit_ids(cursor, "customer")
            self.touched -= self.new_customers.keys()
            self.new_customers.clear()
        if self.new_contacts:
            cursor.executemany(
                f"INSERT INTO contact(id, {', '.join(CONTACT_COLUMNS)})"
                f" VALUES ({', '.join('?' * (len(CONTACT_COLUMNS) + 1))})",
                ((i, *row) for i, row in self.new_contacts.items()),
            )
            dialects.for_connection(cursor).after_explicit_ids(cursor, "contact")
            self.new_contacts.clear()
        if self.new_tags:
            cursor.executemany(
                "INSERT OR IGNORE INTO customer_tag(customer_id, tag_id) VALUES (?, ?)",
                sorted(self.new_tags),
            )
            self.new_tags.clear()
        if self.new_sales:
            cursor.executemany(
                f"INSERT INTO sale({SALE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.new_sales
            )
            self.new_sales.clear()

    def refresh_search_columns(self) -> None:
        for cid in self.touched:
            name, short, kind, phone = self.con.exec_driver_sql(
                "SELECT name, short_name, kind, phone FROM customer WHERE id = ?", (cid,)
            ).fetchone()
            phones = [phone] + [
                p
                for row in self.con.exec_driver_sql(
                    "SELECT mobile, phone FROM contact WHERE customer_id = ?", (cid,)
                ).fetchall()
                for p in row
            ]
            if cid in self.renamed:
                sv = search_values(name, short, kind, phones)
                self.con.exec_driver_sql(
                    "UPDATE customer SET search_digits = ?, search_initials = ?, search_pinyin = ?"
                    " WHERE id = ?",
                    (sv["search_digits"], sv["search_initials"], sv["search_pinyin"], cid),
                )
            else:  # only numbers changed: no pinyin to recompute
                self.con.exec_driver_sql(
                    "UPDATE customer SET search_digits = ? WHERE id = ?",
                    (digits_value(phones), cid),
                )


def _contact_values(data: ContactData) -> dict[str, Any]:
    b = data.birthday
    return {
        "name": data.name,
        "title": data.title,
        "mobile": data.mobile,
        "phone": data.phone,
        "wechat": data.wechat,
        "email": data.email,
        "role": data.role,
        "gender": data.gender,
        "left": data.left,
        "birthday_year": b.year if b else None,
        "birthday_month": b.month if b else None,
        "birthday_day": b.day if b else None,
        "birthday_lunar": b.lunar if b else None,
        "notes": "\n".join(data.notes) or None,
    }


def find_existing(draft: ImportDraft, engine: Engine) -> list[tuple[str, int, str]]:
    """The file's customers already in the database: (name in the file, id, stored name)."""
    with engine.connect() as con:
        by_key = {
            key: (cid, name)
            for cid, key, name in con.exec_driver_sql(
                "SELECT id, name_key, name FROM customer ORDER BY id DESC"
            )
        }
    found = []
    for name in draft.company_names():
        match = by_key.get(name_key(name))
        if match is not None:
            found.append((name, match[0], match[1]))
    return found


def _apply_records(
    writer: _Writer,
    records: list[RowRecord],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    seen_sales: Counter[tuple[Any, ...]] = Counter()
    total = len(records)
    for done, record in enumerate(records, start=1):
        if cancelled is not None and done % 200 == 0 and cancelled():
            raise ImportCancelled()
        assert record.company is not None
        if (
            writer.decision(record.company) == "skip"
            and writer.find_customer(record.customer.get("code"), record.company) in writer.existing
        ):
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
        else:
            writer.wrote_to.add(cid)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)


def apply_draft(
    draft: ImportDraft,
    engine: Engine,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Write the draft in one transaction (or, with dry_run, roll it back and only count)."""
    summary = ImportSummary(problems=list(draft.problems), dry_run=dry_run)
    summary.skipped = draft.duplicate_rows + draft.empty_rows
    with collector_paused(), engine.connect() as con:
        transaction = con.begin()
        try:
            batch_id = con.exec_driver_sql(
                "INSERT INTO import_batch(created_at, source, summary) VALUES (?, ?, '')"
                " RETURNING id",
                (now_utc().isoformat(sep=" "), str(draft.source)),
            ).scalar()
            summary.batch_id = batch_id
            writer = _Writer(con, batch_id, summary, deferred=draft.interchange is None)
            writer.decisions = dict(draft.decisions)
            if draft.interchange is not None:
                from crm_desktop.core.importers.interchange import apply_interchange

                apply_interchange(writer, draft.interchange, summary, progress, cancelled)
            else:
                _apply_records(writer, draft.records, progress, cancelled)
            writer.flush()
            writer.refresh_search_columns()
            con.exec_driver_sql(
                "UPDATE import_batch SET summary = ? WHERE id = ?", (summary.line(), batch_id)
            )
            if not dry_run:
                audit.record(con, writer.audit_events(draft.source.name))
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

"""Customer use cases: search, open, create (with duplicate check), edit, deactivate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, delete, or_, select
from sqlmodel import Session

from crm_desktop.core import audit, permissions, vocabulary
from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.changes import Changes, Created
from crm_desktop.core.clock import now_utc
from crm_desktop.core.db import dialects
from crm_desktop.core.errors import (
    NoSuchCustomer,
    NotFound,
    PermissionDenied,
    SeveralCustomers,
    ValidationError,
    ValidationErrors,
)
from crm_desktop.core.models import Contact, Customer, CustomerTag, Owner, Tag
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.normalize.text import clean, name_key
from crm_desktop.core.repositories import customers as repo
from crm_desktop.core.services import lookups, search_columns
from crm_desktop.core.services.dto import (
    CustomerDetail,
    CustomerFilter,
    CustomerInput,
    CustomerRow,
)


def validate_customer(data: CustomerInput) -> CustomerInput:
    """Return a cleaned copy, or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    name = clean(data.name)
    if name is None:
        errors.append(ValidationError("name", "required", "a customer needs a name"))
    checks = {
        "kind": (data.kind, vocabulary.KIND),
        "relation": (data.relation, vocabulary.RELATION),
        "channel": (data.channel, vocabulary.CHANNEL),
        "category": (data.category, vocabulary.CATEGORY),
    }
    for fld, (value, words) in checks.items():
        if value not in words:
            errors.append(ValidationError(fld, "choice", f"{value!r} is not a valid {fld}"))
    if data.lifecycle is not None and data.lifecycle not in vocabulary.LIFECYCLE:
        errors.append(ValidationError("lifecycle", "choice", f"{data.lifecycle!r} is not a stage"))
    phone = None
    try:
        phone = normalize_phone(data.phone)
    except ValueError as exc:
        errors.append(ValidationError("phone", "phone", str(exc)))
    email = clean(data.email)
    if email is not None and ("@" not in email or " " in email):
        errors.append(ValidationError("email", "email", f"{email!r} is not an e-mail address"))
    if errors:
        raise ValidationErrors(errors)
    assert name is not None
    return CustomerInput(
        name=name,
        code=clean(data.code),
        short_name=clean(data.short_name),
        kind=data.kind,
        relation=data.relation,
        channel=data.channel,
        category=data.category,
        lifecycle=data.lifecycle,
        region=clean(data.region),
        address=clean(data.address),
        phone=phone,
        email=email,
        notes=clean(data.notes),
        owner=clean(data.owner),
        tags=[t for t in (clean(t) for t in data.tags) if t],
    )


CUSTOMER_TABLE = Customer.__table__  # type: ignore[attr-defined]

# What the customer form edits, as the trail compares it.
ENTERED = (
    "name",
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
)


def _entered(s: Session, c: Customer) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(c, f) for f in ENTERED}
    values["owner"] = s.get(Owner, c.owner_id).name if c.owner_id else None
    values["tags"] = sorted(
        s.execute(
            select(Tag.name)
            .join(CustomerTag, CustomerTag.tag_id == Tag.id)
            .where(CustomerTag.customer_id == c.id)
        ).scalars()
    )
    return values


def _owned_by(
    s: Session, who: permissions.Principal | None, data: CustomerInput, owner_id: int | None
) -> CustomerInput:
    """The owner a sales operator's form may give: a new customer without one is theirs, and
    the owner of a customer changes only by an administrator's reassignment."""
    if who is None or who.role == permissions.ADMIN:
        return data
    current = s.get(Owner, owner_id).name if owner_id else None
    own = s.get(Owner, who.owner_id).name if who.owner_id else None
    wanted = data.owner
    if owner_id is None and wanted in (None, own):
        return replace(data, owner=own)
    if wanted == current:
        return data
    raise PermissionDenied(
        permissions.ASSIGN_OWNERS,
        f"{who.display_name} ({who.role}) may not give a customer to another owner",
        role=who.role,
    )


class CustomerService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._dialect = dialects.for_engine(engine)  # the search's SQL

    # -- the list -------------------------------------------------------------------------
    def _fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self.engine.connect() as con:
            return [tuple(r) for r in con.exec_driver_sql(sql, tuple(params))]

    def search(self, flt: CustomerFilter, limit: int | None = None) -> list[int]:
        return repo.search_ids(self._fetch, flt, limit=limit, dialect=self._dialect)

    def count(self, flt: CustomerFilter) -> int:
        return repo.count(self._fetch, flt, dialect=self._dialect)

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        return repo.rows(self._fetch, ids)

    def regions(self) -> list[str]:
        return repo.regions(self._fetch)

    def owners(self) -> list[tuple[int, str]]:
        return repo.owners(self._fetch)

    def tags(self) -> list[tuple[int, str]]:
        return repo.tags(self._fetch)

    # -- one customer ---------------------------------------------------------------------
    def get(self, customer_id: int) -> CustomerDetail:
        with Session(self.engine) as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound(what="customer", key=customer_id)
            owner = s.get(Owner, c.owner_id).name if c.owner_id else None
            tags = [
                n
                for (n,) in s.execute(
                    select(Tag.name)
                    .join(CustomerTag, CustomerTag.tag_id == Tag.id)
                    .where(CustomerTag.customer_id == customer_id)
                    .order_by(Tag.name)
                )
            ]
            return CustomerDetail(
                id=c.id or 0,
                active=c.active,
                name=c.name,
                code=c.code,
                short_name=c.short_name,
                kind=c.kind,
                relation=c.relation,
                channel=c.channel,
                category=c.category,
                lifecycle=c.lifecycle,
                region=c.region,
                address=c.address,
                phone=c.phone,
                email=c.email,
                notes=c.notes,
                owner=owner,
                tags=tags,
                version=c.version,
                updated_by=c.updated_by,
                updated_at=audit.as_utc(c.updated_at),
            )

    def find(self, key: str) -> int:
        """The one customer `key` names: its code first, then its exact name, then its database
        id (the command line's order). UnusableInput when none or several match."""
        with self.engine.connect() as con:
            for sql in (
                "SELECT id, name FROM customer WHERE code = ?",
                "SELECT id, name FROM customer WHERE name = ?",
            ):
                found = con.exec_driver_sql(sql, (key,)).all()
                if len(found) == 1:
                    return int(found[0][0])
                if len(found) > 1:
                    listed = "; ".join(f"{i} {n}" for i, n in found)
                    raise SeveralCustomers(key=key, listed=listed)
            if key.isdigit():
                row = con.exec_driver_sql(
                    "SELECT id FROM customer WHERE id = ?", (int(key),)
                ).first()
                if row:
                    return int(row[0])
        raise NoSuchCustomer(key=key)

    def find_duplicates(
        self, name: str, phone: str | None, exclude_id: int | None = None
    ) -> list[CustomerRow]:
        """Customers with the same normalised name, or holding the same phone number."""
        conditions = [Customer.name_key == name_key(name)] if clean(name) else []
        try:
            number = normalize_phone(phone)
        except ValueError:
            number = None
        with Session(self.engine) as s:
            if number:
                conditions.append(Customer.phone == number)
                contact_owners = select(Contact.customer_id).where(
                    or_(Contact.mobile == number, Contact.phone == number)
                )
                conditions.append(Customer.id.in_(contact_owners))
            if not conditions:
                return []
            query = select(Customer.id).where(or_(*conditions))
            if exclude_id is not None:
                query = query.where(Customer.id != exclude_id)
            ids = [i for (i,) in s.execute(query)]
        return self.rows(ids)

    def create(self, data: CustomerInput) -> Created:
        data = validate_customer(data)
        now = now_utc()
        with Session(self.engine) as s, s.begin():
            who = permissions.require(s, permissions.CREATE_CUSTOMER)
            data = _owned_by(s, who, data, None)
            self._check_code_free(s, data.code, None)
            c = Customer(
                name=data.name,
                name_key=name_key(data.name),
                created_at=now,
                updated_at=now,
                updated_by=current_actor(),
            )
            self._apply(s, c, data)
            s.add(c)
            s.flush()
            self._set_tags(s, c.id or 0, data.tags)
            audit.record(
                s.connection(), [audit.Event("create", "customer", c.id, c.id, c.name)], now
            )
            return Created(c.id or 0, Changes.of("customers", [c.id or 0]))

    def update(self, customer_id: int, data: CustomerInput, version: int | None = None) -> Changes:
        """`version`: the one the form loaded; StaleRecord when another save came since."""
        data = validate_customer(data)
        with Session(self.engine) as s, s.begin():
            audit.claim(s.connection(), CUSTOMER_TABLE, {"id": customer_id}, version, "customer")
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound(what="customer", key=customer_id)
            who = permissions.require_customer(s, customer_id)
            data = _owned_by(s, who, data, c.owner_id)
            self._check_code_free(s, data.code, customer_id)
            before = _entered(s, c)
            self._apply(s, c, data)
            self._set_tags(s, customer_id, data.tags)
            s.flush()
            audit.record(
                s.connection(),
                audit.change_events(
                    "customer", customer_id, customer_id, c.name, before, _entered(s, c)
                ),
            )
        return Changes.of("customers", [customer_id])

    def set_active(self, customer_id: int, active: bool, version: int | None = None) -> Changes:
        """Removing a customer only deactivates it; its history stays for the figures."""
        with Session(self.engine) as s, s.begin():
            audit.claim(s.connection(), CUSTOMER_TABLE, {"id": customer_id}, version, "customer")
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFound(what="customer", key=customer_id)
            permissions.require_customer(s, customer_id, permissions.DEACTIVATE_CUSTOMER)
            if c.active != active:
                action = "reactivate" if active else "deactivate"
                audit.record(
                    s.connection(),
                    [
                        audit.Event(
                            action,
                            "customer",
                            customer_id,
                            customer_id,
                            c.name,
                            "active",
                            audit.as_text(c.active),
                            audit.as_text(active),
                        )
                    ],
                )
            c.active = active
        return Changes.of("customers", [customer_id])

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _check_code_free(s: Session, code: str | None, own_id: int | None) -> None:
        if code is None:
            return
        other = s.execute(select(Customer.id).where(Customer.code == code)).scalar()
        if other is not None and other != own_id:
            raise ValidationErrors(
                [ValidationError("code", "duplicate_code", f"code {code!r} is already used")]
            )

    @staticmethod
    def _apply(s: Session, c: Customer, data: CustomerInput) -> None:
        for fld in ENTERED:
            setattr(c, fld, getattr(data, fld))
        if not c.region:
            fill_region(s, c)
        c.name_key = name_key(data.name)
        c.owner_id = lookups.owner_id_for(s, data.owner)
        search_columns.refresh(s, c)

    @staticmethod
    def _set_tags(s: Session, customer_id: int, tags: list[str]) -> None:
        s.execute(delete(CustomerTag).where(CustomerTag.customer_id == customer_id))
        for tag_id in lookups.tag_ids_for(s, tags):
            s.add(CustomerTag(customer_id=customer_id, tag_id=tag_id))


def fill_region(s: Session, c: Customer) -> None:
    """An empty region from the customer's phone, else its contacts' numbers (seed 003: the
    mobiles sorted by region): the province and city the number belongs to."""
    from crm_desktop.core.models import Contact
    from crm_desktop.core.normalize.regions import region_of_phones

    numbers: list[str | None] = [c.phone]
    if c.id is not None:
        for mobile, phone in s.execute(
            select(Contact.mobile, Contact.phone).where(Contact.customer_id == c.id)
        ):
            numbers += [mobile, phone]
    c.region = region_of_phones(numbers) or c.region

"""Where a customer came from (seed 002: 让老客户为你介绍新的客户资源) with the customer who
referred it, and its key people as an organisation chart (seed 002: 了解客户组织结构图; seed
003: the four decision styles of 关键决策者: leader, influencer, follower, checker)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlmodel import Session

from crm_desktop.core import audit, permissions
from crm_desktop.core.changes import Changes
from crm_desktop.core.errors import NotFound, ValidationError, ValidationErrors
from crm_desktop.core.models import Contact, Customer, CustomerOrigin, KeyPerson
from crm_desktop.core.vocabulary import CUSTOMER_SOURCE, DECISION_STYLE

REFERRAL = "referral"


@dataclass
class OriginInput:
    source: str | None = None  # vocabulary.CUSTOMER_SOURCE; None: not known
    referred_by_id: int | None = None  # the customer who referred it (source "referral")
    note: str | None = None


@dataclass
class Origin(OriginInput):
    referred_by: str | None = None  # that customer's name
    # The customers it referred, (id, name) by name.
    referrals: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class OrgNode:
    """A contact in the chart, with the people who report to them."""

    contact_id: int
    name: str
    title: str | None
    role: str | None
    decision_style: str | None
    reports_to_id: int | None
    left: bool
    reports: tuple[OrgNode, ...] = ()


def _origin_fields(row: CustomerOrigin) -> dict[str, object]:
    """What the trail compares of a customer's origin."""
    return {"source": row.source, "referred_by_id": row.referred_by_id, "origin_note": row.note}


def _refuse(field_name: str, code: str, message: str) -> ValidationErrors:
    return ValidationErrors([ValidationError(field_name, code, message)])


class PeopleService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- where it came from ---------------------------------------------------------------
    def origin(self, customer_id: int) -> Origin:
        with Session(self.engine) as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            row = s.get(CustomerOrigin, customer_id)
            referrer = s.get(Customer, row.referred_by_id) if row and row.referred_by_id else None
            referrals = [
                (int(cid), name)
                for cid, name in s.execute(
                    select(Customer.id, Customer.name)
                    .join(CustomerOrigin, CustomerOrigin.customer_id == Customer.id)
                    .where(CustomerOrigin.referred_by_id == customer_id)
                    .order_by(Customer.sort_key, Customer.id)
                )
            ]
            return Origin(
                row.source if row else None,
                row.referred_by_id if row else None,
                row.note if row else None,
                referrer.name if referrer else None,
                referrals,
            )

    def set_origin(self, customer_id: int, data: OriginInput) -> Changes:
        """Record where the customer came from; a referral names the customer who referred
        it (another one), any other source names none."""
        if data.source is not None and data.source not in CUSTOMER_SOURCE:
            raise _refuse("source", "choice", f"{data.source!r} is not a source")
        referrer = data.referred_by_id if data.source == REFERRAL else None
        if data.source == REFERRAL and referrer is None:
            raise _refuse("referred_by_id", "required", "a referral names who referred it")
        if referrer == customer_id:
            raise _refuse("referred_by_id", "self", "a customer cannot refer itself")
        with Session(self.engine) as s, s.begin():
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            if referrer is not None and s.get(Customer, referrer) is None:
                raise NotFound(what="customer", key=referrer)
            permissions.require_customer(s, customer_id)
            row = s.get(CustomerOrigin, customer_id) or CustomerOrigin(customer_id=customer_id)
            before = row.referred_by_id  # its count falls as the new referrer's rises
            was = _origin_fields(row)
            row.source = data.source
            row.referred_by_id = referrer
            row.note = (data.note or "").strip() or None
            s.add(row)
            audit.record(
                s.connection(),
                audit.change_events(
                    "customer_origin", customer_id, customer_id, None, was, _origin_fields(row)
                ),
            )
        touched = {customer_id} | {c for c in (before, referrer) if c is not None}
        return Changes(frozenset({"people"}), frozenset(touched))

    def customer_named(self, name: str) -> int:
        """The customer a typed name (or code) means, for "referred by"; NotFound otherwise."""
        text = (name or "").strip()
        with Session(self.engine) as s:
            found = s.execute(
                select(Customer.id)
                .where((Customer.name == text) | (Customer.code == text))
                .order_by(Customer.id)
            ).first()
        if found is None:
            raise NotFound(what="customer", key=text)
        return int(found[0])

    # -- key people -----------------------------------------------------------------------
    def org_chart(self, customer_id: int) -> list[OrgNode]:
        """The customer's contacts as a forest: who reports to whom, those reporting to nobody
        (or to someone no longer among them) at the top; in name order at each level."""
        with Session(self.engine) as s:
            rows = s.execute(
                select(Contact, KeyPerson)
                .outerjoin(KeyPerson, KeyPerson.contact_id == Contact.id)
                .where(Contact.customer_id == customer_id)
                .order_by(Contact.left, Contact.name, Contact.id)
            ).all()
        people = {c.id: (c, k) for c, k in rows}
        children: dict[int | None, list[int]] = {}
        for cid, (_c, k) in people.items():
            boss = k.reports_to_id if k is not None and k.reports_to_id in people else None
            children.setdefault(boss, []).append(int(cid or 0))

        def node(cid: int) -> OrgNode:
            c, k = people[cid]
            return OrgNode(
                cid,
                c.name,
                c.title,
                c.role,
                k.decision_style if k else None,
                k.reports_to_id if k else None,
                bool(c.left),
                tuple(node(x) for x in children.get(cid, [])),
            )

        return [node(cid) for cid in children.get(None, [])]

    def set_key_person(
        self, contact_id: int, reports_to_id: int | None, decision_style: str | None
    ) -> Changes:
        """Whom the contact reports to (a contact of the same customer, never a circle) and
        their decision style."""
        if decision_style is not None and decision_style not in DECISION_STYLE:
            raise _refuse("decision_style", "choice", f"{decision_style!r} is not a style")
        if reports_to_id == contact_id:
            raise _refuse("reports_to_id", "self", "a person cannot report to themselves")
        with Session(self.engine) as s, s.begin():
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFound(what="contact", key=contact_id)
            if reports_to_id is not None:
                boss = s.get(Contact, reports_to_id)
                if boss is None or boss.customer_id != contact.customer_id:
                    raise _refuse(
                        "reports_to_id", "other_customer", "reports to a contact of this customer"
                    )
                up: int | None = reports_to_id
                seen: set[int] = set()
                while up is not None and up not in seen:  # walk up: never back to this contact
                    if up == contact_id:
                        raise _refuse("reports_to_id", "circle", "that would make a circle")
                    seen.add(up)
                    above = s.get(KeyPerson, up)
                    up = above.reports_to_id if above else None
            permissions.require_customer(s, contact.customer_id)
            row = s.get(KeyPerson, contact_id) or KeyPerson(contact_id=contact_id)
            was = {"reports_to_id": row.reports_to_id, "decision_style": row.decision_style}
            row.reports_to_id = reports_to_id
            row.decision_style = decision_style
            s.add(row)
            now = {"reports_to_id": reports_to_id, "decision_style": decision_style}
            audit.record(
                s.connection(),
                audit.change_events(
                    "key_person", contact_id, contact.customer_id, contact.name, was, now
                ),
            )
            return Changes.of("people", [contact.customer_id])

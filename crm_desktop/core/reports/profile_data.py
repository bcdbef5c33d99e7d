"""What a customer profile shows, read for many customers at once.

The services answer for one customer at a time (a dozen queries each, and the standing
recomputes the rules for that customer); a batch of profiles reads each table once per chunk
of customers instead, so its cost per customer is the rows it prints. The values are the
services' own (tests/core/test_report_profile_data.py holds them to it): the same rules
functions, the same sums of the stored fen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Row, select

from crm_desktop.core.models import (
    Complaint,
    Contact,
    Credit,
    Customer,
    CustomerTag,
    Licence,
    Note,
    Owner,
    Payment,
    Plan,
    Sale,
    Tag,
)
from crm_desktop.core.months import add_months, month_key, shift_key
from crm_desktop.core.rules import receivables, stages
from crm_desktop.core.rules.credit_score import SaleDue, payment_history_score, suggest_rating
from crm_desktop.core.rules.summary import ComputedFields, computed_fields
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.rules.thresholds import load as load_thresholds
from crm_desktop.core.services.dto import CreditSummary, MonthlySales

CHUNK = 500  # customers read together: bounded memory and IN-lists for any batch size
RECENT_NOTES = 5
CLOSED_COMPLAINTS = ("answered", "closed")


@dataclass
class ProfileData:
    """Records are the rows of their tables (the model's columns by name: `contact.name`)."""

    customer: Row
    owner: str | None
    tags: list[str]
    computed: ComputedFields | None
    credit: CreditSummary
    lifecycle_shown: str
    relationship: str | None
    evaluation_total: int | None
    contacts: list[Row] = field(default_factory=list)
    licences: list[Row] = field(default_factory=list)
    months: list[MonthlySales] = field(default_factory=list)
    plans: dict[str, Decimal] = field(default_factory=dict)  # YYYY-MM → planned amount
    notes: list[Row] = field(default_factory=list)  # the most recent first
    open_complaints: list[Row] = field(default_factory=list)


def profiles(
    engine: Engine, customer_ids: Sequence[int], today: date, months: int = 12
) -> Iterator[ProfileData]:
    """The profiles of `customer_ids` in that order; unknown ids are skipped."""
    with engine.connect() as con:
        thresholds = load_thresholds(con)
        for start in range(0, len(customer_ids), CHUNK):
            chunk = list(customer_ids[start : start + CHUNK])
            found = _chunk(con, chunk, today, months, thresholds)
            yield from (found[cid] for cid in chunk if cid in found)


def _chunk(
    con: Connection, ids: list[int], today: date, months: int, thresholds: Thresholds
) -> dict[int, ProfileData]:
    def rows(statement: Any) -> list[Row]:
        return con.execute(statement).all()

    customers = {c.id: c for c in rows(select(Customer).where(Customer.id.in_(ids)))}
    if not customers:
        return {}
    owner_ids = {c.owner_id for c in customers.values() if c.owner_id}
    owners = (
        dict(rows(select(Owner.id, Owner.name).where(Owner.id.in_(owner_ids)))) if owner_ids else {}
    )
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in rows(
        select(CustomerTag.customer_id, Tag.name)
        .join(Tag, CustomerTag.tag_id == Tag.id)
        .where(CustomerTag.customer_id.in_(ids))
        .order_by(CustomerTag.customer_id, Tag.name)
    ):
        tags[cid].append(name)
    computed = computed_fields(con, today, list(customers))

    # The sales log once: receivable, payment history and the monthly figures all come from it.
    sales: dict[int, list[SaleDue]] = defaultdict(list)
    for cid, sold, amount, paid in rows(
        select(Sale.customer_id, Sale.date, Sale.amount, Sale.paid).where(Sale.customer_id.in_(ids))
    ):
        sales[cid].append(SaleDue(sold, amount, paid))
    payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for cid, paid_on, amount in rows(
        select(Payment.customer_id, Payment.date, Payment.amount).where(
            Payment.customer_id.in_(ids)
        )
    ):
        payments[cid].append((paid_on, amount))
    credits = {c.customer_id: c for c in rows(select(Credit).where(Credit.customer_id.in_(ids)))}
    plans: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for cid, month, amount in rows(
        select(Plan.customer_id, Plan.month, Plan.amount).where(Plan.customer_id.in_(ids))
    ):
        plans[cid][month] += amount

    def grouped(model: Any, *order: Any) -> dict[int, list[Row]]:
        out: dict[int, list[Row]] = defaultdict(list)
        for row in rows(
            select(model).where(model.customer_id.in_(ids)).order_by(model.customer_id, *order)
        ):
            out[row.customer_id].append(row)
        return out

    contacts = grouped(Contact, Contact.left, Contact.name, Contact.id)
    licences = grouped(Licence, Licence.expires)
    notes = grouped(Note, Note.date, Note.id)
    complaints = grouped(Complaint, Complaint.received, Complaint.id)

    first = add_months(today, -(months - 1))
    window_start = add_months(first, -12)
    labels = [month_key(add_months(first, i)) for i in range(months)]
    out: dict[int, ProfileData] = {}
    for cid, c in customers.items():
        own_sales = sales.get(cid, [])
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for s in own_sales:
            if s.sold >= window_start:
                totals[month_key(s.sold)] += s.amount
        credit = credits.get(cid)
        days = credit.payment_days if credit else 0
        receivable = receivables.of_lines(
            ((s.amount, s.paid_at_sale) for s in own_sales),
            (amount for _, amount in payments.get(cid, [])),
        )
        history = payment_history_score(
            own_sales, [p for p in payments.get(cid, []) if p[0] is not None], days, today
        )
        if credit is None:
            summary = CreditSummary(
                Decimal(0),
                0,
                None,
                receivable,
                None,
                history,
                suggest_rating(history, None, thresholds),
            )
        else:
            summary = CreditSummary(
                credit.credit_limit,
                credit.payment_days,
                credit.rating,
                receivable,
                credit.potential_score,
                history,
                suggest_rating(history, credit.potential_score, thresholds),
                credit.applied_on,
                credit.requested_limit,
                credit.approver,
                credit.investigation,
            )
        fields_ = computed.get(cid)
        relationship, _share = stages.relationship_stage(
            fields_.sales_12m if fields_ else Decimal(0), c.wallet_estimate
        )
        out[cid] = ProfileData(
            customer=c,
            owner=owners.get(c.owner_id),
            tags=tags.get(cid, []),
            computed=fields_,
            credit=summary,
            lifecycle_shown=c.lifecycle or (fields_.lifecycle_suggested if fields_ else "prospect"),
            relationship=relationship,
            evaluation_total=stages.evaluation_total(
                {
                    "capability": c.eval_capability,
                    "reputation": c.eval_reputation,
                    "relations": c.eval_relations,
                    "cooperation": c.eval_cooperation,
                }
            ),
            contacts=contacts.get(cid, []),
            licences=licences.get(cid, []),
            months=[
                MonthlySales(
                    m, totals.get(m, Decimal(0)), totals.get(shift_key(m, -12), Decimal(0))
                )
                for m in labels
            ],
            plans=dict(plans.get(cid, {})),
            notes=notes.get(cid, [])[-RECENT_NOTES:][::-1],
            open_complaints=[
                x for x in complaints.get(cid, []) if x.status not in CLOSED_COMPLAINTS
            ],
        )
    return out

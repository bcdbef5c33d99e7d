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
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, select

from crm_desktop.core.models import (
    Complaint,
    Contact,
    Contract,
    Credit,
    Customer,
    CustomerTag,
    Licence,
    Note,
    Opportunity,
    Owner,
    Payment,
    Plan,
    Product,
    Sale,
    Tag,
)
from crm_desktop.core.money import round_amount
from crm_desktop.core.months import add_months, days_in_month, month_key, month_start, shift_key
from crm_desktop.core.rules import receivables, stages
from crm_desktop.core.rules.credit_score import SaleDue, payment_history_score
from crm_desktop.core.rules.summary import ComputedFields, computed_fields, key_accounts
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.rules.thresholds import load as load_thresholds
from crm_desktop.core.services.dto import CreditSummary, MonthlySales
from crm_desktop.core.services.records import credit_summary
from crm_desktop.core.vocabulary import PURCHASE_CHANNEL

CHUNK = 500  # customers read together: bounded memory and IN-lists for any batch size
RECENT_NOTES = 5
CLOSED_COMPLAINTS = ("answered", "closed")
OPPORTUNITIES_CLOSED_DAYS = 365


@dataclass(frozen=True)
class PlanLine:
    """This month's plan of the whole customer (`product` None) or of one product, against
    the month's sales up to today."""

    product: str | None
    plan: Decimal
    actual: Decimal
    expected: Decimal  # plan × the share of the month elapsed, to the fen
    behind: bool  # a sales_behind_plan warning holds for it (the warning's own test)
    summed_from_products: bool = False  # the whole plan is the sum of the product plans


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
    # YYYY-MM → the month's plan as the rules read it: the whole-month plan when there is
    # one, else the sum of the product plans (then the month is in `plans_summed`).
    plans: dict[str, Decimal] = field(default_factory=dict)
    plans_summed: set[str] = field(default_factory=set)
    this_month: list[PlanLine] = field(default_factory=list)  # the whole first, then products
    key_account: bool = False  # chosen among the whole office (seed 003: by gross profit)
    notes: list[Row] = field(default_factory=list)  # the most recent first
    open_complaints: list[Row] = field(default_factory=list)
    # The open opportunities and those closed in the last year, with each stage's chance (%).
    opportunities: list[Row] = field(default_factory=list)
    chances: dict[str, int] = field(default_factory=dict)
    contracts: list[Row] = field(default_factory=list)  # by end date
    # Where it came from: (source, the referring customer's name), and how many it referred.
    origin: tuple[str | None, str | None] | None = None
    referrals: int = 0
    # The organisation chart flattened: (depth, name, title, decision style), top first.
    key_people: list[tuple[int, str, str | None, str | None]] = field(default_factory=list)
    # Every complaint of the customer (seed 000: 动作快一点, 补偿多一点): how many, how many
    # answered, the average days to answer (one decimal) and the compensation given.
    complaint_summary: tuple[int, int, Decimal | None, Decimal] = (0, 0, None, Decimal("0.00"))
    # How the customer bought (seed 004: 购买渠道): sales lines per channel, in the
    # vocabulary's order; lines without one are left out.
    channels: list[tuple[str, int]] = field(default_factory=list)


def profiles(
    engine: Engine, customer_ids: Sequence[int], today: date, months: int = 12
) -> Iterator[ProfileData]:
    """The profiles of `customer_ids` in that order; unknown ids are skipped."""
    with engine.connect() as con:
        thresholds = load_thresholds(con)
        keys = key_accounts(con, today, thresholds)
        for start in range(0, len(customer_ids), CHUNK):
            chunk = list(customer_ids[start : start + CHUNK])
            found = _chunk(con, chunk, today, months, thresholds, keys)
            yield from (found[cid] for cid in chunk if cid in found)


def _chunk(
    con: Connection,
    ids: list[int],
    today: date,
    months: int,
    thresholds: Thresholds,
    keys: set[int],
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
    sales, month_to_date = _sales_of(rows, ids, today)
    payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for cid, paid_on, amount in rows(
        select(Payment.customer_id, Payment.date, Payment.amount).where(
            Payment.customer_id.in_(ids)
        )
    ):
        payments[cid].append((paid_on, amount))
    credits = {c.customer_id: c for c in rows(select(Credit).where(Credit.customer_id.in_(ids)))}
    plans_of: dict[int, list[Row]] = defaultdict(list)
    for row in rows(
        select(Plan.customer_id, Plan.month, Plan.product_id, Plan.amount, Product.name)
        .outerjoin(Product, Product.id == Plan.product_id)
        .where(Plan.customer_id.in_(ids))
        .order_by(Plan.customer_id, Product.name)
    ):
        plans_of[row[0]].append(row)

    def grouped(model: Any, *order: Any) -> dict[int, list[Row]]:
        out: dict[int, list[Row]] = defaultdict(list)
        for row in rows(
            select(model).where(model.customer_id.in_(ids)).order_by(model.customer_id, *order)
        ):
            out[row.customer_id].append(row)
        return out

    channels: dict[int, dict[str, int]] = defaultdict(dict)
    for cid, channel, count in rows(
        select(Sale.customer_id, Sale.channel, func.count())
        .where(Sale.customer_id.in_(ids), Sale.channel.is_not(None))
        .group_by(Sale.customer_id, Sale.channel)
    ):
        channels[cid][channel] = count
    contacts = grouped(Contact, Contact.left, Contact.name, Contact.id)
    licences = grouped(Licence, Licence.expires)
    notes = grouped(Note, Note.date, Note.id)
    complaints = grouped(Complaint, Complaint.received, Complaint.id)
    opportunities = grouped(Opportunity, Opportunity.closed_on, Opportunity.expected_close)
    closed_since = today - timedelta(days=OPPORTUNITIES_CLOSED_DAYS)
    contracts = grouped(Contract, Contract.ends_on, Contract.id)
    origins, referrals, charts = _people_of(con, ids, contacts)

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
        limit = credit.credit_limit if credit else Decimal(0)
        summary = credit_summary(credit, limit, receivable, history, thresholds)
        fields_ = computed.get(cid)
        own_plans = plans_of.get(cid, [])
        reading = _plan_reading(own_plans)
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
            plans=reading[0],
            plans_summed=reading[1],
            this_month=_this_month(
                [r for r in own_plans if r[1] == month_key(today)],
                reading,
                fields_,
                today,
                lambda product_id, cid=cid: month_to_date.get((cid, product_id), Decimal(0)),
            ),
            key_account=cid in keys,
            notes=notes.get(cid, [])[-RECENT_NOTES:][::-1],
            open_complaints=[
                x for x in complaints.get(cid, []) if x.status not in CLOSED_COMPLAINTS
            ],
            opportunities=[
                x
                for x in opportunities.get(cid, [])
                if x.closed_on is None or x.closed_on >= closed_since
            ],
            chances=thresholds.stage_probability,
            contracts=contracts.get(cid, []),
            origin=origins.get(cid),
            referrals=referrals.get(cid, 0),
            key_people=charts.get(cid, []),
            complaint_summary=_complaint_summary(complaints.get(cid, [])),
            channels=[
                (key, channels[cid][key])
                for key in PURCHASE_CHANNEL.keys
                if key in channels.get(cid, {})
            ],
        )
    return out


def _people_of(
    con: Connection, ids: list[int], contacts: dict[int, list[Row]]
) -> tuple[
    dict[int, tuple[str | None, str | None]],
    dict[int, int],
    dict[int, list[tuple[int, str, str | None, str | None]]],
]:
    """The customers' origins, referral counts and organisation charts (only customers with
    a reporting line or a decision style recorded get a chart)."""
    in_list = ",".join(str(int(i)) for i in ids)
    origins = {
        int(cid): (source, referrer)
        for cid, source, referrer in con.exec_driver_sql(
            "SELECT o.customer_id, o.source, r.name FROM customer_origin o LEFT JOIN customer r"
            f" ON r.id = o.referred_by_id WHERE o.customer_id IN ({in_list})"
        )
    }
    referrals = {
        int(cid): int(n)
        for cid, n in con.exec_driver_sql(
            "SELECT referred_by_id, COUNT(*) FROM customer_origin"
            f" WHERE referred_by_id IN ({in_list}) GROUP BY referred_by_id"
        )
    }
    placed = {
        int(contact_id): (boss, style)
        for contact_id, boss, style in con.exec_driver_sql(
            "SELECT k.contact_id, k.reports_to_id, k.decision_style FROM key_person k"
            f" JOIN contact p ON p.id = k.contact_id WHERE p.customer_id IN ({in_list})"
        )
    }
    charts: dict[int, list[tuple[int, str, str | None, str | None]]] = {}
    for cid, people in contacts.items():
        if not any(p.id in placed for p in people):
            continue
        known = {p.id for p in people}
        below: dict[int | None, list[Row]] = defaultdict(list)
        for p in people:
            boss = placed.get(p.id, (None, None))[0]
            below[boss if boss in known else None].append(p)
        charts[cid] = _flattened(below, placed)
    return origins, referrals, charts


def _flattened(
    below: dict[int | None, list[Row]], placed: dict[int, tuple[Any, Any]]
) -> list[tuple[int, str, str | None, str | None]]:
    """The chart top down, each person followed by those reporting to them."""
    lines: list[tuple[int, str, str | None, str | None]] = []
    stack = [(p, 0) for p in reversed(below.get(None, []))]
    while stack:
        p, depth = stack.pop()
        lines.append((depth, p.name, p.title, placed.get(p.id, (None, None))[1]))
        if depth < 20:  # the service refuses circles; a bound all the same
            stack.extend((c, depth + 1) for c in reversed(below.get(p.id, [])))
    return lines


def _complaint_summary(rows: list[Row]) -> tuple[int, int, Decimal | None, Decimal]:
    answered = [(x.answered_on - x.received).days for x in rows if x.answered_on is not None]
    average = (
        (Decimal(sum(answered)) / len(answered)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if answered
        else None
    )
    given = sum((x.compensation or Decimal(0) for x in rows), Decimal("0.00"))
    return len(rows), len(answered), average, given


def _sales_of(
    rows: Any, ids: list[int], today: date
) -> tuple[dict[int, list[SaleDue]], dict[tuple[int, int | None], Decimal]]:
    """The sales log of the customers once: each one's lines, and this month's sales up to
    today by (customer, product id, or None for all products)."""
    sales: dict[int, list[SaleDue]] = defaultdict(list)
    month_to_date: dict[tuple[int, int | None], Decimal] = defaultdict(Decimal)
    first_of_month = month_start(today)
    for cid, sold, amount, paid, product_id in rows(
        select(Sale.customer_id, Sale.date, Sale.amount, Sale.paid, Sale.product_id).where(
            Sale.customer_id.in_(ids)
        )
    ):
        sales[cid].append(SaleDue(sold, amount, paid))
        if first_of_month <= sold <= today:
            month_to_date[(cid, None)] += amount
            if product_id is not None:
                month_to_date[(cid, product_id)] += amount
    return sales, month_to_date


def _plan_reading(plan_rows: list[Row]) -> tuple[dict[str, Decimal], set[str]]:
    """month → plan, the whole-month plan when there is one, else the sum of the month's
    product plans (the months read so in the set): product plans break the whole down (seed
    003), as the warning, the plan panel and the office's plan view read them."""
    wholes: dict[str, Decimal] = {}
    summed: dict[str, Decimal] = defaultdict(Decimal)
    for _cid, month, product_id, amount, _name in plan_rows:
        if product_id is None:
            wholes[month] = amount
        else:
            summed[month] += amount
    return {**summed, **wholes}, set(summed) - set(wholes)


def _this_month(
    plan_rows: list[Row],
    reading: tuple[dict[str, Decimal], set[str]],
    fields_: ComputedFields | None,
    today: date,
    sold: Any,
) -> list[PlanLine]:
    """This month's whole plan and each product plan against the month's sales so far; behind
    exactly when the sales_behind_plan warning holds for it (its product, "" for the whole)."""
    month = month_key(today)
    plans, summed = reading
    if month not in plans:
        return []
    behind = (
        {
            numbers[-1]
            for kind, numbers in zip(fields_.kinds, fields_.details, strict=True)
            if kind == "sales_behind_plan"
        }
        if fields_
        else set()
    )
    elapsed = Decimal(today.day) / Decimal(days_in_month(today))
    lines = [
        PlanLine(
            None,
            plans[month],
            sold(None),
            round_amount(plans[month] * elapsed),
            "" in behind,
            month in summed,
        )
    ]
    for _cid, _month, product_id, amount, name in plan_rows:
        if product_id is not None:
            lines.append(
                PlanLine(
                    name, amount, sold(product_id), round_amount(amount * elapsed), name in behind
                )
            )
    return lines

"""The database as interchange data: one dict per customer, every list nested, the computed
fields (ABC class, receivable, warnings) added. Each table is read once, in order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from crm_desktop.core import vocabulary
from crm_desktop.core.money import AMOUNT_SCALE, PRICE_SCALE, from_scaled


def _money(value: int | None) -> Decimal | None:
    return from_scaled(value, AMOUNT_SCALE)


def _scale4(value: int | None) -> Decimal | None:
    d = from_scaled(value, PRICE_SCALE)
    return (
        None
        if d is None
        else d.normalize()
        if d != d.to_integral_value()
        else d.quantize(Decimal(1))
    )


def _birthday(year: int | None, month: int | None, day: int | None) -> str | None:
    if not month or not day:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _drop_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None and v != [] and v != {}}


def _opportunity(o: tuple[Any, ...]) -> dict[str, Any]:
    return _drop_empty(
        {
            "product": o[0],
            "amount": _money(o[1]),
            "expected_close": o[2],
            "stage": o[3],
            "lost_from": o[4],
            "lost_reason": o[5],
            "closed_on": o[6],
            "next_step": o[7],
            "next_step_on": o[8],
            "notes": o[9],
            "sale_date": o[10],
        }
    )


def _grouped(
    con: Connection, sql: str, ids: Sequence[int] | None
) -> dict[int, list[tuple[Any, ...]]]:
    groups: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    params: tuple[Any, ...] = ()
    if ids is not None:
        sql = sql.replace(
            "WHERE 1=1", f"WHERE customer_id IN ({','.join(str(int(i)) for i in ids)})"
        )
    for row in con.exec_driver_sql(sql, params):
        groups[row[0]].append(tuple(row[1:]))
    return groups


def iter_customers(
    con: Connection, today: date, ids: Sequence[int] | None = None
) -> Iterator[dict[str, Any]]:
    """Customers in id order (so an export re-imported into an empty database exports the same)."""
    from crm_desktop.core.rules.summary import computed_fields, key_accounts

    where = "" if ids is None else f"WHERE c.id IN ({','.join(str(int(i)) for i in ids)})"
    products = dict(con.exec_driver_sql("SELECT id, name FROM product").all())
    tags = _grouped(
        con,
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
        " ORDER BY ct.customer_id, t.name",
        None,
    )
    contacts = _grouped(
        con,
        "SELECT customer_id, name, title, mobile, phone, email, birthday_year, birthday_month,"
        " birthday_day, role, notes, wechat, birthday_lunar, left, gender, hobbies, preferences"
        " FROM contact WHERE 1=1"
        " ORDER BY customer_id, id",
        ids,
    )
    licences = _grouped(
        con,
        "SELECT customer_id, kind, number, expires FROM licence WHERE 1=1 ORDER BY customer_id, id",
        ids,
    )
    notes = _grouped(
        con,
        "SELECT customer_id, date, kind, summary, next_follow_up, event, cleared_on, objective"
        " FROM note"
        " WHERE 1=1"
        " ORDER BY customer_id, id",
        ids,
    )
    sales = _grouped(
        con,
        "SELECT customer_id, date, product_id, spec, quantity, unit_price, amount, cost, paid,"
        " channel FROM sale WHERE 1=1 ORDER BY customer_id, id",
        ids,
    )
    plans = _grouped(
        con,
        "SELECT customer_id, month, amount, product_id FROM plan WHERE 1=1"
        " ORDER BY customer_id, month, id",
        ids,
    )
    payments = _grouped(
        con,
        "SELECT customer_id, date, amount, note FROM payment WHERE 1=1 ORDER BY customer_id, id",
        ids,
    )
    complaints = _grouped(
        con,
        "SELECT customer_id, received, category, description, status, resolution,"
        " answered_on, escalation, compensation, handler, instructed_by, instruction,"
        " received_via FROM complaint WHERE 1=1"
        " ORDER BY customer_id, id",
        ids,
    )
    opportunities = _grouped(
        con,
        # The linked sale's date rides along; the outer query keeps `customer_id` unambiguous
        # for _grouped's filter.
        "SELECT customer_id, product, amount, expected_close, stage, lost_from, lost_reason,"
        " closed_on, next_step, next_step_on, notes, sale_date FROM (SELECT o.*, s.date AS"
        " sale_date FROM opportunity o LEFT JOIN sale s ON s.id = o.sale_id) WHERE 1=1"
        " ORDER BY customer_id, id",
        ids,
    )
    contracts = _grouped(
        con,
        "SELECT customer_id, number, signed_on, ends_on, amount, payment_terms, delivery_terms,"
        " quality_terms, clauses, notes FROM contract WHERE 1=1 ORDER BY customer_id, id",
        ids,
    )
    origins = {
        r[0]: r[1:]
        for r in con.exec_driver_sql(
            "SELECT o.customer_id, o.source, r.name, r.code, o.note FROM customer_origin o"
            " LEFT JOIN customer r ON r.id = o.referred_by_id"
        )
    }
    key_people = _grouped(
        con,
        # The outer query keeps `customer_id` unambiguous for _grouped's filter.
        "SELECT customer_id, name, boss, decision_style FROM (SELECT p.customer_id AS"
        " customer_id, p.name AS name, b.name AS boss, k.decision_style AS decision_style,"
        " p.id AS id FROM key_person k JOIN contact p ON p.id = k.contact_id"
        " LEFT JOIN contact b ON b.id = k.reports_to_id) WHERE 1=1 ORDER BY customer_id, id",
        ids,
    )
    credit = {
        r[0]: r[1:]
        for r in con.exec_driver_sql(
            "SELECT customer_id, credit_limit, payment_days, rating, potential_score FROM credit"
        )
    }
    computed = computed_fields(con, today, ids)
    # Key accounts are chosen among the whole office: an export of some customers asks for them.
    keys = None if ids is None else key_accounts(con, today)
    rows = con.exec_driver_sql(
        "SELECT c.id, c.name, c.code, c.kind, c.relation, c.channel, c.category, c.lifecycle,"
        " c.region, c.address, c.phone, c.email, c.notes, o.name, c.active, c.short_name,"
        " c.wallet_estimate, c.eval_capability, c.eval_reputation, c.eval_relations,"
        f" c.eval_cooperation FROM customer c LEFT JOIN owner o ON o.id = c.owner_id {where}"
        " ORDER BY c.id"
    )
    for r in rows:
        cid = r[0]
        cr = credit.get(cid)
        extra = computed.get(cid)
        customer = {
            "name": r[1],
            "code": r[2],
            "kind": r[3],
            "relation": r[4],
            "channel": r[5],
            "category": r[6],
            "lifecycle": r[7],
            "region": r[8],
            "address": r[9],
            "phone": r[10],
            "email": r[11],
            "notes": r[12],
            "tags": [t for (t,) in tags.get(cid, [])],
            "owner": r[13],
            "licences": [
                _drop_empty({"kind": k, "number": n, "expires": e})
                for k, n, e in licences.get(cid, [])
            ],
            "contacts": [
                _drop_empty(
                    {
                        "name": c[0],
                        "title": c[1],
                        "mobile": c[2],
                        "phone": c[3],
                        "email": c[4],
                        "birthday": _birthday(c[5], c[6], c[7]),
                        "role": c[8],
                        "notes": c[9],
                        "wechat": c[10],
                        "birthday_lunar": bool(c[11]) or None,
                        "left": bool(c[12]) or None,
                        "gender": c[13] if c[13] != "unknown" else None,
                        "hobbies": c[14],
                        "preferences": c[15],
                    }
                )
                for c in contacts.get(cid, [])
            ],
            "notes_log": [
                _note(d, k, s, f, event, cleared, objective)
                for d, k, s, f, event, cleared, objective in notes.get(cid, [])
            ],
            "credit": _drop_empty(
                {
                    "limit": _money(cr[0]),
                    "payment_days": cr[1],
                    "rating": cr[2],
                    "potential_score": cr[3],
                }
            )
            if cr
            else None,
            "sales": [
                _drop_empty(
                    {
                        "date": s[0],
                        "product": products.get(s[1]),
                        "spec": s[2],
                        "quantity": _scale4(s[3]),
                        "unit_price": _scale4(s[4]),
                        "amount": _money(s[5]),
                        "cost": _money(s[6]),
                        "paid": _money(s[7]),
                        "channel": s[8],
                    }
                )
                for s in sales.get(cid, [])
            ],
            "plans": [
                _drop_empty({"month": m, "amount": _money(a), "product": products.get(p)})
                for m, a, p in plans.get(cid, [])
            ],
            "payments": [
                _drop_empty({"date": d, "amount": _money(a), "note": n})
                for d, a, n in payments.get(cid, [])
            ],
            "complaints": [_complaint(c) for c in complaints.get(cid, [])],
            "opportunities": [_opportunity(o) for o in opportunities.get(cid, [])],
            "contracts": [
                _drop_empty(
                    {
                        "number": k[0],
                        "signed_on": k[1],
                        "ends_on": k[2],
                        "amount": _money(k[3]),
                        "payment_terms": k[4],
                        "delivery_terms": k[5],
                        "quality_terms": k[6],
                        "clauses": [c for c in (k[7] or "").split(",") if c],
                        "notes": k[8],
                    }
                )
                for k in contracts.get(cid, [])
            ],
            "origin": _drop_empty(
                {
                    "source": origins[cid][0],
                    "referred_by": origins[cid][1],
                    "referred_by_code": origins[cid][2],
                    "note": origins[cid][3],
                }
            )
            if cid in origins
            else None,
            "key_people": [
                _drop_empty({"contact": n, "reports_to": b, "decision_style": d})
                for n, b, d in key_people.get(cid, [])
            ],
            "active": bool(r[14]),
            "short_name": r[15],
            "wallet_estimate": _money(r[16]),
            "evaluation": _drop_empty(
                {"capability": r[17], "reputation": r[18], "relations": r[19], "cooperation": r[20]}
            ),
        }
        customer = _drop_empty(customer)
        customer["abc_class"] = extra.abc_class if extra else None
        customer["receivable"] = extra.receivable if extra else Decimal("0.00")
        customer["key_account"] = (
            bool(extra.key_account) if keys is None and extra else cid in (keys or ())
        )
        customer["warnings"] = [
            {"kind": k, "message": m} for k, m in (extra.warnings if extra else [])
        ]
        yield customer


def _complaint(c: Any) -> dict[str, Any]:
    """A complaint. "instructed" keeps the contract's statuses: it is written as
    "investigating" with its `instruction`, which the import reads back as "instructed"."""
    return _drop_empty(
        {
            "received": c[0],
            "category": c[1],
            "description": c[2],
            "status": "investigating" if c[3] == "instructed" else c[3],
            "resolution": c[4],
            "answered_on": c[5],
            "escalation": c[6],
            "compensation": _money(c[7]),
            "handler": c[8],
            "instructed_by": c[9],
            "instruction": c[10],
            "received_via": c[11],
        }
    )


def _note(
    day: str,
    kind: str,
    summary: str | None,
    follow: str | None,
    event: str | None,
    cleared: str | None,
    objective: str | None = None,
) -> dict[str, Any]:
    """A relationship note. A major event keeps the contract's kinds: it is written as
    "other" with its `event` (and `cleared_on` once cleared), which the import reads back;
    an enquiry or a suggestion likewise as "other" with its `interaction`."""
    if kind in vocabulary.INTERACTION_KINDS:
        return _drop_empty(
            {
                "date": day,
                "kind": "other",
                "interaction": kind,
                "summary": summary,
                "next_follow_up": follow,
                "objective": objective,
            }
        )
    if kind == "event":
        return _drop_empty(
            {
                "date": day,
                "kind": "other",
                "summary": summary,
                "next_follow_up": follow,
                "event": event or "other",
                "cleared_on": cleared,
                "objective": objective,
            }
        )
    return _drop_empty(
        {
            "date": day,
            "kind": kind,
            "summary": summary,
            "next_follow_up": follow,
            "objective": objective,
        }
    )

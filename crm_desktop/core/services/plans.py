"""Monthly sales plans (seed 003: 月度销售计划) and how the sales log measures up to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, delete, select, text, update

from crm_desktop.core import audit, permissions
from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import now_utc
from crm_desktop.core.db.connections import connection, session
from crm_desktop.core.errors import NotFound, ValidationError, ValidationErrors
from crm_desktop.core.models import Customer, Plan
from crm_desktop.core.money import AMOUNT_SCALE, from_scaled, round_amount
from crm_desktop.core.months import days_in_month, is_month_key, month_key, shift_key
from crm_desktop.core.rules.thresholds import load
from crm_desktop.core.services import lookups


@dataclass(frozen=True)
class PlanMonth:
    month: str  # YYYY-MM
    product: str | None  # None: the customer's whole plan for the month
    plan: Decimal | None
    actual: Decimal
    previous_year: Decimal  # the same month a year earlier
    expected_to_date: Decimal | None  # this month only: plan × share of the month elapsed
    # This month only: behind as the sales_behind_plan warning reads it (actual below
    # plan × share elapsed × tolerance); None in other months or without a plan.
    behind: bool | None = None
    # The whole month's plan is the sum of its product plans (none was set for the whole).
    summed_from_products: bool = False
    version: int = 0  # the plan row's, sent back with a save; 0: no plan set (core/audit.py)

    @property
    def completion(self) -> Decimal | None:
        """Actual / plan (1 = 100 %), None without a plan."""
        return None if not self.plan else self.actual / self.plan


class PlanService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def months(
        self, customer_id: int, today: date, back: int = 12, ahead: int = 2
    ) -> list[PlanMonth]:
        """The last `back` months up to this one and `ahead` months to come, newest first; a
        product line under its month for each product-level plan. A month with product plans
        and none for the whole has their sum as its plan, as the warning reads it."""
        this = month_key(today)
        first, last = shift_key(this, -(back - 1)), shift_key(this, ahead)
        with connection(self.engine) as con:
            sold: dict[tuple[str, str | None], int] = {}
            for month, product, total in con.execute(
                text(
                    "SELECT substr(s.date, 1, 7), p.name, SUM(s.amount) FROM sale s"
                    " LEFT JOIN product p ON p.id = s.product_id WHERE s.customer_id = :customer"
                    " AND s.date >= :start AND s.date < :end GROUP BY 1, 2"
                ),
                {
                    "customer": customer_id,
                    "start": f"{shift_key(first, -12)}-01",
                    "end": f"{shift_key(last, 1)}-01",
                },
            ):
                if product is not None:
                    sold[(month, product)] = total or 0
                sold[(month, None)] = sold.get((month, None), 0) + (total or 0)
            versions: dict[tuple[str, str | None], int] = {}
            planned = {}
            for m, p, v, version in con.execute(
                text(
                    "SELECT pl.month, pr.name, pl.amount, pl.version FROM plan pl"
                    " LEFT JOIN product pr"
                    " ON pr.id = pl.product_id WHERE pl.customer_id = :customer"
                    " AND pl.month BETWEEN :first AND :last"
                ),
                {"customer": customer_id, "first": first, "last": last},
            ):
                planned[(m, p)] = v
                versions[(m, p)] = version
            tolerance = load(con).plan_tolerance
        wholes = {m for m, p in planned if p is None}
        summed: set[tuple[str, str | None]] = set()
        for (m, _product), v in list(planned.items()):
            if m not in wholes:  # a product plan of a month without a whole-month one
                planned[(m, None)] = planned.get((m, None), 0) + v
                summed.add((m, None))
        elapsed = Decimal(today.day) / Decimal(days_in_month(today))
        out: list[PlanMonth] = []
        month = last
        while month >= first:
            products = sorted(p for m, p in planned if m == month and p is not None)
            for product in [None, *products]:
                plan = from_scaled(planned.get((month, product)), AMOUNT_SCALE)
                expected = plan * elapsed if plan is not None and month == this else None
                actual = from_scaled(sold.get((month, product), 0), AMOUNT_SCALE)
                behind = (
                    actual < plan * elapsed * tolerance
                    if plan is not None and month == this
                    else None
                )
                out.append(
                    PlanMonth(
                        month,
                        product,
                        plan,
                        actual,
                        from_scaled(sold.get((shift_key(month, -12), product), 0), AMOUNT_SCALE),
                        round_amount(expected) if expected is not None else None,
                        behind,
                        (month, product) in summed,
                        versions.get((month, product), 0),
                    )
                )
            month = shift_key(month, -1)
        return out

    def set(
        self,
        customer_id: int,
        month: str,
        amount: Decimal | None,
        product: str | None = None,
        version: int | None = None,
    ) -> Changes:
        """Set (or with None clear) the plan of a month, for the customer or one product.
        `version`: the plan's as loaded (0: none was set); StaleRecord when another save came
        since."""
        errors = []
        if not is_month_key(month):
            errors.append(ValidationError("month", "format", f"{month!r} is not a month (YYYY-MM)"))
        if amount is not None and amount < 0:
            errors.append(ValidationError("amount", "negative", "a plan cannot be negative"))
        if errors:
            raise ValidationErrors(errors)
        with session(self.engine) as s, s.begin():
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            permissions.require_customer(s, customer_id)
            product_id = lookups.product_id_for(s, product) if product else None
            this_plan = (
                Plan.customer_id == customer_id,
                Plan.month == month,
                Plan.product_id.is_(None)  # type: ignore[union-attr]
                if product_id is None
                else Plan.product_id == product_id,
            )
            found = s.execute(select(Plan.id, Plan.amount).where(*this_plan)).first()
            found_id = found.id if found is not None else None
            con = s.connection()
            table = Plan.__table__  # type: ignore[attr-defined]
            label = f"{month} {product}" if product else month
            if found is None:
                if version:  # it was there when loaded: someone removed it since
                    raise NotFound(what="plan", key=label)
            else:
                audit.claim(con, table, {"id": found.id}, version, "plan")
            if amount is None:
                s.execute(delete(Plan).where(*this_plan))
            elif found is not None:
                # In place: the version just raised stays with the row.
                s.execute(update(Plan).where(Plan.id == found.id).values(amount=amount))
            else:
                created = Plan(
                    customer_id=customer_id,
                    month=month,
                    product_id=product_id,
                    amount=amount,
                    updated_by=current_actor(),
                    updated_at=now_utc(),
                )
                s.add(created)
                s.flush()
                found_id = created.id
            old = found.amount if found is not None else None
            if old != amount:
                action = "create" if found is None else "delete" if amount is None else "change"
                audit.record(
                    con,
                    [
                        audit.Event(
                            action,
                            "plan",
                            found_id,
                            customer_id,
                            label,
                            "amount",
                            audit.as_text(old),
                            audit.as_text(amount),
                        )
                    ],
                )
        return Changes.of("plans", [customer_id])

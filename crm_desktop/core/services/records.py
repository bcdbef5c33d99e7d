"""What is recorded against one customer: contacts, notes, sales, complaints, credit."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, Engine, func, select, type_coerce
from sqlmodel import Session, SQLModel

from crm_desktop.core import audit, permissions
from crm_desktop.core.acting_operator import current_actor
from crm_desktop.core.changes import Changes, Created
from crm_desktop.core.clock import now_utc
from crm_desktop.core.clock import today as clock_today
from crm_desktop.core.errors import NeedsConfirmation, NotFound, ValidationError, ValidationErrors
from crm_desktop.core.models import (
    Complaint,
    Contact,
    Credit,
    Customer,
    Note,
    Payment,
    Product,
    Sale,
)
from crm_desktop.core.money import MAX_AMOUNT, yuan, yuan_text
from crm_desktop.core.months import add_months, month_key, shift_key
from crm_desktop.core.normalize import pinyin
from crm_desktop.core.rules import receivables
from crm_desktop.core.rules.credit_score import SaleDue, payment_history_score, suggest_rating
from crm_desktop.core.rules.sale_amount import sale_amount
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.rules.thresholds import load as load_thresholds
from crm_desktop.core.services import lookups, search_columns
from crm_desktop.core.services.dto import (
    ComplaintInput,
    ContactInput,
    CreditInput,
    CreditSummary,
    MonthlySales,
    NoteInput,
    SaleInput,
    SaleLine,
)
from crm_desktop.core.vocabulary import (
    COMPLAINT_SOURCE,
    COMPLAINT_STATUS,
    ESCALATION,
    GENDER,
    MAJOR_EVENT,
    NOTE_KIND,
    PURCHASE_CHANNEL,
    ROLE,
)

InputT = TypeVar("InputT")


@dataclass
class ContactRecord(ContactInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)


@dataclass
class NoteRecord(NoteInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)


@dataclass
class ComplaintRecord(ComplaintInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)

    @property
    def days_to_answer(self) -> int | None:
        """Calendar days from received to answered (seed 000: 动作快一点); None while open."""
        return None if self.answered_on is None else (self.answered_on - self.received).days


def require_choice(
    field: str, value: str | None, allowed: set[str], optional: bool = False
) -> None:
    if value is None and optional:
        return
    if value not in allowed:
        raise ValidationErrors([ValidationError(field, "choice", f"{value!r} is not allowed here")])


class _RecordService(Generic[InputT]):
    """add / update / remove / list for one record type hanging off a customer."""

    model: type[SQLModel]
    record: type
    kind: str  # what a write of this record type changed (core/changes.py)
    order_by: tuple[str, ...] = ("id",)

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def validate(self, data: InputT) -> None:  # overridden where a type has rules
        return None

    def _values(self, s: Session, data: InputT) -> dict[str, Any]:
        values = asdict(data)  # type: ignore[call-overload]
        # A record passed back as the input keeps its own id, and its version moves only
        # through audit.claim.
        values.pop("id", None)
        values.pop("version", None)
        return values

    def _after_write(self, s: Session, customer_id: int) -> None:
        return None

    def _check(
        self,
        s: Session,
        customer_id: int,
        data: InputT,
        record_id: int | None,
        acknowledged: Collection[str],
    ) -> None:
        """Raise NeedsConfirmation for what a rule wants confirmed and `acknowledged` lacks."""
        return None

    def list(self, customer_id: int) -> list[Any]:
        with Session(self.engine) as s:
            cols = [getattr(self.model, c) for c in self.order_by]
            objs = s.execute(
                select(self.model).where(self.model.customer_id == customer_id).order_by(*cols)  # type: ignore[attr-defined]
            ).scalars()
            names = [f.name for f in fields(self.record)]
            return [self.record(**{n: getattr(o, n) for n in names}) for o in objs]

    # -- the audit trail ------------------------------------------------------------------
    @property
    def _table(self) -> Any:
        return self.model.__table__  # type: ignore[attr-defined]

    def _snapshot(self, s: Session, obj: Any) -> dict[str, Any]:
        """The record's fields as the user entered them (what the trail compares)."""
        return {
            f.name: getattr(obj, f.name)
            for f in fields(self.record)
            if f.name not in ("id", "version")
        }

    label_fields: tuple[str, ...] = ()

    def _label(self, snapshot: dict[str, Any]) -> str | None:
        """How the History tab names the record: its name, or its day and summary."""
        parts = [t for f in self.label_fields if (t := audit.as_text(snapshot.get(f)))]
        return " ".join(parts)[:200] or None

    def _event(self, s: Session, action: str, obj: Any, snapshot: dict[str, Any]) -> None:
        audit.record(
            s.connection(),
            [audit.Event(action, self._table.name, obj.id, obj.customer_id, self._label(snapshot))],
        )

    # -- writes ---------------------------------------------------------------------------
    def add(self, customer_id: int, data: InputT, acknowledged: Collection[str] = ()) -> Created:
        """Store a new record; `acknowledged`: keys of the NeedsConfirmation the user confirmed."""
        self.validate(data)
        with Session(self.engine) as s, s.begin():
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            permissions.require_customer(s, customer_id)
            self._check(s, customer_id, data, None, acknowledged)
            obj = self.model(
                customer_id=customer_id,
                updated_by=current_actor(),
                updated_at=now_utc(),
                **self._values(s, data),
            )
            s.add(obj)
            s.flush()
            self._after_write(s, customer_id)
            self._event(s, "create", obj, self._snapshot(s, obj))
            return Created(obj.id, Changes.of(self.kind, [customer_id]))  # type: ignore[attr-defined]

    def update(
        self,
        record_id: int,
        data: InputT,
        acknowledged: Collection[str] = (),
        version: int | None = None,
    ) -> Changes:
        """`version`: the one the form loaded; StaleRecord when another save came since."""
        self.validate(data)
        with Session(self.engine) as s, s.begin():
            audit.claim(s.connection(), self._table, {"id": record_id}, version, self._table.name)
            obj = s.get(self.model, record_id)
            if obj is None:
                raise NotFound(what=self.model.__tablename__, key=record_id)  # type: ignore[attr-defined]
            permissions.require_customer(s, obj.customer_id)  # type: ignore[attr-defined]
            self._check(s, obj.customer_id, data, record_id, acknowledged)  # type: ignore[attr-defined]
            before = self._snapshot(s, obj)
            for key, value in self._values(s, data).items():
                setattr(obj, key, value)
            s.flush()
            self._after_write(s, obj.customer_id)  # type: ignore[attr-defined]
            after = self._snapshot(s, obj)
            audit.record(
                s.connection(),
                audit.change_events(
                    self._table.name,
                    record_id,
                    obj.customer_id,  # type: ignore[attr-defined]
                    self._label(after),
                    before,
                    after,
                ),
            )
            return Changes.of(self.kind, [obj.customer_id])  # type: ignore[attr-defined]

    def remove(self, record_id: int, version: int | None = None) -> Changes:
        with Session(self.engine) as s, s.begin():
            audit.claim(s.connection(), self._table, {"id": record_id}, version, self._table.name)
            obj = s.get(self.model, record_id)
            if obj is None:
                raise NotFound(what=self.model.__tablename__, key=record_id)  # type: ignore[attr-defined]
            customer_id = obj.customer_id  # type: ignore[attr-defined]
            permissions.require_customer(s, customer_id)
            self._event(s, "delete", obj, self._snapshot(s, obj))
            s.delete(obj)
            s.flush()
            self._after_write(s, customer_id)
            return Changes.of(self.kind, [customer_id])


class ContactService(_RecordService[ContactInput]):
    model = Contact
    kind = "contacts"
    record = ContactRecord
    order_by = ("left", "name", "id")
    label_fields = ("name",)

    def validate(self, data: ContactInput) -> None:
        if not (data.name or "").strip():
            raise ValidationErrors([ValidationError("name", "required", "a contact needs a name")])
        require_choice("role", data.role, set(ROLE.keys), optional=True)
        require_choice("gender", data.gender, set(GENDER.keys))

    def _after_write(self, s: Session, customer_id: int) -> None:
        # The customer's phone-digit search column covers its contacts' numbers.
        s.flush()
        customer = s.get(Customer, customer_id)
        if customer is not None:
            search_columns.refresh(s, customer)
            if not customer.region:
                from crm_desktop.core.services.customers import fill_region

                fill_region(s, customer)

    def call_courtesy(self, moment: datetime) -> tuple[str, str] | None:
        """None when `moment` is a polite time to call a contact; else (reason, polite again
        from), by the office's thresholds and the public holidays."""
        from crm_desktop.core.rules.courtesy import call_courtesy
        from crm_desktop.core.rules.reminders import is_holiday

        with self.engine.connect() as con:
            thresholds = load_thresholds(con)
        return call_courtesy(moment, thresholds, is_holiday(moment.date()))


class NoteService(_RecordService[NoteInput]):
    model = Note
    kind = "notes"
    record = NoteRecord
    order_by = ("date", "id")
    label_fields = ("date", "summary")

    def validate(self, data: NoteInput) -> None:
        require_choice("kind", data.kind, set(NOTE_KIND.keys))
        if data.next_follow_up is not None and data.next_follow_up < data.date:
            raise ValidationErrors(
                [
                    ValidationError(
                        "next_follow_up",
                        "before_note",
                        "the next follow-up cannot be before the note's date",
                    )
                ]
            )
        if data.kind == "event":
            require_choice("event", data.event, set(MAJOR_EVENT.keys), optional=True)
        if data.cleared_on is not None and data.cleared_on < data.date:
            raise ValidationErrors(
                [ValidationError("cleared_on", "before_note", "cleared before it happened")]
            )

    def _values(self, s: Session, data: NoteInput) -> dict[str, Any]:
        values = super()._values(s, data)
        # Only a major event has one; one without saying which is "other".
        values["event"] = (data.event or "other") if data.kind == "event" else None
        if data.kind != "event":
            values["cleared_on"] = None
        return values

    def clear_event(self, note_id: int, day: date | None = None) -> Changes:
        """Someone looked into a major event: its warning ends (the note stays, dated). An
        ordinary save of the note, so the trail records who cleared it and when."""
        with Session(self.engine) as s:
            note = s.get(Note, note_id)
            if note is None or note.kind != "event":
                raise NotFound(what="major event", key=note_id)
            data = NoteInput(**{f.name: getattr(note, f.name) for f in fields(NoteInput)})
        data.cleared_on = max(day or clock_today(), data.date)
        return self.update(note_id, data)


class ComplaintService(_RecordService[ComplaintInput]):
    model = Complaint
    kind = "complaints"
    record = ComplaintRecord
    order_by = ("received", "id")
    label_fields = ("received", "category")

    def validate(self, data: ComplaintInput) -> None:
        require_choice("status", data.status, set(COMPLAINT_STATUS.keys))
        if data.answered_on is not None and data.answered_on < data.received:
            raise ValidationErrors(
                [
                    ValidationError(
                        "answered_on",
                        "before_received",
                        "a complaint cannot be answered before it was received",
                    )
                ]
            )
        require_choice("escalation", data.escalation, set(ESCALATION.keys), optional=True)
        require_choice("received_via", data.received_via, set(COMPLAINT_SOURCE.keys), optional=True)
        _check_instruction(data)
        if data.compensation is not None and not (
            data.compensation.is_finite() and 0 <= data.compensation < MAX_AMOUNT
        ):
            raise ValidationErrors(
                [
                    ValidationError(
                        "compensation",
                        "number",
                        f"compensation is a sum of yuan from 0 below {MAX_AMOUNT:,}",
                    )
                ]
            )


# The statuses before the leader's instruction (seed 003: 调查，再由有关领导批示处理意见).
BEFORE_INSTRUCTION = ("received", "investigating")


def _check_instruction(data: ComplaintInput) -> None:
    """A complaint at "instructed" holds the instruction's text, and one still being received
    or investigated holds none: the instruction follows the investigation. The JSON export
    relies on this to write "instructed" as the contract's "investigating" and read it back."""
    given = bool((data.instruction or "").strip() or (data.instructed_by or "").strip())
    if data.status == "instructed" and not (data.instruction or "").strip():
        raise ValidationErrors(
            [ValidationError("instruction", "required", "an instructed complaint needs the text")]
        )
    if given and data.status in BEFORE_INSTRUCTION:
        raise ValidationErrors(
            [
                ValidationError(
                    "status",
                    "before_instruction",
                    "a leader's instruction comes after the investigation: set the status to"
                    " Instructed or later",
                )
            ]
        )


class SaleService(_RecordService[SaleInput]):
    model = Sale
    kind = "sales"
    label_fields = ("date", "product", "amount")

    def _snapshot(self, s: Session, obj: Any) -> dict[str, Any]:
        product = s.get(Product, obj.product_id) if obj.product_id else None
        return {
            f.name: product.name if f.name == "product" and product else getattr(obj, f.name, None)
            for f in fields(SaleInput)
        }

    def validate(self, data: SaleInput) -> None:
        errors = [
            ValidationError(fld, "number", f"{fld} must be a number below {MAX_AMOUNT:,}")
            for fld in ("amount", "quantity", "unit_price", "cost", "paid")
            if (value := getattr(data, fld)) is not None
            and not (value.is_finite() and abs(value) < MAX_AMOUNT)
        ]
        if errors:  # NaN cannot even be compared with 0
            raise ValidationErrors(errors)
        for fld in ("unit_price", "paid"):
            value = getattr(data, fld)
            if value is not None and value < 0:
                errors.append(ValidationError(fld, "negative", f"{fld} cannot be negative"))
        if data.cost is not None and data.cost < 0 and data.amount >= 0:
            errors.append(ValidationError("cost", "negative", "cost cannot be negative"))
        if errors:
            raise ValidationErrors(errors)
        require_choice("channel", data.channel, set(PURCHASE_CHANNEL.keys), optional=True)

    def _values(self, s: Session, data: SaleInput) -> dict[str, Any]:
        values = asdict(data)
        values["product_id"] = lookups.product_id_for(s, values.pop("product"))
        return values

    def receivable(self, customer_id: int) -> Decimal:
        """The customer's receivable: the sales log's Σ(amount − paid) less its payments."""
        with self.engine.connect() as con:
            return receivables.receivable(con, customer_id)

    @staticmethod
    def amount_of(
        entered: Decimal | None, quantity: Decimal | None, unit_price: Decimal | None
    ) -> Decimal:
        """The amount a form's line records: the entered one, else quantity × unit price."""
        return sale_amount(entered, quantity, unit_price)

    def _check(
        self,
        s: Session,
        customer_id: int,
        data: SaleInput,
        record_id: int | None,
        acknowledged: Collection[str],
    ) -> None:
        """A sale that takes the receivable over the credit limit needs the user's say-so."""
        if receivables.CREDIT_OVER_LIMIT in acknowledged:
            return
        credit = s.get(Credit, customer_id)
        if credit is None or not credit.limit:
            return
        before = receivables.receivable(s.connection(), customer_id)
        old = s.get(Sale, record_id) if record_id is not None else None
        after = before - (old.amount - old.paid if old is not None else 0) + data.amount - data.paid
        excess = receivables.credit_breach(credit.limit, before, after)
        if excess is not None:
            raise NeedsConfirmation(
                receivables.CREDIT_OVER_LIMIT,
                f"with this sale the receivable becomes {yuan_text(after)} yuan,"
                f" over the credit limit of {yuan_text(credit.limit)} yuan by {yuan_text(excess)}"
                " yuan",
                receivable=after,
                limit=credit.limit,
                excess=excess,
            )

    def lines(self, customer_id: int) -> list[SaleLine]:
        """The sales log oldest first, with the receivable running after each line."""
        with Session(self.engine) as s:
            result = s.execute(
                select(Sale, Product.name)
                .outerjoin(Product, Product.id == Sale.product_id)
                .where(Sale.customer_id == customer_id)
                .order_by(Sale.date, Sale.id)
            )
            running = Decimal(0)
            out = []
            for sale, product in result:
                running += sale.amount - sale.paid
                out.append(
                    SaleLine(
                        id=sale.id or 0,
                        date=sale.date,
                        product=product,
                        spec=sale.spec,
                        quantity=sale.quantity,
                        unit_price=sale.unit_price,
                        amount=sale.amount,
                        cost=sale.cost,
                        paid=sale.paid,
                        running_receivable=running,
                        version=sale.version,
                        channel=sale.channel,
                    )
                )
            return out

    def get_input(self, sale_id: int) -> SaleInput:
        with Session(self.engine) as s:
            row = s.execute(
                select(Sale, Product.name)
                .outerjoin(Product, Product.id == Sale.product_id)
                .where(Sale.id == sale_id)
            ).first()
            if row is None:
                raise NotFound(what="sale", key=sale_id)
            sale, product = row
            return SaleInput(
                date=sale.date,
                amount=sale.amount,
                product=product,
                spec=sale.spec,
                quantity=sale.quantity,
                unit_price=sale.unit_price,
                cost=sale.cost,
                paid=sale.paid,
                channel=sale.channel,
            )

    def products(self) -> list[str]:
        with Session(self.engine) as s:
            found = [n for (n,) in s.execute(select(Product.name).where(Product.active.is_(True)))]
        return sorted(found, key=pinyin.sort_key)  # as a Chinese reader looks for them

    def monthly(self, customer_id: int, today: date, months: int = 24) -> list[MonthlySales]:
        """Sales per month for the last `months` months (this one included), and a year before."""
        first = add_months(today, -(months - 1))
        start = add_months(first, -12)
        month_expr = func.strftime("%Y-%m", Sale.date)
        with Session(self.engine) as s:
            totals = {
                m: yuan(v)
                for m, v in s.execute(
                    select(month_expr, func.sum(type_coerce(Sale.__table__.c.amount, BigInteger)))
                    .where(Sale.customer_id == customer_id, Sale.date >= start)
                    .group_by(month_expr)
                )
            }
        out = []
        for i in range(months):
            key = month_key(add_months(first, i))
            prev = shift_key(key, -12)
            out.append(MonthlySales(key, totals.get(key, Decimal(0)), totals.get(prev, Decimal(0))))
        return out


def credit_summary(
    credit: Any, limit: Decimal, receivable: Decimal, history: int | None, t: Thresholds
) -> CreditSummary:
    """A customer's credit as the credit tab and the profile show it: the granted terms of
    `credit` (a Credit record or its row; None: none granted, a limit of 0) with the receivable
    and the payment history, and the rating those suggest."""
    if credit is None:
        return CreditSummary(
            Decimal(0), 0, None, receivable, None, history, suggest_rating(history, None, t)
        )
    return CreditSummary(
        limit,
        credit.payment_days,
        credit.rating,
        receivable,
        credit.potential_score,
        history,
        suggest_rating(history, credit.potential_score, t),
        credit.applied_on,
        credit.requested_limit,
        credit.approver,
        credit.investigation,
        getattr(credit, "version", 0),
    )


class CreditService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, customer_id: int, today: date | None = None) -> CreditSummary:
        day = today or clock_today()
        with Session(self.engine) as s:
            credit = s.get(Credit, customer_id)
            receivable = receivables.receivable(s.connection(), customer_id)
            days = credit.payment_days if credit else 0
            sales = [
                SaleDue(sold, amount, paid)
                for sold, amount, paid in s.execute(
                    select(Sale.date, Sale.amount, Sale.paid).where(Sale.customer_id == customer_id)
                )
            ]
            payments = [
                (paid_on, amount)
                for paid_on, amount in s.execute(
                    select(Payment.date, Payment.amount).where(Payment.customer_id == customer_id)
                )
                if paid_on is not None
            ]
            history = payment_history_score(sales, payments, days, day)
            with self.engine.connect() as con:
                thresholds = load_thresholds(con)
            limit = credit.limit if credit else Decimal(0)
            return credit_summary(credit, limit, receivable, history, thresholds)

    def set(self, customer_id: int, data: CreditInput, version: int | None = None) -> Changes:
        """`version`: the credit file's as loaded (0: none was granted yet); StaleRecord when
        another save came since."""
        errors = []
        if data.limit < 0:
            errors.append(
                ValidationError("limit", "negative", "the credit limit cannot be negative")
            )
        if data.payment_days < 0:
            errors.append(
                ValidationError("payment_days", "negative", "payment days cannot be negative")
            )
        if data.potential_score is not None and not 0 <= data.potential_score <= 100:
            errors.append(
                ValidationError("potential_score", "range", "the potential score is 0 to 100")
            )
        if data.requested_limit is not None and data.requested_limit < 0:
            errors.append(
                ValidationError(
                    "requested_limit", "negative", "the requested limit cannot be negative"
                )
            )
        if errors:
            raise ValidationErrors(errors)
        with Session(self.engine) as s, s.begin():
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            permissions.require_customer(s, customer_id)
            table = Credit.__table__  # type: ignore[attr-defined]
            audit.claim(s.connection(), table, {"customer_id": customer_id}, version, "credit")
            found = s.get(Credit, customer_id)
            before = _credit_fields(found) if found else {}
            credit = found or Credit(
                customer_id=customer_id, updated_by=current_actor(), updated_at=now_utc()
            )
            credit.limit = data.limit
            credit.payment_days = data.payment_days
            credit.rating = (data.rating or "").strip() or None
            credit.potential_score = data.potential_score
            credit.applied_on = data.applied_on
            credit.requested_limit = data.requested_limit
            credit.approver = (data.approver or "").strip() or None
            credit.investigation = (data.investigation or "").strip() or None
            s.add(credit)
            s.flush()
            audit.record(
                s.connection(),
                audit.change_events(
                    "credit", customer_id, customer_id, None, before, _credit_fields(credit)
                ),
            )
        return Changes.of("credit", [customer_id])


def _credit_fields(credit: Credit) -> dict[str, Any]:
    return {f.name: getattr(credit, f.name) for f in fields(CreditInput)}

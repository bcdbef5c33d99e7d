"""Operators: adding them, their roles and passwords, signing in with the lock-out after wrong
passwords, and who owns or shares a customer (issue 14). Passwords are hashed with argon2id
and never stored, logged or returned; the rules of who may do what are core/permissions.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, select
from sqlmodel import Session

from crm_desktop.core import audit, permissions
from crm_desktop.core.acting_operator import sign_in_as, signed_in_operator
from crm_desktop.core.changes import Changes
from crm_desktop.core.clock import now_utc
from crm_desktop.core.errors import (
    NotFound,
    PermissionDenied,
    SignInLocked,
    SignInRefused,
    ValidationError,
    ValidationErrors,
)
from crm_desktop.core.models import Customer, CustomerShare, Operator, Owner
from crm_desktop.core.normalize.text import clean
from crm_desktop.core.services import lookups

CUSTOMER_TABLE = Customer.__table__  # type: ignore[attr-defined]

FREE_TRIES = 5  # wrong passwords before the next try has to wait
FIRST_WAIT = 30  # seconds after the fifth; doubled after each further wrong password
LONGEST_WAIT = 3600
MIN_PASSWORD = 6

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


@dataclass(frozen=True)
class OperatorInfo:
    """An operator as the window and the command line see one: never the hash."""

    id: int
    name: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None  # UTC


def wait_after(failed_attempts: int) -> int:
    """Seconds the next try must wait after this many wrong passwords in a row."""
    if failed_attempts < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failed_attempts - FREE_TRIES))


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(op.id or 0, op.name, op.display_name, op.role, op.active, op.locked_until)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationErrors(
            [
                ValidationError(
                    "password",
                    "password_short",
                    f"a password needs at least {MIN_PASSWORD} characters",
                )
            ]
        )


class OperatorService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # The clock of the lock-out; tests move it instead of sleeping.
        self.now: Callable[[], datetime] = now_utc

    # -- reading --------------------------------------------------------------------------
    def any_defined(self) -> bool:
        """Whether this database asks for a sign-in."""
        with self.engine.connect() as con:
            return permissions.operators_defined(con)

    def list(self, include_inactive: bool = True) -> list[OperatorInfo]:
        with Session(self.engine) as s:
            query = select(Operator).order_by(Operator.name)
            if not include_inactive:
                query = query.where(Operator.active == True)  # noqa: E712 - SQL, not Python
            return [_info(o) for o in s.execute(query).scalars()]

    def current(self) -> permissions.Principal | None:
        """The signed-in operator; None when nobody has to sign in (no operators)."""
        with self.engine.connect() as con:
            try:
                return permissions.principal(con)
            except PermissionDenied:
                return None

    def can(self, action: str) -> bool:
        with self.engine.connect() as con:
            try:
                permissions.require(con, action)
            except PermissionDenied:
                return False
            return True

    def refusal(self, customer_id: int, action: str = permissions.EDIT_CUSTOMER) -> str | None:
        """Why the signed-in operator may not do `action` to this customer (None: allowed),
        for the window to grey out a button with the reason as its tooltip."""
        with self.engine.connect() as con:
            try:
                permissions.require_customer(con, customer_id, action)
            except PermissionDenied as exc:
                return str(exc)
            return None

    # -- signing in -----------------------------------------------------------------------
    def sign_in(self, name: str, password: str) -> OperatorInfo:
        """Check the password and make `name` the operator of this process. SignInLocked
        while the wait after too many wrong passwords runs (the password is not even tried),
        SignInRefused for a wrong name or password."""
        now = _utc(self.now())
        with Session(self.engine) as s, s.begin():
            op = s.execute(
                select(Operator).where(Operator.name == name.strip(), Operator.active == True)  # noqa: E712
            ).scalar()
            refused = self._try(op, password, now)
            info = _info(op) if op is not None else None
        # Raised after the commit: the count of wrong passwords must outlive the refusal.
        if refused is not None or info is None:
            raise refused or SignInRefused()
        sign_in_as(info.name)
        return info

    def _try(self, op: Operator | None, password: str, now: datetime) -> SignInRefused | None:
        """Check one try and count it; the refusal to raise, None when the password is right."""
        if op is None:
            self._verify(_DUMMY_HASH, password)
            return SignInRefused()
        if op.locked_until is not None and _utc(op.locked_until) > now:
            seconds = int((_utc(op.locked_until) - now).total_seconds() + 0.999)
            return SignInLocked(name=op.name, seconds=seconds)
        if not self._verify(op.password_hash, password):
            op.failed_attempts += 1
            wait = wait_after(op.failed_attempts)
            op.locked_until = now + timedelta(seconds=wait) if wait else None
            return SignInLocked(name=op.name, seconds=wait) if wait else SignInRefused()
        op.failed_attempts = 0
        op.locked_until = None
        if _hasher.check_needs_rehash(op.password_hash):
            op.password_hash = _hasher.hash(password)
        return None

    @staticmethod
    def sign_out() -> None:
        sign_in_as(None)

    @staticmethod
    def _verify(hashed: str, password: str) -> bool:
        try:
            return _hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    # -- managing -------------------------------------------------------------------------
    def add(
        self, name: str, password: str, role: str, display_name: str | None = None
    ) -> OperatorInfo:
        """A new operator. The first one must be an administrator (who then signs in to add
        the others); after that only an administrator adds operators."""
        errors: list[ValidationError] = []
        login = clean(name)
        if login is None or any(ch.isspace() for ch in login):
            errors.append(
                ValidationError("name", "name", "an operator's name is one word, not empty")
            )
        if role not in permissions.ROLES:
            errors.append(ValidationError("role", "choice", f"{role!r} is not a role"))
        if len(password) < MIN_PASSWORD:
            errors.append(
                ValidationError(
                    "password",
                    "password_short",
                    f"a password needs at least {MIN_PASSWORD} characters",
                )
            )
        if errors:
            raise ValidationErrors(errors)
        assert login is not None
        shown = clean(display_name) or login
        with Session(self.engine) as s, s.begin():
            if permissions.operators_defined(s):
                permissions.require(s, permissions.MANAGE_OPERATORS)
            elif role != permissions.ADMIN:
                raise ValidationErrors(
                    [
                        ValidationError(
                            "role",
                            "first_admin",
                            "the first operator must be an administrator",
                        )
                    ]
                )
            if s.execute(select(Operator.id).where(Operator.name == login)).first():
                raise ValidationErrors(
                    [ValidationError("name", "duplicate", f"operator {login!r} exists already")]
                )
            op = Operator(
                name=login,
                display_name=shown,
                role=role,
                password_hash=_hasher.hash(password),
                created_at=_utc(now_utc()),
                owner_id=self._owner_for(s, shown) if role != permissions.VIEWER else None,
            )
            s.add(op)
            s.flush()
            return _info(op)

    @staticmethod
    def _owner_for(s: Session, display_name: str) -> int | None:
        """The salesperson list's entry this operator owns customers as: an existing owner of
        that name (customers recorded before operators existed stay theirs) unless another
        operator holds it."""
        owner_id = lookups.owner_id_for(s, display_name)
        taken = s.execute(select(Operator.id).where(Operator.owner_id == owner_id)).first()
        return None if taken else owner_id

    def _managed(self, s: Session, operator_id: int) -> Operator:
        permissions.require(s, permissions.MANAGE_OPERATORS)
        op = s.get(Operator, operator_id)
        if op is None:
            raise NotFound(what="operator", key=operator_id)
        return op

    @staticmethod
    def _keep_an_admin(s: Session, op: Operator) -> None:
        others = s.execute(
            select(func.count())
            .select_from(Operator)
            .where(
                Operator.role == permissions.ADMIN,
                Operator.active == True,  # noqa: E712
                Operator.id != op.id,
            )
        ).scalar_one()
        if op.role == permissions.ADMIN and op.active and others == 0:
            raise PermissionDenied(
                permissions.MANAGE_OPERATORS,
                "the last administrator stays an active administrator",
            )

    def set_role(self, operator_id: int, role: str) -> Changes:
        if role not in permissions.ROLES:
            raise ValidationErrors([ValidationError("role", "choice", f"{role!r} is not a role")])
        with Session(self.engine) as s, s.begin():
            op = self._managed(s, operator_id)
            if role != permissions.ADMIN:
                self._keep_an_admin(s, op)
            op.role = role
            if role != permissions.VIEWER and op.owner_id is None:
                op.owner_id = self._owner_for(s, op.display_name)
        return Changes.everyone("operators")

    def set_active(self, operator_id: int, active: bool) -> Changes:
        with Session(self.engine) as s, s.begin():
            op = self._managed(s, operator_id)
            if not active:
                self._keep_an_admin(s, op)
            op.active = active
        return Changes.everyone("operators")

    def reset_password(self, operator_id: int, password: str) -> Changes:
        """An administrator sets a new password; it also ends a running lock-out."""
        _check_password(password)
        with Session(self.engine) as s, s.begin():
            op = self._managed(s, operator_id)
            op.password_hash = _hasher.hash(password)
            op.failed_attempts = 0
            op.locked_until = None
        return Changes.everyone("operators")

    def change_password(self, old: str, new: str) -> Changes:
        """The signed-in operator's own password, after the old one is typed again."""
        _check_password(new)
        name = signed_in_operator()
        with Session(self.engine) as s, s.begin():
            op = s.execute(select(Operator).where(Operator.name == name)).scalar()
            if name is None or op is None:
                raise PermissionDenied(permissions.SIGN_IN, "sign in to change your password")
            if not self._verify(op.password_hash, old):
                raise SignInRefused("the current password is wrong")
            op.password_hash = _hasher.hash(new)
        return Changes.everyone("operators")

    # -- owners and shares ----------------------------------------------------------------
    def assign_owner(self, customer_ids: Sequence[int], operator_id: int) -> Changes:
        """Make the operator the owner of these customers (the manager's reassignment)."""
        with Session(self.engine) as s, s.begin():
            permissions.require(s, permissions.ASSIGN_OWNERS)
            op = s.get(Operator, operator_id)
            if op is None:
                raise NotFound(what="operator", key=operator_id)
            if op.owner_id is None:
                op.owner_id = self._owner_for(s, op.display_name)
            if op.owner_id is None:
                raise ValidationErrors(
                    [
                        ValidationError(
                            "owner",
                            "owner_taken",
                            f"the name {op.display_name!r} is another operator's owner name",
                        )
                    ]
                )
            new_owner = s.get(Owner, op.owner_id)
            events = []
            for customer_id in customer_ids:
                customer = s.get(Customer, customer_id)
                if customer is None:
                    raise NotFound(what="customer", key=customer_id)
                if customer.owner_id == op.owner_id:
                    continue
                old = s.get(Owner, customer.owner_id) if customer.owner_id else None
                # A form open on another PC must reload before it saves the old owner back.
                audit.claim(s.connection(), CUSTOMER_TABLE, {"id": customer_id}, None, "customer")
                customer.owner_id = op.owner_id
                events.append(
                    audit.Event(
                        "change",
                        "customer",
                        customer_id,
                        customer_id,
                        customer.name,
                        "owner",
                        old.name if old else None,
                        new_owner.name if new_owner else None,
                    )
                )
            s.flush()
            audit.record(s.connection(), events)
        return Changes.of("customers", customer_ids)

    def share(self, customer_id: int, operator_id: int, shared: bool = True) -> Changes:
        with Session(self.engine) as s, s.begin():
            permissions.require(s, permissions.ASSIGN_OWNERS)
            if s.get(Customer, customer_id) is None:
                raise NotFound(what="customer", key=customer_id)
            if s.get(Operator, operator_id) is None:
                raise NotFound(what="operator", key=operator_id)
            s.execute(
                delete(CustomerShare).where(
                    CustomerShare.customer_id == customer_id,
                    CustomerShare.operator_id == operator_id,
                )
            )
            if shared:
                s.add(CustomerShare(customer_id=customer_id, operator_id=operator_id))
        return Changes.of("customers", [customer_id])

    def shared_with(self, customer_id: int) -> list[OperatorInfo]:
        with Session(self.engine) as s:
            query = (
                select(Operator)
                .join(CustomerShare, CustomerShare.operator_id == Operator.id)
                .where(CustomerShare.customer_id == customer_id)
                .order_by(Operator.name)
            )
            return [_info(o) for o in s.execute(query).scalars()]

    def owner_name(self, operator_id: int) -> str | None:
        """The salesperson name this operator's customers show in the owner column."""
        with Session(self.engine) as s:
            op = s.get(Operator, operator_id)
            owner = s.get(Owner, op.owner_id) if op and op.owner_id else None
            return owner.name if owner else None

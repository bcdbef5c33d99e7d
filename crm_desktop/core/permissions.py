"""Who may do what, checked by the core services before they write (issue 14).

A database without operators is a one-person office: everything is allowed and nobody signs
in. Once operators exist, every check reads the signed-in operator (core/acting_operator.py)
from the database, so a role changed by an administrator counts at the next write, and a
process where nobody signed in may read but not write.

  admin   everything: operators, settings and rules, restore, import, audit export, owners
  sales   customers they own, those shared with them and those nobody owns; they deactivate
          only their own; export and print
  viewer  read and print
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Engine, text

from crm_desktop.core.acting_operator import signed_in_operator
from crm_desktop.core.errors import PermissionDenied

ADMIN, SALES, VIEWER = "admin", "sales", "viewer"
ROLES = (ADMIN, SALES, VIEWER)

# What a check asks for; the UI disables an action by the same key.
MANAGE_OPERATORS = "operators"
SETTINGS = "settings"
RESTORE = "restore"
IMPORT = "import"
EXPORT = "export"
AUDIT_EXPORT = "audit_export"
ASSIGN_OWNERS = "assign_owners"
CREATE_CUSTOMER = "create_customer"
EDIT_CUSTOMER = "edit_customer"
DEACTIVATE_CUSTOMER = "deactivate_customer"

ACTIONS = (
    MANAGE_OPERATORS,
    SETTINGS,
    RESTORE,
    IMPORT,
    EXPORT,
    AUDIT_EXPORT,
    ASSIGN_OWNERS,
    CREATE_CUSTOMER,
    EDIT_CUSTOMER,
    DEACTIVATE_CUSTOMER,
)
_ALLOWED: dict[str, frozenset[str]] = {
    ADMIN: frozenset(ACTIONS),
    # Edit and deactivate are further limited to the sales operator's customers below.
    SALES: frozenset({EXPORT, CREATE_CUSTOMER, EDIT_CUSTOMER, DEACTIVATE_CUSTOMER}),
    VIEWER: frozenset(),
}
_WHAT = {
    MANAGE_OPERATORS: "manage operators",
    SETTINGS: "change settings or rules",
    RESTORE: "restore a backup",
    IMPORT: "import files",
    EXPORT: "export data",
    AUDIT_EXPORT: "export the audit trail",
    ASSIGN_OWNERS: "reassign or share customers",
    CREATE_CUSTOMER: "add customers",
    EDIT_CUSTOMER: "change customers",
    DEACTIVATE_CUSTOMER: "deactivate customers",
}
SIGN_IN = "sign_in"


class _Executes(Protocol):  # a Session or a Connection
    def execute(self, statement: Any, params: Any = ...) -> Any: ...


@dataclass(frozen=True)
class Principal:
    """The signed-in operator, as the checks and the window see them."""

    id: int
    name: str
    display_name: str
    role: str
    owner_id: int | None


def operators_defined(con: _Executes) -> bool:
    return con.execute(text("SELECT 1 FROM operator WHERE active = 1 LIMIT 1")).first() is not None


def principal(con: _Executes) -> Principal | None:
    """The signed-in operator; None when the database has no operators (every right).
    PermissionDenied when operators exist and nobody (or a stranger) signed in."""
    name = signed_in_operator()
    if name:
        row = con.execute(
            text(
                "SELECT id, name, display_name, role, owner_id FROM operator"
                " WHERE name = :n AND active = 1"
            ),
            {"n": name},
        ).first()
        if row is not None:
            return Principal(int(row[0]), row[1], row[2], row[3], row[4])
    if not operators_defined(con):
        return None
    if name:
        raise PermissionDenied(
            SIGN_IN, f"operator {name!r} is unknown or deactivated in this database"
        )
    raise PermissionDenied(SIGN_IN, "this database has operators: sign in first")


def allowed(role: str, action: str) -> bool:
    return action in _ALLOWED.get(role, frozenset())


def require(con: _Executes, action: str) -> Principal | None:
    """The principal when `action` is allowed (None: no operators), else PermissionDenied."""
    who = principal(con)
    if who is None or allowed(who.role, action):
        return who
    raise PermissionDenied(
        action,
        f"{who.display_name} ({who.role}) may not {_WHAT[action]}",
        role=who.role,
    )


def customer_refusal(con: _Executes, who: Principal, customer_id: int, action: str) -> str | None:
    """Why `who` may not do `action` to this customer, None when allowed."""
    if not allowed(who.role, action):
        return f"{who.display_name} ({who.role}) may not {_WHAT[action]}"
    if who.role == ADMIN:
        return None
    owner = con.execute(
        text(
            "SELECT c.owner_id, o.name FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
            " WHERE c.id = :c"
        ),
        {"c": customer_id},
    ).first()
    if owner is None:
        return None  # not found: the service's own check says so
    mine = owner[0] is not None and owner[0] == who.owner_id
    if mine:
        return None
    if action == DEACTIVATE_CUSTOMER:
        return f"only the owner or an administrator deactivates {owner[1] or 'unowned'} customers"
    shared = con.execute(
        text("SELECT 1 FROM customer_share WHERE customer_id = :c AND operator_id = :o"),
        {"c": customer_id, "o": who.id},
    ).first()
    if owner[0] is None or shared is not None:
        return None
    return f"this customer belongs to {owner[1]} and is not shared with {who.display_name}"


def require_customer(
    con: _Executes, customer_id: int, action: str = EDIT_CUSTOMER
) -> Principal | None:
    """Allow a write to one customer (its record, its notes, its sales, ...) or refuse it."""
    who = principal(con)
    if who is None:
        return None
    refusal = customer_refusal(con, who, customer_id, action)
    if refusal is not None:
        raise PermissionDenied(action, refusal, role=who.role, customer_id=customer_id)
    return who


def check(engine: Engine, action: str) -> Principal | None:
    """`require` for a service that holds no transaction yet."""
    with engine.connect() as con:
        return require(con, action)

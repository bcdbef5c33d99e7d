"""Typed errors the core raises; the UI translates them, the CLI prints them on one line."""

from __future__ import annotations

from typing import Any


class CrmError(Exception):
    """Base class: `code` is stable for the UI to translate, `params` fill the message."""

    code = "error"
    template = "{message}"

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.params = params
        if message is None:
            message = self.template.format(**params)
        super().__init__(message)


class UnusableInput(CrmError):
    """Input the user gave cannot be used (CLI exit 2)."""

    code = "unusable_input"


class UnsupportedDatabase(UnusableInput):
    code = "unsupported_database"
    template = "database {target!r} is not supported (a SQLite file or a postgresql+psycopg:// URL)"


class DatabaseUnreachable(UnusableInput):
    """A PostgreSQL server that cannot be reached or refuses the login (address, database,
    user or password wrong, server down)."""

    code = "database_unreachable"
    template = "cannot connect to the database server {target}: {reason}"


class DamagedDatabase(UnusableInput):
    code = "damaged_database"
    template = "{path} is not a usable crm-desktop database: {reason}"


class DatabaseLocked(UnusableInput):
    """Another program holds the file locked (an open transaction that does not end)."""

    code = "database_locked"
    template = "{path} is locked by another program; close it and try again"


class ReadOnlyDatabase(UnusableInput):
    """A write in a window that opened the database read-only (another window has it)."""

    code = "read_only"
    template = (
        "{path} is open read-only here (another crm-desktop window has it open): "
        "nothing was saved; make the change in that window"
    )


class SchemaBehind(UnusableInput):
    """The database was written by an older version and has not been upgraded: opening is
    not upgrading (`upgrade_database` does that, keeping a backup first)."""

    code = "schema_behind"
    template = (
        "{target} has database schema {current}, this version needs {head}: "
        "upgrade it first (a backup of the file is kept)"
    )


class SchemaAhead(UnusableInput):
    """The database was written by a newer version: never touched, nor downgraded."""

    code = "schema_ahead"
    template = (
        "{target} was written by a newer crm-desktop (schema {current});"
        " this version knows up to {head}"
    )


class NotFound(UnusableInput):
    code = "not_found"
    template = "{what} {key!r} not found"


class NoSuchCustomer(UnusableInput):
    """The command line's NAME_OR_ID names no customer."""

    code = "no_such_customer"
    template = "no customer {key!r} (looked for a code, an exact name and an id)"


class SeveralCustomers(UnusableInput):
    """The command line's NAME_OR_ID names several customers: the id tells them apart."""

    code = "several_customers"
    template = "{key!r} matches several customers ({listed}); use the id"


class ValidationError(CrmError):
    """A value the user typed was refused; `field` names the form field to highlight."""

    code = "invalid_value"

    def __init__(self, field: str, code: str, message: str, **params: Any) -> None:
        self.field = field
        self.code = code
        super().__init__(message, **params)


class ValidationErrors(CrmError):
    """Several refused values of one form, reported together."""

    code = "invalid_values"

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e}" for e in errors))


class NeedsConfirmation(CrmError):
    """A rule wants the user's say-so before this write (as Tryton's UserWarning): nothing was
    saved; repeating the call with `key` among its `acknowledged` keys saves it. `params`
    hold the figures the question shows."""

    code = "needs_confirmation"

    def __init__(self, key: str, message: str, **params: Any) -> None:
        self.key = key
        super().__init__(message, **params)


class StaleRecord(CrmError):
    """A save made from a copy loaded before someone else saved the same record (core/audit.py
    checks the version): nothing was written. `by`, `at` (local time as text) and `when` (UTC)
    say whose save came first."""

    code = "stale_record"
    template = "changed by {by} at {at} — reload?"


class Cancelled(CrmError):
    """The user pressed Cancel: long work (an import, an export, a batch of reports) checks
    its `cancelled()` callback and stops, leaving the database and the target as they were."""

    code = "cancelled"
    template = "cancelled; nothing was changed"


class PermissionDenied(UnusableInput):
    """The signed-in operator's role does not allow this (core/permissions.py): nothing was
    written. `action` is the permission's key, for the UI to say which."""

    code = "permission_denied"

    def __init__(self, action: str, message: str, **params: Any) -> None:
        self.action = action
        super().__init__(message, **params)


class SignInRefused(UnusableInput):
    """A wrong name or password (the message does not say which, as sign-in screens don't)."""

    code = "sign_in_refused"
    template = "wrong operator name or password"


class SignInLocked(SignInRefused):
    """Too many wrong passwords: the next try must wait `seconds`."""

    code = "sign_in_locked"
    template = "too many wrong passwords for {name!r}: try again in {seconds} seconds"

"""Who is doing the work in this process: the operator who signed in (app or CLI `--user`),
else the computer's login name, so an office without operators still has a "who" in its audit
trail. One process serves one operator at a time, so a module-level value is enough; the
sign-in sets it and every audited write reads it.
"""

from __future__ import annotations

import getpass

_signed_in: str | None = None


def sign_in_as(name: str | None) -> None:
    """`name` None signs out (back to the computer's login name)."""
    global _signed_in
    _signed_in = name or None


def signed_in_operator() -> str | None:
    """The signed-in operator's name, None when nobody signed in (no operators defined)."""
    return _signed_in


def current_actor() -> str:
    """The name an audit record or a "changed by X" message shows."""
    if _signed_in:
        return _signed_in
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a bare container)
        return "?"

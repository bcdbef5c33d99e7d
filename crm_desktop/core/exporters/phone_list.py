"""The mobile phone list for an SMS platform (短信群发): name, customer, mobile, one row per
contact who can receive a message.

Issue 21: an SMS or mailing list leaves out contacts who have left (已离职). It also leaves
out contacts without a mobile and the contacts of inactive customers, and lists a number
once (the first contact holding it, in the customers' order): a platform would send the
same message twice.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Connection

from crm_desktop.core.cancellation import CancelCheck, checked
from crm_desktop.core.exporters.cells import safe_text

HEADERS = ("姓名", "客户", "手机")  # the .csv exports' language (exporters/tables.py)


def recipients(
    con: Connection, customer_ids: Sequence[int] | None = None
) -> list[tuple[str, str, str]]:
    """(contact, customer, mobile) of every contact still with an active customer (of
    `customer_ids`, or all) who has a mobile, in the customer list's order."""
    only = (
        ""
        if customer_ids is None
        else f" AND c.id IN ({','.join(str(int(i)) for i in customer_ids) or 'NULL'})"
    )
    rows = con.exec_driver_sql(
        "SELECT k.name, c.name, k.mobile FROM contact k JOIN customer c ON c.id = k.customer_id"
        " WHERE c.active = 1 AND NOT k.left AND COALESCE(TRIM(k.mobile), '') != ''"
        f"{only} ORDER BY c.sort_key, c.id, k.id"
    ).all()
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    for contact, customer, mobile in rows:
        number = mobile.strip()
        if number not in seen:
            seen.add(number)
            out.append((contact, customer, number))
    return out


def write(
    con: Connection,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the list as .csv (UTF-8 with BOM, as the other .csv exports for Excel); returns
    how many numbers it holds."""
    found = recipients(con, customer_ids)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        for contact, customer, mobile in checked(found, cancelled, every=1000):
            out.writerow((safe_text(contact), safe_text(customer), mobile))
    return len(found)

"""The mobile phone list for an SMS platform (短信群发): region, name, customer, mobile, one
row per contact who can receive a message, grouped by region.

Seed 003 (二、(二) 重点联系方式档案): "收集客户的手机号码进行分区整理 … 直接输入短信王": the
mobiles sorted by region, each under its customer's region, else the province and city its
number belongs to (normalize/regions.py); those the geocoder cannot place come last.

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
from crm_desktop.core.normalize.regions import region_of_phone

HEADERS = ("地区", "姓名", "客户", "手机")  # the .csv exports' language (exporters/tables.py)
FORMATS = (".csv", ".xlsx")


def recipients(
    con: Connection, customer_ids: Sequence[int] | None = None
) -> list[tuple[str, str, str, str]]:
    """(region, contact, customer, mobile) of every contact still with an active customer (of
    `customer_ids`, or all) who has a mobile: by region, then in the customer list's order."""
    only = (
        ""
        if customer_ids is None
        else f" AND c.id IN ({','.join(str(int(i)) for i in customer_ids) or 'NULL'})"
    )
    rows = con.exec_driver_sql(
        "SELECT c.region, k.name, c.name, k.mobile FROM contact k"
        " JOIN customer c ON c.id = k.customer_id"
        " WHERE c.active = 1 AND NOT k.left AND COALESCE(TRIM(k.mobile), '') != ''"
        f"{only} ORDER BY c.sort_key, c.id, k.id"
    ).all()
    seen: set[str] = set()
    out: list[tuple[str, str, str, str]] = []
    for region, contact, customer, mobile in rows:
        number = mobile.strip()
        if number not in seen:
            seen.add(number)
            place = (region or "").strip() or region_of_phone(number) or ""
            out.append((place, contact, customer, number))
    # Stable: within a region the customers keep the list's order; no region last.
    out.sort(key=lambda r: (not r[0], r[0]))
    return out


def write(
    con: Connection,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the list as .csv (UTF-8 with BOM, as the other .csv exports for Excel) or .xlsx
    (one sheet, 短信名单); returns how many numbers it holds."""
    found = recipients(con, customer_ids)
    rows = [
        (safe_text(region), safe_text(contact), safe_text(customer), mobile)
        for region, contact, customer, mobile in checked(found, cancelled, every=1000)
    ]
    if path.suffix.lower() == ".xlsx" or path.name.lower().endswith(".xlsx.partial"):
        _write_xlsx(path, rows)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(HEADERS)
            out.writerows(rows)
    return len(found)


def _write_xlsx(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("短信名单")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)  # the mobile stays text: digits, never a number Excel reformats
    book.save(path)

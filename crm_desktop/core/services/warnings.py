"""The warnings list: every warning of every active customer, with where to look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from crm_desktop.core.rules.summary import computed_fields

# Which customer tab shows the numbers behind each kind of warning.
TAB_OF_KIND = {"credit_over_limit": "credit", "churn": "sales", "sales_behind_plan": "sales",
               "licence_expiring": "credit", "complaint_overdue": "complaints", "follow_up_due": "notes"}
KINDS = tuple(TAB_OF_KIND)


@dataclass(frozen=True, slots=True)
class WarningRow:
    customer_id: int
    customer_name: str
    owner: str | None
    kind: str
    message: str
    tab: str
    details: dict[str, str]


class WarningService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list(self, today: date, kind: str | None = None, owner: str | None = None) -> list[WarningRow]:
        with self.engine.connect() as con:
            computed = computed_fields(con, today)
            people = {cid: (name, owner_name) for cid, name, owner_name in con.exec_driver_sql(
                "SELECT c.id, c.name, o.name FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                " WHERE c.active = 1 ORDER BY c.sort_key")}
        rows = []
        for cid, (name, owner_name) in people.items():
            found = computed[cid]
            for (warning_kind, message), numbers in zip(found.warnings, found.details, strict=True):
                if (kind is None or warning_kind == kind) and (owner is None or owner_name == owner):
                    rows.append(WarningRow(cid, name, owner_name, warning_kind, message, TAB_OF_KIND[warning_kind],
                                           numbers))
        return rows

    @staticmethod
    def counts(rows: list[WarningRow]) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for row in rows:
            counts[row.kind] += 1
        return counts

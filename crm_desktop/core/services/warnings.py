"""The warnings list: every warning of every active customer, with where to look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from crm_desktop.core.rules.summary import DETAIL_KEYS, computed_fields

# Which customer tab shows the numbers behind each kind of warning.
TAB_OF_KIND = {"credit_over_limit": "credit", "churn": "sales", "sales_behind_plan": "sales",
               "licence_expiring": "credit", "complaint_overdue": "complaints", "follow_up_due": "notes"}
KINDS = tuple(TAB_OF_KIND)


@dataclass(frozen=True, slots=True)
class WarningRow:
    """One warning; its sentence is worded when shown (200,000 sentences cost 100 MB)."""

    customer_id: int
    customer_name: str
    owner: str | None
    kind: str
    values: tuple[str, ...]

    @property
    def tab(self) -> str:
        return TAB_OF_KIND[self.kind]

    @property
    def details(self) -> dict[str, str]:
        return dict(zip(DETAIL_KEYS[self.kind], self.values, strict=True))

    @property
    def message(self) -> str:
        return english_message(self.kind, self.details)


def english_message(kind: str, d: dict[str, str]) -> str:
    if kind == "credit_over_limit":
        return f"receivable {d['receivable']} yuan is over the credit limit {d['limit']} by {d['excess']} yuan"
    if kind == "churn":
        return f"no order for {d['days']} days since {d['last']} (usual limit {d['limit']} days)"
    if kind == "sales_behind_plan":
        return (f"month-to-date sales {d['done']} yuan are below {d['target']} yuan ({d['share']}% of the "
                f"{d['plan']} yuan plan for {d['month']}, with {d['tolerance']}% tolerance)")
    if kind == "licence_expiring":
        state = f"expired {d['days']} days ago" if d["expired"] == "1" else f"expires in {d['days']} days"
        return f"{d['licence']} licence {d['number']} {state} ({d['expires']})".replace("  ", " ")
    if kind == "complaint_overdue":
        category = f" ({d['category']})" if d["category"] else ""
        return f"complaint{category} received {d['received']} is unanswered after {d['days']} days"
    days = int(d["days"])
    return (f"follow-up planned for {d['follow']} (note of {d['noted']}) is "
            + ("due today" if days == 0 else f"{days} day{'s' if days > 1 else ''} overdue"))


class WarningService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list(self, today: date, kind: str | None = None, owner: str | None = None) -> list[WarningRow]:
        with self.engine.connect() as con:
            computed = computed_fields(con, today, messages=False)
            people = {cid: (name, owner_name) for cid, name, owner_name in con.exec_driver_sql(
                "SELECT c.id, c.name, o.name FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                " WHERE c.active = 1 ORDER BY c.sort_key")}
        rows = []
        for cid, (name, owner_name) in people.items():
            found = computed[cid]
            for (warning_kind, _message), numbers in zip(found.warnings, found.details, strict=True):
                if (kind is None or warning_kind == kind) and (owner is None or owner_name == owner):
                    rows.append(WarningRow(cid, name, owner_name, warning_kind, numbers))
        return rows

    @staticmethod
    def counts(rows: list[WarningRow]) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for row in rows:
            counts[row.kind] += 1
        return counts

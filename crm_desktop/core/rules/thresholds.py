"""Every number the rules use, with the contract's defaults; stored in the `setting` table
(key `rules`, JSON) when the office changes them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sqlalchemy import Connection

# (lower bound of monthly sales in 万元, class, upgrade margin or None)
RETAIL_TABLE: list[tuple[Decimal, str, Decimal | None]] = [
    (Decimal(20), "AAA", None), (Decimal(10), "AA", Decimal("0.02")), (Decimal("5.5"), "A", Decimal("0.025")),
    (Decimal(3), "B+", Decimal("0.03")), (Decimal(1), "B", Decimal("0.035")), (Decimal("0.5"), "C", Decimal("0.04")),
]
WHOLESALE_TABLE: list[tuple[Decimal, str, Decimal | None]] = [
    (Decimal(150), "AAA", None), (Decimal(105), "AA", Decimal("0.05")), (Decimal(75), "A", Decimal("0.05")),
    (Decimal(60), "B+", Decimal("0.05")), (Decimal(35), "B", Decimal("0.05")), (Decimal(17), "C", Decimal("0.05")),
]
CLASS_ORDER = ["C", "B", "B+", "A", "AA", "AAA"]


@dataclass
class Thresholds:
    retail: list[tuple[Decimal, str, Decimal | None]] = field(default_factory=lambda: list(RETAIL_TABLE))
    wholesale: list[tuple[Decimal, str, Decimal | None]] = field(default_factory=lambda: list(WHOLESALE_TABLE))
    churn_min_days: int = 60
    churn_gap_factor: Decimal = Decimal(2)
    plan_tolerance: Decimal = Decimal("0.90")
    licence_days: int = 30
    complaint_days: int = 7

    def to_json(self) -> str:
        def enc(o: object) -> object:
            return str(o) if isinstance(o, Decimal) else o
        return json.dumps(asdict(self), default=enc)

    @classmethod
    def from_json(cls, text: str) -> Thresholds:
        raw = json.loads(text)
        def table(rows: list[list[object]]) -> list[tuple[Decimal, str, Decimal | None]]:
            return [(Decimal(str(a)), str(b), None if c is None else Decimal(str(c))) for a, b, c in rows]
        base = cls()
        return cls(
            retail=table(raw.get("retail", [])) or base.retail,
            wholesale=table(raw.get("wholesale", [])) or base.wholesale,
            churn_min_days=int(raw.get("churn_min_days", base.churn_min_days)),
            churn_gap_factor=Decimal(str(raw.get("churn_gap_factor", base.churn_gap_factor))),
            plan_tolerance=Decimal(str(raw.get("plan_tolerance", base.plan_tolerance))),
            licence_days=int(raw.get("licence_days", base.licence_days)),
            complaint_days=int(raw.get("complaint_days", base.complaint_days)),
        )


def load(con: Connection) -> Thresholds:
    row = con.exec_driver_sql("SELECT value FROM setting WHERE key = 'rules'").first()
    return Thresholds.from_json(row[0]) if row else Thresholds()

"""Every number the rules use, with the contract's defaults; stored in the `setting` table
(key `rules`, JSON) when the office changes them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

# (lower bound of monthly sales in 万元, class, upgrade margin or None)
RETAIL_TABLE: list[tuple[Decimal, str, Decimal | None]] = [
    (Decimal(20), "AAA", None),
    (Decimal(10), "AA", Decimal("0.02")),
    (Decimal("5.5"), "A", Decimal("0.025")),
    (Decimal(3), "B+", Decimal("0.03")),
    (Decimal(1), "B", Decimal("0.035")),
    (Decimal("0.5"), "C", Decimal("0.04")),
]
WHOLESALE_TABLE: list[tuple[Decimal, str, Decimal | None]] = [
    (Decimal(150), "AAA", None),
    (Decimal(105), "AA", Decimal("0.05")),
    (Decimal(75), "A", Decimal("0.05")),
    (Decimal(60), "B+", Decimal("0.05")),
    (Decimal(35), "B", Decimal("0.05")),
    (Decimal(17), "C", Decimal("0.05")),
]
CLASS_ORDER = ["C", "B", "B+", "A", "AA", "AAA"]
STAGE_PROBABILITY = {"lead": 10, "qualified": 25, "proposal": 50, "negotiation": 75}


@dataclass
class Thresholds:
    retail: list[tuple[Decimal, str, Decimal | None]] = field(
        default_factory=lambda: list(RETAIL_TABLE)
    )
    wholesale: list[tuple[Decimal, str, Decimal | None]] = field(
        default_factory=lambda: list(WHOLESALE_TABLE)
    )
    churn_min_days: int = 60
    churn_gap_factor: Decimal = Decimal(2)
    plan_tolerance: Decimal = Decimal("0.90")
    # Seed 003 (六、2 销售进度预警) names 计划进度、同期进货量、进货频率 in one sentence: this month
    # against the same month a year earlier is read like the plan, with the plan's tolerance.
    year_tolerance: Decimal = Decimal("0.90")
    # An order is overdue after the customer's median gap between orders; a median needs at
    # least this many order days (two gaps).
    frequency_min_orders: int = 3
    licence_days: int = 30
    complaint_days: int = 7
    contract_days: int = 30  # a contract ending within this many days, not renewed, is a warning
    # Key accounts (seed 003: 80 % of the profit from 20 % of the customers): the fewest
    # customers making this share of the gross profit.
    key_account_share: Decimal = Decimal("0.8")
    # Lifecycle suggestion: a first sale this recent is a welcome; this many orders make a loyal
    # customer; the last 6 months under this share of the 6 before is a decline.
    welcome_days: int = 180
    loyal_orders: int = 3
    decline_ratio: Decimal = Decimal("0.5")
    # Credit rating suggestion: weight of the payment-history score against the potential
    # score, and the lowest combined score of each rating (best first; below the last: D).
    history_weight: Decimal = Decimal("0.6")
    rating_bands: list[tuple[int, str]] = field(
        default_factory=lambda: [(85, "A"), (70, "B"), (55, "C")]
    )
    # Call-time courtesy (seed 002): no calls before these hours (HH:MM), nor in the summer nap.
    summer_months: list[int] = field(default_factory=lambda: [6, 7, 8, 9])
    winter_months: list[int] = field(default_factory=lambda: [11, 12, 1, 2])
    summer_nap: tuple[str, str] = ("12:00", "14:30")
    winter_morning: str = "08:00"
    morning: str = "07:30"
    weekend_morning: str = "09:00"
    evening: str = "21:00"
    # The weighted forecast's chance (%) of an opportunity at each open stage (won 100, lost 0).
    stage_probability: dict[str, int] = field(default_factory=lambda: dict(STAGE_PROBABILITY))

    def to_json(self) -> str:
        def enc(o: object) -> object:
            return str(o) if isinstance(o, Decimal) else o

        return json.dumps(asdict(self), default=enc)

    @classmethod
    def from_json(cls, text: str) -> Thresholds:
        raw = json.loads(text)

        def table(rows: list[list[object]]) -> list[tuple[Decimal, str, Decimal | None]]:
            return [
                (Decimal(str(a)), str(b), None if c is None else Decimal(str(c)))
                for a, b, c in rows
            ]

        base = cls()
        return cls(
            retail=table(raw.get("retail", [])) or base.retail,
            wholesale=table(raw.get("wholesale", [])) or base.wholesale,
            churn_min_days=int(raw.get("churn_min_days", base.churn_min_days)),
            churn_gap_factor=Decimal(str(raw.get("churn_gap_factor", base.churn_gap_factor))),
            plan_tolerance=Decimal(str(raw.get("plan_tolerance", base.plan_tolerance))),
            year_tolerance=Decimal(str(raw.get("year_tolerance", base.year_tolerance))),
            frequency_min_orders=int(raw.get("frequency_min_orders", base.frequency_min_orders)),
            licence_days=int(raw.get("licence_days", base.licence_days)),
            complaint_days=int(raw.get("complaint_days", base.complaint_days)),
            contract_days=int(raw.get("contract_days", base.contract_days)),
            key_account_share=Decimal(str(raw.get("key_account_share", base.key_account_share))),
            welcome_days=int(raw.get("welcome_days", base.welcome_days)),
            loyal_orders=int(raw.get("loyal_orders", base.loyal_orders)),
            decline_ratio=Decimal(str(raw.get("decline_ratio", base.decline_ratio))),
            history_weight=Decimal(str(raw.get("history_weight", base.history_weight))),
            rating_bands=[(int(a), str(b)) for a, b in raw.get("rating_bands", base.rating_bands)],
            summer_months=[int(m) for m in raw.get("summer_months", base.summer_months)],
            winter_months=[int(m) for m in raw.get("winter_months", base.winter_months)],
            summer_nap=tuple(raw.get("summer_nap", base.summer_nap)),  # type: ignore[arg-type]
            winter_morning=str(raw.get("winter_morning", base.winter_morning)),
            morning=str(raw.get("morning", base.morning)),
            weekend_morning=str(raw.get("weekend_morning", base.weekend_morning)),
            evening=str(raw.get("evening", base.evening)),
            stage_probability={
                **base.stage_probability,
                **{
                    str(k): int(v)
                    for k, v in raw.get("stage_probability", {}).items()
                    if k in base.stage_probability
                },
            },
        )


def load(con: Connection) -> Thresholds:
    from sqlalchemy import text  # here: the rules import no SQLAlchemy at start-up

    row = con.execute(text("SELECT value FROM setting WHERE key = 'rules'")).first()
    return Thresholds.from_json(row[0]) if row else Thresholds()

"""The rules' thresholds as the office sets them (Settings), stored as one JSON value."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Engine, text

from crm_desktop.core import permissions
from crm_desktop.core.changes import Changes
from crm_desktop.core.db.connections import connection, transaction
from crm_desktop.core.errors import ValidationError, ValidationErrors
from crm_desktop.core.rules.thresholds import CLASS_ORDER, Thresholds, load
from crm_desktop.core.services.settings import SAVE_SETTING
from crm_desktop.core.vocabulary import OPEN_STAGES


class RuleSettingsService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self) -> Thresholds:
        with connection(self.engine) as con:
            return load(con)

    def set(self, thresholds: Thresholds) -> Changes:
        permissions.check(self.engine, permissions.SETTINGS)
        errors = []
        for name, table in (("retail", thresholds.retail), ("wholesale", thresholds.wholesale)):
            bounds = [lower for lower, _, _ in table]
            if bounds != sorted(bounds, reverse=True) or any(b < 0 for b in bounds):
                errors.append(
                    ValidationError(
                        name,
                        "table_order",
                        "monthly sales bounds must fall from AAA down to C, none negative",
                    )
                )
            if [klass for _, klass, _ in table] != CLASS_ORDER[::-1]:
                errors.append(
                    ValidationError(
                        name, "table_classes", "the table needs AAA, AA, A, B+, B, C in order"
                    )
                )
            if any(m is not None and not Decimal(0) <= m < 1 for _, _, m in table):
                errors.append(
                    ValidationError(name, "margin", "an upgrade margin is a share between 0 and 1")
                )
        checks = (
            ("churn_min_days", thresholds.churn_min_days >= 1),
            ("licence_days", thresholds.licence_days >= 0),
            ("contract_days", thresholds.contract_days >= 0),
            ("complaint_days", thresholds.complaint_days >= 1),
            ("plan_tolerance", Decimal(0) < thresholds.plan_tolerance <= 1),
            ("year_tolerance", Decimal(0) < thresholds.year_tolerance <= 1),
            ("frequency_min_orders", thresholds.frequency_min_orders >= 3),
            ("churn_gap_factor", thresholds.churn_gap_factor > 0),
            ("key_account_share", Decimal(0) < thresholds.key_account_share <= 1),
        )
        errors += [
            ValidationError(name, "range", f"{name} is out of range")
            for name, ok in checks
            if not ok
        ]
        scores = [lowest for lowest, _ in thresholds.rating_bands]
        if scores != sorted(scores, reverse=True):
            errors.append(
                ValidationError(
                    "rating_bands", "rating_bands", "rating scores must fall from A to C"
                )
            )
        chances = [thresholds.stage_probability.get(stage, -1) for stage in OPEN_STAGES]
        if any(not 0 <= p <= 100 for p in chances) or chances != sorted(chances):
            errors.append(
                ValidationError(
                    "stage_probability",
                    "stage_probability",
                    "stage chances are 0 to 100 % and never fall from lead to negotiation",
                )
            )
        if thresholds.summer_nap[0] >= thresholds.summer_nap[1]:
            errors.append(
                ValidationError(
                    "summer_nap", "summer_nap", "the midday rest must end after it starts"
                )
            )
        if errors:
            raise ValidationErrors(errors)
        with transaction(self.engine) as con:
            con.execute(SAVE_SETTING, {"key": "rules", "value": thresholds.to_json()})
        return Changes.everyone("thresholds")

    def reset(self) -> Changes:
        permissions.check(self.engine, permissions.SETTINGS)
        with transaction(self.engine) as con:
            con.execute(text("DELETE FROM setting WHERE key = 'rules'"))
        return Changes.everyone("thresholds")

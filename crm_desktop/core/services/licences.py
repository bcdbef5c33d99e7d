"""The customer's licences (seed 003: 经营许可证, 营业执照, GSP证书) with their expiry dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.core.models import Licence
from crm_desktop.core.services.records import _RecordService, require_choice
from crm_desktop.core.vocabulary import LICENCE_KIND


@dataclass
class LicenceInput:
    kind: str = "business"
    number: str | None = None
    expires: date | None = None


@dataclass
class LicenceRecord(LicenceInput):
    id: int = 0
    version: int = 0  # sent back with a save (core/audit.py)


class LicenceService(_RecordService[LicenceInput]):
    model = Licence
    kind = "licences"
    record = LicenceRecord
    order_by = ("expires", "id")
    label_fields = ("kind", "number")

    def validate(self, data: LicenceInput) -> None:
        require_choice("kind", data.kind, set(LICENCE_KIND.keys))

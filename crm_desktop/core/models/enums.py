"""The closed vocabularies of the interchange contract, stored as their English keys."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Relation(StrEnum):
    DOWNSTREAM = "downstream"  # 下游销售客户
    UPSTREAM = "upstream"  # 上游供应客户
    BOTH = "both"  # 供销并存


class Channel(StrEnum):
    WHOLESALE = "wholesale"
    CHAIN = "chain"
    RETAIL = "retail"
    MEDICAL = "medical"
    OTHER = "other"


class Category(StrEnum):
    VIP = "vip"
    KEY = "key"
    NORMAL = "normal"
    POTENTIAL = "potential"


class Lifecycle(StrEnum):
    PROSPECT = "prospect"
    WELCOME = "welcome"
    LOYAL = "loyal"
    DECLINE = "decline"
    LOST = "lost"


class ContactRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    KEY_PERSON = "key_person"
    INFLUENCER = "influencer"
    USER = "user"
    OTHER = "other"


class NoteKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"
    OTHER = "other"


class LicenceKind(StrEnum):
    BUSINESS = "business"
    OPERATING = "operating"
    GSP = "gsp"
    OTHER = "other"


class ComplaintStatus(StrEnum):
    """The complaint workflow of the seeds: recorded, investigated, handled, answered, archived."""

    RECEIVED = "received"
    INVESTIGATING = "investigating"
    HANDLING = "handling"
    ANSWERED = "answered"
    CLOSED = "closed"

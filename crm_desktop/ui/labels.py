"""Translated labels for the stored keys (channel, category, role, status, ...).

Keys and their order come from core/vocabulary.py; the words go through Qt's translation
files like every visible string (so the English literals stay here, where lupdate finds
them). tests/ui/test_language.py holds the Chinese translations to the vocabulary's labels,
which the reports and exports print.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.core import vocabulary
from crm_desktop.core.vocabulary import Vocabulary


def _in_order(words: Vocabulary, labels: dict[str, str]) -> dict[str, str]:
    """The labels in the vocabulary's order; a key without a label here fails loudly."""
    return {key: labels[key] for key in words.keys}


def channel_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.CHANNEL,
        {
            "wholesale": QCoreApplication.translate("Labels", "Wholesale"),
            "chain": QCoreApplication.translate("Labels", "Chain"),
            "retail": QCoreApplication.translate("Labels", "Retail"),
            "medical": QCoreApplication.translate("Labels", "Medical"),
            "other": QCoreApplication.translate("Labels", "Other"),
        },
    )


def category_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.CATEGORY,
        {
            "vip": QCoreApplication.translate("Labels", "VIP"),
            "key": QCoreApplication.translate("Labels", "Key"),
            "normal": QCoreApplication.translate("Labels", "Normal"),
            "potential": QCoreApplication.translate("Labels", "Potential"),
        },
    )


def kind_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.KIND,
        {
            "company": QCoreApplication.translate("Labels", "Company"),
            "person": QCoreApplication.translate("Labels", "Person"),
        },
    )


def relation_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.RELATION,
        {
            "downstream": QCoreApplication.translate("Labels", "Buys from us"),
            "upstream": QCoreApplication.translate("Labels", "Supplies us"),
            "both": QCoreApplication.translate("Labels", "Both"),
        },
    )


def lifecycle_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.LIFECYCLE,
        {
            "prospect": QCoreApplication.translate("Labels", "Prospect"),
            "welcome": QCoreApplication.translate("Labels", "Welcome"),
            "loyal": QCoreApplication.translate("Labels", "Loyal"),
            "decline": QCoreApplication.translate("Labels", "Declining"),
            "lost": QCoreApplication.translate("Labels", "Lost"),
        },
    )


def role_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.ROLE,
        {
            "decision_maker": QCoreApplication.translate("Labels", "Decision maker"),
            "key_person": QCoreApplication.translate("Labels", "Key person"),
            "influencer": QCoreApplication.translate("Labels", "Influencer"),
            "user": QCoreApplication.translate("Labels", "User"),
            "other": QCoreApplication.translate("Labels", "Other"),
        },
    )


def gender_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.GENDER,
        {
            "male": QCoreApplication.translate("Labels", "Male"),
            "female": QCoreApplication.translate("Labels", "Female"),
            "unknown": QCoreApplication.translate("Labels", "Unknown"),
        },
    )


def note_kind_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.NOTE_KIND,
        {
            "visit": QCoreApplication.translate("Labels", "Visit"),
            "call": QCoreApplication.translate("Labels", "Call"),
            "meeting": QCoreApplication.translate("Labels", "Meeting"),
            "message": QCoreApplication.translate("Labels", "Message"),
            "other": QCoreApplication.translate("Labels", "Other"),
            "event": QCoreApplication.translate("Labels", "Major event"),
            "enquiry": QCoreApplication.translate("Labels", "Enquiry"),
            "suggestion": QCoreApplication.translate("Labels", "Suggestion"),
        },
    )


def major_event_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.MAJOR_EVENT,
        {
            "theft": QCoreApplication.translate("Labels", "Theft"),
            "accident": QCoreApplication.translate("Labels", "Accident"),
            "family_split": QCoreApplication.translate("Labels", "Family split"),
            "illness": QCoreApplication.translate("Labels", "Serious illness"),
            "other": QCoreApplication.translate("Labels", "Other event"),
        },
    )


def complaint_status_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.COMPLAINT_STATUS,
        {
            "received": QCoreApplication.translate("Labels", "Received"),
            "investigating": QCoreApplication.translate("Labels", "Investigating"),
            "instructed": QCoreApplication.translate("Labels", "Instructed"),
            "handling": QCoreApplication.translate("Labels", "Handling"),
            "answered": QCoreApplication.translate("Labels", "Answered"),
            "closed": QCoreApplication.translate("Labels", "Closed"),
        },
    )


def escalation_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.ESCALATION,
        {
            "staff": QCoreApplication.translate("Labels", "Staff"),
            "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
            "manager": QCoreApplication.translate("Labels", "Department manager"),
            "leadership": QCoreApplication.translate("Labels", "Company leadership"),
        },
    )


def purchase_channel_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.PURCHASE_CHANNEL,
        {
            "direct": QCoreApplication.translate("Labels", "Direct sale"),
            "agent": QCoreApplication.translate("Labels", "Through an agent"),
            "dealer": QCoreApplication.translate("Labels", "Through a dealer"),
            "phone": QCoreApplication.translate("Labels", "Phone order"),
            "online": QCoreApplication.translate("Labels", "Online order"),
            "other": QCoreApplication.translate("Labels", "Other channel"),
        },
    )


def complaint_source_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.COMPLAINT_SOURCE,
        {
            "phone": QCoreApplication.translate("Labels", "Phone"),
            "visit": QCoreApplication.translate("Labels", "In person"),
            "mail": QCoreApplication.translate("Labels", "Mail"),
            "online": QCoreApplication.translate("Labels", "Online"),
        },
    )


def complaint_category_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.COMPLAINT_CATEGORY,
        {
            "quality": QCoreApplication.translate("Labels", "Quality"),
            "delivery": QCoreApplication.translate("Labels", "Delivery"),
            "price": QCoreApplication.translate("Labels", "Price"),
            "service": QCoreApplication.translate("Labels", "Service"),
        },
    )


def licence_kind_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.LICENCE_KIND,
        {
            "business": QCoreApplication.translate("Labels", "Business licence"),
            "operating": QCoreApplication.translate("Labels", "Operating permit"),
            "gsp": QCoreApplication.translate("Labels", "GSP certificate"),
            "other": QCoreApplication.translate("Labels", "Other licence"),
        },
    )


def relationship_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.RELATIONSHIP,
        {
            "development": QCoreApplication.translate("Labels", "Development"),
            "initial": QCoreApplication.translate("Labels", "Initial"),
            "stable": QCoreApplication.translate("Labels", "Stable"),
            "strategic": QCoreApplication.translate("Labels", "Strategic"),
        },
    )


def opportunity_stage_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.OPPORTUNITY_STAGE,
        {
            "lead": QCoreApplication.translate("Labels", "Lead"),
            "qualified": QCoreApplication.translate("Labels", "Qualified"),
            "proposal": QCoreApplication.translate("Labels", "Proposal"),
            "negotiation": QCoreApplication.translate("Labels", "Negotiation"),
            "won": QCoreApplication.translate("Labels", "Won"),
            "lost": QCoreApplication.translate("Labels", "Lost deal"),
        },
    )


def customer_source_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.CUSTOMER_SOURCE,
        {
            "referral": QCoreApplication.translate("Labels", "Referred by a customer"),
            "exhibition": QCoreApplication.translate("Labels", "Exhibition"),
            "cold_call": QCoreApplication.translate("Labels", "Cold call or visit"),
            "advertising": QCoreApplication.translate("Labels", "Advertising"),
            "online": QCoreApplication.translate("Labels", "Online"),
            "walk_in": QCoreApplication.translate("Labels", "Came to us"),
            "other": QCoreApplication.translate("Labels", "Other source"),
        },
    )


def decision_style_labels() -> dict[str, str]:
    return _in_order(
        vocabulary.DECISION_STYLE,
        {
            "leader": QCoreApplication.translate("Labels", "Leader"),
            "influencer": QCoreApplication.translate("Labels", "Influencer (consults others)"),
            "follower": QCoreApplication.translate("Labels", "Follower"),
            "checker": QCoreApplication.translate("Labels", "Checker"),
        },
    )

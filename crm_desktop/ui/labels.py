"""Translated labels for the contract's stored keys (channel, category, role, status, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_labels() -> dict[str, str]:
    return {"wholesale": _t("Wholesale"), "chain": _t("Chain"), "retail": _t("Retail"),
            "medical": _t("Medical"), "other": _t("Other")}


def category_labels() -> dict[str, str]:
    return {"vip": _t("VIP"), "key": _t("Key"), "normal": _t("Normal"), "potential": _t("Potential")}


def kind_labels() -> dict[str, str]:
    return {"company": _t("Company"), "person": _t("Person")}


def relation_labels() -> dict[str, str]:
    return {"downstream": _t("Buys from us"), "upstream": _t("Supplies us"), "both": _t("Both")}


def lifecycle_labels() -> dict[str, str]:
    return {"prospect": _t("Prospect"), "welcome": _t("Welcome"), "loyal": _t("Loyal"),
            "decline": _t("Declining"), "lost": _t("Lost")}


def role_labels() -> dict[str, str]:
    return {"decision_maker": _t("Decision maker"), "key_person": _t("Key person"),
            "influencer": _t("Influencer"), "user": _t("User"), "other": _t("Other")}


def note_kind_labels() -> dict[str, str]:
    return {"visit": _t("Visit"), "call": _t("Call"), "meeting": _t("Meeting"),
            "message": _t("Message"), "other": _t("Other")}


def complaint_status_labels() -> dict[str, str]:
    return {"received": _t("Received"), "investigating": _t("Investigating"),
            "handling": _t("Handling"), "answered": _t("Answered"), "closed": _t("Closed")}

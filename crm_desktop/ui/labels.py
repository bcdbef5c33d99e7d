"""Translated labels for the contract's stored keys (channel, category, role, status, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_labels() -> dict[str, str]:
    return {"wholesale": QCoreApplication.translate("Labels", "Wholesale"), "chain": QCoreApplication.translate("Labels", "Chain"), "retail": QCoreApplication.translate("Labels", "Retail"),
            "medical": QCoreApplication.translate("Labels", "Medical"), "other": QCoreApplication.translate("Labels", "Other")}


def category_labels() -> dict[str, str]:
    return {"vip": QCoreApplication.translate("Labels", "VIP"), "key": QCoreApplication.translate("Labels", "Key"), "normal": QCoreApplication.translate("Labels", "Normal"), "potential": QCoreApplication.translate("Labels", "Potential")}


def kind_labels() -> dict[str, str]:
    return {"company": QCoreApplication.translate("Labels", "Company"), "person": QCoreApplication.translate("Labels", "Person")}


def relation_labels() -> dict[str, str]:
    return {"downstream": QCoreApplication.translate("Labels", "Buys from us"), "upstream": QCoreApplication.translate("Labels", "Supplies us"), "both": QCoreApplication.translate("Labels", "Both")}


def lifecycle_labels() -> dict[str, str]:
    return {"prospect": QCoreApplication.translate("Labels", "Prospect"), "welcome": QCoreApplication.translate("Labels", "Welcome"), "loyal": QCoreApplication.translate("Labels", "Loyal"),
            "decline": QCoreApplication.translate("Labels", "Declining"), "lost": QCoreApplication.translate("Labels", "Lost")}


def role_labels() -> dict[str, str]:
    return {"decision_maker": QCoreApplication.translate("Labels", "Decision maker"), "key_person": QCoreApplication.translate("Labels", "Key person"),
            "influencer": QCoreApplication.translate("Labels", "Influencer"), "user": QCoreApplication.translate("Labels", "User"), "other": QCoreApplication.translate("Labels", "Other")}


def note_kind_labels() -> dict[str, str]:
    return {"visit": QCoreApplication.translate("Labels", "Visit"), "call": QCoreApplication.translate("Labels", "Call"), "meeting": QCoreApplication.translate("Labels", "Meeting"),
            "message": QCoreApplication.translate("Labels", "Message"), "other": QCoreApplication.translate("Labels", "Other")}


def complaint_status_labels() -> dict[str, str]:
    return {"received": QCoreApplication.translate("Labels", "Received"), "investigating": QCoreApplication.translate("Labels", "Investigating"),
            "handling": QCoreApplication.translate("Labels", "Handling"), "answered": QCoreApplication.translate("Labels", "Answered"), "closed": QCoreApplication.translate("Labels", "Closed")}


def licence_kind_labels() -> dict[str, str]:
    return {"business": QCoreApplication.translate("Labels", "Business licence"),
            "operating": QCoreApplication.translate("Labels", "Operating permit"),
            "gsp": QCoreApplication.translate("Labels", "GSP certificate"),
            "other": QCoreApplication.translate("Labels", "Other licence")}


def relationship_labels() -> dict[str, str]:
    return {"development": QCoreApplication.translate("Labels", "Development"),
            "initial": QCoreApplication.translate("Labels", "Initial"),
            "stable": QCoreApplication.translate("Labels", "Stable"),
            "strategic": QCoreApplication.translate("Labels", "Strategic")}

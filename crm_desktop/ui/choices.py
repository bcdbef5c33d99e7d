"""Filling a filter combo box from the database without losing what the user had chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, all_label: str, items: list[tuple[Any, str]]) -> None:
    """ "All …" first (data None), then the items; the current choice survives if still there,
    and no signal fires (the caller decides whether to search again)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for key, text in items:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)

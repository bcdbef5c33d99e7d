"""Asking where to save a vCard (.vcf) for phones: the open customer's contacts (File menu) or
the contacts selected in the contacts tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.core.safe_filename import safe_filename


def ask_vcard_path(parent: QWidget, suggested: str) -> Path | None:
    """The file the user chose, with .vcf added when they left it out; None when cancelled."""
    target, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("VcardExport", "Export contacts to a phone"),
        _safe_file_name(suggested),
        QCoreApplication.translate("VcardExport", "vCard for phones (*.vcf)"),
    )
    if not target:
        return None
    path = Path(target)
    return path if path.suffix.lower() == ".vcf" else path.with_name(path.name + ".vcf")


def _safe_file_name(name: str) -> str:
    """A customer's name as a file name, through the one sanitizer (core/safe_filename.py)."""
    stem = name[: -len(".vcf")] if name.lower().endswith(".vcf") else name
    return safe_filename(stem, ".vcf", "contacts")

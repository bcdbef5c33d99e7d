"""Reports to PDF, printer or preview: one QTextDocument, paginated with a header and footer."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from crm_desktop.core.fonts import PREFERRED_FAMILIES
from crm_desktop.core.reports.document import ReportDocument
from crm_desktop.core.reports.texts import texts
from crm_desktop.paths import resources_dir

RESOLUTION = 96  # layout in screen pixels; text stays vector and images keep their own pixels


def ensure_gui_application() -> QGuiApplication:
    """The command line prints reports without a display: offscreen Qt is enough."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def report_font_family() -> str:
    """A CJK font whose text Qt's PDF writer extracts correctly (see the design notes)."""
    bundled = resources_dir() / "fonts"
    if bundled.is_dir():
        for path in sorted(bundled.glob("*.tt[fc]")):
            QFontDatabase.addApplicationFont(str(path))
    families = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in families:
            return family
    return QFont().defaultFamily()


def _document(report: ReportDocument, family: str, device: QPagedPaintDevice) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont(family, 10))
    for name, data in report.images.items():
        image = QImage.fromData(data)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(report.html())
    return doc


def paint_report(report: ReportDocument, device: QPagedPaintDevice, office: str = "",
                 printed_on: date | None = None, language: str = "zh_CN", logo: str = "") -> int:
    """Lay the report out on `device` page by page; returns the number of pages."""
    family = report_font_family()
    t = texts(language)
    painter = QPainter(device)
    try:
        page = QRectF(painter.viewport())
        header_h = footer_h = 28.0
        body = QSizeF(page.width(), page.height() - header_h - footer_h)
        doc = _document(report, family, device)
        doc.setPageSize(body)
        pages = max(doc.pageCount(), 1)
        small = QFont(family, 8)
        logo_image = QImage(logo) if logo else QImage()
        logo_width = 0.0
        if not logo_image.isNull():
            logo_image = logo_image.scaledToHeight(int(header_h - 10), Qt.TransformationMode.SmoothTransformation)
            logo_width = logo_image.width() + 6.0
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, header_h - number * body.height())
            doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            if logo_width:
                painter.drawImage(0, 0, logo_image)
            painter.drawText(QRectF(logo_width, 0, page.width() - logo_width, header_h - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, office)
            painter.drawText(QRectF(0, 0, page.width(), header_h - 8), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom, report.title)
            painter.drawLine(0, int(header_h - 4), int(page.width()), int(header_h - 4))
            footer = QRectF(0, page.height() - footer_h + 8, page.width(), footer_h - 8)
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft,
                             f"{t['printed']}: {(printed_on or date.today()).isoformat()}")
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight, t["page"].format(number + 1, pages))
        return pages
    finally:
        painter.end()


def write_pdf(report: ReportDocument, path: Path, office: str = "", printed_on: date | None = None,
              language: str = "zh_CN", logo: str = "") -> int:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if report.landscape
                              else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(report.title)
    writer.setCreator("crm-desktop")
    return paint_report(report, writer, office, printed_on, language, logo)

"""Reports to PDF, printer or preview: a QTextDocument per section, paged with header and footer."""

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
from crm_desktop.ui.printing_charts import ChartObjects

RESOLUTION = 96  # layout in screen pixels; text stays vector and images keep their own pixels
# Sections kept laid out between counting the pages and drawing them: about 350 kB each for a
# customer profile, so ~70 MB; a larger batch lays the rest out a second time instead.
KEPT_LAYOUTS = 200


def ensure_gui_application() -> QGuiApplication:
    """The command line prints reports without a display: offscreen Qt is enough."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
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


def _document(
    html: str,
    images: dict[str, QImage],
    family: str,
    device: QPagedPaintDevice,
    body: QSizeF,
    charts: ChartObjects,
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont(family, 10))
    doc.setPageSize(body)  # before setHtml, which lays the document out
    charts.install(doc)
    for name, image in images.items():
        if name in html:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    return doc


def paint_report(
    report: ReportDocument,
    device: QPagedPaintDevice,
    office: str = "",
    printed_on: date | None = None,
    language: str = "zh_CN",
    logo: str = "",
) -> int:
    """Lay the report out on `device` page by page; returns the number of pages.

    Each section (a customer of a batch of profiles) is a document of its own, a page or two
    laid out for the page body, so each customer starts on a new page and the layouts can be
    let go once drawn. Every section is laid out before anything is drawn, so the footer can
    say "page X of Y"; the first KEPT_LAYOUTS stay laid out for drawing, later ones are laid
    out again then (bounded memory)."""
    family = report_font_family()
    t = texts(language)
    painter = QPainter(device)
    try:
        page = QRectF(painter.viewport())
        header_h = footer_h = 28.0
        body = QSizeF(page.width(), page.height() - header_h - footer_h)
        images = {name: QImage.fromData(data) for name, data in report.images.items()}
        charts = ChartObjects(report.charts, family)
        htmls = list(report.section_html())
        kept: list[QTextDocument | None] = []
        counts: list[int] = []
        for index, html in enumerate(htmls):
            doc = _document(html, images, family, device, body, charts)
            counts.append(max(doc.pageCount(), 1))
            kept.append(doc if index < KEPT_LAYOUTS else None)
        pages = sum(counts)
        small = QFont(family, 8)
        logo_image = QImage(logo) if logo else QImage()
        logo_width = 0.0
        if not logo_image.isNull():
            logo_image = logo_image.scaledToHeight(
                int(header_h - 10), Qt.TransformationMode.SmoothTransformation
            )
            logo_width = logo_image.width() + 6.0
        printed = f"{t['printed']}: {(printed_on or date.today()).isoformat()}"
        number = 0
        for index, count in enumerate(counts):
            doc = kept[index] or _document(htmls[index], images, family, device, body, charts)
            kept[index] = None  # drawn below: its layout can go
            for sheet in range(count):
                if number:
                    device.newPage()
                painter.save()
                painter.translate(0, header_h - sheet * body.height())
                doc.drawContents(
                    painter, QRectF(0, sheet * body.height(), body.width(), body.height())
                )
                painter.restore()
                painter.setFont(small)
                painter.setPen(Qt.GlobalColor.darkGray)
                if logo_width:
                    painter.drawImage(0, 0, logo_image)
                painter.drawText(
                    QRectF(logo_width, 0, page.width() - logo_width, header_h - 8),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    office,
                )
                painter.drawText(
                    QRectF(0, 0, page.width(), header_h - 8),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    report.title,
                )
                painter.drawLine(0, int(header_h - 4), int(page.width()), int(header_h - 4))
                footer = QRectF(0, page.height() - footer_h + 8, page.width(), footer_h - 8)
                painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, printed)
                painter.drawText(
                    footer, Qt.AlignmentFlag.AlignRight, t["page"].format(number + 1, pages)
                )
                number += 1
        return pages
    finally:
        painter.end()


def write_pdf(
    report: ReportDocument,
    path: Path,
    office: str = "",
    printed_on: date | None = None,
    language: str = "zh_CN",
    logo: str = "",
) -> int:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if report.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(report.title)
    writer.setCreator("crm-desktop")
    return paint_report(report, writer, office, printed_on, language, logo)

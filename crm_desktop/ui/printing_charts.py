"""Report charts drawn as vector graphics where the HTML has <img src='chart:…'>.

The core describes a chart (crm_desktop.core.reports.charts.BarChart); the documents' image
handler lays it out as an inline object of the chart's size and paints it with QPainter, so
the PDF gets lines, rectangles and text in the report's embedded font instead of a bitmap.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from crm_desktop.core.reports.charts import BarChart, tick_label

SCREEN_DPI = 96  # a chart's width and height are in pixels of a 96 dpi screen, as <img> sizes are


class ChartObjects(QPyTextObject):
    """The image handler of a report's documents: draws its charts, and its other images as Qt
    would. It replaces Qt's own handler rather than changing the charts' formats after
    setHtml, which would lay the document out a second time."""

    def __init__(self, charts: dict[str, BarChart], family: str) -> None:
        super().__init__()
        self.charts = charts
        self.family = family

    def install(self, doc: QTextDocument) -> None:
        """Before setHtml: handle the document's images (only a report with charts needs it)."""
        if self.charts:
            doc.documentLayout().registerHandler(int(QTextFormat.ObjectTypes.ImageObject), self)

    def _scale(self, doc: QTextDocument) -> float:
        device = doc.documentLayout().paintDevice()
        return device.logicalDpiX() / SCREEN_DPI if device is not None else 1.0

    def _image(self, doc: QTextDocument, name: str) -> QImage:
        found = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(found, QImage):
            return found
        if isinstance(found, QPixmap):
            return found.toImage()
        return QImage.fromData(found) if isinstance(found, QByteArray | bytes) else QImage()

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802 - Qt's name
        image = fmt.toImageFormat()
        scale = self._scale(doc)
        chart = self.charts.get(image.name())
        if chart is not None:
            return QSizeF(chart.width * scale, chart.height * scale)
        width, height = image.width(), image.height()
        if width <= 0 or height <= 0:
            picture = self._image(doc, image.name())
            if picture.isNull():
                return QSizeF(max(width, 0) * scale, max(height, 0) * scale)
            if width <= 0 and height <= 0:
                width, height = picture.width(), picture.height()
            elif width <= 0:
                width = picture.width() * height / max(picture.height(), 1)
            else:
                height = picture.height() * width / max(picture.width(), 1)
        return QSizeF(width * scale, height * scale)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF,
        doc: QTextDocument,
        position: int,  # noqa: N802
        fmt: QTextFormat,
    ) -> None:
        name = fmt.toImageFormat().name()
        chart = self.charts.get(name)
        if chart is not None:
            draw_bar_chart(painter, rect, chart, self.family, self._scale(doc))
            return
        picture = self._image(doc, name)
        if not picture.isNull():
            painter.drawImage(rect, picture)


def draw_bar_chart(
    painter: QPainter, rect: QRectF, chart: BarChart, family: str, scale: float = 1.0
) -> None:
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        small = QFont(family)
        small.setPointSizeF(7)
        title_font = QFont(family)
        title_font.setPointSizeF(9)
        title_font.setBold(True)
        metrics = QFontMetricsF(small, painter.device())
        line = metrics.height()
        gap = 4 * scale
        ticks = chart.axis()
        labels = [tick_label(t) for t in ticks]

        # The title on the left and the legend on the right of the first line.
        title_h = QFontMetricsF(title_font, painter.device()).height()
        painter.setFont(title_font)
        painter.setPen(QColor("#212121"))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            chart.title,
        )
        painter.setFont(small)
        swatch = line * 0.7
        x = rect.right()
        for series in reversed(chart.series):
            width = metrics.horizontalAdvance(series.name)
            x -= width
            painter.setPen(QColor("#424242"))
            painter.drawText(
                QRectF(x, rect.top(), width + 1, title_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )
            x -= swatch + gap
            painter.fillRect(
                QRectF(x, rect.top() + (title_h - swatch) / 2, swatch, swatch),
                QColor(series.colour),
            )
            x -= 3 * gap

        # The plot: value axis on the left, labels below.
        axis_w = max(metrics.horizontalAdvance(label) for label in labels) + gap
        top = rect.top() + title_h + line * 1.5 + gap
        plot = QRectF(
            rect.left() + axis_w + gap,
            top,
            rect.width() - axis_w - gap,
            rect.bottom() - line - gap - top,
        )
        painter.setPen(QColor("#616161"))
        painter.drawText(
            QRectF(rect.left(), top - line * 1.5, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            chart.unit,
        )
        low, high = ticks[0], ticks[-1]

        def y(value: Decimal) -> float:
            return plot.bottom() - float((value - low) / (high - low)) * plot.height()

        grid = QPen(QColor("#e0e0e0"))
        grid.setWidthF(0.5 * scale)
        for tick, label in zip(ticks, labels, strict=True):
            at = y(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
            painter.setPen(QColor("#616161"))
            painter.drawText(
                QRectF(rect.left(), at - line / 2, axis_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

        count = max(len(chart.labels), 1)
        slot = plot.width() / count
        bar = slot * 0.8 / max(len(chart.series), 1)
        zero = y(Decimal(0))
        for i, label in enumerate(chart.labels):
            left = plot.left() + slot * i + slot * 0.1
            for j, series in enumerate(chart.series):
                at = y(chart.scaled(series.values[i]))
                if at != zero:
                    painter.fillRect(
                        QRectF(left + bar * j, min(at, zero), bar, abs(zero - at)),
                        QColor(series.colour),
                    )
            painter.drawText(
                QRectF(plot.left() + slot * i, plot.bottom() + gap / 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        axis = QPen(QColor("#757575"))
        axis.setWidthF(0.8 * scale)
        painter.setPen(axis)
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    finally:
        painter.restore()

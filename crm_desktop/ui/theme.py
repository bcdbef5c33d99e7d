"""The system's colour scheme: light or dark as the desktop says, charts included.

Qt 6 follows a dark Windows or macOS by itself; on a Linux desktop that tells Qt "dark" but
leaves the Fusion style light, a dark palette is set from the same colours Fusion uses in
Qt's own dark scheme. Charts (matplotlib, which knows nothing of Qt's palette) take their
background and text colours from the palette, so a chart on a dark window is not a white
card with black text, and the bars' blue stays readable on both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e6e6e6")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#262626")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#353535")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),
        (QPalette.ColorRole.Highlight, QColor("#2f65ca")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#6ea8fe")),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
    ):
        palette.setColor(role, colour)
    disabled = QColor("#7a7a7a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def follow_system_scheme(app: QGuiApplication) -> None:
    """A desktop that says dark gets a dark window even where the style would stay light."""
    said_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if said_dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())


def chart_colours() -> dict[str, str]:
    """matplotlib rc settings for the palette in force (empty on a light one)."""
    if not is_dark():
        return {}
    palette = QGuiApplication.palette()
    background = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    return {
        "figure.facecolor": background,
        "axes.facecolor": background,
        "savefig.facecolor": background,
        "axes.edgecolor": text,
        "axes.labelcolor": text,
        "text.color": text,
        "xtick.color": text,
        "ytick.color": text,
        "legend.facecolor": palette.color(QPalette.ColorRole.Window).name(),
        "legend.edgecolor": text,
        "grid.color": "#555555",
    }


def style_charts() -> None:
    """Charts drawn from now on follow the palette (called where the chart modules load)."""
    import matplotlib

    matplotlib.rcParams.update(chart_colours())

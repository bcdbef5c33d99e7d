"""No label or button shows less than its text: the main window, each of its tabs and docks,
and every dialog its actions open, in zh_CN, zh_TW and pseudo-localisation (every string about
40 % longer), measured by the widget's own font metrics against the room it was given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _shown_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _chain(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _seen(widget: QWidget) -> bool:
    """Shown and not covered (a dock behind another's tab is neither)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped_in(root: QWidget) -> list[str]:
    """What a person would see cut off in `root` as it is laid out now."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not _seen(label) or not text.strip() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.textFormat() == Qt.TextFormat.AutoText and "<" in text:
            continue
        room = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(room.width()) > room.height() + 2:
                found.append(
                    f"{type(root).__name__}: label {text!r} wraps taller than its room "
                    f"({room.width()}×{room.height()}) {_chain(label)}"
                )
            continue
        metrics = label.fontMetrics()
        need = max(metrics.horizontalAdvance(line) for line in _shown_text(text).split("\n"))
        if need > room.width() + 1 - 2 * max(label.margin(), 0):
            found.append(
                f"{type(root).__name__}: label {text!r} needs {need}px, has {room.width()}px"
            )
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
            continue
        if not _seen(button) or not button.text().strip():
            continue
        if button.width() + 1 < button.sizeHint().width():
            found.append(
                f"{type(root).__name__}: button {button.text()!r} needs "
                f"{button.sizeHint().width()}px, has {button.width()}px"
            )
    return found


@pytest.fixture(params=["zh_CN", "zh_TW", "pseudo"])
def language(request: pytest.FixtureRequest) -> Any:
    from crm_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, request.param)
    yield request.param
    for t in translators:
        QApplication.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_no_text_is_clipped_in_the_window_or_its_dialogs(
    qtbot: Any, demo_db: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    problems: list[str] = []
    opened: list[str] = []

    def look_and_close(dialog: QDialog) -> int:
        """Every dialog an action opens: shown, laid out, measured, then cancelled."""
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        opened.append(type(dialog).__name__ + ":" + dialog.objectName())
        problems.extend(clipped_in(dialog))
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", look_and_close)
    win = open_window(str(demo_db))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10000)
    qtbot.waitUntil(lambda: win.detail.customer is not None, timeout=10000)
    qtbot.wait(300)  # the docks are tabified and filled after the core is attached
    problems.extend("start " + p for p in clipped_in(win))
    tabs = win.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        problems.extend(f"tab {index} " + p for p in clipped_in(win))
    for dock in (win.reminders_dock, win.analysis_dock, win.warnings_dock):
        dock.raise_()
        qtbot.wait(200)  # a panel filled while hidden lays its labels out once shown
        problems.extend(clipped_in(win))
    # The dialogs: File menu's, and each tab's add and edit.
    for action in (win.new_action, win.office_action, win.rules_action, win.history_action):
        action.trigger()
    detail = win.detail
    for tab in (detail.contacts, detail.notes, detail.sales, detail.complaints, detail.licences):
        tabs.setCurrentWidget(tab)
        tab.add_button.click()
    tabs.setCurrentWidget(detail.credit)
    detail.credit.edit_button.click()
    tabs.setCurrentWidget(detail.standing)
    detail.standing.edit_button.click()
    detail.edit_button.click()
    win.import_file(DATA / "messy_contacts.xlsx")
    assert len(opened) >= 12, opened
    win.core.engine.dispose()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_measure_sees_a_cut_label_and_a_squeezed_button(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    label = QLabel("A label far too long for twenty pixels")
    label.setFixedWidth(20)
    button = QPushButton("A button far too long for its room")
    button.setFixedWidth(30)
    fine = QLabel("ok")
    for widget in (label, button, fine):
        row.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    found = clipped_in(box)
    assert len(found) == 2
    assert "far too long for twenty" in found[0] and "button" in found[1]

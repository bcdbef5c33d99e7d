"""The first minute: an empty database opens on the welcome page; its demo button fills the
demo data through the core's demo service on a worker thread, and the detail comes back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def empty_window(qtbot: Any, db_path: Path, fixed_today: object) -> Any:
    from crm_desktop.ui.app import make_application, open_window

    make_application()
    win = open_window(str(db_path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10000)
    yield win
    win.core.engine.dispose()


def test_empty_database_opens_on_the_welcome_page(empty_window: Any) -> None:
    welcome = empty_window.welcome
    assert welcome is not None and welcome.isVisible()
    assert not empty_window.detail.isVisible()
    texts = [b.text() for b in (welcome.import_button, welcome.add_button, welcome.demo_button)]
    assert texts == ["&Import a contact book…", "&Add a customer", "Open the &demo data"]


def test_welcome_buttons_start_an_import_and_a_new_customer(
    empty_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    monkeypatch.setattr(
        "crm_desktop.ui.dialogs.import_dialog.choose_and_import",
        lambda *a, **k: called.append("import"),
    )
    monkeypatch.setattr(
        "crm_desktop.ui.dialogs.customer_dialog.new_customer",
        lambda *a, **k: called.append("new") or None,
    )
    empty_window.welcome.import_button.click()
    empty_window.welcome.add_button.click()
    assert called == ["import", "new"]


def test_demo_button_fills_demo_data_and_shows_the_customers(
    qtbot: Any, empty_window: Any, answer_questions: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_desktop.ui.welcome.DEMO_CUSTOMERS", 12)
    answer_questions(QMessageBox.StandardButton.No)
    empty_window.welcome.demo_button.click()
    assert empty_window.list_panel.last_count == 0  # said no: nothing added
    answer_questions(QMessageBox.StandardButton.Yes)
    empty_window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: empty_window.list_panel.last_count == 12, timeout=30000)
    qtbot.waitUntil(lambda: empty_window.welcome is None, timeout=5000)
    assert empty_window.detail.isVisible()
    assert empty_window.core.customers.search  # the same core the window writes through


def test_cancelled_demo_adds_nothing(db_path: Path, fixed_today: Any) -> None:
    from crm_desktop.core.demo import DemoCancelled
    from crm_desktop.core.facade import open_core
    from crm_desktop.core.repositories.list_types import CustomerFilter

    core = open_core(str(db_path))
    steps: list[int] = []
    with pytest.raises(DemoCancelled):
        core.demo.fill(
            250,
            fixed_today,
            progress=lambda done, _t: steps.append(done),
            cancelled=lambda: len(steps) >= 1,
        )
    assert steps == [100]
    assert core.customers.search(CustomerFilter()) == []
    core.engine.dispose()


@pytest.mark.parametrize(
    ("language", "heading", "picture"),
    [
        ("en", "crm-desktop user guide", "empty_database_en.png"),
        ("zh_CN", "crm-desktop 用户指南", "empty_database_zh.png"),
        ("zh_TW", "crm-desktop 使用者指南", "empty_database_tw.png"),
    ],
)
def test_help_opens_the_user_guide_in_the_language_with_its_screenshots(
    qtbot: Any, window: Any, language: str, heading: str, picture: str
) -> None:
    from PySide6.QtCore import QLocale

    from crm_desktop.paths import docs_dir
    from crm_desktop.ui.help_menu import guide_path
    from crm_desktop.ui.i18n import locale_for

    QLocale.setDefault(locale_for(language))
    try:
        action = next(
            a for a in window.help_menu.actions() if a.objectName() == "action_user_guide"
        )
        assert action.shortcut().toString() == "F1"
        action.trigger()
        guide = window._guide
        qtbot.waitExposed(guide)
        text = guide.browser.toPlainText()
        assert text.startswith(heading)
        assert picture in guide_path(language).read_text(encoding="utf-8")
        assert (docs_dir() / "screenshots" / picture).exists()
        guide.close()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_keyboard_shortcuts_lists_the_window_actions(window: Any, monkeypatch: Any) -> None:
    from crm_desktop.ui.help_menu import ShortcutsDialog, shortcut_rows

    rows = dict(shortcut_rows(window))
    assert rows["File → New customer…"] == "Ctrl+N"
    assert rows["File → Import…"] == "Ctrl+I"
    assert rows["Help → User guide"] == "F1"
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(rows) + 3

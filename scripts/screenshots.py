"""Screenshots of every screen, for the README and for looking at the app as a clerk would.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

Builds a demo database in a temporary folder (today fixed to 2026-11-25), opens the real
main window in English, Simplified and Traditional Chinese, and in a dark colour scheme
(Chinese), and saves one PNG per screen: NAME_en.png, NAME_zh.png, NAME_tw.png, NAME_dark.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("CRM_DESKTOP_TODAY", "2026-11-25")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from crm_desktop.core.clock import today  # noqa: E402
from crm_desktop.core.demo import generate  # noqa: E402
from crm_desktop.core.facade import open_core, upgrade_database  # noqa: E402
from crm_desktop.ui.app import make_application, open_window  # noqa: E402
from crm_desktop.ui.i18n import install_translators  # noqa: E402


def settle(ms: int = 300) -> None:
    loop_until = QTimer()
    loop_until.setSingleShot(True)
    loop_until.start(ms)
    while loop_until.isActive():
        QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot_window(db: Path, out: Path, suffix: str) -> None:
    window = open_window(str(db))
    window.resize(1366, 820)
    window.show()
    while window.detail is None:
        QCoreApplication.processEvents()
    settle(600)
    panel, detail = window.list_panel, window.detail
    panel.select_row(2)
    settle(400)
    save(window, out / f"main_contacts_{suffix}.png")
    tabs: list[tuple[str, QWidget]] = [
        ("notes", detail.notes),
        ("credit", detail.credit),
        ("sales", detail.sales),
        ("complaints", detail.complaints),
        ("licences", detail.licences),
        ("standing", detail.standing),
        ("opportunities", detail.opportunities),
        ("contracts", detail.contracts),
        ("people", detail.people),
        ("history", detail.history),
    ]
    for name, tab in tabs:
        detail.tabs.setCurrentWidget(tab)
        save(window, out / f"main_{name}_{suffix}.png")
    detail.tabs.setCurrentIndex(0)
    panel.search_box.setText("bj")
    save(window, out / f"search_initials_{suffix}.png")
    panel.search_box.setText("no such customer")
    save(window, out / f"search_empty_{suffix}.png")
    panel.search_box.clear()
    settle()
    dialogs: list[tuple[str, Callable[[], None]]] = [
        ("dialog_contact", detail.contacts.add_record),
        ("dialog_sale", detail.sales.add_record),
        ("dialog_customer", window.new_customer),
    ]
    for name, opener in dialogs:

        def grab_dialog(name: str = name) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                return
            if name == "dialog_contact":
                # Show what a clerk sees after typing a bad mobile and pressing Save.
                dialog.widgets["name"].setText("赵敏")  # type: ignore[attr-defined]
                dialog.widgets["mobile"].setText("12345")  # type: ignore[attr-defined]
                original = QMessageBox.warning
                QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
                dialog._on_save()  # type: ignore[attr-defined]
                QMessageBox.warning = original  # type: ignore[method-assign]
            save(dialog, out / f"{name}_{suffix}.png")
            dialog.reject()  # type: ignore[attr-defined]

        QTimer.singleShot(500, grab_dialog)
        opener()
    # The import dialog on a messy workbook, and the warnings list.
    from crm_desktop.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.core, ROOT / "tests" / "data" / "messy_contacts.xlsx", window)
    dialog.prepare()
    dialog.show()
    save(dialog, out / f"import_dialog_{suffix}.png")
    dialog.close()
    while window.warnings is not None and window.warnings.loading:
        QCoreApplication.processEvents()
    window.warnings_dock.raise_()
    save(window, out / f"warnings_{suffix}.png")
    while window.reminders.loading:
        QCoreApplication.processEvents()
    window.reminders_dock.raise_()
    save(window, out / f"today_{suffix}.png")
    # The Analysis pane: the trend, then the 80/20 curve.
    window.analysis_dock.raise_()
    for view in ("trend", "channel", "pareto"):
        window.analysis.view.setCurrentIndex(window.analysis.view.findData(view))
        window.analysis.refresh()
        while window.analysis.loading:
            QCoreApplication.processEvents()
        save(window, out / f"analysis_{view}_{suffix}.png")
    window.toggle_large_analysis()
    save(window.analysis_dock, out / f"analysis_large_{suffix}.png")
    window.toggle_large_analysis()
    # The list sorted by ABC class, key accounts starred.
    panel._header_clicked(panel.model.COLUMNS.index("abc"))
    save(window, out / f"list_by_class_{suffix}.png")
    panel._header_clicked(0)
    window.pipeline_dock.show()
    window.pipeline_dock.raise_()
    window.pipeline.refresh()
    save(window, out / f"pipeline_{suffix}.png")
    from crm_desktop.ui.dialogs.database_dialog import DatabaseDialog
    from crm_desktop.ui.dialogs.operators_dialog import SignInDialog

    for name, shown in (
        ("dialog_database", DatabaseDialog(window, str(db), Path(str(db) + ".choice.json"))),
        ("dialog_sign_in", SignInDialog(window.core.operators, window, "wang")),
    ):
        shown.show()
        save(shown, out / f"{name}_{suffix}.png")
        shown.close()
    from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

    rules = RulesDialog(window.core, window)
    rules.show()
    save(rules, out / f"rules_dialog_{suffix}.png")
    rules.close()
    window.close()


def set_dark(app: QApplication, dark: bool) -> None:
    """The dark palette a dark desktop gets (ui/theme.py), or the style's own light one."""
    from crm_desktop.ui.theme import dark_palette

    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    settle(100)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        demo = Path(tmp) / "demo.sqlite3"
        upgrade_database(str(demo))
        core = open_core(str(demo))
        generate(core.engine, 300, today(), seed=1)
        core.engine.dispose()
        for language, suffix in (("en", "en"), ("zh_CN", "zh"), ("zh_TW", "tw"), ("zh_CN", "dark")):
            translators = install_translators(app, language)
            set_dark(app, suffix == "dark")
            shoot_window(demo, out, suffix)
            window = open_window(str(empty))
            window.resize(1100, 700)
            window.show()
            while window.detail is None:
                QCoreApplication.processEvents()
            save(window, out / f"empty_database_{suffix}.png")
            window.close()
            for t in translators:
                app.removeTranslator(t)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


if __name__ == "__main__":
    main()

"""The main window: customer list on the left, the open customer on the right."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter

from crm_desktop import __version__
from crm_desktop.core.changes import Changes
from crm_desktop.core.errors import Cancelled, CrmError
from crm_desktop.ui.changes_hub import ChangesHub
from crm_desktop.ui.customer_list.panel import CustomerListPanel, ListSource

if TYPE_CHECKING:  # the window's first paint comes before the core is imported
    from crm_desktop.core.services.warnings import WarningRow
    from crm_desktop.ui.tasks import Task


class MainWindow(QMainWindow):
    """Built in two steps so the list shows before the heavy core (SQLAlchemy) is imported:
    the constructor needs only a list source; `attach_core` adds editing and the detail."""

    def __init__(self, list_source: ListSource, database_label: str) -> None:
        super().__init__()
        self.core = None
        self.detail = None
        self.warnings = None
        self.hub = ChangesHub(self)  # every write's Changes, once; each view refreshes its part
        self.database_label = database_label
        self._after_paint: list[Callable[[], None]] = []
        self.setWindowTitle(self.tr("crm-desktop — customers"))
        self.resize(1280, 800)
        self.database_label = database_label  # what File → Database starts from
        self.list_panel = CustomerListPanel(list_source)
        self.list_panel.setMinimumWidth(380)
        self.loading = QLabel(self.tr("Opening…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.loading)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([460, 820])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addWidget(self.count_label)
        db_label = QLabel(database_label)
        db_label.setStyleSheet("color: #888;")
        self.statusBar().addPermanentWidget(db_label)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operator_label")
        self.operator_label.hide()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.list_panel.count_changed.connect(self._show_count)
        self._show_count(self.list_panel.last_count)
        if os.environ.get("CRM_DESKTOP_SMOKE_TEST") == "first-paint":
            # Start-up measurement: the list is on screen; say so and stop here.
            self.after_first_paint(
                lambda: (print("window ready: first paint", flush=True), os._exit(0))
            )
        self.after_first_paint(self.list_panel.run_search)
        self.after_first_paint(self.list_panel.reload_filter_choices)
        self._pending_open: int | None = None
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(120)
        self._open_timer.timeout.connect(self._open_pending)
        self._build_actions()
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._restore_list_layout(settings)

    def _restore_list_layout(self, settings: QSettings) -> None:
        """The list's column widths and its sort (by name, or by ABC class) as last left."""
        header = self.list_panel.view.horizontalHeader()
        widths = settings.value("list/header")
        if widths is not None:
            header.restoreState(widths)
        if settings.value("list/sort_by_class", False, type=bool):
            from crm_desktop.ui.customer_list.model import CustomerListModel

            self.list_panel.sort_by_class = True
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                CustomerListModel.COLUMNS.index("abc"), Qt.SortOrder.DescendingOrder
            )

    def save_layout(self) -> None:
        """What the next start restores: the window, its docks and splitter, the list's
        columns and sort."""
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("list/header", self.list_panel.view.horizontalHeader().saveState())
        settings.setValue("list/sort_by_class", self.list_panel.sort_by_class)
        if self.core is not None:  # the docks and the detail exist only with the core
            settings.setValue("main/state", self.saveState())
            settings.setValue("main/splitter", self.splitter.saveState())

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` on the event loop right after the list is first painted."""
        self._after_paint.append(callback)
        self.installEventFilter(self)  # the window paints even when the list is empty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                QTimer.singleShot(0, callback)
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New customer…"), self)
        self.new_action.setObjectName("action_new_customer")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setEnabled(False)
        self.new_action.triggered.connect(self.new_customer)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_file(None))
        self.export_action = QAction(self.tr("&Export everything…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export(False))
        self.export_list_action = QAction(self.tr("Export the customers &listed…"), self)
        self.export_list_action.triggered.connect(lambda: self.export(True))
        self.export_open_action = QAction(self.tr("Export the open customer to a &phone…"), self)
        self.export_open_action.setObjectName("action_export_open_vcard")
        self.export_open_action.setStatusTip(
            self.tr("Save the open customer's contacts as a vCard file (.vcf) for phones")
        )
        self.export_open_action.triggered.connect(self.export_open_customer)
        self.sms_action = QAction(self.tr("&SMS list by region…"), self)
        self.sms_action.setObjectName("action_export_sms")
        self.sms_action.setStatusTip(
            self.tr("The mobiles of the customers listed, grouped by region, for an SMS platform")
        )
        self.sms_action.triggered.connect(self.export_sms_list)
        self.history_action = QAction(self.tr("Import &history…"), self)
        self.history_action.triggered.connect(self.show_history)
        self.office_action = QAction(self.tr("&Office details…"), self)
        self.office_action.triggered.connect(self.edit_office)
        self.rules_action = QAction(self.tr("&Rules and thresholds…"), self)
        self.rules_action.triggered.connect(self.edit_rules)
        for action in (
            self.import_action,
            self.export_action,
            self.export_list_action,
            self.export_open_action,
            self.sms_action,
            self.history_action,
            self.office_action,
            self.rules_action,
        ):
            action.setEnabled(False)
            file_menu.addAction(action)
        # Needs no core: a PC that cannot open its database can still be pointed at another.
        self.database_action = QAction(self.tr("&Database (file or server)…"), self)
        self.database_action.setObjectName("action_database")
        self.database_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.database_action)
        file_menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Sign &out / switch operator…"), self)
        self.sign_out_action.setObjectName("action_sign_out")
        self.sign_out_action.setEnabled(False)
        self.sign_out_action.triggered.connect(self.switch_operator)
        file_menu.addAction(self.sign_out_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        from crm_desktop.ui.database_menu import DatabaseMenu, remember_database

        self.databases = DatabaseMenu(self, file_menu, quit_action)
        remember_database(self.database_label)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find customer"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.list_panel.focus_search)
        edit_menu.addAction(find_action)
        edit_menu.addSeparator()
        self.assign_action = QAction(self.tr("&Reassign owner…"), self)
        self.assign_action.setObjectName("action_assign_owner")
        self.assign_action.triggered.connect(self.assign_owner)
        self.share_action = QAction(self.tr("&Share the customer…"), self)
        self.share_action.setObjectName("action_share")
        self.share_action.triggered.connect(self.share_customer)
        for action in (self.assign_action, self.share_action):
            action.setEnabled(False)
            edit_menu.addAction(action)
        self.settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.operators_action = QAction(self.tr("&Operators…"), self)
        self.operators_action.setObjectName("action_operators")
        self.operators_action.setEnabled(False)
        self.operators_action.triggered.connect(self.edit_operators)
        self.settings_menu.addAction(self.operators_action)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.setObjectName("action_change_password")
        self.password_action.setEnabled(False)
        self.password_action.triggered.connect(self.change_password)
        self.settings_menu.addAction(self.password_action)
        for menu in (file_menu, edit_menu, self.settings_menu):
            menu.setToolTipsVisible(True)  # a greyed-out action says why
        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        inactive_action = QAction(self.tr("Show &inactive customers"), self)
        inactive_action.setCheckable(True)
        inactive_action.toggled.connect(self.list_panel.show_inactive.setChecked)
        self.list_panel.show_inactive.toggled.connect(inactive_action.setChecked)
        view_menu.addAction(inactive_action)
        view_menu.addSeparator()
        from crm_desktop.ui.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self, view_menu)
        view_menu.addSeparator()
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("action_user_guide")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setObjectName("action_shortcuts")
        shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        help_menu.addSeparator()
        log_folder = QAction(self.tr("Open &log folder"), self)
        log_folder.setObjectName("action_open_log_folder")
        log_folder.triggered.connect(self.open_log_folder)
        help_menu.addAction(log_folder)
        about = QAction(self.tr("&About crm-desktop"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def attach_core(self, core: object) -> None:
        """The core is ready: show the detail area and enable editing."""
        from crm_desktop.ui.customer_detail import CustomerDetailView

        self.core = core
        self.detail = CustomerDetailView(core, self.hub)  # type: ignore[arg-type]
        self.detail.setObjectName("customer_detail")
        self.splitter.replaceWidget(1, self.detail)
        self.loading.deleteLater()
        self.splitter.setSizes([460, 820])
        splitter = QSettings().value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for action in (
            self.new_action,
            self.import_action,
            self.export_action,
            self.export_list_action,
            self.export_open_action,
            self.sms_action,
            self.history_action,
            self.office_action,
            self.rules_action,
        ):
            action.setEnabled(True)
        from crm_desktop.ui.reports_menu import ReportsMenu

        self.reports = ReportsMenu(self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.reports.menu)
        from crm_desktop.ui.backup_menu import BackupMenu

        self.tools = BackupMenu(self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.tools.menu)
        from crm_desktop.ui.office_watch import OfficeWatch

        # Refresh (F5), the periodic look at what other PCs wrote, the audit trail's export
        # (the operators' sign-in limits it to administrators).
        self.watch = OfficeWatch(self, core, self.hub)
        self.view_menu.insertAction(
            self.view_menu.actions()[0],
            self.watch.refresh_action,
        )
        self.tools.menu.addSeparator()
        self.tools.menu.addAction(self.watch.export_action)
        self.setAcceptDrops(True)
        self.list_panel.current_customer_changed.connect(self._schedule_open)
        self.list_panel.customer_activated.connect(self.open_customer)
        self.hub.changes_applied.connect(self._list_on_changes)
        self.list_panel.reload_filter_choices()
        self.detail.show_customer(self.list_panel.current_id())
        self.welcome = None
        if self.list_panel.last_count == 0 and not getattr(core, "read_only", False):
            self._show_welcome()
        from crm_desktop.ui.warnings.panel import WarningsPanel

        self.warnings = WarningsPanel(core)
        self.warnings_dock = QDockWidget(self.tr("Warnings"), self)
        self.warnings_dock.setObjectName("warnings_dock")
        self.warnings_dock.setWidget(self.warnings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        self.resizeDocks([self.warnings_dock], [170], Qt.Orientation.Vertical)
        self.view_menu.addAction(self.warnings_dock.toggleViewAction())
        self.warnings.open_requested.connect(self.open_customer_tab)
        self.warnings.changes_made.connect(self.hub.apply)
        self.hub.changes_applied.connect(self.warnings.on_changes)
        self.warnings.marks_changed.connect(self.list_panel.set_marks)
        self.warnings.marks_changed.connect(lambda _marks: self.analysis.marks_changed())
        self.warnings.marks_updated.connect(self.list_panel.update_marks)
        self.warnings.marks_updated.connect(lambda _ids: self.analysis.marks_changed())
        self.detail.is_key_account = lambda cid: self.list_panel.model.marks.key_account(cid)
        self.warnings.refresh()
        from crm_desktop.ui.reminders.panel import RemindersPanel, notify_in_tray

        self.reminders = RemindersPanel(core)
        self.reminders_dock = QDockWidget(self.tr("Today"), self)
        self.reminders_dock.setObjectName("reminders_dock")
        self.reminders_dock.setWidget(self.reminders)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reminders_dock)
        self.tabifyDockWidget(
            self.reminders_dock, self.warnings_dock
        )  # warnings in front, Today one click away
        self.warnings_dock.raise_()
        self.view_menu.addAction(self.reminders_dock.toggleViewAction())
        self.reminders.open_customer.connect(self.find_customer)
        self.hub.changes_applied.connect(self.reminders.on_changes)
        first = [True]

        def notify(found: object) -> None:
            if first[0] and not os.environ.get("CRM_DESKTOP_SMOKE_TEST"):
                self.tray = notify_in_tray(self, found)  # type: ignore[arg-type]
            first[0] = False

        self.reminders.loaded.connect(notify)
        self.reminders.refresh()
        from crm_desktop.ui.charts.analysis_panel import AnalysisPanel

        self.analysis = AnalysisPanel(core, lambda: self.list_panel.model.marks)
        self.analysis_dock = QDockWidget(self.tr("Analysis"), self)
        self.analysis_dock.setObjectName("analysis_dock")
        self.analysis_dock.setWidget(self.analysis)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.analysis_dock)
        self.tabifyDockWidget(self.warnings_dock, self.analysis_dock)
        self.warnings_dock.raise_()
        self.view_menu.addAction(self.analysis_dock.toggleViewAction())
        self.analysis.filter_list.connect(self.filter_list_by)
        self.hub.changes_applied.connect(self.analysis.on_changes)
        self.analysis.open_customer.connect(lambda cid: self.open_customer_tab(cid, "sales"))
        self.analysis.show_customers.connect(self.list_panel.show_only)
        self.analysis.enlarge.clicked.connect(self.toggle_large_analysis)
        self.analysis.reload_choices()
        # Drawn when first shown: nobody pays for charts they do not look at.
        self.analysis_dock.visibilityChanged.connect(
            lambda visible: visible and self.analysis.table_data is None and self.analysis.refresh()
        )
        from crm_desktop.ui.pipeline_panel import PipelinePanel

        self.pipeline = PipelinePanel(core)
        self.pipeline_dock = QDockWidget(self.tr("Pipeline"), self)
        self.pipeline_dock.setObjectName("pipeline_dock")
        self.pipeline_dock.setWidget(self.pipeline)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.pipeline_dock)
        self.tabifyDockWidget(self.analysis_dock, self.pipeline_dock)
        self.warnings_dock.raise_()
        self.view_menu.addAction(self.pipeline_dock.toggleViewAction())
        self.pipeline.changed.connect(self.hub.apply)
        self.hub.changes_applied.connect(self.pipeline.on_changes)
        self.pipeline.open_customer.connect(
            lambda cid: self.open_customer_tab(cid, "opportunities")
        )
        self.pipeline_dock.visibilityChanged.connect(
            lambda visible: visible and self.pipeline.data is None and self.pipeline.refresh()
        )
        state = QSettings().value("main/state")
        if state is not None:
            self.restoreState(state)  # the docks where the user left them, floated or tabbed
        if getattr(core, "read_only", False):
            self._show_read_only()
        self.tools.menu.setToolTipsVisible(True)
        from crm_desktop.ui.dialogs.operators_dialog import answer_refusals_with_a_dialog

        answer_refusals_with_a_dialog(self)
        self.apply_operator()
        if not os.environ.get("CRM_DESKTOP_SMOKE_TEST"):
            # After the first screens have their data: the copy competes for the disk.
            QTimer.singleShot(3000, self, self.tools.start_daily_backup)
        if os.environ.get("CRM_DESKTOP_SMOKE_TEST"):
            # The bundle's smoke test: the window opened with its core; say so and leave.
            print(f"window ready: {self.list_panel.last_count} customers", flush=True)
            QTimer.singleShot(0, self.close)

    def _show_welcome(self) -> None:
        """No customers yet: the three ways to begin instead of an empty detail; the detail
        comes back with the first customer."""
        from crm_desktop.ui.welcome import WelcomePage

        self.welcome = WelcomePage()
        self.welcome.import_requested.connect(lambda: self.import_file(None))
        self.welcome.add_requested.connect(self.new_customer)
        self.welcome.demo_requested.connect(self.fill_demo_data)
        self.splitter.replaceWidget(1, self.welcome)
        self.list_panel.count_changed.connect(self._leave_welcome)

    def _leave_welcome(self, count: int) -> None:
        if count <= 0 or self.welcome is None or self.detail is None:
            return
        self.list_panel.count_changed.disconnect(self._leave_welcome)
        self.splitter.replaceWidget(1, self.detail)
        self.detail.show()
        self.welcome.deleteLater()
        self.welcome = None

    def fill_demo_data(self) -> None:
        """After a yes: the demo customers, made by the same core service as `crm-desktop
        demo`, on a worker thread with progress and Cancel (which adds nothing)."""
        if self.core is None:
            return
        from crm_desktop.core.clock import today
        from crm_desktop.core.demo import DemoCancelled
        from crm_desktop.ui.welcome import DEMO_CUSTOMERS

        answer = QMessageBox.question(
            self,
            self.tr("Open the demo data"),
            self.tr(
                "Add {0} made-up customers with contacts, two years of sales, complaints and "
                "licences to this database? Try everything on them; for real work, start a new "
                "database or remove the demo customers afterwards."
            ).format(DEMO_CUSTOMERS),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        demo, day = self.core.demo, today()  # type: ignore[attr-defined]
        from crm_desktop.ui.tasks import QueryOp

        def work(task: Any) -> object:
            return demo.fill(
                DEMO_CUSTOMERS, day, progress=task.progress, cancelled=task.cancelled
            )

        def done(result: Any) -> None:
            made, changes = result
            self.hub.apply(changes)
            self.statusBar().showMessage(
                self.tr("Added %n demo customer(s).", "", made.customers), 8000
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DemoCancelled):
                self.statusBar().showMessage(self.tr("No demo data was added."), 8000)
                return
            QMessageBox.critical(self, self.tr("Open the demo data"), str(exc))

        QueryOp(self, work, done, name="demo.fill").failure(failed).with_progress(
            self.tr("Making the demo data…")
        ).run_in_background()

    def _show_read_only(self) -> None:
        """Beside the window that owns the file: say so everywhere, offer no edits, and
        answer any write still tried (a tab's button) with a dialog."""
        from crm_desktop.ui.read_only import refuse_writes_with_a_dialog

        self.setWindowTitle(self.tr("crm-desktop — customers (read-only)"))
        notice = QLabel(self.tr("Read-only: another window has this database open"))
        notice.setObjectName("read_only_notice")
        notice.setStyleSheet("color: #b35900; font-weight: bold;")
        self.statusBar().addPermanentWidget(notice)
        for action in (
            self.new_action,
            self.import_action,
            self.history_action,
            self.office_action,
            self.rules_action,
            self.tools.restore_action,
            self.tools.folder_action,
        ):
            action.setEnabled(False)
        self.setAcceptDrops(False)  # a dropped file would be imported
        refuse_writes_with_a_dialog(self)

    def _guarded_actions(self) -> list[tuple[QAction, str]]:
        """Each action and the permission (core/permissions.py) it needs."""
        return [
            (self.new_action, "create_customer"),
            (self.import_action, "import"),
            (self.history_action, "import"),
            (self.export_action, "export"),
            (self.export_list_action, "export"),
            (self.export_open_action, "export"),
            (self.office_action, "settings"),
            (self.rules_action, "settings"),
            (self.tools.folder_action, "settings"),
            (self.tools.restore_action, "restore"),
            (self.assign_action, "assign_owners"),
            (self.share_action, "assign_owners"),
            (self.operators_action, "operators"),
            (self.watch.export_action, "audit_export"),
        ]

    def apply_operator(self) -> None:
        """Enable what the signed-in operator's role may use; the rest is greyed out with the
        reason as its tooltip (the core refuses it anyway)."""
        from crm_desktop.ui.dialogs.operators_dialog import refusal_text, role_labels

        core: Any = self.core
        who = core.operators.current()
        self.list_panel.set_operator(who.id if who is not None else None)
        read_only = bool(getattr(core, "read_only", False))
        for action, key in self._guarded_actions():
            allowed = core.operators.can(key)
            if allowed and read_only and key not in ("export", "operators"):
                continue  # the read-only window keeps these off
            action.setEnabled(allowed)
            action.setToolTip("" if allowed or who is None else refusal_text(who.role, key))
        if who is None and not core.operators.any_defined():
            self.operators_action.setEnabled(not read_only)  # the first administrator
        self.setAcceptDrops(not read_only and core.operators.can("import"))  # a drop imports
        for action in (self.sign_out_action, self.password_action):
            action.setEnabled(who is not None)
            action.setToolTip(
                ""
                if who is not None
                else self.tr("No operators are defined: crm-desktop opens without signing in.")
            )
        if who is None:
            self.operator_label.hide()
        else:
            self.operator_label.setText(
                self.tr("Signed in: {0} ({1})").format(
                    who.display_name, role_labels().get(who.role, who.role)
                )
            )
            self.operator_label.show()

    def switch_operator(self) -> None:
        from crm_desktop.ui.dialogs.operators_dialog import SignInDialog

        core: Any = self.core
        core.operators.sign_out()
        dialog = SignInDialog(core.operators, self)
        if not dialog.exec():
            self.close()  # nobody signed in: the data is not left open on screen
            return
        self.apply_operator()
        self.hub.apply(Changes.everyone("operators"))

    def edit_operators(self) -> None:
        from crm_desktop.ui.dialogs.operators_dialog import OperatorsDialog

        dialog = OperatorsDialog(self.core, self)
        dialog.exec()
        self.apply_operator()
        if dialog.changes:
            self.hub.apply(dialog.changes)

    def change_password(self) -> None:
        from crm_desktop.ui.dialogs.operators_dialog import PasswordForm

        core: Any = self.core
        form = PasswordForm(self, self.tr("Change my password"), ask_current=True)
        form.submit = core.operators.change_password
        if form.exec():
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def assign_owner(self) -> None:
        from crm_desktop.ui.dialogs.operators_dialog import AssignDialog

        dialog = AssignDialog(
            self.core, self.list_panel.current_id(), self.list_panel.model.ids(), self
        )
        if dialog.exec():
            self.hub.apply(dialog.changes)

    def share_customer(self) -> None:
        from crm_desktop.ui.dialogs.operators_dialog import ShareDialog

        customer_id = self.list_panel.current_id()
        if customer_id is None:
            QMessageBox.information(
                self, self.tr("Share the customer"), self.tr("Select a customer first.")
            )
            return
        dialog = ShareDialog(self.core, customer_id, self)
        if dialog.exec():
            self.hub.apply(dialog.changes)

    def _schedule_open(self, customer_id: int) -> None:
        """Open the current customer once the selection rests: holding Down or typing a
        search does not load every customer passed on the way."""
        self._pending_open = None if customer_id < 0 else customer_id
        self._open_timer.start()

    def _open_pending(self) -> None:
        if self.detail is None:
            return
        shown = self.detail.customer.id if self.detail.customer is not None else None
        if shown != self._pending_open:  # an edit already refreshed the customer it shows
            self.detail.show_customer(self._pending_open)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", count))

    def open_customer(self, customer_id: int) -> None:
        """Enter / double-click: show the customer and move the keyboard into its tabs."""
        if self.detail is None:
            return
        if self.list_panel.current_id() != customer_id:
            self.list_panel.select_customer(customer_id)
        self._open_timer.stop()
        if self.detail.customer is None or self.detail.customer.id != customer_id:
            self.detail.show_customer(customer_id)
        self.detail.tabs.currentWidget().setFocus()

    def new_customer(self) -> None:
        if self.core is None:
            return
        from crm_desktop.ui.dialogs.customer_dialog import new_customer

        customer_id = new_customer(self, self.core)  # type: ignore[arg-type]
        if customer_id is None:
            return
        self.hub.apply(
            getattr(customer_id, "changes", None)
        )  # None: the user opened an existing one
        if not self.list_panel.select_customer(customer_id):
            # Hidden by the current search or filters: clear them so the user sees it.
            self.list_panel.search_box.clear()
            self.list_panel.show_inactive.setChecked(True)
            self.list_panel.run_search(keep_id=customer_id)
            self.list_panel.select_customer(customer_id)
        self.open_customer(customer_id)

    def _list_on_changes(self, changes: Changes) -> None:
        """The list shows customers' own fields: searched again when those may have changed
        (its marks follow the warnings' update)."""
        if not (changes.all_customers or changes.affects("customers", "imports")):
            return
        self.list_panel.reload_filter_choices()
        shown = (
            self.detail.customer.id
            if self.detail is not None and self.detail.customer is not None
            else None
        )
        self.list_panel.run_search(
            keep_id=shown if shown is not None else self.list_panel.current_id()
        )
        if (
            changes.all_customers
            and self.detail is not None
            and self.list_panel.current_id() != shown
        ):
            self.detail.show_customer(self.list_panel.current_id())

    def toggle_large_analysis(self) -> None:
        """The Analysis page: the dock floats as a big window of its own, and docks back."""
        dock = self.analysis_dock
        if dock.isFloating():
            dock.setFloating(False)
            return
        dock.setFloating(True)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = (
            (min(1400, screen.width() - 80), min(850, screen.height() - 80))
            if screen
            else (1200, 760)
        )
        dock.resize(width, height)
        dock.move(
            self.geometry().center().x() - width // 2, self.geometry().center().y() - height // 2
        )
        dock.show()
        dock.raise_()

    def filter_list_by(self, dimension: str, value: object) -> None:
        """From the analysis: show the customers behind a bar in the list."""
        combo = {
            "channel": self.list_panel.channel,
            "region": self.list_panel.region,
            "category": self.list_panel.category,
            "owner": self.list_panel.owner,
            "abc": self.list_panel.abc,
        }[dimension]
        combo.setCurrentIndex(max(combo.findData(value), 0))
        self.list_panel.run_search()

    def find_customer(self, name: str) -> None:
        """From the Today panel: search the list for the customer and open it."""
        self.list_panel.search_box.setText(name)
        self.list_panel.run_search()
        self.list_panel.select_row(0)

    def open_customer_tab(
        self, customer_id: int, tab: str, warning: WarningRow | None = None
    ) -> None:
        """From the warnings list: the customer, on the tab with the numbers behind it; a
        behind-plan warning also selects its plan line (the month, or its product's), a major
        event its note."""
        if self.detail is None:
            return
        if not self.list_panel.select_customer(customer_id):
            self.list_panel.search_box.clear()
            self.list_panel.run_search(keep_id=customer_id)
            self.list_panel.select_customer(customer_id)
        self._open_timer.stop()
        self.detail.show_customer(customer_id)
        pages = {
            "contacts": self.detail.contacts,
            "notes": self.detail.notes,
            "credit": self.detail.credit,
            "sales": self.detail.sales,
            "complaints": self.detail.complaints,
            "licences": self.detail.licences,
            "standing": self.detail.standing,
            "opportunities": self.detail.opportunities,
            "contracts": self.detail.contracts,
            "people": self.detail.people,
        }
        self.detail.tabs.setCurrentWidget(pages[tab])
        if warning is not None and warning.kind == "sales_behind_plan":
            details = warning.details
            self.detail.plans.show_plan(details["month"], details.get("product") or None)
        if warning is not None and warning.kind == "major_event":
            self.detail.notes.show_note(int(warning.details["note"]))

    def import_file(self, path: Path | None) -> None:
        if self.core is None:
            return
        from crm_desktop.ui.dialogs.import_dialog import choose_and_import

        self.hub.apply(choose_and_import(self, self.core, path))  # type: ignore[arg-type]

    def export(self, listed_only: bool) -> None:
        """Export the office (or the customers listed): a file of every record, or the mobile
        phone list for an SMS platform when that type is chosen in the dialog."""
        if self.core is None:
            return
        from crm_desktop.ui.tasks import QueryOp

        phones_filter = self.tr(
            "Mobile phone list for SMS: region, name, customer, mobile (*.csv *.xlsx)"
        )
        target, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            "crm-export.xlsx",
            self.tr(
                "Excel workbook (*.xlsx);;CSV, one row per contact (*.csv);;"
                "crm-desktop JSON (*.json);;vCard for phones, one card per contact (*.vcf)"
            )
            + ";;"
            + phones_filter,
        )
        if not target:
            return
        path = Path(target)
        phones = chosen_filter == phones_filter
        if phones and path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv")
        elif path.suffix.lower() not in (".xlsx", ".csv", ".json", ".vcf"):
            chosen = next((s for s in ("csv", "json", "vcf") if f"*.{s}" in chosen_filter), "xlsx")
            path = path.with_suffix(f".{chosen}")
        ids = list(self.list_panel.model.ids()) if listed_only else None
        exports = self.core.exports  # type: ignore[attr-defined]

        def done(count: int) -> None:
            message = (
                self.tr("Exported %n mobile number(s) to {0}", "", count)
                if phones
                else self.tr("Exported %n customer(s) to {0}", "", count)
            )
            self.statusBar().showMessage(message.format(path), 8000)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Export cancelled; no file written."), 8000)
                return
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))

        def work(task: Task) -> int:
            if phones:
                return exports.phone_list(path, ids, cancelled=task.cancelled)
            return exports.export(path, ids, cancelled=task.cancelled)

        QueryOp(self, work, done, name="exports.export").failure(failed).with_progress(
            self.tr("Exporting…")
        ).run_in_background()

    def export_sms_list(self) -> None:
        """File → SMS list by region: the listed customers' mobiles, grouped by region (seed
        003: 收集客户的手机号码进行分区整理), as .csv or .xlsx for an SMS platform."""
        if self.core is None:
            return
        target, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("SMS list by region"),
            "sms-list.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        ids = list(self.list_panel.model.ids())
        try:
            count = self.core.exports.phone_list(path, ids)  # type: ignore[attr-defined]
        except (CrmError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Exported %n mobile number(s) to {0}", "", count).format(path), 8000
        )

    def export_open_customer(self) -> None:
        """The open customer's contacts as a .vcf, to load into a phone."""
        customer = self.detail.customer if self.detail is not None else None
        if self.core is None or customer is None:
            self.statusBar().showMessage(self.tr("Open a customer first."), 5000)
            return
        from crm_desktop.ui.vcard_export import ask_vcard_path

        path = ask_vcard_path(self, f"{customer.name}.vcf")
        if path is None:
            return
        try:
            self.core.exports.export(path, [customer.id])  # type: ignore[attr-defined]
        except (CrmError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Exported the contacts of {0} to {1}").format(customer.name, path), 8000
        )

    def edit_office(self) -> None:
        if self.core is None:
            return
        from crm_desktop.ui.dialogs.office_dialog import edit_office

        if edit_office(self, self.core):
            self.hub.apply(Changes(frozenset({"settings"})))

    def choose_database(self) -> None:
        from crm_desktop.paths import chosen_database_file
        from crm_desktop.ui.dialogs.database_dialog import DatabaseDialog

        DatabaseDialog(self, self.database_label, chosen_database_file()).exec()

    def edit_rules(self) -> None:
        if self.core is None:
            return
        from crm_desktop.ui.dialogs.rules_dialog import RulesDialog

        dialog = RulesDialog(self.core, self)
        if dialog.exec():
            self.hub.apply(dialog.changes)

    def show_history(self) -> None:
        if self.core is None:
            return
        from crm_desktop.ui.dialogs.history_dialog import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.core, self)  # type: ignore[arg-type]
        dialog.exec()
        self.hub.apply(dialog.changes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.core is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_file(Path(urls[0].toLocalFile())))

    def open_log_folder(self) -> None:
        """Where unexpected errors are written, in the system's file manager."""
        from crm_desktop.logs import configure_logging, log_dir

        log = configure_logging()  # creates the folder when nothing was logged yet
        folder = log.parent if log is not None else log_dir()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self, self.tr("Log folder"), self.tr("The log files are in {0}").format(folder)
            )

    def show_user_guide(self) -> None:
        from crm_desktop.ui.help_menu import UserGuide

        self._guide = UserGuide(self)  # non-modal: read beside the window
        self._guide.show()

    def show_shortcuts(self) -> None:
        from crm_desktop.ui.help_menu import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About crm-desktop"),
            self.tr("crm-desktop {0}\nAn offline CRM for a distributor's sales office.").format(
                __version__
            ),
        )

    def closeEvent(self, event: object) -> None:  # noqa: N802
        from crm_desktop.ui.tasks import task_lane

        lane = task_lane()
        lane.cancel(self)  # what this window started and still waits to run, never runs
        if self.warnings is not None:
            self.warnings.stop()
        # Never destroy the window under a job that is still using its core; what it would
        # call back finds the window closed (its callbacks check) or gone (the lane checks).
        lane.wait_idle()
        self.save_layout()
        super().closeEvent(event)  # type: ignore[arg-type]

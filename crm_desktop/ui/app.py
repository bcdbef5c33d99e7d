"""Composition root of the window: Qt, language, the list (fast path), then the core."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.core.errors import CrmError
from crm_desktop.core.repositories.customers import SqliteCustomerList
from crm_desktop.paths import resources_dir
from crm_desktop.ui.i18n import install_translators, pick_language
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.single_instance import DatabaseOwnership, activate_owner, bring_to_front


def _sqlite_file(target: str) -> Path | None:
    if "://" not in target:
        return Path(target).expanduser()
    if target.startswith("sqlite:///"):
        return Path(target[len("sqlite:///") :])
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("crm-desktop")
    QCoreApplication.setApplicationName("crm-desktop")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "crm-desktop.png")))  # type: ignore[union-attr]
    from crm_desktop.ui.theme import follow_system_scheme

    follow_system_scheme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def sign_in_before_window(core: object) -> bool:
    """With operators defined, nobody sees a customer before signing in; False: cancelled."""
    from crm_desktop.ui.dialogs.operators_dialog import SignInDialog

    operators = core.operators  # type: ignore[attr-defined]
    if not operators.any_defined():
        return True
    return bool(SignInDialog(operators).exec())


def open_window(target: str, read_only: bool = False) -> MainWindow | None:
    """Show the list straight from SQLite when the schema is current, then load the core.
    `read_only`: another window owns the file; this one never upgrades nor writes it.
    None: the sign-in was cancelled."""
    path = _sqlite_file(target)
    fast_source = SqliteCustomerList.open_current(path) if path is not None else None
    if fast_source is not None and fast_source.has_operators():
        # The sign-in needs the core, and no customer shows before it.
        fast_source.close()
        fast_source = None
    if fast_source is None and read_only:
        from crm_desktop.core.facade import open_core

        core = open_core(target, read_only=True)  # the owner upgraded it, or this refuses
        if not sign_in_before_window(core):
            core.close()
            return None
        window = MainWindow(
            SqliteCustomerList(path) if path else core.customers, str(path or target)
        )
        window.attach_core(core)
        return window
    if fast_source is None:
        from crm_desktop.core.facade import open_core, upgrade_database

        # A new or older database: the window asks for the upgrade (an older file is backed up
        # first).
        upgraded = upgrade_database(target)
        core = open_core(target)
        if not sign_in_before_window(core):
            core.close()
            return None
        source = SqliteCustomerList(path) if path is not None else core.customers
        window = MainWindow(source, str(path or target))
        window.attach_core(core)
        if upgraded.backup is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App",
                    "The database was upgraded for this version; the previous file is kept in {0}",
                ).format(upgraded.backup),
                15000,
            )
        return window
    window = MainWindow(fast_source, str(path))
    from crm_desktop.ui.tasks import QueryOp, report_failure

    def failed(exc: BaseException) -> None:
        if isinstance(exc, CrmError):
            _fail(window, str(exc))
        else:
            report_failure(window, exc)

    # The core opens as the lane's first job, once the list has been painted: its imports
    # compete for the interpreter lock, and the first screen matters more.
    op = QueryOp(
        window, lambda _task: load_core(target, read_only), window.attach_core, name="open_core"
    ).failure(failed)
    window.after_first_paint(op.run_in_background)
    return window


def load_core(target: str, read_only: bool) -> object:
    """Imports SQLAlchemy, Alembic and matplotlib and opens the core (on the task lane, so
    the list can be searched while they load: about a second on an office PC)."""
    import matplotlib.figure  # noqa: F401  (pure Python; the Qt canvas is imported on the GUI thread)

    from crm_desktop.core.clock import today
    from crm_desktop.core.facade import open_core

    core = open_core(target, read_only=read_only)
    if not read_only:
        # The analysis tables' monthly upkeep, here off the GUI thread: views never write.
        core.analytics.move_horizon(today())
    return core


def _fail(window: MainWindow, message: str) -> None:
    QMessageBox.critical(
        window, QCoreApplication.translate("App", "Cannot open the database"), message
    )
    window.close()


def run_app(target: str, language: str | None) -> int:
    app = make_application()
    from crm_desktop.ui.error_report import install_error_reporter

    reporter = install_error_reporter(app)  # noqa: F841 - a slot's exception: logged, shown
    translators = install_translators(app, pick_language(language))  # noqa: F841 - keep alive
    path = _sqlite_file(target)
    claim = claim_database(path) if path is not None else Claim(None, False)
    if claim is None:
        return 0  # switched to the window that has the file, or cancelled
    read_only = claim.read_only
    restored = apply_noted_restore(path) if path is not None and not read_only else None
    while True:
        try:
            window = open_window(target, read_only)
            break
        except CrmError as exc:
            if path is None or read_only or not offer_latest_backup(path, exc):
                return 2
    if window is None:
        return 0  # the sign-in was cancelled
    window.after_first_paint(lambda: _start_log(target))
    if claim.ownership is not None:
        window.ownership = claim.ownership  # type: ignore[attr-defined]
        claim.ownership.listen(lambda: bring_to_front(window))
    window.show()
    if restored is not None:
        QMessageBox.information(window, QCoreApplication.translate("App", "Restore"), restored)
    try:
        return app.exec()
    finally:
        if claim.ownership is not None:
            claim.ownership.release()


@dataclass(frozen=True)
class Claim:
    """How this start holds the database: owning it, or read-only beside its owner."""

    ownership: DatabaseOwnership | None
    read_only: bool


def claim_database(path: Path) -> Claim | None:
    """Own `path`, or, when another window owns it, ask: switch to that window (None: this
    start ends), open read-only, or cancel (None)."""
    ownership = DatabaseOwnership(path)
    if ownership.acquire():
        return Claim(ownership, False)
    while True:
        choice = ask_about_open_database(path)
        if choice == "read_only":
            return Claim(None, True)
        if choice != "switch":
            return None
        if activate_owner(path):
            return None
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Already open"),
            QCoreApplication.translate(
                "App",
                "The other window does not answer. Close it, or open the data read-only here.",
            ),
        )


def ask_about_open_database(path: Path) -> str:
    """ "switch", "read_only" or "cancel"."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "Already open"),
        QCoreApplication.translate(
            "App", "{0} is already open in another crm-desktop window."
        ).format(path.name),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Switch to that window, or open the data read-only here: a read-only window "
            "shows everything and changes nothing.",
        )
    )
    switch = box.addButton(
        QCoreApplication.translate("App", "Switch to the open window"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    read_only = box.addButton(
        QCoreApplication.translate("App", "Open read-only"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(switch)
    box.exec()
    clicked = box.clickedButton()
    return "switch" if clicked is switch else "read_only" if clicked is read_only else "cancel"


def _start_log(target: str) -> None:
    """Open the log file once the list is on screen (the logging modules cost a little);
    an error before then opens it itself."""
    from crm_desktop import __version__
    from crm_desktop.logs import configure_logging, logger

    configure_logging()
    logger.info("crm-desktop %s started on %s", __version__, target)


def apply_noted_restore(path: Path) -> str | None:
    """Carry out a restore the window noted before it restarted; what to tell the user."""
    from crm_desktop.core.pending_restore import apply_pending_restore, note_path

    if not note_path(path).exists():
        return None
    try:
        done = apply_pending_restore(path)
    except CrmError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Restore"),
            QCoreApplication.translate(
                "App", "The backup could not be restored; the data was left as it was.\n{0}"
            ).format(exc),
        )
        return None
    if done is None:
        return None
    message = QCoreApplication.translate("App", "The data was restored from {0}.").format(
        done.backup
    )
    if done.safety is not None:
        message += "\n" + QCoreApplication.translate(
            "App", "The data it replaced is kept in {0}."
        ).format(done.safety)
    return message


def offer_latest_backup(path: Path, error: CrmError) -> bool:
    """The database cannot be opened: say why and offer its latest backup. True when one was
    restored (the caller opens again); the unusable file is kept aside, never overwritten."""
    from crm_desktop.core.backup import restore
    from crm_desktop.core.backup_schedule import default_folder, latest_backup
    from crm_desktop.core.errors import DatabaseLocked

    title = QCoreApplication.translate("App", "Cannot open the database")
    from crm_desktop.ui.backup_menu import folder_key

    remembered = QSettings().value(folder_key(path))
    folders = [Path(str(remembered))] if remembered else []
    latest = (
        None
        if isinstance(error, DatabaseLocked)
        else latest_backup(path, [*folders, default_folder(path)])
    )
    if latest is None:
        QMessageBox.critical(None, title, str(error))
        return False
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        QCoreApplication.translate(
            "App",
            "{0}\n\nThe latest backup of this database is {1}. Restore it? "
            "The file that cannot be opened is kept beside the backups.",
        ).format(error, latest.name),
    )
    restore_button = box.addButton(
        QCoreApplication.translate("App", "Restore the latest backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        restore(latest, path)
    except CrmError as exc:
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "App", "The backup could not be restored either: {0}"
            ).format(exc),
        )
        return False
    return True

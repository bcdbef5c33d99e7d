"""File → Database: open a SQLite file on this PC or the office's PostgreSQL server, test the
connection, and keep the choice for the next start (core/services/database_choice.py). The
password is
never kept in the settings: ticked, it goes to the user's pgpass file, where PostgreSQL's
client library looks for it; else it comes from CRM_DESKTOP_PGPASSWORD at the start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import CrmError
from crm_desktop.core.services.database_choice import (
    ServerAddress,
    check_connection,
    remember_password,
    save_target,
    saved_target,
    server_url,
)


class DatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: str, choice_file: Path) -> None:
        super().__init__(parent)
        self.setObjectName("database_dialog")
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(480)  # room for a whole file path or server address
        self.choice_file = choice_file
        self.file_choice = QRadioButton(self.tr("A database file on this PC (SQLite)"))
        self.server_choice = QRadioButton(self.tr("The office's server (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.host, self.database, self.user = QLineEdit(), QLineEdit("crm"), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this PC (pgpass file)"))
        self.remember.setChecked(True)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("connection_result")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        server = QFormLayout()
        server.addRow(self.tr("Host"), self.host)
        server.addRow(self.tr("Port"), self.port)
        server.addRow(self.tr("Database name"), self.database)
        server.addRow(self.tr("User name"), self.user)
        server.addRow(self.tr("Password"), self.password)
        server.addRow("", self.remember)
        self.server_fields = QWidget()
        self.server_fields.setLayout(server)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.file_choice.toggled.connect(self._enable)
        self._show(saved_target(choice_file) or current)

    def _show(self, target: str) -> None:
        if "://" in target and not target.startswith("sqlite"):
            from urllib.parse import unquote, urlsplit

            url = urlsplit(target.replace("postgresql+psycopg://", "postgresql://"))
            self.host.setText(url.hostname or "")
            self.port.setValue(url.port or 5432)
            self.database.setText(unquote(url.path.lstrip("/")))
            self.user.setText(unquote(url.username or ""))
            self.server_choice.setChecked(True)
        else:
            self.path.setText(target.removeprefix("sqlite:///"))
            self.file_choice.setChecked(True)
        self._enable()

    def _enable(self) -> None:
        on_file = self.file_choice.isChecked()
        self.path.setEnabled(on_file)
        self.server_fields.setEnabled(not on_file)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("crm-desktop databases (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path.setText(chosen)

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def target(self) -> str:
        """What the next start opens (a server's URL never holds the password)."""
        if self.file_choice.isChecked():
            return self.path.text().strip()
        return server_url(self.address())

    def test_connection(self) -> bool:
        """Open the chosen database once; the result, good or bad, in plain words."""
        try:
            target = self.target()
            if not target:
                raise CrmError(self.tr("choose a database file"))
            found = check_connection(target, self.password.text() or None)
        except CrmError as exc:
            self.result.setText(self.tr("Cannot connect: {0}").format(exc))
            self.result.setProperty("ok", False)
            return False
        self.result.setText(self.tr("Connected: {0}").format(found))
        self.result.setProperty("ok", True)
        return True

    def save(self) -> None:
        if not self.test_connection():
            answer = QMessageBox.question(
                self,
                self.tr("Database"),
                self.tr("The database cannot be opened now. Keep this choice anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.server_choice.isChecked() and self.remember.isChecked() and self.password.text():
            remember_password(self.address(), self.password.text())
        save_target(self.choice_file, self.target())
        QMessageBox.information(
            self,
            self.tr("Database"),
            self.tr("Saved. The next start opens this database (started with --db or"
                    " CRM_DESKTOP_DB, those win)."),
        )  # fmt: skip
        self.accept()

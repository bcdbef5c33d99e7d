"""The first minute: a database without customers opens on this page instead of an empty
detail area, with the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

DEMO_CUSTOMERS = 300  # enough for every chart and list to show something real


class WelcomePage(QWidget):
    import_requested = Signal()
    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        title = QLabel(self.tr("Welcome to crm-desktop"))
        title.setObjectName("welcome_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "This database has no customers yet. Bring in the contact book you already "
                "keep, type your first customer, or look around in made-up demo data first."
            )
        )
        text.setWordWrap(True)
        style = self.style()
        self.import_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("&Import a contact book…"),
        )
        self.import_button.setObjectName("welcome_import")
        self.add_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&Add a customer")
        )
        self.add_button.setObjectName("welcome_add")
        self.demo_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon),
            self.tr("Open the &demo data"),
        )
        self.demo_button.setObjectName("welcome_demo")
        hint = QLabel(self.tr("Help → User guide explains every screen."))
        hint.setObjectName("welcome_hint")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(text)
        layout.addSpacing(12)
        for button in (self.import_button, self.add_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.setDefault(True)

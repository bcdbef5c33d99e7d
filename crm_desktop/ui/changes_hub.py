"""One signal for every write: the window's views listen and refresh only what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.core.changes import Changes


class ChangesHub(QObject):
    """Owned by the main window and passed to its views. Whoever writes (a tab, a dialog, an
    import) hands the write's `Changes` to `apply`, once; each view decides what it redraws."""

    changes_applied = Signal(object)  # Changes

    def apply(self, changes: Changes | None) -> None:
        if changes:
            self.changes_applied.emit(changes)

"""One window owns a database file: a QLockFile beside it says which, and a QLocalServer
named after the file lets a second start ask that window to come to the front.

The lock is held for the window's whole life, so it never goes stale by age
(`setStaleLockTime(0)`); a lock left by a program that crashed is stale because its process is
gone, which QLockFile checks itself (the process id and host in the file).
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from crm_desktop.core.private_files import make_private

ACTIVATE = b"activate\n"
_ANSWER_MS = 2000


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def server_name(database: Path) -> str:
    """The same for every start on this file by this user (local servers are per machine)."""
    key = f"{getpass.getuser()}\n{database.resolve()}".encode()
    return "crm-desktop-" + hashlib.sha1(key).hexdigest()[:20]


class DatabaseOwnership(QObject):
    """This process's claim on one database file, and the server other starts talk to."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.lock = QLockFile(str(lock_path(database)))
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when no live window owns the file (a stale lock is taken over). A folder
        this user cannot write to (a read-only share) holds no lock of anyone's: True."""
        if self.lock.tryLock(0):
            # QLockFile follows the umask (0644 most often): the lock names this user's
            # process and host beside the office's data, so it is as private as the data.
            make_private(lock_path(self.database))
            return True
        return self.lock.error() == QLockFile.LockError.PermissionError

    def listen(self, activate: Callable[[], None]) -> None:
        """Call `activate` when a second start asks for this window."""
        name = server_name(self.database)
        QLocalServer.removeServer(name)  # a socket file a crashed owner left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(lambda: self._accept(server, activate))
        server.listen(name)
        self.server = server

    def _accept(self, server: QLocalServer, activate: Callable[[], None]) -> None:
        while (socket := server.nextPendingConnection()) is not None:

            def read(socket: QLocalSocket = socket) -> None:
                if socket.canReadLine() and bytes(socket.readLine().data()) == ACTIVATE:
                    activate()
                    socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()  # the message may have come with the connection

    def release(self) -> None:
        """Before a restart (a restore) and at exit: the next start owns the file."""
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def activate_owner(database: Path) -> bool:
    """Ask the window that owns `database` to come to the front; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(_ANSWER_MS):
        return False
    socket.write(ACTIVATE)
    sent = socket.waitForBytesWritten(_ANSWER_MS)
    socket.disconnectFromServer()
    return sent


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

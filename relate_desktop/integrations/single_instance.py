"""One running Relate per user and data folder: the local server later starts hand their words to.

The client half (``hand_over.py``) is Qt-free so ``relate-desktop pop`` stays fast. Nothing
here listens on the network: a Unix socket in the user's own runtime folder, or a named
pipe on Windows, reachable by this user only.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from relate_desktop.integrations.hand_over import MAX_MESSAGE_BYTES, decode, hand_over

log = logging.getLogger(__name__)

#: Two Relates started at the same instant (two quick pops) queue here, so only one listens.
_CLAIM_WAIT_MS = 5000


def _lock_path(name: str) -> str:
    if sys.platform == "win32":
        return os.path.join(tempfile.gettempdir(), name + ".lock")
    return name + ".lock"


class _Connection(QObject):
    """One start of relate-desktop handing over: read its line, then let it go."""

    def __init__(self, socket: QLocalSocket, deliver: Callable[[list[str]], None]) -> None:
        super().__init__(socket)
        self._socket = socket
        self._deliver = deliver
        self._buffer = bytearray()
        self._done = False
        socket.readyRead.connect(self.read)
        socket.disconnected.connect(self._finish)
        socket.disconnected.connect(socket.deleteLater)

    def read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        if b"\n" in self._buffer or len(self._buffer) > MAX_MESSAGE_BYTES:
            self._finish()
            self._socket.disconnectFromServer()

    def _finish(self) -> None:
        if self._done:
            return
        self._read_rest()
        self._done = True
        line = bytes(self._buffer).split(b"\n", 1)[0]
        arguments = decode(line) if len(line) <= MAX_MESSAGE_BYTES else None
        if arguments is None:
            log.warning("ignored a hand-over that was not from relate-desktop")
            return
        self._deliver(arguments)

    def _read_rest(self) -> None:
        if self._socket.bytesAvailable():
            self._buffer += bytes(self._socket.readAll().data())


class InstanceServer(QObject):
    """Listens for later starts. ``subscribe`` gets their arguments, including any that came
    while the window was not there yet (staff still signing in)."""

    arguments_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._held: list[list[str]] | None = []

    def claim(self, arguments: Sequence[str]) -> bool:
        """Become the running Relate, or hand ``arguments`` to the one already running.

        True: this process listens now. False: another Relate took the arguments; exit.
        """
        lock = QLockFile(_lock_path(self.name))
        locked = lock.tryLock(_CLAIM_WAIT_MS)
        try:
            if hand_over(self.name, arguments):
                return False
            QLocalServer.removeServer(self.name)  # a crashed Relate's socket, nobody behind it
            if not self._server.listen(self.name):
                # Relate still works, it just cannot receive callers or later starts.
                log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
            return True
        finally:
            if locked:
                lock.unlock()

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def subscribe(self, receiver: Callable[[list[str]], None]) -> None:
        held, self._held = self._held or [], None
        self.arguments_received.connect(receiver)
        for arguments in held:
            receiver(arguments)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            connection = _Connection(socket, self._deliver)
            connection.read()  # the words may have arrived with the connection

    def _deliver(self, arguments: list[str]) -> None:
        if self._held is not None:
            self._held.append(arguments)
        else:
            self.arguments_received.emit(arguments)

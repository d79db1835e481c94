"""A TCP connection to a caller-ID server (NCID, Asterisk) that comes back by itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket

log = logging.getLogger(__name__)

#: Seconds between tries while the server is away: soon at first, then gently.
RETRY_DELAYS_S = (2, 5, 10, 30, 60)


class ReconnectingPeer(QObject):
    """Connects, reports what arrives, and after a drop tries again; never blocks the window."""

    connected = Signal()
    received = Signal(bytes)
    #: Said once per outage, not at every retry: staff need to know, not to be nagged.
    problem = Signal(str)

    def __init__(self, host: str, port: int, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.port = port
        self._what = what
        self._socket = QTcpSocket(self)
        self._socket.connected.connect(self._connected)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._lost)
        self._socket.errorOccurred.connect(self._failed)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._connect)
        self._failures = 0
        self._reported = False
        self._running = False

    def start(self) -> None:
        self._running = True
        self._connect()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._socket.abort()

    def send(self, data: bytes) -> None:
        self._socket.write(data)

    def drop(self, delay_s: int | None = None) -> None:
        """Close the connection and try again later (after a refused login, say)."""
        self._socket.abort()
        self._schedule(delay_s)

    @property
    def is_connected(self) -> bool:
        return self._socket.state() == QAbstractSocket.SocketState.ConnectedState

    def _connect(self) -> None:
        if self._running and self._socket.state() == QAbstractSocket.SocketState.UnconnectedState:
            self._socket.connectToHost(self.host, self.port)

    def _connected(self) -> None:
        if self._failures:
            log.info("%s: connected again to %s:%d", self._what, self.host, self.port)
        self._failures = 0
        self._reported = False
        self.connected.emit()

    def _read(self) -> None:
        self.received.emit(bytes(self._socket.readAll().data()))

    def _lost(self) -> None:
        log.info("%s: the connection to %s:%d closed", self._what, self.host, self.port)
        self._schedule(None)

    def _failed(self, error: QAbstractSocket.SocketError) -> None:
        if (error == QAbstractSocket.SocketError.RemoteHostClosedError
                or self._socket.state() == QAbstractSocket.SocketState.ConnectedState):
            return  # disconnected() follows and schedules the retry
        message = f"{self._what}: cannot reach {self.host}:{self.port} ({self._socket.errorString()})"
        log.warning(message)
        if not self._reported:
            self._reported = True
            self.problem.emit(message + "; trying again in the background.")
        self._schedule(None)

    def _schedule(self, delay_s: int | None) -> None:
        if not self._running or self._retry.isActive():
            return
        if delay_s is None:
            delay_s = RETRY_DELAYS_S[min(self._failures, len(RETRY_DELAYS_S) - 1)]
        self._failures += 1
        self._retry.start(delay_s * 1000)

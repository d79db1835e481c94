"""The shop server's state in the status bar: "Offline — 3 waiting to send", and the outbox
sent by itself once the server is back."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.live import LiveUpdates
from relate_desktop.services.outbox import DeliveryReport

#: How often the outbox tries to send (and, with nothing waiting, looks for the server).
DELIVER_MS = 3000


class ConnectionStatus(QLabel):
    def __init__(self, context: WorkContext, live: LiveUpdates, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        self.setAccessibleName(self.tr("Connection to the shop server"))
        self._context = context
        self.online = True
        self.waiting = 0
        self.hide()
        self._timer = QTimer(self, interval=DELIVER_MS)
        if context.outbox is None:
            return  # this PC's own file: never offline, nothing to send
        live.connection.connect(self._connection)
        self._timer.timeout.connect(self.deliver)
        self._timer.start()
        self.waiting = context.outbox.waiting()  # left from before a restart
        self._show()

    def deliver(self) -> None:
        outbox = self._context.outbox
        if outbox is not None:
            self._context.worker.submit(outbox.deliver, self._delivered, lambda _error: None)

    def kept(self, waiting: int) -> None:
        """A remark went to the outbox just now."""
        self.online, self.waiting = False, waiting
        self._show()

    def _connection(self, online: bool) -> None:
        self.online = online
        self._show()
        if online:
            self.deliver()

    def _delivered(self, report: DeliveryReport) -> None:
        self.online, self.waiting = report.online, report.waiting
        self.setToolTip("\n".join(labels.words_text(refused) for refused in report.refused))
        self._show()

    def _show(self) -> None:
        if self.online and not self.waiting:
            self.hide()
            return
        if not self.online:
            text = (self.tr("Offline — %Ln waiting to send", "", self.waiting)
                    if self.waiting else self.tr("Offline — the shop server cannot be reached"))
        else:
            text = self.tr("Sending %Ln kept while offline…", "", self.waiting)
        self.setText(text)
        self.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold" if not self.online else "")
        self.show()

    def stop(self) -> None:
        self._timer.stop()

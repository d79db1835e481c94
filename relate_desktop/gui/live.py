"""Live updates for the windows: a Qt signal when any workstation changed something."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from relate_desktop.services.changes import ChangeService

#: Changes heard within this time become one refresh (a resolution writes several rows).
COALESCE_MS = 150


class LiveUpdates(QObject):
    """Emits ``changed`` on the GUI thread soon after anything in the database changed, and
    ``connection(online)`` when the link to the shop server is lost or back."""

    changed = Signal()
    connection = Signal(bool)
    _heard = Signal()  # from the listener's thread; queued into the GUI thread

    def __init__(self, changes: ChangeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self.changed)
        self._heard.connect(self._coalesce.start)
        self._listener = changes.listen(self._heard.emit, self.connection.emit)

    def stop(self) -> None:
        self._listener.stop()

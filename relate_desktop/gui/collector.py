"""Python's cycle collector, run on the GUI thread only.

Left to itself, Python collects reference cycles on whichever thread happens to allocate
when a threshold is crossed: often the database worker. A cycle holding a Qt object made on
the GUI thread is then destroyed on the worker, and Qt's destructor takes the object's
signal lock while PySide waits for Python's lock, which the GUI thread may hold while it
waits for that same signal lock: the window freezes for good (seen as a hang in CI, and as
rare crashes before). So automatic collection is switched off and a timer on the GUI thread
collects, generation by generation, as often as Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due: often enough that garbage
#: never piles up, rarely enough to cost nothing when none is.
CHECK_MS = 250


class GuiThreadCollector(QObject):
    """Owns the collecting; made on the GUI thread, lives as long as the application."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the oldest generation whose count passed Python's own threshold."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in (2, 1, 0) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(due[0])

    def stop(self) -> None:
        """Automatic collection back on (tests, and the end of the application)."""
        self._timer.stop()
        gc.enable()

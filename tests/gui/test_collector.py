"""Python's cycle collector runs on the GUI thread only, so Qt objects are never freed on the worker."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from relate_desktop.gui.collector import GuiThreadCollector
from relate_desktop.gui.worker import DatabaseWorker


class _Cycle:
    """Garbage only the cycle collector can free; says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()  # as a widget's helper object caught in a cycle would be

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _make_garbage_and_churn() -> list[list[int]]:
    _Cycle()
    # Allocations that would start a collection on this thread; kept, so a collection is due.
    return [[] for _ in range(50_000)]


def test_garbage_made_on_the_worker_is_freed_on_the_gui_thread(
        qtbot: QtBot, worker: DatabaseWorker, _collected_on_the_gui_thread: GuiThreadCollector) -> None:
    _Cycle.freed_on.clear()
    assert not gc.isenabled()
    done: list[list[list[int]]] = []
    worker.submit(_make_garbage_and_churn, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert _Cycle.freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5000)
    assert _Cycle.freed_on == [threading.current_thread().name]


"""Measures of what staff feel: keystroke to results shown, scrolling the queue, memory."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from benchmarks.generate import Dataset, name_for
from benchmarks.measure import rss_mb, summary
from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor
from relate_desktop.domain.text import search_words
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.queue_model import PAGE, QueueModel, after_paint
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services

_TIMEOUT_S = 30.0


def _wait(condition: Any) -> None:
    deadline = time.perf_counter() + _TIMEOUT_S
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")


def measure_gui(services: Services, actor: Actor, data: Dataset, folder: Path, samples: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    worker = DatabaseWorker()
    context = WorkContext(services=services, worker=worker, actor=actor, shop=services.shop.settings(),
                          drafts=DraftStore(folder / "drafts.json"), settings=LocalSettings(folder / "s.json"))
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    _wait(lambda: worker.idle)
    results: dict[str, Any] = {}
    try:
        results["keystroke_to_results"] = summary(_keystrokes(window, data, samples))
        results["memory_after_100_cards_mb"] = round(_cards(window, worker, data), 1)
        queue_ms, stalls = _queue(services, context)
        results["show_manager_queue"] = summary(queue_ms)
        results["queue_scroll_stall"] = summary(stalls)
    finally:
        window.close()
        worker.stop()
        app.processEvents()
    return results


def _keystrokes(window: MainWindow, data: Dataset, samples: int) -> list[float]:
    """From each key event to the results for the text so far shown, typing names letter by letter."""
    rng = random.Random(3)
    field = window.ui.lookupField
    times: list[float] = []
    while len(times) < samples:
        word = search_words(name_for(rng.randrange(1, data.customers + 1)).split(" ")[-1])[0][:6]
        if field.text():
            field.clear()
            _wait(lambda: window.lookup.settled)
        typed = ""
        for letter in word:
            typed += letter
            start = time.perf_counter()
            _type(field, letter)
            # The window may hold a key back a moment (telling typing from a card scanner's
            # burst): the clock runs until the results for the text so far are shown.
            _wait(lambda typed=typed: field.text() == typed and window.lookup.settled)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _type(widget: QWidget, letter: str) -> None:
    """A key press carrying the letter, as a keyboard or input method sends it (any script)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter))


def _cards(window: MainWindow, worker: DatabaseWorker, data: Dataset) -> float:
    rng = random.Random(9)
    for _ in range(100):
        customer = rng.randrange(1, data.customers + 1)
        window.open_customer(customer, False)
        _wait(lambda customer=customer: window.card.card is not None and window.card.card.id == customer)
    _wait(lambda: worker.idle)
    return rss_mb()


def _queue(services: Services, context: WorkContext) -> tuple[list[float], list[float]]:
    """Time to show the open queue as the window does (its order and counts, and the first page
    of rows, in one read), then the GUI thread's work for each page-down: the key and repaint,
    and — once the worker has read that page — the repaint with its rows."""
    worker = context.worker

    shows = []
    model = QueueModel(context.shop)
    # As the queue window reads pages (ManagerQueueWindow._fetch_rows): once the repaint that
    # asked for them is done; the model asks for the next page before it scrolls into view.
    model.rows_wanted.connect(
        lambda ids: worker.submit(after_paint(lambda: services.escalations.queue_rows(ids)), model.add_rows))
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()  # as in the queue window
    view.resize(1000, 700)
    view.show()
    for _ in range(5):
        start = time.perf_counter()
        outline = services.escalations.queue_outline(first=PAGE)
        model.set_outline(outline.ids, outline.first)
        view.viewport().repaint()
        shows.append((time.perf_counter() - start) * 1000)
    stalls = []
    bar = view.verticalScrollBar()
    bar.setValue(0)
    view.setCurrentIndex(model.index(0, 0))
    while bar.value() < bar.maximum() and len(stalls) < 2000:
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        QCoreApplication.processEvents()  # the scroll lands and is painted, as in the window
        stalls.append((time.perf_counter() - start) * 1000)
        if not worker.idle:
            _wait(lambda: worker.idle)
            start = time.perf_counter()
            QCoreApplication.processEvents()  # the page's rows arrive and are painted
            stalls.append((time.perf_counter() - start) * 1000)
    view.close()
    assert len(model.rows) > min(PAGE, model.rowCount() - 1), "scrolling read no further pages"
    return shows, stalls

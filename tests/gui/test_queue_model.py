"""The long queue's model on its own: pages asked for before they scroll into view, and only
rows that were shown empty repainted when they arrive (no database: the pages are made here)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Escalation, ShopSettings
from relate_desktop.domain.vocabulary import EscalationStatus, Priority, RemarkKind
from relate_desktop.gui.queue_model import AHEAD, PAGE, QueueModel, after_paint

_SUMMARY = 3
_ROWS = 3 * PAGE


def _escalation(eid: int) -> Escalation:
    return Escalation(id=eid, remark_id=eid, customer_id=eid, customer_name=f"Customer {eid}",
                      priority=Priority.NORMAL, status=EscalationStatus.OPEN, kind=RemarkKind.COMPLAINT,
                      summary=f"complaint {eid}", raised_by="Sam Counter", raised_by_id=2,
                      raised_at=datetime.now(UTC) - timedelta(minutes=eid))


class _Queue:
    """The model in a short view, with the pages it asks for kept (not answered) until a test
    hands them over, as the database worker would."""

    def __init__(self, qtbot: QtBot) -> None:
        self.ids = [1000 + n for n in range(_ROWS)]  # ids are not rows
        self.model = QueueModel(ShopSettings("Test shop", "GB", "GBP"))
        self.asked: list[list[int]] = []
        self.model.rows_wanted.connect(self.asked.append)
        self.changed: list[tuple[int, int]] = []
        self.model.dataChanged.connect(lambda first, last, _roles=None: self.changed.append((first.row(), last.row())))
        self.model.set_outline(self.ids, [_escalation(i) for i in self.ids[:PAGE]])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(600, 10 * self.view.verticalHeader().defaultSectionSize())
        qtbot.addWidget(self.view)
        self.view.show()
        qtbot.waitExposed(self.view)

    def show_from(self, row: int) -> range:
        """Scroll so ``row`` is at the top and paint; the rows now on screen."""
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self.view.viewport().repaint()
        viewport = self.view.viewport()
        last = self.view.rowAt(viewport.height() - 1)
        return range(self.view.rowAt(0), (last if last >= 0 else self.model.rowCount() - 1) + 1)

    def hand_over(self, page: list[int]) -> None:
        self.model.add_rows([_escalation(i) for i in page])

    def shown(self, row: int) -> object:
        return self.model.data(self.model.index(row, _SUMMARY))


@pytest.fixture
def queue(qtbot: QtBot) -> _Queue:
    return _Queue(qtbot)


def test_the_next_page_is_asked_for_before_paging_reaches_it(queue: _Queue) -> None:
    assert queue.asked == []  # the first page came with the outline
    on_screen = queue.show_from(PAGE - AHEAD + 5)
    assert on_screen[-1] < PAGE  # still within the first page...
    assert queue.asked == [queue.ids[PAGE:2 * PAGE]]  # ...and the second is on its way
    queue.hand_over(queue.asked[0])
    on_screen = queue.show_from(PAGE)
    assert [queue.shown(row) for row in on_screen] == [f"complaint {queue.ids[row]}" for row in on_screen]
    assert len(queue.asked) == 1  # found read already: nothing asked twice


def test_paging_up_from_a_jump_asks_for_the_page_above_too(queue: _Queue) -> None:
    queue.show_from(2 * PAGE + 40)  # a jump to the last page, dragging the scroll bar
    assert queue.asked == [queue.ids[2 * PAGE:]]
    queue.hand_over(queue.asked[0])
    queue.show_from(2 * PAGE + 2)
    assert queue.asked[1:] == [queue.ids[PAGE:2 * PAGE]]  # the page above, before Page Up
    assert queue.shown(2 * PAGE - 1) is None


def test_rows_shown_empty_fill_in_when_read_and_rows_read_ahead_repaint_nothing(queue: _Queue) -> None:
    on_screen = queue.show_from(2 * PAGE + 40)
    assert all(queue.shown(row) is None for row in on_screen)  # not read yet: empty
    queue.changed.clear()
    queue.hand_over(queue.asked[0])
    # The empty rows on screen are repainted with their details...
    assert len(queue.changed) == 1
    first, last = queue.changed[0]
    assert first <= on_screen[0] and on_screen[-1] <= last
    assert [queue.shown(row) for row in on_screen] == [f"complaint {queue.ids[row]}" for row in on_screen]
    # ...while a page read ahead, never shown, changes nothing on screen.
    queue.show_from(2 * PAGE)
    assert queue.asked[-1] == queue.ids[PAGE:2 * PAGE]
    queue.changed.clear()
    queue.hand_over(queue.asked[-1])
    assert queue.changed == []
    on_screen = queue.show_from(PAGE + 10)
    assert [queue.shown(row) for row in on_screen] == [f"complaint {queue.ids[row]}" for row in on_screen]


def test_a_row_gone_from_the_queue_meanwhile_is_not_placed(queue: _Queue) -> None:
    queue.show_from(2 * PAGE + 40)
    page = queue.asked[0]
    queue.model.set_outline(queue.ids[:2 * PAGE])  # someone resolved the last page meanwhile
    queue.changed.clear()
    queue.hand_over(page)
    assert queue.changed == []
    assert queue.model.row_of(page[0]) == -1


def test_a_page_is_read_once_the_repaint_that_asked_for_it_is_done(qtbot: QtBot) -> None:
    """Asked for from data(), in the middle of a repaint: the worker waits for the GUI thread to
    get back to its event loop, so the two do not take turns at Python's lock while painting."""
    started = threading.Event()
    read = after_paint(lambda: started.set() or "the page")
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(read()))
    worker.start()
    assert not started.wait(0.1)  # the GUI thread is still busy (in this test): not read yet
    qtbot.waitUntil(lambda: results == ["the page"])  # back in the event loop: read
    worker.join()


def test_a_page_is_read_anyway_when_the_event_loop_never_comes_back() -> None:
    """Closing the window waits for the worker without running the event loop."""
    read = after_paint(lambda: "the page")
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(read()))
    worker.start()
    worker.join(5)
    assert results == ["the page"]

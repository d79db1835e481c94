"""The manager queue as a table model of ids, rows read as they show; ages against target times."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from relate_desktop.domain.records import Escalation, ShopSettings
from relate_desktop.domain.vocabulary import Priority
from relate_desktop.gui import colours, labels

# The columns, in order (the words shown are in QueueModel.headers, translatable).
COLUMNS = ("Priority", "Age", "Customer", "Summary", "Raised by", "Owner", "Status")
OWNER_COLUMN = 5
AGE_COLUMN = 1


def age_minutes(escalation: Escalation, now: datetime) -> float:
    return (now - escalation.raised_at).total_seconds() / 60


#: Rows read per trip to the database when they scroll into view (a few screens' worth).
PAGE = 100
#: How far ahead of (and behind) a row being shown the next page is asked for: two screens or
#: so, time enough for the database worker to read it before it scrolls into view.
AHEAD = PAGE // 2
#: Longest a page's read waits for the GUI thread to finish what it is doing (see after_paint).
_IDLE_WAIT_S = 0.25

T = TypeVar("T")


def after_paint(work: Callable[[], T]) -> Callable[[], T]:
    """``work`` for the database worker, held back until the GUI thread is back in its event loop.
    Pages are asked for from data(), in the middle of a repaint; a read that starts at once
    builds its rows in Python while the GUI thread paints, and each waits for the other's
    turn at Python's lock (a page-down stalled by the worker). Held back, the read runs while
    the window waits for the next key. Call on the GUI thread."""
    idle = threading.Event()
    QTimer.singleShot(0, idle.set)  # runs once the repaint under way has finished

    def held_back() -> T:
        idle.wait(_IDLE_WAIT_S)  # never long: when the window is closing, nothing sets it
        return work()

    return held_back


# Looked up once: reading Qt.ItemDataRole.X costs more than the rest of a cell's answer, and
# data() runs seven times per cell on every repaint of the queue.
_DISPLAY, _TOOLTIP, _ACCESSIBLE = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
_BACKGROUND, _FOREGROUND, _FONT = (
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, _BACKGROUND, _FOREGROUND, _FONT})
_URGENT = Priority.URGENT


class QueueModel(QAbstractTableModel):
    """Keeps the queue's order as ids and the rows read so far (Anki's browser does the same):
    ten thousand open escalations show at once, and a row's details are read, a page at a time
    and off the GUI thread, when it first scrolls into view. Until then its cells are empty.
    The next page up or down is asked for while the rows ``AHEAD`` of it are shown, so scrolling
    usually finds its rows read already (and their arrival repaints nothing).
    The window reads what ``rows_wanted`` asks for and hands it to ``add_rows``."""

    rows_wanted = Signal(list)  # escalation ids

    def __init__(self, shop: ShopSettings) -> None:
        super().__init__()
        self._shop = shop
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}  # id -> row, for rows as they arrive
        self._read: dict[int, Escalation] = {}
        self._asked: set[int] = set()  # on their way from the database
        self._blank: set[int] = set()  # shown before they were read: repaint when they arrive
        self.now = datetime.now(UTC)

    @property
    def rows(self) -> list[Escalation]:
        """The rows read so far, in queue order (all of them for a queue of one page)."""
        return [self._read[i] for i in self._ids if i in self._read]

    def set_rows(self, rows: list[Escalation]) -> None:
        """The whole queue, read already."""
        self.set_outline([e.id for e in rows], rows)

    def set_outline(self, ids: Sequence[int], first: Sequence[Escalation] = ()) -> None:
        """The queue's order, and the rows read with it; the rest are read as they are shown."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {eid: row for row, eid in enumerate(self._ids)}
        self._read = {e.id: e for e in first}
        self._asked = set()
        self._blank = set()
        self.now = datetime.now(UTC)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def _wanted(self, row: int) -> None:
        """Row ``row`` is being shown, or soon will be, but not read yet: read its page (once)."""
        start = row - row % PAGE
        page = [i for i in self._ids[start:start + PAGE] if i not in self._read and i not in self._asked]
        if page:
            self._asked.update(page)
            self.rows_wanted.emit(page)

    def _look_around(self, row: int) -> None:
        """Row ``row`` is shown: the pages ``AHEAD`` of it and behind it are read (once) before
        paging gets there."""
        ids, read, asked = self._ids, self._read, self._asked
        for near in (row + AHEAD, row - AHEAD):
            if 0 <= near < len(ids) and ids[near] not in read and ids[near] not in asked:
                self._wanted(near)

    def add_rows(self, rows: list[Escalation]) -> None:
        shown = []
        for e in rows:
            self._asked.discard(e.id)
            self._read[e.id] = e
            if e.id in self._blank:
                self._blank.discard(e.id)
                shown.append(self._place(e.id))
        # Rows read ahead were never shown empty: nothing on screen changes, nothing repaints.
        places = sorted(p for p in shown if p >= 0)
        if places:
            self.dataChanged.emit(self.index(places[0], 0), self.index(places[-1], len(COLUMNS) - 1))

    def _place(self, escalation_id: int) -> int:
        return self._row_of.get(escalation_id, -1)  # -1: gone from the queue meanwhile

    def tick(self) -> None:
        """Ages move on by themselves: repaint the age column."""
        self.now = datetime.now(UTC)
        if self._ids:
            self.dataChanged.emit(self.index(0, AGE_COLUMN), self.index(len(self._ids) - 1, AGE_COLUMN))

    def row_of(self, escalation_id: int) -> int:
        return self._place(escalation_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None  # asked for every role of every section on each repaint
        return self.headers()[section]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Priority"), self.tr("Age"), self.tr("Customer"), self.tr("Summary"),
                self.tr("Raised by"), self.tr("Owner"), self.tr("Status"))

    def lateness(self, e: Escalation) -> float:
        """Age as a share of the target time: over 1.0 is late."""
        return age_minutes(e, self.now) / self._shop.target_minutes(e.priority)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell on every paint; most are not ours: answer those
        # before any other work (scrolling a long queue repaints a screenful each time).
        if role not in _ROLES:
            return None
        row = index.row()
        if row < 0:  # an invalid index (one call fewer than isValid())
            return None
        e = self._read.get(self._ids[row])
        if e is None:
            self._blank.add(self._ids[row])
            self._wanted(row)
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == 0:  # once per row shown
                self._look_around(row)
            return self._text(e, column)
        if role == _TOOLTIP:
            return e.summary if column == 3 else None
        if role == _ACCESSIBLE and column == OWNER_COLUMN and not e.owner:
            return self.tr("no owner yet")  # a screen reader would read the dash as "dash"
        if column == AGE_COLUMN and role in (_BACKGROUND, _FOREGROUND):
            share = self.lateness(e)
            signal = colours.current()  # read now: the theme may have changed since
            colors = ((signal.late_background, signal.late_text) if share >= 1
                      else (signal.near_background, signal.near_text) if share >= 0.75 else None)
            if colors is None:
                return None
            return QBrush(QColor(colors[0] if role == _BACKGROUND else colors[1]))
        if role == _FONT and e.priority is _URGENT and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, e: Escalation, column: int) -> str:
        if column == 0:
            return labels.priority(e.priority)
        if column == AGE_COLUMN:
            minutes = age_minutes(e, self.now)
            words = labels.age(minutes)
            share = self.lateness(e)
            if share >= 1:
                return self.tr("%1 — overdue").replace("%1", words)
            if share >= 0.75:
                return self.tr("%1 — due soon").replace("%1", words)
            return words
        if column == 2:
            return e.customer_name or self.tr("walk-in")
        if column == 3:
            return " ".join(e.summary.split())[:120]
        if column == 4:
            return e.raised_by
        if column == OWNER_COLUMN:
            return e.owner or "—"
        return labels.status(e.status)

"""The manager queue as a table model of ids, rows read as they show; ages against target times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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

_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
})


class QueueModel(QAbstractTableModel):
    """Keeps the queue's order as ids and the rows read so far (Anki's browser does the same):
    ten thousand open escalations show at once, and a row's details are read, a page at a time
    and off the GUI thread, when it first scrolls into view. Until then its cells are empty.
    The window reads what ``rows_wanted`` asks for and hands it to ``add_rows``."""

    rows_wanted = Signal(list)  # escalation ids

    def __init__(self, shop: ShopSettings) -> None:
        super().__init__()
        self._shop = shop
        self._ids: list[int] = []
        self._read: dict[int, Escalation] = {}
        self._asked: set[int] = set()  # on their way from the database
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
        self._read = {e.id: e for e in first}
        self._asked = set()
        self.now = datetime.now(UTC)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def _wanted(self, row: int) -> None:
        """Row ``row`` is being shown but not read yet: read its page (once)."""
        start = row - row % PAGE
        page = [i for i in self._ids[start:start + PAGE] if i not in self._read and i not in self._asked]
        if page:
            self._asked.update(page)
            self.rows_wanted.emit(page)

    def add_rows(self, rows: list[Escalation]) -> None:
        for e in rows:
            self._asked.discard(e.id)
            self._read[e.id] = e
        places = sorted(self._place(e.id) for e in rows)
        places = [p for p in places if p >= 0]
        if places:
            self.dataChanged.emit(self.index(places[0], 0), self.index(places[-1], len(COLUMNS) - 1))

    def _place(self, escalation_id: int) -> int:
        try:
            return self._ids.index(escalation_id)
        except ValueError:  # gone from the queue meanwhile
            return -1

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
        if role not in _ROLES or not index.isValid():
            return None
        e = self._read.get(self._ids[index.row()])
        if e is None:
            self._wanted(index.row())
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.summary if column == 3 else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == OWNER_COLUMN and not e.owner:
            return self.tr("no owner yet")  # a screen reader would read the dash as "dash"
        if column == AGE_COLUMN and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            share = self.lateness(e)
            signal = colours.current()  # read now: the theme may have changed since
            colors = ((signal.late_background, signal.late_text) if share >= 1
                      else (signal.near_background, signal.near_text) if share >= 0.75 else None)
            if colors is None:
                return None
            return QBrush(QColor(colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1]))
        if role == Qt.ItemDataRole.FontRole and e.priority is Priority.URGENT and column == 0:
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

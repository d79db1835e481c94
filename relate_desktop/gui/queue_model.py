"""The manager queue as a passive table model; ages are worked out against target times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relate_desktop.domain.records import Escalation, ShopSettings
from relate_desktop.domain.vocabulary import Priority
from relate_desktop.gui import colours, labels

COLUMNS = ("Priority", "Age", "Customer", "Summary", "Raised by", "Owner", "Status")
AGE_COLUMN = 1

_LATE = QColor(colours.LATE_BACKGROUND), QColor(colours.LATE_TEXT)
_NEAR = QColor(colours.NEAR_BACKGROUND), QColor(colours.NEAR_TEXT)


def age_minutes(escalation: Escalation, now: datetime) -> float:
    return (now - escalation.raised_at).total_seconds() / 60


class QueueModel(QAbstractTableModel):
    def __init__(self, shop: ShopSettings) -> None:
        super().__init__()
        self._shop = shop
        self.rows: list[Escalation] = []
        self.now = datetime.now(UTC)

    def set_rows(self, rows: list[Escalation]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.now = datetime.now(UTC)
        self.endResetModel()

    def tick(self) -> None:
        """Ages move on by themselves: repaint the age column."""
        self.now = datetime.now(UTC)
        if self.rows:
            self.dataChanged.emit(self.index(0, AGE_COLUMN), self.index(len(self.rows) - 1, AGE_COLUMN))

    def row_of(self, escalation_id: int) -> int:
        for row, e in enumerate(self.rows):
            if e.id == escalation_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def lateness(self, e: Escalation) -> float:
        """Age as a share of the target time: over 1.0 is late."""
        return age_minutes(e, self.now) / self._shop.target_minutes(e.priority)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.summary if column == 3 else None
        if column == AGE_COLUMN and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            share = self.lateness(e)
            colors = _LATE if share >= 1 else _NEAR if share >= 0.75 else None
            if colors is None:
                return None
            return QBrush(colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1])
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
        if column == 5:
            return e.owner or "—"
        return labels.status(e.status)

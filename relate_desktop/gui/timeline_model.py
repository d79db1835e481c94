"""The card's history as a passive list model: rows are given, never fetched by the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from relate_desktop.domain.records import TimelineEntry
from relate_desktop.gui import labels

EntryRole = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: tuple[TimelineEntry, ...] | list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            staff = f" · {entry.staff}" if entry.staff else ""
            return f"{labels.when(entry.at)}  {entry.title}{staff}\n{entry.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.at.astimezone():%Y-%m-%d %H:%M} — {entry.title}\n{entry.text}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.open:
            return QBrush(QColor("#8a4b00"))
        if role == EntryRole:
            return entry
        return None

"""The card's history as a passive list model: rows are given, never fetched by the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from relate_desktop.domain.records import TimelineEntry
from relate_desktop.gui import colours, labels, spoken

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
            # Said in words too, not by the colour alone.
            still_open = " · " + self.tr("still open") if entry.open else ""
            said_in = self._said_in(entry, always=False)
            return (f"{labels.when(entry.at)}  {labels.timeline_title(entry)}{said_in}{still_open}{staff}"
                    f"\n{entry.text}")
        if role == Qt.ItemDataRole.ToolTipRole:
            said_in = self._said_in(entry, always=True)
            return f"{labels.date_time(entry.at)} — {labels.timeline_title(entry)}{said_in}\n{entry.text}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.open:
            return QBrush(QColor(colours.current().waiting_text))
        if role == EntryRole:
            return entry
        return None

    def _said_in(self, entry: TimelineEntry, always: bool) -> str:
        """" · in Polish": the language a remark's conversation was in; in the list only when
        it is not the shop's own (the usual one goes without saying)."""
        if not entry.language or (not always and entry.language == spoken.ui_language()):
            return ""
        return " · " + self.tr("in %1").replace("%1", spoken.name(entry.language))

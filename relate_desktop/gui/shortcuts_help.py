"""Help → Keyboard shortcuts: every shortcut of shortcut_list.py by section, in this system's
own key names, with a box to find one; a window of its own that stays open beside the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.gui.shortcut_list import SECTIONS, SHORTCUTS, section_name


class ShortcutsHelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shortcutsHelp")
        self.setWindowTitle(self.tr("Relate — Keyboard shortcuts"))
        self.resize(720, 640)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("shortcutsFind")
        self.find_field.setPlaceholderText(self.tr("Find a shortcut: a key or a word"))
        self.find_field.setAccessibleName(self.tr("Find a shortcut"))
        self.find_field.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What happens")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.nothing = QLabel(self)
        self.nothing.setObjectName("shortcutsNothing")
        self.nothing.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing)
        self._fill()
        self.find_field.textChanged.connect(self._find)
        # Down from the find box goes into the list, as in the lookup box.
        down = QShortcut(QKeySequence("Down"), self.find_field)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._into_list)
        QShortcut(QKeySequence("Esc"), self).activated.connect(self.close)

    def _fill(self) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        or_word = self.tr("%1 or %2")
        self._rows: list[tuple[int, int]] = []  # (row, its section's row), shortcuts only
        for section in SECTIONS:
            heading = self.table.rowCount()
            self.table.insertRow(heading)
            title = QTableWidgetItem(section_name(section))
            title.setFont(bold)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(heading, 0, title)
            self.table.setSpan(heading, 0, 1, 2)
            for shortcut in SHORTCUTS:
                if shortcut.section != section:
                    continue
                keys = shortcut.native_keys()
                text = keys[0]
                for more in keys[1:]:
                    text = or_word.replace("%1", text).replace("%2", more)
                row = self.table.rowCount()
                self.table.insertRow(row)
                keys_item = QTableWidgetItem(text)
                keys_item.setData(Qt.ItemDataRole.UserRole, shortcut.id)
                self.table.setItem(row, 0, keys_item)
                self.table.setItem(row, 1, QTableWidgetItem(shortcut.translated()[1]))
                self._rows.append((row, heading))
        self.table.resizeRowsToContents()

    def _find(self, text: str) -> None:
        words = text.casefold().split()
        shown_in: dict[int, int] = {}
        for row, heading in self._rows:
            haystack = " ".join(self._text(r, c) for r, c in
                                ((row, 0), (row, 1), (heading, 0))).casefold()
            match = all(word in haystack for word in words)
            self.table.setRowHidden(row, not match)
            shown_in[heading] = shown_in.get(heading, 0) + match
        for heading, count in shown_in.items():
            self.table.setRowHidden(heading, count == 0)
        self.nothing.setText(self.tr("No shortcut matches “%1”.").replace("%1", text.strip()))
        self.nothing.setVisible(sum(shown_in.values()) == 0)

    def _into_list(self) -> None:
        for row, _heading in self._rows:
            if not self.table.isRowHidden(row):
                self.table.setCurrentCell(row, 0)
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what happens) of every line shown now."""
        return [(self._text(heading, 0), self._text(row, 0), self._text(row, 1))
                for row, heading in self._rows if not self.table.isRowHidden(row)]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.find_field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.find_field.selectAll()

"""The lookup box and its results: results as you type, the newest typing always wins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView

from relate_desktop.domain import scans
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import CustomerMatch
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext

#: Coalesces a burst of keys into one search; kept short because the card-scanner filter
#: already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.
_TYPING_PAUSE_MS = 10


class ResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.matches: list[CustomerMatch] = []

    def set_matches(self, matches: list[CustomerMatch]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        match = self.matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = " · ".join(part for part in (match.phone, match.card) if part)
            return f"{match.display_name}\n{detail}" if detail else match.display_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{match.display_name} {match.phone}"
        return None


class LookupController(QObject):
    open_customer = Signal(int, bool)  # customer id, move the focus into the card
    new_customer = Signal(str)  # what was typed
    new_customer_card = Signal(str)  # a scanned card nobody has yet

    def __init__(self, context: WorkContext, field: QLineEdit, results: QListView, hint: QLabel) -> None:
        super().__init__(field)
        self._context = context
        self.field = field
        self.results = results
        self._hint = hint
        self.model = ResultsModel()
        results.setModel(self.model)
        results.activated.connect(lambda index: self._open_row(index.row(), True))
        results.clicked.connect(lambda index: self._open_row(index.row(), True))
        field.installEventFilter(self)
        field.textChanged.connect(self._typed)
        self._timer = QTimer(self, singleShot=True, interval=_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self._in_flight = False
        self._shown_for: str | None = None  # the text the shown results belong to
        self._enter_waiting = False
        self._auto_opened: str | None = None
        self._show_hint("")

    @property
    def settled(self) -> bool:
        """True when the results shown belong to the text in the box."""
        return self._shown_for == self.field.text() and not self._in_flight and not self._timer.isActive()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _put(self, text: str) -> None:
        """Show ``text`` in the box without searching for it as typed text."""
        self._timer.stop()
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)

    def offer(self, text: str, matches: list[CustomerMatch]) -> None:
        """Several customers for one caller (a family landline): all shown, staff choose."""
        self._put(text)
        self._auto_opened = text  # never open one of them by itself
        self._show(matches, text)
        if len(matches) > 1:
            self._show_hint(self.tr("%n customers have this number: ↑ ↓ to choose, Enter to open",
                                    "", len(matches)))
        self.focus()

    def scan(self, raw: str) -> None:
        """A card scan: its owner's card opens; an unknown card offers a new customer with it."""
        try:
            code = scans.read_scan(raw)
        except scans.BadScan as error:
            self._show_hint(labels.error_text(error), error=True)
            return
        self._put(code)
        self.focus()
        self._shown_for = None
        self._show_hint(self.tr("Card %1…").replace("%1", code))
        lookup = self._context.services.lookup
        self._context.worker.submit(
            lambda: lookup.lookup_customers(code), lambda found: self._scan_arrived(code, found),
            self._failed)

    def _scan_arrived(self, code: str, matches: list[CustomerMatch]) -> None:
        if self.field.text() != code:
            return  # staff typed something else meanwhile: that wins
        owners = [m for m in matches if m.matched_on == "card" and m.exact]
        self._auto_opened = None  # the same card scanned again opens again
        self._show(owners, code)
        if not owners:
            self.new_customer_card.emit(code)

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search(self) -> None:
        if self._in_flight:
            return  # the answer's arrival starts the next search
        text = self.field.text()
        if not text.strip():
            self._show([], text)
            return
        self._in_flight = True
        lookup = self._context.services.lookup
        self._context.worker.submit(
            lambda: lookup.lookup_customers(text), lambda found: self._arrived(found, text), self._failed
        )

    def _arrived(self, matches: list[CustomerMatch], text: str) -> None:
        self._in_flight = False
        if text != self.field.text():
            self._search()  # the staff member typed on meanwhile: only the newest text counts
            return
        self._show(matches, text)

    def _failed(self, error: RelateError) -> None:
        self._in_flight = False
        self._enter_waiting = False
        self._show_hint(labels.error_text(error), error=True)

    def _show(self, matches: list[CustomerMatch], text: str) -> None:
        self.model.set_matches(matches)
        self._shown_for = text
        if matches:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self._show_hint(self.tr("↑ ↓ to choose, Enter to open"))
        elif text.strip():
            self._show_hint(self.tr("Nothing found for “%1”. Press Enter to add a new customer with it "
                                    "filled in.").replace("%1", text.strip()))
        else:
            self._show_hint("")
        if self._enter_waiting:
            self._enter_waiting = False
            self._enter()
        elif len(matches) == 1 and matches[0].exact and self._auto_opened != text:
            # A full phone number or a scanned card: open straight away, the focus stays here
            # so a scanner's trailing Enter moves into the card rather than starting over.
            self._auto_opened = text
            self.open_customer.emit(matches[0].id, False)

    def _show_hint(self, text: str, error: bool = False) -> None:
        # A sign as well as the colour: an error must not be told by red alone.
        self._hint.setText("⚠ " + text if error and text else text)
        self._hint.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold" if error else f"color:{colours.current().quiet_text}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.settled:
                    self._enter()
                else:
                    self._enter_waiting = True
                    if not self._timer.isActive() and not self._in_flight:
                        self._search()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.results.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[
            Qt.Key(key)]
        row = min(max(row + step, 0), rows - 1)
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _enter(self) -> None:
        text = self.field.text()
        if self.model.rowCount():
            self._open_row(max(self.results.currentIndex().row(), 0), True)
        elif text.strip():
            self.new_customer.emit(text)

    def _open_row(self, row: int, focus_card: bool) -> None:
        if 0 <= row < len(self.model.matches):
            self.open_customer.emit(self.model.matches[row].id, focus_card)

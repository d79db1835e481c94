"""Card scans from a keyboard-wedge scanner: a burst of keys ending in Enter goes to lookup,
wherever the focus is, and never lands in the text being typed.

A scanner types a few milliseconds apart; people, even fast typists, type 50 ms and more
apart. So printable keys are held back for a moment: when the next key follows within the
gap (30 ms by default, ``scanner.max_gap_ms``) they may be a scan; Enter at the end of such
a burst makes them one. Anything else — a pause, another key, a click — gives the held
keys back to the widget they were typed into, in order, about 55 ms late.

The search box is the exception (``pass_through``): what is typed there must show results at
once, and a scan landing in it does no harm. Its keys go straight in; when a burst there ends
in Enter and is a scan, the box gets back the text it had before the burst and the scan is
read as one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from relate_desktop.integrations.caller_id_settings import SettingsReader, typed_setting

GAP_KEY = "scanner.max_gap_ms"
MIN_LENGTH_KEY = "scanner.min_length"
DEFAULT_GAP_MS = 30
#: Shorter bursts are a typist's rollover ("th" 20 ms apart), not a card.
DEFAULT_MIN_LENGTH = 4
#: How long after the last held key, beyond the gap, the keys are given back.
_GIVE_BACK_SLACK_MS = 25
_SCAN_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
#: Events that end a burst: the keys held so far were typed, give them back first.
_GIVE_BACK_ON = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.Close, QEvent.Type.Hide, QEvent.Type.WindowDeactivate,
})
_WATCHED = _GIVE_BACK_ON | {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride}


@dataclass(frozen=True)
class _HeldKey:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def _is_scan_key(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
            and not event.modifiers() & ~_SCAN_MODIFIERS)


def _is_terminator(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class CardScanner(QObject):
    """Watches every key typed into ``window`` (an application event filter)."""

    scanned = Signal(str)  # what the scanner typed, before reading it (AIM prefix, AZERTY)

    def __init__(self, window: QWidget, settings: SettingsReader) -> None:
        super().__init__(window)
        self._window = window
        self.max_gap_ms = typed_setting(settings, GAP_KEY, DEFAULT_GAP_MS)
        self.min_length = typed_setting(settings, MIN_LENGTH_KEY, DEFAULT_MIN_LENGTH)
        self._held: list[_HeldKey] = []
        self._last_ms = 0
        self._open_field: QLineEdit | None = None
        self._passed = ""  # typed straight into the open field in the current burst
        self._before: tuple[str, int] = ("", 0)  # that field's text and cursor before the burst
        self._giving_back = False
        self._timer = QTimer(self, singleShot=True, interval=self.max_gap_ms + _GIVE_BACK_SLACK_MS)
        self._timer.timeout.connect(self.give_back)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def pass_through(self, field: QLineEdit) -> None:
        """Keys typed into ``field`` are never held back (see the module's note)."""
        self._open_field = field

    def _passing(self, watched: QObject, event: QKeyEvent, now: int) -> bool | None:
        """Keys for the open field: None when the event is not one; otherwise whether it is
        consumed (only the Enter that ends a scan is)."""
        field = self._open_field
        if field is None or watched is not field:
            return None
        if not event.timestamp():
            # Made by a program (tests, an input method), not a device: typing, never a scan.
            self._passed = ""
            return False
        in_burst = bool(self._passed) and 0 <= now - self._last_ms <= self.max_gap_ms
        if _is_terminator(event):
            text, self._passed = self._passed, ""
            if in_burst and len(text) >= self.min_length and not any(c.isspace() for c in text):
                before, cursor = self._before
                field.setText(before)
                field.setCursorPosition(cursor)
                self.scanned.emit(text)
                return True
            return False
        if _is_scan_key(event):
            if not in_burst:
                self._passed = ""
                self._before = (field.text(), field.cursorPosition())
            self._passed += event.text()
            self._last_ms = now
            return False
        self._passed = ""
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # first: this runs for every event of the application
        if kind not in _WATCHED or self._giving_back or not isinstance(watched, QWidget):
            return False
        if kind in _GIVE_BACK_ON:
            if self._held:
                self.give_back()
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Every key asks this before its KeyPress; only a shortcut's (Ctrl+R, Esc) ends
            # the burst, and the keys typed before it must land before it acts.
            assert isinstance(event, QKeyEvent)
            if self._held and not (_is_scan_key(event) or _is_terminator(event)):
                self.give_back()
            return False
        if kind != QEvent.Type.KeyPress or watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        # The window system's time of the key, so keys queued while the window was busy
        # keep their real spacing; synthetic events (tests, input methods) carry none.
        now = event.timestamp() or int(time.monotonic() * 1000)
        passing = self._passing(watched, event, now)
        if passing is not None:
            if self._held:
                self.give_back()
            return passing
        in_burst = bool(self._held) and 0 <= now - self._last_ms <= self.max_gap_ms
        if self._held and not in_burst:
            self.give_back()
        if _is_terminator(event):
            text = "".join(k.text for k in self._held)
            if in_burst and len(text) >= self.min_length and not any(c.isspace() for c in text):
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(text)
                return True
            self.give_back()
            return False
        if _is_scan_key(event):
            self._held.append(_HeldKey(watched, event.key(), event.modifiers(), event.text()))
            self._last_ms = now
            self._timer.start()
            return True
        if self._held:
            self.give_back()
        return False

    def give_back(self) -> None:
        """Deliver the held keys to where they were typed, as if they had never waited."""
        held, self._held = self._held, []
        self._timer.stop()
        self._giving_back = True
        try:
            for key in held:
                if not shiboken6.isValid(key.target):
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(key.target, QKeyEvent(kind, key.key, key.modifiers, key.text))
        finally:
            self._giving_back = False

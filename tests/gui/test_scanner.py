"""Card scans: a keyboard-wedge burst ending in Enter goes to lookup, wherever the focus is;
typing at a person's pace stays typing. Keys carry the window system's timestamps, so
the tests give them exact spacing without sleeping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services
from tests.gui.conftest import focused

pytestmark = pytest.mark.sqlite_only  # about keys and the window, not the database

EAN = "4006381333931"
SCANNER_GAP_MS = 3
PERSON_GAP_MS = 120


class Keyboard:
    """Sends key presses with timestamps, as the window system would."""

    def __init__(self) -> None:
        self.now_ms = 10_000_000

    def _send(self, widget: QWidget, key: int, text: str, gap_ms: int) -> None:
        self.now_ms += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(self.now_ms)
            QApplication.sendEvent(widget, event)

    def type(self, widget: QWidget, text: str, gap_ms: int, enter: bool = True) -> None:
        for char in text:
            key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
            self._send(widget, key, char, gap_ms)
        if enter:
            self._send(widget, Qt.Key.Key_Return, "\r", gap_ms)


@pytest.fixture
def keyboard() -> Keyboard:
    return Keyboard()


def _card_holder(services: Services, actor: Actor, name: str, card: str) -> int:
    return services.customers.create(actor, NewCustomer(name, cards=(card,)))


def test_a_scan_burst_opens_the_card_with_or_without_an_aim_prefix(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    _card_holder(services, manager, "Nora Scan", EAN)
    _card_holder(services, manager, "Lina Code", "LC-00123")
    keyboard.type(window.ui.lookupField, "]E0" + EAN, SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Nora Scan")
    assert window.ui.lookupField.text() == EAN
    keyboard.type(window.ui.lookupField, "]C0LC-00123", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Lina Code")


def test_a_scan_while_a_remark_is_being_typed_never_lands_in_it(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    nora = _card_holder(services, manager, "Nora Scan", EAN)
    _card_holder(services, manager, "Lina Code", "LC-00123")
    window.open_customer(nora, True)
    editor = window.card.remarks.ui.remarkEditor
    qtbot.waitUntil(lambda: focused() is editor)
    keyboard.type(editor, "likes the rye", PERSON_GAP_MS, enter=False)
    qtbot.waitUntil(lambda: window.card.remarks.text() == "likes the rye")

    keyboard.type(editor, "]E0" + EAN, SCANNER_GAP_MS)  # her own card, scanned mid-remark
    qtbot.waitUntil(lambda: window.ui.lookupField.text() == EAN)
    assert focused() is window.ui.lookupField
    assert window.card.remarks.text() == "likes the rye"
    assert services.customers.card(nora).timeline == ()  # the scanner's Enter saved nothing

    window.card.remarks.focus_text()
    keyboard.type(editor, "LC-00123", SCANNER_GAP_MS)  # someone else's card
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Lina Code")
    window.open_customer(nora, True)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Nora Scan")
    assert window.card.remarks.text() == "likes the rye"


def test_the_same_keys_typed_at_a_persons_pace_are_typing(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    nora = _card_holder(services, manager, "Nora Scan", EAN)
    window.open_customer(nora, True)
    editor = window.card.remarks.ui.remarkEditor
    qtbot.waitUntil(lambda: focused() is editor)
    keyboard.type(editor, EAN, PERSON_GAP_MS)  # then Enter: saves the remark, as typed
    qtbot.waitUntil(lambda: len(services.customers.card(nora).timeline) == 1)
    assert services.customers.card(nora).timeline[0].text == EAN
    assert window.ui.lookupField.text() == ""


def test_a_short_or_spaced_burst_is_a_fast_typist_not_a_card(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    nora = _card_holder(services, manager, "Nora Scan", EAN)
    window.open_customer(nora, True)
    editor = window.card.remarks.ui.remarkEditor
    qtbot.waitUntil(lambda: focused() is editor)
    keyboard.type(editor, "ok", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: len(services.customers.card(nora).timeline) == 1)
    qtbot.waitUntil(lambda: focused() is window.ui.lookupField)  # the window has seen it saved
    window.card.remarks.focus_text()
    keyboard.type(editor, "so so", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: len(services.customers.card(nora).timeline) == 2)
    assert sorted(e.text for e in services.customers.card(nora).timeline) == ["ok", "so so"]


def test_a_scan_on_a_french_keyboard_layout_is_read_as_digits(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    _card_holder(services, manager, "Amélie Carte", EAN)
    keyboard.type(window.ui.lookupField, "'àà-\"_&\"\"\"ç\"&", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Amélie Carte")


def test_a_misread_card_is_refused_with_a_hint_and_nothing_opens(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    _card_holder(services, manager, "Nora Scan", EAN)
    keyboard.type(window.ui.lookupField, EAN[:-1] + "2", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: "check digit" in window.ui.resultsHint.text())
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage
    assert window.ui.lookupField.text() == ""


def test_an_unknown_card_offers_a_new_customer_with_the_card_filled_in(
    qtbot: QtBot, window: MainWindow, keyboard: Keyboard
) -> None:
    keyboard.type(window.ui.lookupField, "]E05901234123457", SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.ui.rightStack.currentWidget() is window.ui.newCustomerPage)
    form = window.new_customer.ui
    assert (form.newCard.text(), form.newPhone.text(), form.newName.text()) == ("5901234123457", "", "")
    assert focused() is form.newName


def test_keys_typed_in_the_search_box_land_at_once_and_a_scan_there_leaves_no_trace(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, keyboard: Keyboard
) -> None:
    _card_holder(services, manager, "Nora Scan", EAN)
    field = window.ui.lookupField
    keyboard.type(field, "nor", SCANNER_GAP_MS, enter=False)
    assert field.text() == "nor"  # not held back: the search starts with the key
    assert not window.scanner.holding

    field.clear()
    keyboard.type(field, "smi", PERSON_GAP_MS, enter=False)
    keyboard.now_ms += 2000  # a moment later, a card is scanned
    keyboard.type(field, "]E0" + EAN, SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Nora Scan")
    assert field.text() == EAN  # the scan replaced the search; nothing of its keys is left over

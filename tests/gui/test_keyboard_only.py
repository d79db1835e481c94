"""The counter loop without a mouse: every step a key a person presses where the focus is
(QApplication.focusWidget()), never a click, never a widget given the focus by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import EscalationStatus, Outcome, Role
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from tests.gui.conftest import focused, type_into

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shift(services: Services, worker: DatabaseWorker, data_dir: Path) -> Iterator[Shift]:
    maria = services.staff.add("Maria Manager", Role.MANAGER, pin="1357")
    services.staff.add("Ann Counter", Role.STAFF, Actor(maria, "office"), pin="2468")
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("idle_lock_minutes", 0)
    the_shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    yield the_shift
    the_shift.end()


def _here() -> QWidget:
    widget = focused()
    assert widget is not None, "the keyboard has nowhere to go"
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    qtbot.keyClick(_here(), key, modifiers)


def _type(qtbot: QtBot, text: str) -> None:
    type_into(qtbot, _here(), text)
    # Keys this fast could be a card scan: the scanner holds them a moment, then they land.
    qtbot.waitUntil(lambda: not any(w.scanner.holding for w in QApplication.topLevelWidgets()
                                    if isinstance(w, MainWindow)))


def _tab_to(qtbot: QtBot, widget: QWidget, backwards: bool = False, most: int = 12) -> int:
    """Tab (or Shift+Tab) until ``widget`` has the focus, as a person would; how many presses."""
    for presses in range(most + 1):
        if focused() is widget:
            return presses
        _press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.objectName()} not reached with {most} presses; at {_here().objectName()}")


def _timeline(window: MainWindow) -> list[str]:
    model = window.card.timeline_model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def test_the_counter_loop_without_a_mouse(qtbot: QtBot, shift: Shift, services: Services) -> None:
    maria = Actor(next(s for s in services.staff.active_staff() if s.name == "Maria Manager"), "office")
    siobhan = services.customers.create(maria, NewCustomer("Siobhán Ó Briain", phones=("07700 900123",)))
    services.customers.create(maria, NewCustomer("Sam Other", phones=("07700 900999",)))

    # Sign in: the PIN field has the cursor; Shift+Tab to the names, type the first letter to
    # pick Maria, Tab back, the PIN, Enter.
    shift.show_sign_in()
    qtbot.waitUntil(lambda: shift.sign_in is not None)
    dialog = shift.sign_in
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.ui.pinField)
    assert dialog.ui.staffList.currentItem().text().startswith("Ann Counter")  # the first name
    assert _tab_to(qtbot, dialog.ui.staffList, backwards=True) == 1
    _press(qtbot, Qt.Key.Key_M)
    assert dialog.ui.staffList.currentItem().text().startswith("Maria Manager")
    assert _tab_to(qtbot, dialog.ui.pinField) == 1
    qtbot.keyClicks(_here(), "1357")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shift.window is not None)
    window = shift.window
    assert window is not None and window.ui.staffLabel.text() == "Signed in: Maria Manager"

    # The lookup box has the cursor. Type part of the name (no accents needed), Enter opens the
    # card with the cursor in the remark editor.
    qtbot.waitUntil(lambda: focused() is window.ui.lookupField)
    _type(qtbot, "siobhan")
    qtbot.waitUntil(lambda: window.lookup.settled)
    assert [m.display_name for m in window.lookup.model.matches] == ["Siobhán Ó Briain"]
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Siobhán Ó Briain")
    assert window.card.ui.nameLabel.text() == "Siobhán Ó Briain"
    assert focused() is window.card.remarks.ui.remarkEditor

    # A compliment (Ctrl+2), Enter saves it; the cursor goes back to the lookup box.
    _press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.card.remarks.ui.remarkKind.currentText().startswith("Compliment")
    _type(qtbot, "Lovely sourdough today")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("Lovely sourdough today" in t for t in _timeline(window)))
    assert window.card.remarks.ui.message.text() == "Saved"
    assert focused() is window.ui.lookupField

    # Another, a complaint, sent to the manager with Ctrl+Enter.
    _press(qtbot, Qt.Key.Key_R, CTRL)
    assert focused() is window.card.remarks.ui.remarkEditor
    _press(qtbot, Qt.Key.Key_1, CTRL)
    _type(qtbot, "The milk was sour")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: any("WITH MANAGER" in t and "The milk was sour" in t
                                for t in window.card.matters.row_texts()))
    assert window.card.remarks.ui.message.text() == "Saved and sent to the manager"

    # A slip: saved on the wrong card. Ctrl+Z takes it back; its text is in the editor again.
    _press(qtbot, Qt.Key.Key_R, CTRL)
    _type(qtbot, "Meant for Sam")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("Meant for Sam" in t for t in _timeline(window)))
    assert focused() is window.ui.lookupField
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.card.remarks.text() == "Meant for Sam")
    qtbot.waitUntil(lambda: not any("Meant for Sam" in t for t in _timeline(window)))
    assert window.card.remarks.ui.message.text() == "Undone — the text is back in the editor"
    assert focused() is window.card.remarks.ui.remarkEditor
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _press(qtbot, Qt.Key.Key_Backspace)
    assert window.card.remarks.text() == ""
    _press(qtbot, Qt.Key.Key_Escape)  # back to the lookup box
    assert focused() is window.ui.lookupField

    # The manager's queue (Ctrl+M): the cursor in the list, the complaint selected.
    _press(qtbot, Qt.Key.Key_M, CTRL)
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.current is not None)  # type: ignore[attr-defined]
    ui = queue.ui  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: focused() is ui.queueTable)
    assert ui.summaryLine.text().startswith("1 open · 0 urgent")
    assert "The milk was sour" in ui.remarkText.text()

    # Take it (Ctrl+T), Tab to the outcome, type its first letters, Tab to the note, Ctrl+Enter.
    _press(qtbot, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: services.escalations.queue()[0].owner == "Maria Manager")
    _tab_to(qtbot, ui.outcomeCombo)
    _type(qtbot, "ref")
    assert ui.outcomeCombo.currentText() == "Refund"
    assert _tab_to(qtbot, ui.resolutionNote) == 1
    _type(qtbot, "Refunded in full")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)  # type: ignore[attr-defined]
    assert ui.summaryLine.text().startswith("0 open")
    assert ui.remarkText.text() == "Nothing waiting. Well done."
    assert focused() is ui.queueTable  # the keyboard stays in the queue, on the list

    # It reached the customer: on their history (read through the service) and on the card.
    card = services.customers.card(siobhan)
    assert card.tell_them[0].status is EscalationStatus.RESOLVED
    assert card.tell_them[0].outcome is Outcome.REFUND
    assert any("Refunded in full" in entry.text for entry in card.timeline)

    # Esc closes the queue; the counter window has the keyboard again.
    _press(qtbot, Qt.Key.Key_Escape)
    assert not queue.isVisible()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is window)
    qtbot.waitUntil(lambda: any("TELL THEM" in t and "Refunded in full" in t
                                for t in window.card.matters.row_texts()), timeout=5000)

    # Ctrl+L locks: the window goes at once, the sign-in screen asks Maria for her PIN.
    _press(qtbot, Qt.Key.Key_L, CTRL)
    assert shift.window is None and not window.isVisible()
    qtbot.waitUntil(lambda: shift.sign_in is not None)
    assert shift.sign_in is not None
    qtbot.waitUntil(lambda: focused() is shift.sign_in.ui.pinField)  # type: ignore[union-attr]
    assert shift.sign_in.ui.staffList.currentItem().text().startswith("Maria Manager")

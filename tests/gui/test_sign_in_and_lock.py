"""Signing in with a PIN, locking with Ctrl+L or when idle, and drafts coming back to their owner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Role
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from tests.gui.conftest import focused, type_into


@pytest.fixture
def shift(services: Services, worker: DatabaseWorker, data_dir: Path) -> Iterator[Shift]:
    manager = services.staff.add("Maria Manager", Role.MANAGER, pin="1357")
    services.staff.add("Sam Counter", Role.STAFF, Actor(manager, "office"), pin="2468")
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("idle_lock_minutes", 0)
    the_shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    yield the_shift
    the_shift.end()


def _sign_in(qtbot: QtBot, shift: Shift, name: str, pin: str) -> None:
    qtbot.waitUntil(lambda: shift.sign_in is not None)  # the staff list comes from the worker
    dialog = shift.sign_in
    assert dialog is not None and dialog.windowTitle() == "Relate — Sign in"
    qtbot.waitExposed(dialog)
    items = [dialog.ui.staffList.item(i) for i in range(dialog.ui.staffList.count())]
    dialog.ui.staffList.setCurrentItem(next(i for i in items if i.text().startswith(name)))
    dialog.ui.pinField.setFocus()
    qtbot.keyClicks(dialog.ui.pinField, pin)
    qtbot.keyClick(dialog.ui.pinField, Qt.Key.Key_Return)


def test_sign_in_preselects_the_last_person_with_the_focus_in_the_pin(
    qtbot: QtBot, shift: Shift, services: Services
) -> None:
    shift.show_sign_in()
    _sign_in(qtbot, shift, "Sam Counter", "0000")
    dialog = shift.sign_in
    assert dialog is not None
    qtbot.waitUntil(lambda: "not right" in dialog.ui.message.text())
    assert shift.window is None
    qtbot.keyClicks(dialog.ui.pinField, "2468")
    qtbot.keyClick(dialog.ui.pinField, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shift.window is not None)
    assert shift.window is not None and shift.window.context.actor.staff.name == "Sam Counter"

    # Ctrl+L locks; the sign-in screen comes back with Sam preselected and the PIN focused.
    window = shift.window
    qtbot.keyClick(window.ui.lookupField, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shift.window is None and not window.isVisible()  # hidden at once
    qtbot.waitUntil(lambda: shift.sign_in is not None)
    qtbot.waitExposed(shift.sign_in)
    assert shift.sign_in.ui.staffList.currentItem().text().startswith("Sam Counter")
    qtbot.waitUntil(lambda: focused() is shift.sign_in.ui.pinField)  # type: ignore[union-attr]
    qtbot.keyClicks(shift.sign_in.ui.pinField, "2468")
    qtbot.keyClick(shift.sign_in.ui.pinField, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shift.window is not None)


def test_a_draft_survives_a_lock_and_comes_back_only_to_who_typed_it(
    qtbot: QtBot, shift: Shift, services: Services
) -> None:
    maria = Actor(services.staff.active_staff()[0], "till")
    customer = services.customers.create(maria, NewCustomer("Nell Draft"))
    shift.show_sign_in()
    _sign_in(qtbot, shift, "Sam Counter", "2468")
    qtbot.waitUntil(lambda: shift.window is not None)
    window = shift.window
    assert window is not None
    window.open_customer(customer, True)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    type_into(qtbot, window.card.remarks.ui.remarkEditor, "half-told story about the pears")
    shift.lock()

    _sign_in(qtbot, shift, "Maria Manager", "1357")
    qtbot.waitUntil(lambda: shift.window is not None)
    maria_window = shift.window
    assert maria_window is not None
    maria_window.open_customer(customer, False)
    qtbot.waitUntil(lambda: maria_window.windowTitle() == "Relate — Nell Draft")
    assert maria_window.card.remarks.text() == ""  # not Maria's draft
    shift.lock()

    _sign_in(qtbot, shift, "Sam Counter", "2468")
    qtbot.waitUntil(lambda: shift.window is not None)
    sam_again = shift.window
    assert sam_again is not None
    # Sam is back on the card he had open, with his words where he left them.
    qtbot.waitUntil(lambda: sam_again.windowTitle() == "Relate — Nell Draft")
    assert sam_again.card.remarks.text() == "half-told story about the pears"


def test_the_window_locks_itself_when_idle(
    qtbot: QtBot, services: Services, worker: DatabaseWorker, data_dir: Path
) -> None:
    manager = services.staff.add("Ida Idle", Role.MANAGER, pin="1357")
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("idle_lock_minutes", 0.01)  # 0.6 s
    shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    shift.start_as(Actor(manager, "till"))
    assert shift.window is not None
    qtbot.waitUntil(lambda: shift.window is None and shift.sign_in is not None, timeout=5000)
    shift.end()


def test_someone_without_a_pin_chooses_one_at_sign_in(
    qtbot: QtBot, services: Services, worker: DatabaseWorker, data_dir: Path
) -> None:
    services.staff.add("Old Timer", Role.MANAGER)  # from before PINs existed
    settings = LocalSettings(data_dir / "settings.json")
    shift = Shift(services, worker, settings, DraftStore(data_dir / "drafts.json"))
    shift.show_sign_in()
    _sign_in(qtbot, shift, "Old Timer", "8642")
    dialog = shift.sign_in
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.repeatField.isVisible)
    qtbot.keyClicks(dialog.ui.pinField, "8642")
    qtbot.keyClicks(dialog.ui.repeatField, "8642")
    qtbot.keyClick(dialog.ui.repeatField, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shift.window is not None)
    old = services.staff.active_staff()[0]
    assert services.staff.sign_in(old.id, "8642", "till").staff.name == "Old Timer"
    assert shift.window is not None
    shift.end()

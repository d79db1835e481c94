"""The shortcut list (gui/shortcut_list.py) against the running window: every shortcut it lists
is real — bound, or pressed and seen to work — every shortcut bound is listed, and the help
window and the README's table are written from it, so none of them can drift."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Channel, Priority, RemarkKind
from relate_desktop.gui import shortcut_list
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.shortcut_list import SHORTCUTS, Shortcut
from relate_desktop.services import Services
from tests.gui.conftest import focused, type_into

README = Path(__file__).resolve().parents[2] / "README.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _portable(keys: QKeySequence | str) -> str:
    # "Enter" in the list stands for either Enter key (see shortcut_list.py).
    return QKeySequence(keys).toString(PORTABLE).replace("Return", "Enter")


def _bound(widget: QWidget) -> set[str]:
    """The key sequences of the enabled QShortcuts and QActions in ``widget``'s window."""
    found = set()
    for shortcut in widget.findChildren(QShortcut):
        if shortcut.isEnabled():
            sequences = shortcut.keys()  # a QShortcut's key sequences (not a dict)
            found |= {_portable(k) for k in sequences}
    for action in widget.findChildren(QAction):
        if action.isEnabled():
            found |= {_portable(k) for k in action.shortcuts()}
    return found


def _listed(window: str, bound: bool = True) -> set[str]:
    return {_portable(k) for s in SHORTCUTS if s.window == window and s.bound == bound for k in s.keys}


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def _type(qtbot: QtBot, text: str) -> None:
    widget = focused()
    assert widget is not None
    type_into(qtbot, widget, text)
    # Typed this fast the keys could be a card scan: they land once the scanner lets them go.
    qtbot.waitUntil(lambda: not any(w.scanner.holding for w in QApplication.topLevelWidgets()
                                    if isinstance(w, MainWindow)))


def _timeline(window: MainWindow) -> list[str]:
    model = window.card.timeline_model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def _open_card(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Type the name in the lookup box, Enter: the card, the cursor in the remark."""
    assert focused() is window.ui.lookupField
    _type(qtbot, name)
    qtbot.waitUntil(lambda: window.lookup.settled and window.lookup.model.rowCount() > 0)
    _press(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)


def _open_queue(qtbot: QtBot, window: MainWindow) -> QWidget:
    _press(qtbot, Qt.Key.Key_M, CTRL)
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.current is not None)  # type: ignore[attr-defined]
    return queue


# -- the list and what is bound -----------------------------------------------------------


def test_the_list_is_well_formed() -> None:
    assert len({s.id for s in SHORTCUTS}) == len(SHORTCUTS)
    for shortcut in SHORTCUTS:
        assert shortcut.keys and shortcut.does and shortcut.section in shortcut_list.SECTIONS
        for keys in shortcut.keys:
            # A typo ("Ctrl+Entr") would make an empty sequence.
            assert not QKeySequence(keys).isEmpty() and _portable(keys) == keys, keys


def test_every_listed_shortcut_is_bound_and_every_bound_one_is_listed(
    qtbot: QtBot, services: Services, manager: Actor, make_window: Callable[[Actor], MainWindow]
) -> None:
    customer = services.customers.create(manager, NewCustomer("Bea Bound"))
    services.remarks.log_remark(manager, customer, RemarkKind.COMPLAINT, "Late again", Channel.COUNTER,
                                (), Priority.NORMAL)
    window = make_window(manager)
    in_window = _bound(window)
    assert _listed("main") <= in_window, "listed but not bound in the counter window"
    assert in_window <= _listed("main"), "bound in the counter window but missing from the list"
    queue = _open_queue(qtbot, window)
    assert _listed("queue") <= _bound(queue), "listed but not bound in the queue"
    assert _bound(queue) <= _listed("queue"), "bound in the queue but missing from the list"


def test_no_two_window_wide_shortcuts_share_a_key(window: MainWindow) -> None:
    # Two window-wide bindings of one key are ambiguous: Qt then runs neither.
    seen: list[str] = []
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            sequences = shortcut.keys()
            seen += [_portable(k) for k in sequences]
    for action in window.findChildren(QAction):
        seen += [_portable(k) for k in action.shortcuts()]
    assert sorted(seen) == sorted(set(seen))


# -- the key handlers: pressed, and seen to work --------------------------------------------


def _lookup_choose(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    for name in ("Jo Able", "Jo Baker", "Jo Carter"):
        services.customers.create(manager, NewCustomer(name))
    _type(qtbot, "jo")
    qtbot.waitUntil(lambda: window.lookup.settled and window.lookup.model.rowCount() == 3)
    results = window.ui.lookupResults
    for key, expected in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Down, 2), (Qt.Key.Key_Up, 1),
                          (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_PageDown, 2)):
        _press(qtbot, key)
        assert results.currentIndex().row() == expected
    assert focused() is window.ui.lookupField  # the typing carries on where it was


def _lookup_open(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    services.customers.create(manager, NewCustomer("Nadia Open"))
    _open_card(qtbot, window, "nadia")
    assert window.windowTitle() == "Relate — Nadia Open"
    _press(qtbot, Qt.Key.Key_Escape)
    assert focused() is window.ui.lookupField
    _type(qtbot, "Zed Nobody")
    qtbot.waitUntil(lambda: window.lookup.settled)
    _press(qtbot, Qt.Key.Key_Return)  # nothing found: a new customer with the name filled in
    assert window.ui.rightStack.currentWidget() is window.ui.newCustomerPage
    assert focused() is window.new_customer.ui.newName and window.new_customer.ui.newName.text() == "Zed Nobody"


def _new_save(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    _type(qtbot, "07700 900777")
    _press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.new_customer.ui.newPhone.text() == "07700 900777"
    assert focused() is window.new_customer.ui.newName
    _type(qtbot, "Olive New")
    _press(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Olive New")
    assert [m.display_name for m in services.lookup.lookup_customers("07700 900777")] == ["Olive New"]


def _remark_save(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    services.customers.create(manager, NewCustomer("Sara Save"))
    _open_card(qtbot, window, "sara")
    _type(qtbot, "Asked for oat milk")
    _press(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: any("Asked for oat milk" in t for t in _timeline(window)))
    assert focused() is window.ui.lookupField


def _remark_newline(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    services.customers.create(manager, NewCustomer("Nils Newline"))
    _open_card(qtbot, window, "nils")
    _type(qtbot, "first")
    _press(qtbot, Qt.Key.Key_Enter, SHIFT)
    _type(qtbot, "second")
    assert window.card.remarks.text() == "first\nsecond"
    assert focused() is window.card.remarks.ui.remarkEditor  # nothing was saved


def _escalated(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow,
               modifiers: Qt.KeyboardModifier) -> str:
    services.customers.create(manager, NewCustomer("Esme Escalate"))
    _open_card(qtbot, window, "esme")
    _type(qtbot, "The scales are wrong")
    _press(qtbot, Qt.Key.Key_Enter, modifiers)
    qtbot.waitUntil(lambda: any("WITH MANAGER" in t for t in window.card.matters.row_texts()))
    (escalation,) = services.escalations.queue()
    assert escalation.summary == "The scales are wrong"
    return escalation.priority.value


def _remark_escalate(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    assert _escalated(qtbot, services, manager, window, CTRL) == "normal"


def _remark_urgent(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    assert _escalated(qtbot, services, manager, window, CTRL | SHIFT) == "urgent"


def _remark_undo(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    services.customers.create(manager, NewCustomer("Uma Undo"))
    _open_card(qtbot, window, "uma")
    _type(qtbot, "Meant for someone else")
    _press(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: any("Meant for someone else" in t for t in _timeline(window)))
    assert focused() is window.ui.lookupField
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.card.remarks.text() == "Meant for someone else")
    qtbot.waitUntil(lambda: not any("Meant for someone else" in t for t in _timeline(window)))
    assert focused() is window.card.remarks.ui.remarkEditor


def _history_menu(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    customer = services.customers.create(manager, NewCustomer("Mo Menu"))
    services.remarks.log_remark(manager, customer, RemarkKind.NOTE, "Wants a call", Channel.COUNTER, ())
    _open_card(qtbot, window, "mo menu")
    _press(qtbot, Qt.Key.Key_Tab)  # from the remark, Tab goes on to the history
    assert focused() is window.card.ui.timeline
    for key, modifiers in ((Qt.Key.Key_Menu, NO), (Qt.Key.Key_F10, SHIFT)):
        shown: list[list[str]] = []

        def read_and_close(found: list[list[str]] = shown) -> None:
            menu = QApplication.activePopupWidget()
            if isinstance(menu, QMenu):
                found.append([a.text() for a in menu.actions()])
                qtbot.keyClick(menu, Qt.Key.Key_Escape)

        QTimer.singleShot(50, read_and_close)
        _press(qtbot, key, modifiers)
        qtbot.waitUntil(lambda found=shown: bool(found))  # type: ignore[misc]
        assert shown == [["Correct…", "Escalate to the manager", "Withdraw this remark"]]


def _queue_note(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    customer = services.customers.create(manager, NewCustomer("Nora Note"))
    services.remarks.log_remark(manager, customer, RemarkKind.COMPLAINT, "Broken lid", Channel.COUNTER,
                                (), Priority.NORMAL)
    queue = _open_queue(qtbot, window)
    note = queue.ui.noteField  # type: ignore[attr-defined]
    for _ in range(10):
        if focused() is note:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert focused() is note
    _type(qtbot, "Rang her back")
    _press(qtbot, Qt.Key.Key_Enter)
    notes = queue.ui.notesList  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: notes.count() == 1 and "Rang her back" in notes.item(0).text())
    assert note.text() == ""


PROBES: dict[str, Callable[[QtBot, Services, Actor, MainWindow], None]] = {
    "lookup.choose": _lookup_choose,
    "lookup.open": _lookup_open,
    "new.save": _new_save,
    "remark.save": _remark_save,
    "remark.newline": _remark_newline,
    "remark.escalate": _remark_escalate,
    "remark.urgent": _remark_urgent,
    "remark.undo": _remark_undo,
    "card.history_menu": _history_menu,
    "queue.note": _queue_note,
}


def test_every_key_handler_in_the_list_has_a_probe() -> None:
    assert set(PROBES) == {s.id for s in SHORTCUTS if not s.bound}


@pytest.mark.parametrize("shortcut", [s for s in SHORTCUTS if not s.bound], ids=lambda s: s.id)
def test_a_key_handler_does_what_the_list_says(
    qtbot: QtBot, services: Services, manager: Actor, make_window: Callable[[Actor], MainWindow],
    shortcut: Shortcut,
) -> None:
    window = make_window(manager)
    assert focused() is window.ui.lookupField
    PROBES[shortcut.id](qtbot, services, manager, window)


def test_the_promise_form_opens_with_ctrl_p_and_closes_with_esc(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    services.customers.create(manager, NewCustomer("Pia Promise"))
    _open_card(qtbot, window, "pia")
    _press(qtbot, Qt.Key.Key_P, CTRL)
    form = window.card.ui.promiseForm
    assert form.isVisible() and focused() is window.card.ui.promiseWhat
    _press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert focused() is window.ui.lookupField


# -- the help window and the README ----------------------------------------------------------


def test_f1_shows_every_shortcut_by_section_and_finds_one(qtbot: QtBot, window: MainWindow) -> None:
    assert focused() is window.ui.lookupField
    _press(qtbot, Qt.Key.Key_F1)
    help_window = window.shortcuts_help
    assert help_window is not None
    qtbot.waitExposed(help_window)
    qtbot.waitUntil(lambda: focused() is help_window.find_field)  # type: ignore[attr-defined]
    assert help_window.windowTitle() == "Relate — Keyboard shortcuts"
    assert not help_window.isModal()  # it stays open beside the work
    rows = help_window.rows()  # type: ignore[attr-defined]
    assert len(rows) == len(SHORTCUTS)
    assert {section for section, _keys, _does in rows} == set(shortcut_list.SECTIONS)
    native = QKeySequence.SequenceFormat.NativeText
    assert ("Writing down what they said", QKeySequence("Ctrl+Shift+Enter").toString(native),
            "Save and escalate to the manager as urgent.") in rows
    assert ("Anywhere", "F1 or " + QKeySequence("Ctrl+/").toString(native),
            "This list of keyboard shortcuts (Help → Keyboard shortcuts).") in rows

    # The find box has the cursor: a word, or a key, narrows the list.
    _type(qtbot, "escalate")
    assert {does for _s, _k, does in help_window.rows()} == {  # type: ignore[attr-defined]
        "Save and escalate to the manager.", "Save and escalate to the manager as urgent.",
        "On a line of the history: correct the remark, escalate it or withdraw it."}
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "F8")
    assert [does for _s, _k, does in help_window.rows()] == [  # type: ignore[attr-defined]
        shortcut_list.by_id("call.log").does]
    _type(qtbot, "zzz")
    assert help_window.rows() == [] and help_window.nothing.isVisible()  # type: ignore[attr-defined]

    _press(qtbot, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_the_help_menu_names_its_keys(window: MainWindow) -> None:
    action = window.findChild(QAction, "shortcutsAction")
    assert action is not None and action.text() == "&Keyboard shortcuts"
    assert [k.toString() for k in action.shortcuts()] == ["F1", "Ctrl+/"]


def test_the_readme_table_is_the_generated_one() -> None:
    table = shortcut_list.readme_table(README.read_text(encoding="utf-8"))
    assert table, f"README.md lacks the markers {shortcut_list.README_START!r} … {shortcut_list.README_END!r}"
    assert table == shortcut_list.markdown(), (
        "README.md's shortcut table is stale: run python -m relate_desktop.gui.shortcut_list --update-readme")


def _accelerator(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if at >= 0 else None


def test_every_menu_and_menu_entry_has_its_own_alt_letter(window: MainWindow) -> None:
    # Alt and a letter opens a menu, a letter then picks the entry: two alike would need a
    # second press, none would leave it to the mouse.
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    letters = [_accelerator(m.title()) for m in menus]
    assert None not in letters and len(set(letters)) == len(letters), [m.title() for m in menus]
    for menu in menus:
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [_accelerator(text) for text in entries]
        assert None not in keys and len(set(keys)) == len(keys), (menu.title(), entries)

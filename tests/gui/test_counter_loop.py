"""The whole counter loop, by keyboard, as a person at the till would do it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QPlainTextEdit
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    EscalationStatus,
    Outcome,
    RemarkKind,
)
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services
from tests.gui.conftest import focused, type_into


def _timeline_texts(window: MainWindow) -> list[str]:
    model = window.card.timeline_model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def _type(qtbot: QtBot, text: str) -> None:
    widget = focused()
    assert widget is not None
    type_into(qtbot, widget, text)


def _key(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def test_find_log_escalate_resolve_and_see_the_outcome(
    qtbot: QtBot, services: Services, manager: Actor, make_window: Callable[[Actor], MainWindow]
) -> None:
    siobhan = services.customers.create(manager, NewCustomer(
        "Siobhán Ó Briain", phones=("07700 900123",), little_things=("Receipt: always",)))
    services.customers.create(manager, NewCustomer("Sam Other", phones=("07700 900999",)))
    window = make_window(manager)

    # The lookup box has the focus at start; a full phone number in another format opens the card.
    assert focused() is window.ui.lookupField
    _type(qtbot, "+44 7700 900123")
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Siobhán Ó Briain")
    assert "Receipt: always" in window.card.things.texts

    # Enter moves into the remark editor; Enter saves; the focus returns to the lookup box.
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    _key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # compliment
    _type(qtbot, "Your produce prices are the best in town")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("best in town" in t for t in _timeline_texts(window)))
    assert focused() is window.ui.lookupField
    assert window.card.remarks.text() == ""

    # Another remark, escalated as urgent with Ctrl+Shift+Enter.
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.card.remarks.ui.remarkEditor
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # complaint
    _type(qtbot, "The tart I bought yesterday was spoiled")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any("WITH MANAGER" in t for t in window.card.matters.row_texts()))
    queue = services.escalations.queue()
    assert [(e.summary, e.priority.value, e.kind) for e in queue] == [
        ("The tart I bought yesterday was spoiled", "urgent", RemarkKind.COMPLAINT)]

    # The manager's queue (Ctrl+M): take ownership, choose an outcome, resolve.
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    queue_window = window.queue_window
    assert queue_window is not None and queue_window.objectName() == "managerQueue"
    qtbot.waitUntil(lambda: queue_window.current is not None)  # type: ignore[attr-defined]
    assert queue_window.model.rowCount() == 1  # type: ignore[attr-defined]
    qtbot.keyClick(queue_window.ui.queueTable, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: services.escalations.queue()[0].owner == "Maria Manager")
    ui = queue_window.ui  # type: ignore[attr-defined]
    ui.outcomeCombo.setFocus()
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(Outcome.REFUND))
    ui.resolutionNote.setFocus()
    qtbot.keyClicks(ui.resolutionNote, "refund issued")
    qtbot.keyClick(ui.resolutionNote, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue_window.model.rowCount() == 0)  # type: ignore[attr-defined]

    # Back at the counter the card tells staff what to pass on, and the history shows it.
    qtbot.waitUntil(lambda: any("TELL THEM" in t and "refund issued" in t
                                for t in window.card.matters.row_texts()), timeout=5000)
    assert any("Resolved: Refund" in t and "refund issued" in t for t in _timeline_texts(window))
    card = services.customers.card(siobhan)
    assert card.tell_them[0].status is EscalationStatus.RESOLVED


def test_name_search_ignores_accents_and_arrows_pick(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    services.customers.create(manager, NewCustomer("José Álvarez"))
    services.customers.create(manager, NewCustomer("Josephine Baker"))
    _type(qtbot, "jose")
    qtbot.waitUntil(lambda: window.lookup.model.rowCount() == 2)
    results = window.findChild(QListView, "lookupResults")
    assert results is not None
    assert [m.display_name for m in window.lookup.model.matches] == ["José Álvarez", "Josephine Baker"]
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Josephine Baker")
    assert focused() is window.card.remarks.ui.remarkEditor


def test_nothing_found_enter_creates_a_customer_with_the_typed_name(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    _type(qtbot, "Zoë Brontë")
    qtbot.waitUntil(lambda: window.lookup.settled)
    assert "Nothing found" in window.ui.resultsHint.text()
    _key(qtbot, Qt.Key.Key_Return)
    assert window.new_customer.ui.newName.text() == "Zoë Brontë"
    assert focused() is window.new_customer.ui.newName
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Zoë Brontë")
    assert [m.display_name for m in services.lookup.lookup_customers("zoe bronte")] == ["Zoë Brontë"]


def test_unknown_phone_goes_into_the_phone_field(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    _type(qtbot, "07700 900555")
    qtbot.waitUntil(lambda: window.lookup.settled)
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.new_customer.ui
    assert (form.newName.text(), form.newPhone.text()) == ("", "07700 900555")
    qtbot.keyClicks(form.newName, "Ada Lovelace")
    qtbot.keyClick(form.newName, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Ada Lovelace")
    assert services.lookup.lookup_customers("+447700900555")[0].display_name == "Ada Lovelace"


def test_empty_remark_is_refused_with_a_hint_and_nothing_typed_is_lost(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Nora Quiet", cards=("LC-7",)))
    _type(qtbot, "LC-7")
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Nora Quiet")
    _key(qtbot, Qt.Key.Key_Return)  # a scanner's trailing Enter: into the card
    _type(qtbot, "   ")
    _key(qtbot, Qt.Key.Key_Return)
    assert "Type what the customer said" in window.card.remarks.ui.message.text()
    assert window.card.remarks.text() == "   "
    assert services.customers.card(customer).timeline == ()


def test_shift_enter_is_a_new_line_and_text_round_trips_exactly(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Lina Haddad", cards=("C1",)))
    window.open_customer(customer, True)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    _type(qtbot, "first line")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    editor = window.card.remarks.ui.remarkEditor
    assert isinstance(editor, QPlainTextEdit)
    editor.insertPlainText("שלום 👋 e\u0301")  # right-to-left, emoji, a combining accent
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(services.customers.card(customer).timeline))
    assert services.customers.card(customer).timeline[0].text == "first line\nשלום 👋 e\u0301"


def test_ctrl_z_takes_back_a_saved_remark_and_returns_its_text(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Olu Ade", cards=("C2",)))
    window.open_customer(customer, True)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    _type(qtbot, "wrong customer, oops")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.customers.card(customer).timeline) == 1)
    qtbot.waitUntil(window.card.remarks.ui.undoButton.isVisible)
    assert focused() is window.ui.lookupField
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.card.remarks.text() == "wrong customer, oops")
    assert services.customers.card(customer).timeline == ()


def test_a_draft_survives_closing_the_window(
    qtbot: QtBot, services: Services, manager: Actor, make_window: Callable[[Actor], MainWindow]
) -> None:
    customer = services.customers.create(manager, NewCustomer("Kim Draft"))
    first = make_window(manager)
    first.open_customer(customer, True)
    qtbot.waitUntil(lambda: focused() is first.card.remarks.ui.remarkEditor)
    _type(qtbot, "half a thought")
    first.close()
    second = make_window(manager)
    second.open_customer(customer, True)
    qtbot.waitUntil(lambda: second.windowTitle() == "Relate — Kim Draft")
    assert second.card.remarks.text() == "half a thought"


def test_walk_in_remark_has_no_customer(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    _key(qtbot, Qt.Key.Key_Escape)  # empty lookup box: Esc shows the walk-in editor
    assert window.ui.rightStack.currentWidget() is window.ui.welcomePage
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.walk_in.ui.remarkEditor
    _key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # idea
    _type(qtbot, "Stock gluten-free bread please")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.walk_in.can_undo)
    remark = services.remarks.get(window.walk_in._last_saved.id)  # type: ignore[union-attr]
    assert (remark.customer_id, remark.kind, remark.text) == (None, RemarkKind.IDEA,
                                                              "Stock gluten-free bread please")


def test_little_things_and_consent_are_edited_in_place(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Pat Prefers"))
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Pat Prefers")
    field = window.card.things.add_field
    field.setFocus()
    qtbot.keyClicks(field, "Large print")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.things.texts == ["Large print"])
    assert services.customers.card(customer).little_things[0].recorded_by == "Maria Manager"
    box = window.card.ui.consentPhone
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # from "not asked" up to "no"
    qtbot.waitUntil(lambda: services.customers.card(customer).consent(ContactChannel.PHONE)
                    is ConsentState.DENIED)
    qtbot.waitUntil(lambda: "no phone calls" in window.card.ui.factsLabel.text())
    consent = services.customers.card(customer).consents[0]
    assert (consent.recorded_by, consent.how) == ("Maria Manager", "asked at the counter")
    assert "recorded by Maria Manager" in box.toolTip()
    qtbot.waitUntil(lambda: any("Consent: Phone calls — no" in t for t in _timeline_texts(window)))


def test_promise_from_the_card(qtbot: QtBot, services: Services, manager: Actor, window: MainWindow) -> None:
    customer = services.customers.create(manager, NewCustomer("Ruth Credit"))
    window.open_customer(customer, True)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.card.ui.promiseWhat
    _type(qtbot, "£20 credit on next visit")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("PROMISED" in t for t in window.card.matters.row_texts()))
    promise = services.customers.card(customer).open_promises[0]
    assert promise.what == "£20 credit on next visit"
    assert promise.due_on is not None


def test_keeping_a_promise_is_one_click_and_can_be_undone(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QPushButton

    from relate_desktop.domain.vocabulary import PromiseKind
    from relate_desktop.services.promises import PromiseTerms

    customer = services.customers.create(manager, NewCustomer("Una Kept"))
    services.promises.record_promise(manager, customer, PromiseTerms(PromiseKind.CALLBACK, "Call about the cake"))
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: any("Call about the cake" in t for t in window.card.matters.row_texts()))
    kept = [b for b in window.card.ui.openMatters.findChildren(QPushButton) if b.text() == "Kept"]
    kept[0].click()
    qtbot.waitUntil(lambda: services.customers.card(customer).open_promises == ())
    qtbot.waitUntil(lambda: window.card.matters.row_texts() == [])
    assert window.ui.toastText.text() == "Promise kept"
    window.ui.toastUndo.click()
    qtbot.waitUntil(lambda: len(services.customers.card(customer).open_promises) == 1)


def test_told_takes_the_outcome_off_the_card(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QPushButton

    from relate_desktop.domain.vocabulary import Priority

    customer = services.customers.create(manager, NewCustomer("Vic Told"))
    remark = services.remarks.log_remark(manager, customer, RemarkKind.COMPLAINT, "Late delivery",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    services.escalations.resolve(manager, remark.escalation_id, Outcome.APOLOGY, "rang them")
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: any("TELL THEM" in t for t in window.card.matters.row_texts()))
    told = [b for b in window.card.ui.openMatters.findChildren(QPushButton) if b.text() == "Told"]
    told[-1].click()
    qtbot.waitUntil(lambda: services.customers.card(customer).tell_them == ())
    qtbot.waitUntil(lambda: window.card.matters.row_texts() == [])


def test_enter_pressed_while_the_last_save_is_on_its_way_saves_the_next_remark_too(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Quick Talker"))
    window.open_customer(customer, True)
    editor = window.card.remarks.ui.remarkEditor
    qtbot.waitUntil(lambda: focused() is editor)
    qtbot.waitUntil(lambda: window.context.worker.idle)
    # A slow moment on the database: both saves below wait behind it, so the second Enter
    # surely comes while the first save is still on its way.
    window.context.worker.submit(lambda: time.sleep(0.5))
    qtbot.keyClicks(editor, "Loves the sourdough")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Wants it sliced")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.remarks.recent_for_customer(customer)) == 2, timeout=10_000)
    # Each remark once, on its own: what was typed after the first Enter is the second remark.
    assert sorted(r.text for r in services.remarks.recent_for_customer(customer)) == [
        "Loves the sourdough", "Wants it sliced"]
    qtbot.waitUntil(lambda: window.card.remarks.text() == "")  # nothing left behind unsaved

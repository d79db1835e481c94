"""The counter side for people who use a screen reader or do not see colours: every control
says what it is and what it does, and no state is told by colour alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.till import TillHistory
from relate_desktop.domain.vocabulary import Outcome, Priority, PromiseKind, RemarkKind
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.sign_in import SignInDialog
from relate_desktop.gui.till import till_text
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

pytestmark = pytest.mark.sqlite_only  # about what the window shows, not the database

#: What a person can operate: each needs a name and a description for a screen reader.
_INTERACTIVE = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractButton, QComboBox, QAbstractSpinBox,
                QAbstractItemView, QTabWidget, QSlider)


def _silent(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """The visible controls under ``root`` missing an accessible name or description."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # a combo box's or date field's own inner parts: the outer one is named
        if any(other is widget or other.isAncestorOf(widget) for other in skip):
            continue
        if not widget.accessibleName().strip() or not widget.accessibleDescription().strip():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}".strip())
    return missing


def _busy_customer(services: Services, manager: Actor, staff: Actor) -> int:
    """A customer with something in every part of the card."""
    customer = services.customers.create(staff, NewCustomer(
        "Olu Adeyemi", phones=("07700 900123",), little_things=("Receipt: always",)))
    services.customers.add_little_thing(staff, customer, "Diabetic: no sugar", True)
    services.promises.record_promise(staff, customer, PromiseTerms(
        PromiseKind.CREDIT, "£5 off the next cake", due_on=date.today() - timedelta(days=2)))
    services.promises.record_promise(staff, customer, PromiseTerms(
        PromiseKind.FOLLOW_UP, "Ask if the oven works", due_on=date.today() + timedelta(days=3)))
    services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Cake was stale",
                                escalate=Priority.URGENT)
    told = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Late delivery",
                                       escalate=Priority.NORMAL)
    assert told.escalation_id is not None
    services.escalations.resolve(manager, told.escalation_id, Outcome.APOLOGY, "rang them")
    return customer


def test_every_control_of_the_counter_window_has_a_name_and_a_description(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    customer = _busy_customer(services, manager, staff)
    window = make_window(staff)
    # Not this module's: the day's panel (today_panel.py) has its own checks.
    others = (window.today,)

    # No card open: the search box, the walk-in editor, the manager's answer to a remark.
    qtbot.waitUntil(lambda: window.ui.notificationBar.isVisible())
    window.show_toast("Saved", lambda: None)
    assert window.ui.toastUndo.isVisible() and window.ui.notificationOpen.isVisible()
    assert _silent(window, others) == []

    # The busy card, with the promise form open and a compliment being written.
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: len(window.card.matters.row_texts()) == 4)
    window.card.open_promise_form()
    window.card.remarks.set_kind(RemarkKind.COMPLIMENT)
    qtbot.waitUntil(lambda: window.card.remarks.ui.aboutStaff.isVisible())
    assert len(window.card.things.texts) == 2
    assert _silent(window, others) == []

    # A call while staff are typing: the banner's buttons too.
    window.context.settings.set("caller_id.typing_pause_seconds", 600)
    qtbot.keyClicks(window.ui.lookupField, "jo")
    window.calls.pop("07700 900123", "test")
    qtbot.waitUntil(lambda: window.calls.banner.isVisible())
    assert window.calls.banner_open.isVisible()
    assert _silent(window, others) == []

    # The new-customer form in place of the card.
    window.start_new_customer("Ada")
    assert window.new_customer.isVisible()
    assert _silent(window, others) == []


def test_the_correction_sign_in_and_erase_windows_say_what_each_control_is(
    qtbot: QtBot, services: Services, manager: Actor, worker: DatabaseWorker, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Ada Lovelace"))
    remark = services.remarks.log_remark(manager, customer, RemarkKind.NOTE, "Wants the blue one")
    services.remarks.correct_remark(manager, remark.id, kind=RemarkKind.REQUEST)
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: window.card.card is not None)

    window.card.correct_remark(remark.id)
    qtbot.waitUntil(lambda: window.card.correction is not None and window.card.correction.isVisible())
    correction = window.card.correction
    assert correction is not None
    assert _silent(correction) == []
    # What changed, in words, not the stored English value.
    assert "kind changed — was “Note”" in correction.ui.history.item(0).text()
    correction.reject()

    sign_in = SignInDialog(services.staff, worker, services.staff.active_staff(), manager.staff.id, "pc")
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.waitExposed(sign_in)
    assert _silent(sign_in) == []
    assert "Maria Manager  (manager)" in [sign_in.ui.staffList.item(i).text()
                                           for i in range(sign_in.ui.staffList.count())]

    window.menus.erase()
    erase = window.menus.open_windows["erase"]
    qtbot.waitExposed(erase)
    field = erase.ui.confirmName  # type: ignore[attr-defined]
    assert field.accessibleName() and field.accessibleDescription()


def test_an_open_promise_says_so_in_the_history_not_only_in_colour(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Ada Lovelace"))
    promise = services.promises.record_promise(manager, customer, PromiseTerms(
        PromiseKind.CALLBACK, "Ring about the order", due_on=date.today() - timedelta(days=1)))
    window.open_customer(customer, False)
    model = window.card.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    def row() -> str:
        return str(model.data(model.index(0, 0)))

    assert "still open" in row()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    # On the card, the late promise says LATE as well as being red.
    assert any("LATE — was due" in text for text in window.card.matters.row_texts())

    services.promises.keep(manager, promise.id)
    window.card.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert not any("still open" in str(model.data(model.index(r, 0))) for r in range(2))


def test_a_problem_is_marked_by_a_sign_as_well_as_red(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.walk_in.save(None)  # nothing typed yet
    assert window.walk_in.ui.message.text().startswith("⚠ Type what the customer said")

    window.start_new_customer("")
    window.new_customer.submit()  # no name
    assert window.new_customer.ui.message.text() == "⚠ A new customer needs a name."


def test_the_queue_button_tells_a_screen_reader_how_many_are_urgent(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    assert window.ui.queueButton.accessibleName() == "Manager's queue"
    services.remarks.log_remark(manager, None, RemarkKind.COMPLAINT, "Floor is wet",
                                escalate=Priority.URGENT)
    window.poll()
    qtbot.waitUntil(lambda: window.ui.queueButton.text() == "Queue · 1 urgent")
    assert window.ui.queueButton.accessibleName() == "Manager's queue, 1 urgent"


def test_the_till_line_counts_in_words_that_can_be_translated() -> None:
    assert till_text([TillHistory(system="square", visits=1)]) == "from the shop's till: 1 visit"
    assert till_text([TillHistory(system="square", visits=31)]) == "from the shop's till: 31 visits"
    assert till_text([TillHistory(system="shopify", visits=1)]) == "from the shop's till: 1 order"

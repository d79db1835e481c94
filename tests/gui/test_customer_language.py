"""The customer's language on the card, and the language a conversation was in, by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.gui import spoken
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services
from tests.gui.conftest import focused, type_into


def _open(qtbot: QtBot, window: MainWindow, customer_id: int) -> None:
    # Opened again, the card is already this customer's: wait for its reload (and any save
    # before it) to land, so it cannot arrive in the middle of the typing that follows.
    qtbot.waitUntil(lambda: window.context.worker.idle)
    window.open_customer(customer_id, focus_card=True)
    qtbot.waitUntil(lambda: window.context.worker.idle)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == customer_id)
    qtbot.waitUntil(lambda: focused() is window.card.remarks.ui.remarkEditor)


def _timeline_texts(window: MainWindow) -> list[str]:
    model = window.card.timeline_model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def _pick_from_open_list(qtbot: QtBot, box: QComboBox, code: str) -> None:
    """In the list that just opened, move to ``code``'s line and press Enter."""
    qtbot.waitUntil(lambda: box.view().isVisible())
    view = box.view()
    view.setCurrentIndex(box.model().index(box.findData(code), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_card_shows_the_language_as_a_badge_beside_the_name(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Łukasz Wróbel", preferred_language="Polish"))
    _open(qtbot, window, customer)

    badge = window.card.ui.languageBadge
    assert badge.isVisible() and badge.text() == "Speaks Polish"
    assert badge.accessibleName() == "Preferred language"
    assert "Speaks Polish" in badge.accessibleDescription()
    # Said once, prominently: not again in the line of facts below.
    assert "Polish" not in window.card.ui.factsLabel.text()
    assert window.card.ui.preferredLanguage.currentData() == "pl"


def test_an_unrecorded_language_is_set_from_the_card_in_one_step(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Olena Kovalenko"))
    _open(qtbot, window, customer)
    badge = window.card.ui.languageBadge
    assert badge.isVisible() and badge.text() == "Language not recorded — set"

    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # the list opens at once
    _pick_from_open_list(qtbot, window.card.ui.preferredLanguage, "uk")

    qtbot.waitUntil(lambda: services.customers.card(customer).preferred_language == "uk")
    qtbot.waitUntil(lambda: badge.text() == "Speaks Ukrainian")
    # The remark editor follows: the conversation is now taken to be in Ukrainian.
    assert window.card.remarks.language() == "uk"


def test_any_language_can_be_typed_on_the_card(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Jan Sroka", preferred_language="pl"))
    _open(qtbot, window, customer)
    box = window.card.ui.preferredLanguage
    box.setFocus()
    box.lineEdit().selectAll()
    type_into(qtbot, box, "ślōnsko godka")  # no code for it: kept as typed
    qtbot.keyClick(box, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: services.customers.card(customer).preferred_language == "ślōnsko godka")
    qtbot.waitUntil(lambda: window.card.ui.languageBadge.text() == "Speaks ślōnsko godka")


def test_the_remark_editor_starts_in_the_customers_language_and_saves_the_one_chosen(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    shop = spoken.ui_language()
    assert shop != "pl"
    customer = services.customers.create(manager, NewCustomer("Łukasz Wróbel", preferred_language="pl"))
    _open(qtbot, window, customer)
    editor = window.card.remarks
    assert editor.language() == "pl"
    assert editor.ui.remarkLanguage.currentText() == "Polish"
    assert editor.ui.remarkLanguage.accessibleName() == "Conversation language"
    assert "Ctrl+Shift+L" in editor.ui.remarkLanguage.toolTip()

    type_into(qtbot, editor.ui.remarkEditor, "Pyta o chleb żytni")
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.remarks.recent_for_customer(customer)) == 1)

    # One keystroke: this conversation was in the shop's language after all.
    _open(qtbot, window, customer)
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.language() == shop
    assert focused() is editor.ui.remarkEditor  # typing carries on
    type_into(qtbot, editor.ui.remarkEditor, "Asked about rye bread")
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.remarks.recent_for_customer(customer)) == 2)

    newest, first = services.remarks.recent_for_customer(customer)
    assert (first.text, first.language) == ("Pyta o chleb żytni", "pl")
    assert (newest.text, newest.language) == ("Asked about rye bread", shop)
    # The history says which conversation was in another language than the shop's.
    qtbot.waitUntil(lambda: any("rye bread" in t for t in _timeline_texts(window)))
    [polish] = [t for t in _timeline_texts(window) if "żytni" in t]
    [english] = [t for t in _timeline_texts(window) if "rye bread" in t]
    assert "in Polish" in polish and " in " not in english.split("\n")[0]
    # The customer's own language is left as it was.
    assert services.customers.card(customer).preferred_language == "pl"


def test_a_language_picked_from_the_editors_list_is_saved_with_the_remark(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    customer = services.customers.create(manager, NewCustomer("Amal Haddad"))
    _open(qtbot, window, customer)
    editor = window.card.remarks
    assert editor.language() == spoken.ui_language()  # nothing recorded: the shop's language

    qtbot.mouseClick(editor.ui.remarkLanguage, Qt.MouseButton.LeftButton)
    _pick_from_open_list(qtbot, editor.ui.remarkLanguage, "ar")
    assert editor.language() == "ar"
    editor.focus_text()
    type_into(qtbot, editor.ui.remarkEditor, "Wants halal sausages")
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.remarks.recent_for_customer(customer)) == 1)

    [remark] = services.remarks.recent_for_customer(customer)
    assert remark.language == "ar"
    # Noted with the remark only: nothing is guessed about the customer.
    assert services.customers.card(customer).preferred_language == ""

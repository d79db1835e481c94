"""Correcting a remark later: text, kind and customer, with the history kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import RemarkKind
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services


def test_correct_text_kind_and_move_to_the_right_customer(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    wrong = services.customers.create(manager, NewCustomer("Anna Wrong"))
    right = services.customers.create(manager, NewCustomer("Anna Right", phones=("07700 900321",)))
    remark = services.remarks.log_remark(manager, wrong, RemarkKind.NOTE, "Wants the blue one")
    window.open_customer(wrong, False)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Anna Wrong")

    window.card.correct_remark(remark.id)
    qtbot.waitUntil(lambda: window.card.correction is not None and window.card.correction.isVisible())
    dialog = window.card.correction
    assert dialog is not None
    dialog.ui.text.selectAll()
    qtbot.keyClicks(dialog.ui.text, "Wants the blue one set aside")
    dialog.ui.kind.setCurrentIndex(list(RemarkKind).index(RemarkKind.REQUEST))
    qtbot.keyClicks(dialog.ui.moveLookup, "0321")
    qtbot.waitUntil(lambda: dialog.ui.moveResults.count() == 1)
    qtbot.keyClick(dialog.ui.moveLookup, Qt.Key.Key_Return)  # the dialog's default button saves
    qtbot.waitUntil(lambda: services.remarks.get(remark.id).customer_id == right)

    corrected = services.remarks.get(remark.id)
    assert (corrected.text, corrected.kind) == ("Wants the blue one set aside", RemarkKind.REQUEST)
    assert [r.change for r in corrected.revisions] == ["text", "kind", "customer"]
    assert corrected.revisions[0].before == "Wants the blue one"
    qtbot.waitUntil(lambda: window.card.timeline_model.rowCount() == 0)

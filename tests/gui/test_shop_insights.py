"""The manager hears the shop: what customers say, follow-ups, kind words and each person's day."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.gui import colours
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.shop_insights import ShopInsightsWindow
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms
from tests.gui.conftest import focused, type_into


def _insights(window: MainWindow) -> ShopInsightsWindow:
    window.menus.insights()
    view = window.menus.open_windows["insights"]
    assert isinstance(view, ShopInsightsWindow)
    return view


def _row_of(view: ShopInsightsWindow, text: str) -> int:
    table = view.ui.kindsTable
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_what_customers_said_this_week_one_click_from_the_figures(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow, tmp_path: Path
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    log = services.remarks.log_remark
    log(staff, ada, RemarkKind.COMPLAINT, "The car park was full", tags=("parking",))
    log(staff, ada, RemarkKind.COMPLAINT, "Nowhere to park again", tags=("parking",))
    log(staff, None, RemarkKind.COMPLIMENT, "Best bread in town", tags=("bakery",))

    view = _insights(window)
    qtbot.waitUntil(lambda: view.insights is not None)
    table = view.ui.kindsTable
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())] == [
        ("Complaint", "2"), ("Compliment", "1"), ("Request", "0"), ("Question", "0"), ("Idea", "0"),
        ("Note", "0")]
    assert "parking" in view.ui.themes.text() and "bakery" in view.ui.themes.text()
    [series] = view.chart.series()
    assert isinstance(series, QStackedBarSeries) and series.count() == 6
    assert sum(series.barSets()[0].at(n) for n in range(series.barSets()[0].count())) == 2

    table.selectRow(_row_of(view, "Complaint"))
    qtbot.waitUntil(lambda: view.ui.recentList.count() == 2)
    assert "Nowhere to park again" in view.ui.recentList.item(0).text()  # newest first
    view.ui.tagsTable.selectRow(next(r for r in range(view.ui.tagsTable.rowCount())
                                     if view.ui.tagsTable.item(r, 0).text() == "bakery"))
    qtbot.waitUntil(lambda: view.ui.recentList.count() == 1
                    and "Best bread" in view.ui.recentList.item(0).text())
    assert view.shown_remarks[0].customer_id is None  # a walk-in: nothing to open

    # Enter on a remark of a known customer opens their card in the counter window.
    table.selectRow(_row_of(view, "Complaint"))
    qtbot.waitUntil(lambda: view.ui.recentList.count() == 2)
    view.ui.recentList.itemActivated.emit(view.ui.recentList.item(0))
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == ada)

    view.export_pdf(tmp_path / "digest.pdf")
    reader = PdfReader(tmp_path / "digest.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Complaint 2 0" in text and "Note 0 0" in text
    view.export_csv(tmp_path / "digest.csv")
    with (tmp_path / "digest.csv").open(encoding="utf-8", newline="") as f:
        assert ["remarks by kind", "Compliment", "1", "0"] in list(csv.reader(f))


def test_a_custom_period_and_one_that_makes_no_sense(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow
) -> None:
    services.remarks.log_remark(staff, None, RemarkKind.IDEA, "Open on Sundays")
    view = _insights(window)
    qtbot.waitUntil(lambda: view.insights is not None)
    view.ui.periodCombo.setCurrentIndex(view.ui.periodCombo.findData("custom"))
    assert view.ui.fromDate.isEnabled()
    view.ui.fromDate.setDate(QDate.currentDate().addDays(-400))
    qtbot.waitUntil(lambda: "366 days at most" in view.ui.message.text())
    view.ui.fromDate.setDate(QDate.currentDate().addDays(-30))
    qtbot.waitUntil(lambda: view.insights is not None and view.insights.period.days == 31
                    and view.ui.message.text() == "")
    assert view.insights.count(RemarkKind.IDEA) == 1


def test_staff_have_no_way_in_to_the_managers_view(
    make_window: Callable[[Actor], MainWindow], staff: Actor
) -> None:
    window = make_window(staff)
    names = {a.objectName() for m in window.menuBar().actions() if m.menu()
             for a in m.menu().actions()}
    assert "insightsAction" not in names and "auditAction" not in names


def test_a_follow_up_from_scheduling_to_what_the_customer_said(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, "The cake was stale",
                                escalate=Priority.NORMAL)
    window = make_window(manager)

    # The manager resolves it and, in the same box, schedules a call for today.
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.current is not None)  # type: ignore[attr-defined]
    ui = queue.ui  # type: ignore[attr-defined]
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(Outcome.REPLACEMENT))
    assert not ui.followUpDue.isEnabled()
    ui.followUpCheck.setChecked(True)
    assert ui.followUpDue.isEnabled()
    ui.followUpDue.setDate(QDate.currentDate())
    ui.resolveButton.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)  # type: ignore[attr-defined]
    [follow_up] = services.customers.card(ada).open_promises
    assert (follow_up.kind, follow_up.due_on) == (PromiseKind.FOLLOW_UP, date.today())
    queue.close()

    # It is on the counter's today list; one click opens the customer's card.
    counter = make_window(staff)
    qtbot.waitUntil(lambda: any("Call to check they are happy" in t
                                for t in counter.today.line_texts()))
    assert "Follow-ups due (1)" in counter.today.line_texts()
    line = next(counter.today.ui.todayList.item(n) for n in range(counter.today.ui.todayList.count())
                if "Call to check" in counter.today.ui.todayList.item(n).text())
    counter.today.ui.todayList.itemClicked.emit(line)
    qtbot.waitUntil(lambda: counter.card.card is not None and counter.card.card.id == ada)
    qtbot.waitUntil(lambda: any("Call to check" in t for t in counter.card.matters.row_texts()))

    # Staff ring the customer and record what they said, from the card.
    buttons = {b.text(): b for b in counter.card.ui.openMatters.findChildren(QPushButton)}
    assert "Kept" not in buttons and "Cancel" in buttons
    buttons["Not satisfied"].click()
    qtbot.waitUntil(lambda: counter.ui.toastText.text() == "Follow-up recorded: not satisfied")
    assert services.customers.card(ada).open_promises == ()
    counter.ui.toastUndo.click()  # a slip: the follow-up is open again, its result forgotten
    qtbot.waitUntil(lambda: len(services.customers.card(ada).open_promises) == 1)
    qtbot.waitUntil(lambda: any(b.text() == "Satisfied"
                                for b in counter.card.ui.openMatters.findChildren(QPushButton)))
    next(b for b in counter.card.ui.openMatters.findChildren(QPushButton)
         if b.text() == "Satisfied").click()
    qtbot.waitUntil(lambda: counter.ui.toastText.text() == "Follow-up recorded: satisfied")
    assert services.customers.card(ada).open_promises == ()

    # The manager sees it counted: the undone "not satisfied" is not.
    view = _insights(window)
    qtbot.waitUntil(lambda: view.insights is not None)
    follow_ups = view.insights.follow_ups  # type: ignore[union-attr]
    assert (follow_ups.scheduled, follow_ups.satisfied, follow_ups.not_satisfied) == (1, 1, 0)
    assert "1 scheduled: 1 satisfied, 0 not satisfied" in view.ui.followUpFigures.text()


def test_an_overdue_promise_is_late_on_the_card_and_listed_for_the_manager(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    services.promises.record_promise(staff, ada, PromiseTerms(
        PromiseKind.CREDIT, "£5 off the next cake", due_on=date.today() - timedelta(days=2)))
    services.promises.record_promise(staff, ada, PromiseTerms(
        PromiseKind.CALLBACK, "Ring about the order", due_on=date.today() + timedelta(days=2)))
    window.open_customer(ada, False)
    qtbot.waitUntil(lambda: len(window.card.matters.row_texts()) == 2)
    late = [w for w in window.card.ui.openMatters.findChildren(QWidget) if w.objectName() == "lateMatter"]
    assert len(late) == 1
    label = late[0].findChild(QLabel)
    assert label is not None and "LATE" in label.text() and colours.LATE_TEXT in label.text()
    assert colours.LATE_BACKGROUND in late[0].styleSheet()
    assert "£5 off" in label.text()

    view = _insights(window)
    qtbot.waitUntil(lambda: view.ui.overdueList.count() == 1)
    item = view.ui.overdueList.item(0)
    assert "Ada Lovelace" in item.text() and "£5 off the next cake" in item.text()
    assert item.background().color().name() == colours.LATE_BACKGROUND
    assert "(1 overdue)" in view.ui.tabs.tabText(1)
    assert services.customers.card(ada).open_promises[0].status is PromiseStatus.OPEN


def test_a_compliment_about_a_colleague_reaches_them_after_sign_in(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor,
    make_window: Callable[[Actor], MainWindow],
) -> None:
    ada = services.customers.create(manager, NewCustomer("Ada Lovelace"))
    window = make_window(manager)
    window.open_customer(ada, True)
    editor = window.card.remarks
    qtbot.waitUntil(lambda: focused() is editor.ui.remarkEditor)
    assert not editor.ui.aboutStaff.isVisible()  # only compliments are about someone
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.kind() is RemarkKind.COMPLIMENT and editor.ui.aboutStaff.isVisible()
    assert focused() is editor.ui.remarkEditor  # the keys go on into the text
    qtbot.waitUntil(lambda: editor.ui.aboutStaff.findData(staff.staff.id) >= 0)
    # From the keyboard: Shift+Tab to "about", type the first letters, Tab back to the text.
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is editor.ui.aboutStaff
    qtbot.keyClicks(editor.ui.aboutStaff, "Sa")
    qtbot.waitUntil(lambda: editor.about_staff() == staff.staff.id)  # the scanner hands keys on
    qtbot.keyClick(editor.ui.aboutStaff, Qt.Key.Key_Tab)
    assert focused() is editor.ui.remarkEditor
    type_into(qtbot, editor.ui.remarkEditor, "Sam carried my shopping to the car")
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.text() == "")
    [said] = services.remarks.recent_for_customer(ada)
    assert (said.kind, said.about_staff_id) == (RemarkKind.COMPLIMENT, staff.staff.id)
    assert editor.ui.aboutStaff.currentData() is None  # the next one is about nobody yet
    assert focused() is window.ui.lookupField  # saved: back to the lookup, as always
    editor.focus_text()
    qtbot.keyClick(editor.ui.remarkEditor, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert not editor.ui.aboutStaff.isVisible() and editor.about_staff() is None

    sam = make_window(staff)
    qtbot.waitUntil(lambda: sam.today.ui.kindWords.count() == 1)
    assert sam.today.ui.kindWords.isVisible()
    words = sam.today.ui.kindWords.item(0).text()
    assert "Sam carried my shopping" in words and "Ada Lovelace" in words and "Maria Manager" in words
    assert window.today.ui.kindWords.count() == 0

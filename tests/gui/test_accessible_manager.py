"""The manager's side for everyone: every control named for a screen reader, its texts
translatable, shortcuts in tooltips, and states said in words, not by colour alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Priority, PromiseKind, RemarkKind
from relate_desktop.gui.audit_view import AuditWindow
from relate_desktop.gui.duplicates import DuplicatesWindow
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.manager_queue import ManagerQueueWindow
from relate_desktop.gui.shop_insights import ShopInsightsWindow
from relate_desktop.gui.staff_admin import StaffAdminDialog
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

INTERACTIVE = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractButton, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QTabWidget, QSlider)
MARK = "‹"


class Marking(QTranslator):
    """A translator that marks every text it is asked for: whatever comes out unmarked never
    went through Qt's translation and would stay English in any language."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{MARK}{source}›" if source else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking() -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def interactive(top: QWidget) -> list[QWidget]:
    """The controls a person can reach in ``top`` as it is shown now."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        parent = widget.parent()
        if (widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView)
                or isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabWidget))):
            continue  # a part of a control (its text field, header, corner or tab bar buttons)
        found.append(widget)
    return found


def unnamed(top: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in interactive(top)
            if not w.accessibleName().strip() or not w.accessibleDescription().strip()]


def untranslated(top: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}: {w.accessibleName()!r}" for w in interactive(top)
            if MARK not in w.accessibleName() or MARK not in w.accessibleDescription()]


def _queue(qtbot: QtBot, window: MainWindow) -> ManagerQueueWindow:
    window.open_queue()
    queue = window.queue_window
    assert isinstance(queue, ManagerQueueWindow)
    qtbot.waitUntil(lambda: queue.current is not None and queue.ui.openCardButton.isVisible())
    return queue


def _a_pair_that_differs(services: Services, staff: Actor) -> None:
    services.customers.create(staff, NewCustomer("Ada Lovelace", phones=("07700 900123",)))
    services.customers.create(staff, NewCustomer("Ada King", phones=("07700 900123",)))


def _manager_views(qtbot: QtBot, window: MainWindow) -> dict[str, QWidget]:
    """Every manager's view, opened as a manager opens them, with something in each."""
    views: dict[str, QWidget] = {"queue": _queue(qtbot, window), "today": window.today}
    window.today.reload()
    qtbot.waitUntil(lambda: window.today.ui.kindWords.isVisible())
    for key, opener in (("insights", window.menus.insights), ("audit", window.menus.audit),
                        ("staff", window.menus.staff)):
        opener()
        views[key] = window.menus.open_windows[key]
    duplicates = window.menus.lists.find_duplicates()
    qtbot.waitUntil(lambda: duplicates.review is not None and bool(duplicates._choices))
    views["duplicates"] = duplicates
    insights = views["insights"]
    assert isinstance(insights, ShopInsightsWindow)
    qtbot.waitUntil(lambda: insights.insights is not None)
    staff = views["staff"]
    assert isinstance(staff, StaffAdminDialog)
    qtbot.waitUntil(lambda: staff.ui.staffList.count() == 2)
    return views


def _escalated(services: Services, staff: Actor, manager: Actor) -> None:
    """An urgent complaint, kind words about the manager and an overdue promise."""
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, "The tart was spoiled",
                                escalate=Priority.URGENT)
    services.remarks.log_remark(staff, ada, RemarkKind.COMPLIMENT, "Maria found my glasses",
                                about_staff_id=manager.staff.id)
    services.promises.record_promise(staff, ada, PromiseTerms(
        PromiseKind.CALLBACK, "Ring about the tart", due_on=date.today() - timedelta(days=1)))


def test_every_control_of_the_managers_views_has_a_name_and_a_description(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor, window: MainWindow
) -> None:
    _escalated(services, staff, manager)
    _a_pair_that_differs(services, staff)
    views = _manager_views(qtbot, window)
    insights = views["insights"]
    assert isinstance(insights, ShopInsightsWindow)
    for name, view in views.items():
        assert interactive(view), name  # the views are really shown
        assert unnamed(view) == [], name
    insights.ui.tabs.setCurrentIndex(1)  # the second tab's controls too
    assert insights.ui.overdueList.isVisible() and unnamed(insights) == []
    duplicates = views["duplicates"]
    assert isinstance(duplicates, DuplicatesWindow)
    radios = [w for w in interactive(duplicates) if w.objectName().startswith("choose_display_name")]
    assert sorted(w.accessibleName() for w in radios) == ["Keep Name: Ada King", "Keep Name: Ada Lovelace"]


def test_the_names_and_texts_of_the_managers_views_are_translated(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor, marking: None, window: MainWindow
) -> None:
    _escalated(services, staff, manager)
    _a_pair_that_differs(services, staff)
    views = _manager_views(qtbot, window)
    for name, view in views.items():
        assert untranslated(view) == [], name
    queue = views["queue"]
    assert isinstance(queue, ManagerQueueWindow)
    model = queue.model
    assert all(MARK in model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))
    assert MARK in model.data(model.index(0, 0))  # "Urgent", from the shop's vocabulary
    audit = views["audit"]
    assert isinstance(audit, AuditWindow)
    qtbot.waitUntil(lambda: audit.ui.entries.rowCount() > 0)
    headers = [audit.ui.entries.horizontalHeaderItem(c).text() for c in range(audit.ui.entries.columnCount())]
    assert all(MARK in h for h in headers)
    actions = [audit.ui.entries.item(r, 3).text() for r in range(audit.ui.entries.rowCount())]
    assert all(MARK in a for a in actions), actions  # "customer added", not "customer.create"
    assert all(MARK in audit.ui.actionFilter.itemText(i) for i in range(audit.ui.actionFilter.count()))
    insights = views["insights"]
    assert isinstance(insights, ShopInsightsWindow)
    combo = insights.ui.periodCombo
    assert all(MARK in combo.itemText(i) for i in range(combo.count()))
    kinds = insights.ui.kindsTable
    assert all(MARK in kinds.horizontalHeaderItem(c).text() for c in range(kinds.columnCount()))
    duplicates = views["duplicates"]
    assert isinstance(duplicates, DuplicatesWindow)
    assert MARK in duplicates.why.text() and MARK in duplicates.pair_list.item(0).text()
    table = duplicates.comparison
    assert all(MARK in table.item(r, 0).text() for r in range(table.rowCount()))
    staff_list = views["staff"]
    assert isinstance(staff_list, StaffAdminDialog)
    assert all(MARK in staff_list.ui.staffList.item(r).text() for r in range(staff_list.ui.staffList.count()))


def test_the_queues_shortcuts_are_named_in_its_tooltips(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor, window: MainWindow
) -> None:
    _escalated(services, staff, manager)
    queue = _queue(qtbot, window)
    assert "Ctrl+T" in queue.ui.takeButton.toolTip()
    assert "Ctrl+Enter" in queue.ui.resolveButton.toolTip()
    assert "Enter" in queue.ui.noteField.toolTip()
    assert "Ctrl+T" in queue.ui.queueTable.accessibleDescription()


def test_the_queue_says_overdue_and_due_soon_in_words_beside_its_colour(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor, window: MainWindow
) -> None:
    services.shop.set_target_minutes(manager, urgent=15, normal=60)
    log = services.remarks.log_remark
    log(staff, None, RemarkKind.COMPLAINT, "Queue too long", escalate=Priority.NORMAL)
    queue = _queue_without_customer(qtbot, window)
    model = queue.model
    model._shop = services.shop.settings()
    age = model.index(0, 1)

    def seen(minutes: int) -> tuple[str, object]:
        model.now = model.rows[0].raised_at + timedelta(minutes=minutes)
        return model.data(age), model.data(age, Qt.ItemDataRole.BackgroundRole)

    text, colour = seen(10)
    assert (text, colour) == ("10 min", None)  # in time: no colour, no words
    text, colour = seen(50)  # 50 of 60 minutes gone
    assert text == "50 min — due soon" and colour is not None
    text, colour = seen(90)
    assert text == "1 h 30 min — overdue" and colour is not None
    assert model.data(model.index(0, 5), Qt.ItemDataRole.AccessibleTextRole) == "no owner yet"


def _queue_without_customer(qtbot: QtBot, window: MainWindow) -> ManagerQueueWindow:
    window.open_queue()
    queue = window.queue_window
    assert isinstance(queue, ManagerQueueWindow)
    qtbot.waitUntil(lambda: queue.current is not None)
    return queue


def test_an_overdue_promise_says_overdue_in_the_managers_list(
    qtbot: QtBot, services: Services, staff: Actor, manager: Actor, window: MainWindow
) -> None:
    _escalated(services, staff, manager)
    window.menus.insights()
    view = window.menus.open_windows["insights"]
    assert isinstance(view, ShopInsightsWindow)
    qtbot.waitUntil(lambda: view.ui.overdueList.count() == 1)
    text = view.ui.overdueList.item(0).text()
    assert "Ring about the tart" in text and "overdue since" in text
    window.today.reload()  # and on the manager's own "Today", in words as well as in colour
    qtbot.waitUntil(lambda: any("Ring about the tart" in t for t in window.today.line_texts()))
    late = next(t for t in window.today.line_texts() if "Ring about the tart" in t)
    assert "LATE" in late

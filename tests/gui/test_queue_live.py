"""The queue and the loop back to staff, across two running Relates on one database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Outcome, Priority, RemarkKind
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Services]:
    """A second Relate on the same database, as on another PC of the shop."""
    engine = open_database(db_url, None)
    yield Services.over(session_factory(engine))
    engine.dispose()


def test_escalation_from_another_pc_appears_in_the_open_queue(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor, window: MainWindow, other_pc: Services
) -> None:
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: "0 open" in queue.ui.summaryLine.text())  # type: ignore[attr-defined]
    customer = other_pc.customers.create(staff, NewCustomer("Ines Far"))
    other_pc.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Bread was stale", escalate=Priority.NORMAL)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=6000)  # type: ignore[attr-defined]
    row = queue.model.rows[0]  # type: ignore[attr-defined]
    assert (row.customer_name, row.summary, row.raised_by) == ("Ines Far", "Bread was stale", "Sam Counter")


def test_new_urgent_escalation_alerts_a_signed_in_manager_with_the_queue_closed(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor, window: MainWindow, other_pc: Services
) -> None:
    assert window.queue_window is None
    with qtbot.waitSignal(window.alerted, timeout=6000) as alert:
        other_pc.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Customer fainted near the till",
                                    escalate=Priority.URGENT)
    assert "Customer fainted" in alert.args[0]
    qtbot.waitUntil(lambda: "1 urgent" in window.ui.queueButton.text())


def test_staff_member_is_told_when_the_manager_resolves(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor,
    make_window: Callable[[Actor], MainWindow], other_pc: Services,
) -> None:
    customer = services.customers.create(staff, NewCustomer("Tom Waits"))
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Wrong change given",
                                         escalate=Priority.NORMAL)
    counter = make_window(staff)
    assert not counter.ui.notificationBar.isVisible()
    assert remark.escalation_id is not None
    other_pc.escalations.resolve(manager, remark.escalation_id, Outcome.APOLOGY, "called to apologise")
    qtbot.waitUntil(counter.ui.notificationBar.isVisible, timeout=6000)
    text = counter.ui.notificationText.text()
    assert "Maria Manager" in text and "Tom Waits" in text and "called to apologise" in text
    counter.ui.notificationOpen.click()
    qtbot.waitUntil(lambda: counter.windowTitle() == "Relate — Tom Waits")
    assert not counter.ui.notificationBar.isVisible()
    qtbot.waitUntil(lambda: services.escalations.unseen_resolutions(staff) == [])


def test_queue_shows_age_in_words_and_marks_overdue(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor, window: MainWindow
) -> None:
    services.shop.set_target_minutes(manager, urgent=1, normal=60)
    services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Queue too long", escalate=Priority.URGENT)
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)  # type: ignore[attr-defined]
    model = queue.model  # type: ignore[attr-defined]
    assert model.data(model.index(0, 1)) == "just now"
    model._shop = services.shop.settings()
    model.now = model.rows[0].raised_at + timedelta(minutes=5)
    assert model.data(model.index(0, 1)) == "5 min — overdue"


def test_staff_cannot_resolve_from_the_queue(
    qtbot: QtBot, services: Services, staff: Actor, make_window: Callable[[Actor], MainWindow]
) -> None:
    services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Loud music", escalate=Priority.NORMAL)
    counter = make_window(staff)
    counter.open_queue()
    queue = counter.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.current is not None)  # type: ignore[attr-defined]
    assert not queue.ui.resolveBox.isEnabled()  # type: ignore[attr-defined]
    queue.resolve()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Only a manager" in queue.ui.message.text())  # type: ignore[attr-defined]
    assert len(services.escalations.queue()) == 1

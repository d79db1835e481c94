"""The queue and the loop back to staff, across two running Relates on one database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Outcome, Priority, RemarkKind
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.worker import DatabaseWorker
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


def test_two_running_relates_see_each_others_escalation_and_its_resolution(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor,
    make_window: Callable[[Actor], MainWindow], other_pc: Services, data_dir: Path,
) -> None:
    """Two whole windows, each with its own engine and database worker, as on two PCs."""
    office_worker = DatabaseWorker()
    office = MainWindow(WorkContext(
        services=other_pc, worker=office_worker, actor=manager, shop=other_pc.shop.settings(),
        drafts=DraftStore(data_dir / "office-drafts.json"), settings=LocalSettings(data_dir / "office.json")))
    qtbot.addWidget(office)
    try:
        office.show()
        office.open_queue()
        queue = office.queue_window
        assert queue is not None
        qtbot.waitUntil(lambda: "0 open" in queue.ui.summaryLine.text())  # type: ignore[attr-defined]

        counter = make_window(staff)
        customer = services.customers.create(staff, NewCustomer("Ines Far"))
        counter.open_customer(customer, True)
        editor = counter.card.remarks.ui.remarkEditor
        qtbot.waitUntil(lambda: counter.windowTitle() == "Relate — Ines Far")
        editor.setFocus()
        qtbot.keyClicks(editor, "The tart was spoiled")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # escalate

        qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
        row = queue.model.rows[0]  # type: ignore[attr-defined]
        assert (row.customer_name, row.summary, row.raised_by) == ("Ines Far", "The tart was spoiled",
                                                                  "Sam Counter")
        other_pc.escalations.resolve(manager, row.id, Outcome.REFUND, "refunded £4")
        qtbot.waitUntil(counter.ui.notificationBar.isVisible, timeout=10_000)
        assert "refunded £4" in counter.ui.notificationText.text()
        qtbot.waitUntil(lambda: queue.model.rowCount() == 0, timeout=10_000)  # type: ignore[attr-defined]
    finally:
        office.close()
        office_worker.stop()


def test_a_long_queue_shows_its_length_at_once_and_reads_rows_as_they_scroll_into_view(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow
) -> None:
    from relate_desktop.gui.queue_model import PAGE

    for n in range(PAGE + 30):
        services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, f"complaint {n}", escalate=Priority.NORMAL)
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    model = queue.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 30)
    assert f"{PAGE + 30} open" in queue.ui.summaryLine.text()  # type: ignore[attr-defined]
    assert len(model.rows) == PAGE  # only the first page was read with the outline
    table = queue.ui.queueTable  # type: ignore[attr-defined]
    table.scrollToBottom()
    table.viewport().repaint()
    qtbot.waitUntil(lambda: len(model.rows) == PAGE + 30)
    last = model.index(PAGE + 29, 3)
    assert model.data(last) == "complaint 129"  # oldest first: the last raised is last
    assert services.escalations.queue_rows([model.id_at(PAGE + 29)])[0].summary == "complaint 129"

"""Relate opens while the shop server is down: staff sign in from this PC's copy of the staff
list, what they type waits in the outbox, across a restart, and arrives once when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from relate_desktop.config import LocalSettings, Locations
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.db.models import RemarkRow
from relate_desktop.domain.errors import NotAllowedNow, ServerUnreachable
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.shift import Shift
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.upkeep import open_for_work, outbox_for, sign_in_for
from tests.pg_cluster import PostgresCluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def locations(own_server: PostgresCluster, tmp_path: Path) -> Iterator[Locations]:
    if not own_server.running:
        own_server.start()
    url = own_server.url(own_server.create_database())
    engine = open_database(url, None)
    services = Services.over(session_factory(engine))
    services.shop.initialise("Corner Shop", "GB")
    manager = services.staff.add("Maria Manager", Role.MANAGER, pin="1357")
    services.staff.add("Sam Counter", Role.STAFF, Actor(manager, "office"), pin="2468")
    engine.dispose()
    yield Locations(tmp_path, tmp_path, tmp_path / "logs", url)
    if not own_server.running:
        own_server.start()


class Counter:
    """What app.py builds at start, for one run of Relate on this PC."""

    def __init__(self, locations: Locations) -> None:
        self.engine, self.offline = open_for_work(locations, lambda _problem, _backup: False)
        self.services = Services.over(session_factory(self.engine))
        self.worker = DatabaseWorker()
        self.outbox = outbox_for(self.services, locations)
        settings = LocalSettings(locations.settings_file)
        settings.set("idle_lock_minutes", 0)
        drafts = DraftStore(locations.drafts_file)

        def context(actor: Actor, shop: object) -> WorkContext:
            return WorkContext(services=self.services, worker=self.worker, actor=actor, shop=shop,  # type: ignore[arg-type]
                               drafts=drafts, settings=settings, locations=locations, outbox=self.outbox)

        self.shift = Shift(self.services, self.worker, settings, drafts, context,
                           sign_in_for(self.services, locations))

    def sign_in(self, qtbot: QtBot, name: str, pin: str) -> None:
        if self.shift.sign_in is None:
            self.shift.show_sign_in()
        qtbot.waitUntil(lambda: self.shift.sign_in is not None, timeout=10_000)
        dialog = self.shift.sign_in
        assert dialog is not None
        qtbot.waitExposed(dialog)
        items = [dialog.ui.staffList.item(i) for i in range(dialog.ui.staffList.count())]
        dialog.ui.staffList.setCurrentItem(next(i for i in items if i.text().startswith(name)))
        dialog.ui.pinField.setFocus()
        qtbot.keyClicks(dialog.ui.pinField, pin)
        qtbot.keyClick(dialog.ui.pinField, Qt.Key.Key_Return)

    def close(self) -> None:
        self.shift.end()
        self.worker.stop()
        self.engine.dispose()


def test_without_a_copy_of_the_staff_list_an_unreachable_server_is_still_a_clear_refusal(
    own_server: PostgresCluster, locations: Locations
) -> None:
    own_server.stop()
    with pytest.raises(ServerUnreachable):
        open_for_work(locations, lambda _problem, _backup: False)


def test_relate_opens_offline_and_keeps_what_is_typed_across_a_restart_until_the_server_is_back(
    qtbot: QtBot, own_server: PostgresCluster, locations: Locations
) -> None:
    # A normal day: Sam signs in once with the server there, which leaves the copy on this PC.
    day = Counter(locations)
    assert not day.offline
    day.sign_in(qtbot, "Sam Counter", "2468")
    qtbot.waitUntil(lambda: day.shift.window is not None, timeout=10_000)
    day.close()

    own_server.stop()
    first = Counter(locations)
    assert first.offline
    first.shift.show_sign_in()
    qtbot.waitUntil(lambda: first.shift.sign_in is not None, timeout=10_000)
    assert first.shift.sign_in is not None and "Offline" in first.shift.sign_in.ui.message.text()
    first.sign_in(qtbot, "Sam Counter", "0000")  # a wrong PIN is refused offline too
    dialog = first.shift.sign_in
    assert dialog is not None
    qtbot.waitUntil(lambda: "not right" in dialog.ui.message.text(), timeout=10_000)
    qtbot.keyClicks(dialog.ui.pinField, "2468")
    qtbot.keyClick(dialog.ui.pinField, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.shift.window is not None, timeout=10_000)
    window = first.shift.window
    assert window is not None and window.context.actor.staff.name == "Sam Counter"

    # A walk-in's idea, typed with the server away: kept, and the window says so.
    window.show_walk_in()
    qtbot.keyClicks(window.walk_in.ui.remarkEditor, "Open on Sundays, please")
    qtbot.keyClick(window.walk_in.ui.remarkEditor, Qt.Key.Key_Return)
    status = window.connection_status
    qtbot.waitUntil(lambda: "Offline — 1 waiting" in status.text(), timeout=10_000)
    first.close()

    # Closed and opened again, still offline: the outbox is there, and it says so at once.
    second = Counter(locations)
    assert second.offline
    second.sign_in(qtbot, "Sam Counter", "2468")
    qtbot.waitUntil(lambda: second.shift.window is not None, timeout=10_000)
    window = second.shift.window
    assert window is not None
    qtbot.waitUntil(lambda: "Offline — 1 waiting" in window.connection_status.text(), timeout=10_000)

    # The server comes back: the idea arrives, once.
    own_server.start()
    qtbot.waitUntil(lambda: not window.connection_status.isVisible(), timeout=30_000)
    second.close()
    engine = open_database(locations.db_url, None)
    with session_factory(engine)() as session:
        texts = session.scalars(select(RemarkRow.text)).all()
    engine.dispose()
    assert texts == ["Open on Sundays, please"]


def test_the_copy_keeps_its_growing_wait_after_wrong_pins_offline(
    own_server: PostgresCluster, locations: Locations
) -> None:
    engine = open_database(locations.db_url, None)
    services = Services.over(session_factory(engine))
    desk = sign_in_for(services, locations)
    sam = next(m for m in desk.sign_in_list().staff if m.name == "Sam Counter")
    own_server.stop()
    assert desk.sign_in_list().offline
    for _ in range(2):
        with pytest.raises(Exception, match="not right"):
            desk.sign_in(sam.id, "0000", "till")
    with pytest.raises(NotAllowedNow, match="Too many wrong PINs"):
        desk.sign_in(sam.id, "0000", "till")
    with pytest.raises(NotAllowedNow, match="Too many wrong PINs"):
        desk.sign_in(sam.id, "2468", "till")  # the right PIN waits its turn too
    engine.dispose()

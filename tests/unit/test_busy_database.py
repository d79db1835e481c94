"""Another PC or process holding the write lock: a clear message, nothing lost, and a retry
that works once the lock is gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from relate_desktop.db import engine as db_engine
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import RemarkKind, Role
from relate_desktop.services import Services, base


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Services, Actor, Path]]:
    # Read when each connection is made, so set before the database is opened.
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(base, "_RETRY_DELAYS", (0.01, 0.01))
    path = tmp_path / "relate.db"
    engine = open_database(sqlite_url(path), tmp_path / "backups")
    services = Services.over(session_factory(engine))
    services.shop.initialise("Corner Shop", "GB")
    actor = Actor(services.staff.add("Maria Manager", Role.MANAGER), "till-1")
    yield services, actor, path
    engine.dispose()


@pytest.fixture
def other_pc(shop: tuple[Services, Actor, Path]) -> Iterator[sqlite3.Connection]:
    """A second writer on the same file, as another PC or process would be."""
    connection = sqlite3.connect(shop[2], timeout=0, isolation_level=None)
    yield connection
    if connection.in_transaction:
        connection.rollback()
    connection.close()


def test_a_locked_database_gives_a_clear_message_then_the_same_call_succeeds(
    shop: tuple[Services, Actor, Path], other_pc: sqlite3.Connection
) -> None:
    services, actor, _ = shop
    customer = services.customers.create(actor, NewCustomer(display_name="Ada Lovelace"))

    other_pc.execute("BEGIN IMMEDIATE")
    with pytest.raises(DatabaseUnavailable) as refused:
        services.remarks.log_remark(actor, customer, RemarkKind.COMPLIMENT, "Lovely bread")
    message = str(refused.value)
    assert "busy" in message and "try again" in message
    assert "sqlite" not in message.lower() and "locked" not in message.lower()

    # Reading still works while someone else writes: the card stays on screen.
    assert services.customers.card(customer).timeline == ()

    other_pc.rollback()
    remark = services.remarks.log_remark(actor, customer, RemarkKind.COMPLIMENT, "Lovely bread")
    assert [r.id for r in services.remarks.recent_for_customer(customer)] == [remark.id]


def test_a_lock_released_while_retrying_saves_once(
    shop: tuple[Services, Actor, Path], other_pc: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, actor, _ = shop
    waits: list[float] = []

    def other_pc_finishes(seconds: float) -> None:
        waits.append(seconds)
        if other_pc.in_transaction:
            other_pc.rollback()

    monkeypatch.setattr(base, "time", SimpleNamespace(sleep=other_pc_finishes))
    other_pc.execute("BEGIN IMMEDIATE")

    remark = services.remarks.log_remark(actor, None, RemarkKind.IDEA, "Open on Sundays?")

    assert waits == [0.01]  # one failed try, one wait, then saved
    assert services.remarks.get(remark.id).text == "Open on Sundays?"
    with sqlite3.connect(shop[2]) as check:
        assert check.execute("SELECT count(*) FROM remark").fetchone() == (1,)

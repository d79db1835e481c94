"""The shop server going away and coming back: the outbox, and the connection test's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from relate_desktop.db.connection_check import Problem, check_connection
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.db.models import EscalationRow, PromiseRow, RemarkRow
from relate_desktop.db.outbox_store import OutboxStore
from relate_desktop.domain.records import Actor, NewCustomer, Remark
from relate_desktop.domain.vocabulary import Priority, PromiseKind, RemarkKind, Role
from relate_desktop.services import Services
from relate_desktop.services.outbox import Outbox, OutgoingPromise, OutgoingRemark, Queued
from relate_desktop.services.promises import PromiseTerms
from tests.pg_cluster import PostgresCluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def shop(own_server: PostgresCluster, tmp_path: Path) -> Iterator[tuple[Services, Actor, str]]:
    own_server.start() if not own_server.running else None
    url = own_server.url(own_server.create_database())
    engine = open_database(url, tmp_path / "backups")
    services = Services.over(session_factory(engine))
    services.shop.initialise("Corner Shop", "GB")
    actor = Actor(services.staff.add("Sam Counter", Role.MANAGER), "till-1")
    yield services, actor, url
    engine.dispose()
    if not own_server.running:
        own_server.start()


def _outbox(services: Services, folder: Path) -> Outbox:
    return Outbox.at(folder / "outbox.db", services.remarks, services.promises, services.changes)


def _count(services: Services, model: type[object]) -> int:
    engine = services.changes._engine
    with session_factory(engine)() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_work_typed_while_the_server_is_down_arrives_once_in_order_when_it_is_back(
    own_server: PostgresCluster, shop: tuple[Services, Actor, str], tmp_path: Path
) -> None:
    services, actor, _ = shop
    customer = services.customers.create(actor, NewCustomer("Ines Far"))
    outbox = _outbox(services, tmp_path)
    sent = outbox.send(actor, OutgoingRemark(customer, RemarkKind.COMPLIMENT, "Lovely bread"))
    assert isinstance(sent, Remark)  # the server is there: saved at once, nothing waits

    own_server.stop()
    typed = [
        OutgoingRemark(customer, RemarkKind.NOTE, "first, while the server is off"),
        OutgoingRemark(customer, RemarkKind.COMPLAINT, "the tart was spoiled", escalate=Priority.URGENT),
        OutgoingPromise(customer, PromiseTerms(PromiseKind.CREDIT, "£5 credit", 500)),
        OutgoingRemark(None, RemarkKind.IDEA, "a walk-in: open on Sundays"),
    ]
    queued = [outbox.send(actor, item) for item in typed]
    assert all(isinstance(q, Queued) for q in queued)
    assert [q.waiting for q in queued if isinstance(q, Queued)] == [1, 2, 3, 4]
    report = outbox.deliver()
    assert (report.online, report.delivered, report.waiting) == (False, 0, 4)

    # The window is closed and opened again, still offline: the outbox is still there.
    reopened = _outbox(services, tmp_path)
    assert reopened.waiting() == 4

    own_server.start()
    # The first one reached the server once already (the answer was lost on the way back).
    first = queued[0]
    assert isinstance(first, Queued)
    [entry] = [e for e in OutboxStore(tmp_path / "outbox.db").entries() if e.key == first.key]
    services.remarks.log_remark(actor, customer, RemarkKind.NOTE, "first, while the server is off",
                                key=first.key, said_at=datetime.fromisoformat(entry.payload["said_at"]))
    report = reopened.deliver()
    assert (report.online, report.delivered, report.waiting, report.refused) == (True, 4, 0, ())
    assert reopened.deliver().delivered == 0  # nothing is sent twice

    texts = [r.text for r in reversed(services.remarks.recent_for_customer(customer))]
    assert texts == ["Lovely bread", "first, while the server is off", "the tart was spoiled"]
    assert (_count(services, RemarkRow), _count(services, EscalationRow),
            _count(services, PromiseRow)) == (4, 1, 1)
    [urgent] = services.escalations.queue()
    assert (urgent.summary, urgent.priority) == ("the tart was spoiled", Priority.URGENT)


def test_the_connection_test_says_what_is_wrong_in_plain_words(
    own_server: PostgresCluster, shop: tuple[Services, Actor, str]
) -> None:
    _, _, url = shop
    assert check_connection(url).ok
    with own_server.admin() as admin:
        admin.execute("CREATE ROLE shopkeeper LOGIN PASSWORD 'right-secret'")
    base = f"postgresql+psycopg://shopkeeper:%s@127.0.0.1:{own_server.port}/%s"
    # The throwaway cluster trusts everyone: ask the password of TCP users, as a shop would.
    hba = own_server.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
                   + original)
    own_server._run("pg_ctl", "-D", str(own_server.data), "reload")
    database = url.rsplit("/", 1)[1]

    wrong = check_connection(base % ("wrong-secret", database))
    assert wrong.problem is Problem.WRONG_PASSWORD and "password" in wrong.message
    assert "wrong-secret" not in wrong.message and "wrong-secret" not in wrong.where

    missing = check_connection(base % ("right-secret", "no_such_shop"))
    assert missing.problem is Problem.DATABASE_MISSING and "no_such_shop" in missing.message

    unreachable = check_connection(f"postgresql://shopkeeper:right-secret@127.0.0.1:1/{database}")
    assert unreachable.problem is Problem.UNREACHABLE and "cannot be reached" in unreachable.message

    import psycopg

    with psycopg.connect(host="127.0.0.1", port=own_server.port, user="postgres", dbname=database,
                         autocommit=True) as connection:
        denied = check_connection(base % ("right-secret", database))
        assert "may not read" in denied.message and "GRANT" in denied.message
        connection.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO shopkeeper")
        assert check_connection(base % ("right-secret", database)).ok
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    newer = check_connection(base % ("right-secret", database))
    assert newer.problem is Problem.NEWER_SCHEMA and "newer Relate" in newer.message
    hba.write_text(original)
    own_server._run("pg_ctl", "-D", str(own_server.data), "reload")

"""Bulk reads and writes (imports): the same rows as plain SQLAlchemy, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from relate_desktop.db.bulk import (
    IN_CHUNK,
    among,
    insert_rows,
    insert_with_ids,
    on_postgresql,
    value_chunks,
)
from relate_desktop.db.models import ConsentEventRow, CustomerRow, LittleThingRow, LoyaltyCardRow
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.services import Services

WHEN = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)


def _customer(services: Services, manager: Actor, name: str) -> int:
    return services.customers.create(manager, NewCustomer(display_name=name))


def test_inserted_rows_read_back_as_written_with_defaults_and_dates(
        services: Services, manager: Actor) -> None:
    ada = _customer(services, manager, "Ada Lovelace")
    with services.shop._sessions.begin() as session:
        insert_rows(session, ConsentEventRow, [
            {"customer_id": ada, "channel": "email", "state": "granted", "at": WHEN,
             "staff_id": manager.staff.id},
            {"customer_id": ada, "channel": "email", "state": "denied", "how": "by phone",
             "at": WHEN, "staff_id": manager.staff.id},
        ])
        insert_rows(session, LittleThingRow, [
            {"customer_id": ada, "text": "Oat milk", "recorded_by_id": manager.staff.id,
             "recorded_at": WHEN}])
    with services.shop._sessions() as session:
        events = session.execute(select(ConsentEventRow.state, ConsentEventRow.how, ConsentEventRow.at)
                                 .order_by(ConsentEventRow.id)).all()
        thing = session.execute(select(LittleThingRow.text, LittleThingRow.sensitive)).one()
    # In the order given (the latest is the customer's wish), the missing "how" its default "",
    # the time as every other write keeps it.
    assert [tuple(e) for e in events] == [("granted", "", WHEN), ("denied", "by phone", WHEN)]
    assert tuple(thing) == ("Oat milk", False)
    card = services.customers.card(ada)
    assert [c.state.value for c in card.consents] == ["denied"]


def test_a_duplicate_fails_as_any_other_write_and_leaves_nothing(
        services: Services, manager: Actor) -> None:
    ada = _customer(services, manager, "Ada Lovelace")
    with pytest.raises(IntegrityError), services.shop._sessions.begin() as session:
        insert_rows(session, LoyaltyCardRow, [{"customer_id": ada, "number": "123"},
                                              {"customer_id": ada, "number": "123"}])
    with services.shop._sessions() as session:
        assert session.scalars(select(LoyaltyCardRow.number)).all() == []


def test_among_finds_what_an_in_list_finds_across_pieces(services: Services, manager: Actor) -> None:
    ids = [_customer(services, manager, f"Customer {n}") for n in range(3)]
    wanted = [*ids[:2], *range(10_000, 10_000 + IN_CHUNK + 5)]  # more than one SQLite piece
    with services.shop._sessions() as session:
        found = sorted(i for chunk in value_chunks(session, wanted) for i in session.scalars(
            select(CustomerRow.id).where(among(session, CustomerRow.id, chunk))))
        pieces = len(list(value_chunks(session, wanted)))
        assert pieces == (1 if on_postgresql(session) else 2)
        assert list(value_chunks(session, [])) == []
    assert found == ids[:2]


def test_inserted_ids_are_the_rows_own_and_later_customers_get_others(
        services: Services, manager: Actor) -> None:
    before = _customer(services, manager, "Already Here")
    with services.shop._sessions.begin() as session:
        ids = insert_with_ids(session, CustomerRow, [
            {"display_name": f"Imported {n}", "created_at": WHEN, "updated_at": WHEN}
            for n in range(3)])
    later = _customer(services, manager, "Someone New")
    assert len({before, later, *ids}) == 5
    assert [services.customers.card(i).display_name for i in ids] == [
        "Imported 0", "Imported 1", "Imported 2"]

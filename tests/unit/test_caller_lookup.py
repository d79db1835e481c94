"""Matching a caller ID however the exchange presents it, in shops of several countries:
national, international with "+", "00" or no prefix at all, an outside-line prefix, a
number kept without its area code; a shared number offers everyone who has it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain import phones
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import Services
from tests.conftest import new_database_url

ShopIn = Callable[[str], tuple[Services, Actor]]


@pytest.fixture
def shop_in(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[ShopIn]:
    """A fresh shop whose phone numbers default to ``region``."""
    engines = []

    def make(region: str) -> tuple[Services, Actor]:
        url = new_database_url(request, backend, tmp_path / region, migrated=True)
        engine = open_database(url, None)
        engines.append(engine)
        services = Services.over(session_factory(engine))
        services.shop.initialise(f"Shop in {region}", region)
        return services, Actor(services.staff.add("Owner", Role.MANAGER), "till")

    yield make
    for engine in engines:
        engine.dispose()


#: region, the number as the shop stored it, caller IDs that must find that customer.
FORMATS = [
    ("GB", "07700 900123", [
        "07700900123", "+447700900123", "447700900123", "00447700900123", "7700900123",
        "+44 7700 900123", "907700900123",  # the last with an outside-line "9" in front
    ]),
    ("GB", "020 7946 0958", ["02079460958", "+442079460958", "442079460958", "0044 20 7946 0958"]),
    ("FR", "06 28 23 04 55", [
        "0628230455", "+33628230455", "33628230455", "0033628230455", "628230455", "+33 6 28 23 04 55",
    ]),
    ("US", "(212) 555-0123", [
        "2125550123", "+12125550123", "12125550123", "0112125550123", "0012125550123", "212-555-0123",
    ]),
    ("DE", "030 12345678", [
        "03012345678", "+493012345678", "493012345678", "00493012345678", "3012345678",
    ]),
    ("DE", "0151 23456789", ["015123456789", "+4915123456789", "4915123456789"]),
]


@pytest.mark.parametrize(("region", "stored", "callers"), FORMATS)
def test_a_caller_is_found_in_every_form_an_exchange_sends(
    shop_in: ShopIn, region: str, stored: str, callers: list[str]
) -> None:
    services, actor = shop_in(region)
    wanted = services.customers.create(actor, NewCustomer("The Caller", phones=(stored,)))
    services.customers.create(actor, NewCustomer("Someone Else", phones=("+3524711",)))

    for caller in callers:
        assert [m.id for m in services.lookup.find_caller(caller)] == [wanted], (region, caller)


@pytest.mark.parametrize(
    ("region", "stranger"),
    [("GB", "07700900999"), ("FR", "+33628230456"), ("US", "12125550199"), ("DE", "03012345679")],
)
def test_a_number_nobody_has_finds_nobody(shop_in: ShopIn, region: str, stranger: str) -> None:
    services, actor = shop_in(region)
    for _region, stored, _callers in FORMATS:
        services.customers.create(actor, NewCustomer(f"Has {stored}", phones=(stored,)))
    assert services.lookup.find_caller(stranger) == []


def test_everyone_sharing_a_number_is_offered_never_one_picked(shop_in: ShopIn) -> None:
    services, actor = shop_in("GB")
    mum = services.customers.create(actor, NewCustomer("Mary Jones", phones=("020 7946 0958",)))
    son = services.customers.create(actor, NewCustomer("Tom Jones", phones=("+44 20 7946 0958",)))
    for caller in ["442079460958", "02079460958"]:
        assert sorted(m.id for m in services.lookup.find_caller(caller)) == sorted([mum, son])


def test_a_number_kept_without_its_area_code_is_found_by_its_ending(shop_in: ShopIn) -> None:
    services, actor = shop_in("GB")
    old = services.customers.create(actor, NewCustomer("Old Card Index", phones=("7946 0958",)))
    matches = services.lookup.find_caller("+442079460958")
    assert [(m.id, m.exact) for m in matches] == [(old, False)]


def test_an_extension_or_a_name_finds_nobody_unless_kept_exactly(shop_in: ShopIn) -> None:
    services, actor = shop_in("GB")
    services.customers.create(actor, NewCustomer("Ends In 201", phones=("07700 900201",)))
    odd = services.customers.create(actor, NewCustomer("Old Record", phones=("12345",)))
    assert services.lookup.find_caller("201") == []
    assert services.lookup.find_caller("alice") == []
    assert services.lookup.find_caller("") == []
    assert [m.id for m in services.lookup.find_caller("12345")] == [odd]


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("447700900123", "GB", "+447700900123"),
        ("00447700900123", "US", "+447700900123"),
        ("33628230455", "FR", "+33628230455"),
        ("0033628230455", "GB", "+33628230455"),
        ("12125550123", "US", "+12125550123"),
        ("4915123456789", "DE", "+4915123456789"),
    ],
)
def test_international_numbers_without_a_plus_are_read_as_such(raw: str, region: str, e164: str) -> None:
    assert e164 in phones.for_caller(raw, region).e164s


def test_a_short_extension_has_no_tail_to_match() -> None:
    caller = phones.for_caller("201", "GB")
    assert (caller.digits, caller.e164s, caller.tail) == ("201", (), "")

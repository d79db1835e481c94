"""The one search box: phone in any format or its last digits, any word of the name, email,
loyalty card, all through ``lookup_customers``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.records import Actor, CustomerMatch, NewCustomer
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import Services
from tests.conftest import new_database_url


def _add(services: Services, actor: Actor, name: str, **details: tuple[str, ...]) -> int:
    return services.customers.create(actor, NewCustomer(display_name=name, **details))


def _ids(matches: list[CustomerMatch]) -> list[int]:
    return [m.id for m in matches]


@pytest.fixture
def french_shop(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> Iterator[tuple[Services, Actor]]:
    """A shop in France: numbers typed without a country code are French."""
    folder = tmp_path / "french-shop"
    engine = open_database(new_database_url(request, backend, folder, migrated=True),
                           folder / "backups")
    bundle = Services.over(session_factory(engine))
    bundle.shop.initialise("Boulangerie", "FR")
    actor = Actor(bundle.staff.add("Claire", Role.MANAGER), "comptoir")
    yield bundle, actor
    engine.dispose()


# --- phone numbers ----------------------------------------------------------------------


@pytest.mark.parametrize("stored", ["06 28 23 04 55", "+33628230455", "0033 6 28 23 04 55"])
@pytest.mark.parametrize(
    "typed", ["06 28 23 04 55", "+33628230455", "0033 6 28 23 04 55", "+33 6 28 23 04 55", "0628230455"]
)
def test_a_french_number_is_found_however_it_was_stored_or_typed(
    french_shop: tuple[Services, Actor], stored: str, typed: str
) -> None:
    services, actor = french_shop
    amelie = _add(services, actor, "Amélie Poulain", phones=(stored,))
    _add(services, actor, "Someone Else", phones=("06 11 22 33 44",))

    matches = services.lookup.lookup_customers(typed)

    assert _ids(matches) == [amelie]
    assert matches[0].matched_on == "phone"
    assert matches[0].exact is True
    assert matches[0].phone == "06 28 23 04 55"  # shown the French way in a French shop


@pytest.mark.parametrize("stored", ["07700 900123", "+44 7700 900123", "(07700) 900-123"])
@pytest.mark.parametrize(
    "typed", ["07700 900123", "+44 7700 900123", "(07700) 900-123", "07700900123", "0044 7700 900123"]
)
def test_a_uk_number_is_found_however_it_was_stored_or_typed(
    services: Services, staff: Actor, stored: str, typed: str
) -> None:
    olu = _add(services, staff, "Olu Adeyemi", phones=(stored,))
    _add(services, staff, "Someone Else", phones=("07700 900456",))

    matches = services.lookup.lookup_customers(typed)

    assert _ids(matches) == [olu]
    assert matches[0].exact is True
    assert matches[0].phone == "07700 900123"


def test_the_last_four_or_more_digits_find_but_three_do_not(services: Services, staff: Actor) -> None:
    olu = _add(services, staff, "Olu Adeyemi", phones=("07700 900123",))

    for tail in ["0123", "00123", "900123", "900 123", "700 900123"]:
        matches = services.lookup.lookup_customers(tail)
        assert _ids(matches) == [olu], tail
        assert matches[0].exact is False, tail  # only the last digits: let staff choose

    assert services.lookup.lookup_customers("123") == []
    assert services.lookup.lookup_customers("23") == []


def test_last_digits_typed_in_pairs_find_a_french_number(
    french_shop: tuple[Services, Actor]
) -> None:
    services, actor = french_shop
    amelie = _add(services, actor, "Amélie Poulain", phones=("+33628230455",))
    for tail in ["04 55", "23 04 55", "0455"]:
        matches = services.lookup.lookup_customers(tail)
        assert [(m.id, m.exact) for m in matches] == [(amelie, False)], tail


def test_a_number_that_does_not_parse_is_kept_and_found_by_its_digits(
    services: Services, staff: Actor
) -> None:
    odd = _add(services, staff, "Old Record", phones=("12345",))

    card = services.customers.card(odd)
    assert [(p.raw, p.e164, p.display) for p in card.phones] == [("12345", None, "12345")]
    assert _ids(services.lookup.lookup_customers("2345")) == [odd]
    assert _ids(services.lookup.lookup_customers("12345")) == [odd]


def test_two_customers_sharing_one_number_are_both_returned(services: Services, staff: Actor) -> None:
    mum = _add(services, staff, "Mary Jones", phones=("020 7946 0958",))
    son = _add(services, staff, "Tom Jones", phones=("+44 20 7946 0958",))

    matches = services.lookup.lookup_customers("020 7946 0958")

    assert sorted(_ids(matches)) == sorted([mum, son])
    assert all(m.exact for m in matches)
    assert [m.display_name for m in matches] == ["Mary Jones", "Tom Jones"]


def test_a_phone_number_nobody_has_finds_nobody(services: Services, staff: Actor) -> None:
    _add(services, staff, "Olu Adeyemi", phones=("07700 900123",))
    assert services.lookup.lookup_customers("07700 900999") == []


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("jose", "José Álvarez"),
        ("José", "José Álvarez"),
        ("ALVAREZ", "José Álvarez"),
        ("álv", "José Álvarez"),
        ("lukasz", "Łukasz Nowak"),
        ("NOWAK", "Łukasz Nowak"),
        ("strasse", "Ines Straße"),
        ("obrien", "Siobhán O'Brien"),
        ("O'Brien", "Siobhán O'Brien"),
        ("siobhan", "Siobhán O'Brien"),
        ("σωκρατης", "Σωκράτης Παπαδόπουλος"),
        ("Фёдор", "Фёдор Ёлкин"),
    ],
)
def test_any_word_of_the_name_finds_case_and_accents_ignored(
    services: Services, staff: Actor, typed: str, name: str
) -> None:
    everyone = {
        n: _add(services, staff, n)
        for n in [
            "José Álvarez", "Łukasz Nowak", "Ines Straße", "Siobhán O'Brien",
            "Σωκράτης Παπαδόπουλος", "Фёдор Ёлкин", "Zoe Smith",
        ]
    }

    matches = services.lookup.lookup_customers(typed)

    assert _ids(matches) == [everyone[name]]
    assert matches[0].matched_on == "name"
    assert matches[0].exact is False


def test_two_word_prefixes_in_any_order(services: Services, staff: Actor) -> None:
    jose = _add(services, staff, "José Álvarez")
    _add(services, staff, "Alvin Brown")
    _add(services, staff, "Joanna Smith")

    for typed in ["alv jo", "jo alv", "JOSÉ ÁLVAREZ", "álvarez, josé"]:
        assert _ids(services.lookup.lookup_customers(typed)) == [jose], typed
    assert services.lookup.lookup_customers("alv smi") == []


def test_a_name_change_changes_what_finds_the_customer(services: Services, staff: Actor) -> None:
    customer = _add(services, staff, "Anna Kowalska")
    services.customers.update_profile(staff, customer, display_name="Anna Nowak")

    assert services.lookup.lookup_customers("kowalska") == []
    assert _ids(services.lookup.lookup_customers("nowak")) == [customer]
    assert _ids(services.lookup.lookup_customers("anna")) == [customer]
    assert services.lookup.lookup_customers("anna")[0].display_name == "Anna Nowak"


# --- email and cards ----------------------------------------------------------------------


def test_email_exact_and_prefix_ignore_case(services: Services, staff: Actor) -> None:
    alice = _add(services, staff, "Alice Smith", emails=("Alice.Smith@Example.com",))
    alicia = _add(services, staff, "Alicia Keyes", emails=("alice.smith@example.co.uk",))

    exact = services.lookup.lookup_customers("ALICE.SMITH@EXAMPLE.COM")
    assert [(m.id, m.matched_on, m.exact) for m in exact[:1]] == [(alice, "email", True)]

    prefix = services.lookup.lookup_customers("alice.smith@exa")
    assert sorted(_ids(prefix)) == sorted([alice, alicia])
    assert not any(m.exact for m in prefix)

    assert services.lookup.lookup_customers("bob@example.com") == []


@pytest.mark.parametrize("number", ["LC-00123", "A1B2C3", "40012345"])
def test_a_scanned_card_is_an_exact_match(services: Services, staff: Actor, number: str) -> None:
    holder = _add(services, staff, "Card Holder", cards=(number,))
    _add(services, staff, "Other Holder", cards=("LC-99999",))

    matches = services.lookup.lookup_customers(number)

    assert matches[0].id == holder
    assert matches[0].matched_on == "card"
    assert matches[0].exact is True
    assert matches[0].card == number
    assert holder in _ids(matches) and len(_ids(matches)) == 1


# --- the box as a whole --------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", " ", "   \t  ", "\n"])
def test_empty_input_finds_nothing(services: Services, staff: Actor, typed: str) -> None:
    _add(services, staff, "Anyone At All", phones=("07700 900123",))
    assert services.lookup.lookup_customers(typed) == []


def test_the_limit_is_respected(services: Services, staff: Actor) -> None:
    for i in reversed(range(25)):  # stored last to first: the order shown is by name
        _add(services, staff, f"Pat Smith {i:02d}", phones=(f"07700 9001{i:02d}",),
             cards=(f"LC-{i:04d}",))

    shown = services.lookup.lookup_customers("smith")
    # More matches than shown: the first 20 by name, each with its own phone and card.
    assert [m.display_name for m in shown] == [f"Pat Smith {i:02d}" for i in range(20)]
    assert [(m.phone, m.card) for m in shown] == [(f"07700 9001{i:02d}", f"LC-{i:04d}")
                                                  for i in range(20)]
    assert len(services.lookup.lookup_customers("smith", limit=5)) == 5
    assert len(services.lookup.lookup_customers("smith", limit=100)) == 25


def test_results_are_exact_first_then_by_name(services: Services, staff: Actor) -> None:
    zed = _add(services, staff, "Zed Zimmer", emails=("al@example.com",))
    _add(services, staff, "bea Adams", emails=("al@example.com.au",))
    _add(services, staff, "Abe Brown", emails=("al@example.co.uk",))

    matches = services.lookup.lookup_customers("al@example.com")
    assert matches[0].id == zed and matches[0].exact
    # Only the exact one and the one this is a prefix of.
    assert [m.display_name for m in matches] == ["Zed Zimmer", "bea Adams"]

    by_name = services.lookup.lookup_customers("al@example.co")
    assert [m.display_name for m in by_name] == ["Abe Brown", "bea Adams", "Zed Zimmer"]


def test_a_match_shows_the_first_phone_and_card(services: Services, staff: Actor) -> None:
    customer = _add(
        services, staff, "Kim Lee", phones=("07700 900123", "+33 6 28 23 04 55"),
        cards=("LC-1", "LC-2"),
    )
    match = services.lookup.lookup_customers("kim")[0]
    assert (match.id, match.phone, match.card) == (customer, "07700 900123", "LC-1")

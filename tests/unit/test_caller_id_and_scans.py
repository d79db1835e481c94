"""What phones say about a caller, and what a card scanner types (no Qt, no database)."""

from __future__ import annotations

import pytest

from relate_desktop.domain import caller_id, scans

# --- caller IDs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("+447700900123", "+447700900123"),
        ("  07700900123 ", "07700900123"),
        ("sip:+447700900123@pbx.local;user=phone", "+447700900123"),
        ('"Ann Other" <sip:201@pbx.local>', "201"),
        ("tel:+33628230455", "+33628230455"),
        ("sips:alice@example.org", "alice"),
        ("%2B447700900123", "+447700900123"),
        ("", ""),
    ],
)
def test_the_number_part_of_what_a_phone_hands_over(raw: str, number: str) -> None:
    assert caller_id.caller_number(raw) == number


@pytest.mark.parametrize(
    "raw", ["", " ", "anonymous", "Anonymous", "<unknown>", "PRIVATE", "O", "P", "-",
            "sip:anonymous@anonymous.invalid", "withheld"],
)
def test_withheld_numbers_are_recognised(raw: str) -> None:
    assert caller_id.is_withheld(raw)


@pytest.mark.parametrize("raw", ["07700900123", "+447700900123", "201", "alice", "0"])
def test_a_number_or_a_sip_name_is_not_withheld(raw: str) -> None:
    assert not caller_id.is_withheld(raw)


@pytest.mark.parametrize(
    ("arguments", "number"),
    [
        (["pop", "07700900123"], "07700900123"),
        (["pop", "--", "+447700900123"], "+447700900123"),  # the number is the last word
        (["pop"], ""),
        (["pop", ""], ""),
        (["pop", "anonymous"], "anonymous"),
        (["relate://pop?number=%2B447700900123"], "+447700900123"),
        (["relate://pop?number=+447700900123"], "+447700900123"),  # an unencoded "+" stays
        (["relate:pop?number=07700900123"], "07700900123"),
        (["RELATE://pop/?number=0628230455&x=1"], "0628230455"),
        (["relate://pop"], ""),
        ([], None),
        (["relate://open?customer=3"], None),
        (["07700 900123"], None),
    ],
)
def test_the_caller_named_by_handed_over_arguments(arguments: list[str], number: str | None) -> None:
    assert caller_id.number_from_arguments(arguments) == number


def test_a_pop_link_round_trips_any_number() -> None:
    for number in ["+447700900123", "07700 900123", "alice&bob", "", "ünïcode"]:
        assert caller_id.number_from_link(caller_id.pop_link(number)) == number


# --- card scans -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("4006381333931", "4006381333931"),  # a valid EAN-13
        ("]E04006381333931", "4006381333931"),  # with the AIM identifier for EAN-13
        ("]C0LC-00123", "LC-00123"),  # Code 128 with letters and a dash
        ('&é"\'(-è_çà', "1234567890"),  # the AZERTY digit row
        ("'àà-\"_&\"\"\"ç\"&", "4006381333931"),  # an EAN-13 typed through AZERTY
        ("$Eà'àà-\"_&\"\"\"ç\"&", "4006381333931"),  # ... with its AIM prefix, "]" as "$"
        ("LC-7", "LC-7"),  # a dash in a real card number is not an AZERTY 6
        ("  12345678 ", "12345678"),
    ],
)
def test_a_scan_is_read_into_the_card_number(raw: str, code: str) -> None:
    assert scans.read_scan(raw) == code


@pytest.mark.parametrize("raw", ["4006381333932", "]E04006381333930", "'àà-\"_&\"\"\"ç\"é"])
def test_a_bad_ean13_check_digit_is_refused(raw: str) -> None:
    with pytest.raises(scans.BadScan, match="check digit"):
        scans.read_scan(raw)


def test_an_empty_scan_is_refused() -> None:
    with pytest.raises(scans.BadScan):
        scans.read_scan("]E0")


@pytest.mark.parametrize(
    ("code", "valid"),
    [("4006381333931", True), ("5901234123457", True), ("0000000000000", True),
     ("5901234123458", False), ("590123412345", False), ("590123412345X", False)],
)
def test_the_ean13_check_digit(code: str, valid: bool) -> None:
    assert scans.ean13_is_valid(code) is valid

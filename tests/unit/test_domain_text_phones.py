"""Name folding, phone numbers and how the lookup box reads what staff type (no database)."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from relate_desktop.domain import lookup_query, phones
from relate_desktop.domain.text import fold, fold_all, name_tokens, prefix_upper_bound, search_words

# --- folding names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("José", "jose"),
        ("ÁLVAREZ", "alvarez"),
        ("Łukasz", "lukasz"),
        ("Straße", "strasse"),
        ("Ørsted", "orsted"),
        ("Þórunn", "thorunn"),
        ("Đorđe", "dorde"),
        ("Æsa Œuvre", "aesa oeuvre"),
        ("Nguyễn Thị", "nguyen thi"),
        ("İpek", "ipek"),
        ("Σωκράτης", "σωκρατησ"),  # final sigma folds like any sigma
        ("Фёдор", "федор"),
    ],
)
def test_fold_ignores_case_and_accents(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_fold_treats_precomposed_and_combining_accents_alike() -> None:
    precomposed = "Jos\u00e9"
    combining = "Jose\u0301"
    assert precomposed != combining
    assert fold(precomposed) == fold(combining) == "jose"


def _fold_by_the_rules(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(
        str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_and_splits_as_the_unicode_rules_do(text: str) -> None:
    # fold() and search_words() take a shortcut for ASCII; it must give what the full rules give.
    assert fold(text) == _fold_by_the_rules(text)
    assert search_words(text) == [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]


@given(st.text(alphabet=st.characters(max_codepoint=0x600, exclude_categories=("Cs",))))
def test_latin_greek_and_cyrillic_names_fold_as_the_unicode_rules_do(text: str) -> None:
    # fold() folds these alphabets a character at a time from a table.
    assert fold(text) == _fold_by_the_rules(text)


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",)))))
def test_names_folded_together_fold_as_each_alone(names: list[str]) -> None:
    assert fold_all(names) == [fold(name) for name in names]


def test_search_words_split_on_punctuation_and_spaces() -> None:
    assert search_words("  Siobhán O'Brien-Smith ") == ["siobhan", "o", "brien", "smith"]
    assert search_words("ANNE_MARIE") == ["anne", "marie"]
    assert search_words("Σωκράτης Παπαδόπουλος") == ["σωκρατησ", "παπαδοπουλοσ"]
    assert search_words("Ёлкин Фёдор") == ["елкин", "федор"]
    assert search_words("... --- !!!") == []


def test_search_words_keep_a_word_with_combining_vowel_signs_whole() -> None:
    # Devanagari and Thai write vowels as combining marks: they are part of the word,
    # not word breaks (else "राहुल" would be found by any name containing "र").
    assert search_words("राहुल शर्मा") == [fold("राहुल"), fold("शर्मा")]
    assert len(search_words("ทองคำ")) == 1
    assert search_words("Jose\u0301 A\u0301lvarez") == ["jose", "alvarez"]


def test_name_tokens_include_each_word_and_the_joined_apostrophe_form() -> None:
    assert name_tokens("Siobhán O'Brien") == {"siobhan", "o", "brien", "obrien"}
    assert name_tokens("Jean-Luc Picard") >= {"jean", "luc", "jeanluc", "picard"}
    assert name_tokens("Łukasz Żółć") == {"lukasz", "zolc"}


def test_name_tokens_of_an_empty_or_punctuation_only_name_are_empty() -> None:
    assert name_tokens("") == set()
    assert name_tokens(" - ' ") == set()


# --- prefix ranges ---------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["jo", "a", "alice@ex", "55403", "σωκ", "z", "9"])
def test_prefix_upper_bound_brackets_exactly_the_strings_with_that_prefix(prefix: str) -> None:
    upper = prefix_upper_bound(prefix)
    inside = [prefix, prefix + "a", prefix + "zzzz", prefix + "\uffff"]
    outside = [prefix[:-1], upper, upper + "a"]
    for word in inside:
        assert prefix <= word < upper, word
    for word in outside:
        assert not (prefix <= word < upper), word


# --- phone numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("07700 900123", "GB", "+447700900123"),
        ("+44 7700 900123", "GB", "+447700900123"),
        ("(07700) 900-123", "GB", "+447700900123"),
        ("+44 (0) 7700 900123", "GB", "+447700900123"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("06 28 23 04 55", "FR", "+33628230455"),
        ("+33628230455", "FR", "+33628230455"),
        ("0033 6 28 23 04 55", "FR", "+33628230455"),
        ("06.28.23.04.55", "FR", "+33628230455"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("415.555.2671", "US", "+14155552671"),
        ("+1 415 555 2671", "US", "+14155552671"),
        ("+33 6 28 23 04 55", "GB", "+33628230455"),  # a French customer of a UK shop
        ("07700 900123", "gb", "+447700900123"),  # region in any case
    ],
)
def test_to_e164_understands_the_usual_ways_of_writing_a_number(
    raw: str, region: str, e164: str
) -> None:
    assert phones.to_e164(raw, region) == e164


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("123", "GB"),  # too short to be anything
        ("12345", "GB"),  # only dialable locally: no full number can be made of it
        ("555 1234", "US"),  # no area code
        ("hello", "GB"),
        ("", "GB"),
        ("07700 900123", ""),  # no region and no "+": cannot tell the country
    ],
)
def test_to_e164_refuses_what_is_not_a_complete_number(raw: str, region: str) -> None:
    assert phones.to_e164(raw, region) is None


def test_normalise_keeps_what_was_typed_and_adds_e164() -> None:
    number = phones.normalise("  (07700) 900-123 ", "GB")
    assert number.raw == "(07700) 900-123"
    assert number.e164 == "+447700900123"
    assert number.digits == "447700900123"
    assert number.reversed_digits == "321009007744"


def test_normalise_keeps_the_digits_of_a_number_that_does_not_parse() -> None:
    number = phones.normalise("ext. 12345", "GB")
    assert number.e164 is None
    assert number.raw == "ext. 12345"
    assert number.digits == "12345"
    assert number.reversed_digits == "54321"


def test_the_same_number_typed_three_ways_normalises_the_same() -> None:
    forms = ["06 28 23 04 55", "+33628230455", "0033 6 28 23 04 55"]
    assert {phones.normalise(f, "FR").e164 for f in forms} == {"+33628230455"}
    assert {phones.normalise(f, "FR").digits for f in forms} == {"33628230455"}


@pytest.mark.parametrize(
    ("e164", "shop_region", "shown"),
    [
        ("+447700900123", "GB", "07700 900123"),
        ("+447911123456", "GB", "07911 123456"),  # UK mobile range shared with Guernsey
        ("+442079460958", "GB", "020 7946 0958"),
        ("+33628230455", "FR", "06 28 23 04 55"),
        ("+14155552671", "US", "(415) 555-2671"),
        ("+447700900123", "FR", "+44 7700 900123"),
        ("+33628230455", "GB", "+33 6 28 23 04 55"),
        ("+14155552671", "GB", "+1 415-555-2671"),
    ],
)
def test_display_is_national_at_home_and_international_abroad(
    e164: str, shop_region: str, shown: str
) -> None:
    assert phones.display(e164, "typed", shop_region) == shown


def test_stored_numbers_of_every_country_read_back_as_the_phone_library_reads_them() -> None:
    # display() skips the library's parser for stored E.164 numbers; every region's example
    # numbers of every kind must come out the same as parsed, and formatted the same.
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                     phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.VOIP,
                     phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.UAN):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            assert phones.stored_e164(e164) == phonenumbers.parse(e164, None), e164
            checked += 1
    assert checked > 900
    assert phones.display("+390612345678", "", "IT") == "06 1234 5678"  # the leading zero kept
    assert phones.stored_e164("+999") is None


def _e164_by_the_library(raw: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(parsed) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@given(st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)),
       st.text(alphabet="0123456789", min_size=0, max_size=18), st.sampled_from(["GB", "FR", "US"]))
def test_numbers_written_plus_and_digits_read_as_the_phone_library_reads_them(
        code: int, rest: str, region: str) -> None:
    # to_e164() reads "+447700900123" without the library's parser when nothing in it is
    # read specially; whatever the digits, the answer must be the library's.
    raw = f"+{code}{rest}"
    assert phones.to_e164(raw, region) == _e164_by_the_library(raw, region)


def test_display_of_a_number_without_e164_is_what_was_typed() -> None:
    assert phones.display(None, "ext. 12345", "GB") == "ext. 12345"
    assert phones.display("", "12-34", "GB") == "12-34"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06 28 23 04 55", True),
        ("+44 (0) 7700 900-123", True),
        ("0612/345.678", True),
        ("1234", True),
        ("+-()", False),
        ("", False),
        ("LC-00123", False),
        ("Jo 1234", False),
    ],
)
def test_looks_like_phone(text: str, expected: bool) -> None:
    assert phones.looks_like_phone(text) is expected


# --- what was typed into the lookup box --------------------------------------------------


def test_parse_blank_is_empty() -> None:
    for raw in ["", "   ", "\t\n"]:
        assert lookup_query.parse(raw, "GB").is_empty


def test_parse_an_email_lower_cases_it_and_searches_nothing_else() -> None:
    query = lookup_query.parse("  Alice.Smith@Example.COM ", "GB")
    assert query.email == "alice.smith@example.com"
    assert query.words == ()
    assert query.digits == ""
    assert query.e164 is None


def test_parse_a_full_phone_number_gives_digits_and_e164() -> None:
    query = lookup_query.parse("06 28 23 04 55", "FR")
    assert query.digits == "0628230455"
    assert query.e164 == "+33628230455"
    assert query.words == ()
    assert query.email == ""


def test_parse_last_digits_gives_digits_only() -> None:
    query = lookup_query.parse("0455", "FR")
    assert query.digits == "0455"
    assert query.e164 is None
    assert query.words == ()


def test_parse_name_words_are_folded_and_not_a_card() -> None:
    query = lookup_query.parse("José ÁLVAREZ", "GB")
    assert query.words == ("jose", "alvarez")
    assert query.digits == ""
    assert query.card == ""  # two words are never one card number


def test_parse_one_word_may_be_a_name_or_a_card() -> None:
    query = lookup_query.parse("LC-00123", "GB")
    assert query.card == "LC-00123"
    assert query.words == ("lc", "00123")
    assert query.digits == ""  # letters: not a phone number

    digits_only = lookup_query.parse("40012345", "GB")
    assert digits_only.card == "40012345"
    assert digits_only.digits == "40012345"

"""Reading customer lists (no database): each format, each quirk, each kind of bad row."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relate_desktop.domain import cells, important_dates, till
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.important_dates import PartialDate, parse_partial_date
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.integrations.importing import (
    EmptyRow,
    Field,
    ImportedCustomer,
    RowProblem,
    UnreadableFile,
    open_bytes,
    open_file,
    parse_mapping,
)
from relate_desktop.integrations.importing.values import money_cents
from tests import import_samples as samples

EMAIL, SMS = ContactChannel.EMAIL, ContactChannel.SMS
GRANTED, DENIED = ConsentState.GRANTED, ConsentState.DENIED


def _rows(text: str, name: str = "customers.csv", fmt: str = "auto", encoding: str = "utf-8",
          mapping: dict[str, Field] | None = None) -> list[ImportedCustomer | RowProblem | EmptyRow]:
    return list(open_bytes(text.encode(encoding), name, fmt, mapping).records())


def _customers(text: str, **kw: object) -> list[ImportedCustomer]:
    rows = _rows(text, **kw)  # type: ignore[arg-type]
    assert all(isinstance(r, ImportedCustomer) for r in rows), rows
    return rows  # type: ignore[return-value]


def test_shopify_current_layout_field_by_field() -> None:
    source = open_bytes(samples.shopify_current().encode(), "customers.csv")
    assert source.profile.name == "shopify" and source.description == "Shopify export customers.csv"
    # What Relate has no place for is named, so nothing is dropped silently.
    assert "Tax Exempt" in source.unused_columns and "Accepts WhatsApp Marketing" in source.unused_columns
    ada, bram, chidi = source.records()
    assert isinstance(ada, ImportedCustomer) and isinstance(bram, ImportedCustomer)
    assert isinstance(chidi, ImportedCustomer)
    assert ada.where == "row 2"
    assert ada.display_name == "Ada Lovelace"
    assert ada.source_ids == (("shopify", "7001000001"),)  # the apostrophe is not part of the id
    assert [(p.raw, p.country) for p in ada.phones] == [("07700 900124", "GB"), ("+447700900123", "GB")]
    assert ada.emails == ("ada@example.com",)
    assert dict(ada.consents) == {EMAIL: GRANTED, SMS: DENIED}
    assert ada.note == 'Prefers paper receipts.\nAsks about "oat milk", always.'
    assert ada.tags == ("vip", "wholesale")
    assert [(d.kind, d.date) for d in ada.dates] == [("birthday", PartialDate(4, 15, 1985))]
    [history] = ada.till
    assert (history.system, history.visits, history.spent_cents) == ("shopify", 31, 230050)
    assert ada.flags == ()
    assert [(p.raw, p.country) for p in bram.phones] == [("(202) 555-0143", "US")]
    assert bram.consents == ()  # blank is unknown, never granted
    assert dict(chidi.consents) == {EMAIL: DENIED}
    assert chidi.phones == ()
    [flag] = chidi.flags
    assert "4.47911E+11" in flag and "spreadsheet" in flag


def test_shopify_older_layout_accepts_marketing_without_customer_id() -> None:
    [dana] = _customers(samples.shopify_old())
    assert dana.system == "shopify" and dana.source_ids == ()
    assert dict(dana.consents) == {EMAIL: GRANTED}
    assert dana.note == "Needs large print" and dana.tags == ("regular",)
    assert dana.phones[0].country == "GB"
    assert dana.till[0].spent_cents == 1500


def test_square_consent_words_birthdays_and_till_history() -> None:
    elif_, femi, greta = _customers(samples.square())
    assert elif_.source_ids == (("square", "SQ-AAA111"),)
    assert dict(elif_.consents) == {EMAIL: GRANTED}
    assert dict(femi.consents) == {EMAIL: DENIED}
    assert greta.consents == ()  # "Unknown"
    assert elif_.dates[0].date == PartialDate(4, 15, None)  # MM-DD
    assert femi.dates[0].date == PartialDate(7, 1, 1990)  # YYYY-MM-DD
    assert greta.dates[0].date == PartialDate(12, 24, None)  # 0000-MM-DD
    assert elif_.note == "Allergic to nuts"
    assert elif_.little_things == ("Goes by: Ellie",)
    [history] = elif_.till
    assert (history.visits, history.spent_cents, history.first_visit, history.last_visit) == (
        31, 230000, date(2025, 3, 1), date(2026, 11, 1))


def test_square_older_email_unsubscribed_column_is_inverted() -> None:
    hana, ivo = _customers(samples.square_old_unsubscribed())
    assert dict(hana.consents) == {EMAIL: DENIED}
    assert ivo.consents == ()  # False only means "never opted out": still unknown


def test_lightspeed_snake_case_card_and_inverted_do_not_email() -> None:
    jana, kai = _customers(samples.lightspeed())
    assert jana.system == "lightspeed" and jana.cards == ("LC-0001",)
    assert dict(jana.consents) == {EMAIL: DENIED, SMS: GRANTED}
    assert dict(kai.consents) == {SMS: DENIED}
    assert jana.dates[0].date == PartialDate(2, 28, 1979)
    assert jana.tags == ("Staff",) and jana.note == "Collects on Fridays"
    assert jana.phones[0].country == "GB"


def test_vcard_versions_folding_quoted_printable_types_groups_and_dates() -> None:
    jurgen, zoe, lior = _customers(samples.vcards(), name="contacts.vcf")
    assert jurgen.where == "card 1 (line 1)"
    assert jurgen.display_name == "Jürgen Müller"  # quoted-printable UTF-8
    assert [p.raw for p in jurgen.phones] == ["+49 30 1234567", "07700 900401"]  # the fax left out
    assert jurgen.note == "First line of the note\nSecond line, after a soft break"
    assert jurgen.dates[0].date == PartialDate(11, 9, 1968)
    assert zoe.display_name == "Zoë Brontë"
    assert [p.raw for p in zoe.phones] == ["+44 7700 900402", "020 7946 0958"]
    assert zoe.note == "Allergic to nuts, and to cats\nAsk first."  # escapes and folding
    assert zoe.tags == ("vip", "friends")
    assert [(d.kind, d.date) for d in zoe.dates] == [("anniversary", PartialDate(6, 1, 2010))]
    assert zoe.source_ids == (("vcard", "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),)
    assert [p.raw for p in lior.phones] == ["+44-7700-900403"]  # tel: URI
    assert [(d.kind, d.date) for d in lior.dates] == [
        ("birthday", PartialDate(4, 15, None)), ("anniversary", PartialDate(6, 20, 2015))]


def test_a_vcard_without_name_or_contact_and_one_with_a_bad_date_are_reported() -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Mo\nBDAY:1990-13-01\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:No End\nEMAIL:noend@example.com\n")
    first, second, third = _rows(text, name="c.vcf")
    assert isinstance(first, RowProblem) and "no name and no contact" in first.reason
    assert isinstance(second, RowProblem) and "not a date" in second.reason
    assert second.where == "card 2 (line 5)"
    assert isinstance(third, ImportedCustomer) and third.emails == ("noend@example.com",)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_generic_csv_with_any_separator_is_read_with_a_guessed_or_given_mapping(delimiter: str) -> None:
    text = samples.csv_text(("Full Name", "Mobile", "E-mail", "Member No", "Newsletter", "DOB"), [
        ["Olu Adeyemi", "07700 900501", "olu@example.com", "M-77", "yes", "15/04/1990"]],
        delimiter=delimiter)
    source = open_bytes(text.encode(), "list.csv")
    assert source.profile.name == "generic" and source.delimiter == delimiter
    assert source.mapping["Member No"] is Field.IGNORE
    [olu] = source.with_mapping(parse_mapping(["Member No=card"])).records()
    assert isinstance(olu, ImportedCustomer)
    assert (olu.display_name, olu.phones[0].raw, olu.emails, olu.cards) == (
        "Olu Adeyemi", "07700 900501", ("olu@example.com",), ("M-77",))
    assert dict(olu.consents) == {EMAIL: GRANTED}
    assert olu.dates[0].date == PartialDate(4, 15, 1990)


def test_a_generic_file_with_no_recognisable_column_asks_for_a_mapping() -> None:
    source = open_bytes(b"Kolumna A,Kolumna B\nx,y\n", "dziwne.csv")
    with pytest.raises(InvalidInput, match="--map"):
        source.check()
    with pytest.raises(InvalidInput, match="no column named"):
        source.with_mapping({"Nope": Field.NAME})
    with pytest.raises(ValueError, match="not a field"):
        parse_mapping(["Kolumna A=shoe_size"])
    [row] = source.with_mapping(parse_mapping(["Kolumna A=name"])).records()
    assert isinstance(row, ImportedCustomer) and row.display_name == "x"


@pytest.mark.parametrize("encoding, prefix", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                              ("cp1252", b""), ("utf-16", b"")])
def test_encodings_with_and_without_bom_fall_back_to_the_windows_code_page(
    encoding: str, prefix: bytes
) -> None:
    text = "First Name,Last Name,Email\nJosé,Núñez,jose@example.com\n"
    source = open_bytes(prefix + text.encode(encoding), "c.csv", mapping={"First Name": Field.FIRST_NAME,
                                                                          "Last Name": Field.LAST_NAME})
    [jose] = source.records()
    assert isinstance(jose, ImportedCustomer) and jose.display_name == "José Núñez"
    assert source.header[0] == "First Name"  # no BOM left on the first column


def test_broken_quotes_report_one_row_and_reading_goes_on() -> None:
    text = ('First Name,Last Name,Email\n'
            'Ann,"Lee,ann@example.com\n'  # a quote opened and never closed
            'Ben,Ray,ben@example.com\n'
            'Cy,"Sa"m,cy@example.com\n'  # text after a closing quote
            '"Di\nna",Fox,dina@example.com\n'  # a quoted cell spanning lines is one row
            '\n'
            'Ed,Gu,ed@example.com\n')
    rows = _rows(text)
    wheres = [(r.where, type(r).__name__) for r in rows]
    assert wheres == [("row 2", "RowProblem"), ("row 3", "ImportedCustomer"), ("row 4", "RowProblem"),
                      ("row 5", "ImportedCustomer"), ("row 6", "EmptyRow"), ("row 7", "ImportedCustomer")]
    assert "quote" in rows[0].reason  # type: ignore[union-attr]
    assert rows[3].display_name == "Di na Fox"  # type: ignore[union-attr]


def test_bad_rows_say_why() -> None:
    text = samples.csv_text(("Name", "Email", "Phone", "Birthday", "Extra"), [
        ["", "", "", "", ""],
        ["", "", "", "1990-01-01", ""],
        ["Al", "", "", "1990-02-30", ""],
        ["Bo", "not-an-email", "", "", ""],
        ["Cy", "", "", "2999-01-01", ""],
    ]) + "Di,,,,,surplus\n"
    empty, nothing, impossible, bad_email, future, extra = _rows(text)
    assert isinstance(empty, EmptyRow)
    assert isinstance(nothing, RowProblem) and nothing.reason.startswith("no name and no contact")
    assert isinstance(impossible, RowProblem) and "1990-02-30" in impossible.reason
    assert isinstance(bad_email, ImportedCustomer) and bad_email.emails == ()
    assert "not an email address" in bad_email.flags[0]
    assert isinstance(future, RowProblem) and "future" in future.reason
    assert isinstance(extra, RowProblem) and "6 cells where the header has 5" in extra.reason


def test_files_that_cannot_be_read_at_all(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="does not exist"):
        open_file(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        open_file(tmp_path / "empty.csv")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(UnreadableFile, match="not a text file"):
        open_file(tmp_path / "sheet.xlsx")
    with pytest.raises(UnreadableFile, match="folder"):
        open_file(tmp_path)
    (tmp_path / "c.csv").write_text("Name\nA\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="not a vCard"):
        open_file(tmp_path / "c.csv", "vcard")


def test_dates_money_and_cells() -> None:
    assert parse_partial_date("--0415") == PartialDate(4, 15)
    assert parse_partial_date("19900415") == PartialDate(4, 15, 1990)
    assert parse_partial_date("1604-02-29") == PartialDate(2, 29)  # Apple's "no year"
    assert parse_partial_date("4/15/1990", day_first=False) == PartialDate(4, 15, 1990)
    assert parse_partial_date("") is None
    for bad in ("1990-02-30", "13-01", "tomorrow", "1990"):
        with pytest.raises(ValueError, match="not a date"):
            parse_partial_date(bad)
    assert [money_cents(v) for v in ("£2,300.50", "$1,234", "1.234,56 €", "12,5", "", "-3.00")] == [
        230050, 123400, 123456, 1250, None, -300]
    values = ["Receipt; paper", "back\\slash", "", "plain"]
    assert cells.split_cell(cells.join_cell(values)) == values
    assert cells.split_cell("") == []
    shared = important_dates.to_cell("Name day", PartialDate(6, 24), "Jan's")
    assert important_dates.from_cell(shared) == ("name-day", PartialDate(6, 24), "Jan's")
    history = till.TillHistory("square", 31, 230050, "GBP", date(2025, 3, 1), date(2026, 11, 1))
    assert till.from_cell(till.to_cell(history)) == history


# -- fuzzing: whatever a row holds, it becomes a customer, a reported row or an empty row -------

_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_cell, min_size=0, max_size=len(samples.SHOPIFY_HEADER) + 2),
                     min_size=1, max_size=6))
def test_fuzzed_shopify_rows_never_crash_the_reader(rows: list[list[str]]) -> None:
    text = samples.csv_text(samples.SHOPIFY_HEADER, rows)
    parsed = list(open_bytes(text.encode("utf-8"), "fuzz.csv").records())
    assert all(isinstance(p, ImportedCustomer | RowProblem | EmptyRow) for p in parsed)
    for p in parsed:
        if isinstance(p, ImportedCustomer):
            assert p.display_name.strip() and len(p.display_name) <= 200


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400))
def test_fuzzed_bytes_are_read_or_refused_cleanly(data: bytes) -> None:
    try:
        source = open_bytes(b"Name,Email,Phone,Birthday\n" + data, "fuzz.csv")
    except UnreadableFile:
        return
    for parsed in source.records():
        assert isinstance(parsed, ImportedCustomer | RowProblem | EmptyRow)

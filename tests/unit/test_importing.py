"""Storing imported customers: field by field per format, matching, idempotence, batches, audit."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from relate_desktop.db.models import AuditRow, CustomerRow, ImportantDateRow, RemarkRow
from relate_desktop.domain.errors import DatabaseUnavailable, PermissionDenied
from relate_desktop.domain.records import Actor, CustomerCard, NewCustomer
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.integrations.importing import Field, open_bytes
from relate_desktop.services import Services
from relate_desktop.services.importing import ImportReport
from tests import import_samples as samples

EMAIL, SMS = ContactChannel.EMAIL, ContactChannel.SMS


def _import(services: Services, actor: Actor, text: str, name: str = "customers.csv", *,
            fmt: str = "auto", mapping: dict[str, Field] | None = None, region: str = "",
            dry_run: bool = False, batch_size: int = 500) -> ImportReport:
    source = open_bytes(text.encode("utf-8"), name, fmt, mapping)
    return services.importing.start(actor, source, region=region, dry_run=dry_run,
                                    batch_size=batch_size).run()


def _card(services: Services, name: str) -> CustomerCard:
    [match] = [m for m in services.lookup.lookup_customers(name) if m.display_name == name]
    return services.customers.card(match.id)


def _count(services: Services, model: Any) -> int:
    with services.shop._sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _tags(services: Services, card: CustomerCard) -> tuple[str, ...]:
    remarks = services.remarks.recent_for_customer(card.id)
    return tuple(t for r in remarks for t in r.tags)


def test_shopify_rows_are_stored_field_by_field(services: Services, manager: Actor) -> None:
    report = _import(services, manager, samples.shopify_current())
    assert (report.created, report.updated, report.rejected, report.flagged) == (3, 0, 0, 1)
    assert report.exit_code == 1
    [line] = report.lines
    assert line.startswith("row 4: phone '4.47911E+11'")
    ada = _card(services, "Ada Lovelace")
    assert [p.e164 for p in ada.phones] == ["+447700900124", "+447700900123"]
    assert ada.emails == ("ada@example.com",)
    how = f"Shopify export customers.csv, {date.today().isoformat()}"
    assert {(c.channel, c.state, c.how) for c in ada.consents} == {
        (EMAIL, ConsentState.GRANTED, how), (SMS, ConsentState.DENIED, how)}
    [note] = services.remarks.recent_for_customer(ada.id)
    assert (note.kind.value, note.text) == ("note", 'Prefers paper receipts.\nAsks about "oat milk", always.')
    assert note.tags == ("vip", "wholesale")
    [history] = ada.till
    assert (history.system, history.visits, history.spent_cents, history.currency) == (
        "shopify", 31, 230050, "GBP")
    assert history.source == how
    with services.shop._sessions() as session:
        [birthday] = session.scalars(select(ImportantDateRow).where(ImportantDateRow.customer_id == ada.id))
        assert (birthday.kind, birthday.month, birthday.day, birthday.year, birthday.source) == (
            "birthday", 4, 15, 1985, how)
    bram = _card(services, "Bram Visser")
    # No country code in the number: the row's own country (US), not the shop's (GB).
    assert [p.e164 for p in bram.phones] == ["+12025550143"]
    assert bram.consents == ()  # blanks stay unknown: nothing recorded
    chidi = _card(services, "Chidi Okafor")
    assert chidi.phones == () and chidi.consent(EMAIL) is ConsentState.DENIED


def test_each_other_format_is_stored(services: Services, manager: Actor) -> None:
    _import(services, manager, samples.square())
    elif_ = _card(services, "Elif Yilmaz")
    assert [t.text for t in elif_.little_things] == ["Goes by: Ellie"]
    assert elif_.consent(EMAIL) is ConsentState.GRANTED
    assert (elif_.till[0].visits, elif_.till[0].first_visit) == (31, date(2025, 3, 1))
    assert _card(services, "Femi Adeyemi").consent(EMAIL) is ConsentState.DENIED
    _import(services, manager, samples.lightspeed())
    jana = _card(services, "Jana Horvat")
    assert jana.cards == ("LC-0001",)
    assert (jana.consent(EMAIL), jana.consent(SMS)) == (ConsentState.DENIED, ConsentState.GRANTED)
    assert _tags(services, jana) == ("staff",)
    report = _import(services, manager, samples.vcards(), "contacts.vcf")
    assert report.created == 3 and report.exit_code == 0
    zoe = _card(services, "Zoë Brontë")
    assert [p.e164 for p in zoe.phones] == ["+447700900402", "+442079460958"]
    assert _tags(services, zoe) == ("friends", "vip")
    assert "cats" in services.remarks.recent_for_customer(zoe.id)[0].text
    # Found by the name as staff would type it.
    assert services.lookup.lookup_customers("jurgen")[0].display_name == "Jürgen Müller"


def test_importing_the_same_file_again_changes_nothing(services: Services, manager: Actor) -> None:
    text = samples.shopify_current()
    _import(services, manager, text)
    before = list(services.export.customers(manager, include_sensitive=True))
    audits, remarks = _count(services, AuditRow), _count(services, RemarkRow)
    again = _import(services, manager, text)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert list(services.export.customers(manager, include_sensitive=True)) == before
    assert (_count(services, AuditRow), _count(services, RemarkRow)) == (audits, remarks)


def test_a_newer_export_updates_matching_on_id_then_email_then_phone(
    services: Services, manager: Actor, staff: Actor
) -> None:
    known = services.customers.create(staff, NewCustomer("Mrs Okafor", phones=("07700 900999",)))
    header = ("Customer ID", "First Name", "Last Name", "Email", "Phone", "Accepts Email Marketing")
    _import(services, manager, samples.csv_text(header, [
        ["1", "Ann", "Lee", "ann@example.com", "", "yes"],
        ["2", "Ben", "Ray", "", "07700 900888", ""],
    ]))
    report = _import(services, manager, samples.csv_text(header, [
        ["1", "Annie", "Lee", "annie@example.com", "", "no"],  # same id: renamed, email added
        ["", "Benjamin", "Ray", "", "07700 900888", ""],  # no id, same phone
        ["3", "Chioma", "Okafor", "", "+44 7700 900999", ""],  # staff's customer, by phone
    ]), "customers (1).csv")
    assert (report.created, report.updated, report.unchanged) == (0, 2, 1)
    annie = _card(services, "Annie Lee")
    assert annie.emails == ("ann@example.com", "annie@example.com")
    assert annie.consent(EMAIL) is ConsentState.DENIED  # the newer "no" is recorded
    assert _card(services, "Ben Ray").phones[0].e164 == "+447700900888"  # matched by phone: name kept
    staff_card = services.customers.card(known)
    assert staff_card.display_name == "Mrs Okafor"  # Relate's own name for her stays
    assert services.lookup.lookup_customers("annie")[0].id == annie.id
    assert not [m for m in services.lookup.lookup_customers("Ann") if m.display_name == "Ann Lee"]


def test_region_override_and_card_clashes(services: Services, manager: Actor, staff: Actor) -> None:
    services.customers.create(staff, NewCustomer("Card Holder", cards=("LC-9",)))
    header = ("Name", "Phone", "Card")
    report = _import(services, manager, samples.csv_text(header, [
        ["Dee", "06 12 34 56 78", "LC-9"]]), region="FR")
    dee = _card(services, "Dee")
    assert dee.phones[0].e164 == "+33612345678"
    assert dee.cards == ()
    assert report.lines == ["row 2: card LC-9 already belongs to another customer; left out"]


def test_a_dry_run_saves_nothing_but_counts_as_the_real_run_would(
    services: Services, manager: Actor
) -> None:
    header = ("Name", "Email")
    text = samples.csv_text(header, [["A", "a@example.com"], ["B", "b@example.com"],
                                     ["A again", "a@example.com"]])
    report = _import(services, manager, text, dry_run=True, batch_size=2)
    assert (report.created, report.updated, report.dry_run) == (2, 1, True)
    assert "nothing was saved" in report.summary()
    assert _count(services, CustomerRow) == 0


def test_batches_commit_whole_and_an_interrupted_import_can_be_run_again(
    services: Services, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"Person {n}", f"p{n}@example.com"] for n in range(7)]
    text = samples.csv_text(("Name", "Email"), rows)
    store = type(services.importing).store_batch
    calls = {"n": 0}

    def failing_second_batch(self: Any, *args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise DatabaseUnavailable("the disk is full")
        return store(self, *args)

    monkeypatch.setattr(type(services.importing), "store_batch", failing_second_batch)
    source = open_bytes(text.encode(), "c.csv")
    run = services.importing.start(manager, source, batch_size=3)
    assert run.step() is True
    with pytest.raises(DatabaseUnavailable):
        run.step()
    assert _count(services, CustomerRow) == 3  # the first batch, whole
    monkeypatch.undo()
    again = _import(services, manager, text, batch_size=3)
    assert (again.created, again.unchanged) == (4, 3)
    assert _count(services, CustomerRow) == 7


def test_cancel_stops_after_a_whole_batch(services: Services, manager: Actor) -> None:
    text = samples.csv_text(("Name", "Email"), [[f"P{n}", f"p{n}@example.com"] for n in range(5)])
    run = services.importing.start(manager, open_bytes(text.encode(), "c.csv"), batch_size=2)
    run.step()
    run.cancel()
    assert run.step() is False
    assert run.report.cancelled and "row 3 is saved" in run.report.summary()
    assert _count(services, CustomerRow) == 2


def test_each_customer_imported_has_an_audit_entry(services: Services, manager: Actor) -> None:
    _import(services, manager, samples.square())
    entries = services.audit.entries(manager, action="customer.import")
    assert len(entries) == 3
    assert all(e.customer_id is not None and e.staff == "Maria Manager" for e in entries)
    assert all("Square export customers.csv" in e.summary for e in entries)
    assert not any("Elif" in e.summary for e in entries)  # no personal data in the trail


def test_only_a_manager_imports(services: Services, staff: Actor) -> None:
    with pytest.raises(PermissionDenied):
        _import(services, staff, samples.square())


def test_erasure_removes_what_was_imported(services: Services, manager: Actor) -> None:
    _import(services, manager, samples.shopify_current())
    ada = _card(services, "Ada Lovelace")
    services.customer_data.erase(manager, ada.id, "Ada Lovelace")
    erased = services.customers.card(ada.id)
    assert erased.till == () and erased.phones == ()
    with services.shop._sessions() as session:
        assert not session.scalars(select(ImportantDateRow).where(
            ImportantDateRow.customer_id == ada.id)).all()
    # Erased means erased: the same export imported again brings a new record, not the old one.
    assert _import(services, manager, samples.shopify_current()).created == 1


# -- the round trip: a full export imports into an empty database as the same customers -------

def _rich_shop(services: Services, manager: Actor, staff: Actor) -> None:
    _import(services, manager, samples.shopify_current())
    _import(services, manager, samples.square())
    _import(services, manager, samples.vcards(), "contacts.vcf")
    jo = services.customers.create(staff, NewCustomer(
        'Jo "JJ" O\'Neil; Jr.', phones=("07700 900777", "960 018"), emails=("jo@example.com",),
        cards=("LC-000123",), pronunciation="joe", preferred_language="Irish",
        preferred_channel=ContactChannel.SMS, little_things=("Receipt; paper, always", "=SUM(A1)")))
    services.customers.add_little_thing(staff, jo, "Hearing aid: speak slowly", sensitive=True)
    services.customers.set_consent(staff, jo, ContactChannel.POST, ConsentState.DENIED, "in writing")
    services.customers.update_profile(manager, jo, do_not_contact=True,
                                      do_not_contact_until=date(2030, 1, 31))
    services.customers.create(staff, NewCustomer("Name Only"))


def _export(services: Services, actor: Actor, fmt: str) -> str:
    from relate_desktop.services.export import write_rows

    out = io.StringIO(newline="")
    write_rows("customers", fmt, services.export.customers(actor, include_sensitive=True), out)
    return out.getvalue()


def _comparable(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    for row in rows:
        del row["customer_id"]  # a new database numbers its customers itself
    return rows


@pytest.mark.parametrize("fmt", ["csv", "excel-csv"])
def test_a_full_export_imports_into_an_empty_database_as_the_same_customers(
    services: Services, manager: Actor, staff: Actor, fmt: str, tmp_path: Any
) -> None:
    from relate_desktop.db.engine import open_database, session_factory, sqlite_url
    from relate_desktop.domain.vocabulary import Role

    _rich_shop(services, manager, staff)
    exported = _export(services, manager, fmt)
    engine = open_database(sqlite_url(tmp_path / "other.db"), None)
    try:
        other = Services.over(session_factory(engine))
        other.shop.initialise("Other Shop", "GB", "GBP")
        boss = Actor(other.staff.add("Boss", Role.MANAGER), "pc")
        report = _import(other, boss, exported, "customers-export.csv")
        assert report.exit_code == 0, report.lines
        assert _comparable(_export(other, boss, "csv")) == _comparable(_export(services, manager, "csv"))
        again = _import(other, boss, exported, "customers-export.csv")
        assert again.created == 0 and again.updated == 0  # idempotent, name-only customers too
    finally:
        engine.dispose()


# -- fuzzing: every row ends stored or reported ---------------------------------------------

_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=20)
_header = samples.SHOPIFY_HEADER


@pytest.mark.sqlite_only
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_cell, min_size=len(_header), max_size=len(_header)),
                     min_size=1, max_size=5))
def test_fuzzed_rows_end_in_a_stored_customer_or_a_reported_row(
    services: Services, manager: Actor, rows: list[list[str]]
) -> None:
    before = _count(services, CustomerRow)
    report = _import(services, manager, samples.csv_text(_header, rows), batch_size=2)
    assert report.rows == report.created + report.updated + report.unchanged + report.rejected + report.empty
    assert _count(services, CustomerRow) == before + report.created
    for line in report.lines:
        assert line.startswith("row ")


def test_two_rows_for_one_customer_in_a_batch_complete_each_other(
    services: Services, manager: Actor
) -> None:
    report = _import(services, manager, samples.csv_text(("Name", "Email", "Birthday", "Phone"), [
        ["Ola Nowak", "ola@example.com", "--04-15", ""],
        ["Ola Nowak", "OLA@example.com", "1990-04-15", "07700 900600"],
    ]))
    assert (report.created, report.updated) == (1, 1)
    ola = _card(services, "Ola Nowak")
    assert [p.e164 for p in ola.phones] == ["+447700900600"]
    with services.shop._sessions() as session:
        [birthday] = session.scalars(select(ImportantDateRow).where(ImportantDateRow.customer_id == ola.id))
        assert (birthday.month, birthday.day, birthday.year) == (4, 15, 1990)

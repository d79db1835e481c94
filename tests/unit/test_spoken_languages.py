"""The customer's language and the language a conversation was in: stored, read back, sent,
exported, imported, and converted by migration 0006 on a database that already holds data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, insert, select

from relate_desktop.db import engine as db_engine
from relate_desktop.db.engine import current_revision, make_engine, session_factory
from relate_desktop.db.models import CustomerRow, RemarkRow, StaffRow
from relate_desktop.db.outbox_store import OutboxStore
from relate_desktop.domain import languages
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.records import Actor, NewCustomer, Remark
from relate_desktop.domain.vocabulary import Channel, RemarkKind
from relate_desktop.integrations.importing import open_bytes
from relate_desktop.integrations.importing.records import ImportedCustomer
from relate_desktop.integrations.importing.vcard import VCardReader
from relate_desktop.services import Services
from relate_desktop.services.outbox import Outbox, OutgoingRemark, Queued


def _customer(services: Services, staff: Actor, language: str = "") -> int:
    return services.customers.create(staff, NewCustomer("Łukasz Wróbel", preferred_language=language))


# --- the stored form -----------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("Polish", "pl"), ("polski", "pl"), ("  POLISH ", "pl"), ("PL", "pl"), ("pl-PL", "pl"),
    ("pt_BR", "pt"), ("español", "es"), ("Mandarin", "zh"), ("Cantonese", "yue"),
    ("Farsi", "fa"), ("Irish", "ga"),
    # No code Relate knows: kept as typed, nothing lost.
    ("Silesian  dialect", "Silesian dialect"), ("BSL", "BSL"), ("Twi", "Twi"), ("", ""),
])
def test_a_language_is_stored_as_its_code_or_as_typed(typed: str, stored: str) -> None:
    assert languages.normalise(typed) == stored


def test_the_customers_language_is_kept_as_a_code_and_can_be_cleared(
    services: Services, staff: Actor
) -> None:
    customer = _customer(services, staff, "Polish")
    assert services.customers.card(customer).preferred_language == "pl"
    services.customers.update_profile(staff, customer, preferred_language="Kashubian")
    assert services.customers.card(customer).preferred_language == "Kashubian"
    services.customers.update_profile(staff, customer, preferred_language="")
    assert services.customers.card(customer).preferred_language == ""


# --- a remark's language -------------------------------------------------------------------


def test_a_remark_keeps_the_language_it_was_said_in(services: Services, staff: Actor) -> None:
    customer = _customer(services, staff, "pl")
    said = services.remarks.log_remark(staff, customer, RemarkKind.QUESTION, "Czy macie chleb żytni?",
                                       Channel.COUNTER, language="Polish")
    plain = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "Paid cash")

    assert said.language == "pl"
    assert plain.language is None  # not noted (the command line, an older outbox)
    assert services.remarks.get(said.id).language == "pl"
    assert [r.language for r in services.remarks.recent_for_customer(customer)] == [None, "pl"]
    timeline = {e.ref: e for e in services.customers.card(customer).timeline if e.what == "remark"}
    assert (timeline[said.id].language, timeline[plain.id].language) == ("pl", None)


def test_a_remark_in_another_language_leaves_the_customers_own_alone(
    services: Services, staff: Actor
) -> None:
    unknown = _customer(services, staff)
    services.remarks.log_remark(staff, unknown, RemarkKind.NOTE, "Spoke Ukrainian today",
                                language="uk")
    assert services.customers.card(unknown).preferred_language == ""  # not guessed
    polish = _customer(services, staff, "pl")
    services.remarks.log_remark(staff, polish, RemarkKind.NOTE, "In English this time", language="en")
    assert services.customers.card(polish).preferred_language == "pl"


def test_a_blank_language_is_not_noted_and_an_overlong_one_is_refused(
    services: Services, staff: Actor
) -> None:
    customer = _customer(services, staff)
    assert services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "hi", language="  ").language is None
    with pytest.raises(InvalidInput, match="language"):
        services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "hi", language="x" * 65)


def test_corrections_and_a_move_to_the_right_customer_keep_the_language(
    services: Services, staff: Actor
) -> None:
    wrong, right = _customer(services, staff), _customer(services, staff, "es")
    remark = services.remarks.log_remark(staff, wrong, RemarkKind.COMPLAINT, "La tarta estaba mala",
                                         language="es")
    services.remarks.correct_remark(staff, remark.id, text="La tarta de ayer estaba mala",
                                    kind=RemarkKind.REQUEST, customer_id=right)
    corrected = services.remarks.get(remark.id)
    assert (corrected.customer_id, corrected.text, corrected.language) == (
        right, "La tarta de ayer estaba mala", "es")


def test_the_customers_own_data_and_the_export_carry_the_language(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _customer(services, staff, "Polish")
    remark = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "Dziękuję", language="pl")
    dossier = services.customer_data.dossier(manager, customer)
    assert dossier["preferred_language"] == "pl"
    assert [(r["remark_id"], r["language"]) for r in dossier["remarks"]] == [(remark.id, "pl")]
    [row] = [r for r in services.export.remarks(manager) if r["remark_id"] == remark.id]
    assert row["language"] == "pl"
    [customer_row] = [r for r in services.export.customers(manager) if r["customer_id"] == customer]
    assert customer_row["preferred_language"] == "pl"


# --- the outbox ----------------------------------------------------------------------------


def _outbox(services: Services, folder: Path) -> Outbox:
    return Outbox.at(folder / "outbox.db", services.remarks, services.promises, services.changes)


def test_the_outbox_carries_the_language_and_still_delivers_what_an_older_relate_kept(
    services: Services, staff: Actor, tmp_path: Path
) -> None:
    customer = _customer(services, staff, "pl")
    outbox = _outbox(services, tmp_path)
    sent = outbox.send(staff, OutgoingRemark(customer, RemarkKind.NOTE, "now", language="pl"))
    assert isinstance(sent, Remark) and sent.language == "pl"

    # Kept on this PC by the release before this one: its payload has no "language" at all.
    older = {"staff_id": staff.staff.id, "staff_name": staff.staff.name,
             "staff_role": staff.staff.role.value, "workstation": staff.workstation,
             "said_at": datetime.now(UTC).isoformat(), "customer_id": customer, "kind": "note",
             "text": "kept by the older Relate", "channel": "counter", "tags": [], "escalate": None,
             "about_staff_id": None}
    OutboxStore(tmp_path / "outbox.db").put("older-key", "OutgoingRemark", older)
    # Older work waits, so this one waits behind it, its language in the payload.
    queued = outbox.send(staff, OutgoingRemark(customer, RemarkKind.IDEA, "later", language="uk"))
    assert isinstance(queued, Queued) and queued.waiting == 2
    [_, waiting] = OutboxStore(tmp_path / "outbox.db").entries()
    assert waiting.payload["language"] == "uk"

    report = outbox.deliver()
    assert (report.delivered, report.waiting, report.refused) == (2, 0, ())
    by_text = {r.text: r.language for r in services.remarks.recent_for_customer(customer)}
    assert by_text == {"now": "pl", "kept by the older Relate": None, "later": "uk"}


# --- importing -----------------------------------------------------------------------------


def test_a_vcard_language_is_read_most_preferred_first() -> None:
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:Ana Souza", "LANG;TYPE=work;PREF=2:en",
             "LANG;PREF=1:pt-BR", "END:VCARD"]
    [record] = list(VCardReader(lines).records())
    assert isinstance(record, ImportedCustomer)
    assert record.language == "pt-BR"
    assert languages.normalise(record.language) == "pt"


def test_imported_languages_are_stored_as_codes_the_unknown_as_written(
    services: Services, manager: Actor
) -> None:
    csv_text = "name,phone,language\nAnia Nowak,07700 900301,Polish\nKofi Mensah,07700 900302,Twi\n"
    services.importing.start(manager, open_bytes(csv_text.encode(), "customers.csv")).run()
    vcard = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Souza\r\nLANG:pt-BR\r\nEND:VCARD\r\n"
    services.importing.start(manager, open_bytes(vcard.encode(), "contacts.vcf")).run()

    stored = {r["display_name"]: r["preferred_language"] for r in services.export.customers(manager)}
    assert stored == {"Ania Nowak": "pl", "Kofi Mensah": "Twi", "Ana Souza": "pt"}


# --- migration 0006 on a database with data ------------------------------------------------


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(db_engine.MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def test_migration_0006_turns_known_languages_into_codes_and_back(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    config = _config(engine)
    try:
        command.upgrade(config, "0005")
        now = datetime.now(UTC)
        written = ["Polish", "polski", "Spanish", "pl", "Silesian", ""]
        with session_factory(engine).begin() as session:
            staff = StaffRow(name="Sam", role="staff", active=True, is_system=False, created_at=now)
            session.add(staff)
            customers = [CustomerRow(display_name=f"Customer {i}", pronunciation="", preferred_language=value,
                                     do_not_contact=False, created_at=now, updated_at=now, version=3)
                         for i, value in enumerate(written)]
            session.add_all(customers)
            session.flush()
            ids = [c.id for c in customers]
            # The remark table as it was at 0005 (no language column yet).
            session.execute(insert(RemarkRow.__table__).values(
                customer_id=ids[0], kind="note", channel="counter", text="said before 0006",
                staff_id=staff.id, workstation="till", created_at=now))

        command.upgrade(config, "0006")
        assert current_revision(engine) == "0006"
        with session_factory(engine)() as session:
            stored = {c.id: (c.preferred_language, c.version) for c in session.scalars(select(CustomerRow))}
            assert [stored[i] for i in ids] == [("pl", 3), ("pl", 3), ("es", 3), ("pl", 3),
                                                ("Silesian", 3), ("", 3)]
            assert session.scalars(select(RemarkRow.language)).all() == [None]
            assert session.scalars(select(RemarkRow.text)).all() == ["said before 0006"]

        command.downgrade(config, "0005")
        with session_factory(engine)() as session:
            values = session.scalars(select(CustomerRow.preferred_language).order_by(CustomerRow.id)).all()
        assert values == ["Polish", "Polish", "Spanish", "Polish", "Silesian", ""]
    finally:
        engine.dispose()

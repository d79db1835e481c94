"""Creating customers and everything their card shows: little things, consent, promises,
escalations, "tell them", and the timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, NotFound
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms


def _new(services: Services, actor: Actor, name: str = "José Álvarez") -> int:
    return services.customers.create(actor, NewCustomer(display_name=name))


# --- creating ---------------------------------------------------------------------------


def test_create_stores_everything_staff_filled_in(services: Services, staff: Actor) -> None:
    before = datetime.now(UTC)
    customer = services.customers.create(staff, NewCustomer(
        display_name="  Siobhán O'Brien ",
        phones=("07700 900123", "+33 6 28 23 04 55"),
        emails=("Siobhan@Example.com",),
        cards=("LC-00123",),
        pronunciation="shiv-AWN",
        preferred_language="Irish",
        preferred_channel=ContactChannel.SMS,
        little_things=("Receipt: always", "  No   interest offers "),
    ))
    after = datetime.now(UTC)

    card = services.customers.card(customer)
    assert card.display_name == "Siobhán O'Brien"
    assert card.pronunciation == "shiv-AWN"
    assert card.preferred_language == "ga"  # Irish, as a code: the card names it in the UI's language
    assert card.preferred_channel is ContactChannel.SMS
    assert card.do_not_contact is False
    assert [p.display for p in card.phones] == ["07700 900123", "+33 6 28 23 04 55"]
    assert [p.e164 for p in card.phones] == ["+447700900123", "+33628230455"]
    assert card.emails == ("Siobhan@Example.com",)
    assert card.cards == ("LC-00123",)
    assert [t.text for t in card.little_things] == ["Receipt: always", "No interest offers"]
    for thing in card.little_things:
        assert thing.recorded_by == "Sam Counter"
        assert before <= thing.recorded_at <= after
    assert card.open_promises == card.open_escalations == card.tell_them == card.timeline == ()


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_customer_needs_a_name(services: Services, staff: Actor, name: str) -> None:
    with pytest.raises(InvalidInput):
        services.customers.create(staff, NewCustomer(display_name=name, phones=("07700 900123",)))
    assert services.lookup.lookup_customers("07700 900123") == []


@pytest.mark.parametrize(
    "email",
    ["not-an-email", "alice@", "@example.com", "alice smith@example.com", "alice@@example.com"],
)
def test_a_bad_email_is_refused_and_nothing_is_half_stored(
    services: Services, staff: Actor, email: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.customers.create(staff, NewCustomer(display_name="Alice Smith", emails=(email,)))
    assert "email" in str(refused.value)
    assert services.lookup.lookup_customers("alice") == []


def test_a_card_owned_by_someone_else_is_refused(services: Services, staff: Actor) -> None:
    owner = services.customers.create(
        staff, NewCustomer(display_name="First Owner", cards=("LC-00123",))
    )
    with pytest.raises(InvalidInput) as refused:
        services.customers.create(staff, NewCustomer(display_name="Second Person", cards=("LC-00123",)))
    assert "LC-00123" in str(refused.value)
    assert services.lookup.lookup_customers("second") == []

    other = _new(services, staff, "Third Person")
    with pytest.raises(InvalidInput):
        services.customers.add_card(staff, other, " LC-00123 ")
    assert services.customers.card(other).cards == ()
    assert [m.id for m in services.lookup.lookup_customers("LC-00123")] == [owner]


def test_a_phone_without_digits_is_refused(services: Services, staff: Actor) -> None:
    with pytest.raises(InvalidInput):
        services.customers.create(staff, NewCustomer(display_name="No Phone", phones=("n/a",)))


def test_a_very_long_single_word_name_can_still_be_stored_and_found(
    services: Services, staff: Actor
) -> None:
    # Imported lists hold such things; the name's search words are cut to fit the index.
    name = "A" * 101 + "-b"
    customer = _new(services, staff, name)
    assert services.customers.card(customer).display_name == name
    assert [m.id for m in services.lookup.lookup_customers("a" * 20)] == [customer]


def test_the_card_of_a_customer_who_does_not_exist(services: Services) -> None:
    with pytest.raises(NotFound):
        services.customers.card(4242)


def test_contact_details_added_later_show_on_the_card(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    services.customers.add_phone(staff, customer, "07700 900123")
    services.customers.add_email(staff, customer, "jose@example.com")
    services.customers.add_card(staff, customer, "LC-7")
    card = services.customers.card(customer)
    assert [p.display for p in card.phones] == ["07700 900123"]
    assert card.emails == ("jose@example.com",)
    assert card.cards == ("LC-7",)
    with pytest.raises(InvalidInput):
        services.customers.add_email(staff, customer, "jose at example dot com")


# --- little things --------------------------------------------------------------------------


def test_little_things_remove_and_restore(services: Services, staff: Actor, manager: Actor) -> None:
    customer = _new(services, staff)
    receipt = services.customers.add_little_thing(staff, customer, "Receipt: always")
    bag = services.customers.add_little_thing(manager, customer, "Brings own bag")
    assert (receipt.recorded_by, bag.recorded_by) == ("Sam Counter", "Maria Manager")

    services.customers.remove_little_thing(staff, receipt.id)
    assert [t.text for t in services.customers.card(customer).little_things] == ["Brings own bag"]

    services.customers.restore_little_thing(staff, receipt.id)
    things = services.customers.card(customer).little_things
    assert [(t.text, t.recorded_by) for t in things] == [
        ("Receipt: always", "Sam Counter"), ("Brings own bag", "Maria Manager"),
    ]
    assert things[0].recorded_at == receipt.recorded_at


@pytest.mark.parametrize("text", ["", "   ", "x" * 201])
def test_an_empty_or_long_little_thing_is_refused(services: Services, staff: Actor, text: str) -> None:
    customer = _new(services, staff)
    with pytest.raises(InvalidInput):
        services.customers.add_little_thing(staff, customer, text)
    assert services.customers.card(customer).little_things == ()


# --- consent and contact wishes ------------------------------------------------------------


def test_consent_latest_wins_per_channel_with_how_who_and_when(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    services.customers.set_consent(staff, customer, ContactChannel.EMAIL, ConsentState.GRANTED,
                                   "signed the form")
    services.customers.set_consent(staff, customer, ContactChannel.SMS, ConsentState.GRANTED)
    before = datetime.now(UTC)
    services.customers.set_consent(manager, customer, ContactChannel.EMAIL, ConsentState.DENIED,
                                   "phoned to withdraw")
    after = datetime.now(UTC)

    card = services.customers.card(customer)
    assert card.consent(ContactChannel.EMAIL) is ConsentState.DENIED
    assert card.consent(ContactChannel.SMS) is ConsentState.GRANTED
    assert card.consent(ContactChannel.POST) is ConsentState.UNKNOWN
    assert card.consent(ContactChannel.PHONE) is ConsentState.UNKNOWN
    email = next(c for c in card.consents if c.channel is ContactChannel.EMAIL)
    assert (email.how, email.recorded_by) == ("phoned to withdraw", "Maria Manager")
    assert email.recorded_at is not None and before <= email.recorded_at <= after
    sms = next(c for c in card.consents if c.channel is ContactChannel.SMS)
    assert (sms.how, sms.recorded_by) == ("told staff", "Sam Counter")
    assert len(card.consents) == 2


def test_preferred_channel_and_do_not_contact(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    services.customers.update_profile(staff, customer, preferred_channel=ContactChannel.SMS,
                                      do_not_contact=True)
    card = services.customers.card(customer)
    assert card.preferred_channel is ContactChannel.SMS
    assert card.do_not_contact is True

    # Leaving preferred_channel out keeps it; None clears it.
    services.customers.update_profile(staff, customer, do_not_contact=False)
    card = services.customers.card(customer)
    assert (card.preferred_channel, card.do_not_contact) == (ContactChannel.SMS, False)
    services.customers.update_profile(staff, customer, preferred_channel=None)
    assert services.customers.card(customer).preferred_channel is None


@pytest.mark.parametrize("name", ["  ", "N" * 201])
def test_update_profile_refuses_a_name_create_would_refuse(
    services: Services, staff: Actor, name: str
) -> None:
    customer = _new(services, staff)
    with pytest.raises(InvalidInput):
        services.customers.create(staff, NewCustomer(display_name=name))
    with pytest.raises(InvalidInput):
        services.customers.update_profile(staff, customer, display_name=name)
    assert services.customers.card(customer).display_name == "José Álvarez"


def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    seen = services.customers.card(customer).version

    new_version = services.customers.update_profile(
        manager, customer, preferred_language="Spanish", expected_version=seen
    )
    assert new_version > seen
    with pytest.raises(NotAllowedNow):
        services.customers.update_profile(
            staff, customer, preferred_language="Catalan", expected_version=seen
        )

    card = services.customers.card(customer)
    assert card.preferred_language == "es"  # Spanish; never Catalan
    assert card.version == new_version
    assert services.customers.update_profile(
        staff, customer, preferred_language="Catalan", expected_version=card.version
    ) > card.version


def test_any_change_on_the_card_moves_its_version(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    versions = [services.customers.card(customer).version]
    services.customers.add_little_thing(staff, customer, "Receipt: always")
    versions.append(services.customers.card(customer).version)
    services.customers.set_consent(staff, customer, ContactChannel.POST, ConsentState.DENIED)
    versions.append(services.customers.card(customer).version)
    services.customers.add_phone(staff, customer, "07700 900123")
    versions.append(services.customers.card(customer).version)
    assert versions == sorted(set(versions))


# --- open matters -----------------------------------------------------------------------------


def test_open_promises_show_until_kept(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    later = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CALLBACK, "Call when the cake tin is in",
                                      due_on=date(2031, 5, 9)))
    sooner = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CREDIT, "£5 off next visit", amount_cents=500,
                                      due_on=date(2031, 5, 2)))
    undated = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.SET_ASIDE, "Keep a sourdough on Saturdays"))

    card = services.customers.card(customer)
    assert [p.id for p in card.open_promises] == [sooner.id, later.id, undated.id]  # by due date
    assert card.open_promises[0].promised_by == "Sam Counter"

    services.promises.keep(staff, sooner.id)
    assert [p.id for p in services.customers.card(customer).open_promises] == [later.id, undated.id]


def test_open_escalations_with_owner_then_tell_them_then_told(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT,
                                         "The tart was spoiled", escalate=Priority.URGENT)
    assert remark.escalation_id is not None

    card = services.customers.card(customer)
    assert [(e.id, e.status, e.owner) for e in card.open_escalations] == [
        (remark.escalation_id, EscalationStatus.OPEN, ""),
    ]

    services.escalations.take_ownership(manager, remark.escalation_id)
    card = services.customers.card(customer)
    assert [(e.status, e.owner) for e in card.open_escalations] == [
        (EscalationStatus.ACKNOWLEDGED, "Maria Manager"),
    ]
    assert card.tell_them == ()

    with pytest.raises(NotAllowedNow):
        services.customers.mark_told(staff, remark.escalation_id)

    services.escalations.resolve(manager, remark.escalation_id, Outcome.REFUND, "Refunded £3.50")
    card = services.customers.card(customer)
    assert card.open_escalations == ()
    assert [(e.id, e.outcome, e.resolution_note) for e in card.tell_them] == [
        (remark.escalation_id, Outcome.REFUND, "Refunded £3.50"),
    ]

    services.customers.mark_told(staff, remark.escalation_id)
    card = services.customers.card(customer)
    assert card.tell_them == ()
    assert card.open_escalations == ()
    services.customers.mark_told(staff, remark.escalation_id)  # twice is harmless


def test_another_customers_matters_stay_off_this_card(
    services: Services, staff: Actor
) -> None:
    mine = _new(services, staff, "Mine Customer")
    theirs = _new(services, staff, "Their Customer")
    services.remarks.log_remark(staff, theirs, RemarkKind.COMPLAINT, "Late", escalate=Priority.NORMAL)
    services.promises.record_promise(staff, theirs, PromiseTerms(PromiseKind.CALLBACK, "Ring back"))
    card = services.customers.card(mine)
    assert card.open_escalations == card.open_promises == card.timeline == ()


# --- the timeline ------------------------------------------------------------------------------


def test_timeline_is_newest_first_with_remarks_resolution_and_promises(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    praise = services.remarks.log_remark(staff, customer, RemarkKind.COMPLIMENT,
                                         "Best produce prices in town")
    complaint = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT,
                                            "The tart was spoiled", escalate=Priority.NORMAL)
    assert complaint.escalation_id is not None
    services.escalations.resolve(
        manager, complaint.escalation_id, Outcome.CREDIT, "Credit given",
        promise=PromiseTerms(PromiseKind.CREDIT, "£5 credit", amount_cents=500),
    )
    callback = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CALLBACK, "Call about the order"))
    services.promises.keep(staff, callback.id)

    timeline = services.customers.card(customer).timeline

    times = [entry.at for entry in timeline]
    assert times == sorted(times, reverse=True)
    assert [e.what for e in timeline] == [
        "promise kept", "promise", "promise", "resolution", "remark", "remark",
    ]
    assert [(e.what, e.ref) for e in timeline if e.what == "remark"] == [
        ("remark", complaint.id), ("remark", praise.id),
    ]
    resolution = next(e for e in timeline if e.what == "resolution")
    assert (resolution.outcome, resolution.text, resolution.staff) == (
        Outcome.CREDIT, "Credit given", "Maria Manager",
    )
    complaint_entry = next(e for e in timeline if e.ref == complaint.id and e.what == "remark")
    assert (complaint_entry.kind, complaint_entry.channel, complaint_entry.escalation) == (
        RemarkKind.COMPLAINT, Channel.COUNTER, EscalationStatus.RESOLVED)
    assert complaint_entry.open is False
    praise_entry = next(e for e in timeline if e.ref == praise.id and e.what == "remark")
    assert (praise_entry.kind, praise_entry.escalation) == (RemarkKind.COMPLIMENT, None)
    credit = next(e for e in timeline if e.what == "promise" and e.text == "£5 credit")
    assert credit.open is True and credit.staff == "Maria Manager"
    assert (credit.promise_kind, credit.promise_status) == (PromiseKind.CREDIT, None)
    kept = timeline[0]
    assert (kept.ref, kept.promise_kind, kept.promise_status) == (
        callback.id, PromiseKind.CALLBACK, PromiseStatus.KEPT)


def test_an_escalated_remark_is_open_on_the_timeline_until_resolved(
    services: Services, staff: Actor
) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.REQUEST, "Gluten-free bread?",
                                         escalate=Priority.NORMAL)
    [entry] = services.customers.card(customer).timeline
    assert (entry.ref, entry.open, entry.text) == (remark.id, True, "Gluten-free bread?")
    assert (entry.kind, entry.channel, entry.escalation) == (
        RemarkKind.REQUEST, Channel.COUNTER, EscalationStatus.OPEN)


def test_a_consent_change_is_on_the_timeline_as_plain_values(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    services.customers.set_consent(staff, customer, ContactChannel.SMS, ConsentState.DENIED, "on the phone")
    [entry] = [e for e in services.customers.card(customer).timeline if e.what == "consent"]
    assert (entry.consent_channel, entry.consent_state, entry.text, entry.staff) == (
        ContactChannel.SMS, ConsentState.DENIED, "on the phone", "Sam Counter")


def test_a_withdrawn_remark_leaves_the_timeline(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    kept = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "Prefers oat milk")
    wrong = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "Meant for someone else")

    services.remarks.withdraw_remark(staff, wrong.id, "wrong customer")

    assert [e.ref for e in services.customers.card(customer).timeline] == [kept.id]

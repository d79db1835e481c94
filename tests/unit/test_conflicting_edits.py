"""Two PCs editing the same customer or escalation: the second is told, never overwrites."""

from __future__ import annotations

import pytest

from relate_desktop.domain.errors import EditConflict
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    EscalationStatus,
    Outcome,
    Priority,
    RemarkKind,
)
from relate_desktop.services import Services


def test_consent_changed_from_an_old_card_is_refused_and_the_newer_wish_stays(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    seen_by_both = services.customers.card(customer).version
    services.customers.set_consent(staff, customer, ContactChannel.SMS, ConsentState.DENIED,
                                   "asked at the counter", expected_version=seen_by_both)
    with pytest.raises(EditConflict, match="Someone else changed this customer"):
        services.customers.set_consent(manager, customer, ContactChannel.SMS, ConsentState.GRANTED,
                                       "on the phone", expected_version=seen_by_both)
    card = services.customers.card(customer)
    assert card.consent(ContactChannel.SMS) is ConsentState.DENIED
    # Looking again (the newer card) and deciding the same: now it is saved.
    services.customers.set_consent(manager, customer, ContactChannel.SMS, ConsentState.GRANTED,
                                   "on the phone", expected_version=card.version)
    assert services.customers.card(customer).consent(ContactChannel.SMS) is ConsentState.GRANTED


def test_a_little_thing_removed_from_an_old_card_is_refused(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = services.customers.create(staff, NewCustomer("Bo", little_things=("Receipt: always",)))
    card = services.customers.card(customer)
    services.customers.add_little_thing(manager, customer, "Large print")
    with pytest.raises(EditConflict):
        services.customers.remove_little_thing(staff, card.little_things[0].id, card.version)
    assert [t.text for t in services.customers.card(customer).little_things] == [
        "Receipt: always", "Large print"]


def test_a_second_manager_taking_or_resolving_from_an_old_queue_is_told_who_did(
    services: Services, staff: Actor, manager: Actor
) -> None:
    other = Actor(services.staff.add("Olu Owner", manager.staff.role, manager), "office-2")
    remark = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Cold coffee",
                                         escalate=Priority.URGENT)
    assert remark.escalation_id is not None
    shown = services.escalations.get(remark.escalation_id)
    services.escalations.take_ownership(other, shown.id, shown.version)
    with pytest.raises(EditConflict, match="taken by Olu Owner"):
        services.escalations.take_ownership(manager, shown.id, shown.version)
    with pytest.raises(EditConflict):
        services.escalations.resolve(manager, shown.id, Outcome.APOLOGY, "sorry", None, shown.version)
    now = services.escalations.get(shown.id)
    assert (now.owner, now.status) == ("Olu Owner", EscalationStatus.ACKNOWLEDGED)
    services.escalations.resolve(other, shown.id, Outcome.REPLACEMENT, "new cup", None, now.version)
    with pytest.raises(EditConflict, match="resolved by Olu Owner"):
        services.escalations.resolve(manager, shown.id, Outcome.APOLOGY, "sorry", None, now.version)
    assert services.escalations.get(shown.id).resolution_note == "new cup"

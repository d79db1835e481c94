"""Finding likely duplicates, merging them (a manager's call) and undoing the merge."""

from __future__ import annotations

from datetime import date

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied
from relate_desktop.domain.merging import OTHER, SURVIVOR
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    Priority,
    PromiseKind,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.duplicates import canonical_email, name_similarity
from relate_desktop.services.promises import PromiseTerms
from tests import import_samples as samples
from tests.unit.test_importing import _import


def _new(services: Services, actor: Actor, name: str, **kw: object) -> int:
    return services.customers.create(actor, NewCustomer(name, **kw))  # type: ignore[arg-type]


def test_likely_duplicates_are_found_and_explained(services: Services, staff: Actor) -> None:
    a = _new(services, staff, "Ada Lovelace", phones=("07700 900123",))
    b = _new(services, staff, "Ada King", phones=("+44 7700 900123",))  # same phone
    c = _new(services, staff, "Jon Smith", emails=("j.smith@gmail.com",))
    d = _new(services, staff, "John Smith", emails=("JSmith+shop@googlemail.com",))  # same mailbox
    e = _new(services, staff, "Mary Jones", phones=("01632 960001",))
    f = _new(services, staff, "Tom Jones", phones=("01632 960001",))  # a family's landline
    g = _new(services, staff, "Lena Fox", cards=("LC-00123",))
    h = _new(services, staff, "Lena Fox", cards=("LC 00123",))  # the same card, typed otherwise
    i = _new(services, staff, "Ben Ray", phones=("7946 0958",))
    j = _new(services, staff, "Benn Ray", phones=("020 7946 0958",))  # the same number without area code
    _new(services, staff, "Someone Else", phones=("07700 900999",))

    pairs = {(p.first_id, p.second_id): p for p in services.duplicates.find()}

    assert set(pairs) == {(a, b), (c, d), (e, f), (g, h), (i, j)}
    assert pairs[(a, b)].reasons[0] == "same phone +447700900123"
    assert pairs[(g, h)].reasons[0] == "same card LC00123"
    assert pairs[(c, d)].reasons[0].startswith("nearly the same email")
    assert pairs[(i, j)].reasons[0].startswith("nearly the same phone")
    # The likeliest first: a shared contact and the same name beat a shared family landline.
    order = [(p.first_id, p.second_id) for p in services.duplicates.find()]
    assert order.index((g, h)) < order.index((e, f))
    assert name_similarity("Jürgen Müller", "jurgen muller") == 100
    assert canonical_email("J.Smith+x@GoogleMail.com") == "jsmith@gmail.com"


def test_a_merge_moves_everything_to_the_survivor_and_undo_puts_it_back(
    services: Services, manager: Actor, staff: Actor
) -> None:
    keep = _new(services, staff, "Ada Lovelace", phones=("07700 900123",), little_things=("Receipt: always",))
    other = _new(services, staff, "Ada L.", phones=("07700 900124",), emails=("ada@example.com",),
                 cards=("LC-7",), pronunciation="AY-da", little_things=("Receipt: always", "Oat milk"))
    remark = services.remarks.log_remark(staff, other, RemarkKind.COMPLAINT, "Cold pie",
                                         escalate=Priority.NORMAL)
    promise = services.promises.record_promise(staff, other, PromiseTerms(
        PromiseKind.CALLBACK, "Call back about the pie", None, date.today()))
    services.customers.set_consent(staff, keep, ContactChannel.EMAIL, ConsentState.GRANTED, "form")
    services.customers.set_consent(staff, other, ContactChannel.EMAIL, ConsentState.DENIED, "email reply")
    services.customers.set_consent(staff, other, ContactChannel.SMS, ConsentState.GRANTED, "till")

    review = services.merging.review(keep, other)
    assert {c.field for c in review.conflicts} == {"display_name", "consent_email"}
    with pytest.raises(InvalidInput, match="Choose which name"):
        services.merging.merge(manager, keep, other, {"consent_email": OTHER})
    with pytest.raises(PermissionDenied):
        services.merging.merge(staff, keep, other, {"display_name": SURVIVOR, "consent_email": OTHER})

    record = services.merging.merge(manager, keep, other, {"display_name": SURVIVOR, "consent_email": OTHER})

    card = services.customers.card(keep)
    assert card.display_name == "Ada Lovelace"
    assert card.pronunciation == "AY-da"  # empty on the survivor: filled from the other
    assert [p.e164 for p in card.phones] == ["+447700900123", "+447700900124"]
    assert (card.emails, card.cards) == (("ada@example.com",), ("LC-7",))
    assert sorted(t.text for t in card.little_things) == ["Oat milk", "Receipt: always"]
    assert (card.consent(ContactChannel.EMAIL), card.consent(ContactChannel.SMS)) == (
        ConsentState.DENIED, ConsentState.GRANTED)
    assert [e.id for e in card.open_escalations] == [remark.escalation_id]
    assert [p.id for p in card.open_promises] == [promise.id]
    assert remark.id in [e.ref for e in card.timeline if e.what == "remark"]
    # The other record is out of the way: not found, not exported, not offered again.
    assert {m.id for m in services.lookup.lookup_customers("ada")} == {keep}
    assert keep not in {r["customer_id"] for r in services.export.customers(manager)} - {keep}
    assert other not in {r["customer_id"] for r in services.export.customers(manager)}
    assert services.duplicates.find() == []
    with pytest.raises(NotAllowedNow):
        services.merging.merge(manager, keep, other, {})
    assert [e.action for e in services.audit.entries(manager, action="customer.merge")] == [
        "customer.merge", "customer.merge"]

    undone = services.merging.undo(manager, record.id)

    assert undone.undone_at is not None
    first, second = services.customers.card(keep), services.customers.card(other)
    assert (first.display_name, first.pronunciation) == ("Ada Lovelace", "")
    assert [p.e164 for p in first.phones] == ["+447700900123"] and first.emails == ()
    assert [t.text for t in first.little_things] == ["Receipt: always"]
    assert first.consent(ContactChannel.EMAIL) is ConsentState.GRANTED
    assert (second.display_name, second.cards, second.emails) == ("Ada L.", ("LC-7",), ("ada@example.com",))
    assert sorted(t.text for t in second.little_things) == ["Oat milk", "Receipt: always"]
    assert second.consent(ContactChannel.EMAIL) is ConsentState.DENIED
    assert [e.id for e in second.open_escalations] == [remark.escalation_id]
    assert [p.id for p in second.open_promises] == [promise.id]
    assert {m.id for m in services.lookup.lookup_customers("ada")} == {keep, other}
    with pytest.raises(NotAllowedNow, match="undone already"):
        services.merging.undo(manager, record.id)
    assert services.audit.entries(manager, action="customer.merge_undo")
    assert services.merging.recent()[0].undone_at is not None


def test_what_was_added_after_the_merge_stays_with_the_survivor(
    services: Services, manager: Actor, staff: Actor
) -> None:
    keep = _new(services, staff, "Bo", emails=("bo@example.com",))
    other = _new(services, staff, "Bo", emails=("bo@example.net",))
    record = services.merging.merge(manager, keep, other)
    later = services.remarks.log_remark(staff, keep, RemarkKind.COMPLIMENT, "Lovely bread")
    services.merging.undo(manager, record.id)
    assert [r.id for r in services.remarks.recent_for_customer(keep)] == [later.id]
    assert services.customers.card(other).emails == ("bo@example.net",)


def test_a_merged_import_is_still_matched_on_reimport(services: Services, manager: Actor) -> None:
    _import(services, manager, samples.shopify_current())
    [ada] = [m.id for m in services.lookup.lookup_customers("Ada Lovelace")]
    [bram] = [m.id for m in services.lookup.lookup_customers("Bram Visser")]
    services.merging.merge(manager, ada, bram, {"display_name": SURVIVOR})
    report = _import(services, manager, samples.shopify_current())
    assert report.created == 0  # both Shopify ids now lead to the survivor


def test_erasing_a_survivor_erases_what_was_merged_into_it(
    services: Services, manager: Actor, staff: Actor
) -> None:
    keep = _new(services, staff, "Cy Walker", phones=("07700 900321",))
    other = _new(services, staff, "Cy Walker", phones=("07700 900321",), pronunciation="sigh")
    record = services.merging.merge(manager, keep, other)
    services.customer_data.erase(manager, keep, "Cy Walker")
    assert services.customers.card(other).display_name == "Erased customer"
    assert services.customers.card(other).pronunciation == ""
    with pytest.raises(Exception, match="no longer exists"):
        services.merging.undo(manager, record.id)

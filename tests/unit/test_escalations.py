"""The manager's queue: from raising an escalation to its resolution and back to staff."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    EscalationStatus,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
    Role,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms


def _new(services: Services, actor: Actor, name: str = "Grace Hopper") -> int:
    return services.customers.create(actor, NewCustomer(display_name=name))


def _raise(
    services: Services, actor: Actor, text: str, priority: Priority = Priority.NORMAL,
    customer_id: int | None = None,
) -> int:
    remark = services.remarks.log_remark(actor, customer_id, RemarkKind.COMPLAINT, text,
                                         escalate=priority)
    assert remark.escalation_id is not None
    return remark.escalation_id


def test_logging_with_escalate_puts_it_in_the_queue(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    before = datetime.now(UTC)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT,
                                         "The tart was spoiled", escalate=Priority.URGENT)
    after = datetime.now(UTC)

    assert remark.escalation_status is EscalationStatus.OPEN
    [item] = services.escalations.queue()
    assert item.id == remark.escalation_id
    assert item.remark_id == remark.id
    assert (item.customer_id, item.customer_name) == (customer, "Grace Hopper")
    assert (item.priority, item.status, item.kind) == (
        Priority.URGENT, EscalationStatus.OPEN, RemarkKind.COMPLAINT,
    )
    assert item.summary == "The tart was spoiled"
    assert (item.raised_by, item.raised_by_id) == ("Sam Counter", staff.staff.id)
    assert before <= item.raised_at <= after
    assert item.owner == "" and item.outcome is None and item.resolved_at is None


def test_queue_is_urgent_first_then_oldest_first_and_resolved_ones_leave(
    services: Services, staff: Actor, manager: Actor
) -> None:
    old_normal = _raise(services, staff, "old normal")
    old_urgent = _raise(services, staff, "old urgent", Priority.URGENT)
    new_normal = _raise(services, staff, "new normal")
    new_urgent = _raise(services, staff, "new urgent", Priority.URGENT)

    assert [e.id for e in services.escalations.queue()] == [
        old_urgent, new_urgent, old_normal, new_normal,
    ]

    services.escalations.take_ownership(manager, new_normal)  # acknowledged stays in the queue
    services.escalations.resolve(manager, old_urgent, Outcome.APOLOGY)
    assert [e.id for e in services.escalations.queue()] == [new_urgent, old_normal, new_normal]


def test_a_page_of_the_queue_comes_in_the_order_asked_with_what_the_queue_shows(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff, "Ada Byron")
    walk_in = _raise(services, staff, "walk-in", Priority.URGENT)
    taken = _raise(services, staff, "taken", customer_id=customer)
    services.escalations.take_ownership(manager, taken)
    plain = _raise(services, staff, "plain", customer_id=customer)
    whole = {e.id: e for e in services.escalations.queue()}
    outline = services.escalations.queue_outline(first=2)
    assert outline.ids == (walk_in, taken, plain) and outline.first == (whole[walk_in], whole[taken])

    page = services.escalations.queue_rows([plain, 999_999, walk_in, taken])  # 999 999: gone meanwhile
    assert page == [whole[plain], whole[walk_in], whole[taken]]
    assert [(e.summary, e.customer_name, e.owner, e.priority, e.status, e.kind) for e in page] == [
        ("plain", "Ada Byron", "", Priority.NORMAL, EscalationStatus.OPEN, RemarkKind.COMPLAINT),
        ("walk-in", "", "", Priority.URGENT, EscalationStatus.OPEN, RemarkKind.COMPLAINT),
        ("taken", "Ada Byron", "Maria Manager", Priority.NORMAL, EscalationStatus.ACKNOWLEDGED,
         RemarkKind.COMPLAINT),
    ]
    assert page[0].raised_at.tzinfo is not None and page[0].raised_by == "Sam Counter"
    assert services.escalations.queue_rows([]) == []


def test_take_ownership_then_notes_then_resolve_with_a_promise(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    escalation = _raise(services, staff, "Charged twice", customer_id=customer)

    owned = services.escalations.take_ownership(manager, escalation)
    assert (owned.owner, owned.status) == ("Maria Manager", EscalationStatus.ACKNOWLEDGED)

    services.escalations.add_note(manager, escalation, "  Checked the till roll  ")
    noted = services.escalations.add_note(staff, escalation, "Customer rang again")
    assert [(n.staff, n.text) for n in noted.notes] == [
        ("Maria Manager", "Checked the till roll"), ("Sam Counter", "Customer rang again"),
    ]
    assert noted.notes[0].at <= noted.notes[1].at
    assert services.escalations.get(escalation).notes == noted.notes

    before = datetime.now(UTC)
    resolved = services.escalations.resolve(
        manager, escalation, Outcome.CREDIT, "  £5 credit for the trouble ",
        promise=PromiseTerms(PromiseKind.CREDIT, "£5 credit on next visit", amount_cents=500,
                             due_on=date(2031, 1, 31)),
    )
    after = datetime.now(UTC)

    assert resolved.status is EscalationStatus.RESOLVED
    assert resolved.outcome is Outcome.CREDIT
    assert resolved.resolution_note == "£5 credit for the trouble"
    assert resolved.resolved_by == "Maria Manager"
    assert resolved.resolved_at is not None and before <= resolved.resolved_at <= after
    assert resolved.told_at is None  # the customer still has to be told
    assert services.escalations.queue() == []

    card = services.customers.card(customer)
    [promise] = card.open_promises
    assert (promise.kind, promise.what, promise.amount_cents, promise.currency) == (
        PromiseKind.CREDIT, "£5 credit on next visit", 500, "GBP",
    )
    assert (promise.due_on, promise.status, promise.promised_by) == (
        date(2031, 1, 31), PromiseStatus.OPEN, "Maria Manager",
    )
    assert [e.id for e in card.tell_them] == [escalation]


def test_an_empty_note_is_refused(services: Services, staff: Actor, manager: Actor) -> None:
    escalation = _raise(services, staff, "x")
    with pytest.raises(InvalidInput):
        services.escalations.add_note(manager, escalation, "   ")
    assert services.escalations.get(escalation).notes == ()


def test_resolving_without_ownership_makes_the_resolver_the_owner(
    services: Services, staff: Actor, manager: Actor
) -> None:
    escalation = _raise(services, staff, "x")
    resolved = services.escalations.resolve(manager, escalation, Outcome.NO_ACTION)
    assert (resolved.owner, resolved.resolution_note) == ("Maria Manager", "")


def test_resolving_twice_is_refused(services: Services, staff: Actor, manager: Actor) -> None:
    escalation = _raise(services, staff, "Twice")
    services.escalations.resolve(manager, escalation, Outcome.REFUND, "first")
    with pytest.raises(NotAllowedNow):
        services.escalations.resolve(manager, escalation, Outcome.APOLOGY, "second")
    with pytest.raises(NotAllowedNow):
        services.escalations.take_ownership(manager, escalation)
    kept = services.escalations.get(escalation)
    assert (kept.outcome, kept.resolution_note) == (Outcome.REFUND, "first")


def test_counter_staff_may_not_take_ownership_or_resolve(
    services: Services, staff: Actor
) -> None:
    customer = _new(services, staff)
    escalation = _raise(services, staff, "Not mine to decide", customer_id=customer)

    with pytest.raises(PermissionDenied):
        services.escalations.take_ownership(staff, escalation)
    with pytest.raises(PermissionDenied):
        services.escalations.resolve(
            staff, escalation, Outcome.REFUND,
            promise=PromiseTerms(PromiseKind.CREDIT, "£100", amount_cents=10_000),
        )

    unchanged = services.escalations.get(escalation)
    assert (unchanged.status, unchanged.owner, unchanged.outcome) == (
        EscalationStatus.OPEN, "", None,
    )
    assert services.customers.card(customer).open_promises == ()


def test_escalating_an_existing_remark_later(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.REQUEST, "Gluten-free bread?")
    assert services.escalations.queue() == []

    escalation = services.escalations.escalate_remark(staff, remark.id, Priority.URGENT)

    assert (escalation.remark_id, escalation.customer_id, escalation.priority) == (
        remark.id, customer, Priority.URGENT,
    )
    assert escalation.kind is RemarkKind.REQUEST
    assert [e.id for e in services.escalations.queue()] == [escalation.id]
    again = services.remarks.get(remark.id)
    assert (again.escalation_id, again.escalation_status) == (escalation.id, EscalationStatus.OPEN)
    with pytest.raises(NotAllowedNow):
        services.escalations.escalate_remark(staff, remark.id, Priority.NORMAL)


def test_the_resolution_goes_back_to_whoever_raised_it(
    services: Services, staff: Actor, manager: Actor
) -> None:
    other = Actor(services.staff.add("Olive Other", Role.STAFF, manager), "till-2")
    mine = _raise(services, staff, "mine")
    theirs = _raise(services, other, "theirs")
    still_open = _raise(services, staff, "still open")
    assert services.escalations.unseen_resolutions(staff) == []

    services.escalations.resolve(manager, mine, Outcome.REPLACEMENT, "New tart given")
    services.escalations.resolve(manager, theirs, Outcome.APOLOGY)

    [seen] = services.escalations.unseen_resolutions(staff)
    assert (seen.id, seen.outcome, seen.resolution_note) == (mine, Outcome.REPLACEMENT, "New tart given")
    assert [e.id for e in services.escalations.unseen_resolutions(other)] == [theirs]

    services.escalations.mark_seen(other, [mine])  # not theirs to dismiss
    assert [e.id for e in services.escalations.unseen_resolutions(staff)] == [mine]

    services.escalations.mark_seen(staff, [mine])
    assert services.escalations.unseen_resolutions(staff) == []
    assert [e.id for e in services.escalations.unseen_resolutions(other)] == [theirs]

    # A resolution that comes later is still shown.
    services.escalations.resolve(manager, still_open, Outcome.EXPLANATION)
    assert [e.id for e in services.escalations.unseen_resolutions(staff)] == [still_open]


def test_an_anonymous_escalation_needs_nobody_told_and_takes_no_promise(
    services: Services, staff: Actor, manager: Actor
) -> None:
    escalation = _raise(services, staff, "Walk-in: dirty floor")
    with pytest.raises(InvalidInput):
        services.escalations.resolve(
            manager, escalation, Outcome.APOLOGY,
            promise=PromiseTerms(PromiseKind.CALLBACK, "Call them"),
        )
    assert services.escalations.get(escalation).status is EscalationStatus.OPEN

    resolved = services.escalations.resolve(manager, escalation, Outcome.APOLOGY)
    assert resolved.customer_id is None
    assert resolved.told_at is not None


# --- the queue's fingerprint and the urgent alert ----------------------------------------------


def test_signature_changes_whenever_the_queue_does(
    services: Services, staff: Actor, manager: Actor
) -> None:
    empty = services.escalations.signature()
    assert (empty.newest_id, empty.last_change, empty.open_urgent) == (0, None, 0)

    urgent = _raise(services, staff, "urgent", Priority.URGENT)
    raised = services.escalations.signature()
    assert (raised.newest_id, raised.open_urgent) == (urgent, 1)
    assert raised.last_change is not None

    signatures = [empty, raised]
    services.escalations.take_ownership(manager, urgent)
    signatures.append(services.escalations.signature())
    services.escalations.add_note(manager, urgent, "On it")
    signatures.append(services.escalations.signature())
    services.escalations.resolve(manager, urgent, Outcome.REFUND)
    signatures.append(services.escalations.signature())
    assert signatures[-1].open_urgent == 0
    assert len(set(signatures)) == len(signatures)  # every step is a change

    # Nothing happened: the same fingerprint, so the manager's screen does not reload.
    assert services.escalations.signature() == signatures[-1]

    normal = _raise(services, staff, "normal")
    latest = services.escalations.signature()
    assert latest.newest_id == normal and latest.open_urgent == 0
    assert latest != signatures[-1]


def test_signature_changes_when_an_older_escalation_is_undone(
    services: Services, staff: Actor, manager: Actor
) -> None:
    slip = _raise(services, staff, "logged by mistake")
    _raise(services, manager, "a real one")
    before = services.escalations.signature()

    services.remarks.undo_remark(staff, services.escalations.get(slip).remark_id)

    assert services.escalations.signature() != before
    assert slip not in [e.id for e in services.escalations.queue()]


def test_urgent_raised_after_lists_only_newer_open_urgent_ones(
    services: Services, staff: Actor, manager: Actor
) -> None:
    seen = _raise(services, staff, "seen already", Priority.URGENT)
    _raise(services, staff, "normal", Priority.NORMAL)
    fresh = _raise(services, staff, "fresh", Priority.URGENT)
    handled = _raise(services, staff, "handled", Priority.URGENT)
    services.escalations.resolve(manager, handled, Outcome.REFUND)

    assert [e.id for e in services.escalations.urgent_raised_after(seen)] == [fresh]
    assert [e.id for e in services.escalations.urgent_raised_after(0)] == [seen, fresh]
    assert services.escalations.urgent_raised_after(handled) == []


def test_target_times_are_set_by_a_manager_only(
    services: Services, staff: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.shop.set_target_minutes(staff, 5, 60)
    with pytest.raises(InvalidInput):
        services.shop.set_target_minutes(manager, 0, 60)
    settings = services.shop.set_target_minutes(manager, 10, 120)
    assert settings.target_minutes(Priority.URGENT) == 10
    assert settings.target_minutes(Priority.NORMAL) == 120
    assert services.shop.settings() == settings

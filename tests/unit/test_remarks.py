"""Logging what a customer said exactly as typed, undoing a slip, correcting and withdrawing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, NotFound
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Channel, EscalationStatus, Priority, RemarkKind
from relate_desktop.services import Services, remarks


def _new(services: Services, actor: Actor, name: str = "Fatima Haddad") -> int:
    return services.customers.create(actor, NewCustomer(display_name=name))


def test_log_a_remark_for_a_customer_records_who_where_when_and_how(
    services: Services, staff: Actor
) -> None:
    customer = _new(services, staff)
    before = datetime.now(UTC)
    remark = services.remarks.log_remark(
        staff, customer, RemarkKind.COMPLIMENT, "Best produce prices in town", Channel.PHONE
    )
    after = datetime.now(UTC)

    assert remark.customer_id == customer
    assert remark.customer_name == "Fatima Haddad"
    assert remark.kind is RemarkKind.COMPLIMENT
    assert remark.channel is Channel.PHONE
    assert remark.staff == "Sam Counter"
    assert remark.workstation == "counter-pc"
    assert before <= remark.created_at <= after
    assert remark.escalation_id is None and remark.escalation_status is None
    assert remark.withdrawn is False
    assert services.remarks.get(remark.id) == remark
    assert services.remarks.recent_for_customer(customer) == [remark]


def test_log_a_remark_for_an_anonymous_walk_in(services: Services, staff: Actor) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.IDEA, "Open on Sundays?")
    assert remark.customer_id is None
    assert remark.customer_name == ""
    assert remark.channel is Channel.COUNTER
    assert services.remarks.get(remark.id).text == "Open on Sundays?"


def test_a_remark_for_a_customer_who_does_not_exist_is_refused(
    services: Services, staff: Actor
) -> None:
    with pytest.raises(NotFound):
        services.remarks.log_remark(staff, 999, RemarkKind.NOTE, "Hello")


@pytest.mark.parametrize("text", ["", " ", "\n\t  \r\n", "\u3000"])
def test_an_empty_remark_is_refused_and_nothing_stored(
    services: Services, staff: Actor, text: str
) -> None:
    customer = _new(services, staff)
    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, customer, RemarkKind.NOTE, text)
    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, text, escalate=Priority.URGENT)
    assert services.remarks.recent_for_customer(customer) == []
    assert services.escalations.queue() == []


def test_ten_thousand_characters_are_kept_and_more_are_refused(
    services: Services, staff: Actor
) -> None:
    customer = _new(services, staff)
    longest = ("The customer explained at length. " * 400)[: remarks.MAX_REMARK_CHARS]
    assert len(longest) == 10_000
    stored = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, longest)
    assert services.remarks.get(stored.id).text == longest

    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, customer, RemarkKind.NOTE, longest + "!")
    assert len(services.remarks.recent_for_customer(customer)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Loved the cake 🎂👍🏽 — the 👨‍👩‍👧 came back 🇬🇧",
        "الخبز كان طازجاً جداً، شكراً",
        "הלחם היה טרי מאוד, תודה",
        "Mixed: שלום and سلام with 123 digits",
        "Jose\u0301 said the pa\u0303o was great",  # combining marks, not precomposed
        "José said the pão was great",  # precomposed: must not be normalised into the above
        "  leading and trailing spaces kept  ",
        "two lines\r\nwindows style\nand a\ttab",
        "Zero\u200bwidth\u200djoiner and \ufeffBOM",
    ],
)
def test_text_round_trips_exactly(services: Services, staff: Actor, text: str) -> None:
    customer = _new(services, staff)
    logged = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, text)

    assert logged.text.encode("utf-8") == text.encode("utf-8")
    assert services.remarks.get(logged.id).text.encode("utf-8") == text.encode("utf-8")
    [entry] = services.customers.card(customer).timeline
    assert entry.text.encode("utf-8") == text.encode("utf-8")


def test_tags_are_cleaned_and_deduplicated(services: Services, staff: Actor) -> None:
    remark = services.remarks.log_remark(
        staff, None, RemarkKind.COMPLAINT, "Too dear",
        tags=("#Produce", " produce ", "PRODUCE", "price   check", "", "  ", "#", "# Sale", "sale"),
    )
    assert remark.tags == ("price check", "produce", "sale")
    assert services.remarks.get(remark.id).tags == ("price check", "produce", "sale")


def test_a_long_tag_is_cut_without_a_dangling_space(services: Services, staff: Actor) -> None:
    remark = services.remarks.log_remark(
        staff, None, RemarkKind.NOTE, "x", tags=("a" * 63 + " bcd",)
    )
    assert remark.tags == ("a" * 63,)


# --- undo -------------------------------------------------------------------------------------


def test_undo_by_the_same_person_deletes_it_and_its_escalation(
    services: Services, staff: Actor
) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Oops, wrong person",
                                         tags=("x",), escalate=Priority.URGENT)
    assert remark.escalation_id is not None

    undone = services.remarks.undo_remark(staff, remark.id)

    assert undone.text == "Oops, wrong person"  # given back so the editor can restore it
    with pytest.raises(NotFound):
        services.remarks.get(remark.id)
    with pytest.raises(NotFound):
        services.escalations.get(remark.escalation_id)
    assert services.escalations.queue() == []
    card = services.customers.card(customer)
    assert card.timeline == card.open_escalations == ()


def test_undo_by_someone_else_is_refused(services: Services, staff: Actor, manager: Actor) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.NOTE, "Mine")
    with pytest.raises(NotAllowedNow):
        services.remarks.undo_remark(manager, remark.id)
    assert services.remarks.get(remark.id).text == "Mine"


def test_undo_after_the_window_is_refused(
    services: Services, staff: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.NOTE, "Said a while ago")
    later = remark.created_at + remarks.UNDO_WINDOW + timedelta(seconds=1)
    monkeypatch.setattr(remarks, "utcnow", lambda: later)
    with pytest.raises(NotAllowedNow):
        services.remarks.undo_remark(staff, remark.id)
    assert services.remarks.get(remark.id).text == "Said a while ago"


def test_undo_once_the_manager_has_it_is_refused(
    services: Services, staff: Actor, manager: Actor
) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Cold coffee",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    services.escalations.take_ownership(manager, remark.escalation_id)
    with pytest.raises(NotAllowedNow):
        services.remarks.undo_remark(staff, remark.id)
    assert services.escalations.get(remark.escalation_id).status is EscalationStatus.ACKNOWLEDGED


# --- corrections ------------------------------------------------------------------------------


def test_corrections_keep_their_history_in_order(
    services: Services, staff: Actor, manager: Actor
) -> None:
    wrong = _new(services, staff, "Wrong Person")
    right = _new(services, staff, "Right Person")
    remark = services.remarks.log_remark(staff, wrong, RemarkKind.NOTE, "Tart was spolied",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None

    services.remarks.correct_remark(staff, remark.id, text="Tart was spoiled")
    services.remarks.correct_remark(manager, remark.id, kind=RemarkKind.COMPLAINT)
    corrected = services.remarks.correct_remark(staff, remark.id, customer_id=right)

    assert corrected == services.remarks.get(remark.id)
    assert (corrected.text, corrected.kind, corrected.customer_id) == (
        "Tart was spoiled", RemarkKind.COMPLAINT, right,
    )
    assert corrected.customer_name == "Right Person"
    assert [(r.change, r.before, r.after, r.staff) for r in corrected.revisions] == [
        ("text", "Tart was spolied", "Tart was spoiled", "Sam Counter"),
        ("kind", "note", "complaint", "Maria Manager"),
        ("customer", str(wrong), str(right), "Sam Counter"),
    ]
    times = [r.at for r in corrected.revisions]
    assert times == sorted(times)

    # The escalation followed the remark to the right customer.
    assert services.escalations.get(remark.escalation_id).customer_id == right
    assert services.escalations.get(remark.escalation_id).customer_name == "Right Person"
    assert services.customers.card(wrong).open_escalations == ()
    assert services.customers.card(wrong).timeline == ()
    assert [e.id for e in services.customers.card(right).open_escalations] == [remark.escalation_id]
    assert [e.ref for e in services.customers.card(right).timeline] == [remark.id]


def test_moving_an_anonymous_remark_to_a_customer(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, None, RemarkKind.NOTE, "Will come back")
    moved = services.remarks.correct_remark(staff, remark.id, customer_id=customer)
    assert moved.customer_id == customer
    assert [(r.change, r.before, r.after) for r in moved.revisions] == [
        ("customer", "", str(customer)),
    ]


def test_a_correction_that_changes_nothing_leaves_no_revision(
    services: Services, staff: Actor
) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.NOTE, "Same")
    again = services.remarks.correct_remark(staff, remark.id, text="Same", kind=RemarkKind.NOTE)
    assert again.revisions == ()


def test_a_correction_to_empty_text_is_refused(services: Services, staff: Actor) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.NOTE, "Keep me")
    with pytest.raises(InvalidInput):
        services.remarks.correct_remark(staff, remark.id, text="   ", kind=RemarkKind.IDEA)
    unchanged = services.remarks.get(remark.id)
    assert (unchanged.text, unchanged.kind, unchanged.revisions) == ("Keep me", RemarkKind.NOTE, ())


# --- withdrawing ------------------------------------------------------------------------------


def test_withdraw_keeps_the_record_but_takes_it_off_the_card(
    services: Services, staff: Actor, manager: Actor
) -> None:
    customer = _new(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "Not what they said")

    withdrawn = services.remarks.withdraw_remark(manager, remark.id, "  misheard  ")

    assert withdrawn.withdrawn is True
    assert withdrawn.text == "Not what they said"
    assert [(r.change, r.after, r.staff) for r in withdrawn.revisions] == [
        ("withdrawn", "misheard", "Maria Manager"),
    ]
    assert services.customers.card(customer).timeline == ()
    # Withdrawing twice changes nothing more; a withdrawn remark is not corrected or escalated.
    assert services.remarks.withdraw_remark(manager, remark.id).revisions == withdrawn.revisions
    with pytest.raises(NotAllowedNow):
        services.remarks.correct_remark(staff, remark.id, text="Something else")
    with pytest.raises(NotAllowedNow):
        services.escalations.escalate_remark(staff, remark.id, Priority.NORMAL)


def test_recent_for_customer_is_newest_first(services: Services, staff: Actor) -> None:
    customer = _new(services, staff)
    first = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "first")
    second = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "second")
    third = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, "third")
    assert [r.id for r in services.remarks.recent_for_customer(customer)] == [
        third.id, second.id, first.id,
    ]
    assert [r.id for r in services.remarks.recent_for_customer(customer, limit=2)] == [
        third.id, second.id,
    ]

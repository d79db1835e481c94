"""Each person's today list, kind words, consent-gated date reminders and follow-ups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert, select, update

from relate_desktop.db.engine import make_engine
from relate_desktop.db.models import AuditRow, ImportantDateRow, RemarkRow
from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
    Role,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

TODAY = date(2026, 6, 10)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    made = make_engine(db_url)
    yield made
    made.dispose()


def test_the_today_list_has_what_is_due_theirs_first(
    services: Services, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    bob = services.customers.create(staff, NewCustomer("Bob Baker"))
    record = services.promises.record_promise

    def promise(who: Actor, customer: int, kind: PromiseKind, due: date, what: str) -> int:
        return record(who, customer, PromiseTerms(kind, what, due_on=due)).id

    promise(manager, ada, PromiseKind.CALLBACK, TODAY - timedelta(days=2), "manager's late call")
    promise(staff, bob, PromiseKind.CALLBACK, TODAY, "Sam's call today")
    promise(staff, ada, PromiseKind.CALLBACK, TODAY + timedelta(days=1), "tomorrow: not yet")
    promise(staff, ada, PromiseKind.CREDIT, TODAY - timedelta(days=1), "£5 credit")
    promise(manager, bob, PromiseKind.SET_ASIDE, TODAY, "the blue teapot")
    kept = promise(staff, bob, PromiseKind.CREDIT, TODAY, "kept already")
    services.promises.keep(staff, kept)
    promise(staff, ada, PromiseKind.FOLLOW_UP, TODAY, "check the soup was better")
    record(staff, ada, PromiseTerms(PromiseKind.CALLBACK, "no date: never due"))

    day = services.today.for_staff(staff, today=TODAY)
    assert [(i.promise.what, i.customer_name, i.mine) for i in day.callbacks] == [
        ("Sam's call today", "Bob Baker", True),
        ("manager's late call", "Ada Lovelace", False),
    ]
    assert [i.promise.what for i in day.follow_ups] == ["check the soup was better"]
    assert [(i.promise.what, i.mine) for i in day.promises] == [
        ("£5 credit", True), ("the blue teapot", False)]
    assert [i.promise.is_overdue(TODAY) for i in day.promises] == [True, False]
    # The manager's own come first on the manager's list.
    assert services.today.for_staff(manager, today=TODAY).callbacks[0].promise.what == (
        "manager's late call")

    services.customer_data.erase(manager, ada, "Ada Lovelace")  # nothing of hers is due any more
    assert [i.customer_name for i in services.today.for_staff(staff, today=TODAY).callbacks] == [
        "Bob Baker"]


def test_kind_words_reach_the_person_they_are_about(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    sam = staff.staff.id
    log = services.remarks.log_remark
    kind = log(manager, ada, RemarkKind.COMPLIMENT, "Sam found my glasses!", about_staff_id=sam)
    assert (kind.about_staff_id, kind.about_staff) == (sam, "Sam Counter")
    log(manager, None, RemarkKind.COMPLIMENT, "That young man was so patient", about_staff_id=sam)
    log(staff, ada, RemarkKind.COMPLIMENT, "Lovely shop")  # about nobody in particular
    old = log(manager, ada, RemarkKind.COMPLIMENT, "Helpful, last winter", about_staff_id=sam)
    with engine.begin() as c:
        c.execute(update(RemarkRow).where(RemarkRow.id == old.id)
                  .values(created_at=datetime.now(UTC) - timedelta(days=45)))
    withdrawn = log(manager, ada, RemarkKind.COMPLIMENT, "Wrong person", about_staff_id=sam)
    services.remarks.withdraw_remark(manager, withdrawn.id)

    words = services.today.for_staff(staff).kind_words
    assert [(w.text, w.customer_name, w.heard_by) for w in words] == [
        ("That young man was so patient", "", "Maria Manager"),
        ("Sam found my glasses!", "Ada Lovelace", "Maria Manager"),
    ]
    assert services.today.for_staff(manager).kind_words == ()
    audit = services.audit.entries(manager, action="remark.log", text="about staff")
    assert len(audit) == 4


def test_only_a_compliment_about_someone_still_here_is_accepted(
    services: Services, staff: Actor, manager: Actor
) -> None:
    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Rude!",
                                    about_staff_id=manager.staff.id)
    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, None, RemarkKind.COMPLIMENT, "Kind", about_staff_id=4242)
    gone = services.staff.add("Gone Away", Role.STAFF, manager)
    services.staff.deactivate(manager, gone.id)
    with pytest.raises(InvalidInput):
        services.remarks.log_remark(staff, None, RemarkKind.COMPLIMENT, "Kind", about_staff_id=gone.id)


def _customer(services: Services, actor: Actor, name: str, preferred: ContactChannel | None,
              consents: list[tuple[ContactChannel, ConsentState]], do_not_contact: bool = False) -> int:
    customer = services.customers.create(actor, NewCustomer(name, preferred_channel=preferred))
    for channel, state in consents:
        services.customers.set_consent(actor, customer, channel, state, "asked at the counter")
    if do_not_contact:
        services.customers.update_profile(actor, customer, do_not_contact=True)
    return customer


def _shared(engine: Engine, customer: int, kind: str, when: date, year: int | None = None) -> None:
    with engine.begin() as c:
        c.execute(insert(ImportantDateRow).values(
            customer_id=customer, kind=kind, month=when.month, day=when.day, year=year, note="",
            source=""))


def test_date_reminders_only_for_customers_who_said_yes_to_a_channel(
    services: Services, engine: Engine, staff: Actor
) -> None:
    g, d = ConsentState.GRANTED, ConsentState.DENIED
    sms = _customer(services, staff, "Sally Sms", ContactChannel.SMS, [(ContactChannel.SMS, g)])
    phone = _customer(services, staff, "Pat Phone", None,
                      [(ContactChannel.EMAIL, d), (ContactChannel.PHONE, g)])
    never_asked = _customer(services, staff, "Nat Never", ContactChannel.EMAIL, [])
    wants_peace = _customer(services, staff, "Quinn Quiet", None, [(ContactChannel.EMAIL, g)],
                            do_not_contact=True)
    changed_mind = _customer(services, staff, "Cam Changed", None,
                             [(ContactChannel.EMAIL, g), (ContactChannel.EMAIL, d)])
    _shared(engine, sms, "birthday", TODAY, 1986)
    _shared(engine, phone, "anniversary", TODAY + timedelta(days=3))
    _shared(engine, phone, "birthday", TODAY + timedelta(days=8))  # too far off for the card
    for customer in (never_asked, wants_peace, changed_mind):
        _shared(engine, customer, "birthday", TODAY)

    day = services.today.for_staff(staff, today=TODAY)
    assert [(r.customer_name, r.kind, r.channel, r.years) for r in day.dates] == [
        ("Sally Sms", "birthday", ContactChannel.SMS, 40)]
    near = services.today.dates_for_customer(phone, today=TODAY)
    assert [(r.kind, r.on, r.channel) for r in near] == [
        ("anniversary", TODAY + timedelta(days=3), ContactChannel.PHONE)]
    for customer in (never_asked, wants_peace, changed_mind):
        assert services.today.dates_for_customer(customer, today=TODAY) == []


def test_a_29_february_birthday_is_remembered_on_the_28th(
    services: Services, engine: Engine, staff: Actor
) -> None:
    leap = _customer(services, staff, "Lee Leap", None, [(ContactChannel.POST, ConsentState.GRANTED)])
    _shared(engine, leap, "birthday", date(2000, 2, 29))
    on_the_28th = services.today.for_staff(staff, today=date(2027, 2, 28)).dates
    assert [(r.customer_name, r.on) for r in on_the_28th] == [("Lee Leap", date(2027, 2, 28))]
    assert services.today.for_staff(staff, today=date(2028, 2, 28)).dates == ()


def test_a_resolved_escalation_is_followed_up_and_the_answer_kept(
    services: Services, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    remark = services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, "Stale bread",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    eid = remark.escalation_id
    with pytest.raises(NotAllowedNow):  # not resolved yet
        services.follow_ups.schedule(manager, eid, TODAY)
    services.escalations.resolve(manager, eid, Outcome.REPLACEMENT, follow_up_on=TODAY)
    [follow_up] = services.customers.card(ada).open_promises
    assert (follow_up.kind, follow_up.escalation_id, follow_up.due_on) == (
        PromiseKind.FOLLOW_UP, eid, TODAY)
    assert follow_up.what == "Call to check they are happy with the replacement"
    with pytest.raises(NotAllowedNow):  # one waiting follow-up is enough
        services.follow_ups.schedule(manager, eid, TODAY)
    with pytest.raises(PermissionDenied):
        services.follow_ups.schedule(staff, eid, TODAY)

    done = services.follow_ups.record_result(staff, follow_up.id, FollowUpResult.NOT_SATISFIED)
    assert (done.status, done.follow_up_result) == (PromiseStatus.KEPT, FollowUpResult.NOT_SATISFIED)
    with pytest.raises(NotAllowedNow):
        services.follow_ups.record_result(staff, follow_up.id, FollowUpResult.SATISFIED)
    undone = services.promises.reopen(staff, follow_up.id)  # pressed by mistake
    assert (undone.status, undone.follow_up_result) == (PromiseStatus.OPEN, None)
    services.follow_ups.record_result(staff, follow_up.id, FollowUpResult.SATISFIED)
    again = services.follow_ups.schedule(manager, eid, TODAY + timedelta(days=30))  # another later
    assert again.status is PromiseStatus.OPEN

    credit = services.promises.record_promise(staff, ada, PromiseTerms(PromiseKind.CREDIT, "£5"))
    with pytest.raises(InvalidInput):
        services.follow_ups.record_result(staff, credit.id, FollowUpResult.SATISFIED)
    walk_in = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Cold",
                                          escalate=Priority.NORMAL)
    assert walk_in.escalation_id is not None
    with pytest.raises(InvalidInput):
        services.escalations.resolve(manager, walk_in.escalation_id, Outcome.APOLOGY,
                                     follow_up_on=TODAY)
    assert services.escalations.get(walk_in.escalation_id).outcome is None  # nothing half-saved

    actions = [e.action for e in services.audit.entries(manager, action="promise.")]
    assert actions.count("promise.follow_up_result") == 2
    assert actions.count("promise.record") == 3  # two follow-ups and the credit


def test_every_follow_up_write_is_in_the_audit_trail(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    remark = services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, "Late delivery",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    services.escalations.resolve(manager, remark.escalation_id, Outcome.APOLOGY)
    promise = services.follow_ups.schedule(manager, remark.escalation_id, TODAY)
    services.follow_ups.record_result(staff, promise.id, FollowUpResult.SATISFIED)
    with engine.connect() as c:
        rows = c.execute(select(AuditRow.action, AuditRow.staff_name, AuditRow.summary)
                         .where(AuditRow.target_type == "promise", AuditRow.target_id == promise.id)
                         .order_by(AuditRow.id)).all()
    assert [(a, s) for a, s, _ in rows] == [("promise.record", "Maria Manager"),
                                            ("promise.follow_up_result", "Sam Counter")]
    assert rows[1][2].startswith("satisfied: ")

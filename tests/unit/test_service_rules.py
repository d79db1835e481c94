"""Rules that protect the loop: escalations are never lost, cards are one identifier, etc."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from relate_desktop.db.models import LoyaltyCardRow
from relate_desktop.domain.errors import InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Outcome, Priority, PromiseKind, RemarkKind
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms


def test_a_remark_with_the_manager_cannot_be_withdrawn_until_resolved(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = services.customers.create(staff, NewCustomer("Vera"))
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Rude driver",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    with pytest.raises(NotAllowedNow, match="with the manager"):
        services.remarks.withdraw_remark(staff, remark.id)
    assert len(services.escalations.queue()) == 1
    services.escalations.resolve(manager, remark.escalation_id, Outcome.NO_ACTION, "logged twice")
    assert services.remarks.withdraw_remark(staff, remark.id).withdrawn


def test_card_numbers_match_whatever_the_case(services: Services, staff: Actor) -> None:
    customer = services.customers.create(staff, NewCustomer("Ula", cards=("lc-00123",)))
    assert services.customers.card(customer).cards == ("LC-00123",)
    found = services.lookup.lookup_customers("Lc-00123")
    assert [(m.id, m.exact) for m in found] == [(customer, True)]
    other = services.customers.create(staff, NewCustomer("Ivo"))
    with pytest.raises(InvalidInput, match="already belongs"):
        services.customers.add_card(staff, other, "LC-00123 ")


def test_moving_a_remark_takes_the_promise_made_about_it_along(
    services: Services, manager: Actor, staff: Actor
) -> None:
    wrong = services.customers.create(staff, NewCustomer("Wrong Person"))
    right = services.customers.create(staff, NewCustomer("Right Person"))
    remark = services.remarks.log_remark(staff, wrong, RemarkKind.COMPLAINT, "Spoiled tart",
                                         escalate=Priority.URGENT)
    assert remark.escalation_id is not None
    services.escalations.resolve(manager, remark.escalation_id, Outcome.CREDIT, "",
                                 PromiseTerms(PromiseKind.CREDIT, "£20 credit", 2000))
    services.remarks.correct_remark(manager, remark.id, customer_id=right)
    assert services.customers.card(wrong).open_promises == ()
    assert [p.what for p in services.customers.card(right).open_promises] == ["£20 credit"]
    assert [e.summary for e in services.customers.card(right).tell_them] == ["Spoiled tart"]


def test_mark_seen_ignores_escalations_not_resolved_yet(
    services: Services, manager: Actor, staff: Actor
) -> None:
    remark = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Cold shop",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    services.escalations.mark_seen(staff, [remark.escalation_id])
    services.escalations.resolve(manager, remark.escalation_id, Outcome.EXPLANATION, "heating fixed")
    assert [e.resolution_note for e in services.escalations.unseen_resolutions(staff)] == ["heating fixed"]


def test_overlong_pronunciation_and_language_are_refused(services: Services, staff: Actor) -> None:
    with pytest.raises(InvalidInput, match="how to say the name"):
        services.customers.create(staff, NewCustomer("Xi", pronunciation="x" * 201))
    customer = services.customers.create(staff, NewCustomer("Xi"))
    with pytest.raises(InvalidInput, match="language"):
        services.customers.update_profile(staff, customer, preferred_language="y" * 65)


def test_a_clash_caught_by_the_database_is_a_message_not_a_traceback(
    services: Services, staff: Actor
) -> None:
    customer = services.customers.create(staff, NewCustomer("Yan"))

    def add_card(session: Session) -> None:
        session.add(LoyaltyCardRow(customer_id=customer, number="DUP-1"))

    services.customers._transaction(add_card)
    with pytest.raises(NotAllowedNow, match="another PC"):
        services.customers._transaction(add_card)

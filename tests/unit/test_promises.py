"""Promises made to a customer: recorded with who and when, shown until kept, overdue after."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, NotFound
from relate_desktop.domain.records import Actor, NewCustomer, Promise
from relate_desktop.domain.vocabulary import PromiseKind, PromiseStatus
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms


@pytest.fixture
def customer(services: Services, staff: Actor) -> int:
    return services.customers.create(staff, NewCustomer(display_name="Ada Lovelace"))


def test_record_a_credit_with_amount_due_date_and_the_shops_currency(
    services: Services, staff: Actor, customer: int
) -> None:
    before = datetime.now(UTC)
    promise = services.promises.record_promise(
        staff, customer,
        PromiseTerms(PromiseKind.CREDIT, "  £20   credit  on next visit ", amount_cents=2000,
                     due_on=date(2031, 3, 1)),
    )
    after = datetime.now(UTC)

    assert promise.customer_id == customer
    assert (promise.kind, promise.what) == (PromiseKind.CREDIT, "£20 credit on next visit")
    assert (promise.amount_cents, promise.currency) == (2000, "GBP")
    assert promise.due_on == date(2031, 3, 1)
    assert (promise.status, promise.promised_by, promise.closed_at) == (
        PromiseStatus.OPEN, "Sam Counter", None,
    )
    assert before <= promise.promised_at <= after
    assert services.customers.card(customer).open_promises == (promise,)


def test_a_promise_without_an_amount_has_no_currency(
    services: Services, staff: Actor, customer: int
) -> None:
    promise = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CALLBACK, "Ring when the order is in"))
    assert (promise.amount_cents, promise.currency, promise.due_on) == (None, "", None)


@pytest.mark.parametrize("what", ["", "   ", "\n\t"])
def test_saying_what_was_promised_is_required(
    services: Services, staff: Actor, customer: int, what: str
) -> None:
    with pytest.raises(InvalidInput):
        services.promises.record_promise(staff, customer, PromiseTerms(PromiseKind.CALLBACK, what))
    assert services.customers.card(customer).open_promises == ()


def test_a_negative_amount_or_an_unknown_customer_is_refused(
    services: Services, staff: Actor, customer: int
) -> None:
    with pytest.raises(InvalidInput):
        services.promises.record_promise(
            staff, customer, PromiseTerms(PromiseKind.CREDIT, "Refund", amount_cents=-1))
    with pytest.raises(NotFound):
        services.promises.record_promise(staff, 4242, PromiseTerms(PromiseKind.CREDIT, "Refund"))
    assert services.customers.card(customer).open_promises == ()


def test_keep_cancel_and_reopen(
    services: Services, staff: Actor, manager: Actor, customer: int
) -> None:
    credit = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CREDIT, "£5 off", amount_cents=500))
    callback = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.CALLBACK, "Call back"))

    kept = services.promises.keep(manager, credit.id)
    assert kept.status is PromiseStatus.KEPT and kept.closed_at is not None
    cancelled = services.promises.cancel(staff, callback.id)
    assert cancelled.status is PromiseStatus.CANCELLED and cancelled.closed_at is not None
    assert services.customers.card(customer).open_promises == ()

    reopened = services.promises.reopen(staff, credit.id)  # "kept" pressed by mistake
    assert (reopened.status, reopened.closed_at) == (PromiseStatus.OPEN, None)
    assert [p.id for p in services.customers.card(customer).open_promises] == [credit.id]


@pytest.mark.parametrize("first", ["keep", "cancel"])
@pytest.mark.parametrize("second", ["keep", "cancel"])
def test_closing_twice_is_refused(
    services: Services, staff: Actor, customer: int, first: str, second: str
) -> None:
    promise = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.SET_ASIDE, "Keep a loaf"))
    closed = getattr(services.promises, first)(staff, promise.id)
    with pytest.raises(NotAllowedNow):
        getattr(services.promises, second)(staff, promise.id)
    timeline = services.customers.card(customer).timeline
    assert [e.what for e in timeline if e.ref == promise.id] == [
        f"promise {closed.status.value}", "promise",
    ]


def _promise(status: PromiseStatus, due_on: date | None) -> Promise:
    return Promise(
        id=1, customer_id=1, kind=PromiseKind.CALLBACK, what="Call", amount_cents=None,
        currency="", due_on=due_on, status=status, promised_by="Sam",
        promised_at=datetime(2030, 1, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("status", "due_on", "overdue"),
    [
        (PromiseStatus.OPEN, date(2030, 6, 14), True),  # due yesterday
        (PromiseStatus.OPEN, date(2030, 6, 15), False),  # due today: not late yet
        (PromiseStatus.OPEN, date(2030, 6, 16), False),
        (PromiseStatus.OPEN, None, False),  # no date, never late
        (PromiseStatus.KEPT, date(2030, 1, 1), False),
        (PromiseStatus.CANCELLED, date(2030, 1, 1), False),
    ],
)
def test_is_overdue(status: PromiseStatus, due_on: date | None, overdue: bool) -> None:
    assert _promise(status, due_on).is_overdue(date(2030, 6, 15)) is overdue


def test_a_recorded_promise_is_overdue_after_its_due_date(
    services: Services, staff: Actor, customer: int
) -> None:
    promise = services.promises.record_promise(
        staff, customer, PromiseTerms(PromiseKind.FOLLOW_UP, "Follow up", due_on=date(2030, 6, 1)))
    assert promise.is_overdue(date(2030, 6, 2))
    kept = services.promises.keep(staff, promise.id)
    assert not kept.is_overdue(date(2030, 6, 2))

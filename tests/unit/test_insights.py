"""What customers are saying: every figure against a week counted by hand, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, update

from relate_desktop.db.engine import make_engine
from relate_desktop.db.models import EscalationRow, PromiseRow, RemarkRow
from relate_desktop.domain.errors import PermissionDenied
from relate_desktop.domain.insights import KINDS, Period
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

LONDON = ZoneInfo("Europe/London")
#: Monday 23 to Sunday 29 March 2026; the clocks go forward (GMT to BST) in its last night.
WEEK = Period(date(2026, 3, 23), date(2026, 3, 29))
SUNDAY = date(2026, 3, 29)


def london(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """Straight to the tables, to put things at the moments the fixture needs."""
    made = make_engine(db_url)
    yield made
    made.dispose()


@dataclass
class March:
    complaint_monday: int
    complaint_tuesday: int
    late_sunday_compliment: int
    next_monday: int


def _said(engine: Engine, remark_id: int, moment: datetime) -> None:
    with engine.begin() as c:
        c.execute(update(RemarkRow).where(RemarkRow.id == remark_id).values(created_at=moment))
        c.execute(update(EscalationRow).where(EscalationRow.remark_id == remark_id)
                  .values(raised_at=moment))


def _resolved_at(engine: Engine, escalation_id: int, moment: datetime) -> None:
    with engine.begin() as c:
        c.execute(update(EscalationRow).where(EscalationRow.id == escalation_id)
                  .values(resolved_at=moment))


def _closed_at(engine: Engine, promise_id: int, moment: datetime) -> None:
    with engine.begin() as c:
        c.execute(update(PromiseRow).where(PromiseRow.id == promise_id).values(closed_at=moment))


def build_march(services: Services, engine: Engine, staff: Actor, manager: Actor) -> March:
    """The week counted by hand (local London times):

    this week  Mon 00:10 complaint [parking, prices] → normal, resolved in 30 min (apology)
               Tue 12:00 complaint [parking]         → urgent, resolved in 90 min (refund), late
               Wed 09:00 compliment [staff] about Sam
               Thu 15:00 idea [opening hours]
               Fri 11:00 question                    → normal, still open (late by now)
               Sat 10:00 note, withdrawn             (not counted)
               Sun 23:30 BST compliment [staff, produce]
    the week before  Wed complaint [prices]; Thu request [delivery];
               Sun 22 23:30 GMT complaint [parking] → normal, resolved Mon 23 10:00 (credit), 630 min
    the week after   Mon 30 00:30 BST (= Sun 29 23:30 UTC) complaint [parking]
    """
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    log = services.remarks.log_remark

    def said(kind: RemarkKind, moment: datetime, tags: tuple[str, ...] = (),
             escalate: Priority | None = None, about: int | None = None) -> int:
        remark = log(staff, ada, kind, f"{kind.value} at {moment.isoformat()}", tags=tags,
                     escalate=escalate, about_staff_id=about)
        _said(engine, remark.id, moment)
        return remark.id

    def resolve(remark_id: int, outcome: Outcome, moment: datetime) -> None:
        escalation = services.remarks.get(remark_id).escalation_id
        assert escalation is not None
        services.escalations.resolve(manager, escalation, outcome)
        _resolved_at(engine, escalation, moment)

    monday = said(RemarkKind.COMPLAINT, london(2026, 3, 23, 0, 10), ("parking", "prices"),
                  Priority.NORMAL)
    resolve(monday, Outcome.APOLOGY, london(2026, 3, 23, 0, 40))
    tuesday = said(RemarkKind.COMPLAINT, london(2026, 3, 24, 12, 0), ("Parking",), Priority.URGENT)
    resolve(tuesday, Outcome.REFUND, london(2026, 3, 24, 13, 30))
    said(RemarkKind.COMPLIMENT, london(2026, 3, 25, 9, 0), ("staff",), about=staff.staff.id)
    said(RemarkKind.IDEA, london(2026, 3, 26, 15, 0), ("opening hours",))
    said(RemarkKind.QUESTION, london(2026, 3, 27, 11, 0), escalate=Priority.NORMAL)
    note = said(RemarkKind.NOTE, london(2026, 3, 28, 10, 0))
    services.remarks.withdraw_remark(staff, note)
    sunday = said(RemarkKind.COMPLIMENT, london(2026, 3, 29, 23, 30), ("staff", "produce"))

    said(RemarkKind.COMPLAINT, london(2026, 3, 18, 10, 0), ("prices",))
    said(RemarkKind.REQUEST, london(2026, 3, 19, 10, 0), ("delivery",))
    before = said(RemarkKind.COMPLAINT, london(2026, 3, 22, 23, 30), ("parking",), Priority.NORMAL)
    resolve(before, Outcome.CREDIT, london(2026, 3, 23, 10, 0))

    after = said(RemarkKind.COMPLAINT, london(2026, 3, 30, 0, 30), ("parking",))
    return March(monday, tuesday, sunday, after)


def test_the_edges_of_the_week_are_local_midnights() -> None:
    start, end = WEEK.bounds(LONDON)
    assert start == datetime(2026, 3, 23, 0, 0, tzinfo=UTC)  # GMT: London is on UTC
    assert end == datetime(2026, 3, 29, 23, 0, tzinfo=UTC)  # BST by the end of Sunday
    assert london(2026, 3, 29, 23, 30).astimezone(UTC) < end  # 23:30 on the last day is in
    assert london(2026, 3, 30, 0, 30).astimezone(UTC) >= end  # though its UTC date is the 29th


def test_remarks_by_kind_tag_and_day_against_the_week_before(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    build_march(services, engine, staff, manager)
    seen = services.insights.what_customers_say(manager, WEEK, LONDON, today=SUNDAY)

    assert seen.previous == Period(date(2026, 3, 16), date(2026, 3, 22))
    assert [(k.kind, k.count, k.previous) for k in seen.kinds] == [
        (RemarkKind.COMPLAINT, 2, 2), (RemarkKind.COMPLIMENT, 2, 0), (RemarkKind.REQUEST, 0, 1),
        (RemarkKind.QUESTION, 1, 0), (RemarkKind.IDEA, 1, 0), (RemarkKind.NOTE, 0, 0),
    ]
    assert seen.total == 6 and seen.count(RemarkKind.COMPLIMENT) == 2
    assert [(t.tag, t.count, t.previous) for t in seen.tags] == [
        ("parking", 2, 1), ("staff", 2, 0), ("prices", 1, 1), ("opening hours", 1, 0),
        ("produce", 1, 0), ("delivery", 0, 1),
    ]
    assert [(t.tag, t.count, t.previous) for t in seen.complaint_tags] == [
        ("parking", 2, 1), ("prices", 1, 1)]
    assert [(t.tag, t.count) for t in seen.compliment_tags] == [("staff", 2), ("produce", 1)]
    by_day = {b.first: dict(zip(KINDS, b.counts, strict=True)) for b in seen.over_time}
    assert list(by_day) == [date(2026, 3, d) for d in range(23, 30)]
    assert [sum(c.values()) for c in by_day.values()] == [1, 1, 1, 1, 1, 0, 1]
    assert by_day[date(2026, 3, 23)][RemarkKind.COMPLAINT] == 1  # 00:10 on the first day
    assert by_day[date(2026, 3, 29)][RemarkKind.COMPLIMENT] == 1  # 23:30 BST on the last


def test_escalations_opened_resolved_median_late_and_by_outcome(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    build_march(services, engine, staff, manager)
    e = services.insights.what_customers_say(manager, WEEK, LONDON, today=SUNDAY).escalations

    assert (e.opened, e.resolved) == (3, 3)  # the credit was raised the week before
    assert e.median_minutes_to_resolve == pytest.approx(90, abs=0.01)  # of 30, 90 and 630
    assert e.past_target == 2  # the urgent one (90 > 15 min) and the question still open
    assert {o.outcome: o.count for o in e.by_outcome} == {
        Outcome.REFUND: 1, Outcome.CREDIT: 1, Outcome.REPLACEMENT: 0, Outcome.APOLOGY: 1,
        Outcome.EXPLANATION: 0, Outcome.NO_ACTION: 0, Outcome.OTHER: 0,
    }


def test_the_median_of_an_odd_and_an_even_number_of_resolutions(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    marks = build_march(services, engine, staff, manager)
    # Resolve the question too, after 50 minutes: 30, 50, 90, 630 → (50 + 90) / 2.
    question = services.insights.recent_remarks(manager, WEEK, RemarkKind.QUESTION, zone=LONDON)
    assert question[0].escalation_id is not None
    services.escalations.resolve(manager, question[0].escalation_id, Outcome.EXPLANATION)
    _resolved_at(engine, question[0].escalation_id, london(2026, 3, 27, 11, 50))
    e = services.insights.what_customers_say(manager, WEEK, LONDON, today=SUNDAY).escalations
    assert e.median_minutes_to_resolve == pytest.approx(70, abs=0.01)
    assert (e.resolved, e.past_target) == (4, 1)
    assert marks.next_monday  # the week after stays out of every figure above


def test_promises_kept_on_time_by_the_end_of_the_local_due_day(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    promise = services.promises.record_promise

    def due(day: int, kind: PromiseKind = PromiseKind.CREDIT) -> int:
        return promise(staff, ada, PromiseTerms(kind, f"due on the {day}th",
                                                due_on=date(2026, 3, day))).id

    on_time = due(25)
    services.promises.keep(staff, on_time)
    _closed_at(engine, on_time, london(2026, 3, 25, 23, 30))
    late = due(29, PromiseKind.CALLBACK)
    services.promises.keep(staff, late)
    # 23:30 UTC on the 29th is 00:30 on the 30th in London: a day late.
    _closed_at(engine, late, datetime(2026, 3, 29, 23, 30, tzinfo=UTC))
    overdue = due(26, PromiseKind.SET_ASIDE)
    due(29)  # due today, still open: not yet late
    services.promises.cancel(staff, due(24))  # cancelled promises are not counted
    due(31)  # due after the week

    seen = services.insights.what_customers_say(manager, WEEK, LONDON, today=SUNDAY)
    p = seen.promises
    assert (p.due, p.kept_on_time, p.kept_late, p.overdue, p.not_yet_due) == (4, 1, 1, 1, 1)
    assert p.share_on_time == pytest.approx(1 / 3)
    assert [(o.promise.id, o.customer_name) for o in seen.overdue_promises] == [
        (overdue, "Ada Lovelace")]


def test_follow_ups_scheduled_and_what_the_customers_said(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    follow_ups = []
    for n in range(4):
        remark = services.remarks.log_remark(staff, ada, RemarkKind.COMPLAINT, f"cold soup {n}",
                                             escalate=Priority.NORMAL)
        assert remark.escalation_id is not None
        services.escalations.resolve(manager, remark.escalation_id, Outcome.APOLOGY,
                                     follow_up_on=date.today())
        follow_ups.append(next(p for p in services.customers.card(ada).open_promises
                               if p.escalation_id == remark.escalation_id))
    services.follow_ups.record_result(staff, follow_ups[0].id, FollowUpResult.SATISFIED)
    services.follow_ups.record_result(staff, follow_ups[1].id, FollowUpResult.NOT_SATISFIED)
    with engine.begin() as c:  # scheduled a year ago: not this week's
        c.execute(update(PromiseRow).where(PromiseRow.id == follow_ups[3].id)
                  .values(promised_at=datetime(2025, 1, 1, tzinfo=UTC)))

    this_week = Period.week_of(date.today())
    f = services.insights.what_customers_say(manager, this_week).follow_ups
    assert (f.scheduled, f.satisfied, f.not_satisfied, f.open) == (3, 1, 1, 1)


def test_an_empty_period_is_all_zeros_not_an_error(services: Services, manager: Actor) -> None:
    seen = services.insights.what_customers_say(
        manager, Period(date(2020, 2, 1), date(2020, 2, 29)), LONDON, today=date(2020, 3, 1))
    assert seen.previous == Period(date(2020, 1, 1), date(2020, 1, 31))
    assert [(k.kind, k.count, k.previous) for k in seen.kinds] == [(k, 0, 0) for k in KINDS]
    assert len(seen.over_time) == 29 and all(sum(b.counts) == 0 for b in seen.over_time)
    assert seen.tags == seen.complaint_tags == seen.compliment_tags == ()
    e = seen.escalations
    assert (e.opened, e.resolved, e.median_minutes_to_resolve, e.past_target) == (0, 0, None, 0)
    assert all(o.count == 0 for o in e.by_outcome) and len(e.by_outcome) == len(Outcome)
    assert seen.promises.due == 0 and seen.promises.share_on_time is None
    assert (seen.follow_ups.scheduled, seen.overdue_promises) == (0, ())


def test_recent_remarks_of_a_kind_or_a_tag_newest_first(
    services: Services, engine: Engine, staff: Actor, manager: Actor
) -> None:
    marks = build_march(services, engine, staff, manager)
    complaints = services.insights.recent_remarks(manager, WEEK, RemarkKind.COMPLAINT, zone=LONDON)
    assert [r.id for r in complaints] == [marks.complaint_tuesday, marks.complaint_monday]
    parking = services.insights.recent_remarks(manager, WEEK, tag="parking", zone=LONDON)
    assert [r.id for r in parking] == [marks.complaint_tuesday, marks.complaint_monday]
    everything = services.insights.recent_remarks(manager, WEEK, zone=LONDON)
    assert everything[0].id == marks.late_sunday_compliment and len(everything) == 6
    assert everything[0].text.startswith("compliment")


def test_only_a_manager_sees_what_customers_are_saying(services: Services, staff: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.insights.what_customers_say(staff, WEEK)
    with pytest.raises(PermissionDenied):
        services.insights.recent_remarks(staff, WEEK)

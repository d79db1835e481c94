"""What customers are saying, for the manager: counts over a period, computed by the database."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    CustomerRow,
    EscalationRow,
    PromiseRow,
    RemarkRow,
    RemarkTagRow,
    UTCDateTime,
)
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP
from relate_desktop.domain.insights import (
    KINDS,
    EscalationFigures,
    FollowUpFigures,
    KindCount,
    OutcomeCount,
    OverduePromise,
    Period,
    PromiseFigures,
    ShopInsights,
    TagCount,
    TimeBucket,
    days_of,
    local_midnight,
    local_today,
)
from relate_desktop.domain.records import Actor, Remark
from relate_desktop.domain.vocabulary import (
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.services.base import Service, require_manager, utcnow
from relate_desktop.services.readers import promise_records, remark_records

#: How many tags the "by tag" table lists, and how many the complaint/compliment lists.
TAGS_LISTED = 20
TOP_TAGS = 5
#: The overdue list is for acting on, not an archive.
OVERDUE_LISTED = 200


def _at(moment: datetime) -> ColumnElement[datetime]:
    """A UTC instant as a bound value of the columns' own type (naive UTC on both engines)."""
    return literal(moment, UTCDateTime())


def minutes_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """``end - start`` in minutes, in SQL: each engine has its own date arithmetic."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 60.0
    return (func.julianday(end) - func.julianday(start)) * 1440.0


class InsightsService(Service):
    def what_customers_say(
        self, actor: Actor, period: Period, zone: tzinfo | None = None, today: date | None = None,
    ) -> ShopInsights:
        """Every figure of the manager's view for ``period`` (local days of ``zone``, the PC's
        own time zone when None), each compared with the period before where it says so."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can see what customers are saying."))
        today = today or local_today(zone)
        previous = period.previous()

        def work(session: Session) -> ShopInsights:
            start, end = period.bounds(zone)
            earlier, _ = previous.bounds(zone)
            return ShopInsights(
                period=period, previous=previous,
                kinds=_kinds(session, earlier, start, end),
                over_time=_over_time(session, period, zone),
                tags=_tags(session, earlier, start, end, None, TAGS_LISTED),
                complaint_tags=_tags(session, earlier, start, end, RemarkKind.COMPLAINT, TOP_TAGS),
                compliment_tags=_tags(session, earlier, start, end, RemarkKind.COMPLIMENT, TOP_TAGS),
                escalations=self._escalations(session, start, end),
                promises=_promises(session, period, zone, today),
                follow_ups=_follow_ups(session, start, end),
                overdue_promises=_overdue(session, today),
            )

        return self._transaction(work)

    def recent_remarks(
        self, actor: Actor, period: Period, kind: RemarkKind | None = None, tag: str | None = None,
        zone: tzinfo | None = None, limit: int = 50,
    ) -> list[Remark]:
        """What was said in ``period``, newest first: of one kind, with one tag, or all."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can see what customers are saying."))

        def work(session: Session) -> list[Remark]:
            start, end = period.bounds(zone)
            stmt = (select(RemarkRow).where(_said(start, end))
                    .order_by(RemarkRow.created_at.desc(), RemarkRow.id.desc()).limit(limit))
            if kind is not None:
                stmt = stmt.where(RemarkRow.kind == RemarkKind(kind).value)
            if tag is not None:
                stmt = stmt.where(RemarkRow.id.in_(
                    select(RemarkTagRow.remark_id).where(RemarkTagRow.tag == tag)))
            return remark_records(session, session.scalars(stmt).all())

        return self._transaction(work)

    def _escalations(self, session: Session, start: datetime, end: datetime) -> EscalationFigures:
        settings = self._settings(session)
        raised_in = (EscalationRow.raised_at >= start) & (EscalationRow.raised_at < end)
        resolved_in = (EscalationRow.resolved_at >= start) & (EscalationRow.resolved_at < end)
        opened = session.scalar(select(func.count()).where(raised_in)) or 0
        # Past target: resolved after its target time, or still open and already past it now.
        target = case((EscalationRow.priority == Priority.URGENT.value, settings.urgent_target_minutes),
                      else_=settings.normal_target_minutes)
        took = minutes_between(session, EscalationRow.raised_at,
                               func.coalesce(EscalationRow.resolved_at, _at(utcnow())))
        late = session.scalar(select(func.count()).where(raised_in, took > target)) or 0
        outcomes = dict(session.execute(
            select(EscalationRow.outcome, func.count()).where(resolved_in)
            .group_by(EscalationRow.outcome)).all())
        resolved = sum(outcomes.values())
        return EscalationFigures(
            opened=opened, resolved=resolved,
            median_minutes_to_resolve=_median_minutes(session, resolved_in, resolved),
            past_target=late,
            by_outcome=tuple(OutcomeCount(o, outcomes.get(o.value, 0)) for o in Outcome),
        )


def _said(start: datetime, end: datetime) -> ColumnElement[bool]:
    """Remarks made in [start, end) that still stand (withdrawn ones left the manager's view)."""
    return ((RemarkRow.created_at >= start) & (RemarkRow.created_at < end)
            & RemarkRow.withdrawn_at.is_(None))


def _kinds(session: Session, earlier: datetime, start: datetime, end: datetime) -> tuple[KindCount, ...]:
    # One pass over both periods (they are adjacent): the current one is the later part.
    current = func.sum(case((RemarkRow.created_at >= start, 1), else_=0))
    counts = {kind: (int(now or 0), int(total))
              for kind, now, total in session.execute(
                  select(RemarkRow.kind, current, func.count())
                  .where(_said(earlier, end)).group_by(RemarkRow.kind))}
    return tuple(
        KindCount(kind, counts.get(kind.value, (0, 0))[0],
                  counts.get(kind.value, (0, 0))[1] - counts.get(kind.value, (0, 0))[0])
        for kind in KINDS
    )


def _over_time(session: Session, period: Period, zone: tzinfo | None) -> tuple[TimeBucket, ...]:
    buckets = period.buckets()
    start, end = period.bounds(zone)
    edges = [local_midnight(b.first, zone) for b in buckets[1:]]
    index: ColumnElement[int] = (
        case(*[(RemarkRow.created_at < _at(edge), n) for n, edge in enumerate(edges)],
             else_=len(edges))
        if edges else literal(0)
    )
    # Grouped in an outer query: PostgreSQL would not see two renderings of the CASE (with
    # their own parameters) in SELECT and GROUP BY as the same expression.
    said = select(index.label("bucket"), RemarkRow.kind.label("kind")).where(_said(start, end)).subquery()
    counts: dict[tuple[int, str], int] = {
        (int(b), k): int(n) for b, k, n in session.execute(
            select(said.c.bucket, said.c.kind, func.count()).group_by(said.c.bucket, said.c.kind))
    }
    return tuple(
        TimeBucket(b.first, b.last, tuple(counts.get((n, kind.value), 0) for kind in KINDS))
        for n, b in enumerate(buckets)
    )


def _tags(
    session: Session, earlier: datetime, start: datetime, end: datetime, kind: RemarkKind | None,
    limit: int,
) -> tuple[TagCount, ...]:
    current = func.sum(case((RemarkRow.created_at >= start, 1), else_=0))
    stmt = (select(RemarkTagRow.tag, current, func.count())
            .join(RemarkRow, RemarkRow.id == RemarkTagRow.remark_id)
            .where(_said(earlier, end)).group_by(RemarkTagRow.tag)
            .order_by(current.desc(), func.count().desc(), RemarkTagRow.tag).limit(limit))
    if kind is not None:
        # The most frequent in this period's complaints (or compliments): this period's only.
        stmt = stmt.where(RemarkRow.kind == kind.value).having(current > 0)
    return tuple(TagCount(tag, int(now or 0), int(total) - int(now or 0))
                 for tag, now, total in session.execute(stmt))


def _median_minutes(session: Session, resolved_in: ColumnElement[bool], count: int) -> float | None:
    """The middle time to resolve (the mean of the middle two for an even count), read as at most
    two rows of the sorted durations: SQLite has no median."""
    if not count:
        return None
    took = minutes_between(session, EscalationRow.raised_at, EscalationRow.resolved_at)
    middle = [float(m) for m in session.scalars(
        select(took).where(resolved_in).order_by(took)
        .offset((count - 1) // 2).limit(2 if count % 2 == 0 else 1))]
    return sum(middle) / len(middle)


def _promises(session: Session, period: Period, zone: tzinfo | None, today: date) -> PromiseFigures:
    # Kept on time: closed before the local midnight that ends its due day; that instant
    # differs from day to day (daylight saving), so it is looked up per due day.
    day_ends = case(
        {day: _at(local_midnight(day + timedelta(days=1), zone)) for day in days_of(period)},
        value=PromiseRow.due_on,
    )
    kept = PromiseRow.status == PromiseStatus.KEPT.value
    still_open = PromiseRow.status == PromiseStatus.OPEN.value

    def counted(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    due, on_time, late, overdue, waiting = session.execute(
        select(func.count(), counted(kept & (PromiseRow.closed_at < day_ends)),
               counted(kept & (PromiseRow.closed_at >= day_ends)),
               counted(still_open & (PromiseRow.due_on < today)),
               counted(still_open & (PromiseRow.due_on >= today)))
        .where(PromiseRow.due_on >= period.first, PromiseRow.due_on <= period.last,
               PromiseRow.status != PromiseStatus.CANCELLED.value)
    ).one()
    return PromiseFigures(due=int(due), kept_on_time=int(on_time), kept_late=int(late),
                          overdue=int(overdue), not_yet_due=int(waiting))


def _follow_ups(session: Session, start: datetime, end: datetime) -> FollowUpFigures:
    results = dict(session.execute(
        select(func.coalesce(PromiseRow.follow_up_result, PromiseRow.status), func.count())
        .where(PromiseRow.kind == PromiseKind.FOLLOW_UP.value,
               PromiseRow.promised_at >= start, PromiseRow.promised_at < end)
        .group_by(func.coalesce(PromiseRow.follow_up_result, PromiseRow.status))
    ).all())
    return FollowUpFigures(
        scheduled=sum(results.values()),
        satisfied=results.get(FollowUpResult.SATISFIED.value, 0),
        not_satisfied=results.get(FollowUpResult.NOT_SATISFIED.value, 0),
        open=results.get(PromiseStatus.OPEN.value, 0),
    )


def _overdue(session: Session, today: date) -> tuple[OverduePromise, ...]:
    rows = session.execute(
        select(PromiseRow, CustomerRow.display_name)
        .join(CustomerRow, CustomerRow.id == PromiseRow.customer_id)
        .where(PromiseRow.status == PromiseStatus.OPEN.value, PromiseRow.due_on < today)
        .order_by(PromiseRow.due_on, PromiseRow.id).limit(OVERDUE_LISTED)
    ).all()
    records = promise_records(session, [r[0] for r in rows])
    return tuple(OverduePromise(p, name) for p, (_row, name) in zip(records, rows, strict=True))

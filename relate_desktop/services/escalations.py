"""The manager's queue: escalations from raising to resolution, and the loop back to staff."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from relate_desktop.db.models import (
    CustomerRow,
    EscalationNoteRow,
    EscalationRow,
    RemarkRow,
    StaffRow,
)
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    EditConflict,
    InvalidInput,
    NotAllowedNow,
    Words,
)
from relate_desktop.domain.records import Actor, Escalation, QueueOutline, QueueSignature
from relate_desktop.domain.vocabulary import EscalationStatus, Outcome, Priority, RemarkKind
from relate_desktop.services import audit
from relate_desktop.services.audit import quote
from relate_desktop.services.base import Service, claim_version, require_manager, utcnow
from relate_desktop.services.follow_ups import schedule_follow_up
from relate_desktop.services.promises import PromiseTerms, add_promise
from relate_desktop.services.readers import escalation_records

_UNRESOLVED = (EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value)
_URGENT_FIRST = EscalationRow.priority != Priority.URGENT.value


@cache
def _queue_select(by_ids: bool) -> Select[*tuple[Any, ...]]:
    """The queue rows' query, built once (building it took longer than SQLite took to run it):
    by ``ids`` (an expanding parameter), or every open one, urgent first, then oldest first."""
    raiser, owner = aliased(StaffRow), aliased(StaffRow)
    stmt = (
        select(EscalationRow.id, EscalationRow.remark_id, EscalationRow.customer_id,
               CustomerRow.display_name, EscalationRow.priority, EscalationRow.status,
               RemarkRow.kind, RemarkRow.text, raiser.name, EscalationRow.raised_by_id,
               EscalationRow.raised_at, owner.name, EscalationRow.version)
        .join(RemarkRow, RemarkRow.id == EscalationRow.remark_id)
        .join(raiser, raiser.id == EscalationRow.raised_by_id)
        .outerjoin(owner, owner.id == EscalationRow.owner_id)
        .outerjoin(CustomerRow, CustomerRow.id == EscalationRow.customer_id)
    )
    if by_ids:
        return stmt.where(EscalationRow.id.in_(bindparam("ids", expanding=True)))
    return stmt.where(EscalationRow.status.in_(_UNRESOLVED)).order_by(
        _URGENT_FIRST, EscalationRow.raised_at, EscalationRow.id)


_PRIORITIES = {p.value: p for p in Priority}
_STATUSES = {s.value: s for s in EscalationStatus}
_KINDS = {k.value: k for k in RemarkKind}


def _queue_rows(session: Session, ids: Sequence[int] | None) -> list[Escalation]:
    """Queue rows in one joined query of plain columns, not ORM objects and follow-up look-ups:
    a chain's queue can hold ten thousand open escalations (see benchmarks/). ``ids``: just
    these, in that order; None: every open one, urgent first, then oldest first.
    A page of rows is read on the database worker while the window scrolls, holding Python's
    lock as rows are built: Core rows on the session's connection (not the ORM's result
    machinery), enums from dicts, nothing else per row."""
    connection = session.connection()
    rows = (connection.execute(_queue_select(False)) if ids is None
            else connection.execute(_queue_select(True), {"ids": list(ids)}))
    priorities, statuses, kinds = _PRIORITIES, _STATUSES, _KINDS
    found = [
        Escalation(id=eid, remark_id=rid, customer_id=cid, customer_name=name or "",
                   priority=priorities[priority], status=statuses[status],
                   kind=kinds[kind], summary=text, raised_by=raised_by,
                   raised_by_id=raised_by_id, raised_at=raised_at, owner=owner_name or "",
                   version=version)
        for (eid, rid, cid, name, priority, status, kind, text, raised_by, raised_by_id,
             raised_at, owner_name, version) in rows.all()
    ]
    if ids is None:
        return found
    by_id = {e.id: e for e in found}
    return [by_id.pop(i) for i in ids if i in by_id]  # in the order asked; gone ones left out


class EscalationService(Service):
    def escalate_remark(self, actor: Actor, remark_id: int, priority: Priority) -> Escalation:
        def work(session: Session) -> Escalation:
            remark = self._get(session, RemarkRow, remark_id, "remark")
            if remark.withdrawn_at is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This remark was withdrawn."))
            existing = session.scalar(select(EscalationRow).where(EscalationRow.remark_id == remark_id))
            if existing is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This remark is already with the manager."))
            now = utcnow()
            row = EscalationRow(
                remark_id=remark_id, customer_id=remark.customer_id, priority=Priority(priority).value,
                status=EscalationStatus.OPEN.value, raised_by_id=actor.staff.id, raised_at=now,
                resolution_note="", updated_at=now, version=1,
            )
            session.add(row)
            session.flush()
            audit.record(session, actor, "escalation.raise", "escalation", row.id,
                         f"{row.priority}: {quote(remark.text)}", row.customer_id)
            return escalation_records(session, [row])[0]

        return self._transaction(work)

    def queue(self) -> list[Escalation]:
        """Open escalations, urgent first, then oldest first (all of them: the command line and
        exports; the window reads ``queue_outline`` and then pages with ``queue_rows``)."""
        return self._transaction(lambda session: _queue_rows(session, None))

    def queue_outline(self, first: int = 0, now: datetime | None = None) -> QueueOutline:
        """The open queue's order and counts, and its ``first`` rows, in one transaction."""

        def work(session: Session) -> QueueOutline:
            shop = self._settings(session)
            moment = now or utcnow()
            ids = tuple(session.scalars(
                select(EscalationRow.id).where(EscalationRow.status.in_(_UNRESOLVED))
                .order_by(_URGENT_FIRST, EscalationRow.raised_at, EscalationRow.id)))
            urgent_late = moment - timedelta(minutes=shop.urgent_target_minutes)
            normal_late = moment - timedelta(minutes=shop.normal_target_minutes)
            is_urgent = EscalationRow.priority == Priority.URGENT.value
            urgent, late = session.execute(
                select(func.count().filter(is_urgent),
                       func.count().filter(or_(and_(is_urgent, EscalationRow.raised_at <= urgent_late),
                                               and_(~is_urgent, EscalationRow.raised_at <= normal_late))))
                .where(EscalationRow.status.in_(_UNRESOLVED))).one()
            rows = _queue_rows(session, ids[:first]) if first else []
            return QueueOutline(ids, int(urgent or 0), int(late or 0), tuple(rows))

        return self._transaction(work)

    def queue_rows(self, ids: Sequence[int]) -> list[Escalation]:
        """These escalations as queue rows, in the order asked (one page of the queue)."""
        return self._transaction(lambda session: _queue_rows(session, ids))

    def get(self, escalation_id: int) -> Escalation:
        def work(session: Session) -> Escalation:
            row = self._get(session, EscalationRow, escalation_id, "escalation")
            return escalation_records(session, [row], with_notes=True)[0]

        return self._transaction(work)

    def take_ownership(
        self, actor: Actor, escalation_id: int, expected_version: int | None = None
    ) -> Escalation:
        """``expected_version``: the version the queue showed; if another manager took or
        resolved it since, EditConflict (and the queue shows their change)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can take ownership of an escalation."))

        def work(session: Session) -> Escalation:
            self._claim(session, escalation_id, expected_version)
            row = self._open_row(session, escalation_id)
            row.owner_id = actor.staff.id
            row.status = EscalationStatus.ACKNOWLEDGED.value
            self._changed(row)
            audit.record(session, actor, "escalation.take", "escalation", row.id, "", row.customer_id)
            session.flush()
            return escalation_records(session, [row], with_notes=True)[0]

        return self._transaction(work)

    def add_note(self, actor: Actor, escalation_id: int, text: str) -> Escalation:
        if not text.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Type the note first."))

        def work(session: Session) -> Escalation:
            row = self._get(session, EscalationRow, escalation_id, "escalation")
            session.add(EscalationNoteRow(
                escalation_id=row.id, staff_id=actor.staff.id, at=utcnow(), text=text.strip()
            ))
            self._changed(row)
            audit.record(session, actor, "escalation.note", "escalation", row.id, quote(text),
                         row.customer_id)
            session.flush()
            return escalation_records(session, [row], with_notes=True)[0]

        return self._transaction(work)

    def resolve(
        self, actor: Actor, escalation_id: int, outcome: Outcome, note: str = "",
        promise: PromiseTerms | None = None, expected_version: int | None = None,
        follow_up_on: date | None = None,
    ) -> Escalation:
        """Close an escalation with an outcome; it returns to the customer's card and to the
        person who raised it. ``promise`` records what was promised to make it right;
        ``follow_up_on`` schedules a call to check the customer is happy with it.
        ``expected_version`` as for take_ownership: a stale view is told, never overwrites."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can resolve an escalation."))

        def work(session: Session) -> Escalation:
            self._claim(session, escalation_id, expected_version)
            row = self._open_row(session, escalation_id)
            now = utcnow()
            row.status = EscalationStatus.RESOLVED.value
            row.outcome = Outcome(outcome).value
            row.resolution_note = note.strip()
            row.resolved_at = now
            row.resolved_by_id = actor.staff.id
            if row.owner_id is None:
                row.owner_id = actor.staff.id
            if row.customer_id is None:
                row.told_at = now  # an anonymous walk-in cannot be told later
            if promise is not None:
                if row.customer_id is None:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A promise needs a customer; this remark has none."))
                add_promise(session, actor, row.customer_id, promise,
                            self._settings(session).currency, escalation_id=row.id)
            if follow_up_on is not None:
                schedule_follow_up(session, actor, row, follow_up_on, self._settings(session).currency)
            self._changed(row)
            audit.record(session, actor, "escalation.resolve", "escalation", row.id,
                         f"{row.outcome}: {quote(row.resolution_note)}"
                         + (f"; promised {quote(promise.what)}" if promise else ""), row.customer_id)
            session.flush()
            return escalation_records(session, [row], with_notes=True)[0]

        return self._transaction(work)

    def signature(self) -> QueueSignature:
        """Cheap enough to ask every second or two: both parts come straight from indexes."""

        def work(session: Session) -> QueueSignature:
            newest = session.scalar(select(func.max(EscalationRow.id))) or 0
            changed = session.scalar(select(func.max(EscalationRow.updated_at)))
            counts = dict(
                session.execute(
                    select(EscalationRow.priority, func.count())
                    .where(EscalationRow.status.in_(_UNRESOLVED))
                    .group_by(EscalationRow.priority)
                ).all()
            )
            return QueueSignature(
                newest_id=newest, last_change=changed,
                open_urgent=counts.get(Priority.URGENT.value, 0), open_total=sum(counts.values()),
            )

        return self._transaction(work)

    def urgent_raised_after(self, escalation_id: int) -> list[Escalation]:
        """Urgent escalations newer than ``escalation_id`` still open: for the manager's alert."""

        def work(session: Session) -> list[Escalation]:
            rows = session.scalars(
                select(EscalationRow).where(
                    EscalationRow.id > escalation_id,
                    EscalationRow.priority == Priority.URGENT.value,
                    EscalationRow.status.in_(_UNRESOLVED),
                ).order_by(EscalationRow.id)
            ).all()
            return escalation_records(session, rows)

        return self._transaction(work)

    def unseen_resolutions(self, actor: Actor) -> list[Escalation]:
        """What the manager decided on escalations this person raised, not yet shown to them."""

        def work(session: Session) -> list[Escalation]:
            rows = session.scalars(
                select(EscalationRow).where(
                    EscalationRow.raised_by_id == actor.staff.id,
                    EscalationRow.raiser_seen_at.is_(None),
                    EscalationRow.status == EscalationStatus.RESOLVED.value,
                ).order_by(EscalationRow.resolved_at)
            ).all()
            return escalation_records(session, rows)

        return self._transaction(work)

    def mark_seen(self, actor: Actor, escalation_ids: Sequence[int]) -> None:
        def work(session: Session) -> None:
            for row in session.scalars(
                select(EscalationRow).where(
                    EscalationRow.id.in_(list(escalation_ids)),
                    EscalationRow.raised_by_id == actor.staff.id,
                    EscalationRow.status == EscalationStatus.RESOLVED.value,
                )
            ):
                row.raiser_seen_at = utcnow()
                audit.record(session, actor, "escalation.seen", "escalation", row.id, "",
                             row.customer_id)

        self._transaction(work)

    def _claim(self, session: Session, escalation_id: int, expected_version: int | None) -> None:
        if expected_version is None:
            return
        try:
            claim_version(session, EscalationRow, escalation_id, expected_version, "escalation")
        except EditConflict:
            row = self._get(session, EscalationRow, escalation_id, "escalation")
            now = escalation_records(session, [row])[0]
            if now.status is EscalationStatus.RESOLVED:
                message = Words(QT_TRANSLATE_NOOP(
                    "errors", "Someone else changed this escalation a moment ago (it is now "
                    "resolved by %1). The queue shows their change; yours was not saved."),
                    now.resolved_by)
            elif now.owner:
                message = Words(QT_TRANSLATE_NOOP(
                    "errors", "Someone else changed this escalation a moment ago (it is now "
                    "taken by %1). The queue shows their change; yours was not saved."), now.owner)
            elif now.status is EscalationStatus.ACKNOWLEDGED:
                message = Words(QT_TRANSLATE_NOOP(
                    "errors", "Someone else changed this escalation a moment ago (it is now "
                    "acknowledged). The queue shows their change; yours was not saved."))
            else:
                message = Words(QT_TRANSLATE_NOOP(
                    "errors", "Someone else changed this escalation a moment ago (it is now "
                    "open). The queue shows their change; yours was not saved."))
            raise EditConflict(message) from None

    def _open_row(self, session: Session, escalation_id: int) -> EscalationRow:
        row = self._get(session, EscalationRow, escalation_id, "escalation")
        if row.status == EscalationStatus.RESOLVED.value:
            raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This escalation is already resolved."))
        return row

    @staticmethod
    def _changed(row: EscalationRow) -> None:
        row.updated_at = utcnow()
        row.version = EscalationRow.version + 1  # in SQL: concurrent changes all count

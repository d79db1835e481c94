"""Turning escalation, remark and promise rows into records, a batch at a time (no N+1)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    CustomerRow,
    EscalationNoteRow,
    EscalationRow,
    PromiseRow,
    RemarkRevisionRow,
    RemarkRow,
    RemarkTagRow,
    StaffRow,
)
from relate_desktop.domain.records import (
    Escalation,
    EscalationNote,
    Promise,
    Remark,
    RemarkRevision,
)
from relate_desktop.domain.vocabulary import (
    Channel,
    EscalationStatus,
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
)


def _names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(wanted))).all())


def _customer_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(
        session.execute(
            select(CustomerRow.id, CustomerRow.display_name).where(CustomerRow.id.in_(wanted))
        ).all()
    )


def escalation_records(
    session: Session, rows: Sequence[EscalationRow], with_notes: bool = False
) -> list[Escalation]:
    if not rows:
        return []
    remarks = {
        r.id: r
        for r in session.scalars(select(RemarkRow).where(RemarkRow.id.in_([e.remark_id for e in rows])))
    }
    notes: dict[int, list[EscalationNoteRow]] = defaultdict(list)
    if with_notes:
        for note in session.scalars(
            select(EscalationNoteRow)
            .where(EscalationNoteRow.escalation_id.in_([e.id for e in rows]))
            .order_by(EscalationNoteRow.id)
        ):
            notes[note.escalation_id].append(note)
    staff = _names(
        session,
        {e.raised_by_id for e in rows} | {e.owner_id for e in rows} | {e.resolved_by_id for e in rows}
        | {n.staff_id for ns in notes.values() for n in ns},
    )
    customers = _customer_names(session, {e.customer_id for e in rows})
    records = []
    for e in rows:
        remark = remarks[e.remark_id]
        records.append(Escalation(
            id=e.id,
            remark_id=e.remark_id,
            customer_id=e.customer_id,
            customer_name=customers.get(e.customer_id, "") if e.customer_id else "",
            priority=Priority(e.priority),
            status=EscalationStatus(e.status),
            kind=RemarkKind(remark.kind),
            summary=remark.text,
            raised_by=staff.get(e.raised_by_id, ""),
            raised_by_id=e.raised_by_id,
            raised_at=e.raised_at,
            owner=staff.get(e.owner_id, "") if e.owner_id else "",
            outcome=Outcome(e.outcome) if e.outcome else None,
            resolution_note=e.resolution_note,
            resolved_at=e.resolved_at,
            resolved_by=staff.get(e.resolved_by_id, "") if e.resolved_by_id else "",
            told_at=e.told_at,
            notes=tuple(
                EscalationNote(staff=staff.get(n.staff_id, ""), at=n.at, text=n.text)
                for n in notes[e.id]
            ),
            version=e.version,
        ))
    return records


def promise_records(session: Session, rows: Sequence[PromiseRow]) -> list[Promise]:
    staff = _names(session, {p.promised_by_id for p in rows})
    return [
        Promise(
            id=p.id, customer_id=p.customer_id, kind=PromiseKind(p.kind), what=p.what,
            amount_cents=p.amount_cents, currency=p.currency, due_on=p.due_on,
            status=PromiseStatus(p.status), promised_by=staff.get(p.promised_by_id, ""),
            promised_at=p.promised_at, closed_at=p.closed_at, escalation_id=p.escalation_id,
            follow_up_result=FollowUpResult(p.follow_up_result) if p.follow_up_result else None,
        )
        for p in rows
    ]


def remark_records(
    session: Session, rows: Sequence[RemarkRow], with_revisions: bool = False
) -> list[Remark]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    tags: dict[int, list[str]] = defaultdict(list)
    for remark_id, tag in session.execute(
        select(RemarkTagRow.remark_id, RemarkTagRow.tag)
        .where(RemarkTagRow.remark_id.in_(ids))
        .order_by(RemarkTagRow.tag)
    ):
        tags[remark_id].append(tag)
    escalations = {
        e.remark_id: e for e in session.scalars(select(EscalationRow).where(EscalationRow.remark_id.in_(ids)))
    }
    revisions: dict[int, list[RemarkRevisionRow]] = defaultdict(list)
    if with_revisions:
        for rev in session.scalars(
            select(RemarkRevisionRow).where(RemarkRevisionRow.remark_id.in_(ids)).order_by(RemarkRevisionRow.id)
        ):
            revisions[rev.remark_id].append(rev)
    staff = _names(
        session, {r.staff_id for r in rows} | {v.staff_id for vs in revisions.values() for v in vs}
        | {r.about_staff_id for r in rows}
    )
    customers = _customer_names(session, {r.customer_id for r in rows})
    records = []
    for r in rows:
        escalation = escalations.get(r.id)
        records.append(Remark(
            id=r.id,
            customer_id=r.customer_id,
            customer_name=customers.get(r.customer_id, "") if r.customer_id else "",
            kind=RemarkKind(r.kind),
            channel=Channel(r.channel),
            text=r.text,
            tags=tuple(tags[r.id]),
            staff=staff.get(r.staff_id, ""),
            workstation=r.workstation,
            created_at=r.created_at,
            withdrawn=r.withdrawn_at is not None,
            escalation_id=escalation.id if escalation else None,
            escalation_status=EscalationStatus(escalation.status) if escalation else None,
            revisions=tuple(
                RemarkRevision(at=v.at, staff=staff.get(v.staff_id, ""), change=v.change,
                               before=v.before, after=v.after)
                for v in revisions[r.id]
            ),
            about_staff_id=r.about_staff_id,
            about_staff=staff.get(r.about_staff_id, "") if r.about_staff_id else "",
            language=r.language,
        ))
    return records

"""What the customer card shows below the little things: open matters, then the history."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import ConsentEventRow, EscalationRow, PromiseRow, RemarkRow, StaffRow
from relate_desktop.domain.records import Escalation, Promise, TimelineEntry
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.services.readers import escalation_records, promise_records

#: The card shows this many remarks; older history is for the export.
TIMELINE_REMARKS = 500

_REMARKS = (
    select(RemarkRow.id, RemarkRow.kind, RemarkRow.channel, RemarkRow.text, RemarkRow.created_at,
           RemarkRow.language, StaffRow.name, EscalationRow.status)
    .outerjoin(StaffRow, StaffRow.id == RemarkRow.staff_id)
    .outerjoin(EscalationRow, EscalationRow.remark_id == RemarkRow.id)
    .where(RemarkRow.customer_id == bindparam("customer_id"), RemarkRow.withdrawn_at.is_(None))
    .order_by(RemarkRow.created_at.desc())
    .limit(TIMELINE_REMARKS)
)


def escalations_for_card(session: Session, customer_id: int) -> tuple[list[Escalation], list[Escalation]]:
    """(still open, resolved but the customer not yet told), oldest first."""
    rows = session.scalars(
        select(EscalationRow)
        .where(EscalationRow.customer_id == customer_id)
        .where(
            (EscalationRow.status != EscalationStatus.RESOLVED.value) | EscalationRow.told_at.is_(None)
        )
        .order_by(EscalationRow.raised_at)
    ).all()
    records = escalation_records(session, rows)
    still_open = [e for e in records if e.status is not EscalationStatus.RESOLVED]
    tell_them = [e for e in records if e.status is EscalationStatus.RESOLVED]
    return still_open, tell_them


def promises_for_card(session: Session, customer_id: int) -> list[Promise]:
    rows = session.scalars(
        select(PromiseRow)
        .where(PromiseRow.customer_id == customer_id, PromiseRow.status == PromiseStatus.OPEN.value)
        .order_by(PromiseRow.due_on.is_(None), PromiseRow.due_on, PromiseRow.id)
    ).all()
    return promise_records(session, rows)


def customer_timeline(session: Session, customer_id: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    # The remarks as plain columns in one joined query, not ORM rows and follow-up look-ups:
    # a regular's card holds hundreds of them and opens while they talk (see benchmarks/).
    for remark_id, kind, channel, text, created_at, language, by, status in session.execute(
        _REMARKS, {"customer_id": customer_id}
    ):
        escalation = EscalationStatus(status) if status is not None else None
        entries.append(TimelineEntry(
            at=created_at, what="remark", kind=RemarkKind(kind), channel=Channel(channel),
            escalation=escalation, text=text, staff=by or "", ref=remark_id,
            open=escalation is not None and escalation is not EscalationStatus.RESOLVED,
            language=language,
        ))
    resolved = session.scalars(
        select(EscalationRow)
        .where(EscalationRow.customer_id == customer_id, EscalationRow.resolved_at.is_not(None))
        .order_by(EscalationRow.resolved_at.desc())
        .limit(TIMELINE_REMARKS)
    ).all()
    for e in escalation_records(session, resolved):
        assert e.resolved_at is not None and e.outcome is not None
        entries.append(TimelineEntry(
            at=e.resolved_at, what="resolution", outcome=e.outcome,
            text=e.resolution_note or e.summary, staff=e.resolved_by, ref=e.remark_id,
        ))
    promise_rows = session.scalars(
        select(PromiseRow).where(PromiseRow.customer_id == customer_id)
        .order_by(PromiseRow.promised_at.desc()).limit(TIMELINE_REMARKS)
    ).all()
    for p in promise_records(session, promise_rows):
        entries.append(TimelineEntry(
            at=p.promised_at, what="promise", promise_kind=p.kind, text=p.what,
            staff=p.promised_by, ref=p.id, open=p.status is PromiseStatus.OPEN,
        ))
        if p.closed_at is not None:
            entries.append(TimelineEntry(
                at=p.closed_at, what="promise " + p.status.value, promise_kind=p.kind,
                promise_status=p.status, text=p.what, staff="", ref=p.id,
            ))
    # Consent changes are part of the story: who recorded which wish, when, and how.
    consents = session.scalars(
        select(ConsentEventRow).where(ConsentEventRow.customer_id == customer_id)
        .order_by(ConsentEventRow.id.desc()).limit(TIMELINE_REMARKS)
    ).all()
    staff = dict(session.execute(select(StaffRow.id, StaffRow.name).where(
        StaffRow.id.in_({c.staff_id for c in consents}))).all()) if consents else {}
    for c in consents:
        entries.append(TimelineEntry(
            at=c.at, what="consent", consent_channel=ContactChannel(c.channel),
            consent_state=ConsentState(c.state), text=c.how,
            staff=staff.get(c.staff_id, ""), ref=c.id,
        ))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries

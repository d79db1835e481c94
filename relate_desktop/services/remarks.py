"""Logging what a customer said, undoing a slip, and correcting a remark later (with history)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    CustomerRow,
    EscalationRow,
    PromiseRow,
    RemarkRevisionRow,
    RemarkRow,
    RemarkTagRow,
    StaffRow,
)
from relate_desktop.domain import languages
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor, Remark
from relate_desktop.domain.vocabulary import Channel, EscalationStatus, Priority, RemarkKind
from relate_desktop.services import audit
from relate_desktop.services.audit import quote
from relate_desktop.services.base import Service, utcnow
from relate_desktop.services.delivery import already_delivered, note_delivered
from relate_desktop.services.readers import remark_records

#: Long enough for any real remark, short enough to keep the card readable.
MAX_REMARK_CHARS = 10_000
#: "Saved — Undo" removes a remark outright only this soon after saving it.
UNDO_WINDOW = timedelta(minutes=10)


def clean_tags(tags: tuple[str, ...] | list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        # "#" first, then spaces: "# Sale" is "sale"; and no space left dangling by the cut.
        tag = " ".join(tag.strip().lstrip("#").split()).lower()[:64].rstrip()
        if tag:
            seen[tag] = None
    return list(seen)


def _check_text(text: str) -> str:
    # Kept exactly as typed (emoji, right-to-left, combining marks); only blank is refused.
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Type what the customer said first."))
    if len(text) > MAX_REMARK_CHARS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That remark is too long (%1 characters at most)."),
                           MAX_REMARK_CHARS)
    return text


def _check_language(language: str | None) -> str | None:
    """A code ("pl") for a language Relate knows, else as typed; None when not noted."""
    value = languages.normalise(language or "")
    if len(value) > languages.MAX_LANGUAGE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That language is too long (%1 characters at most)."),
                           languages.MAX_LANGUAGE)
    return value or None


class RemarkService(Service):
    def log_remark(
        self,
        actor: Actor,
        customer_id: int | None,
        kind: RemarkKind,
        text: str,
        channel: Channel = Channel.COUNTER,
        tags: tuple[str, ...] = (),
        escalate: Priority | None = None,
        key: str | None = None,
        said_at: datetime | None = None,
        about_staff_id: int | None = None,
        language: str | None = None,
    ) -> Remark:
        """Save a remark (``customer_id`` None for an anonymous walk-in), escalating it at once
        when ``escalate`` is given. From an outbox: ``key`` makes a second delivery return the
        first one's remark, ``said_at`` is when it was typed (the server was away then).
        ``about_staff_id``: who a compliment is about; it reaches them as "kind words".
        ``language``: the language the conversation was in (None: not noted); the customer's
        own preferred language is never changed by it."""
        text = _check_text(text)
        language = _check_language(language)
        if about_staff_id is not None and RemarkKind(kind) is not RemarkKind.COMPLIMENT:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Only a compliment can be about a member of staff."))

        def work(session: Session) -> Remark:
            earlier = already_delivered(session, key)
            if earlier is not None:
                return remark_records(session, [self._get(session, RemarkRow, earlier, "remark")])[0]
            if customer_id is not None:
                self._get(session, CustomerRow, customer_id, "customer")
            if about_staff_id is not None:
                about = session.get(StaffRow, about_staff_id)
                if about is None or not about.active or about.is_system:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That member of staff is no longer with the shop."))
            now = said_at or utcnow()
            row = RemarkRow(
                customer_id=customer_id, kind=RemarkKind(kind).value, channel=Channel(channel).value,
                text=text, staff_id=actor.staff.id, workstation=actor.workstation, created_at=now,
                about_staff_id=about_staff_id, language=language,
            )
            session.add(row)
            session.flush()
            for tag in clean_tags(tags):
                session.add(RemarkTagRow(remark_id=row.id, tag=tag))
            if escalate is not None:
                session.add(EscalationRow(
                    remark_id=row.id, customer_id=customer_id, priority=Priority(escalate).value,
                    status=EscalationStatus.OPEN.value, raised_by_id=actor.staff.id, raised_at=now,
                    resolution_note="", updated_at=now, version=1,
                ))
            session.flush()
            audit.record(session, actor, "remark.log", "remark", row.id,
                         f"{row.kind} ({row.channel}) {quote(text)}"
                         + (f", escalated {Priority(escalate).value}" if escalate else "")
                         + (f", about staff {about_staff_id}" if about_staff_id else ""), customer_id)
            note_delivered(session, key, "remark", row.id, actor)
            return remark_records(session, [row])[0]

        return self._transaction(work)

    def undo_remark(self, actor: Actor, remark_id: int) -> Remark:
        """Take back a remark just saved by mistake; returns it so its text can be restored."""

        def work(session: Session) -> Remark:
            row = self._get(session, RemarkRow, remark_id, "remark")
            if row.staff_id != actor.staff.id or utcnow() - row.created_at > UNDO_WINDOW:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "Only a remark you just saved can be undone; withdraw it instead."))
            escalation = session.scalar(select(EscalationRow).where(EscalationRow.remark_id == remark_id))
            if escalation is not None and escalation.status != EscalationStatus.OPEN.value:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "The manager is already handling it; withdraw it instead."))
            record = remark_records(session, [row])[0]
            if escalation is not None:
                session.execute(delete(PromiseRow).where(PromiseRow.escalation_id == escalation.id))
                session.delete(escalation)
            session.delete(row)
            audit.record(session, actor, "remark.undo", "remark", remark_id, quote(record.text),
                         record.customer_id)
            return record

        return self._transaction(work)

    def get(self, remark_id: int) -> Remark:
        def work(session: Session) -> Remark:
            row = self._get(session, RemarkRow, remark_id, "remark")
            return remark_records(session, [row], with_revisions=True)[0]

        return self._transaction(work)

    def correct_remark(
        self, actor: Actor, remark_id: int, *, text: str | None = None,
        kind: RemarkKind | None = None, customer_id: int | None = None,
    ) -> Remark:
        """Fix the text or kind, or move it to the right customer; each change is kept."""

        def work(session: Session) -> Remark:
            row = self._get(session, RemarkRow, remark_id, "remark")
            if row.withdrawn_at is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This remark was withdrawn."))
            now = utcnow()

            def revise(change: str, before: str, after: str) -> None:
                session.add(RemarkRevisionRow(
                    remark_id=row.id, at=now, staff_id=actor.staff.id, change=change,
                    before=before, after=after,
                ))
                shown = (quote(before), quote(after)) if change == "text" else (before, after)
                audit.record(session, actor, f"remark.correct_{change}", "remark", row.id,
                             f"{shown[0]} → {shown[1]}",
                             int(after) if change == "customer" else row.customer_id)

            if text is not None and text != row.text:
                revise("text", row.text, _check_text(text))
                row.text = text
            if kind is not None and RemarkKind(kind).value != row.kind:
                revise("kind", row.kind, RemarkKind(kind).value)
                row.kind = RemarkKind(kind).value
            if customer_id is not None and customer_id != row.customer_id:
                self._get(session, CustomerRow, customer_id, "customer")
                revise("customer", str(row.customer_id or ""), str(customer_id))
                row.customer_id = customer_id
                escalation = session.scalar(
                    select(EscalationRow).where(EscalationRow.remark_id == remark_id)
                )
                if escalation is not None:
                    escalation.customer_id = customer_id
                    escalation.updated_at = now
                    escalation.version += 1
                    # What was promised to make it right goes with it to the right customer.
                    for promise in session.scalars(
                        select(PromiseRow).where(PromiseRow.escalation_id == escalation.id)
                    ):
                        promise.customer_id = customer_id
            session.flush()
            return remark_records(session, [row], with_revisions=True)[0]

        return self._transaction(work)

    def withdraw_remark(self, actor: Actor, remark_id: int, reason: str = "") -> Remark:
        """Take a remark off the card and the manager's view; the record of it stays."""

        def work(session: Session) -> Remark:
            row = self._get(session, RemarkRow, remark_id, "remark")
            escalation = session.scalar(select(EscalationRow).where(EscalationRow.remark_id == remark_id))
            if escalation is not None and escalation.status != EscalationStatus.RESOLVED.value:
                # An escalation is never lost: the manager closes it (e.g. "no action") first.
                raise NotAllowedNow(
                    QT_TRANSLATE_NOOP("errors", "This remark is with the manager; it can be withdrawn once they resolve it.")
                )
            if row.withdrawn_at is None:
                row.withdrawn_at = utcnow()
                session.add(RemarkRevisionRow(
                    remark_id=row.id, at=row.withdrawn_at, staff_id=actor.staff.id,
                    change="withdrawn", before="", after=reason.strip(),
                ))
                audit.record(session, actor, "remark.withdraw", "remark", row.id,
                             quote(reason) if reason.strip() else "", row.customer_id)
            session.flush()
            return remark_records(session, [row], with_revisions=True)[0]

        return self._transaction(work)

    def recent_for_customer(self, customer_id: int, limit: int = 50) -> list[Remark]:
        def work(session: Session) -> list[Remark]:
            rows = session.scalars(
                select(RemarkRow).where(RemarkRow.customer_id == customer_id)
                .order_by(RemarkRow.created_at.desc()).limit(limit)
            ).all()
            return remark_records(session, rows)

        return self._transaction(work)

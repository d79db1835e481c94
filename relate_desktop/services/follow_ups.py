"""Following up a resolved escalation: a call to check the customer is happy, and their answer."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import EscalationRow, PromiseRow
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor, Promise
from relate_desktop.domain.vocabulary import (
    EscalationStatus,
    FollowUpResult,
    Outcome,
    PromiseKind,
    PromiseStatus,
)
from relate_desktop.services import audit
from relate_desktop.services.audit import quote
from relate_desktop.services.base import Service, require_manager, utcnow
from relate_desktop.services.promises import PromiseTerms, add_promise
from relate_desktop.services.readers import promise_records


def schedule_follow_up(
    session: Session, actor: Actor, escalation: EscalationRow, due_on: date, currency: str
) -> PromiseRow:
    """A follow-up promise linked to ``escalation`` (resolved, with a customer), in the
    caller's transaction: it shows on the card and on the today lists when due."""
    if escalation.status != EscalationStatus.RESOLVED.value:
        raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "Resolve the escalation first, then follow it up."))
    if escalation.customer_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A walk-in cannot be followed up: there is no customer on file."))
    waiting = session.scalar(select(PromiseRow.id).where(
        PromiseRow.escalation_id == escalation.id, PromiseRow.kind == PromiseKind.FOLLOW_UP.value,
        PromiseRow.status == PromiseStatus.OPEN.value))
    if waiting is not None:
        raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "A follow-up of this escalation is already waiting."))
    outcome = Outcome(escalation.outcome).value if escalation.outcome else "the outcome"
    terms = PromiseTerms(PromiseKind.FOLLOW_UP, f"Call to check they are happy with the {outcome}",
                         due_on=due_on)
    return add_promise(session, actor, escalation.customer_id, terms, currency,
                       escalation_id=escalation.id)


class FollowUpService(Service):
    def schedule(self, actor: Actor, escalation_id: int, due_on: date) -> Promise:
        """Follow up an escalation resolved earlier (the queue's resolve box does it at once)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can schedule a follow-up."))

        def work(session: Session) -> Promise:
            escalation = self._get(session, EscalationRow, escalation_id, "escalation")
            row = schedule_follow_up(session, actor, escalation, due_on,
                                     self._settings(session).currency)
            return promise_records(session, [row])[0]

        return self._transaction(work)

    def record_result(self, actor: Actor, promise_id: int, result: FollowUpResult) -> Promise:
        """The customer was called: the follow-up is done, with what they said. Undo is
        PromiseService.reopen, which forgets the result too."""

        def work(session: Session) -> Promise:
            row = self._get(session, PromiseRow, promise_id, "promise")
            if row.kind != PromiseKind.FOLLOW_UP.value:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Only a follow-up has a result; mark other promises as kept."))
            if row.status != PromiseStatus.OPEN.value:
                raise NotAllowedNow(
                    QT_TRANSLATE_NOOP("errors", "This follow-up is already kept.")
                    if row.status == PromiseStatus.KEPT.value
                    else QT_TRANSLATE_NOOP("errors", "This follow-up is already cancelled."))
            row.status = PromiseStatus.KEPT.value
            row.follow_up_result = FollowUpResult(result).value
            row.closed_at = utcnow()
            row.closed_by_id = actor.staff.id
            session.flush()
            audit.record(session, actor, "promise.follow_up_result", "promise", row.id,
                         f"{row.follow_up_result}: {quote(row.what)}", row.customer_id)
            return promise_records(session, [row])[0]

        return self._transaction(work)

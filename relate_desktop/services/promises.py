"""Promises made to a customer (a credit, a callback, an order set aside) until they are kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from relate_desktop.db.models import CustomerRow, PromiseRow
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor, Promise
from relate_desktop.domain.vocabulary import PromiseKind, PromiseStatus
from relate_desktop.services import audit
from relate_desktop.services.audit import quote
from relate_desktop.services.base import Service, utcnow
from relate_desktop.services.delivery import already_delivered, note_delivered
from relate_desktop.services.readers import promise_records


@dataclass(frozen=True)
class PromiseTerms:
    kind: PromiseKind
    what: str
    amount_cents: int | None = None
    due_on: date | None = None


def add_promise(
    session: Session, actor: Actor, customer_id: int, terms: PromiseTerms, currency: str,
    escalation_id: int | None = None,
) -> PromiseRow:
    what = " ".join(terms.what.split())
    if not what:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say what was promised, e.g. \"$20 credit on next visit\"."))
    if len(what) > 300:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Keep the promise short (300 characters at most)."))
    if terms.amount_cents is not None and terms.amount_cents < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An amount cannot be negative."))
    row = PromiseRow(
        customer_id=customer_id, kind=PromiseKind(terms.kind).value, what=what,
        amount_cents=terms.amount_cents, currency=currency if terms.amount_cents is not None else "",
        due_on=terms.due_on, status=PromiseStatus.OPEN.value, promised_by_id=actor.staff.id,
        promised_at=utcnow(), escalation_id=escalation_id,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "promise.record", "promise", row.id,
                 f"{row.kind}: {quote(what)}" + (f", due {row.due_on}" if row.due_on else ""),
                 customer_id)
    return row


class PromiseService(Service):
    def record_promise(
        self, actor: Actor, customer_id: int, terms: PromiseTerms, key: str | None = None
    ) -> Promise:
        """``key``: from an outbox; a second delivery returns the first one's promise."""

        def work(session: Session) -> Promise:
            earlier = already_delivered(session, key)
            if earlier is not None:
                return promise_records(session, [self._get(session, PromiseRow, earlier, "promise")])[0]
            self._get(session, CustomerRow, customer_id, "customer")
            row = add_promise(session, actor, customer_id, terms, self._settings(session).currency)
            note_delivered(session, key, "promise", row.id, actor)
            return promise_records(session, [row])[0]

        return self._transaction(work)

    def keep(self, actor: Actor, promise_id: int) -> Promise:
        return self._close(actor, promise_id, PromiseStatus.KEPT)

    def cancel(self, actor: Actor, promise_id: int) -> Promise:
        return self._close(actor, promise_id, PromiseStatus.CANCELLED)

    def reopen(self, actor: Actor, promise_id: int) -> Promise:
        """Undo a "kept" or "cancelled" pressed by mistake."""

        def work(session: Session) -> Promise:
            row = self._get(session, PromiseRow, promise_id, "promise")
            row.status = PromiseStatus.OPEN.value
            row.closed_at = None
            row.closed_by_id = None
            row.follow_up_result = None  # a result recorded by mistake goes with it
            session.flush()
            audit.record(session, actor, "promise.reopen", "promise", row.id, quote(row.what),
                         row.customer_id)
            return promise_records(session, [row])[0]

        return self._transaction(work)

    def _close(self, actor: Actor, promise_id: int, status: PromiseStatus) -> Promise:
        def work(session: Session) -> Promise:
            row = self._get(session, PromiseRow, promise_id, "promise")
            if row.status != PromiseStatus.OPEN.value:
                raise NotAllowedNow(
                    QT_TRANSLATE_NOOP("errors", "This promise is already kept.")
                    if row.status == PromiseStatus.KEPT.value
                    else QT_TRANSLATE_NOOP("errors", "This promise is already cancelled."))
            row.status = status.value
            row.closed_at = utcnow()
            row.closed_by_id = actor.staff.id
            session.flush()
            audit.record(session, actor, f"promise.{status.value}", "promise", row.id, quote(row.what),
                         row.customer_id)
            return promise_records(session, [row])[0]

        return self._transaction(work)

"""The customer's own data: everything held about one customer, and erasure on request."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from relate_desktop.db.engine import purge_old_pages
from relate_desktop.db.models import (
    AuditRow,
    ConsentEventRow,
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    CustomerSourceRow,
    EscalationNoteRow,
    EscalationRow,
    ImportantDateRow,
    LittleThingRow,
    LoyaltyCardRow,
    NameTokenRow,
    PromiseRow,
    RemarkRevisionRow,
    RemarkRow,
    TillHistoryRow,
)
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import Actor
from relate_desktop.domain.text import fold
from relate_desktop.services import audit
from relate_desktop.services.base import Service, require_manager, utcnow
from relate_desktop.services.merging import forget_merges
from relate_desktop.services.readers import escalation_records, promise_records, remark_records

ERASED_NAME = "Erased customer"


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


class CustomerDataService(Service):
    def dossier(self, actor: Actor, customer_id: int) -> dict[str, Any]:
        """Everything the shop holds about one customer (and nothing about anyone else),
        ready for JSON or a printed document."""

        def work(session: Session) -> dict[str, Any]:
            c = self._get(session, CustomerRow, customer_id, "customer")
            phones = session.scalars(select(CustomerPhoneRow).where(
                CustomerPhoneRow.customer_id == customer_id).order_by(CustomerPhoneRow.id)).all()
            things = session.scalars(select(LittleThingRow).where(
                LittleThingRow.customer_id == customer_id).order_by(LittleThingRow.id)).all()
            consents = session.scalars(select(ConsentEventRow).where(
                ConsentEventRow.customer_id == customer_id).order_by(ConsentEventRow.id)).all()
            remarks = remark_records(session, session.scalars(select(RemarkRow).where(
                RemarkRow.customer_id == customer_id).order_by(RemarkRow.id)).all(), with_revisions=True)
            escalations = escalation_records(session, session.scalars(select(EscalationRow).where(
                EscalationRow.customer_id == customer_id).order_by(EscalationRow.id)).all(), with_notes=True)
            promises = promise_records(session, session.scalars(select(PromiseRow).where(
                PromiseRow.customer_id == customer_id).order_by(PromiseRow.id)).all())
            names = self._staff_names(session, {t.recorded_by_id for t in things}
                                      | {e.staff_id for e in consents})
            audit.record(session, actor, "customer.dossier", "customer", customer_id, "", customer_id)
            return {
                "customer_id": c.id,
                "name": c.display_name,
                "how_to_say_it": c.pronunciation,
                "preferred_language": c.preferred_language,
                "preferred_channel": c.preferred_channel,
                "do_not_contact": c.do_not_contact,
                "do_not_contact_until": _iso(c.do_not_contact_until),
                "customer_since": _iso(c.created_at),
                "phones": [{"as_given": p.raw, "e164": p.e164} for p in phones],
                "emails": list(session.scalars(select(CustomerEmailRow.email).where(
                    CustomerEmailRow.customer_id == customer_id).order_by(CustomerEmailRow.id))),
                "cards": list(session.scalars(select(LoyaltyCardRow.number).where(
                    LoyaltyCardRow.customer_id == customer_id).order_by(LoyaltyCardRow.id))),
                "little_things": [
                    {"text": t.text, "sensitive": t.sensitive, "recorded_by": names.get(t.recorded_by_id, ""),
                     "recorded_at": _iso(t.recorded_at), "removed_at": _iso(t.removed_at)}
                    for t in things
                ],
                "consent_history": [
                    {"channel": e.channel, "state": e.state, "how": e.how,
                     "recorded_by": names.get(e.staff_id, ""), "at": _iso(e.at)}
                    for e in consents
                ],
                "remarks": [
                    {"remark_id": r.id, "at": _iso(r.created_at), "kind": r.kind.value,
                     "channel": r.channel.value, "text": r.text, "tags": list(r.tags), "staff": r.staff,
                     "withdrawn": r.withdrawn, "language": r.language,
                     "corrections": [{"at": _iso(v.at), "by": v.staff, "change": v.change,
                                      "before": v.before, "after": v.after} for v in r.revisions]}
                    for r in remarks
                ],
                "escalations": [
                    {"escalation_id": e.id, "remark_id": e.remark_id, "priority": e.priority.value,
                     "status": e.status.value, "raised_by": e.raised_by, "raised_at": _iso(e.raised_at),
                     "owner": e.owner, "outcome": e.outcome.value if e.outcome else None,
                     "resolution_note": e.resolution_note, "resolved_at": _iso(e.resolved_at),
                     "told_at": _iso(e.told_at),
                     "notes": [{"at": _iso(n.at), "by": n.staff, "text": n.text} for n in e.notes]}
                    for e in escalations
                ],
                "important_dates": [
                    {"kind": d.kind, "month": d.month, "day": d.day, "year": d.year, "note": d.note,
                     "source": d.source}
                    for d in session.scalars(select(ImportantDateRow).where(
                        ImportantDateRow.customer_id == customer_id).order_by(ImportantDateRow.id))
                ],
                "till_history": [
                    {"system": t.system, "visits": t.visits, "spent_cents": t.spent_cents,
                     "currency": t.currency, "first_visit": _iso(t.first_visit),
                     "last_visit": _iso(t.last_visit), "source": t.source}
                    for t in session.scalars(select(TillHistoryRow).where(
                        TillHistoryRow.customer_id == customer_id).order_by(TillHistoryRow.id))
                ],
                "ids_in_other_systems": [
                    {"system": system, "id": key} for system, key in session.execute(
                        select(CustomerSourceRow.system, CustomerSourceRow.source_key).where(
                            CustomerSourceRow.customer_id == customer_id).order_by(CustomerSourceRow.id))
                ],
                "promises": [
                    {"kind": p.kind.value, "what": p.what, "amount_cents": p.amount_cents,
                     "currency": p.currency, "due_on": _iso(p.due_on), "status": p.status.value,
                     "promised_by": p.promised_by, "promised_at": _iso(p.promised_at),
                     "closed_at": _iso(p.closed_at),
                     "follow_up_result": p.follow_up_result.value if p.follow_up_result else None}
                    for p in promises
                ],
            }

        return self._transaction(work)

    def erase(self, actor: Actor, customer_id: int, confirm_name: str) -> None:
        """Erase a customer's personal data on their request. What stays is anonymous (kinds,
        dates, outcomes), so the shop's figures stay true. Cannot be undone."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can erase a customer."))

        def work(session: Session) -> None:
            c = self._get(session, CustomerRow, customer_id, "customer")
            if c.erased_at is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This customer was erased already."))
            if fold(" ".join(confirm_name.split())) != fold(" ".join(c.display_name.split())):
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Type the customer's name exactly as shown to confirm the erasure."))
            for model in (CustomerPhoneRow, CustomerEmailRow, LoyaltyCardRow, NameTokenRow,
                          LittleThingRow, ConsentEventRow, CustomerSourceRow, ImportantDateRow,
                          TillHistoryRow):
                session.execute(delete(model).where(model.customer_id == customer_id))
            forget_merges(session, customer_id, ERASED_NAME)
            remark_ids = select(RemarkRow.id).where(RemarkRow.customer_id == customer_id)
            escalation_ids = select(EscalationRow.id).where(EscalationRow.customer_id == customer_id)
            session.execute(delete(RemarkRevisionRow).where(RemarkRevisionRow.remark_id.in_(remark_ids)))
            session.execute(delete(EscalationNoteRow).where(
                EscalationNoteRow.escalation_id.in_(escalation_ids)))
            session.execute(update(RemarkRow).where(RemarkRow.customer_id == customer_id).values(text=""))
            session.execute(update(EscalationRow).where(EscalationRow.customer_id == customer_id)
                            .values(resolution_note=""))
            session.execute(update(PromiseRow).where(PromiseRow.customer_id == customer_id)
                            .values(what=""))
            # The audit trail keeps that things happened, not what was said or written.
            session.execute(update(AuditRow).where(AuditRow.customer_id == customer_id)
                            .values(summary="[erased]"))
            c.display_name = ERASED_NAME
            c.pronunciation = ""
            c.preferred_language = ""
            c.preferred_channel = None
            c.do_not_contact = False
            c.do_not_contact_until = None
            c.erased_at = utcnow()
            c.updated_at = c.erased_at
            c.version += 1
            audit.record(session, actor, "customer.erase", "customer", customer_id,
                         "personal data erased on request", customer_id)

        self._transaction(work)
        with self._sessions.begin() as session:
            purge_old_pages(session.connection())

"""The sample shop: made through the public services, then spread over four months of history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    ConsentEventRow,
    CustomerRow,
    EscalationNoteRow,
    EscalationRow,
    LittleThingRow,
    PromiseRow,
    RemarkRow,
    StaffRow,
)
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, NotAllowedNow
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import EscalationStatus, PromiseStatus
from relate_desktop.services import demo_content as words
from relate_desktop.services.base import Service, utcnow
from relate_desktop.services.demo_plan import SamplePlan, plan_sample_shop

if TYPE_CHECKING:  # the bundle imports this module; at run time it is imported late
    from relate_desktop.services import Services

#: Every made-up member of the sample staff signs in with this PIN (said on the sign-in screen).
SAMPLE_PIN = "1234"

#: Resolutions newer than this are left "unseen" by the person who raised them, so the
#: loop back to staff has something to show.
_UNSEEN_FOR = timedelta(days=2)


def fill_sample_shop(
    services: Services, actor: Actor, seed: int = 7, now: datetime | None = None
) -> SampleShopSummary:
    """Fill the database behind ``services`` with the sample shop (the first-run window's
    "start with sample data" and ``relate-desktop demo``)."""
    return services.demo.fill_sample_shop(actor, seed, now)


@dataclass(frozen=True)
class SampleShopSummary:
    customers: int
    remarks: int
    escalations: int
    promises: int
    staff: int


class DemoService(Service):
    """Fills an empty database with the sample shop; never touches one that has customers."""

    def fill_sample_shop(
        self, actor: Actor, seed: int = 7, now: datetime | None = None
    ) -> SampleShopSummary:
        """``actor`` (a manager, e.g. the command line) adds the sample staff; they do the rest.
        The same ``seed`` and ``now`` give the same shop."""
        has_customers = self._transaction(
            lambda s: s.scalar(select(CustomerRow.id).limit(1)) is not None
        )
        if has_customers:
            raise NotAllowedNow(
                QT_TRANSLATE_NOOP("errors", "This database already has customers; use an empty data folder for the sample shop.")
            )
        from relate_desktop.services import Services

        services = Services.over(self._sessions)
        if services.shop.is_initialised():
            services.shop.mark_demo()
        else:
            services.shop.initialise(words.DEMO_SHOP_NAME, "GB", "GBP", demo=True)
        plan = plan_sample_shop(seed, now or utcnow())
        people = self._sample_staff(services, actor)
        self._create(services, plan, people)
        self._backdate(plan, [p.staff.id for p in people.values()])
        return SampleShopSummary(
            customers=len(plan.customers),
            remarks=len(plan.remarks),
            escalations=sum(1 for r in plan.remarks if r.escalation),
            promises=len(plan.promises)
            + sum(1 for r in plan.remarks if r.escalation and r.escalation.promise),
            staff=len(people),
        )

    @staticmethod
    def _sample_staff(services: Services, actor: Actor) -> dict[str, Actor]:
        existing = {s.name: s for s in services.staff.active_staff()}
        people: dict[str, Actor] = {}
        for name, role, workstation in words.STAFF:
            # Someone who typed their own name into the first-run window may share one.
            member = existing.get(name)
            if member is None or member.role is not role:
                as_named = name if member is None else f"{name} (sample)"
                member = existing.get(as_named) or services.staff.add(
                    as_named, role, actor, pin=SAMPLE_PIN)
            people[name] = Actor(member, workstation)
        return people

    @staticmethod
    def _create(services: Services, plan: SamplePlan, people: dict[str, Actor]) -> None:
        first_manager = next(a for a in people.values() if a.staff.is_manager)
        for customer in plan.customers:
            customer.id = services.customers.create(first_manager, customer.new)
            for channel, state, how in customer.consents:
                services.customers.set_consent(first_manager, customer.id, channel, state, how)
            if customer.do_not_contact:
                services.customers.update_profile(first_manager, customer.id, do_not_contact=True)
        for remark in plan.remarks:
            who = people[remark.staff]
            at = Actor(who.staff, words.WORKSTATION_BY_CHANNEL.get(remark.channel, who.workstation))
            e = remark.escalation
            logged = services.remarks.log_remark(
                at, remark.customer.id if remark.customer else None, remark.kind, remark.text,
                remark.channel, remark.tags, escalate=e.priority if e else None,
            )
            remark.id = logged.id
            if e is None or logged.escalation_id is None:
                continue
            e.id = logged.escalation_id
            if e.status is EscalationStatus.OPEN:
                continue
            owner = people[e.owner]
            services.escalations.take_ownership(owner, e.id)
            for _, text in e.notes:
                services.escalations.add_note(owner, e.id, text)
            if e.outcome is None:
                continue
            services.escalations.resolve(owner, e.id, e.outcome, e.resolution_note, e.promise)
            if e.told_at is not None:
                services.customers.mark_told(who, e.id)
            if e.promise and e.promise_kept_at and remark.customer:
                # resolve() does not hand back the promise it made; the card lists it.
                card = services.customers.card(remark.customer.id)
                made = next(p for p in card.open_promises if p.what == e.promise.what)
                services.promises.keep(owner, made.id)
        for promise in plan.promises:
            promised_by = people[promise.promised_by]
            promise.id = services.promises.record_promise(
                promised_by, promise.customer.id, promise.terms
            ).id
            if promise.kept_at is not None:
                services.promises.keep(promised_by, promise.id)

    def _backdate(self, plan: SamplePlan, staff_ids: list[int]) -> None:
        """The services stamp "now"; move every row to when the plan says it happened, so
        the queue, the card and the reports show a shop with a past."""
        created = {c.id: c.created_at for c in plan.customers}
        escalations = {r.escalation.id: (r, r.escalation) for r in plan.remarks if r.escalation}
        now = plan.now

        def work(session: Session) -> None:
            def bulk(model: type[Any], rows: list[dict[str, Any]]) -> None:
                if rows:
                    session.execute(update(model), rows)

            bulk(StaffRow, [{"id": i, "created_at": now - timedelta(days=150)} for i in staff_ids])
            bulk(CustomerRow, [{"id": i, "created_at": t, "updated_at": t} for i, t in created.items()])
            bulk(LittleThingRow, [
                {"id": i, "recorded_at": created[c] + timedelta(minutes=1)}
                for i, c in session.execute(select(LittleThingRow.id, LittleThingRow.customer_id))
                if c in created
            ])
            # Consent events keep their order: the first at sign-up, later ones spread after.
            seen: dict[int, int] = {}
            consent_rows = []
            for i, c in session.execute(
                select(ConsentEventRow.id, ConsentEventRow.customer_id).order_by(ConsentEventRow.id)
            ):
                if c in created:
                    n = seen[c] = seen.get(c, -1) + 1
                    at = created[c] + timedelta(minutes=2 + n) + (now - created[c]) * min(n, 1) / 2
                    consent_rows.append({"id": i, "at": at})
            bulk(ConsentEventRow, consent_rows)
            bulk(RemarkRow, [{"id": r.id, "created_at": r.at} for r in plan.remarks])
            note_rows: list[dict[str, Any]] = []
            escalation_rows: list[dict[str, Any]] = []
            for eid, (remark, e) in escalations.items():
                note_ids = session.scalars(
                    select(EscalationNoteRow.id).where(EscalationNoteRow.escalation_id == eid)
                    .order_by(EscalationNoteRow.id)
                ).all()
                note_rows += [{"id": i, "at": at} for i, (at, _) in zip(note_ids, e.notes, strict=True)]
                told = e.told_at or (e.resolved_at if remark.customer is None else None)
                last = max([remark.at, e.resolved_at or remark.at, told or remark.at]
                           + [at for at, _ in e.notes])
                seen_at = None
                if e.resolved_at is not None and now - e.resolved_at > _UNSEEN_FOR:
                    seen_at = e.resolved_at + timedelta(hours=1)
                escalation_rows.append({
                    "id": eid, "raised_at": remark.at, "resolved_at": e.resolved_at,
                    "told_at": told, "updated_at": last, "raiser_seen_at": seen_at,
                })
            bulk(EscalationNoteRow, note_rows)
            bulk(EscalationRow, escalation_rows)
            promise_rows: list[dict[str, Any]] = [
                {"id": p.id, "promised_at": p.promised_at, "closed_at": p.kept_at}
                for p in plan.promises
            ]
            for pid, source, status in session.execute(
                select(PromiseRow.id, PromiseRow.escalation_id, PromiseRow.status)
                .where(PromiseRow.escalation_id.is_not(None))
            ):
                if source in escalations:
                    e = escalations[source][1]
                    kept = e.promise_kept_at if status == PromiseStatus.KEPT.value else None
                    promise_rows.append({"id": pid, "promised_at": e.resolved_at, "closed_at": kept})
            bulk(PromiseRow, promise_rows)

        self._transaction(work)

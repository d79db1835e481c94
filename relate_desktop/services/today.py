"""Each person's day: callbacks, follow-ups and promises due, dates to remember, kind words."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import CustomerRow, PromiseRow, RemarkRow, StaffRow
from relate_desktop.domain.insights import local_midnight, local_today
from relate_desktop.domain.records import Actor
from relate_desktop.domain.reminders import (
    DAYS_AHEAD,
    DateReminder,
    DueItem,
    KindWord,
    TodayPanel,
)
from relate_desktop.domain.vocabulary import PromiseKind, PromiseStatus, RemarkKind
from relate_desktop.services.base import Service
from relate_desktop.services.readers import promise_records
from relate_desktop.services.reminders import date_reminders

#: Each list is for today's work; a backlog longer than this is the manager's overdue list.
DUE_LISTED = 50
#: Kind words stay on someone's welcome page this long.
KIND_WORDS_DAYS = 30
KIND_WORDS_LISTED = 10


class TodayService(Service):
    def for_staff(self, actor: Actor, today: date | None = None, zone: tzinfo | None = None) -> TodayPanel:
        """What is due today (or overdue), theirs first, and what customers said about them."""
        today = today or local_today(zone)

        def work(session: Session) -> TodayPanel:
            mine = case((PromiseRow.promised_by_id == actor.staff.id, 0), else_=1)
            rows = session.execute(
                select(PromiseRow, CustomerRow.display_name)
                .join(CustomerRow, CustomerRow.id == PromiseRow.customer_id)
                .where(PromiseRow.status == PromiseStatus.OPEN.value, PromiseRow.due_on <= today,
                       CustomerRow.erased_at.is_(None))
                .order_by(mine, PromiseRow.due_on, PromiseRow.id).limit(3 * DUE_LISTED)
            ).all()
            ids = {r[0].id: r[0].promised_by_id == actor.staff.id for r in rows}
            names = {r[0].id: r[1] for r in rows}
            items = [DueItem(p, names[p.id], ids[p.id])
                     for p in promise_records(session, [r[0] for r in rows])]

            def of(*kinds: PromiseKind) -> tuple[DueItem, ...]:
                return tuple(i for i in items if i.promise.kind in kinds)[:DUE_LISTED]

            return TodayPanel(
                day=today,
                callbacks=of(PromiseKind.CALLBACK),
                follow_ups=of(PromiseKind.FOLLOW_UP),
                promises=of(PromiseKind.CREDIT, PromiseKind.SET_ASIDE),
                dates=tuple(date_reminders(session, today, days_ahead=0)),
                kind_words=_kind_words(session, actor, today, zone),
            )

        return self._transaction(work)


    def dates_for_customer(self, customer_id: int, today: date | None = None) -> list[DateReminder]:
        """The customer's important dates within DAYS_AHEAD days, for the card; none when they
        said yes to no channel (or asked not to be contacted)."""
        today = today or local_today()
        return self._transaction(
            lambda session: date_reminders(session, today, DAYS_AHEAD, customer_id))


def _kind_words(session: Session, actor: Actor, today: date, zone: tzinfo | None) -> tuple[KindWord, ...]:
    since = local_midnight(today - timedelta(days=KIND_WORDS_DAYS), zone)
    rows = session.execute(
        select(RemarkRow, CustomerRow.display_name, StaffRow.name)
        .outerjoin(CustomerRow, CustomerRow.id == RemarkRow.customer_id)
        .join(StaffRow, StaffRow.id == RemarkRow.staff_id)
        .where(RemarkRow.about_staff_id == actor.staff.id,
               RemarkRow.kind == RemarkKind.COMPLIMENT.value, RemarkRow.withdrawn_at.is_(None),
               RemarkRow.created_at >= since, RemarkRow.text != "")  # "": erased on request
        .order_by(RemarkRow.created_at.desc(), RemarkRow.id.desc()).limit(KIND_WORDS_LISTED)
    ).all()
    return tuple(
        KindWord(remark_id=r.id, customer_id=r.customer_id, customer_name=name or "",
                 text=r.text, said_at=r.created_at, heard_by=heard_by)
        for r, name, heard_by in rows
    )

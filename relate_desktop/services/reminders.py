"""Important dates coming up, only for customers who said yes to being contacted."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import ConsentEventRow, CustomerRow, ImportantDateRow
from relate_desktop.domain.reminders import (
    DateReminder,
    month_days_ahead,
    next_occurrence,
    no_contact_now,
    reminder_channel,
)
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel

#: A busy day's reminders at most; each reads its customer's consent in one batch (an IN list
#: well under old SQLite's 999 parameters).
REMINDERS_LISTED = 300


def date_reminders(
    session: Session, today: date, days_ahead: int, customer_id: int | None = None
) -> list[DateReminder]:
    """Dates falling from ``today`` to ``days_ahead`` days later, soonest first, each with the
    channel it suggests; a customer who said yes to no channel gets no reminder at all."""
    pairs = sorted(month_days_ahead(today, days_ahead))
    stmt = (
        select(ImportantDateRow, CustomerRow)
        .join(CustomerRow, CustomerRow.id == ImportantDateRow.customer_id)
        .where(or_(*[(ImportantDateRow.month == m) & (ImportantDateRow.day == d) for m, d in pairs]),
               CustomerRow.erased_at.is_(None),
               # A merged-away record keeps its copy of the date; the survivor shows it once.
               CustomerRow.merged_into_id.is_(None))
        .order_by(ImportantDateRow.id).limit(REMINDERS_LISTED)
    )
    if customer_id is not None:
        stmt = stmt.where(ImportantDateRow.customer_id == customer_id)
    rows = session.execute(stmt).all()
    if not rows:
        return []
    consents: dict[int, dict[ContactChannel, ConsentState]] = defaultdict(dict)
    # Append-only events in id order: the last one per channel is the customer's wish now.
    for who, said_on, state in session.execute(
        select(ConsentEventRow.customer_id, ConsentEventRow.channel, ConsentEventRow.state)
        .where(ConsentEventRow.customer_id.in_({c.id for _d, c in rows}))
        .order_by(ConsentEventRow.id)
    ):
        consents[who][ContactChannel(said_on)] = ConsentState(state)
    reminders = []
    for shared, customer in rows:
        if no_contact_now(customer.do_not_contact, customer.do_not_contact_until, today):
            continue
        preferred = ContactChannel(customer.preferred_channel) if customer.preferred_channel else None
        channel = reminder_channel(preferred, consents[customer.id], do_not_contact=False)
        on = next_occurrence(shared.month, shared.day, today)
        if channel is None or (on - today).days > days_ahead:
            continue
        reminders.append(DateReminder(
            customer_id=customer.id, customer_name=customer.display_name, kind=shared.kind, on=on,
            year=shared.year, note=shared.note, channel=channel,
        ))
    reminders.sort(key=lambda r: (r.on, r.customer_name, r.kind))
    return reminders

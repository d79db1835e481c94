"""Reading the till history kept from an import, for the customer's card."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import TillHistoryRow
from relate_desktop.domain.till import TillHistory


def till_for_card(session: Session, customer_id: int) -> tuple[TillHistory, ...]:
    rows = session.scalars(select(TillHistoryRow).where(TillHistoryRow.customer_id == customer_id)
                           .order_by(TillHistoryRow.id))
    return tuple(
        TillHistory(system=r.system, visits=r.visits, spent_cents=r.spent_cents, currency=r.currency,
                    first_visit=r.first_visit, last_visit=r.last_visit, source=r.source)
        for r in rows
    )

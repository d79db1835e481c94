"""Delivery keys: work sent from a workstation's outbox is saved once however often it is sent."""

from __future__ import annotations

from sqlalchemy.orm import Session

from relate_desktop.db.models import DeliveredEntryRow
from relate_desktop.domain.records import Actor
from relate_desktop.services.base import utcnow


def already_delivered(session: Session, key: str | None) -> int | None:
    """The id saved the first time ``key`` arrived, or None if this is its first arrival."""
    if key is None:
        return None
    row = session.get(DeliveredEntryRow, key)
    return row.target_id if row is not None else None


def note_delivered(session: Session, key: str | None, kind: str, target_id: int, actor: Actor) -> None:
    """In the same transaction as the work: both land, or neither does. Two PCs can never send
    one key (it is made on one PC), and a second try of the same key hits the primary key."""
    if key is not None:
        session.add(DeliveredEntryRow(key=key, kind=kind, target_id=target_id,
                                      workstation=actor.workstation[:120], delivered_at=utcnow()))

"""Nothing lost when the shop server is down: remarks, escalations and promises typed at a
counter wait in this PC's outbox and are sent, in order and exactly once, when it is back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from relate_desktop.db.outbox_store import OutboxStore, StoredEntry
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseUnavailable,
    RelateError,
    ServerUnreachable,
    Words,
)
from relate_desktop.domain.records import Actor, Promise, Remark, StaffMember
from relate_desktop.domain.vocabulary import Channel, Priority, PromiseKind, RemarkKind, Role
from relate_desktop.services.base import utcnow
from relate_desktop.services.changes import ChangeService
from relate_desktop.services.promises import PromiseService, PromiseTerms
from relate_desktop.services.remarks import RemarkService


@dataclass(frozen=True)
class OutgoingRemark:
    customer_id: int | None
    kind: RemarkKind
    text: str
    channel: Channel = Channel.COUNTER
    tags: tuple[str, ...] = ()
    escalate: Priority | None = None
    about_staff_id: int | None = None  # a compliment about this member of staff
    language: str | None = None  # the language the conversation was in


@dataclass(frozen=True)
class OutgoingPromise:
    customer_id: int
    terms: PromiseTerms


Outgoing = OutgoingRemark | OutgoingPromise


@dataclass(frozen=True)
class Queued:
    """Kept on this PC: it goes to the server when the server is back."""

    key: str
    waiting: int


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int
    waiting: int
    online: bool
    #: Entries the server refused (e.g. their customer was erased meanwhile): kept, with why.
    refused: tuple[Words, ...] = ()


class Outbox:
    def __init__(self, store: OutboxStore, remarks: RemarkService, promises: PromiseService,
                 changes: ChangeService) -> None:
        self._store = store
        self._remarks = remarks
        self._promises = promises
        self._changes = changes

    @classmethod
    def at(cls, path: Path, remarks: RemarkService, promises: PromiseService,
           changes: ChangeService) -> Outbox:
        return cls(OutboxStore(path), remarks, promises, changes)

    def waiting(self) -> int:
        return self._store.count()

    @staticmethod
    def waiting_in(path: Path) -> int:
        """How much waits in the outbox file at ``path`` (0 if there is none)."""
        return OutboxStore(path).count() if path.exists() else 0

    def send(self, actor: Actor, item: Outgoing) -> Remark | Promise | Queued:
        """Save now through the normal service call; if the server cannot be reached (or older
        work is still waiting, which must arrive first) keep it in the outbox instead."""
        key = str(uuid.uuid4())
        payload = _payload(actor, item, utcnow())
        if self._store.count() == 0:
            try:
                return self._deliver(key, type(item).__name__, payload)
            except ServerUnreachable:
                pass  # the key goes with it: had it arrived after all, the retry is a no-op
        self._store.put(key, type(item).__name__, payload)
        return Queued(key, self._store.count())

    def cancel(self, key: str) -> bool:
        """Take back something still waiting (its "Undo")."""
        return self._store.remove(key)

    def deliver(self) -> DeliveryReport:
        """Send what waits, oldest first; stop at the first sign the server is away. With
        nothing waiting, just check the server is there."""
        entries = self._store.entries()
        if not entries:
            try:
                self._changes.ping()
            except DatabaseUnavailable:
                return DeliveryReport(0, 0, online=False)
            return DeliveryReport(0, 0, online=True)
        delivered, refused = 0, list[Words]()
        for entry in entries:
            try:
                self._deliver(entry.key, entry.kind, entry.payload)
            except DatabaseUnavailable:  # away, or too busy: everything later waits its turn
                return DeliveryReport(delivered, self._store.count(), online=False,
                                      refused=tuple(refused))
            except RelateError as error:
                self._store.note_failure(entry.key, str(error))
                refused.append(Words(QT_TRANSLATE_NOOP("errors", "%1: %2"), _describe(entry), error.words))
                continue
            self._store.remove(entry.key)
            delivered += 1
        return DeliveryReport(delivered, self._store.count(), online=True, refused=tuple(refused))

    def _deliver(self, key: str, kind: str, payload: dict[str, Any]) -> Remark | Promise:
        actor = Actor(StaffMember(payload["staff_id"], payload["staff_name"],
                                  Role(payload["staff_role"])), payload["workstation"])
        said_at = datetime.fromisoformat(payload["said_at"])
        if kind == "OutgoingRemark":
            return self._remarks.log_remark(
                actor, payload["customer_id"], RemarkKind(payload["kind"]), payload["text"],
                Channel(payload["channel"]), tuple(payload["tags"]),
                Priority(payload["escalate"]) if payload["escalate"] else None,
                key=key, said_at=said_at, about_staff_id=payload.get("about_staff_id"),
                # Kept by a Relate from before languages were noted: no "language" key.
                language=payload.get("language"))
        terms = PromiseTerms(
            PromiseKind(payload["promise_kind"]), payload["what"], payload["amount_cents"],
            date.fromisoformat(payload["due_on"]) if payload["due_on"] else None)
        return self._promises.record_promise(actor, payload["customer_id"], terms, key=key)


def _payload(actor: Actor, item: Outgoing, now: datetime) -> dict[str, Any]:
    common = {"staff_id": actor.staff.id, "staff_name": actor.staff.name,
              "staff_role": actor.staff.role.value, "workstation": actor.workstation,
              "said_at": now.isoformat(), "customer_id": item.customer_id}
    if isinstance(item, OutgoingRemark):
        return {**common, "kind": item.kind.value, "text": item.text, "channel": item.channel.value,
                "tags": list(item.tags), "escalate": item.escalate.value if item.escalate else None,
                "about_staff_id": item.about_staff_id, "language": item.language}
    return {**common, "promise_kind": item.terms.kind.value, "what": item.terms.what,
            "amount_cents": item.terms.amount_cents,
            "due_on": item.terms.due_on.isoformat() if item.terms.due_on else None}


def _describe(entry: StoredEntry) -> str:
    text = entry.payload.get("text") or entry.payload.get("what") or ""
    return f"“{text[:40]}”"

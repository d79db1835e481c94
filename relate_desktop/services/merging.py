"""Merging two customers into one (a manager's call) and undoing it: everything the other had
moves to the survivor, and each moved row is written down so the undo can put it back."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    AuditRow,
    ConsentEventRow,
    CustomerEmailRow,
    CustomerMergeMoveRow,
    CustomerMergeRow,
    CustomerPhoneRow,
    CustomerRow,
    CustomerSourceRow,
    EscalationRow,
    ImportantDateRow,
    LittleThingRow,
    LoyaltyCardRow,
    NameTokenRow,
    PromiseRow,
    RemarkRow,
    TillHistoryRow,
)
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.merging import (
    OTHER,
    PROFILE_FIELDS,
    SURVIVOR,
    MergeConflict,
    MergeRecord,
    MergeReview,
)
from relate_desktop.domain.records import Actor
from relate_desktop.domain.text import name_tokens
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.services import audit
from relate_desktop.services.base import Service, require_manager, utcnow
from relate_desktop.services.customers import CustomerService

#: Everything of a customer's that follows them into the survivor.
MOVABLE: tuple[Any, ...] = (
    CustomerPhoneRow, CustomerEmailRow, LoyaltyCardRow, LittleThingRow, ConsentEventRow, RemarkRow,
    EscalationRow, PromiseRow, CustomerSourceRow, ImportantDateRow, TillHistoryRow,
)
_MODELS: dict[str, Any] = {m.__tablename__: m for m in MOVABLE}
MOVED, ADDED = "moved", "added"


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _latest_consents(session: Session, customer_id: int) -> dict[str, str]:
    latest: dict[str, str] = {}
    for channel, state in session.execute(
            select(ConsentEventRow.channel, ConsentEventRow.state)
            .where(ConsentEventRow.customer_id == customer_id).order_by(ConsentEventRow.id)):
        latest[channel] = state
    return latest


def conflicts(session: Session, survivor: CustomerRow, other: CustomerRow) -> list[MergeConflict]:
    """The values the two disagree on; an empty value on one side is no conflict (the other's
    simply fills it)."""
    found: list[MergeConflict] = []
    for name, label in PROFILE_FIELDS.items():
        mine, theirs = getattr(survivor, name), getattr(other, name)
        if name == "do_not_contact":
            differ = bool(mine) != bool(theirs)
        else:
            differ = bool(mine) and bool(theirs) and mine != theirs
        if differ:
            found.append(MergeConflict(name, label, _shown(mine), _shown(theirs)))
    mine_consent = _latest_consents(session, survivor.id)
    their_consent = _latest_consents(session, other.id)
    unknown = ConsentState.UNKNOWN.value
    for channel in ContactChannel:
        mine, theirs = mine_consent.get(channel.value, unknown), their_consent.get(channel.value, unknown)
        if unknown not in (mine, theirs) and mine != theirs:
            found.append(MergeConflict(f"consent_{channel.value}", f"Consent ({channel.value})",
                                       mine, theirs))
    return found


def _profile(row: CustomerRow) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in PROFILE_FIELDS}
    until = row.do_not_contact_until
    values["do_not_contact_until"] = until.isoformat() if until else None
    return values


def _reset_tokens(session: Session, row: CustomerRow) -> None:
    session.execute(delete(NameTokenRow).where(NameTokenRow.customer_id == row.id))
    for token in sorted({t[:100] for t in name_tokens(row.display_name)}):
        session.add(NameTokenRow(customer_id=row.id, token=token))


def _touch(row: CustomerRow) -> None:
    row.updated_at = utcnow()
    row.version += 1


class MergeService(Service):
    def review(self, survivor_id: int, other_id: int) -> MergeReview:
        """Both customers' cards side by side, and the values the person must choose between."""
        cards = CustomerService(self._sessions)

        def work(session: Session) -> list[MergeConflict]:
            survivor = self._get(session, CustomerRow, survivor_id, "customer")
            other = self._get(session, CustomerRow, other_id, "customer")
            return conflicts(session, survivor, other)

        found = self._transaction(work)
        return MergeReview(cards.card(survivor_id), cards.card(other_id), tuple(found))

    def merge(self, actor: Actor, survivor_id: int, other_id: int,
              choices: Mapping[str, str] | None = None) -> MergeRecord:
        """Merge ``other_id`` into ``survivor_id``: remarks, promises, escalations, little things,
        consent history, contacts and the rest move over; for each conflict ``choices`` says
        whose value to keep (SURVIVOR or OTHER). Undone with ``undo``."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can merge customers."))
        chosen = dict(choices or {})

        def work(session: Session) -> MergeRecord:
            if survivor_id == other_id:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A customer cannot be merged with themselves."))
            survivor = self._get(session, CustomerRow, survivor_id, "customer")
            other = self._get(session, CustomerRow, other_id, "customer")
            for row in (survivor, other):
                if row.erased_at is not None:
                    raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "An erased customer cannot be merged."))
                if row.merged_into_id is not None:
                    raise NotAllowedNow(QT_TRANSLATE_NOOP(
                        "errors", "%1 was merged into another customer already."), row.display_name)
            disagreements = conflicts(session, survivor, other)
            for conflict in disagreements:
                if chosen.get(conflict.field) not in (SURVIVOR, OTHER):
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose which %1 to keep."),
                                       conflict.label.lower())
            now = utcnow()
            record = CustomerMergeRow(survivor_id=survivor.id, merged_id=other.id, merged_at=now,
                                      merged_by_id=actor.staff.id,
                                      survivor_before=json.dumps(_profile(survivor)))
            session.add(record)
            session.flush()
            moves = self._move(session, survivor.id, other.id)
            conflicting = {c.field for c in disagreements}
            for name in PROFILE_FIELDS:
                theirs = getattr(other, name)
                take = (chosen[name] == OTHER if name in conflicting
                        else not getattr(survivor, name) and bool(theirs))
                if take:
                    setattr(survivor, name, theirs)
                    if name == "do_not_contact":
                        survivor.do_not_contact_until = other.do_not_contact_until
            added = self._chosen_consents(session, actor, survivor.id, disagreements, chosen)
            session.add_all(CustomerMergeMoveRow(merge_id=record.id, table_name=table, row_id=row_id,
                                                 action=MOVED) for table, row_id in moves)
            session.add_all(CustomerMergeMoveRow(merge_id=record.id, table_name=ConsentEventRow.__tablename__,
                                                 row_id=row_id, action=ADDED) for row_id in added)
            session.execute(delete(NameTokenRow).where(NameTokenRow.customer_id == other.id))
            _reset_tokens(session, survivor)
            other.merged_into_id = survivor.id
            _touch(survivor)
            _touch(other)
            kept = [c.label.lower() for c in disagreements if chosen[c.field] == OTHER]
            summary = (f"merged customer #{other.id} into #{survivor.id}: {len(moves)} records moved"
                       + (f"; kept the other's {', '.join(kept)}" if kept else ""))
            audit.record(session, actor, "customer.merge", "customer", survivor.id, summary, survivor.id)
            audit.record(session, actor, "customer.merge", "customer", other.id, summary, other.id)
            session.flush()
            return self._record(session, record)

        return self._transaction(work)

    def undo(self, actor: Actor, merge_id: int) -> MergeRecord:
        """Split a merge again: what moved goes back, the survivor's values are restored."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can undo a merge."))

        def work(session: Session) -> MergeRecord:
            record = self._get(session, CustomerMergeRow, merge_id, "merge")
            if record.undone_at is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This merge was undone already."))
            survivor = self._get(session, CustomerRow, record.survivor_id, "customer")
            other = self._get(session, CustomerRow, record.merged_id, "customer")
            if survivor.merged_into_id is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP(
                    "errors", "%1 was merged again since; undo that merge first."), survivor.display_name)
            if survivor.erased_at is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "The customer was erased since; the merge cannot be undone."))
            moved: dict[str, list[int]] = defaultdict(list)
            added: dict[str, list[int]] = defaultdict(list)
            for move in session.scalars(select(CustomerMergeMoveRow).where(
                    CustomerMergeMoveRow.merge_id == merge_id)):
                (moved if move.action == MOVED else added)[move.table_name].append(move.row_id)
            for table, ids in added.items():
                model = _MODELS[table]
                for start in range(0, len(ids), 500):
                    session.execute(delete(model).where(model.id.in_(ids[start:start + 500])))
            for table, ids in moved.items():
                model = _MODELS[table]
                for start in range(0, len(ids), 500):
                    # Only what is still the survivor's: a remark moved on since stays where it is.
                    session.execute(update(model).where(
                        model.id.in_(ids[start:start + 500]), model.customer_id == survivor.id)
                        .values(customer_id=other.id).execution_options(synchronize_session=False))
            before = json.loads(record.survivor_before or "{}")
            for name in PROFILE_FIELDS:
                if name in before:
                    setattr(survivor, name, before[name])
            until = before.get("do_not_contact_until")
            survivor.do_not_contact_until = date.fromisoformat(until) if until else None
            _reset_tokens(session, survivor)
            _reset_tokens(session, other)
            other.merged_into_id = None
            _touch(survivor)
            _touch(other)
            record.undone_at = utcnow()
            record.undone_by_id = actor.staff.id
            summary = f"undid the merge of customer #{other.id} into #{survivor.id}"
            audit.record(session, actor, "customer.merge_undo", "customer", survivor.id, summary,
                         survivor.id)
            audit.record(session, actor, "customer.merge_undo", "customer", other.id, summary, other.id)
            session.flush()
            return self._record(session, record)

        return self._transaction(work)

    def recent(self, limit: int = 20) -> list[MergeRecord]:
        """The latest merges, newest first (the ones not undone can be)."""

        def work(session: Session) -> list[MergeRecord]:
            rows = session.scalars(select(CustomerMergeRow).order_by(CustomerMergeRow.id.desc())
                                   .limit(limit)).all()
            return [self._record(session, r) for r in rows]

        return self._transaction(work)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _move(session: Session, survivor_id: int, other_id: int) -> list[tuple[str, int]]:
        """Move the other's rows to the survivor; the same little thing or date twice stays
        behind (the survivor has it already)."""
        same_things = select(LittleThingRow.text).where(
            LittleThingRow.customer_id == survivor_id, LittleThingRow.removed_at.is_(None))
        keep_behind: dict[str, set[int]] = {
            LittleThingRow.__tablename__: set(session.scalars(select(LittleThingRow.id).where(
                LittleThingRow.customer_id == other_id, LittleThingRow.removed_at.is_(None),
                LittleThingRow.text.in_(same_things)))),
            ImportantDateRow.__tablename__: set(),
        }
        theirs = {(d.kind, d.month, d.day) for d in session.scalars(
            select(ImportantDateRow).where(ImportantDateRow.customer_id == survivor_id))}
        for day in session.scalars(select(ImportantDateRow).where(ImportantDateRow.customer_id == other_id)):
            if (day.kind, day.month, day.day) in theirs:
                keep_behind[ImportantDateRow.__tablename__].add(day.id)
        moves: list[tuple[str, int]] = []
        for model in MOVABLE:
            table = model.__tablename__
            ids = [i for i in session.scalars(select(model.id).where(model.customer_id == other_id))
                   if i not in keep_behind.get(table, set())]
            for start in range(0, len(ids), 500):
                session.execute(update(model).where(model.id.in_(ids[start:start + 500]))
                                .values(customer_id=survivor_id)
                                .execution_options(synchronize_session=False))
            moves.extend((table, i) for i in ids)
        return moves

    @staticmethod
    def _chosen_consents(session: Session, actor: Actor, survivor_id: int,
                         disagreements: list[MergeConflict], chosen: Mapping[str, str]) -> list[int]:
        """Where the two customers' wishes differed, the chosen one becomes the latest."""
        latest = _latest_consents(session, survivor_id)  # both histories, after the move
        added: list[int] = []
        for conflict in disagreements:
            if not conflict.field.startswith("consent_"):
                continue
            wish = conflict.other_value if chosen[conflict.field] == OTHER else conflict.survivor_value
            channel = conflict.field.removeprefix("consent_")
            if latest.get(channel) != wish:
                event = ConsentEventRow(customer_id=survivor_id, channel=channel, state=wish,
                                        how="chosen when merging two records of this customer",
                                        staff_id=actor.staff.id, at=utcnow())
                session.add(event)
                session.flush()
                added.append(event.id)
        return added

    def _record(self, session: Session, row: CustomerMergeRow) -> MergeRecord:
        names = dict(session.execute(select(CustomerRow.id, CustomerRow.display_name).where(
            CustomerRow.id.in_([row.survivor_id, row.merged_id]))).all())
        staff = self._staff_names(session, {row.merged_by_id})
        return MergeRecord(
            id=row.id, survivor_id=row.survivor_id, merged_id=row.merged_id,
            survivor_name=names.get(row.survivor_id, ""), merged_name=names.get(row.merged_id, ""),
            merged_at=row.merged_at, merged_by=staff.get(row.merged_by_id, ""), undone_at=row.undone_at,
        )


def forget_merges(session: Session, customer_id: int, erased_name: str) -> None:
    """Part of erasing a customer: the records merged into them were theirs too, so those lose
    their personal data as well, and the merges (whose undo keeps old names) are forgotten."""
    merged: set[int] = set()
    frontier = {customer_id}
    while frontier:  # a merge of a merge: follow the chain
        frontier = set(session.scalars(select(CustomerRow.id).where(
            CustomerRow.merged_into_id.in_(frontier)))) - merged
        merged |= frontier
    personal: tuple[Any, ...] = (*MOVABLE[:5], CustomerSourceRow, ImportantDateRow, TillHistoryRow,
                                 NameTokenRow)
    now = utcnow()
    for shadow in sorted(merged):
        for model in personal:
            session.execute(delete(model).where(model.customer_id == shadow))
        session.execute(update(AuditRow).where(AuditRow.customer_id == shadow).values(summary="[erased]"))
        session.execute(update(CustomerRow).where(CustomerRow.id == shadow).values(
            display_name=erased_name, pronunciation="", preferred_language="", preferred_channel=None,
            do_not_contact=False, do_not_contact_until=None, erased_at=now, updated_at=now))
    everyone = [customer_id, *merged]
    session.execute(delete(CustomerMergeRow).where(
        CustomerMergeRow.survivor_id.in_(everyone) | CustomerMergeRow.merged_id.in_(everyone)))

"""Storing one batch of imported customers in one transaction: match, then add what is new."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from relate_desktop.db.bulk import among, insert_rows, value_chunks
from relate_desktop.db.models import (
    ConsentEventRow,
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    CustomerSourceRow,
    ImportantDateRow,
    LittleThingRow,
    LoyaltyCardRow,
    RemarkRow,
    RemarkTagRow,
    TillHistoryRow,
)
from relate_desktop.domain import languages, phones
from relate_desktop.domain.important_dates import kind_word
from relate_desktop.domain.records import Actor
from relate_desktop.domain.till import TillHistory
from relate_desktop.domain.vocabulary import RemarkKind
from relate_desktop.integrations.importing import ImportedCustomer
from relate_desktop.services.customers import MAX_LITTLE_THING, card_number
from relate_desktop.services.import_write import write_batch
from relate_desktop.services.remarks import MAX_REMARK_CHARS, clean_tags

MAX_SOURCE_KEY = 128

Key = tuple[str, ...]
_PROFILE = (CustomerRow.display_name, CustomerRow.pronunciation, CustomerRow.preferred_language,
            CustomerRow.preferred_channel, CustomerRow.do_not_contact, CustomerRow.do_not_contact_until)
_TILL = (TillHistoryRow.visits, TillHistoryRow.spent_cents, TillHistoryRow.currency,
         TillHistoryRow.first_visit, TillHistoryRow.last_visit)


@dataclass(frozen=True)
class BatchContext:
    actor: Actor
    how: str  # "Shopify export customers.csv, 2026-11-22": each consent's and date's source
    region: str  # for numbers written without a country code, when the row has no country
    currency: str
    now: datetime


@dataclass
class RowOutcome:
    where: str
    result: str  # "created", "updated", "unchanged"
    flags: list[str]


@dataclass
class BatchOutcome:
    rows: list[RowOutcome]
    #: Match keys of the customers this batch created (a dry run counts later rows as updates).
    created_keys: set[Key]


@dataclass
class _Target:
    """One customer this batch writes to: existing (``row``) or new (``values``)."""

    row: dict[str, Any] | None = None  # an existing customer's profile, as read
    values: dict[str, Any] = field(default_factory=dict)  # a new customer's, to insert
    profile_changes: dict[str, Any] = field(default_factory=dict)
    customer_id: int | None = None
    by_source: bool = False
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    cards: set[str] = field(default_factory=set)
    consent: dict[str, str] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)  # text -> remark id, or its _Note
    note_tags: dict[Any, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: Existing rows as dicts with their "id"; rows still to insert as dicts without one.
    dates: dict[tuple[str, int, int], dict[str, Any]] = field(default_factory=dict)
    tills: dict[str, dict[str, Any]] = field(default_factory=dict)  # by system
    sources: set[tuple[str, str]] = field(default_factory=set)
    things: set[str] = field(default_factory=set)
    #: Rows to insert once the customer has an id: (model, values).
    pending: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)
    new_notes: list[_Note] = field(default_factory=list)
    renamed: bool = False
    changes: list[str] = field(default_factory=list)
    wheres: list[str] = field(default_factory=list)


@dataclass
class _Note:
    text: str
    tags: list[str]


def _pairs(session: Session, key: InstrumentedAttribute[Any], value: InstrumentedAttribute[Any],
           wanted: Iterable[Any], *where: ColumnElement[bool]) -> list[tuple[Any, Any]]:
    found: list[tuple[Any, Any]] = []
    for chunk in value_chunks(session, sorted(set(wanted))):
        stmt = select(key, value).where(among(session, key, chunk), *where).order_by(value)
        found.extend((k, v) for k, v in session.execute(stmt))
    return found


class BatchStore:
    """Stores ``records`` in ``session``: each is matched to an existing customer on the source
    system's id, then (Relate's own export) its name and "customer since", then email, then
    phone; only what the customer does not have yet is added, so storing it again changes
    nothing."""

    def __init__(self, session: Session, context: BatchContext) -> None:
        self.session = session
        self.context = context
        self.targets: dict[int, _Target] = {}
        self.new_targets: list[_Target] = []
        self.local: dict[Key, _Target] = {}
        self.card_owner: dict[str, int] = {}
        self.card_local: dict[str, _Target] = {}
        self.source_owner: dict[tuple[str, str], int] = {}
        self.updates: list[tuple[Any, int, dict[str, Any]]] = []

    # -- matching -----------------------------------------------------------------------------

    def store(self, records: Sequence[ImportedCustomer], earlier: set[Key] | None = None) -> BatchOutcome:
        numbers = {id(r): [phones.normalise(p.raw, p.country or self.context.region) for p in r.phones]
                   for r in records}
        keys = {id(r): self._keys(r, numbers[id(r)]) for r in records}
        found = self._lookup(records, keys)
        placed: list[tuple[ImportedCustomer, _Target, bool]] = []
        for record in records:
            target, is_new = self._target(record, keys[id(record)], found)
            placed.append((record, target, is_new))
        self._load_existing()
        outcomes: list[RowOutcome] = []
        for record, target, is_new in placed:
            flags: list[str] = list(record.flags)
            before = len(target.changes)
            self._apply(record, target, numbers[id(record)], flags)
            created = is_new and not (earlier and earlier & set(keys[id(record)]))
            result = "created" if created else "updated" if len(target.changes) > before else "unchanged"
            if result != "unchanged":
                target.wheres.append(record.where)
            outcomes.append(RowOutcome(record.where, result, flags))
        write_batch(self)
        created_keys = {k for record, _t, is_new in placed if is_new for k in keys[id(record)]}
        return BatchOutcome(outcomes, created_keys)

    @staticmethod
    def _keys(record: ImportedCustomer, numbers: list[phones.PhoneNumber]) -> list[Key]:
        keys: list[Key] = [("source", s, k) for s, k in record.source_ids]
        if record.system == "relate" and record.created_at is not None:
            keys.append(("since", record.display_name,
                         record.created_at.strftime("%Y-%m-%dT%H:%M:%S")))
        keys += [("email", e.lower()) for e in record.emails]
        keys += [("phone", n.e164) for n in numbers if n.e164]
        return keys

    def _lookup(self, records: Sequence[ImportedCustomer], keys: dict[int, list[Key]]) -> dict[Key, int]:
        every = [k for r in records for k in keys[id(r)]]
        found: dict[Key, int] = {}
        sources = {(k[1], k[2]) for k in every if k[0] == "source"}
        for system, source_key, customer_id in self._sources(sources):
            self.source_owner[(system, source_key)] = customer_id
            found.setdefault(("source", system, source_key), customer_id)
        for email, customer_id in _pairs(self.session, CustomerEmailRow.email_lower,
                                         CustomerEmailRow.customer_id,
                                         [k[1] for k in every if k[0] == "email"]):
            found.setdefault(("email", email), customer_id)
        for e164, customer_id in _pairs(self.session, CustomerPhoneRow.e164,
                                        CustomerPhoneRow.customer_id,
                                        [k[1] for k in every if k[0] == "phone"]):
            found.setdefault(("phone", e164), customer_id)
        for number, customer_id in _pairs(self.session, LoyaltyCardRow.number,
                                          LoyaltyCardRow.customer_id,
                                          [card_number(c) for r in records for c in r.cards]):
            self.card_owner[number] = customer_id
        since = [r.created_at for r in records if r.system == "relate" and r.created_at]
        if since:
            # Exports give "customer since" to the second; the database keeps more.
            rows = self.session.execute(
                select(CustomerRow.id, CustomerRow.display_name, CustomerRow.created_at).where(
                    CustomerRow.created_at >= min(since),
                    CustomerRow.created_at < max(since) + timedelta(seconds=1),
                    CustomerRow.merged_into_id.is_(None), CustomerRow.erased_at.is_(None),
                ).order_by(CustomerRow.id))
            for customer_id, name, created in rows:
                found.setdefault(("since", name, created.strftime("%Y-%m-%dT%H:%M:%S")), customer_id)
        return found

    def _sources(self, pairs: set[tuple[str, str]]) -> list[tuple[str, str, int]]:
        """Who has each (system, id) of ``pairs``. Asked by both columns of their index, the
        system first: by the id alone, every batch read the whole table (a re-import of
        100,000 rows spent half a minute on it)."""
        s = self.session
        systems = sorted({system for system, _key in pairs})
        found: list[tuple[str, str, int]] = []
        for chunk in value_chunks(s, sorted({key for _system, key in pairs})):
            rows = s.execute(select(CustomerSourceRow.system, CustomerSourceRow.source_key,
                                    CustomerSourceRow.customer_id).where(
                among(s, CustomerSourceRow.system, systems),
                among(s, CustomerSourceRow.source_key, chunk)))
            found.extend((system, key, owner) for system, key, owner in rows if (system, key) in pairs)
        return found

    def _target(self, record: ImportedCustomer, keys: list[Key],
                found: dict[Key, int]) -> tuple[_Target, bool]:
        target: _Target | None = None
        for key in keys:
            if key in found:
                customer_id = found[key]
                target = self.targets.get(customer_id)
                if target is None:
                    target = self.targets[customer_id] = _Target(customer_id=customer_id)
                target.by_source = target.by_source or key[0] in ("source", "since")
                break
            if key in self.local:
                target = self.local[key]
                break
        is_new = target is None
        if target is None:
            target = _Target()
            self.new_targets.append(target)
        for key in keys:
            self.local.setdefault(key, target)
        return target, is_new

    # -- what existing customers already have -------------------------------------------------

    def _load_existing(self) -> None:
        ids = sorted(self.targets)
        if not ids:
            return
        s = self.session
        for chunk in value_chunks(s, ids):
            for customer in s.execute(select(CustomerRow.id, *_PROFILE).where(among(s, CustomerRow.id, chunk))):
                self.targets[customer.id].row = dict(customer._mapping)
            for customer_id, e164, digits in s.execute(select(
                    CustomerPhoneRow.customer_id, CustomerPhoneRow.e164, CustomerPhoneRow.digits_reversed)
                    .where(among(s, CustomerPhoneRow.customer_id, chunk))):
                self.targets[customer_id].phones.add(e164 or "digits:" + digits[::-1])
            for customer_id, email in s.execute(select(
                    CustomerEmailRow.customer_id, CustomerEmailRow.email_lower)
                    .where(among(s, CustomerEmailRow.customer_id, chunk))):
                self.targets[customer_id].emails.add(email)
            for customer_id, number in s.execute(select(LoyaltyCardRow.customer_id, LoyaltyCardRow.number)
                                                 .where(among(s, LoyaltyCardRow.customer_id, chunk))):
                self.targets[customer_id].cards.add(number)
                self.card_owner[number] = customer_id
            for customer_id, channel, state in s.execute(select(
                    ConsentEventRow.customer_id, ConsentEventRow.channel, ConsentEventRow.state)
                    .where(among(s, ConsentEventRow.customer_id, chunk)).order_by(ConsentEventRow.id)):
                self.targets[customer_id].consent[channel] = state
            notes: dict[int, int] = {}
            for remark_id, about, text in s.execute(select(
                    RemarkRow.id, RemarkRow.customer_id, RemarkRow.text).where(
                    among(s, RemarkRow.customer_id, chunk), RemarkRow.kind == RemarkKind.NOTE.value,
                    RemarkRow.withdrawn_at.is_(None)).order_by(RemarkRow.id)):
                assert about is not None
                self.targets[about].notes.setdefault(text, remark_id)
                notes[remark_id] = about
            for remark_id, tag in _pairs(s, RemarkTagRow.remark_id, RemarkTagRow.tag, notes):
                self.targets[notes[remark_id]].note_tags[remark_id].add(tag)
            for day in s.execute(select(ImportantDateRow.id, ImportantDateRow.customer_id,
                                        ImportantDateRow.kind, ImportantDateRow.month,
                                        ImportantDateRow.day, ImportantDateRow.year)
                                 .where(among(s, ImportantDateRow.customer_id, chunk))):
                self.targets[day.customer_id].dates.setdefault((day.kind, day.month, day.day),
                                                               dict(day._mapping))
            for till in s.execute(select(TillHistoryRow.id, TillHistoryRow.customer_id,
                                         TillHistoryRow.system, *_TILL)
                                  .where(among(s, TillHistoryRow.customer_id, chunk))):
                self.targets[till.customer_id].tills[till.system] = dict(till._mapping)
            for customer_id, system, source_key in s.execute(select(
                    CustomerSourceRow.customer_id, CustomerSourceRow.system, CustomerSourceRow.source_key)
                    .where(among(s, CustomerSourceRow.customer_id, chunk))):
                self.targets[customer_id].sources.add((system, source_key))
            for customer_id, text in s.execute(select(LittleThingRow.customer_id, LittleThingRow.text)
                                               .where(among(s, LittleThingRow.customer_id, chunk),
                                                      LittleThingRow.removed_at.is_(None))):
                self.targets[customer_id].things.add(text)

    # -- applying one record ------------------------------------------------------------------

    def _apply(self, record: ImportedCustomer, t: _Target, numbers: list[phones.PhoneNumber],
               flags: list[str]) -> None:
        ctx = self.context
        if t.row is None and not t.values:
            t.values = {
                "display_name": record.display_name, "pronunciation": record.pronunciation[:200],
                "preferred_language": languages.normalise(record.language)[:languages.MAX_LANGUAGE],
                "preferred_channel": record.preferred_channel.value if record.preferred_channel else None,
                "do_not_contact": bool(record.do_not_contact),
                "do_not_contact_until": record.do_not_contact_until,
                "created_at": record.created_at or ctx.now, "updated_at": ctx.now, "version": 1,
            }
            t.changes.append("new")
        elif t.row is not None:
            self._update_profile(record, t)
        for number in numbers:
            key = number.e164 or "digits:" + number.digits
            if key not in t.phones:
                t.phones.add(key)
                self._add(t, CustomerPhoneRow, dict(raw=number.raw, e164=number.e164,
                          digits_reversed=number.reversed_digits))
                t.changes.append("phone")
        for email in record.emails:
            if email.lower() not in t.emails:
                t.emails.add(email.lower())
                self._add(t, CustomerEmailRow, dict(email=email, email_lower=email.lower()))
                t.changes.append("email")
        for typed in record.cards:
            self._card(t, typed, flags)
        for channel, state in record.consents:
            if t.consent.get(channel.value) != state.value:
                t.consent[channel.value] = state.value
                self._add(t, ConsentEventRow, dict(channel=channel.value, state=state.value,
                          how=ctx.how[:200], staff_id=ctx.actor.staff.id, at=ctx.now))
                t.changes.append(f"{channel.value} consent {state.value}")
        if record.note or record.tags:
            self._note(record, t, flags)
        for shared in record.dates:
            kind = kind_word(shared.kind)
            existing = t.dates.get((kind, shared.date.month, shared.date.day))
            if existing is None:
                values = {"kind": kind, "month": shared.date.month, "day": shared.date.day,
                          "year": shared.date.year, "note": shared.note[:200], "source": ctx.how[:200]}
                t.dates[(kind, shared.date.month, shared.date.day)] = values
                self._add(t, ImportantDateRow, values)
                t.changes.append(kind)
            elif shared.date.year is not None and existing["year"] is None:
                existing["year"] = shared.date.year  # now the year is known too
                if "id" in existing:
                    self.updates.append((ImportantDateRow, existing["id"], {"year": shared.date.year}))
                t.changes.append(f"{kind} year")
        for history in record.till:
            self._till(record, t, history)
        for system, source_key in record.source_ids:
            if len(source_key) > MAX_SOURCE_KEY:
                flags.append(f"{system} id longer than {MAX_SOURCE_KEY} characters; not kept")
                continue
            owner = self.source_owner.get((system, source_key))
            if (system, source_key) in t.sources or (owner is not None and owner != t.customer_id):
                continue
            t.sources.add((system, source_key))
            self._add(t, CustomerSourceRow, dict(system=system, source_key=source_key))
            t.changes.append(f"{system} id")
        for text, sensitive in [(x, False) for x in record.little_things] + [
                (x, True) for x in record.sensitive_little_things]:
            text = " ".join(text.split())
            if len(text) > MAX_LITTLE_THING:
                flags.append(f"little thing longer than {MAX_LITTLE_THING} characters; left out")
            elif text and text not in t.things:
                t.things.add(text)
                self._add(t, LittleThingRow, dict(text=text, sensitive=sensitive,
                          recorded_by_id=ctx.actor.staff.id, recorded_at=ctx.now))
                t.changes.append("little thing")

    def _update_profile(self, record: ImportedCustomer, t: _Target) -> None:
        row = t.row
        assert row is not None
        # The source system's own record may rename its customer; a match on an email or a
        # phone may be someone Relate knows by another name, which stays.
        if record.named and t.by_source and record.display_name != row["display_name"]:
            row["display_name"] = t.profile_changes["display_name"] = record.display_name
            t.renamed = True
            t.changes.append("name")
        if record.system != "relate":
            return
        wanted = {
            "pronunciation": record.pronunciation[:200],
            "preferred_language": languages.normalise(record.language)[:languages.MAX_LANGUAGE],
            "preferred_channel": record.preferred_channel.value if record.preferred_channel else None,
            "do_not_contact": bool(record.do_not_contact),
            "do_not_contact_until": record.do_not_contact_until,
        }
        for name, value in wanted.items():
            if row[name] != value:
                row[name] = t.profile_changes[name] = value
                t.changes.append(name.replace("_", " "))

    def _card(self, t: _Target, typed: str, flags: list[str]) -> None:
        number = card_number(typed)
        if not number:
            return
        owner = self.card_owner.get(number)
        local = self.card_local.get(number)
        if (owner is not None and owner != t.customer_id) or (local is not None and local is not t):
            flags.append(f"card {number} already belongs to another customer; left out")
            return
        if number not in t.cards:
            t.cards.add(number)
            self.card_local[number] = t
            self._add(t, LoyaltyCardRow, dict(number=number))
            t.changes.append("card")

    def _note(self, record: ImportedCustomer, t: _Target, flags: list[str]) -> None:
        text = record.note or f"Tags from {self.context.how}"
        if len(text) > MAX_REMARK_CHARS:
            flags.append(f"note longer than {MAX_REMARK_CHARS:,} characters; cut short")
            text = text[:MAX_REMARK_CHARS]
        tags = clean_tags(list(record.tags))
        known = t.notes.get(text)
        if known is None:
            note = _Note(text, tags)
            t.notes[text] = note
            t.note_tags[id(note)] = set(tags)
            t.new_notes.append(note)
            t.changes.append("note")
            return
        key = id(known) if isinstance(known, _Note) else known
        missing = [tag for tag in tags if tag not in t.note_tags[key]]
        if missing:
            t.note_tags[key].update(missing)
            if isinstance(known, _Note):
                known.tags.extend(missing)
            else:
                insert_rows(self.session, RemarkTagRow,
                            [{"remark_id": known, "tag": tag} for tag in missing])
            t.changes.append("tags")

    def _till(self, record: ImportedCustomer, t: _Target, history: TillHistory) -> None:
        system = history.system or record.system
        values = {"visits": history.visits, "spent_cents": history.spent_cents,
                  "currency": (history.currency or self.context.currency)[:3],
                  "first_visit": history.first_visit, "last_visit": history.last_visit}
        existing = t.tills.get(system)
        if existing is None:
            values.update(system=system, source=self.context.how[:200], updated_at=self.context.now)
            t.tills[system] = values
            self._add(t, TillHistoryRow, values)
            t.changes.append("till history")
            return
        changed = {k: v for k, v in values.items() if existing[k] != v}
        if changed:
            changed.update(source=self.context.how[:200], updated_at=self.context.now)
            existing.update(changed)
            if "id" in existing:
                self.updates.append((TillHistoryRow, existing["id"], changed))
            t.changes.append("till history")

    @staticmethod
    def _add(t: _Target, model: Any, values: dict[str, Any]) -> None:
        """Insert ``values`` (this very dict: a later row may still complete it) once ``t``
        has an id."""
        t.pending.append((model, values))

"""Customers: creating them, their card, the little things they prefer, their consent."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    ConsentEventRow,
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    EscalationRow,
    LittleThingRow,
    LoyaltyCardRow,
    NameTokenRow,
)
from relate_desktop.domain import languages, phones
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowedNow
from relate_desktop.domain.records import (
    Actor,
    Consent,
    CustomerCard,
    LittleThing,
    NewCustomer,
    Phone,
)
from relate_desktop.domain.text import name_tokens
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.services import audit
from relate_desktop.services.audit import quote
from relate_desktop.services.base import Service, claim_version, utcnow
from relate_desktop.services.till import till_for_card
from relate_desktop.services.timeline import (
    customer_timeline,
    escalations_for_card,
    promises_for_card,
)

MAX_LITTLE_THING = 200


class CustomerService(Service):
    def create(self, actor: Actor, new: NewCustomer) -> int:
        name = new.display_name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A new customer needs a name."))
        if len(name) > 200:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That name is too long (200 characters at most)."))

        def work(session: Session) -> int:
            now = utcnow()
            row = CustomerRow(
                display_name=name,
                pronunciation=_short_text(new.pronunciation, 200, _PRONUNCIATION_TOO_LONG),
                preferred_language=_language(new.preferred_language),
                preferred_channel=new.preferred_channel.value if new.preferred_channel else None,
                do_not_contact=False,
                created_at=now,
                updated_at=now,
                version=1,
            )
            session.add(row)
            session.flush()
            region = self._settings(session).region
            _set_name_tokens(session, row.id, name)
            for raw in new.phones:
                _add_phone(session, row.id, raw, region)
            for email in new.emails:
                _add_email(session, row.id, email)
            for card in new.cards:
                _add_card(session, row.id, card)
            for text in new.little_things:
                _add_little_thing(session, actor, row.id, text)
            audit.record(session, actor, "customer.create", "customer", row.id, name, row.id)
            return row.id

        return self._transaction(work)

    def card(self, customer_id: int) -> CustomerCard:
        def work(session: Session) -> CustomerCard:
            row = self._get(session, CustomerRow, customer_id, "customer")
            region = self._settings(session).region
            phone_rows = session.scalars(
                select(CustomerPhoneRow).where(CustomerPhoneRow.customer_id == customer_id)
                .order_by(CustomerPhoneRow.id)
            ).all()
            emails = session.scalars(
                select(CustomerEmailRow.email).where(CustomerEmailRow.customer_id == customer_id)
                .order_by(CustomerEmailRow.id)
            ).all()
            cards = session.scalars(
                select(LoyaltyCardRow.number).where(LoyaltyCardRow.customer_id == customer_id)
                .order_by(LoyaltyCardRow.id)
            ).all()
            things = session.scalars(
                select(LittleThingRow)
                .where(LittleThingRow.customer_id == customer_id, LittleThingRow.removed_at.is_(None))
                .order_by(LittleThingRow.id)
            ).all()
            consent_rows = session.scalars(
                select(ConsentEventRow).where(ConsentEventRow.customer_id == customer_id)
                .order_by(ConsentEventRow.id)
            ).all()
            names = self._staff_names(
                session, {t.recorded_by_id for t in things} | {c.staff_id for c in consent_rows}
            )
            latest: dict[str, ConsentEventRow] = {c.channel: c for c in consent_rows}
            open_escalations, tell_them = escalations_for_card(session, customer_id)
            return CustomerCard(
                id=row.id,
                display_name=row.display_name,
                pronunciation=row.pronunciation,
                preferred_language=row.preferred_language,
                preferred_channel=ContactChannel(row.preferred_channel) if row.preferred_channel else None,
                do_not_contact=row.do_not_contact,
                phones=tuple(
                    Phone(display=phones.display(p.e164, p.raw, region), e164=p.e164, raw=p.raw)
                    for p in phone_rows
                ),
                emails=tuple(emails),
                cards=tuple(cards),
                little_things=tuple(
                    LittleThing(id=t.id, text=t.text, recorded_by=names.get(t.recorded_by_id, ""),
                                sensitive=t.sensitive,
                                recorded_at=t.recorded_at)
                    for t in things
                ),
                consents=tuple(
                    Consent(channel=ContactChannel(c.channel), state=ConsentState(c.state), how=c.how,
                            recorded_by=names.get(c.staff_id, ""), recorded_at=c.at)
                    for c in latest.values()
                ),
                open_promises=tuple(promises_for_card(session, customer_id)),
                open_escalations=tuple(open_escalations),
                tell_them=tuple(tell_them),
                timeline=tuple(customer_timeline(session, customer_id)),
                version=row.version,
                do_not_contact_until=row.do_not_contact_until,
                till=till_for_card(session, customer_id),
            )

        return self._transaction(work)

    def version(self, customer_id: int) -> int:
        """The customer's version now: what a window's own last change left it at."""

        def work(session: Session) -> int:
            return self._get(session, CustomerRow, customer_id, "customer").version

        return self._transaction(work)

    def add_little_thing(
        self, actor: Actor, customer_id: int, text: str, sensitive: bool = False
    ) -> LittleThing:
        def work(session: Session) -> LittleThing:
            self._get(session, CustomerRow, customer_id, "customer")
            row = _add_little_thing(session, actor, customer_id, text, sensitive)
            _touch(session, customer_id)
            audit.record(session, actor, "little_thing.add", "little_thing", row.id,
                         quote(row.text) + (" (sensitive)" if sensitive else ""), customer_id)
            return LittleThing(id=row.id, text=row.text, recorded_by=actor.staff.name,
                               recorded_at=row.recorded_at, sensitive=row.sensitive)

        return self._transaction(work)

    def remove_little_thing(
        self, actor: Actor, little_thing_id: int, expected_version: int | None = None
    ) -> None:
        """Hide a little thing from the card; it stays in the record of who knew what.
        ``expected_version``: the customer's version the card showed (see update_profile)."""

        def work(session: Session) -> None:
            row = self._get(session, LittleThingRow, little_thing_id, "little thing")
            if expected_version is not None:
                claim_version(session, CustomerRow, row.customer_id, expected_version, "customer")
            if row.removed_at is None:
                row.removed_at = utcnow()
                row.removed_by_id = actor.staff.id
                _touch(session, row.customer_id)
                audit.record(session, actor, "little_thing.remove", "little_thing", row.id,
                             quote(row.text), row.customer_id)

        self._transaction(work)

    def restore_little_thing(self, actor: Actor, little_thing_id: int) -> None:
        """Undo a removal."""

        def work(session: Session) -> None:
            row = self._get(session, LittleThingRow, little_thing_id, "little thing")
            row.removed_at = None
            row.removed_by_id = None
            _touch(session, row.customer_id)
            audit.record(session, actor, "little_thing.restore", "little_thing", row.id,
                         quote(row.text), row.customer_id)

        self._transaction(work)

    def set_consent(
        self, actor: Actor, customer_id: int, channel: ContactChannel, state: ConsentState,
        how: str = "", expected_version: int | None = None,
    ) -> None:
        """Record the customer's wish for ``channel``. ``expected_version``: the customer's
        version the card showed; EditConflict if another PC changed the customer since."""

        def work(session: Session) -> None:
            if expected_version is not None:
                claim_version(session, CustomerRow, customer_id, expected_version, "customer")
            self._get(session, CustomerRow, customer_id, "customer")
            how_given = how.strip()[:200] or "told staff"
            session.add(ConsentEventRow(
                customer_id=customer_id, channel=channel.value, state=state.value,
                how=how_given, staff_id=actor.staff.id, at=utcnow(),
            ))
            _touch(session, customer_id)
            audit.record(session, actor, "consent.set", "customer", customer_id,
                         f"{channel.value}: {state.value} ({how_given})", customer_id)

        self._transaction(work)

    def update_profile(
        self, actor: Actor, customer_id: int, *, display_name: str | None = None,
        pronunciation: str | None = None, preferred_language: str | None = None,
        preferred_channel: ContactChannel | str | None = "", do_not_contact: bool | None = None,
        do_not_contact_until: date | str | None = "", expected_version: int | None = None,
    ) -> int:
        """Change who the customer is; returns the new version. ``preferred_channel=""``
        leaves it as it is, ``None`` clears it; likewise ``do_not_contact_until``."""

        def work(session: Session) -> int:
            if expected_version is not None:
                claim_version(session, CustomerRow, customer_id, expected_version, "customer")
            row = self._get(session, CustomerRow, customer_id, "customer")
            before = _profile(row)
            if display_name is not None:
                name = display_name.strip()
                if not name:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A customer needs a name."))
                if len(name) > 200:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That name is too long (200 characters at most)."))
                row.display_name = name
                _set_name_tokens(session, customer_id, name)
            if pronunciation is not None:
                row.pronunciation = _short_text(pronunciation, 200, _PRONUNCIATION_TOO_LONG)
            if preferred_language is not None:
                row.preferred_language = _language(preferred_language)
            if preferred_channel != "":
                row.preferred_channel = (
                    ContactChannel(preferred_channel).value if preferred_channel else None
                )
            if do_not_contact is not None:
                row.do_not_contact = do_not_contact
            if not isinstance(do_not_contact_until, str):
                row.do_not_contact_until = do_not_contact_until
            after = _profile(row)
            changes = [f"{k}: {before[k]!r} → {after[k]!r}" for k in after if before[k] != after[k]]
            if changes:
                _touch(session, customer_id)
                audit.record(session, actor, "customer.update", "customer", customer_id,
                             "; ".join(changes), customer_id)
            session.flush()
            return row.version

        return self._transaction(work)

    def add_phone(self, actor: Actor, customer_id: int, raw: str) -> None:
        def work(session: Session) -> None:
            self._get(session, CustomerRow, customer_id, "customer")
            _add_phone(session, customer_id, raw, self._settings(session).region)
            _touch(session, customer_id)
            audit.record(session, actor, "customer.add_phone", "customer", customer_id,
                         raw.strip(), customer_id)

        self._transaction(work)

    def add_email(self, actor: Actor, customer_id: int, email: str) -> None:
        def work(session: Session) -> None:
            self._get(session, CustomerRow, customer_id, "customer")
            _add_email(session, customer_id, email)
            _touch(session, customer_id)
            audit.record(session, actor, "customer.add_email", "customer", customer_id,
                         email.strip(), customer_id)

        self._transaction(work)

    def add_card(self, actor: Actor, customer_id: int, number: str) -> None:
        def work(session: Session) -> None:
            self._get(session, CustomerRow, customer_id, "customer")
            _add_card(session, customer_id, number)
            _touch(session, customer_id)
            audit.record(session, actor, "customer.add_card", "customer", customer_id,
                         number.strip(), customer_id)

        self._transaction(work)

    def mark_told(self, actor: Actor, escalation_id: int) -> None:
        """The customer has been told the outcome: it leaves the card's "Tell them" list."""

        def work(session: Session) -> None:
            row = self._get(session, EscalationRow, escalation_id, "escalation")
            if row.resolved_at is None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This escalation is not resolved yet."))
            if row.told_at is None:
                row.told_at = utcnow()
                row.updated_at = row.told_at
                row.version += 1
                audit.record(session, actor, "escalation.told", "escalation", row.id, "",
                             row.customer_id)

        self._transaction(work)


_PRONUNCIATION_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "That how to say the name is too long (%1 characters at most).")


def _short_text(text: str, limit: int, too_long: str) -> str:
    """``text`` trimmed; InvalidInput(``too_long``, limit) when it is longer than ``limit``."""
    text = text.strip()
    if len(text) > limit:
        raise InvalidInput(too_long, limit)
    return text


def _language(typed: str) -> str:
    """Stored as a code when Relate knows the language ("Polish" → "pl"), else as typed."""
    return _short_text(languages.normalise(typed), languages.MAX_LANGUAGE, QT_TRANSLATE_NOOP(
        "errors", "That language is too long (%1 characters at most)."))


def _profile(row: CustomerRow) -> dict[str, object]:
    """The fields a profile change can touch, for the audit's before/after."""
    return {
        "name": row.display_name, "pronunciation": row.pronunciation,
        "language": row.preferred_language, "preferred channel": row.preferred_channel,
        "do not contact": row.do_not_contact, "until": row.do_not_contact_until,
    }


def _touch(session: Session, customer_id: int) -> None:
    row = session.get(CustomerRow, customer_id)
    if row is not None:
        row.updated_at = utcnow()
        # In SQL, not in Python: two PCs touching the customer at once both count.
        row.version = CustomerRow.version + 1


def _set_name_tokens(session: Session, customer_id: int, name: str) -> None:
    session.execute(delete(NameTokenRow).where(NameTokenRow.customer_id == customer_id))
    # Cut to the column's width first: two long words may then be one token (one row).
    for token in sorted({t[:100] for t in name_tokens(name)}):
        session.add(NameTokenRow(customer_id=customer_id, token=token))


def _add_phone(session: Session, customer_id: int, raw: str, region: str) -> None:
    number = phones.normalise(raw, region)
    if not number.digits:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' has no digits: it cannot be a phone number."), raw)
    if len(number.raw) > 64:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That phone number is too long."))
    session.add(CustomerPhoneRow(
        customer_id=customer_id, raw=number.raw, e164=number.e164,
        digits_reversed=number.reversed_digits,
    ))


def _add_email(session: Session, customer_id: int, email: str) -> None:
    email = email.strip()
    local, _, domain = email.partition("@")
    if not local or not domain or "@" in domain or len(email) > 254 or any(
        ch.isspace() for ch in email
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' is not an email address."), email)
    session.add(CustomerEmailRow(customer_id=customer_id, email=email, email_lower=email.lower()))


def card_number(typed: str) -> str:
    """Card numbers are identifiers: "lc-00123" typed and "LC-00123" printed are one card."""
    return typed.strip().upper()


def _add_card(session: Session, customer_id: int, number: str) -> None:
    number = card_number(number)
    if not number or len(number) > 64:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A loyalty card number must be 1 to 64 characters."))
    owner = session.scalar(select(LoyaltyCardRow.customer_id).where(LoyaltyCardRow.number == number))
    if owner is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Card %1 already belongs to another customer."), number)
    session.add(LoyaltyCardRow(customer_id=customer_id, number=number))


def _add_little_thing(
    session: Session, actor: Actor, customer_id: int, text: str, sensitive: bool = False
) -> LittleThingRow:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Type the little thing first, e.g. \"Receipt: always\"."))
    if len(text) > MAX_LITTLE_THING:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Keep a little thing short (%1 characters at most)."),
                           MAX_LITTLE_THING)
    row = LittleThingRow(
        customer_id=customer_id, text=text, sensitive=sensitive, recorded_by_id=actor.staff.id,
        recorded_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row

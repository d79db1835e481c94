"""Who works in the shop: PINs, sign-in with lockout, roles, and the command-line member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relate_desktop.db.models import StaffRow
from relate_desktop.domain import pins
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NoPinYet,
    NotAllowedNow,
    Words,
)
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import audit
from relate_desktop.services.base import Service, require_manager, staff_record, utcnow

COMMAND_LINE = "command line"


@dataclass(frozen=True)
class _Attempt:
    member: StaffMember | None
    wait_until: datetime | None = None
    no_pin: bool = False


class StaffService(Service):
    def add(
        self, name: str, role: Role, actor: Actor | None = None, pin: str | None = None
    ) -> StaffMember:
        """Add a member of staff; only a manager may, except for the very first one."""
        name = name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A member of staff needs a name."))
        if len(name) > 120:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That name is too long (120 characters at most)."))
        pin_hash = pins.hash_pin(pins.check_pin(pin)) if pin is not None else None

        def work(session: Session) -> StaffMember:
            people = session.scalar(
                select(StaffRow.id).where(StaffRow.is_system.is_(False)).limit(1)
            )
            if people is not None:
                if actor is None:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Only a manager can add staff."))
                require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can add staff."))
            elif actor is None and Role(role) is not Role.MANAGER:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The first member of staff is the shop's manager."))
            taken = session.scalar(
                select(StaffRow.id).where(
                    StaffRow.name == name, StaffRow.active.is_(True), StaffRow.is_system.is_(False)
                )
            )
            if taken is not None:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "There is already someone called %1."), name)
            row = StaffRow(name=name, role=Role(role).value, active=True, is_system=False,
                           created_at=utcnow(), pin_hash=pin_hash, failed_pins=0)
            session.add(row)
            session.flush()
            audit.record(session, actor, "staff.add", "staff", row.id, f"{name} ({row.role})")
            return staff_record(row)

        return self._transaction(work)

    def active_staff(self) -> list[StaffMember]:
        """Who can sign in on the sign-in screen."""

        def work(session: Session) -> list[StaffMember]:
            rows = session.scalars(
                select(StaffRow)
                .where(StaffRow.active.is_(True), StaffRow.is_system.is_(False))
                .order_by(StaffRow.name)
            )
            return [staff_record(r) for r in rows]

        return self._transaction(work)

    def sign_in_list(self) -> list[tuple[StaffMember, str | None]]:
        """Who can sign in, with their PIN hashes: for this PC's copy, so the window can open
        while the shop server is away (the hashes are scrypt: a copied file leaks no PIN)."""

        def work(session: Session) -> list[tuple[StaffMember, str | None]]:
            rows = session.scalars(
                select(StaffRow)
                .where(StaffRow.active.is_(True), StaffRow.is_system.is_(False))
                .order_by(StaffRow.name)
            )
            return [(staff_record(r), r.pin_hash) for r in rows]

        return self._transaction(work)

    def everyone(self, actor: Actor) -> list[StaffMember]:
        """All staff, including those who have left (a manager's list)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can manage staff."))

        def work(session: Session) -> list[StaffMember]:
            rows = session.scalars(
                select(StaffRow).where(StaffRow.is_system.is_(False))
                .order_by(StaffRow.active.desc(), StaffRow.name)
            )
            return [staff_record(r) for r in rows]

        return self._transaction(work)

    def get(self, staff_id: int) -> StaffMember:
        return self._transaction(lambda s: staff_record(self._get(s, StaffRow, staff_id, "staff member")))

    def sign_in(self, staff_id: int, pin: str, workstation: str) -> Actor:
        """The member, if ``pin`` is theirs; wrong PINs lock the account for a growing wait."""

        def work(session: Session) -> _Attempt:
            row = self._get(session, StaffRow, staff_id, "staff member")
            now = utcnow()
            if not row.active or row.is_system:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "%1 can no longer sign in."), row.name)
            if row.locked_until is not None and row.locked_until > now:
                return _Attempt(None, wait_until=row.locked_until)
            if row.pin_hash is None:
                return _Attempt(None, no_pin=True)
            who = Actor(staff_record(row), workstation)
            if pins.pin_matches(pin, row.pin_hash):
                row.failed_pins = 0
                row.locked_until = None
                audit.record(session, who, "staff.sign_in", "staff", row.id)
                return _Attempt(staff_record(row))
            row.failed_pins += 1
            wait = pins.wait_after(row.failed_pins)
            row.locked_until = now + wait if wait else None
            audit.record(session, who, "staff.sign_in_failed", "staff", row.id,
                         f"wrong PIN, {row.failed_pins} in a row")
            return _Attempt(None, wait_until=row.locked_until)

        # The failure is committed (the count must survive) before it is reported.
        attempt = self._transaction(work)
        if attempt.member is not None:
            return Actor(attempt.member, workstation)
        if attempt.no_pin:
            raise NoPinYet(QT_TRANSLATE_NOOP("errors", "No PIN is set for this person yet: a manager can set one."))
        if attempt.wait_until is not None:
            seconds = max(1, round((attempt.wait_until - utcnow()).total_seconds()))
            raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "Too many wrong PINs: try again in %1."),
                                duration_words(seconds))
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That PIN is not right. Try again."))

    def set_pin(self, actor: Actor, staff_id: int, pin: str) -> None:
        """A manager sets anyone's PIN (a reset); anyone may change their own."""
        if actor.staff.id != staff_id:
            require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can reset someone's PIN."))
        pin_hash = pins.hash_pin(pins.check_pin(pin))

        def work(session: Session) -> None:
            row = self._get(session, StaffRow, staff_id, "staff member")
            row.pin_hash = pin_hash
            row.failed_pins = 0
            row.locked_until = None
            audit.record(session, actor, "staff.set_pin", "staff", row.id, row.name)

        self._transaction(work)

    def has_pin(self, staff_id: int) -> bool:
        return self._transaction(
            lambda s: self._get(s, StaffRow, staff_id, "staff member").pin_hash is not None)

    def choose_first_pin(self, staff_id: int, pin: str, workstation: str) -> Actor:
        """Someone without a PIN yet (added before PINs existed) chooses one, and is signed in."""
        pin_hash = pins.hash_pin(pins.check_pin(pin))

        def work(session: Session) -> StaffMember:
            row = self._get(session, StaffRow, staff_id, "staff member")
            if row.pin_hash is not None:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This person has a PIN already: a manager can reset it."))
            if not row.active or row.is_system:
                raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "%1 can no longer sign in."), row.name)
            row.pin_hash = pin_hash
            member = staff_record(row)
            audit.record(session, Actor(member, workstation), "staff.set_pin", "staff", row.id, row.name)
            return member

        return Actor(self._transaction(work), workstation)

    def deactivate(self, actor: Actor, staff_id: int) -> None:
        """Someone has left: they can no longer sign in; their history stays theirs."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can deactivate staff."))

        def work(session: Session) -> None:
            row = self._get(session, StaffRow, staff_id, "staff member")
            if row.role == Role.MANAGER.value and row.active:
                managers = session.scalar(
                    select(func.count()).select_from(StaffRow).where(
                        StaffRow.role == Role.MANAGER.value, StaffRow.active.is_(True),
                        StaffRow.is_system.is_(False)))
                if (managers or 0) <= 1:
                    raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "The shop needs at least one manager: add another first."))
            row.active = False
            audit.record(session, actor, "staff.deactivate", "staff", row.id, row.name)

        self._transaction(work)

    def command_line_actor(self, workstation: str) -> Actor:
        """The administration identity: manager rights, recorded as "command line"."""

        def work(session: Session) -> StaffMember:
            row = session.scalar(select(StaffRow).where(StaffRow.is_system.is_(True)))
            if row is None:
                row = StaffRow(
                    name=COMMAND_LINE, role=Role.MANAGER.value, active=True, is_system=True,
                    created_at=utcnow(), failed_pins=0,
                )
                session.add(row)
                session.flush()
            return staff_record(row)

        return Actor(staff=self._transaction(work), workstation=workstation)


def duration_words(seconds: int) -> Words:
    if seconds < 90:
        return Words(QT_TRANSLATE_NOOP("errors", "%1 seconds"), seconds)
    return Words(QT_TRANSLATE_NOOP("errors", "%1 minutes"), round(seconds / 60))

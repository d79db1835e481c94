"""Signing in at this PC: against the shop's database, and — when a shop server is out of
reach — against this PC's copy of the staff list, so the counter keeps working offline."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from relate_desktop.db.sign_in_copy import CopiedMember, SignInCopyStore
from relate_desktop.domain import pins
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NotAllowedNow,
    ServerUnreachable,
)
from relate_desktop.domain.records import Actor, ShopSettings, StaffMember
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services.base import utcnow
from relate_desktop.services.shop import ShopService
from relate_desktop.services.staff import StaffService, duration_words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignInList:
    shop: ShopSettings
    staff: list[StaffMember]
    #: Read from this PC's copy because the shop server is away.
    offline: bool = False


class SignInService:
    """What the sign-in screen needs. With ``copy_path`` (a shop server), every successful read
    of the staff list refreshes this PC's copy; when the server cannot be reached, the list
    and the PIN check come from that copy, with the same growing wait after wrong PINs."""

    def __init__(self, staff: StaffService, shop: ShopService, copy_path: Path | None = None) -> None:
        self._staff = staff
        self._shop = shop
        self._copy = SignInCopyStore(copy_path) if copy_path is not None else None

    def sign_in_list(self) -> SignInList:
        if self._copy is None:
            return SignInList(self._shop.settings(), self._staff.active_staff())
        try:
            shop = self._shop.settings()
            listed = self._staff.sign_in_list()
        except ServerUnreachable:
            return self._copied_list()
        self._copy.replace(dataclasses.asdict(shop), [
            CopiedMember(member.id, member.name, member.role.value, pin_hash)
            for member, pin_hash in listed])
        return SignInList(shop, [member for member, _ in listed])

    def sign_in(self, staff_id: int, pin: str, workstation: str) -> Actor:
        try:
            return self._staff.sign_in(staff_id, pin, workstation)
        except ServerUnreachable:
            if self._copy is None:
                raise
            return self._sign_in_offline(staff_id, pin, workstation)

    def choose_first_pin(self, staff_id: int, pin: str, workstation: str) -> Actor:
        """Only with the server: a new PIN must reach every PC."""
        return self._staff.choose_first_pin(staff_id, pin, workstation)

    def _copied_list(self) -> SignInList:
        assert self._copy is not None
        shop = self._copy.shop()
        members = self._copy.members()
        if shop is None or not members:
            raise ServerUnreachable(QT_TRANSLATE_NOOP(
                "errors", "The shop server cannot be reached, and nobody has signed in on this "
                "PC before, so there is no list of staff here yet."))
        return SignInList(ShopSettings(**shop), [_member(m) for m in members], offline=True)

    def _sign_in_offline(self, staff_id: int, pin: str, workstation: str) -> Actor:
        assert self._copy is not None
        copied = {m.id: m for m in self._copy.members()}.get(staff_id)
        if copied is None:
            raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "This person is not on this PC's copy of the staff list."))
        now = utcnow()
        if copied.locked_until is not None and copied.locked_until > now:
            seconds = max(1, round((copied.locked_until - now).total_seconds()))
            raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "Too many wrong PINs: try again in %1."),
                                duration_words(seconds))
        if copied.pin_hash is None:  # no NoPinYet: choosing one needs the shop server
            raise NotAllowedNow(QT_TRANSLATE_NOOP(
                "errors", "No PIN is set for this person yet: a manager can set one when the "
                "shop server is back."))
        if pins.pin_matches(pin, copied.pin_hash):
            self._copy.note_attempt(staff_id, 0, None)
            log.info("%s signed in on this PC's copy (the shop server is away)", copied.name)
            return Actor(_member(copied), workstation)
        failures = copied.failed_pins + 1
        wait = pins.wait_after(failures)
        self._copy.note_attempt(staff_id, failures, now + wait if wait else None)
        if wait:
            raise NotAllowedNow(QT_TRANSLATE_NOOP("errors", "Too many wrong PINs: try again in %1."),
                                duration_words(round(wait.total_seconds())))
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That PIN is not right. Try again."))


def _member(copied: CopiedMember) -> StaffMember:
    return StaffMember(copied.id, copied.name, Role(copied.role))

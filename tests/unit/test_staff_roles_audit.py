"""Staff PINs and lockout, manager-only actions refused below the UI, and the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from relate_desktop.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
    Role,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms


def test_wrong_pins_lock_the_account_for_a_growing_wait_and_a_manager_resets_it(
    services: Services, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = services.staff.add("Sam Till", Role.STAFF, manager, pin="4321")
    assert services.staff.sign_in(sam.id, "4321", "till-1").staff == sam
    for _ in range(2):
        with pytest.raises(InvalidInput, match="not right"):
            services.staff.sign_in(sam.id, "1111", "till-1")
    with pytest.raises(NotAllowedNow, match="try again in 30 seconds"):
        services.staff.sign_in(sam.id, "1111", "till-1")
    with pytest.raises(NotAllowedNow, match="Too many wrong PINs"):
        services.staff.sign_in(sam.id, "4321", "till-1")  # even the right PIN waits

    # The wait doubles with each further wrong PIN once it has passed.
    from relate_desktop.services import staff as staff_module

    later = staff_module.utcnow() + timedelta(seconds=31)
    monkeypatch.setattr(staff_module, "utcnow", lambda: later)
    with pytest.raises(NotAllowedNow, match="try again in 60 seconds"):
        services.staff.sign_in(sam.id, "2222", "till-1")

    services.staff.set_pin(manager, sam.id, "98765")
    assert services.staff.sign_in(sam.id, "98765", "till-1").staff.name == "Sam Till"
    with pytest.raises(InvalidInput):
        services.staff.sign_in(sam.id, "4321", "till-1")


def test_pins_are_stored_only_as_slow_hashes(services: Services, manager: Actor) -> None:
    from sqlalchemy import select

    from relate_desktop.db.models import StaffRow

    services.staff.add("Hash Check", Role.STAFF, manager, pin="555123")
    stored = services.staff._transaction(
        lambda s: s.scalar(select(StaffRow.pin_hash).where(StaffRow.name == "Hash Check")))
    assert stored is not None and stored.startswith("scrypt$") and "555123" not in stored
    with pytest.raises(InvalidInput, match="4 to 12 digits"):
        services.staff.add("Short", Role.STAFF, manager, pin="12")
    with pytest.raises(InvalidInput, match="passphrase"):
        services.staff.add("Weak", Role.STAFF, manager, pin="abc")


def test_someone_who_left_cannot_sign_in_and_keeps_their_history(
    services: Services, manager: Actor
) -> None:
    leaver = services.staff.add("Lee Leaver", Role.STAFF, manager, pin="2468")
    customer = services.customers.create(Actor(leaver, "till"), NewCustomer("Ada"))
    services.remarks.log_remark(Actor(leaver, "till"), customer, RemarkKind.NOTE, "Likes rye")
    services.staff.deactivate(manager, leaver.id)
    with pytest.raises(NotAllowedNow, match="can no longer sign in"):
        services.staff.sign_in(leaver.id, "2468", "till")
    assert leaver.id not in [m.id for m in services.staff.active_staff()]
    assert services.customers.card(customer).timeline[0].staff == "Lee Leaver"
    with pytest.raises(NotAllowedNow, match="at least one manager"):
        services.staff.deactivate(manager, manager.staff.id)


def _open_escalation(services: Services, staff: Actor) -> int:
    remark = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Cold", escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    return remark.escalation_id


MANAGER_ONLY: dict[str, Callable[[Services, Actor, Actor], Any]] = {
    "resolve": lambda s, st, m: s.escalations.resolve(st, _open_escalation(s, st), Outcome.APOLOGY),
    "take ownership": lambda s, st, m: s.escalations.take_ownership(st, _open_escalation(s, st)),
    "add staff": lambda s, st, m: s.staff.add("New Person", Role.STAFF, st, pin="1234"),
    "reset a PIN": lambda s, st, m: s.staff.set_pin(st, m.staff.id, "1234"),
    "deactivate": lambda s, st, m: s.staff.deactivate(st, m.staff.id),
    "list all staff": lambda s, st, m: s.staff.everyone(st),
    "change settings": lambda s, st, m: s.shop.set_target_minutes(st, 5, 60),
    "export customers": lambda s, st, m: list(s.export.rows("customers", st)),
    "export remarks": lambda s, st, m: list(s.export.rows("remarks", st)),
    "see the audit trail": lambda s, st, m: s.audit.entries(st),
    "export the audit trail": lambda s, st, m: list(s.export.rows("audit", st)),
    "erase a customer": lambda s, st, m: s.customer_data.erase(
        st, s.customers.create(st, NewCustomer("Eve")), "Eve"),
}


@pytest.mark.parametrize("action", sorted(MANAGER_ONLY))
def test_each_manager_only_action_is_refused_to_staff_by_the_service(
    services: Services, manager: Actor, staff: Actor, action: str
) -> None:
    with pytest.raises(PermissionDenied, match="Only a manager"):
        MANAGER_ONLY[action](services, staff, manager)


def test_every_write_leaves_an_audit_row_naming_who_and_where(
    services: Services, manager: Actor, staff: Actor
) -> None:
    s = services
    customer = s.customers.create(staff, NewCustomer("Audrey", phones=("07700 900111",)))
    thing = s.customers.add_little_thing(staff, customer, "Receipt: always")
    writes: list[tuple[str, Callable[[], Any], Actor]] = [
        ("little_thing.remove", lambda: s.customers.remove_little_thing(staff, thing.id), staff),
        ("little_thing.restore", lambda: s.customers.restore_little_thing(staff, thing.id), staff),
        ("consent.set", lambda: s.customers.set_consent(
            staff, customer, ContactChannel.SMS, ConsentState.GRANTED, "asked at the counter"), staff),
        ("customer.update", lambda: s.customers.update_profile(staff, customer, preferred_language="Welsh"),
         staff),
        ("customer.add_email", lambda: s.customers.add_email(staff, customer, "a@example.com"), staff),
        ("customer.add_card", lambda: s.customers.add_card(staff, customer, "LC-9"), staff),
        ("customer.add_phone", lambda: s.customers.add_phone(staff, customer, "020 7946 0000"), staff),
        ("remark.log", lambda: s.remarks.log_remark(staff, customer, RemarkKind.IDEA, "Sell soup"), staff),
        ("promise.record", lambda: s.promises.record_promise(
            staff, customer, PromiseTerms(PromiseKind.CALLBACK, "Ring back")), staff),
        ("escalation.raise", lambda: s.escalations.escalate_remark(
            staff, s.remarks.recent_for_customer(customer)[0].id, Priority.NORMAL), staff),
        ("escalation.take", lambda: s.escalations.take_ownership(manager, s.escalations.queue()[0].id),
         manager),
        ("escalation.note", lambda: s.escalations.add_note(manager, s.escalations.queue()[0].id, "On it"),
         manager),
        ("escalation.resolve", lambda: s.escalations.resolve(
            manager, s.escalations.queue()[0].id, Outcome.EXPLANATION, "Explained"), manager),
        ("escalation.told", lambda: s.customers.mark_told(staff, s.customers.card(customer).tell_them[0].id),
         staff),
        ("promise.kept", lambda: s.promises.keep(staff, s.customers.card(customer).open_promises[0].id), staff),
        ("shop.targets", lambda: s.shop.set_target_minutes(manager, 10, 600), manager),
    ]
    for action, write, actor in writes:
        before = len(s.audit.entries(manager, limit=10_000))
        write()
        entries = s.audit.entries(manager, limit=10_000)
        newest = [e for e in entries[: len(entries) - before] if e.action == action]
        assert newest, f"{action} left no audit row"
        assert (newest[0].staff, newest[0].workstation) == (actor.staff.name, actor.workstation), action
    assert all("PIN" not in e.summary or "wrong PIN" in e.summary for e in s.audit.entries(manager))
    creation = s.audit.entries(manager, action="customer.create")
    assert [(e.staff, e.summary) for e in creation] == [("Sam Counter", "Audrey")]
    assert s.audit.entries(manager, staff="Maria Manager", action="escalation.resolve")
    assert s.audit.entries(manager, text="Sell soup")

"""This PC's copy of the staff list: refreshed by every sign-in screen, departures included."""

from __future__ import annotations

from pathlib import Path

from relate_desktop.db.sign_in_copy import SignInCopyStore
from relate_desktop.domain import pins
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services import Services
from relate_desktop.services.sign_in import SignInService


def test_each_sign_in_list_refreshes_the_copy_and_drops_who_left(
    services: Services, manager: Actor, tmp_path: Path
) -> None:
    copy_file = tmp_path / "outbox.db"
    assert not SignInCopyStore.has_copy(copy_file)
    ana = services.staff.add("Ana Phone", Role.STAFF, manager, pin="4321")
    desk = SignInService(services.staff, services.shop, copy_file)
    listed = desk.sign_in_list()
    assert not listed.offline and "Ana Phone" in [m.name for m in listed.staff]
    copied = {m.name: m for m in SignInCopyStore(copy_file).members()}
    assert copied["Ana Phone"].pin_hash is not None and pins.pin_matches("4321", copied["Ana Phone"].pin_hash)
    assert "4321" not in copy_file.read_bytes().decode("latin-1")  # only the hash is kept
    shop = SignInCopyStore(copy_file).shop()
    assert shop is not None and shop["name"] == listed.shop.name

    services.staff.deactivate(manager, ana.id)
    desk.sign_in_list()
    assert "Ana Phone" not in [m.name for m in SignInCopyStore(copy_file).members()]


def test_without_a_shop_server_there_is_no_copy(services: Services, manager: Actor, tmp_path: Path) -> None:
    desk = SignInService(services.staff, services.shop)
    assert desk.sign_in_list().staff
    assert not (tmp_path / "outbox.db").exists()

"""From the card: the customer's full record as PDF or JSON, and erasure with the name typed out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import RemarkKind, Role
from relate_desktop.gui.customer_record import EraseCustomerDialog, dossier_html
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.services import Services
from tests.gui.conftest import type_into


def test_the_record_saves_as_json_and_as_a_pdf(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, tmp_path: Path
) -> None:
    customer = services.customers.create(manager, NewCustomer("Wanda Record", emails=("w@example.org",)))
    services.remarks.log_remark(manager, customer, RemarkKind.IDEA, "Open on Sundays")
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Wanda Record")
    window.menus.save_record(tmp_path / "wanda.json")
    qtbot.waitUntil((tmp_path / "wanda.json").exists)
    saved = json.loads((tmp_path / "wanda.json").read_text(encoding="utf-8"))
    assert saved["emails"] == ["w@example.org"] and saved["remarks"][0]["text"] == "Open on Sundays"
    window.menus.save_record(tmp_path / "wanda.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "wanda.pdf").exists() and (tmp_path / "wanda.pdf").stat().st_size > 0)
    assert (tmp_path / "wanda.pdf").read_bytes().startswith(b"%PDF")
    html = dossier_html(saved, "Corner Shop")
    assert "Open on Sundays" in html and "w@example.org" in html and "Corner Shop" in html


def test_erasing_needs_the_name_typed_and_only_managers_see_it(
    qtbot: QtBot, services: Services, manager: Actor, make_window: Callable[[Actor], MainWindow]
) -> None:
    customer = services.customers.create(manager, NewCustomer("Xavier Gone", phones=("07700 900444",)))
    staff = Actor(services.staff.add("Stan Staff", Role.STAFF, manager), "till")
    assert make_window(staff).menus.erase_action is None
    window = make_window(manager)
    window.open_customer(customer, False)
    qtbot.waitUntil(lambda: window.windowTitle() == "Relate — Xavier Gone")
    assert window.menus.erase_action is not None
    window.menus.erase()
    dialog = window.menus.open_windows["erase"]
    assert isinstance(dialog, EraseCustomerDialog)
    type_into(qtbot, dialog.ui.confirmName, "Xavier")
    assert not dialog.erase_button.isEnabled()
    type_into(qtbot, dialog.ui.confirmName, " gone")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: window.card.ui.nameLabel.text() == "Erased customer")
    assert services.lookup.lookup_customers("xavier") == []

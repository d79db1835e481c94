"""First start: who is working, the sample shop or an empty one; a bad database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from relate_desktop.app import run_gui
from relate_desktop.config import locate
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.gui.first_run import SAMPLE_SHOP_NAME, FirstRunDialog
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services


@pytest.fixture
def empty_services(empty_db_url: str, data_dir: Path) -> Iterator[Services]:
    engine = open_database(empty_db_url, data_dir / "backups")
    yield Services.over(session_factory(engine))
    engine.dispose()


def test_first_start_opens_the_sample_shop(
    qtbot: QtBot, empty_services: Services, worker: DatabaseWorker
) -> None:
    dialog = FirstRunDialog(empty_services, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.staffName, "Mia")
    qtbot.keyClicks(dialog.ui.pin, "2580")
    qtbot.keyClicks(dialog.ui.pinAgain, "2580")
    dialog.ui.startSample.setChecked(True)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert dialog.manager is not None and dialog.manager.name == "Mia" and dialog.manager.is_manager
    shop = empty_services.shop.settings()
    assert (shop.name, shop.is_demo) == (SAMPLE_SHOP_NAME, True)
    assert empty_services.lookup.lookup_customers("a")  # a few hundred customers to find
    assert empty_services.escalations.queue()  # and open escalations to handle
    assert empty_services.staff.sign_in(dialog.manager.id, "2580", "till").staff.name == "Mia"


def test_first_start_empty_shop_needs_a_name(
    qtbot: QtBot, empty_services: Services, worker: DatabaseWorker
) -> None:
    dialog = FirstRunDialog(empty_services, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.staffName, "Mia")
    qtbot.keyClick(dialog.ui.staffName, Qt.Key.Key_Return)
    assert "Choose a PIN" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.pin, "2580")
    qtbot.keyClicks(dialog.ui.pinAgain, "2581")
    qtbot.keyClick(dialog.ui.pinAgain, Qt.Key.Key_Return)
    assert "differ" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.pinAgain, "2580")
    qtbot.keyClick(dialog.ui.pinAgain, Qt.Key.Key_Return)
    assert "shop's name" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.shopName, "Mia's Bakery")
    dialog.ui.region.setCurrentIndex(dialog.ui.region.findData("FR"))
    qtbot.keyClick(dialog.ui.shopName, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    shop = empty_services.shop.settings()
    assert (shop.name, shop.region, shop.currency, shop.is_demo) == ("Mia's Bakery", "FR", "EUR", False)
    assert empty_services.lookup.lookup_customers("a") == []


def test_a_corrupt_database_file_gets_a_clear_message(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "relate.db").write_bytes(b"this is not a database, just some bytes" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    assert run_gui(locate()) == 1
    assert len(shown) == 1
    assert str(data_dir / "relate.db") in shown[0] and "cannot be read" in shown[0]

"""First start: who is working, the sample shop or an empty one; a bad database file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import phonenumbers
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop import app as app_module
from relate_desktop.app import run_gui
from relate_desktop.config import locate
from relate_desktop.db.engine import (
    current_revision,
    head_revision,
    open_database,
    session_factory,
    sqlite_url,
)
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.gui.first_run import SAMPLE_SHOP_NAME, FirstRunDialog
from relate_desktop.gui.main_window import MainWindow
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


def test_the_region_list_names_every_country_in_alphabetical_order(
    qtbot: QtBot, empty_services: Services, worker: DatabaseWorker
) -> None:
    dialog = FirstRunDialog(empty_services, worker)
    qtbot.addWidget(dialog)
    regions = dialog.ui.region
    texts = [regions.itemText(i) for i in range(regions.count())]
    assert sorted(regions.itemData(i) for i in range(regions.count())) == sorted(phonenumbers.SUPPORTED_REGIONS)
    assert {"United Kingdom (GB)", "France (FR)", "Germany (DE)", "Japan (JP)"} <= set(texts)
    assert texts == sorted(texts, key=lambda text: text.rpartition(" (")[0])
    # Qt has a name for nearly every region; for the rest (Ascension, Tristan da Cunha) the code.
    unnamed = [text for text in texts if text.rpartition(" (")[0].isupper()]
    assert len(unnamed) < 10, unnamed


def _when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Call ``then`` with the first visible top-level ``kind`` window, once there is one."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if shown:
        then(shown[0])
    else:
        QTimer.singleShot(20, lambda: _when_shown(kind, then))


def test_the_very_first_start_welcomes_creates_the_database_and_opens_the_counter(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No database file yet: the welcome window comes first and the database is made behind it
    # (the start takes less time); everything it sets up is there once the counter opens.
    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.ui.staffName.setText("Mia")
        dialog.ui.pin.setText("2580")
        dialog.ui.pinAgain.setText("2580")
        dialog.ui.shopName.setText("Mia's Bakery")
        dialog.ui.region.setCurrentIndex(dialog.ui.region.findData("FR"))
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    counters: list[str] = []

    def counter_open(*_args: object) -> int:  # instead of the application's event loop
        counters.extend(w.context.actor.staff.name for w in QApplication.topLevelWidgets()
                        if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", counter_open)
    QTimer.singleShot(0, lambda: _when_shown(FirstRunDialog, fill_in))
    assert run_gui(locate()) == 0
    assert counters == ["Mia"]  # the counter opened for her

    database = data_dir / "relate.db"
    engine = open_database(sqlite_url(database), None)
    try:
        assert current_revision(engine) == head_revision()
        services = Services.over(session_factory(engine))
        shop = services.shop.settings()
        assert (shop.name, shop.region, shop.currency) == ("Mia's Bakery", "FR", "EUR")
        assert [m.name for m in services.staff.active_staff()] == ["Mia"]
    finally:
        engine.dispose()
    backups = sorted(path.name for path in (data_dir / "backups").iterdir())
    assert any("daily" in name for name in backups) and any("exit" in name for name in backups)


def test_the_very_first_start_says_so_when_the_database_cannot_be_made(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(url: str, _backups: Path | None) -> None:
        raise DatabaseUnavailable("The database file %1 cannot be read: it is damaged or not a "
                                  "Relate database. %2", url, "(test 4715)")

    monkeypatch.setattr(app_module, "open_database", full_disk)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    assert run_gui(locate()) == 1
    assert len(shown) == 1 and "(test 4715)" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible()]


def test_a_corrupt_database_file_gets_a_clear_message(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "relate.db").write_bytes(b"this is not a database, just some bytes" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    assert run_gui(locate()) == 1
    assert len(shown) == 1
    assert str(data_dir / "relate.db") in shown[0] and "cannot be read" in shown[0]

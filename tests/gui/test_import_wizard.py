"""The import wizard, the export dialog, the duplicates window and the till line, as a manager uses them."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import ContactChannel
from relate_desktop.gui.import_wizard import ImportWizard
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.integrations.importing import Field
from relate_desktop.services import Services
from tests import import_samples as samples


def _cell(wizard: ImportWizard, row: int, column: int) -> str:
    item = wizard.preview.item(row, column)
    return item.text() if item is not None else ""


def test_the_wizard_shows_the_format_a_preview_a_mapping_then_imports_with_a_report(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "members.csv"
    path.write_text(samples.csv_text(
        ("Full Name", "Mobile", "E-mail", "Member No", "Newsletter"),
        [["Olu Adeyemi", "07700 900501", "olu@example.com", "M-77", "yes"],
         ["Pia Lund", "4.47911E+11", "pia@example.com", "M-78", ""],
         ["", "", "", "", "no"]]), encoding="utf-8")
    wizard = window.menus.lists.import_customers()
    wizard.open_path(path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    assert "CSV file members.csv" in wizard.detected.text()
    assert (_cell(wizard, 0, 1), _cell(wizard, 0, 2), _cell(wizard, 0, 3)) == (
        "Olu Adeyemi", "07700 900501", "olu@example.com")
    assert _cell(wizard, 0, 5) == "Email: yes"
    assert "spreadsheet" in _cell(wizard, 1, 9)
    assert _cell(wizard, 2, 9).startswith("not imported: no name")
    assert _cell(wizard, 0, 4) == ""  # "Member No" is not read until the person says so
    wizard.set_column("Member No", Field.CARD)
    assert _cell(wizard, 0, 4) == "M-77"

    qtbot.mouseClick(wizard.start_button, qtbot_left())
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=10_000)

    assert wizard.report is not None
    assert "3 rows read. 2 customers created" in wizard.summary.text()  # English plurals
    assert "row 3: phone '4.47911E+11'" in wizard.report_text.toPlainText()
    assert "row 4: not imported" in wizard.report_text.toPlainText()
    assert wizard.report_path is not None and wizard.report_path.exists()
    [olu] = services.lookup.lookup_customers("olu")
    assert services.customers.card(olu.id).cards == ("M-77",)


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_import_runs_in_batches_while_the_window_stays_responsive_and_can_be_cancelled(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(samples.csv_text(("Name", "Email"), [
        [f"Person {n}", f"p{n}@example.com"] for n in range(2600)]), encoding="utf-8")
    wizard = window.menus.lists.import_customers()
    wizard.open_path(path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    seen: list[int] = []
    wizard.progress.valueChanged.connect(seen.append)
    wizard.start()
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10_000)  # the event loop ran between batches
    # The counter still answers while the import goes on.
    assert [m.display_name for m in services.lookup.lookup_customers("Person 1", limit=1)]
    wizard.cancel()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=10_000)
    assert wizard.report is not None and wizard.report.cancelled
    stored = len(list(services.export.customers(manager)))
    assert stored % 1000 == 0 and 0 < stored < 2600  # whole batches only
    assert "run the same import again" in wizard.summary.text()


def test_the_export_dialog_writes_the_same_file_as_the_command_line(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow, tmp_path: Path
) -> None:
    services.customers.create(staff, NewCustomer("Zoë Export", phones=("07700 900123",)))
    dialog = window.menus.lists.export()
    toasts: list[str] = []
    dialog.exported.connect(toasts.append)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("excel-csv"))
    target = tmp_path / "customers.csv"
    dialog.save(target)
    qtbot.waitUntil(lambda: bool(toasts))
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and "Zoë Export" in data.decode("utf-8")
    assert "Exported 1 row to" in toasts[0]


def test_duplicates_are_reviewed_side_by_side_merged_and_undone(
    qtbot: QtBot, services: Services, staff: Actor, window: MainWindow
) -> None:
    keep = services.customers.create(staff, NewCustomer("Ada Lovelace", phones=("07700 900123",)))
    other = services.customers.create(staff, NewCustomer("Ada King", phones=("07700 900123",),
                                                         emails=("ada@example.com",)))
    duplicates = window.menus.lists.find_duplicates()
    qtbot.waitUntil(lambda: duplicates.pair_list.count() == 1)
    qtbot.waitUntil(lambda: duplicates.review is not None)
    assert "same phone" in duplicates.why.text()
    duplicates.choose("display_name", "other")
    duplicates.merge_button.click()
    qtbot.waitUntil(lambda: duplicates.last_merge is not None)
    card = services.customers.card(keep)
    assert card.display_name == "Ada King" and card.emails == ("ada@example.com",)
    qtbot.waitUntil(lambda: duplicates.pair_list.count() == 0)
    assert "merged into" in window.ui.toastText.text()
    duplicates.undo_button.click()
    qtbot.waitUntil(lambda: duplicates.pair_list.count() == 1)
    assert services.customers.card(keep).display_name == "Ada Lovelace"
    assert services.customers.card(other).emails == ("ada@example.com",)


def test_staff_see_no_import_export_or_merge(make_window: Callable[[Actor], MainWindow],
                                             staff: Actor) -> None:
    window = make_window(staff)
    names = {a.objectName() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert not names & {"importCustomersAction", "exportAction", "duplicatesAction"}


def test_the_card_shows_what_the_till_knew(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    from tests.unit.test_importing import _import

    _import(services, manager, samples.square())
    [elif_] = services.lookup.lookup_customers("Elif")
    window.open_customer(elif_.id, False)
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == elif_.id)
    # Whole pounds in the locale's digits and grouping ("£2,300" in English, "£2300" in C).
    spent = "£" + QLocale().toString(2300)
    assert f"from the shop's till: 31 visits, {spent} since 2025" in window.card.ui.factsLabel.text()
    assert window.card.card.consent(ContactChannel.EMAIL).value == "granted"

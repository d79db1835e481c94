"""A manager's tools: the staff list (add, reset a PIN, someone has left) and the audit trail."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.gui.audit_view import AuditWindow
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.staff_admin import StaffAdminDialog
from relate_desktop.services import Services


def test_a_manager_adds_staff_resets_a_pin_and_marks_someone_as_left(
    qtbot: QtBot, services: Services, manager: Actor, window: MainWindow
) -> None:
    window.menus.staff()
    dialog = window.menus.open_windows["staff"]
    assert isinstance(dialog, StaffAdminDialog)
    qtbot.waitUntil(lambda: dialog.ui.staffList.count() == 1)
    qtbot.keyClicks(dialog.ui.newName, "Rita Till")
    qtbot.keyClicks(dialog.ui.newPin, "3141")
    qtbot.keyClicks(dialog.ui.newPinAgain, "3141")
    dialog.ui.addButton.click()
    qtbot.waitUntil(lambda: dialog.ui.staffList.count() == 2)
    rita = next(m for m in services.staff.active_staff() if m.name == "Rita Till")
    assert services.staff.sign_in(rita.id, "3141", "till").staff.name == "Rita Till"

    dialog.ui.staffList.setCurrentRow(next(
        i for i in range(2) if dialog.ui.staffList.item(i).text().startswith("Rita")))
    qtbot.keyClicks(dialog.ui.newPin, "2718")
    qtbot.keyClicks(dialog.ui.newPinAgain, "2718")
    dialog.ui.resetPinButton.click()
    qtbot.waitUntil(lambda: dialog.ui.newPin.text() == "")  # cleared once the reset is saved
    assert services.staff.sign_in(rita.id, "2718", "till").staff.name == "Rita Till"

    dialog.ui.staffList.setCurrentRow(next(
        i for i in range(2) if dialog.ui.staffList.item(i).text().startswith("Rita")))
    dialog.ui.deactivateButton.click()
    qtbot.waitUntil(lambda: any("has left" in dialog.ui.staffList.item(i).text() for i in range(2)))
    assert [m.name for m in services.staff.active_staff()] == ["Maria Manager"]


def test_the_audit_trail_lists_and_filters_what_happened(
    qtbot: QtBot, services: Services, manager: Actor, staff: Actor, window: MainWindow
) -> None:
    services.customers.create(staff, NewCustomer("Tilly Audit"))
    services.customers.create(manager, NewCustomer("Other One"))
    window.menus.audit()
    audit = window.menus.open_windows["audit"]
    assert isinstance(audit, AuditWindow)
    table = audit.ui.entries

    def rows() -> list[tuple[str, str, str]]:
        return [(table.item(r, 1).text(), table.item(r, 3).text(), table.item(r, 5).text())
                for r in range(table.rowCount())]

    qtbot.waitUntil(lambda: ("Sam Counter", "customer added", "Tilly Audit") in rows())
    qtbot.waitUntil(lambda: audit.ui.staffFilter.findData("Sam Counter") >= 0)
    audit.ui.staffFilter.setCurrentIndex(audit.ui.staffFilter.findData("Sam Counter"))
    qtbot.waitUntil(lambda: rows() == [("Sam Counter", "customer added", "Tilly Audit")])
    audit.ui.staffFilter.setCurrentIndex(0)
    qtbot.keyClicks(audit.ui.textFilter, "Other")
    qtbot.waitUntil(lambda: rows() == [("Maria Manager", "customer added", "Other One")])

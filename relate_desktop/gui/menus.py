"""The main window's Customer and Shop menus; manager-only entries appear for managers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.gui import icons, labels
from relate_desktop.gui.customer_list_menu import CustomerListMenus
from relate_desktop.gui.customer_record import EraseCustomerDialog, write_dossier

if TYPE_CHECKING:
    from relate_desktop.gui.main_window import MainWindow


class WindowMenus:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.open_windows: dict[str, QWidget] = {}
        menu = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Customer"))
        self.record_action = menu.addAction(
            QCoreApplication.translate("WindowMenus", "What we &hold about them…"), self.save_record)
        self.record_action.setObjectName("customerRecordAction")
        self.erase_action = None
        if window.context.actor.staff.is_manager:
            self.erase_action = menu.addAction(
                QCoreApplication.translate("WindowMenus", "&Erase on their request…"), self.erase)
            self.erase_action.setObjectName("eraseCustomerAction")
            shop = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Shop"))
            shop.addAction(QCoreApplication.translate("WindowMenus", "&Staff…"),
                           self.staff).setObjectName("staffAction")
            shop.addAction(QCoreApplication.translate("WindowMenus", "&Audit trail…"),
                           self.audit).setObjectName("auditAction")
            shop.addAction(QCoreApplication.translate("WindowMenus", "&What customers are saying…"),
                           self.insights).setObjectName("insightsAction")
        self.lists = CustomerListMenus(window, menu)  # managers: File menu, duplicates
        menu.addSeparator()
        # The key itself is the window's shortcut; shown here, not bound twice (that would be ambiguous).
        lock_keys = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(icons.icon("lock"),
                       QCoreApplication.translate("WindowMenus", "&Lock (next person)") + "\t" + lock_keys,
                       window.lock_requested.emit)

    def _card_id(self) -> int | None:
        card = self._window.card.card
        if card is None:
            self._window.show_toast(QCoreApplication.translate("WindowMenus", "Open a customer's card first."))
            return None
        return card.id

    def save_record(self, path: Path | None = None) -> None:
        """Ask where, then write the customer's full record as PDF or JSON (by the file's ending)."""
        customer_id = self._card_id()
        if customer_id is None:
            return
        window = self._window
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                window, QCoreApplication.translate("WindowMenus", "Save what we hold about this customer"),
                str(Path.home() / f"customer-{customer_id}.pdf"),
                QCoreApplication.translate("WindowMenus", "PDF (*.pdf);;JSON (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        data, actor = window.context.services.customer_data, window.context.actor
        shop = window.context.shop.name
        target = path

        def write(dossier: dict[str, Any]) -> None:
            try:
                write_dossier(dossier, target, shop)
            except OSError as error:
                window.show_toast(QCoreApplication.translate("WindowMenus", "Could not write %1: %2").replace(
                    "%1", str(target)).replace("%2", error.strerror or str(error)))
                return
            window.show_toast(QCoreApplication.translate("WindowMenus", "Saved to %1").replace("%1", str(target)))

        window.context.worker.submit(lambda: data.dossier(actor, customer_id), write, self._failed)

    def erase(self) -> None:
        card = self._window.card.card
        if card is None:
            self._window.show_toast(QCoreApplication.translate("WindowMenus", "Open a customer's card first."))
            return
        dialog = EraseCustomerDialog(self._window.context, card.id, card.display_name, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._erased)
        self.open_windows["erase"] = dialog
        dialog.open()

    def _erased(self, customer_id: int) -> None:
        window = self._window
        # Nothing of theirs may linger on this PC either: drop any draft about them.
        window.context.drafts.forget_customer(customer_id)
        window.card.reload()
        window.show_toast(QCoreApplication.translate("WindowMenus", "The customer's personal data was erased."))

    def staff(self) -> None:
        from relate_desktop.gui.staff_admin import StaffAdminDialog

        self._show("staff", lambda: StaffAdminDialog(self._window.context, self._window))

    def audit(self) -> None:
        from relate_desktop.gui.audit_view import AuditWindow

        self._show("audit", lambda: AuditWindow(self._window.context, self._window))

    def insights(self) -> None:
        from relate_desktop.gui.shop_insights import ShopInsightsWindow  # Qt Charts loads here

        def make() -> QWidget:
            view = ShopInsightsWindow(self._window.context, self._window)
            view.open_card.connect(lambda cid: self._window.open_customer(cid, False))
            return view

        self._show("insights", make)

    def _show(self, key: str, make: Any) -> None:
        widget = self.open_windows.get(key)
        if widget is None:
            widget = make()
            self.open_windows[key] = widget
        widget.show()
        widget.raise_()

    def _failed(self, error: RelateError) -> None:
        self._window.show_toast(labels.error_text(error))

"""The manager's File menu (Import customers…, Export…) and Customer → Possible duplicates…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from relate_desktop.domain.merging import MergeRecord
from relate_desktop.gui.duplicates import DuplicatesWindow
from relate_desktop.gui.export_dialog import ExportDialog
from relate_desktop.gui.import_wizard import ImportWizard

if TYPE_CHECKING:
    from relate_desktop.gui.main_window import MainWindow


class CustomerListMenus:
    """Bringing the shop's customer list in, sending it out, and tidying its duplicates are a
    manager's work (the services refuse anyone else too), so staff do not see these entries."""

    def __init__(self, window: MainWindow, customer_menu: QMenu) -> None:
        self._window = window
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.duplicates: DuplicatesWindow | None = None
        if not window.context.actor.staff.is_manager:
            return
        bar = window.menuBar()
        file_menu = QMenu(QCoreApplication.translate("CustomerListMenus", "&File"), bar)
        file_menu.setObjectName("fileMenu")
        bar.insertMenu(customer_menu.menuAction(), file_menu)
        file_menu.addAction(QCoreApplication.translate("CustomerListMenus", "&Import customers…"),
                            self.import_customers).setObjectName("importCustomersAction")
        file_menu.addAction(QCoreApplication.translate("CustomerListMenus", "&Export…"),
                            self.export).setObjectName("exportAction")
        customer_menu.addAction(QCoreApplication.translate("CustomerListMenus", "Possible &duplicates…"),
                                self.find_duplicates).setObjectName("duplicatesAction")

    def import_customers(self) -> ImportWizard:
        wizard = ImportWizard(self._window.context, self._window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _report: self._window.card.reload())
        self.wizard = wizard
        wizard.open()
        return wizard

    def export(self) -> ExportDialog:
        dialog = ExportDialog(self._window.context, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._window.show_toast)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def find_duplicates(self) -> DuplicatesWindow:
        if self.duplicates is None:
            self.duplicates = DuplicatesWindow(self._window.context, self._window)
            self.duplicates.merged.connect(self._merged)
        else:
            self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.raise_()
        return self.duplicates

    def _merged(self, record: MergeRecord) -> None:
        window = self._window
        window.card.reload()
        duplicates = self.duplicates
        undo = duplicates.undo if duplicates is not None else None
        window.show_toast(QCoreApplication.translate("CustomerListMenus", "%1 merged into %2")
                          .replace("%1", record.merged_name).replace("%2", record.survivor_name), undo)

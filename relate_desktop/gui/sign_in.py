"""Who is working on this PC: pick a name, Enter (PINs come with the staff sign-in work)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from relate_desktop.domain.records import StaffMember
from relate_desktop.gui.forms.ui_sign_in import Ui_SignInDialog


class SignInDialog(QDialog):
    def __init__(self, staff: list[StaffMember], last_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("signIn")
        self.chosen: StaffMember | None = None
        for member in staff:
            role = self.tr("manager") if member.is_manager else self.tr("staff")
            item = QListWidgetItem(f"{member.name}  ({role})")
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.ui.staffList.addItem(item)
            if member.id == last_id:
                self.ui.staffList.setCurrentItem(item)
        if self.ui.staffList.currentRow() < 0 and staff:
            self.ui.staffList.setCurrentRow(0)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.staffList.itemActivated.connect(lambda _item: self._sign_in())
        self.ui.staffList.setFocus()

    def _sign_in(self) -> None:
        item = self.ui.staffList.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

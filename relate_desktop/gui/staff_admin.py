"""The manager's staff list: add someone with a PIN, reset a PIN, mark someone as having left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import StaffMember
from relate_desktop.domain.vocabulary import Role
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_staff_admin import Ui_StaffAdminDialog


class StaffAdminDialog(QDialog):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffAdminDialog()
        self.ui.setupUi(self)
        self.setObjectName("staffAdmin")
        self._context = context
        for role in (Role.STAFF, Role.MANAGER):
            self.ui.newRole.addItem(labels.role(role), role)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.newPinAgain.returnPressed.connect(self._add)
        self.ui.resetPinButton.clicked.connect(self._reset_pin)
        self.ui.deactivateButton.clicked.connect(self._deactivate)
        self.reload()

    def reload(self) -> None:
        staff, actor = self._context.services.staff, self._context.actor
        self._context.worker.submit(lambda: staff.everyone(actor), self._show, self._failed)

    def _show(self, people: list[StaffMember]) -> None:
        self.ui.staffList.clear()
        for member in people:
            role = labels.role(Role.MANAGER if member.is_manager else Role.STAFF)
            left = "" if member.active else self.tr(" — has left")
            item = QListWidgetItem(self.tr("%1 (%2)%3", "name (role), maybe: has left").replace(
                "%1", member.name).replace("%2", role).replace("%3", left))
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.ui.staffList.addItem(item)

    def selected(self) -> StaffMember | None:
        item = self.ui.staffList.currentItem()
        member = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return member if isinstance(member, StaffMember) else None

    def _pin(self) -> str | None:
        pin = self.ui.newPin.text()
        if pin != self.ui.newPinAgain.text():
            self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            return None
        return pin

    def _add(self) -> None:
        pin = self._pin()
        if pin is None:
            return
        name, role = self.ui.newName.text(), Role(self.ui.newRole.currentData())
        staff, actor = self._context.services.staff, self._context.actor
        self._context.worker.submit(lambda: staff.add(name, role, actor, pin=pin), self._done, self._failed)

    def _reset_pin(self) -> None:
        member, pin = self.selected(), self._pin()
        if member is None:
            self._say(self.tr("Select the person first."))
            return
        if not pin:
            self._say(self.tr("Type the new PIN twice in the form below, then Reset PIN."))
            return
        staff, actor = self._context.services.staff, self._context.actor
        self._context.worker.submit(lambda: staff.set_pin(actor, member.id, pin), self._done, self._failed)

    def _deactivate(self) -> None:
        member = self.selected()
        if member is None:
            self._say(self.tr("Select the person first."))
            return
        staff, actor = self._context.services.staff, self._context.actor
        self._context.worker.submit(lambda: staff.deactivate(actor, member.id), self._done, self._failed)

    def _done(self, _result: object) -> None:
        for field in (self.ui.newName, self.ui.newPin, self.ui.newPinAgain):
            field.clear()
        self._say(self.tr("Done."), error=False)
        self.reload()

    def _failed(self, error: RelateError) -> None:
        self._say(labels.error_text(error))

    def _say(self, text: str, error: bool = True) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold" if error else "")

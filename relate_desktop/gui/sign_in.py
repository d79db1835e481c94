"""Who is working on this PC: pick your name, type your PIN, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from relate_desktop.domain.errors import NoPinYet, RelateError
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.gui import colours, labels
from relate_desktop.gui.forms.ui_sign_in import Ui_SignInDialog
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services.sign_in import SignInService


class SignInDialog(QDialog):
    """Preselects the last person on this PC with the focus in the PIN field, so a returning
    member of staff types the PIN and presses Enter. Someone without a PIN chooses one."""

    def __init__(
        self, staff_service: SignInService, worker: DatabaseWorker, staff: list[StaffMember],
        last_id: int | None, workstation: str, hint: str = "", parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("signIn")
        self.setWindowTitle(self.tr("Relate — Sign in"))
        self._staff = staff_service
        self._worker = worker
        self._workstation = workstation
        self._choosing_pin = False
        self._busy = False
        self.actor: Actor | None = None
        for member in staff:
            item = QListWidgetItem(self.tr("%1  (%2)", "a name (their role)").replace(
                "%1", member.name).replace("%2", labels.role(member.role)))
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.ui.staffList.addItem(item)
            if member.id == last_id:
                self.ui.staffList.setCurrentItem(item)
        if self.ui.staffList.currentRow() < 0 and staff:
            self.ui.staffList.setCurrentRow(0)
        sign_in = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sign_in.setText(self.tr("Sign in"))
        sign_in.setToolTip(self.tr("Sign in (Enter)"))
        sign_in.setAccessibleName(self.tr("Sign in"))
        sign_in.setAccessibleDescription(self.tr("Signs in the person chosen with the PIN typed (Enter)"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close Relate without signing in (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes Relate without signing in (Esc)"))
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.staffList.itemActivated.connect(lambda _item: self.ui.pinField.setFocus())
        self.ui.staffList.currentItemChanged.connect(lambda *_: self._person_changed())
        self.ui.pinField.returnPressed.connect(self._sign_in)
        self.ui.repeatField.returnPressed.connect(self._sign_in)
        self._show_repeat(False)
        self._say(hint, error=False)
        self.ui.pinField.setFocus()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.ui.pinField.setFocus()

    def _member(self) -> StaffMember | None:
        item = self.ui.staffList.currentItem()
        member = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return member if isinstance(member, StaffMember) else None

    def _person_changed(self) -> None:
        self.ui.pinField.clear()
        self.ui.repeatField.clear()
        self._show_repeat(False)
        self._say("")

    def _show_repeat(self, shown: bool) -> None:
        self._choosing_pin = shown
        self.ui.repeatLabel.setVisible(shown)
        self.ui.repeatField.setVisible(shown)

    def _sign_in(self) -> None:
        member = self._member()
        if member is None or self._busy:
            return
        pin = self.ui.pinField.text()
        if not pin:
            self._say(self.tr("Type your PIN first."))
            self.ui.pinField.setFocus()
            return
        staff, workstation = self._staff, self._workstation
        if self._choosing_pin:
            if self.ui.repeatField.text() != pin:
                self._say(self.tr("The two PINs differ. Type the same PIN twice."))
                self.ui.repeatField.clear()
                self.ui.repeatField.setFocus()
                return
            work = lambda: staff.choose_first_pin(member.id, pin, workstation)  # noqa: E731
        else:
            work = lambda: staff.sign_in(member.id, pin, workstation)  # noqa: E731
        self._busy = True
        self._worker.submit(work, self._signed_in, self._failed)

    def _signed_in(self, actor: Actor) -> None:
        self._busy = False
        self.actor = actor
        self.accept()

    def _failed(self, error: RelateError) -> None:
        self._busy = False
        self.ui.pinField.clear()
        if isinstance(error, NoPinYet):
            self._show_repeat(True)
            self._say(self.tr("No PIN yet: choose one (4–12 digits), type it twice, Enter."), error=False)
        else:
            self._say(labels.error_text(error))
        self.ui.pinField.setFocus()

    def _say(self, text: str, error: bool = True) -> None:
        # A sign as well as the colour: an error must not be told by red alone.
        self.ui.message.setText("⚠ " + text if error and text else text)
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold" if error and text else "")

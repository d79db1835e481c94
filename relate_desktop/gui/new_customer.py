"""The new-customer form, in place of the card (no dialog), filled with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QWidget

from relate_desktop.domain import phones
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import NewCustomer
from relate_desktop.gui import colours, labels, spoken
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_new_customer import Ui_NewCustomerPanel


class NewCustomerForm(QFrame):
    created = Signal(int)
    cancelled = Signal()

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCustomerPanel()
        self.ui.setupUi(self)
        self.setObjectName("newCustomerForm")
        self._context = context
        self._fields: list[QLineEdit] = [
            self.ui.newName, self.ui.newPronunciation, self.ui.newPhone, self.ui.newEmail,
            self.ui.newCard,
        ]
        for field in self._fields:
            field.returnPressed.connect(self.submit)
            field.installEventFilter(self)
        # Picked from the list (type-ahead) or typed: stored as a code when Relate knows it.
        self.language = spoken.LanguageChoice(self.ui.newLanguage)
        language_line = self.ui.newLanguage.lineEdit()
        assert language_line is not None
        language_line.returnPressed.connect(self.submit)
        self.ui.newLanguage.installEventFilter(self)
        self.ui.createButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.cancelled)
        self._saving = False

    def start(self, typed: str, field: str = "") -> None:
        """Clear the form and put what was typed in the lookup box where it belongs;
        ``field`` ("phone", "card") when it is known: a caller's number, a scanned card."""
        for line in self._fields:
            line.clear()
        self.language.set_value("")
        self.ui.message.clear()
        typed = typed.strip()
        if field == "phone":
            self.ui.newPhone.setText(typed)
        elif field == "card":
            self.ui.newCard.setText(typed)
        elif "@" in typed:
            self.ui.newEmail.setText(typed)
        elif phones.looks_like_phone(typed):
            if phones.to_e164(typed, self._context.shop.region):
                self.ui.newPhone.setText(typed)
            else:
                self.ui.newCard.setText(typed)  # a scanned card nobody has yet
        else:
            self.ui.newName.setText(typed)
        self.ui.newName.setFocus()
        self.ui.newName.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        if self._saving:
            return
        name = self.ui.newName.text().strip()
        if not name:
            self._say(self.tr("A new customer needs a name."))
            self.ui.newName.setFocus()
            return
        new = NewCustomer(
            display_name=name,
            pronunciation=self.ui.newPronunciation.text(),
            phones=tuple(p for p in [self.ui.newPhone.text().strip()] if p),
            emails=tuple(e for e in [self.ui.newEmail.text().strip()] if e),
            cards=tuple(c for c in [self.ui.newCard.text().strip()] if c),
            preferred_language=spoken.resolve(self.ui.newLanguage.currentText()),
        )
        customers, actor = self._context.services.customers, self._context.actor
        self._saving = True
        self._context.worker.submit(lambda: customers.create(actor, new), self._created, self._failed)

    def _created(self, customer_id: int) -> None:
        self._saving = False
        self.created.emit(customer_id)

    def _failed(self, error: RelateError) -> None:
        self._saving = False
        self._say(labels.error_text(error))

    def _say(self, text: str) -> None:
        # Only problems are said here: a sign as well as the colour, not red alone.
        self.ui.message.setText("⚠ " + text if text else text)
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")

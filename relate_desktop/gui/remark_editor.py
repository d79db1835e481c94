"""The remark editor on every card: type, Enter, done; one more key escalates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QFrame, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import Remark, StaffMember
from relate_desktop.domain.vocabulary import Channel, Priority, RemarkKind
from relate_desktop.gui import colours, labels, spoken
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import draft_key
from relate_desktop.gui.flow_layout import wrap_row
from relate_desktop.gui.forms.ui_remark_editor import Ui_RemarkEditorPanel
from relate_desktop.services.outbox import OutgoingRemark, Queued

#: How long "Saved — Undo" stays offered.
UNDO_OFFER_MS = 12_000
#: Switches the conversation's language (Ctrl+L locks the screen, Ctrl+1 … 6 pick the kind).
LANGUAGE_KEY = "Ctrl+Shift+L"
_KINDS = list(RemarkKind)


class RemarkEditor(QFrame):
    """Saves remarks for one customer (or a walk-in when ``customer_id`` is None)."""

    saved = Signal(object)  # Remark
    queued = Signal(int)  # kept in the outbox; how many wait now
    undone = Signal(object)  # Remark
    finished = Signal()  # an action is complete: the lookup box takes the focus back

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RemarkEditorPanel()
        self.ui.setupUi(self)
        wrap_row(self.ui.controls)  # a long name or a longer language: the row wraps, nothing is cut
        self._context = context
        self._customer_id: int | None = None
        self._key: str | None = None  # whose draft is in the editor; None until one is shown
        self._last_saved: Remark | None = None
        self._saving = False
        #: Enter pressed again while the save before was still on its way: (escalate,), saved
        #: as soon as that one is done, never dropped.
        self._next_save: tuple[Priority | None] | None = None
        for number, kind in enumerate(_KINDS, start=1):
            keys = QKeySequence(f"Ctrl+{number}")
            self.ui.remarkKind.addItem(self.tr("%1  (%2)").replace("%1", labels.remark_kind(kind)).replace(
                "%2", keys.toString(QKeySequence.SequenceFormat.NativeText)), kind)
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.set_kind(k))
        for value in Channel:
            self.ui.remarkChannel.addItem(labels.channel(value), value)
        # The language the conversation was in: the customer's own when recorded, else the
        # shop's, until staff pick another for this customer.
        self._customer_language = ""
        self._language_touched = False
        self._back_to_text = False
        self._language = spoken.LanguageChoice(self.ui.remarkLanguage, compact=True)
        self._language.set_value(spoken.ui_language())
        self._language.chosen.connect(self._language_chosen)
        language_key = QShortcut(QKeySequence(LANGUAGE_KEY), self)
        language_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        language_key.activated.connect(self.switch_language)
        # Who a compliment is about: shown only for compliments, after the tags, so Enter in
        # the text still saves at once and nobody has to pass through it.
        self.ui.aboutStaff.addItem(self.tr("(about nobody in particular)"), None)
        self.ui.remarkKind.currentIndexChanged.connect(self._kind_changed)
        staff = context.services.staff
        context.worker.submit(staff.active_staff, self._staff_arrived, lambda _error: None)
        self.set_kind(RemarkKind.NOTE)
        self._kind_changed()
        self.ui.undoButton.hide()
        self.ui.undoButton.clicked.connect(self.undo_last)
        self.ui.remarkEditor.installEventFilter(self)
        self.ui.remarkEditor.textChanged.connect(self._keep_draft)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self._withdraw_undo_offer)

    # -- what is shown -------------------------------------------------------------------

    def set_customer(self, customer_id: int | None, heading: str | None = None) -> None:
        """Switch to another customer's draft; the current draft stays kept under its own."""
        key = draft_key(self._context.actor.staff.id, customer_id)
        if key == self._key and heading is not None:
            # The same card shown again (a live update): leave the text being typed alone.
            self.ui.heading.setText(heading)
            return
        if self._key is not None:
            self._context.drafts.put(self._key, self.text())
        self._customer_id = customer_id
        self._key = draft_key(self._context.actor.staff.id, customer_id)
        self._language_touched = self._back_to_text = False
        self.set_customer_language("")
        self.ui.heading.setText(heading or (
            self.tr("Log what they said") if customer_id is not None
            else self.tr("Walk-in remark (no customer)")
        ))
        self.ui.remarkEditor.blockSignals(True)
        self.ui.remarkEditor.setPlainText(self._context.drafts.get(self._key))
        self.ui.remarkEditor.blockSignals(False)
        self.ui.message.clear()

    def set_kind(self, kind: RemarkKind) -> None:
        self.ui.remarkKind.setCurrentIndex(_KINDS.index(kind))

    def set_customer_language(self, value: str) -> None:
        """The customer's preferred language ("" when not recorded): what the conversation is
        taken to be in, unless staff picked another for this customer."""
        self._customer_language = value
        if not self._language_touched:
            self._language.set_value(value or spoken.ui_language())

    def language(self) -> str:
        """The language the conversation was in: a code ("pl"), or as the card has it."""
        return self._language.value()

    def set_language(self, value: str) -> None:
        self._language.set_value(value)
        self._language_touched = True

    def switch_language(self) -> None:
        """Ctrl+Shift+L: between the customer's language and the shop's; when there are not
        two, the list opens (type the first letters, Enter)."""
        shop, customer = spoken.ui_language(), self._customer_language
        if customer and customer != shop:
            self.set_language(shop if self.language() == customer else customer)
            self._say(self.tr("Conversation in %1").replace("%1", spoken.name(self.language())))
            return
        self._back_to_text = True
        self.ui.remarkLanguage.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.remarkLanguage.showPopup()

    def _language_chosen(self, _value: str) -> None:
        self._language_touched = True
        if self._back_to_text:  # picked from the list Ctrl+Shift+L opened: carry on typing
            self._back_to_text = False
            self.focus_text()

    def about_staff(self) -> int | None:
        """Who the compliment being typed is about (None: nobody, or not a compliment)."""
        if self.kind() is not RemarkKind.COMPLIMENT:
            return None
        chosen = self.ui.aboutStaff.currentData()
        return int(chosen) if chosen is not None else None

    def set_about_staff(self, staff_id: int | None) -> None:
        self.ui.aboutStaff.setCurrentIndex(max(self.ui.aboutStaff.findData(staff_id), 0))

    def _kind_changed(self) -> None:
        self.ui.aboutStaff.setVisible(self.kind() is RemarkKind.COMPLIMENT)

    def _staff_arrived(self, people: list[StaffMember]) -> None:
        for member in people:
            # The name alone: typing its first letters picks it (Shift+Tab from the text).
            self.ui.aboutStaff.addItem(member.name, member.id)

    def set_channel(self, channel: Channel) -> None:
        """Where what is typed next was heard (the phone, while a caller's card is open)."""
        self.ui.remarkChannel.setCurrentIndex(max(self.ui.remarkChannel.findData(channel), 0))

    def channel(self) -> Channel:
        return Channel(self.ui.remarkChannel.currentData())

    def kind(self) -> RemarkKind:
        return RemarkKind(self.ui.remarkKind.currentData())

    def text(self) -> str:
        return self.ui.remarkEditor.toPlainText()

    def focus_text(self) -> None:
        self.ui.remarkEditor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.remarkEditor.moveCursor(self.ui.remarkEditor.textCursor().MoveOperation.End)

    @property
    def can_undo(self) -> bool:
        return self._last_saved is not None

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.remarkEditor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                mods = event.modifiers()
                if mods & Qt.KeyboardModifier.ShiftModifier and not mods & Qt.KeyboardModifier.ControlModifier:
                    self.ui.remarkEditor.insertPlainText("\n")
                elif mods & Qt.KeyboardModifier.ControlModifier:
                    urgent = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                    self.save(Priority.URGENT if urgent else Priority.NORMAL)
                else:
                    self.save(None)
                return True
        return super().eventFilter(watched, event)

    # -- saving --------------------------------------------------------------------------

    def save(self, escalate: Priority | None) -> None:
        text = self.text()
        if not text.strip():
            self._say(self.tr("Type what the customer said first, then press Enter."), error=True)
            return
        if self._saving:
            self._next_save = (escalate,)
            return
        self._saving = True
        customer_id, kind = self._customer_id, self.kind()
        channel = Channel(self.ui.remarkChannel.currentData())
        tags = tuple(t for t in self.ui.remarkTags.text().split(",") if t.strip())
        about = self.about_staff()
        language = self.language() or None
        remarks, actor, outbox = self._context.services.remarks, self._context.actor, self._context.outbox
        self._say(self.tr("Saving…"))
        if outbox is not None:  # a shop server: saved as usual, kept on this PC while it is away
            item = OutgoingRemark(customer_id, kind, text, channel, tags, escalate, about, language)
            self._context.worker.submit(
                lambda: outbox.send(actor, item),
                lambda result: self._kept(result, customer_id, text) if isinstance(result, Queued)
                else self._saved(result, text),
                self._save_failed)
            return
        self._context.worker.submit(
            lambda: remarks.log_remark(actor, customer_id, kind, text, channel, tags, escalate,
                                       about_staff_id=about, language=language),
            lambda remark: self._saved(remark, text),
            self._save_failed,
        )

    def _kept(self, queued: Queued, customer_id: int | None, text: str) -> None:
        """The shop server is away: the remark waits in this PC's outbox, the editor is free."""
        self._saving = False
        self._take_saved(draft_key(self._context.actor.staff.id, customer_id), text)
        self._say(self.tr("Kept on this PC: the shop server cannot be reached. It is sent by itself "
                          "when the server is back (%1 waiting).").replace("%1", str(queued.waiting)))
        self.queued.emit(queued.waiting)
        if not self._save_next():
            self.finished.emit()

    def _saved(self, remark: Remark, text: str) -> None:
        self._saving = False
        self._take_saved(draft_key(self._context.actor.staff.id, remark.customer_id), text)
        self._last_saved = remark
        if remark.escalation_status is not None:
            self._say(self.tr("Saved and sent to the manager"))
        else:
            self._say(self.tr("Saved"))
        self.ui.undoButton.setText(self.tr("Undo (Ctrl+Z)"))
        self.ui.undoButton.show()
        self._undo_timer.start()
        self.saved.emit(remark)
        if not self._save_next():
            self.finished.emit()

    def _take_saved(self, key: str, text: str) -> None:
        """``text`` is saved (or kept): take it out of the editor, and with it the draft. What
        was typed after it meanwhile (a fast typist, a slow server) stays, on its own."""
        if key == self._key and self.text().startswith(text):
            rest = self.text()[len(text):].lstrip("\n")
            self.ui.remarkEditor.setPlainText(rest)
            self.ui.remarkEditor.moveCursor(QTextCursor.MoveOperation.End)
            if not rest:
                self.ui.remarkTags.clear()
                self.ui.aboutStaff.setCurrentIndex(0)
        elif self._context.drafts.get(key) == text:
            self._context.drafts.put(key, "")

    def _save_next(self) -> bool:
        """Save what was typed and sent with Enter while the save before was under way."""
        if self._next_save is None:
            return False
        (escalate,), self._next_save = self._next_save, None
        if not self.text().strip():
            return False  # the Enter was for the text just saved (pressed twice)
        self.save(escalate)
        return True

    def _save_failed(self, error: RelateError) -> None:
        self._saving = False
        self._next_save = None  # it would fail alike: the text stays, Enter tries again
        # The text stays in the editor (and in the drafts file): nothing typed is lost.
        self._say(labels.error_text(error), error=True)

    def undo_last(self) -> None:
        remark = self._last_saved
        if remark is None:
            return
        self._withdraw_undo_offer()
        remarks, actor = self._context.services.remarks, self._context.actor
        self._context.worker.submit(
            lambda: remarks.undo_remark(actor, remark.id), self._undone, self._undo_failed
        )

    def _undone(self, remark: Remark) -> None:
        if remark.customer_id == self._customer_id:
            current = self.text()
            self.ui.remarkEditor.setPlainText(remark.text + ("\n" + current if current else ""))
            self.set_kind(remark.kind)
            if remark.language:
                self.set_language(remark.language)
            self.focus_text()
        else:
            self._context.drafts.put(draft_key(self._context.actor.staff.id, remark.customer_id),
                                     remark.text)
        self._say(self.tr("Undone — the text is back in the editor"))
        self.undone.emit(remark)

    def _undo_failed(self, error: RelateError) -> None:
        self._say(labels.error_text(error), error=True)

    def _withdraw_undo_offer(self) -> None:
        self._last_saved = None
        self._undo_timer.stop()
        self.ui.undoButton.hide()

    def keep_draft(self) -> None:
        """Write the text being typed to the drafts now (before closing, before a lock)."""
        self._keep_draft()

    def _keep_draft(self) -> None:
        if self._key is not None:
            self._context.drafts.put(self._key, self.text())
        if self.ui.message.property("error"):
            self._say("")

    def _say(self, message: str, error: bool = False) -> None:
        # A sign as well as the colour: an error must not be told by red alone.
        self.ui.message.setText("⚠ " + message if error and message else message)
        self.ui.message.setProperty("error", error)
        self.ui.message.setStyleSheet(f"color: {colours.current().error_text}; font-weight: bold;" if error else "")

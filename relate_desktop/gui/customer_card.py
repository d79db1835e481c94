"""The customer card: who this is, the little things, open matters, the remark editor, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFrame, QMenu, QWidget

from relate_desktop.domain.errors import EditConflict, RelateError, ServerUnreachable
from relate_desktop.domain.records import CustomerCard, Remark
from relate_desktop.domain.reminders import DateReminder
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    FollowUpResult,
    Priority,
    PromiseKind,
)
from relate_desktop.gui import colours, labels, spoken
from relate_desktop.gui.chips import LittleThingsPanel
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.correct_remark import CorrectRemarkDialog
from relate_desktop.gui.flow_layout import wrap_row
from relate_desktop.gui.forms.ui_customer_card import Ui_CustomerCardPanel
from relate_desktop.gui.open_matters import OpenMatters
from relate_desktop.gui.remark_editor import RemarkEditor
from relate_desktop.gui.till import till_line
from relate_desktop.gui.timeline_model import TimelineModel
from relate_desktop.gui.versions import SeenVersions
from relate_desktop.services.promises import PromiseTerms

#: Cards kept in memory to stay readable while the shop server is away.
RECENT_CARDS = 30

class CustomerCardView(QFrame):
    loaded = Signal(object)  # CustomerCard
    finished = Signal()  # an action is done: focus back to the lookup box
    notify = Signal(str, object)  # message, undo callable or None

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerCardPanel()
        self.ui.setupUi(self)
        self.setObjectName("customerCard")
        for row in (self.ui.consentRow, self.ui.channelRow):  # longer languages: wrap, not clip
            wrap_row(row)
        self._context = context
        self.card: CustomerCard | None = None
        self._recent: dict[int, tuple[CustomerCard, str]] = {}  # oldest first
        self._versions = SeenVersions()
        self._loading_id: int | None = None
        self.correction: CorrectRemarkDialog | None = None

        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.littleThings.setObjectName("littleThings")
        self.things = LittleThingsPanel(self.ui.littleThings)
        self.things.add_field.returnPressed.connect(self._add_little_thing)
        self.matters = OpenMatters(self.ui.openMatters)
        self.matters.keep_promise.connect(self._keep_promise)
        self.matters.cancel_promise.connect(self._cancel_promise)
        self.matters.told.connect(self._mark_told)
        self.matters.follow_up_result.connect(self._follow_up_result)

        self.remarks = RemarkEditor(context)
        self.ui.remarkEditorHostLayout.addWidget(self.remarks)
        self.remarks.saved.connect(lambda _remark: self.reload())
        self.remarks.undone.connect(lambda _remark: self.reload())
        self.remarks.finished.connect(self.finished)

        self.timeline_model = TimelineModel()
        self.ui.timeline.setModel(self.timeline_model)
        self.ui.timeline.setObjectName("timeline")
        self.ui.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.ui.timeline.installEventFilter(self)  # the Menu key or Shift+F10 on a line

        self._consent_boxes: dict[ContactChannel, QComboBox] = {
            ContactChannel.EMAIL: self.ui.consentEmail,
            ContactChannel.SMS: self.ui.consentSms,
            ContactChannel.PHONE: self.ui.consentPhone,
            ContactChannel.POST: self.ui.consentPost,
        }
        for channel, box in self._consent_boxes.items():
            for state in ConsentState:
                box.addItem(labels.consent_state(state), state)
            box.activated.connect(lambda _i, c=channel: self._consent_changed(c))
        self.ui.preferredChannel.addItem(self.tr("no preference"), None)
        for channel in ContactChannel:
            self.ui.preferredChannel.addItem(labels.contact_channel(channel), channel)
        self.ui.preferredChannel.activated.connect(self._preferred_channel_changed)
        self.language = spoken.LanguageChoice(self.ui.preferredLanguage, self.tr("not recorded"))
        self.language.chosen.connect(self._preferred_language_changed)
        self.ui.languageBadge.clicked.connect(self.choose_language)
        self.ui.doNotContact.clicked.connect(self._do_not_contact_changed)
        # How a customer usually tells us their wish; staff may type another.
        for how in (self.tr("asked at the counter"), self.tr("by phone"), self.tr("in writing"),
                    self.tr("by email"), self.tr("imported")):
            self.ui.consentHow.addItem(how)
        self.ui.doNotContactUntil.setMinimumDate(QDate.currentDate().addDays(-1))
        self.ui.doNotContactUntil.setDate(self.ui.doNotContactUntil.minimumDate())  # "no end date"
        self.ui.doNotContactUntil.editingFinished.connect(self._do_not_contact_until_changed)

        for kind in PromiseKind:
            self.ui.promiseKind.addItem(labels.promise_kind(kind), kind)
        self.ui.promiseAmount.setPrefix(labels.money(0, context.shop.currency).replace("0.00", "")
                                        .replace("0,00", "").strip() + " ")
        self.ui.promiseForm.hide()
        self.ui.promiseSave.clicked.connect(self._record_promise)
        self.ui.promiseWhat.returnPressed.connect(self._record_promise)
        self.ui.promiseForm.installEventFilter(self)
        promise_key = QShortcut(QKeySequence("Ctrl+P"), self)
        promise_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        promise_key.activated.connect(self.open_promise_form)
        self.ui.cardMessage.clear()

    # -- loading -------------------------------------------------------------------------

    def show_customer(self, customer_id: int) -> None:
        if self.card is None or self.card.id != customer_id:
            self.remarks.set_customer(customer_id)
        self._load(customer_id)

    def reload(self) -> None:
        if self.card is not None:
            self._load(self.card.id)

    def _load(self, customer_id: int) -> None:
        self._loading_id = customer_id
        customers = self._context.services.customers
        self._context.worker.submit(lambda: customers.card(customer_id), self._show,
                                    lambda error: self._load_failed(customer_id, error))

    def _load_failed(self, customer_id: int, error: RelateError) -> None:
        cached = self._recent.get(customer_id)
        if isinstance(error, ServerUnreachable) and cached is not None:
            # Offline: the card as it was when last shown (memory only: an erasure must not
            # leave a copy on a workstation's disk).
            self._show(cached[0])
            self._say(self.tr("Offline — this card is as it was at %1; remarks are kept on this PC "
                              "and sent when the server is back.").replace("%1", cached[1]), error=True)
            return
        self._failed(error)

    def _show(self, card: CustomerCard) -> None:
        if card.id != self._loading_id:
            return  # a newer card was asked for meanwhile
        self._recent.pop(card.id, None)
        self._recent[card.id] = (card, QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat))
        while len(self._recent) > RECENT_CARDS:
            self._recent.pop(next(iter(self._recent)))
        self.card = card
        self._versions.saw(card.id, card.version)
        self.ui.nameLabel.setText(card.display_name)
        self.ui.pronunciationLabel.setText(
            self.tr("(say: %1)").replace("%1", card.pronunciation) if card.pronunciation else "")
        contact = [p.display for p in card.phones] + list(card.emails) + [
            self.tr("card %1").replace("%1", c) for c in card.cards]
        self.ui.contactLabel.setText(" · ".join(contact))
        self.ui.doNotContactWarning.setVisible(card.do_not_contact)
        self.ui.doNotContactWarning.setText(
            self.tr("⚠ Do not contact this customer until %1").replace(
                "%1", labels.day(card.do_not_contact_until)) if card.do_not_contact_until
            else self.tr("⚠ Do not contact this customer for marketing or reminders"))
        self.ui.factsLabel.setText(self._facts(card) + till_line(card.till))
        self.things.show_things(card.little_things, self._remove_little_thing)
        for channel, box in self._consent_boxes.items():
            box.setCurrentIndex(list(ConsentState).index(card.consent(channel)))
            box.setToolTip(self._consent_tip(card, channel))
        index = self.ui.preferredChannel.findData(card.preferred_channel)
        self.ui.preferredChannel.setCurrentIndex(max(index, 0))
        self.language.set_value(card.preferred_language)
        self._show_language(card.preferred_language)
        self.ui.doNotContact.setChecked(card.do_not_contact)
        until = card.do_not_contact_until
        self.ui.doNotContactUntil.setDate(
            QDate(until.year, until.month, until.day) if until else self.ui.doNotContactUntil.minimumDate())
        self.ui.doNotContactUntil.setEnabled(card.do_not_contact)
        self.matters.show_card(card)
        self._load_dates(card.id)
        self.timeline_model.set_entries(card.timeline)
        self.remarks.set_customer(card.id, self.tr("Log what %1 said").replace("%1", card.display_name))
        self.remarks.set_customer_language(card.preferred_language)
        self._order_tabs()
        self.loaded.emit(card)

    def _order_tabs(self) -> None:
        """Tab goes down the card as it reads: little things, consent, open matters, a promise
        being written, the remark, the history (the rows' buttons are made afresh each time)."""
        ui, editor = self.ui, self.remarks.ui
        chain: list[QWidget] = [
            *self.things.remove_buttons(), self.things.add_field, self.things.sensitive,
            ui.consentEmail, ui.consentSms, ui.consentPhone, ui.consentPost, ui.consentHow,
            ui.preferredLanguage, ui.preferredChannel, ui.doNotContact, ui.doNotContactUntil, *self.matters.buttons(),
            ui.promiseKind, ui.promiseWhat, ui.promiseAmount, ui.promiseDue, ui.promiseSave,
            editor.remarkKind, editor.remarkChannel, editor.remarkLanguage, editor.remarkTags, editor.aboutStaff,
            editor.remarkEditor, editor.undoButton, ui.timeline]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_language(self, value: str) -> None:
        """The badge beside the name: "Speaks Polish", or a quiet link to record it."""
        badge = self.ui.languageBadge
        if value:
            text = self.tr("Speaks %1").replace("%1", spoken.name(value))
            signal = colours.current()
            badge.setStyleSheet(
                f"QToolButton {{ background:{signal.info_background}; color:{signal.info_text}; "
                "font-weight:bold; padding:2px 10px;"
                f" border:1px solid {signal.info_border}; border-radius:10px; }}")
            badge.setAccessibleDescription(self.tr("%1; press to change it").replace("%1", text))
        else:
            text = self.tr("Language not recorded — set")
            badge.setStyleSheet(
                f"QToolButton {{ color:{colours.current().quiet_text}; text-decoration:underline; border:none; }}")
            badge.setAccessibleDescription(self.tr("Press to record the language the customer prefers"))
        badge.setText(text.replace("&", "&&"))  # a "&" in a typed language is not a shortcut

    def choose_language(self) -> None:
        """From the badge: the list of languages opens at once; picking one saves it."""
        self.ui.preferredLanguage.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.preferredLanguage.showPopup()

    def _preferred_language_changed(self, value: str) -> None:
        if self.card is None:
            return
        customers, actor, card = self._context.services.customers, self._context.actor, self.card
        previous = card.preferred_language
        shown = spoken.name(value) if value else self.tr("not recorded")
        self._run(self._checked(lambda version: customers.update_profile(
            actor, card.id, preferred_language=value, expected_version=version)),
                  self.tr("Language: %1").replace("%1", shown),
                  lambda: self._run(lambda: customers.update_profile(
                      actor, card.id, preferred_language=previous)))

    def _facts(self, card: CustomerCard) -> str:
        facts = []
        if card.preferred_channel is not None:
            facts.append(escape(labels.prefers(card.preferred_channel)))
        refused = [labels.refuses(c.channel) for c in card.consents if c.state is ConsentState.DENIED]
        if refused:
            facts.append(f"<b style='color:{colours.current().late_text}'>⚠ " + escape(", ".join(refused)) + "</b>")
        return " · ".join(facts) if facts else self.tr("No channel preference recorded")

    def _failed(self, error: RelateError) -> None:
        self._say(labels.error_text(error), error=True)
        if isinstance(error, EditConflict):
            self.reload()  # show the newer value the message speaks of

    def _say(self, message: str, error: bool = False) -> None:
        # A sign as well as the colour: an error must not be told by red alone.
        self.ui.cardMessage.setText("⚠ " + message if error and message else message)
        self.ui.cardMessage.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold" if error else "")

    # -- editing in place ----------------------------------------------------------------

    def _checked(self, edit: Callable[[int], object]) -> Callable[[], object]:
        """``edit(version)`` for the worker: given the newest version this card has seen or
        written (so a quick second edit does not clash with the first), noting what it left."""
        assert self.card is not None
        customers, seen, customer_id, shown = (self._context.services.customers, self._versions,
                                               self.card.id, self.card.version)

        def work() -> object:
            result = edit(seen.get(customer_id, shown))
            seen.saw(customer_id, customers.version(customer_id))
            return result

        return work

    def _run(self, work: object, done_message: str = "", undo: object = None) -> None:
        def done(_result: object) -> None:
            self._say("")
            if done_message:
                self.notify.emit(done_message, undo)
            self.reload()

        self._context.worker.submit(work, done, self._failed)  # type: ignore[arg-type]

    def _add_little_thing(self) -> None:
        if self.card is None:
            return
        text, customer_id = self.things.add_field.text(), self.card.id
        sensitive = self.things.sensitive.isChecked()
        if not text.strip():
            self._say(self.tr("Type the little thing first, e.g. “Receipt: always”."), error=True)
            return
        customers, actor = self._context.services.customers, self._context.actor

        def added(_thing: object) -> None:
            self.things.add_field.clear()
            self.things.sensitive.setChecked(False)
            self._say("")
            self.reload()
            self.finished.emit()

        self._context.worker.submit(self._checked(
            lambda _version: customers.add_little_thing(actor, customer_id, text, sensitive)),
            added, self._failed)

    def _remove_little_thing(self, thing_id: int) -> None:
        customers, actor = self._context.services.customers, self._context.actor
        if self.card is None:
            return
        self._run(self._checked(lambda version: customers.remove_little_thing(actor, thing_id, version)),
                  self.tr("Little thing removed"),
                  lambda: self._run(lambda: customers.restore_little_thing(actor, thing_id)))

    def _consent_changed(self, channel: ContactChannel) -> None:
        if self.card is None:
            return
        state = ConsentState(self._consent_boxes[channel].currentData())
        customers, actor, customer_id = self._context.services.customers, self._context.actor, self.card.id
        previous = self.card.consent(channel)
        how, undo_how = self.ui.consentHow.currentText(), self.tr("correction (undo)")
        self._run(self._checked(lambda version: customers.set_consent(
            actor, customer_id, channel, state, how, version)),
                  self.tr("Consent for %1 recorded").replace("%1", labels.contact_channel(channel)),
                  lambda: self._run(lambda: customers.set_consent(
                      actor, customer_id, channel, previous, undo_how)))

    def _consent_tip(self, card: CustomerCard, channel: ContactChannel) -> str:
        for consent in card.consents:
            if consent.channel is channel and consent.recorded_at is not None:
                return self.tr("%1 — recorded by %2, %3 (%4). Every change is in the history.").replace(
                    "%1", labels.consent_state(consent.state)).replace("%2", consent.recorded_by).replace(
                    "%3", labels.when(consent.recorded_at)).replace("%4", consent.how)
        return self.tr("Not asked yet")

    def _do_not_contact_until_changed(self) -> None:
        if self.card is None:
            return
        chosen = self.ui.doNotContactUntil.date()
        until = None if chosen == self.ui.doNotContactUntil.minimumDate() else date(
            chosen.year(), chosen.month(), chosen.day())
        if until == self.card.do_not_contact_until:
            return
        customers, actor, card = self._context.services.customers, self._context.actor, self.card
        self._run(self._checked(lambda version: customers.update_profile(
            actor, card.id, do_not_contact_until=until, expected_version=version)))

    def _preferred_channel_changed(self) -> None:
        if self.card is None:
            return
        value = self.ui.preferredChannel.currentData()
        customers, actor, card = self._context.services.customers, self._context.actor, self.card
        self._run(self._checked(lambda version: customers.update_profile(
            actor, card.id, preferred_channel=value, expected_version=version)))

    def _do_not_contact_changed(self, checked: bool) -> None:
        if self.card is None:
            return
        customers, actor, card = self._context.services.customers, self._context.actor, self.card
        self._run(self._checked(lambda version: customers.update_profile(
            actor, card.id, do_not_contact=checked, expected_version=version)))

    def _keep_promise(self, promise_id: int) -> None:
        promises, actor = self._context.services.promises, self._context.actor
        self._run(lambda: promises.keep(actor, promise_id), self.tr("Promise kept"),
                  lambda: self._run(lambda: promises.reopen(actor, promise_id)))

    def _cancel_promise(self, promise_id: int) -> None:
        promises, actor = self._context.services.promises, self._context.actor
        self._run(lambda: promises.cancel(actor, promise_id), self.tr("Promise cancelled"),
                  lambda: self._run(lambda: promises.reopen(actor, promise_id)))

    def _follow_up_result(self, promise_id: int, result: FollowUpResult) -> None:
        follow_ups, promises = self._context.services.follow_ups, self._context.services.promises
        actor = self._context.actor
        self._run(lambda: follow_ups.record_result(actor, promise_id, result),
                  self.tr("Follow-up recorded: %1").replace("%1", labels.follow_up_result(result)),
                  lambda: self._run(lambda: promises.reopen(actor, promise_id)))

    def _load_dates(self, customer_id: int) -> None:
        """Important dates near (consent permitting): a second, small read after the card."""
        today = self._context.services.today

        def arrived(dates: list[DateReminder]) -> None:
            if self.card is not None and self.card.id == customer_id:
                self.matters.show_dates(dates)

        self._context.worker.submit(lambda: today.dates_for_customer(customer_id), arrived,
                                    lambda _error: None)

    def _mark_told(self, escalation_id: int) -> None:
        customers, actor = self._context.services.customers, self._context.actor
        self._run(lambda: customers.mark_told(actor, escalation_id), self.tr("Marked as told"))

    # -- promises ------------------------------------------------------------------------

    def open_promise_form(self) -> None:
        self.ui.promiseForm.show()
        self.ui.promiseDue.setDate(QDate.currentDate().addDays(7))
        self.ui.promiseWhat.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.timeline and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            shift_f10 = (event.key() == Qt.Key.Key_F10
                         and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                # Not every platform turns these keys into a context menu: open it here.
                current = self.ui.timeline.currentIndex()
                self._timeline_menu(self.ui.timeline.visualRect(current).center())
                return True
        if watched is self.ui.promiseForm and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # Esc closes this form first, before the window's "back to lookup"
                return True
        if watched is self.ui.promiseForm and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.ui.promiseForm.hide()
                self.finished.emit()
                return True
        return super().eventFilter(watched, event)

    def _record_promise(self) -> None:
        if self.card is None:
            return
        amount = self.ui.promiseAmount.value()
        due = self.ui.promiseDue.date()
        terms = PromiseTerms(
            kind=PromiseKind(self.ui.promiseKind.currentData()),
            what=self.ui.promiseWhat.text(),
            amount_cents=round(amount * 100) if amount > 0 else None,
            due_on=date(due.year(), due.month(), due.day()),
        )
        promises, actor, customer_id = self._context.services.promises, self._context.actor, self.card.id

        def recorded(_promise: object) -> None:
            self.ui.promiseWhat.clear()
            self.ui.promiseAmount.setValue(0)
            self.ui.promiseForm.hide()
            self._say("")
            self.notify.emit(self.tr("Promise recorded"), None)
            self.reload()
            self.finished.emit()

        self._context.worker.submit(
            lambda: promises.record_promise(actor, customer_id, terms), recorded, self._failed)

    # -- history -------------------------------------------------------------------------

    def _timeline_menu(self, position: QPoint) -> None:
        index = self.ui.timeline.indexAt(position)
        if not index.isValid():
            index = self.ui.timeline.currentIndex()  # the Menu key: act on the current line
        if not index.isValid():
            return
        entry = self.timeline_model.entry(index.row())
        if entry.what != "remark":
            return
        menu = QMenu(self)
        escalations, remarks, actor = (self._context.services.escalations, self._context.services.remarks,
                                       self._context.actor)
        menu.addAction(self.tr("Correct…"), lambda: self.correct_remark(entry.ref))
        menu.addAction(self.tr("Escalate to the manager"), lambda: self._run(
            lambda: escalations.escalate_remark(actor, entry.ref, Priority.NORMAL),
            self.tr("Sent to the manager")))
        menu.addAction(self.tr("Withdraw this remark"), lambda: self._run(
            lambda: remarks.withdraw_remark(actor, entry.ref), self.tr("Remark withdrawn")))
        menu.exec(self.ui.timeline.viewport().mapToGlobal(position))

    def _corrected(self, _remark: Remark) -> None:
        self.notify.emit(self.tr("Remark corrected"), None)
        self.reload()

    def correct_remark(self, remark_id: int) -> None:
        remarks = self._context.services.remarks

        def show(remark: Remark) -> None:
            dialog = CorrectRemarkDialog(self._context, remark, self)
            dialog.corrected.connect(self._corrected)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.correction = dialog
            dialog.open()

        self._context.worker.submit(lambda: remarks.get(remark_id), show, self._failed)

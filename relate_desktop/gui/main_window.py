"""The counter window: lookup on the left, the customer's card on the right, all by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QSystemTrayIcon, QWidget

from relate_desktop.domain.records import CustomerCard, Escalation, QueueSignature
from relate_desktop.gui import colours, icons, labels, resources_rc  # noqa: F401 - registers :/icons
from relate_desktop.gui.caller_pop import CallerPop
from relate_desktop.gui.connection_status import ConnectionStatus
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.customer_card import CustomerCardView
from relate_desktop.gui.forms.ui_main_window import Ui_MainWindow
from relate_desktop.gui.live import LiveUpdates
from relate_desktop.gui.lookup import LookupController
from relate_desktop.gui.menus import WindowMenus
from relate_desktop.gui.new_customer import NewCustomerForm
from relate_desktop.gui.remark_editor import RemarkEditor
from relate_desktop.gui.scanner import CardScanner
from relate_desktop.gui.scroll_room import WidthFollowsContents
from relate_desktop.gui.today_panel import TodayView

#: How often another PC's changes are looked for (a cheap, indexed query).
POLL_MS = 2000
TOAST_MS = 12_000


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class MainWindow(QMainWindow):
    alerted = Signal(str)  # a new urgent escalation, for a signed-in manager
    lock_requested = Signal()  # Ctrl+L: the next person signs in

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = context
        self.ui.lookupField.setObjectName("lookupField")
        self.ui.lookupResults.setObjectName("lookupResults")
        self.ui.staffLabel.setText(self.tr("Signed in: %1").replace("%1", context.actor.staff.name))
        self.ui.demoBanner.setVisible(context.shop.is_demo)  # its colours: relate.qss, per theme
        self.setWindowIcon(QIcon(":/icons/relate.svg"))
        self.ui.newCustomerButton.setIcon(icons.icon("new-customer"))
        self.ui.queueButton.setIcon(icons.icon("queue"))
        self.ui.lookupField.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.ui.notificationBar.hide()
        self.ui.toastUndo.hide()
        self.ui.splitter.setSizes([320, 880])
        self.ui.welcomeText.setText(self.tr(
            "<h2>%1</h2><p>Type a phone number, the last digits, a name, an email or scan a card. "
            "Enter opens the customer; nothing found, Enter adds them.</p>").replace(
                "%1", context.shop.name))

        self.lookup = LookupController(context, self.ui.lookupField, self.ui.lookupResults,
                                       self.ui.resultsHint)
        self.lookup.open_customer.connect(self.open_customer)
        self.lookup.new_customer.connect(self.start_new_customer)

        self.card = CustomerCardView(context)
        self.ui.cardHostLayout.addWidget(self.card)
        WidthFollowsContents(self.ui.cardPage)  # a long translation never runs off the card's edge
        self.card.loaded.connect(self._card_loaded)
        self.card.finished.connect(self.focus_lookup)
        self.card.notify.connect(self.show_toast)

        self.walk_in = RemarkEditor(context)
        self.walk_in.setObjectName("walkInEditor")
        self.ui.welcomeLayout.insertWidget(1, self.walk_in)
        self.walk_in.finished.connect(self.focus_lookup)
        self.walk_in.set_customer(None)
        # With no card open: this person's day (what is due, dates to remember, kind words).
        self.today = TodayView(context)
        self.ui.welcomeLayout.insertWidget(2, self.today, 1)
        self.today.open_customer.connect(lambda cid: self.open_customer(cid, True))
        self.today.reload()

        self.new_customer = NewCustomerForm(context)
        self.ui.newCustomerHostLayout.addWidget(self.new_customer)
        self.new_customer.created.connect(lambda cid: self.open_customer(cid, True))
        self.new_customer.cancelled.connect(self._cancel_new_customer)

        self.ui.newCustomerButton.clicked.connect(lambda: self.start_new_customer(self.ui.lookupField.text()))
        self.ui.queueButton.clicked.connect(self.open_queue)
        self.ui.toastUndo.clicked.connect(self._undo_toast)
        self.ui.notificationDismiss.clicked.connect(self._dismiss_notification)
        self.ui.notificationOpen.clicked.connect(self._open_notified_card)
        self._shortcut("Ctrl+F", self.focus_lookup)
        self._shortcut("Esc", self._escape)
        self._shortcut("Ctrl+N", lambda: self.start_new_customer(self.ui.lookupField.text()))
        self._shortcut("Ctrl+M", self.open_queue)
        self._shortcut("Ctrl+R", self.focus_remark)
        self._shortcut("Ctrl+Shift+W", self.show_walk_in)
        self._shortcut("Ctrl+L", self.lock_requested.emit)
        _application().installEventFilter(self)  # Ctrl+Z for "Saved — Undo"
        self.scanner = CardScanner(self, context.settings)  # a scan goes to lookup, never the remark
        self.scanner.scanned.connect(self.lookup.scan)
        self.scanner.pass_through(self.ui.lookupField)  # results as typed, no scan hold-back
        self.lookup.new_customer_card.connect(lambda card: self.start_new_customer(card, "card"))
        self.calls = CallerPop(self)  # a caller's card, or a banner while staff are typing
        self.menus = WindowMenus(self)
        self.menuBar().addMenu(self.tr("Se&ttings")).addAction(
            icons.icon("settings"), self.tr("Language, theme, &shop server and backups…"), self.open_settings).setObjectName(
            "settingsAction")
        self.shortcuts_help: QWidget | None = None
        self._add_help_menu()

        self._toast_undo: Callable[[], None] | None = None
        self._toast_timer = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._toast_timer.timeout.connect(self._clear_toast)
        self._queue_window: QWidget | None = None
        self._signature: QueueSignature | None = None
        self._newest_urgent_seen: int | None = None
        self._notifications: list[Escalation] = []
        self._tray: QSystemTrayIcon | None = None
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        # Any change on any workstation: the card, the queue and notifications look again.
        self.live = LiveUpdates(context.services.changes, self)
        self.live.changed.connect(self._changed_somewhere)
        self.connection_status = ConnectionStatus(context, self.live, self)
        self.statusBar().addPermanentWidget(self.connection_status)
        for editor in (self.card.remarks, self.walk_in):
            editor.queued.connect(self.connection_status.kept)
        self.ui.rightStack.setCurrentWidget(self.ui.welcomePage)
        self.setWindowTitle(self.tr("Relate"))
        self.poll()
        self.focus_lookup()

    def _shortcut(self, keys: str, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)

    # -- the counter loop ----------------------------------------------------------------

    def focus_lookup(self) -> None:
        self.lookup.focus()

    def _escape(self) -> None:
        if self.ui.rightStack.currentWidget() is self.ui.newCustomerPage:
            self._cancel_new_customer()
        elif self.ui.lookupField.hasFocus() and not self.ui.lookupField.text():
            self.show_walk_in()
        else:
            self.focus_lookup()

    def open_customer(self, customer_id: int, focus_card: bool) -> None:
        self._focus_card_when_loaded = focus_card
        self.card.show_customer(customer_id)
        if focus_card and self.card.card is not None and self.card.card.id == customer_id:
            self.ui.rightStack.setCurrentWidget(self.ui.cardPage)
            self.card.remarks.focus_text()

    def _card_loaded(self, card: CustomerCard) -> None:
        self.ui.rightStack.setCurrentWidget(self.ui.cardPage)
        self.setWindowTitle(self.tr("Relate — %1").replace("%1", card.display_name))
        if getattr(self, "_focus_card_when_loaded", False):
            self._focus_card_when_loaded = False
            self.card.remarks.focus_text()

    def focus_remark(self) -> None:
        if self.ui.rightStack.currentWidget() is self.ui.cardPage:
            self.card.remarks.focus_text()
        else:
            self.show_walk_in()
            self.walk_in.focus_text()

    def show_walk_in(self) -> None:
        self.card.card = None
        self.ui.rightStack.setCurrentWidget(self.ui.welcomePage)
        self.setWindowTitle(self.tr("Relate"))
        self.today.reload()

    def start_new_customer(self, typed: str, field: str = "") -> None:
        self.ui.rightStack.setCurrentWidget(self.ui.newCustomerPage)
        self.new_customer.start(typed, field)

    def _cancel_new_customer(self) -> None:
        self.ui.rightStack.setCurrentWidget(
            self.ui.cardPage if self.card.card is not None else self.ui.welcomePage)
        self.focus_lookup()

    # -- undo ----------------------------------------------------------------------------

    def show_toast(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.ui.toastText.setText(text)
        self._toast_undo = undo
        self.ui.toastUndo.setVisible(undo is not None)
        self._toast_timer.start()

    def _undo_toast(self) -> None:
        undo = self._toast_undo
        self._clear_toast()
        if undo is not None:
            undo()

    def _clear_toast(self) -> None:
        self._toast_undo = None
        self.ui.toastText.clear()
        self.ui.toastUndo.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While "Saved — Undo" is offered, Ctrl+Z takes the remark back, wherever the focus is
        # (except inside a remark editor holding new text, where Ctrl+Z edits that text).
        if event.type() == QEvent.Type.ShortcutOverride and self.isActiveWindow():
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) and self._undo_target() is not None:
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress and self.isActiveWindow():
            assert isinstance(event, QKeyEvent)
            target = self._undo_target() if event.matches(QKeySequence.StandardKey.Undo) else None
            if target is not None:
                target()
                return True
        return super().eventFilter(watched, event)

    def _undo_target(self) -> Callable[[], None] | None:
        focus = QApplication.focusWidget()
        for editor in (self.card.remarks, self.walk_in):
            if editor.can_undo:
                if focus is editor.ui.remarkEditor and editor.text():
                    return None
                return editor.undo_last
        if self._toast_undo is not None and not isinstance(focus, type(self.ui.lookupField)):
            return self._undo_toast
        return None

    # -- the manager's queue and what comes back from it -----------------------------------

    def open_queue(self) -> None:
        if self._queue_window is None:
            from relate_desktop.gui.manager_queue import ManagerQueueWindow

            queue = ManagerQueueWindow(self.context)
            queue.open_card.connect(self._card_from_queue)
            queue.changed.connect(self.poll)
            queue.closed.connect(self._to_front)
            self._queue_window = queue
        self._queue_window.show()
        self._queue_window.raise_()
        self._queue_window.activateWindow()

    def _card_from_queue(self, customer_id: int) -> None:
        self.open_customer(customer_id, False)
        self._to_front()

    def _to_front(self) -> None:
        """Back to the counter window with the keyboard where it was (after the queue)."""
        if self.isVisible():
            self.raise_()
            self.activateWindow()

    @property
    def queue_window(self) -> QWidget | None:
        return self._queue_window

    def open_settings(self) -> None:
        from relate_desktop.gui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.context.settings, self.context.worker, self)
        self.settings_dialog.open()

    def _changed_somewhere(self) -> None:
        self.poll()
        if self.card.card is not None:
            self.card.reload()
        else:
            self.today.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # another theme: redraw what code coloured
            self._changed_somewhere()

    def poll(self) -> None:
        escalations, actor = self.context.services.escalations, self.context.actor
        self.context.worker.submit(escalations.signature, self._signature_arrived, lambda _e: None)
        self.context.worker.submit(lambda: escalations.unseen_resolutions(actor), self._resolutions_arrived,
                                   lambda _e: None)

    def _signature_arrived(self, signature: QueueSignature) -> None:
        changed = signature != self._signature
        first = self._signature is None
        self._signature = signature
        text = self.tr("Queue")
        name = self.tr("Manager's queue")
        if signature.open_urgent:
            text = self.tr("Queue · %n urgent", "", signature.open_urgent)
            name = self.tr("Manager's queue, %n urgent", "", signature.open_urgent)
        self.ui.queueButton.setText(text)
        self.ui.queueButton.setAccessibleName(name)  # what a screen reader says, like the text
        urgent = colours.current() if signature.open_urgent else None
        # A border of its own makes the fill flat: Fusion would lighten it (white text then fades).
        self.ui.queueButton.setStyleSheet(
            f"background:{urgent.urgent_background}; color:{urgent.urgent_text}; font-weight:bold; "
            f"border:1px solid {urgent.urgent_background}; border-radius:3px; padding:4px 10px"
            if urgent else "")
        self.ui.queueButton.setIcon(icons.icon("queue", urgent.urgent_text if urgent else None))
        if not changed:
            return
        if self._queue_window is not None:
            self._queue_window.reload()  # type: ignore[attr-defined]
        if not first:
            self.card.reload()
        if self.context.actor.staff.is_manager:
            if first:
                self._newest_urgent_seen = signature.newest_id
            else:
                self._look_for_new_urgent()

    def _look_for_new_urgent(self) -> None:
        seen = self._newest_urgent_seen or 0
        escalations = self.context.services.escalations
        self.context.worker.submit(lambda: escalations.urgent_raised_after(seen), self._alert, lambda _e: None)

    def _alert(self, urgent: list[Escalation]) -> None:
        if self._signature is not None:
            self._newest_urgent_seen = max([self._newest_urgent_seen or 0, self._signature.newest_id]
                                           + [e.id for e in urgent])
        if not urgent:
            return
        newest = urgent[-1]
        message = self.tr("Urgent: %1 — %2 (raised by %3)").replace(
            "%1", newest.customer_name or self.tr("walk-in")).replace("%2", newest.summary[:80]).replace(
            "%3", newest.raised_by)
        self.show_toast(message)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(self.tr("Relate — urgent escalation"), message)
        QApplication.alert(self)
        self.alerted.emit(message)

    def _resolutions_arrived(self, resolved: list[Escalation]) -> None:
        known = {e.id for e in self._notifications}
        self._notifications += [e for e in resolved if e.id not in known]
        self._show_next_notification()

    def _show_next_notification(self) -> None:
        if not self._notifications:
            self.ui.notificationBar.hide()
            return
        e = self._notifications[0]
        assert e.outcome is not None
        self.ui.notificationText.setText(self.tr(
            "%1 resolved the escalation you raised about %2 (“%3”): %4. %5").replace(
            "%1", e.resolved_by).replace("%2", e.customer_name or self.tr("a walk-in")).replace(
            "%3", e.summary[:60]).replace("%4", labels.outcome(e.outcome)).replace("%5", e.resolution_note))
        self.ui.notificationOpen.setVisible(e.customer_id is not None)
        self.ui.notificationBar.show()

    def _dismiss_notification(self) -> None:
        if not self._notifications:
            return
        seen = self._notifications.pop(0)
        escalations, actor = self.context.services.escalations, self.context.actor
        self.context.worker.submit(lambda: escalations.mark_seen(actor, [seen.id]))
        self._show_next_notification()
        self.focus_lookup()

    def _open_notified_card(self) -> None:
        if self._notifications and self._notifications[0].customer_id is not None:
            self.open_customer(self._notifications[0].customer_id, False)
        self._dismiss_notification()

    def keep_drafts(self) -> None:
        """Write what is being typed to disk now, not in 400 ms: the window is closing, or an
        unexpected error happened."""
        self.scanner.give_back()  # keys held a moment to tell typing from a card scan
        self.card.remarks.keep_draft()
        self.walk_in.keep_draft()
        self.context.drafts.flush()

    # -- help ------------------------------------------------------------------------------

    def _add_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        keys.setObjectName("shortcutsAction")
        keys.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])  # see gui/shortcut_list.py
        keys.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction(self.tr("&About Relate"))
        about.setObjectName("aboutAction")
        about.setIcon(icons.icon("help"))
        about.triggered.connect(self.show_about)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: a window beside the work, not in its way."""
        if self.shortcuts_help is None:
            from relate_desktop.gui.shortcuts_help import ShortcutsHelpWindow

            self.shortcuts_help = ShortcutsHelpWindow(self)
        self.shortcuts_help.show()
        self.shortcuts_help.raise_()
        self.shortcuts_help.activateWindow()

    def show_about(self) -> None:
        from relate_desktop.gui.about import AboutDialog  # loaded when first asked for

        dialog = AboutDialog(self.context.locations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_drafts()
        self._poll_timer.stop()
        self.live.stop()
        self.connection_status.stop()
        if self._queue_window is not None:
            self._queue_window.close()
        _application().removeEventFilter(self)
        super().closeEvent(event)

"""An incoming call on screen: the caller's card at once, or a banner while staff are typing.

Never steal keystrokes: if staff typed in this window in the last few seconds
(``caller_id.typing_pause_seconds``, default 3), the call waits in a banner ("Incoming:
<name> — F9 to open") instead of switching the card under their fingers. F8 logs the call
on the open card's history (a note, channel phone).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from relate_desktop.domain import caller_id, phones
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import CustomerCard, CustomerMatch, Remark
from relate_desktop.domain.vocabulary import Channel, RemarkKind
from relate_desktop.gui import labels
from relate_desktop.integrations.caller_id_settings import typed_setting

if TYPE_CHECKING:
    from relate_desktop.gui.main_window import MainWindow
    from relate_desktop.gui.shift import Shift
    from relate_desktop.integrations.caller_sources import CallerIdSources
    from relate_desktop.integrations.single_instance import InstanceServer

log = logging.getLogger(__name__)

TYPING_PAUSE_KEY = "caller_id.typing_pause_seconds"
DEFAULT_TYPING_PAUSE_S = 3.0
OPEN_CALL_KEY = "F9"
LOG_CALL_KEY = "F8"
#: A banner nobody acted on goes away: the call is long over.
BANNER_MS = 120_000
#: F8 names the caller's number on the card of a call this recent.
_CALL_MEMORY_S = 3600
#: A call that rang while the PC was locked is shown to whoever signs in this soon after.
_WAITING_CALL_S = 120


@dataclass
class IncomingCall:
    number: str
    matches: list[CustomerMatch]
    customer_ids: set[int] = field(default_factory=set)
    at: float = field(default_factory=time.monotonic)


class CallerPop(QObject):
    """Receives calls (from another start of relate-desktop, HTTP, NCID, Asterisk) and shows them."""

    shown = Signal(str)  # how the last call was shown: "card", "choice", "new customer", "banner"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._context = window.context
        self._last_key = float("-inf")
        self._pending: IncomingCall | None = None
        self.last_call: IncomingCall | None = None
        self._phone_channel_for: int | None = None
        self._creating_for_call = False

        self.banner = QFrame(window.ui.central)
        self.banner.setObjectName("callBanner")  # its colours: relate.qss, per theme
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("callBannerText")
        self.banner_open = QPushButton(self.tr("Open (%1)").replace("%1", OPEN_CALL_KEY), self.banner)
        self.banner_open.setToolTip(self.tr("Open the caller's card (%1)").replace("%1", OPEN_CALL_KEY))
        self.banner_open.setAccessibleName(self.tr("Open the call"))
        self.banner_open.setAccessibleDescription(
            self.tr("Opens the card of the caller the banner announces (%1)").replace("%1", OPEN_CALL_KEY))
        dismiss = QPushButton(self.tr("Dismiss"), self.banner)
        dismiss.setToolTip(self.tr("Hide this call banner"))
        dismiss.setAccessibleName(self.tr("Dismiss the call"))
        dismiss.setAccessibleDescription(self.tr("Hides the banner; the call stays as it is"))
        for button in (self.banner_open, dismiss):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not move the typing
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_open)
        row.addWidget(dismiss)
        layout = window.ui.centralLayout
        layout.insertWidget(layout.indexOf(window.ui.notificationBar) + 1, self.banner)
        self.banner.hide()
        self.banner_open.clicked.connect(self.open_pending)
        dismiss.clicked.connect(self._hide_banner)
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_MS)
        self._banner_timer.timeout.connect(self._hide_banner)

        for keys, action in ((OPEN_CALL_KEY, self.open_pending), (LOG_CALL_KEY, self.log_call)):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        window.card.loaded.connect(self._card_loaded)
        window.new_customer.created.connect(self._customer_created)
        window.new_customer.cancelled.connect(self._form_cancelled)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # when staff last typed, wherever in the window

    # -- to the front --------------------------------------------------------------------

    def bring_to_front(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window)

    # -- a call --------------------------------------------------------------------------

    def pop(self, raw: str, source: str = "") -> None:
        number = caller_id.caller_number(raw)
        # Never the number in the log: logs outlive a customer's erasure.
        log.info("incoming call via %s", source or "an unknown source")
        self.bring_to_front()
        self._creating_for_call = False
        if caller_id.is_withheld(number):
            self._pending = None
            self._show_banner(self.tr("Incoming call: number withheld"), can_open=False)
            self.shown.emit("banner")
            return
        lookup = self._context.services.lookup
        self._context.worker.submit(
            lambda: lookup.find_caller(number), lambda found: self._found(number, found),
            lambda error: self._lookup_failed(number, error))

    def _found(self, number: str, matches: list[CustomerMatch]) -> None:
        call = IncomingCall(number, matches, {m.id for m in matches})
        self.last_call = call
        if not matches and not self._could_be_customer(number):
            # An extension or a SIP name: nobody to show, no customer to create.
            self._pending = None
            self._show_banner(self.tr("Incoming call from %1").replace("%1", number), can_open=False)
            self.shown.emit("banner")
        elif self._typed_recently():
            self._pending = call
            self._show_banner(self.tr("Incoming: %1 — %2 to open").replace("%1", self._who(call))
                              .replace("%2", OPEN_CALL_KEY), can_open=True)
            self.shown.emit("banner")
        else:
            self._open(call)

    def _lookup_failed(self, number: str, error: RelateError) -> None:
        self._show_banner(self.tr("Incoming call from %1 — %2").replace("%1", number)
                          .replace("%2", labels.error_text(error)), can_open=False)
        self.shown.emit("banner")

    @staticmethod
    def _could_be_customer(number: str) -> bool:
        return len(phones.digits_of(number).lstrip("0")) >= phones.SHORTEST_CALLER_TAIL

    def _who(self, call: IncomingCall) -> str:
        if len(call.matches) == 1:
            return call.matches[0].display_name
        if call.matches:
            return self.tr("%1 or %n other(s)", "", len(call.matches) - 1).replace(
                "%1", call.matches[0].display_name)
        return self.tr("%1, not a customer yet").replace("%1", call.number)

    def open_pending(self) -> None:
        """F9: open the call the banner announces."""
        if self._pending is not None:
            self._open(self._pending)

    def _open(self, call: IncomingCall) -> None:
        self._pending = None
        self._hide_banner()
        window = self._window
        if len(call.matches) == 1:
            window.open_customer(call.matches[0].id, True)
            self.shown.emit("card")
        elif call.matches:
            window.lookup.offer(call.number, call.matches)
            self.shown.emit("choice")
        else:
            self._creating_for_call = True
            window.start_new_customer(call.number, "phone")
            self.shown.emit("new customer")

    def _typed_recently(self) -> bool:
        pause: float = typed_setting(self._context.settings, TYPING_PAUSE_KEY, DEFAULT_TYPING_PAUSE_S)
        return time.monotonic() - self._last_key < pause

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget)
                and watched.window() is self._window):
            self._last_key = time.monotonic()
        return False

    # -- the banner ----------------------------------------------------------------------

    def _show_banner(self, text: str, can_open: bool) -> None:
        self.banner_text.setText(text)
        self.banner_open.setVisible(can_open)
        self.banner.setAccessibleName(text)
        self.banner.show()
        self._banner_timer.start()

    def _hide_banner(self) -> None:
        self._banner_timer.stop()
        self.banner.hide()
        self._pending = None

    # -- the call on the customer's history ------------------------------------------------

    def _recent_call_for(self, customer_id: int) -> IncomingCall | None:
        call = self.last_call
        if call is None or time.monotonic() - call.at > _CALL_MEMORY_S:
            return None
        return call if customer_id in call.customer_ids else None

    def _card_loaded(self, card: CustomerCard) -> None:
        # What staff type while a caller's card is open was heard on the phone.
        remarks = self._window.card.remarks
        if self._recent_call_for(card.id) is not None and card.id != self._phone_channel_for:
            self._phone_channel_for = card.id
            remarks.set_channel(Channel.PHONE)
        elif self._phone_channel_for is not None and card.id != self._phone_channel_for:
            self._phone_channel_for = None
            remarks.set_channel(Channel.COUNTER)

    def _customer_created(self, customer_id: int) -> None:
        if self._creating_for_call and self.last_call is not None:
            self.last_call.customer_ids.add(customer_id)
        self._creating_for_call = False

    def _form_cancelled(self) -> None:
        self._creating_for_call = False

    def log_call(self) -> None:
        """F8: a note "Phone call from …" (channel phone) on the open card's history."""
        window = self._window
        card = window.card.card
        if card is None or window.ui.rightStack.currentWidget() is not window.ui.cardPage:
            window.show_toast(self.tr("Open the caller's card first: %1 logs the call on it.")
                              .replace("%1", LOG_CALL_KEY))
            return
        call = self._recent_call_for(card.id)
        text = (self.tr("Phone call from %1").replace("%1", call.number) if call
                else self.tr("Phone call"))
        remarks, actor, name = self._context.services.remarks, self._context.actor, card.display_name

        def logged(remark: Remark) -> None:
            window.card.reload()
            window.show_toast(self.tr("Call logged on %1's history").replace("%1", name),
                              lambda: self._undo(remark.id))

        self._context.worker.submit(
            lambda: remarks.log_remark(actor, card.id, RemarkKind.NOTE, text, Channel.PHONE),
            logged, lambda error: window.show_toast(labels.error_text(error)))

    def _undo(self, remark_id: int) -> None:
        remarks, actor, window = self._context.services.remarks, self._context.actor, self._window
        self._context.worker.submit(lambda: remarks.undo_remark(actor, remark_id),
                                    lambda _remark: window.card.reload(),
                                    lambda error: window.show_toast(labels.error_text(error)))


class CallRouter(QObject):
    """Calls arrive whether or not anyone is signed in: each goes to the window of whoever
    is, or (the latest one) waits for the next sign-in."""

    def __init__(self, shift: Shift) -> None:
        super().__init__(shift)
        self._shift = shift
        self._waiting: tuple[str, str, float] | None = None
        self._problems: list[str] = []
        shift.signed_in.connect(self._signed_in)

    def listen_to(self, instance: InstanceServer, sources: CallerIdSources) -> None:
        """Later starts of relate-desktop (``pop``, links) and the caller-ID sources set up."""
        instance.subscribe(self.take_arguments)
        sources.incoming.connect(self.pop)
        sources.problem.connect(self._problem)
        sources.start()

    def take_arguments(self, arguments: list[str]) -> None:
        """Another start of relate-desktop handed its words over: come to the front, and pop
        the caller they name, if any."""
        number = caller_id.number_from_arguments(arguments)
        if number is not None:
            self.pop(number, "command line")
        else:
            self._front()

    def pop(self, number: str, source: str = "") -> None:
        window = self._shift.window
        if window is not None:
            window.calls.pop(number, source)
            return
        self._waiting = (number, source, time.monotonic())
        self._front()

    def _front(self) -> None:
        window = self._shift.window
        if window is not None:
            window.calls.bring_to_front()
        elif self._shift.sign_in is not None:
            self._shift.sign_in.raise_()
            self._shift.sign_in.activateWindow()

    def _problem(self, text: str) -> None:
        if self._shift.window is not None:
            self._shift.window.show_toast(text)
        else:
            self._problems.append(text)

    def _signed_in(self, window: MainWindow) -> None:
        if self._problems:
            window.show_toast(" ".join(self._problems))
            self._problems.clear()
        waiting, self._waiting = self._waiting, None
        if waiting is not None and time.monotonic() - waiting[2] < _WAITING_CALL_S:
            window.calls.pop(waiting[0], waiting[1])

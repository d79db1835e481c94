"""Who is at this PC: sign-in, the window for that person, and locking (Ctrl+L or idle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from relate_desktop.config import LocalSettings, workstation_name
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import Actor, ShopSettings
from relate_desktop.gui import labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.sign_in import SignInDialog
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services
from relate_desktop.services.demo import SAMPLE_PIN
from relate_desktop.services.sign_in import SignInList, SignInService

if TYPE_CHECKING:
    from relate_desktop.gui.main_window import MainWindow

#: Minutes without a key or a click before the window locks itself; a per-PC setting.
DEFAULT_IDLE_LOCK_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
#: How long after the sign-in or welcome window is shown the counter window's modules load.
PRELOAD_AFTER_MS = 300


def window_class() -> type[MainWindow]:
    """The counter window. Imported on first use, not with this module: its modules (the card,
    the queue, the menus: ~0.1 s) are not needed for the sign-in or welcome window, which then
    opens sooner at start."""
    from relate_desktop.gui.main_window import MainWindow

    return MainWindow


def preload_window() -> None:
    """Import the counter window's modules once the first window is up, while a PIN or a name
    is being typed, so signing in does not wait for them."""
    QTimer.singleShot(PRELOAD_AFTER_MS, window_class)


class Shift(QObject):
    """Owns the one main window of whoever signed in; a lock closes it (drafts kept on disk,
    per person) and the next person's sign-in opens a fresh one."""

    signed_in = Signal(object)  # MainWindow
    ended = Signal()  # the sign-in screen was cancelled: quit

    def __init__(
        self, services: Services, worker: DatabaseWorker, settings: LocalSettings, drafts: DraftStore,
        make_context: Callable[[Actor, ShopSettings], WorkContext] | None = None,
        sign_in: SignInService | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._desk = sign_in or SignInService(services.staff, services.shop)
        self._worker = worker
        self._settings = settings
        self._drafts = drafts
        self._make_context = make_context
        self.window: MainWindow | None = None
        self.sign_in: SignInDialog | None = None
        self._open_cards: dict[int, int] = {}  # staff id -> the card they had open
        self._shop: ShopSettings | None = None  # as read with the last sign-in list
        minutes = settings.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
        self._idle = QTimer(self, singleShot=True)
        self._idle.setInterval(int(float(minutes) * 60_000) if minutes else 0)
        self._idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def show_sign_in(self, then_close: MainWindow | None = None) -> None:
        """Ask who is working; the staff list comes from the worker (a shop server may be slow).
        ``then_close`` is the locked window, closed once the sign-in screen is up, so the
        application is never left without a window."""
        self._worker.submit(
            self._desk.sign_in_list,
            lambda found: self._sign_in_ready(found, then_close),
            lambda error: self._sign_in_failed(error, then_close),
        )

    def _sign_in_ready(self, found: SignInList, then_close: MainWindow | None) -> None:
        shop, staff = found.shop, found.staff
        self._shop = shop
        hint = self.tr("Sample shop: the sample staff's PIN is %1.").replace("%1", SAMPLE_PIN) \
            if shop.is_demo else ""
        if found.offline:
            hint = self.tr("Offline: the shop server cannot be reached. Sign in as usual; what you "
                           "type is kept on this PC and sent when the server is back.")
        dialog = SignInDialog(self._desk, self._worker, staff,
                              self._settings.get("last_staff_id"), workstation_name(), hint)
        dialog.accepted.connect(lambda: self._open_window(dialog.actor))
        dialog.rejected.connect(self._cancelled)
        self.sign_in = dialog
        dialog.open()
        preload_window()
        if then_close is not None:
            then_close.close()
            then_close.deleteLater()

    def _sign_in_failed(self, error: RelateError, then_close: MainWindow | None) -> None:
        # The shop server is out of reach: say so, and try again, rather than leave a blank screen.
        QMessageBox.warning(None, self.tr("Relate — Sign in"), labels.error_text(error))
        QTimer.singleShot(3000, lambda: self.show_sign_in(then_close))

    def start_as(self, actor: Actor) -> None:
        """Straight into the window (the first start, just after creating the first manager)."""
        self._open_window(actor)

    def lock(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        if window.card.card is not None:
            self._open_cards[window.context.actor.staff.id] = window.card.card.id
        self._idle.stop()
        window.hide()  # at once: the next person must not see this one's screen
        self.show_sign_in(then_close=window)

    def _open_window(self, actor: Actor | None) -> None:
        if actor is None:
            return
        self._settings.set("last_staff_id", actor.staff.id)
        shop = self._shop or self._services.shop.settings()
        context = (self._make_context(actor, shop) if self._make_context else WorkContext(
            services=self._services, worker=self._worker, actor=actor, shop=shop, drafts=self._drafts,
            settings=self._settings))
        window = window_class()(context)
        window.lock_requested.connect(self.lock)
        self.window = window
        window.show()
        if self.sign_in is not None:
            self.sign_in.deleteLater()
            self.sign_in = None
        card = self._open_cards.pop(actor.staff.id, None)
        if card is not None:
            window.open_customer(card, False)
        if self._idle.interval() > 0:
            self._idle.start()
        self.signed_in.emit(window)

    def end(self) -> None:
        """Close and delete this shift's windows now, while Qt is still there to do it."""
        for widget in (self.window, self.sign_in):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.window = self.sign_in = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _cancelled(self) -> None:
        if self.sign_in is not None:
            self.sign_in.deleteLater()
            self.sign_in = None
        if self.window is None:
            self.ended.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.window is not None and self._idle.interval() > 0:
            self._idle.start()  # any key or click: the idle clock starts again
        return super().eventFilter(watched, event)

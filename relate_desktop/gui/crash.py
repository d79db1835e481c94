"""The window for an unexpected error: the work is kept, the details go to the log and the clipboard."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import __version__

log = logging.getLogger("relate")


def describe(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What whoever looks after Relate needs: version, system, and the traceback."""
    return (f"Relate {__version__} on {platform.platform()}, Python {platform.python_version()}\n"
            + "".join(traceback.format_exception(kind, error, tb)))


class CrashWindow(QDialog):
    """Says the work is safe, in words; the traceback only behind "Show details"."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setObjectName("crashWindow")
        self.setWindowTitle(self.tr("Relate hit a problem"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        self.headline = QLabel(self.tr("Relate hit a problem — your work is saved."))
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        where = (self.tr("The details are in the log: %1").replace("%1", str(log_file))
                 if log_file is not None else self.tr("The details could not be written to a log."))
        self.explanation = QLabel(self.tr(
            "What was being typed is kept as a draft. You can carry on; if Relate misbehaves, "
            "close it and start it again.") + "\n" + where + "\n" + self.tr(
            "“Copy details” puts them on the clipboard for whoever looks after Relate."))
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setVisible(False)
        self.details_view.setAccessibleName(self.tr("Details of the problem"))
        self.details_view.setAccessibleDescription(self.tr(
            "The technical details for whoever looks after Relate; read only."))

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button = QPushButton(self.tr("Show details"))
        self.show_button.setCheckable(True)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        self.close_button = close
        self.close_button.setDefault(True)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAccessibleDescription(self.tr(
            "Puts the technical details on the clipboard, to paste into a message."))
        self.show_button.setAccessibleName(self.tr("Show details"))
        self.show_button.setAccessibleDescription(self.tr(
            "Shows or hides the technical details in this window."))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr(
            "Closes this window and carries on working (Enter or Esc)."))
        self.close_button.setToolTip(self.tr("Close this window and carry on (Enter or Esc)"))
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self._show_details)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.adjustSize()

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.show_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.show_button.setAccessibleName(self.show_button.text())
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 460))


class CrashHandler(QObject):
    """``sys.excepthook`` (and ``threading.excepthook``) for the window program: log the
    details, keep the drafts, then show a CrashWindow — on the GUI thread, one at a time."""

    _elsewhere = Signal(str)  # an error on another thread, carried to the GUI thread

    def __init__(
        self, log_file: Path | None = None, keep_work: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_file = log_file
        #: Called first (e.g. to write the drafts to disk); set once there is work to keep.
        self.keep_work = keep_work
        self.window: CrashWindow | None = None
        self._previous: tuple[Callable[..., object], Callable[..., object]] | None = None
        self._elsewhere.connect(self._handle, Qt.ConnectionType.QueuedConnection)

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = describe(kind, error, tb)
        log.error("unexpected error\n%s", details)
        if QThread.currentThread() is self.thread():
            self._handle(details)
        else:  # widgets and drafts belong to the GUI thread
            self._elsewhere.emit(details)

    def on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):  # a thread ending itself, as threading allows
            return
        error = args.exc_value if args.exc_value is not None else RuntimeError(args.exc_type.__name__)
        self(args.exc_type, error, args.exc_traceback)

    def install(self) -> None:
        """Become the hook for errors nobody caught; ``uninstall`` puts the previous ones back."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self
        threading.excepthook = self.on_thread_error

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    @Slot(str)
    def _handle(self, details: str) -> None:
        self._keep_work()
        if self.window is not None:
            return  # already showing one: a repeating error (a timer) must not stack windows
        if QCoreApplication.instance() is None:  # too early or too late for a window
            print("relate-desktop: Relate hit a problem — your work is saved. "
                  f"Details: {self.log_file or 'above'}", file=sys.stderr)
            return
        self.window = CrashWindow(details, self.log_file)
        try:
            self.window.exec()
        finally:
            self.window.deleteLater()
            self.window = None

    def _keep_work(self) -> None:
        if self.keep_work is None:
            return
        try:
            self.keep_work()
        except Exception:  # the window must still appear, whatever broke
            log.exception("could not keep the drafts after an unexpected error")

"""One database worker thread: the GUI hands it calls and gets results back by signal.

Typing never waits for the database; a slow disk or a busy shop server delays the
answer, not the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from relate_desktop.domain.errors import RelateError
from relate_desktop.gui import labels

log = logging.getLogger(__name__)


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[RelateError], None] | None


class _Runner(QObject):
    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            result = job.work()
        except RelateError as error:
            self.finished.emit(job, None, error)
        except Exception as error:
            log.exception("database call failed")
            self.finished.emit(job, None, error)
        else:
            self.finished.emit(job, result, None)


def _receiver_gone(callback: Callable[..., None] | None) -> bool:
    """True when ``callback`` is a method of a widget Qt has already deleted."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class DatabaseWorker(QObject):
    """``submit(work, on_done, on_error)``: ``work`` runs on the worker thread, the callbacks
    on the GUI thread. Jobs run one at a time, in the order submitted."""

    _dispatch = Signal(object)
    #: A failure nobody handled: the main window shows it in its message bar.
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("relate-database")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._dispatch.connect(self._runner.run)
        self._runner.finished.connect(self._finish)
        self._pending = 0
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[RelateError], None] | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._dispatch.emit(_Job(work, on_done, on_error))

    @property
    def idle(self) -> bool:
        return self._pending == 0

    @Slot(object, object, object)
    def _finish(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if _receiver_gone(job.on_done) or _receiver_gone(job.on_error):
            return  # the window that asked was closed meanwhile: nobody is waiting for this
        if error is None:
            if job.on_done is not None:
                job.on_done(result)
            return
        if isinstance(error, RelateError):
            if job.on_error is not None:
                job.on_error(error)
            else:
                self.failed.emit(labels.error_text(error))
            return
        message = self.tr("Something went wrong talking to the database; nothing you typed was lost. "
                          "Details are in the log.")
        if job.on_error is not None:
            job.on_error(RelateError(message))
        else:
            self.failed.emit(message)

    def stop(self) -> None:
        """Finish the jobs already handed over, then end the thread."""
        self._thread.quit()
        self._thread.wait(10_000)

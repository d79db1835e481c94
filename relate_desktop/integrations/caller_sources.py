"""The caller-ID sources this PC is set up for (HTTP, NCID, Asterisk) as one stream of calls."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from relate_desktop.domain.records import CustomerMatch
from relate_desktop.integrations.ami import AmiClient
from relate_desktop.integrations.caller_id_settings import SettingsReader, read_settings
from relate_desktop.integrations.http_source import HttpCallerSource
from relate_desktop.integrations.ncid import NcidClient

log = logging.getLogger(__name__)


class CallerIdSources(QObject):
    """Starts the sources enabled in settings.json; all are off unless a setting turns them on.

    ``incoming`` is delivered on the window's thread even when the HTTP server's threads
    emit it (Qt queues a signal to an object living on another thread).
    """

    incoming = Signal(str, str)  # number, where it came from ("http", "ncid", "asterisk")
    problem = Signal(str)  # for staff: a source that cannot work as set up

    def __init__(self, settings: SettingsReader, lookup: Callable[[str], list[CustomerMatch]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = read_settings(settings)
        self._lookup = lookup
        self.http: HttpCallerSource | None = None
        self.ncid: NcidClient | None = None
        self.ami: AmiClient | None = None

    def start(self) -> None:
        if self.settings.http.enabled:
            self.http = HttpCallerSource(self.settings.http, self._lookup, self._from_http)
            problem = self.http.start()
            if problem:
                log.warning(problem)
                self.problem.emit(problem)
        if self.settings.ncid.enabled:
            self.ncid = NcidClient(self.settings.ncid, self)
            self.ncid.incoming.connect(self._from_ncid)
            self.ncid.peer.problem.connect(self.problem)
            self.ncid.start()
        if self.settings.ami.enabled:
            if not self.settings.ami.extension.strip():
                self.problem.emit("Asterisk caller ID needs caller_id.ami.extension: the "
                                  "extension of this workstation's phone.")
            else:
                self.ami = AmiClient(self.settings.ami, self)
                self.ami.incoming.connect(self._from_asterisk)
                self.ami.problem.connect(self.problem)
                self.ami.start()

    # Methods, not lambdas: a slot returning emit()'s True trips PySide6 6.12's reference bug.
    def _from_http(self, number: str) -> None:
        self.incoming.emit(number, "http")  # from the server's thread: Qt queues it to ours

    def _from_ncid(self, number: str, _name: str) -> None:
        self.incoming.emit(number, "ncid")

    def _from_asterisk(self, number: str, _name: str) -> None:
        self.incoming.emit(number, "asterisk")

    def stop(self) -> None:
        if self.http is not None:
            self.http.stop()
        if self.ncid is not None:
            self.ncid.stop()
        if self.ami is not None:
            self.ami.stop()

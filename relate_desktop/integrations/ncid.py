"""NCID client: a caller-ID server (modem, SIP or gateway) announces calls as ``CID:`` lines on TCP 3333.

A call looks like ``CID: *DATE*02082024*TIME*1425*LINE*POTS*NMBR*07700900123*MESG*NONE*NAME*OLU*``.
Fields are read by keyword, never by position: their order differs between NCID versions.
``CIDLOG:`` lines (the call log replayed on connecting) are history, not a ringing phone.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from relate_desktop.integrations.caller_id_settings import NcidSettings
from relate_desktop.integrations.tcp_peer import ReconnectingPeer

log = logging.getLogger(__name__)

#: A server that never sends a newline must not grow the buffer without end.
_MAX_LINE = 8192


def parse_cid_line(line: str) -> dict[str, str] | None:
    """The fields of an incoming-call line, by keyword; None for any other line."""
    line = line.strip()
    if not line.startswith("CID:"):
        return None
    parts = line[len("CID:"):].strip().split("*")
    if parts and parts[0] == "":
        parts = parts[1:]
    fields: dict[str, str] = {}
    for index in range(0, len(parts) - 1, 2):
        key = parts[index].strip().upper()
        if key:
            fields[key] = parts[index + 1].strip()
    return fields


class NcidClient(QObject):
    incoming = Signal(str, str)  # number, name as NCID knows it

    def __init__(self, settings: NcidSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.peer = ReconnectingPeer(settings.host, settings.port, "NCID", self)
        self.peer.received.connect(self._received)
        self.peer.connected.connect(self._connected)
        self._buffer = b""

    def start(self) -> None:
        self.peer.start()

    def stop(self) -> None:
        self.peer.stop()

    def _connected(self) -> None:
        self._buffer = b""

    def _received(self, data: bytes) -> None:
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        if len(self._buffer) > _MAX_LINE:
            self._buffer = b""
        for raw in lines:
            self._line(raw.decode("utf-8", errors="replace"))

    def _line(self, line: str) -> None:
        fields = parse_cid_line(line)
        if fields is None:
            return
        wanted = self.settings.line.strip()
        if wanted and fields.get("LINE", "").strip().lower() != wanted.lower():
            return  # a call on another line of the shop
        log.info("NCID: a call on line %s", fields.get("LINE", ""))  # no number: logs outlive erasure
        self.incoming.emit(fields.get("NMBR", ""), fields.get("NAME", ""))

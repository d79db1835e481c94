"""Asterisk Manager Interface listener: pop when this workstation's extension starts ringing.

It logs in with an account that can only read call events (``read = call``, no write) and
watches ``DialBegin`` (Asterisk 12+; ``Dial`` with ``SubEvent: Begin`` before that) and
``Newchannel``. A call is for us when the channel being rung is our extension's device
("PJSIP/201-0000001a" is extension 201); the caller is the dialling side's ``CallerIDNum``.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, Signal

from relate_desktop.integrations.caller_id_settings import AmiSettings
from relate_desktop.integrations.tcp_peer import ReconnectingPeer

log = logging.getLogger(__name__)

_MAX_BUFFER = 256 * 1024
#: A refused login is not retried every few seconds: the password will not fix itself.
_RETRY_AFTER_REFUSAL_S = 300
_NO_NUMBER = frozenset({"", "<unknown>", "unknown"})


def split_messages(buffer: str) -> tuple[list[dict[str, str]], str]:
    """Complete messages (blank-line terminated ``Key: Value`` blocks) and what is left."""
    messages: list[dict[str, str]] = []
    normalised = buffer.replace("\r\n", "\n")
    *blocks, rest = normalised.split("\n\n")
    for block in blocks:
        message: dict[str, str] = {}
        for line in block.split("\n"):
            key, separator, value = line.partition(":")
            if separator:
                message.setdefault(key.strip().lower(), value.strip())
        if message:
            messages.append(message)
    return messages, rest


def _device(channel: str) -> str:
    """The device of a channel name: "PJSIP/201-0000001a" -> "pjsip/201"."""
    return channel.rsplit("-", 1)[0].strip().lower() if "-" in channel else channel.strip().lower()


def is_our_device(channel: str, extension: str) -> bool:
    """True when ``channel`` rings ``extension`` ("201" or a whole device, "PJSIP/201")."""
    wanted = extension.strip().lower()
    if not wanted or not channel:
        return False
    device = _device(channel)
    if "/" in wanted:
        return device == wanted
    return device.split("/", 1)[-1] == wanted


def ringing_caller(event: dict[str, str], extension: str) -> tuple[str, str] | None:
    """(caller number, destination channel) when ``event`` rings ``extension``, else None."""
    name = event.get("event", "").lower()
    if name == "dialbegin" or (name == "dial" and event.get("subevent", "").lower() == "begin"):
        destination = event.get("destchannel") or event.get("destination", "")
        if is_our_device(destination, extension):
            return event.get("calleridnum", ""), destination
        return None
    if name == "newchannel":
        channel = event.get("channel", "")
        if not is_our_device(channel, extension):
            return None
        # On the rung side the caller is the connected line; CallerIDNum is often ourselves.
        number = event.get("connectedlinenum", "")
        if number.lower() in _NO_NUMBER:
            number = event.get("calleridnum", "")
        if number.lower() in _NO_NUMBER or number == extension.split("/")[-1]:
            return None  # not known yet: DialBegin will name the caller
        return number, channel
    return None


class AmiClient(QObject):
    incoming = Signal(str, str)  # number, "" (AMI gives no name worth showing)
    problem = Signal(str)

    def __init__(self, settings: AmiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.peer = ReconnectingPeer(settings.host, settings.port, "Asterisk", self)
        self.peer.received.connect(self._received)
        self.peer.connected.connect(self._connected)
        self.peer.problem.connect(self.problem)
        self._buffer = ""
        self._greeted = False
        self._logged_in = False
        #: Newchannel and DialBegin both announce one ringing channel: pop it once.
        self._popped: deque[str] = deque(maxlen=64)

    def start(self) -> None:
        self.peer.start()

    def stop(self) -> None:
        self.peer.stop()

    @property
    def logged_in(self) -> bool:
        return self._logged_in

    def _connected(self) -> None:
        self._buffer = ""
        self._greeted = False
        self._logged_in = False

    def _received(self, data: bytes) -> None:
        self._buffer += data.decode("utf-8", errors="replace")
        if len(self._buffer) > _MAX_BUFFER:
            self._buffer = ""
        if not self._greeted:
            # "Asterisk Call Manager/5.0.2": one line, not a message; then we log in.
            if "\n" not in self._buffer:
                return
            _banner, self._buffer = self._buffer.split("\n", 1)
            self._greeted = True
            self._login()
        messages, self._buffer = split_messages(self._buffer)
        for message in messages:
            self._message(message)

    def _login(self) -> None:
        s = self.settings
        self.peer.send(
            f"Action: Login\r\nActionID: relate-login\r\nUsername: {s.username}\r\n"
            f"Secret: {s.secret}\r\nEvents: call\r\n\r\n".encode()
        )

    def _message(self, message: dict[str, str]) -> None:
        if not self._logged_in:
            if message.get("actionid") == "relate-login" or "response" in message:
                if message.get("response", "").lower() == "success":
                    self._logged_in = True
                    log.info("Asterisk: logged in as %s", self.settings.username)
                else:
                    text = (f"Asterisk refused the login of '{self.settings.username}': "
                            f"{message.get('message', 'no reason given')}.")
                    log.warning(text)
                    self.problem.emit(text)
                    self.peer.drop(_RETRY_AFTER_REFUSAL_S)
            return
        found = ringing_caller(message, self.settings.extension)
        if found is None:
            return
        number, channel = found
        if channel in self._popped:
            return
        self._popped.append(channel)
        log.info("Asterisk: a call rings %s", channel)  # no number: logs outlive erasure
        self.incoming.emit(number, "")

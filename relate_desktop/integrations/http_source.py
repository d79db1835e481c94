"""Caller ID over local HTTP: ``GET /pop?number=`` pops the card, ``/lookup?number=`` names the caller.

``/lookup`` answers in plain text what FreePBX's "CallerID Lookup Sources" (HTTP) and
Asterisk's ``CURL()`` expect: the whole body becomes the caller's name, so an unknown
number gets 200 with an empty body (Asterisk's CURL() reads the body whatever the status,
so a "Not found" text would become the name). ``format=json`` serves CRM templates
such as 3CX's.

Requests are served on threads of their own and the lookup runs there through the
services, never on the window's thread nor behind the window's database worker queue: an
exchange waits for its answer while the phone rings.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from relate_desktop.domain import caller_id
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import CustomerMatch
from relate_desktop.integrations.caller_id_settings import HttpSettings

log = logging.getLogger(__name__)

Lookup = Callable[[str], list[CustomerMatch]]
#: A slow or stuck client never holds a thread for longer than this.
_CLIENT_TIMEOUT_S = 10
#: "" too: an HTTP/1.0 client sends no Host, and browsers (the rebinding risk) always do.
_LOOPBACK_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


def _host_name(header: str) -> str:
    """The host of a Host header, without port or IPv6 brackets."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_allowed(client_ip: str, host_header: str, token_given: str, settings: HttpSettings) -> bool:
    """Whether a request may be answered.

    From this PC: yes, unless its Host header names another site: a web page could
    otherwise rebind its own name to 127.0.0.1 and read customers' names through the
    visitor's browser. From the shop network: only with the shared token.
    """
    token_ok = bool(settings.token) and hmac.compare_digest(
        token_given.encode("utf-8"), settings.token.encode("utf-8"))
    try:
        loopback = ipaddress.ip_address(client_ip.split("%", 1)[0]).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        return token_ok or _host_name(host_header) in _LOOPBACK_HOSTS
    return settings.shop_network and token_ok


def lookup_answer(number: str, matches: list[CustomerMatch], as_json: bool) -> tuple[str, str]:
    """(content type, body) for ``/lookup``. Several customers sharing the number are all
    named, never one of them picked."""
    name = " / ".join(m.display_name for m in matches)
    if not as_json:
        return "text/plain; charset=utf-8", name
    body = {
        "number": number,
        "found": bool(matches),
        "name": name,
        "customers": [
            {"id": m.id, "name": m.display_name, "phone": m.phone, "card": m.card} for m in matches
        ],
        "pop_url": caller_id.pop_link(number),
    }
    return "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], settings: HttpSettings, lookup: Lookup,
                 on_pop: Callable[[str], None]) -> None:
        super().__init__(address, _Handler)
        self.settings = settings
        self.lookup = lookup
        self.on_pop = on_pop


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = _CLIENT_TIMEOUT_S
    server_version = "Relate"
    sys_version = ""

    def do_GET(self) -> None:  # the name http.server dispatches GET to
        parts = urlsplit(self.path)
        token = (caller_id.query_value(parts.query, "token")
                 or self.headers.get("X-Relate-Token", "")
                 or self.headers.get("Authorization", "").removeprefix("Bearer ").strip())
        if not is_allowed(self.client_address[0], self.headers.get("Host", ""), token,
                          self.server.settings):
            self._answer(403, "text/plain; charset=utf-8", "")
            return
        number = caller_id.caller_number(caller_id.query_value(parts.query, "number") or "")
        if parts.path == "/pop":
            self.server.on_pop(number)
            self._answer(200, "text/plain; charset=utf-8", "OK\n")
        elif parts.path == "/lookup":
            self._lookup(number, caller_id.query_value(parts.query, "format") == "json")
        else:
            self._answer(404, "text/plain; charset=utf-8", "")

    def _lookup(self, number: str, as_json: bool) -> None:
        try:
            matches = [] if caller_id.is_withheld(number) else self.server.lookup(number)
        except RelateError as error:
            log.warning("caller lookup failed: %s", error)
            self._answer(503, "text/plain; charset=utf-8", "")  # empty: never shown as a name
            return
        self._answer(200, *lookup_answer(number, matches, as_json))

    def _answer(self, status: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # into the log, never stderr
        log.debug("http %s " + format, self.client_address[0], *args)


class HttpCallerSource:
    """The local HTTP server, on threads of its own; ``on_pop`` is called on those threads."""

    def __init__(self, settings: HttpSettings, lookup: Lookup, on_pop: Callable[[str], None]) -> None:
        self.settings = settings
        self._lookup = lookup
        self._on_pop = on_pop
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1] if self._server is not None else 0

    @property
    def address(self) -> str:
        return str(self._server.server_address[0]) if self._server is not None else ""

    def start(self) -> str:
        """Start listening; returns a problem to show staff, or "" when all is well."""
        problem = ""
        host = "127.0.0.1"
        if self.settings.shop_network:
            if self.settings.token:
                host = "0.0.0.0"  # every interface: the manager chose the shop network, with a token
            else:
                problem = ("Caller ID over HTTP stays on this PC: the shop network needs "
                           "caller_id.http.token set.")
        try:
            self._server = _Server((host, self.settings.port), self.settings, self._lookup,
                                   self._on_pop)
        except OSError as error:
            reason = error.strerror or error
            return f"Caller ID over HTTP cannot use port {self.settings.port}: {reason}."
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="relate-caller-http", daemon=True)
        self._thread.start()
        log.info("caller ID over HTTP on %s:%d", host, self.port)
        return problem

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

"""Each caller-ID source against a fake peer on loopback: HTTP with real clients, a fake NCID
server, a fake Asterisk manager interface."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.integrations.ami import AmiClient, ringing_caller, split_messages
from relate_desktop.integrations.caller_id_settings import AmiSettings, HttpSettings, NcidSettings
from relate_desktop.integrations.caller_sources import CallerIdSources
from relate_desktop.integrations.http_source import HttpCallerSource, is_allowed
from relate_desktop.integrations.ncid import NcidClient, parse_cid_line
from relate_desktop.services import Services

pytestmark = pytest.mark.sqlite_only  # about protocols, not the database

#: Waits end as soon as they can; this only bounds a loaded machine.
SLOW_MS = 30_000


# --- HTTP -----------------------------------------------------------------------------------


@pytest.fixture
def http(services: Services, manager: Actor) -> Iterator[tuple[HttpCallerSource, list[str]]]:
    services.customers.create(manager, NewCustomer("Olu Adeyemi", phones=("07700 900123",)))
    services.customers.create(manager, NewCustomer("Mary Jones", phones=("020 7946 0958",)))
    services.customers.create(manager, NewCustomer("Tom Jones", phones=("+44 20 7946 0958",)))
    pops: list[str] = []
    source = HttpCallerSource(HttpSettings(enabled=True, port=0), services.lookup.find_caller,
                              pops.append)
    assert source.start() == ""
    yield source, pops
    source.stop()


def _get(source: HttpCallerSource, path: str, **headers: str) -> tuple[int, str, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{source.port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


def test_lookup_answers_the_name_as_plain_text_for_freepbx_and_asterisk(
    http: tuple[HttpCallerSource, list[str]],
) -> None:
    source, _ = http
    # FreePBX puts ${CALLERID(num)} into the query unencoded: the "+" must stay a "+".
    assert _get(source, "/lookup?number=+447700900123") == (200, "text/plain; charset=utf-8", "Olu Adeyemi")
    assert _get(source, "/lookup?number=07700900123")[2] == "Olu Adeyemi"
    assert _get(source, "/lookup?number=442079460958")[2] == "Mary Jones / Tom Jones"
    # Unknown or withheld: 200 and an empty body, so the caller's name is simply left empty.
    assert _get(source, "/lookup?number=07700900999") == (200, "text/plain; charset=utf-8", "")
    assert _get(source, "/lookup?number=anonymous") == (200, "text/plain; charset=utf-8", "")
    assert _get(source, "/lookup")[2] == ""


def test_lookup_as_json_for_crm_templates(http: tuple[HttpCallerSource, list[str]]) -> None:
    source, _ = http
    status, kind, body = _get(source, "/lookup?number=%2B442079460958&format=json")
    assert (status, kind) == (200, "application/json; charset=utf-8")
    answer = json.loads(body)
    assert (answer["number"], answer["found"], answer["name"]) == (
        "+442079460958", True, "Mary Jones / Tom Jones")
    assert [c["name"] for c in answer["customers"]] == ["Mary Jones", "Tom Jones"]
    assert answer["customers"][0]["phone"] == "020 7946 0958"
    assert answer["pop_url"] == "relate://pop?number=%2B442079460958"
    assert json.loads(_get(source, "/lookup?number=123456789&format=json")[2])["found"] is False


def test_pop_hands_the_number_on_and_answers_at_once(http: tuple[HttpCallerSource, list[str]]) -> None:
    source, pops = http
    assert _get(source, "/pop?number=+447700900123") == (200, "text/plain; charset=utf-8", "OK\n")
    assert _get(source, "/pop?number=sip%3A201%40pbx")[0] == 200
    assert pops == ["+447700900123", "201"]
    assert _get(source, "/elsewhere")[0] == 404


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_as_asterisk_uses_it(http: tuple[HttpCallerSource, list[str]]) -> None:
    source, _ = http
    done = subprocess.run(["curl", "-s", f"http://localhost:{source.port}/lookup?number=07700900123"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout) == (0, "Olu Adeyemi")


def test_a_web_page_posing_as_another_site_is_refused(http: tuple[HttpCallerSource, list[str]]) -> None:
    source, pops = http
    # DNS rebinding: a page from evil.example resolving to 127.0.0.1 must not read names.
    assert _get(source, "/lookup?number=07700900123", Host="evil.example") == (
        403, "text/plain; charset=utf-8", "")
    assert _get(source, "/pop?number=07700900123", Host="evil.example:7352")[0] == 403
    assert pops == []


def test_the_shop_network_needs_the_shared_token(services: Services) -> None:
    shop = HttpSettings(enabled=True, shop_network=True, token="s3cret")
    assert is_allowed("192.168.1.20", "relate-pc:7352", "s3cret", shop)
    assert not is_allowed("192.168.1.20", "relate-pc:7352", "", shop)
    assert not is_allowed("192.168.1.20", "relate-pc:7352", "guess", shop)
    assert not is_allowed("192.168.1.20", "relate-pc:7352", "s3cret", HttpSettings(token="s3cret"))
    assert is_allowed("127.0.0.1", "localhost:7352", "", shop)
    assert is_allowed("::1", "[::1]:7352", "", HttpSettings())

    no_token = HttpCallerSource(HttpSettings(enabled=True, port=0, shop_network=True),
                                services.lookup.find_caller, lambda _n: None)
    assert "token" in no_token.start()  # and it stays on this PC
    assert no_token.address == "127.0.0.1"
    no_token.stop()

    with_token = HttpCallerSource(HttpSettings(enabled=True, port=0, shop_network=True, token="s3cret"),
                                  services.lookup.find_caller, lambda _n: None)
    assert with_token.start() == ""
    assert with_token.address == "0.0.0.0"
    assert _get(with_token, "/lookup?number=1", Host="relate-pc")[0] == 403  # the token is needed
    assert _get(with_token, "/lookup?number=1&token=s3cret", Host="relate-pc")[0] == 200
    assert _get(with_token, "/lookup?number=1", Host="relate-pc", Authorization="Bearer s3cret")[0] == 200
    with_token.stop()


def test_a_port_in_use_is_a_message_not_a_crash(
    services: Services, http: tuple[HttpCallerSource, list[str]]
) -> None:
    source, _ = http
    again = HttpCallerSource(HttpSettings(enabled=True, port=source.port), services.lookup.find_caller,
                             lambda _n: None)
    assert f"port {source.port}" in again.start()
    again.stop()


def test_the_sources_deliver_calls_on_the_window_thread(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    settings = LocalSettings(data_dir / "settings.json")
    settings.set("caller_id.http.enabled", True)
    settings.set("caller_id.http.port", 0)
    sources = CallerIdSources(settings, services.lookup.find_caller)
    received: list[tuple[str, str, bool]] = []
    sources.incoming.connect(
        lambda number, where: received.append((number, where, QThread.currentThread() is sources.thread())))
    sources.start()
    try:
        assert sources.http is not None
        with qtbot.waitSignal(sources.incoming, timeout=SLOW_MS):
            assert _get(sources.http, "/pop?number=07700900123")[0] == 200
        assert received == [("07700900123", "http", True)]
    finally:
        sources.stop()


def test_every_source_is_off_unless_a_setting_turns_it_on(services: Services, data_dir: Path) -> None:
    sources = CallerIdSources(LocalSettings(data_dir / "settings.json"), services.lookup.find_caller)
    sources.start()
    assert (sources.http, sources.ncid, sources.ami) == (None, None, None)


# --- fake servers -----------------------------------------------------------------------------


class FakeServer:
    """A TCP server on loopback that runs ``talk`` for each connection, on a thread."""

    def __init__(self, talk: Callable[[socket.socket, int], None]) -> None:
        self._talk = talk
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(4)
        self._listener.settimeout(SLOW_MS / 1000)
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            while True:
                connection, _ = self._listener.accept()
                self.connections += 1
                with connection:
                    connection.settimeout(SLOW_MS / 1000)
                    self._talk(connection, self.connections)
        except OSError:
            return  # closed by stop(), or nobody came
        except BaseException as error:  # an assertion in the fake peer: report it
            self.errors.append(error)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes a thread waiting in accept()
        self._listener.close()
        self._thread.join(SLOW_MS / 1000)
        assert not self.errors, self.errors


def _read_until(connection: socket.socket, end: bytes) -> bytes:
    data = b""
    while end not in data:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


# --- NCID -------------------------------------------------------------------------------------


def test_ncid_lines_are_read_by_keyword_whatever_their_order() -> None:
    line = "CID: *DATE*02082024*TIME*1425*LINE*POTS*NMBR*07700900123*MESG*NONE*NAME*OLU A*"
    assert parse_cid_line(line) == {"DATE": "02082024", "TIME": "1425", "LINE": "POTS",
                                    "NMBR": "07700900123", "MESG": "NONE", "NAME": "OLU A"}
    reordered = parse_cid_line("CID: *NAME*NO NAME*NMBR*+33628230455*LINE*-*DATE*01012025*")
    assert reordered is not None and reordered["NMBR"] == "+33628230455"
    assert parse_cid_line("CIDLOG: *DATE*01012025*NMBR*123*") is None
    assert parse_cid_line("200 Server: ncidd (NCID) 1.13") is None


def test_ncid_client_pops_calls_on_its_line_only_and_comes_back_after_a_drop(qtbot: QtBot) -> None:
    def talk(connection: socket.socket, number: int) -> None:
        if number == 1:
            connection.sendall(
                b"200 Server: ncidd (NCID) 1.13\n"
                b"CIDLOG: *DATE*01012025*TIME*0900*LINE*POTS*NMBR*01111111111*MESG*NONE*NAME*OLD*\n"
                b"300 End of call log\n"
                b"CID: *DATE*02082024*TIME*1425*LINE*FAX*NMBR*02222222222*MESG*NONE*NAME*FAX*\n"
                b"CID: *NAME*OLU*NMBR*07700900123*LINE*POTS*DATE*02082024*TIME*1426*\n")
            return  # the server goes away: the client must come back by itself
        connection.sendall(b"200 Server: ncidd\r\nCID: *LINE*POTS*NMBR*anonymous*NAME*-*\r\n")
        _read_until(connection, b"never")  # until the client hangs up

    server = FakeServer(talk)
    client = NcidClient(NcidSettings(enabled=True, host="127.0.0.1", port=server.port, line="pots"))
    calls: list[tuple[str, str]] = []
    client.incoming.connect(lambda number, name: calls.append((number, name)))
    client.start()
    try:
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=SLOW_MS)
        assert calls == [("07700900123", "OLU"), ("anonymous", "-")]
        assert server.connections == 2
    finally:
        client.stop()
        server.stop()


# --- Asterisk AMI -----------------------------------------------------------------------------

LOGIN_OK = b"Response: Success\r\nActionID: relate-login\r\nMessage: Authentication accepted\r\n\r\n"


def _event(**fields: str) -> bytes:
    return "".join(f"{k}: {v}\r\n" for k, v in fields.items()).encode() + b"\r\n"


def test_ami_messages_and_which_of_them_ring_us() -> None:
    messages, rest = split_messages("Event: DialBegin\r\nDestChannel: PJSIP/201-0001\r\n\r\nEvent: Ne")
    assert messages == [{"event": "DialBegin", "destchannel": "PJSIP/201-0001"}]
    assert rest == "Event: Ne"
    dial = {"event": "DialBegin", "calleridnum": "07700900123", "destchannel": "PJSIP/201-0000001a"}
    assert ringing_caller(dial, "201") == ("07700900123", "PJSIP/201-0000001a")
    assert ringing_caller(dial, "PJSIP/201") == ("07700900123", "PJSIP/201-0000001a")
    assert ringing_caller(dial, "2010") is None
    assert ringing_caller({**dial, "destchannel": "PJSIP/202-0000001b"}, "201") is None
    old_dial = {"event": "Dial", "subevent": "Begin", "calleridnum": "555", "destination": "SIP/201-01"}
    assert ringing_caller(old_dial, "201") == ("555", "SIP/201-01")
    early = {"event": "Newchannel", "channel": "PJSIP/201-0000001c", "calleridnum": "201",
             "connectedlinenum": "<unknown>"}
    assert ringing_caller(early, "201") is None  # the caller is not known yet
    named = {**early, "connectedlinenum": "+447700900123"}
    assert ringing_caller(named, "201") == ("+447700900123", "PJSIP/201-0000001c")


def test_ami_client_logs_in_read_only_and_pops_when_our_extension_rings(qtbot: QtBot) -> None:
    login: list[bytes] = []

    def talk(connection: socket.socket, _number: int) -> None:
        connection.sendall(b"Asterisk Call Manager/5.0.2\r\n")
        login.append(_read_until(connection, b"\r\n\r\n"))
        connection.sendall(LOGIN_OK + _event(Event="FullyBooted", Status="Fully Booted"))
        connection.sendall(
            _event(Event="Newchannel", Channel="PJSIP/trunk-00000001", CallerIDNum="07700900123",
                   Exten="201")
            + _event(Event="Newchannel", Channel="PJSIP/202-00000002", CallerIDNum="202",
                     ConnectedLineNum="07700900999")  # rings a colleague
            + _event(Event="Newchannel", Channel="PJSIP/201-00000003", CallerIDNum="201",
                     ConnectedLineNum="<unknown>")  # ours, caller not known yet
            + _event(Event="DialBegin", Channel="PJSIP/trunk-00000001", CallerIDNum="07700900123",
                     DestChannel="PJSIP/201-00000003", DestCallerIDNum="201")
            + _event(Event="DialBegin", Channel="Local/201@from-queue-00000004;2",
                     CallerIDNum="07700900123", DestChannel="PJSIP/201-00000003")  # the same ring
            + _event(Event="DialBegin", Channel="PJSIP/trunk-00000005", CallerIDNum="+33628230455",
                     DestChannel="PJSIP/201-00000006"))
        _read_until(connection, b"never")

    server = FakeServer(talk)
    client = AmiClient(AmiSettings(enabled=True, host="127.0.0.1", port=server.port,
                                   username="relate", secret="pa55", extension="201"))
    calls: list[str] = []
    client.incoming.connect(lambda number, _name: calls.append(number))
    client.start()
    try:
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=SLOW_MS)
        assert calls == ["07700900123", "+33628230455"]
        assert client.logged_in
        text = login[0].decode()
        assert "Action: Login\r\n" in text and "Username: relate\r\n" in text
        assert "Secret: pa55\r\n" in text and "Events: call\r\n" in text
    finally:
        client.stop()
        server.stop()


def test_ami_refused_login_is_reported_and_nothing_pops(qtbot: QtBot) -> None:
    def talk(connection: socket.socket, _number: int) -> None:
        connection.sendall(b"Asterisk Call Manager/5.0.2\r\n")
        _read_until(connection, b"\r\n\r\n")
        connection.sendall(b"Response: Error\r\nActionID: relate-login\r\n"
                           b"Message: Authentication failed\r\n\r\n")
        connection.sendall(_event(Event="DialBegin", CallerIDNum="1", DestChannel="PJSIP/201-01"))
        _read_until(connection, b"never")

    server = FakeServer(talk)
    client = AmiClient(AmiSettings(enabled=True, host="127.0.0.1", port=server.port,
                                   username="relate", secret="wrong", extension="201"))
    calls: list[str] = []
    client.incoming.connect(lambda number, _name: calls.append(number))
    try:
        with qtbot.waitSignal(client.problem, timeout=SLOW_MS) as problem:
            client.start()
        assert "refused the login" in problem.args[0] and "Authentication failed" in problem.args[0]
        assert calls == [] and not client.logged_in
    finally:
        client.stop()
        server.stop()


def test_an_unreachable_server_is_reported_once_and_retried(qtbot: QtBot) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = NcidClient(NcidSettings(enabled=True, host="127.0.0.1", port=port))
    try:
        with qtbot.waitSignal(client.peer.problem, timeout=SLOW_MS) as problem:
            client.start()
        assert f"127.0.0.1:{port}" in problem.args[0] and "trying again" in problem.args[0]
    finally:
        client.stop()

"""The Qt-free half of "one Relate per user and data folder": the address, the message, and
what ``relate-desktop pop`` does before anything heavy is loaded."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from relate_desktop import cli
from relate_desktop.config import locate
from relate_desktop.domain.caller_id import number_from_arguments
from relate_desktop.integrations import hand_over, launcher


def test_the_data_folder_is_found_as_config_finds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert hand_over.data_folder("shop/../here") == locate("shop/../here").data_dir
    assert hand_over.data_folder() == locate().data_dir  # RELATE_DATA_DIR, as conftest sets it
    monkeypatch.delenv("RELATE_DATA_DIR")
    assert hand_over.data_folder() == locate().data_dir  # the platform's folder
    program = tmp_path / "program"
    program.mkdir()
    (program / "portable").write_text("", encoding="utf-8")
    assert hand_over.data_folder(program_dir=program) == locate(program_dir=program).data_dir


def test_each_data_folder_has_its_own_server(tmp_path: Path) -> None:
    one = hand_over.server_name(tmp_path / "one")
    assert one == hand_over.server_name(tmp_path / "one")
    assert one != hand_over.server_name(tmp_path / "two")
    if sys.platform != "win32":
        assert len(one.encode()) < 104  # the longest Unix socket path macOS allows


def test_a_message_carries_any_words_and_nothing_else_is_taken() -> None:
    words = ["pop", "+44 7700 900123", "ünïcode", ""]
    assert hand_over.decode(hand_over.encode(words).rstrip(b"\n")) == words
    for junk in [b"", b"GET / HTTP/1.0", b'{"arguments": "pop"}', b'{"arguments": [1]}', b"\xff"]:
        assert hand_over.decode(junk) is None


def test_handing_over_to_nobody_says_so(tmp_path: Path) -> None:
    assert hand_over.hand_over(hand_over.server_name(tmp_path / "nobody"), ["pop", "1"]) is False


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_handing_over_delivers_the_words_to_whoever_listens(tmp_path: Path) -> None:
    name = hand_over.server_name(tmp_path / "shop")
    received: list[bytes] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(name)
        server.listen(1)

        def accept() -> None:
            connection, _ = server.accept()
            with connection:
                received.append(connection.makefile("rb").readline())

        thread = threading.Thread(target=accept)
        thread.start()
        assert hand_over.hand_over(name, ["pop", "07700900123"]) is True
        thread.join(30)
    assert hand_over.decode(received[0].rstrip(b"\n")) == ["pop", "07700900123"]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Instead of starting Relate, record what would have been started."""
    calls: list[list[str]] = []

    def start_detached(arguments: list[str]) -> None:
        calls.append(list(arguments))

    monkeypatch.setattr(launcher, "start_detached", start_detached)
    return calls


@pytest.mark.parametrize(
    ("arguments", "number"),
    [
        (["pop", "07700900123"], "07700900123"),
        (["pop"], ""),
        (["pop", "anonymous"], "anonymous"),
        (["pop", "-"], "-"),  # after "pop" even an option-looking word is the number
        (["pop", "alice"], "alice"),
    ],
)
def test_pop_with_nobody_running_starts_relate_showing_the_caller(
    started: list[list[str]], arguments: list[str], number: str
) -> None:
    assert launcher.early(arguments) == 0
    [command] = started
    assert command[-1].startswith("relate://pop?number=")
    assert number_from_arguments(command) == number


def test_the_data_folder_goes_along_wherever_it_was_given(
    started: list[list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert launcher.early(["pop", "--data-dir", "shop", "07700900123"]) == 0
    assert launcher.early(["--data-dir=shop", "pop", "07700900123"]) == 0
    for command in started:
        assert command[:2] == ["--data-dir", str(tmp_path / "shop")]


@pytest.mark.parametrize(
    "arguments", [["--help"], ["--version"], ["init", "--shop", "x"], ["--self-check"], ["07700 900123"]]
)
def test_everything_else_goes_to_the_full_command_line(
    started: list[list[str]], arguments: list[str]
) -> None:
    assert launcher.early(arguments) is None
    assert started == []


def test_a_plain_start_or_a_link_with_nobody_running_opens_the_window_here(
    started: list[list[str]],
) -> None:
    assert launcher.early([]) is None
    assert launcher.early(["relate://pop?number=1"]) is None
    assert started == []


def test_pop_help_and_the_main_help_mention_pop(
    capsys: pytest.CaptureFixture[str], started: list[list[str]]
) -> None:
    assert launcher.early(["pop", "--help"]) == 0
    assert "pop NUMBER" in capsys.readouterr().out
    assert cli.main(["--help"]) == 0
    assert "pop" in capsys.readouterr().out
    assert started == []


def test_the_full_command_line_hands_pop_on_too(started: list[list[str]]) -> None:
    assert cli.main(["pop", "+447700900123"]) == 0
    assert started == [["relate://pop?number=%2B447700900123"]]


def test_pop_loads_neither_qt_nor_sqlalchemy(tmp_path: Path) -> None:
    # The softphone waits for pop: it must not pay for what only the window needs. (On
    # Windows the named pipe is reached through QtNetwork, never the widgets.)
    probe = (
        "import sys, relate_desktop.integrations.launcher as l\n"
        "l.start_detached = lambda arguments: None\n"
        "from relate_desktop.__main__ import main\n"
        "code = main(['pop', '07700900123'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6.') and m != 'PySide6.QtNetwork'\n"
        "            and m != 'PySide6.QtCore')\n"
        "print(code, 'sqlalchemy' in sys.modules, qt, 'PySide6' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "RELATE_DATA_DIR": str(tmp_path / "shop")}, check=False)
    code, sqlalchemy, widgets, any_qt = done.stdout.strip().split(" ", 3)
    assert (code, sqlalchemy, widgets) == ("0", "False", "[]"), done.stderr
    if sys.platform != "win32":
        assert any_qt == "False"

"""What relate-desktop does before loading Qt widgets or the database: hand a caller, a link
or a plain start to the Relate already running, or start one fully detached for ``pop``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from relate_desktop.domain.caller_id import POP_COMMAND, is_link, pop_link
from relate_desktop.integrations.hand_over import data_folder, hand_over, server_name

if TYPE_CHECKING:
    import subprocess

PROG = "relate-desktop"
_VALUE_OPTIONS = ("--data-dir", "--db-url")
POP_HELP = (
    f"usage: {PROG} [--data-dir DIR] pop NUMBER\n\n"
    "Show the caller's card in the running Relate (starting it if needed) and return at once.\n"
    "NUMBER is the last argument, as softphones append it: digits, +, a SIP user, "
    "'anonymous' or nothing.\n"
)


@dataclass
class _CommandLine:
    options: list[str] = field(default_factory=list)  # --data-dir / --db-url, to pass on
    data_dir: str | None = None
    words: list[str] = field(default_factory=list)


def _read(arguments: Sequence[str]) -> _CommandLine | None:
    """The global options and the words; None when anything else is asked for (--help,
    --version, an unknown option), which the full command line answers."""
    line = _CommandLine()
    args = list(arguments)
    index = 0
    while index < len(args):
        arg = args[index]
        name, equals, value = arg.partition("=")
        if name in _VALUE_OPTIONS:
            if not equals:
                if index + 1 >= len(args):
                    return None
                index += 1
                value = args[index]
            if name == "--data-dir":
                line.data_dir = value
                value = str(data_folder(value))  # the started Relate may run elsewhere
            line.options += [name, value]
        elif line.words[:1] == [POP_COMMAND]:
            line.words.append(arg)  # after "pop" anything is the number, even "-" or "--x"
        elif arg.startswith("-"):
            return None
        else:
            line.words.append(arg)
        index += 1
    return line


def early(arguments: Sequence[str]) -> int | None:
    """Handle ``pop``, ``relate://`` links and a plain start when a Relate already runs,
    without loading Qt widgets or SQLAlchemy; None: the full command line takes over."""
    line = _read(arguments)
    if line is None:
        return None
    words = line.words
    if words[:1] == [POP_COMMAND]:
        if words[1:] in (["-h"], ["--help"]):
            sys.stdout.write(POP_HELP)
            return 0
        return pop(line, words[-1] if len(words) > 1 else "")
    if all(is_link(word) for word in words) and hand_over(
        server_name(data_folder(line.data_dir)), words
    ):
        return 0
    return None


def pop(line: _CommandLine, number: str) -> int:
    """Hand ``number`` to the running Relate, or start one showing it; return at once either way."""
    if hand_over(server_name(data_folder(line.data_dir)), [POP_COMMAND, number]):
        return 0
    try:
        start_detached([*line.options, pop_link(number)])
    except OSError as error:
        sys.stderr.write(f"{PROG}: cannot start Relate: {error}\n")
        return 1
    return 0


def pop_from_command_line(arguments: Sequence[str]) -> int:
    """``relate-desktop pop …`` when it reached the full command line (``cli.main``)."""
    handled = early(arguments)
    return 1 if handled is None else handled


def program() -> list[str]:
    """How to start Relate again: the built program, or this Python on this package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform == "win32":
        windowless = python.with_name("pythonw.exe")  # no console window flashing up
        if windowless.exists():
            python = windowless
    return [str(python), "-m", "relate_desktop"]


def start_detached(arguments: Sequence[str]) -> subprocess.Popen[bytes]:
    """Start Relate in its own session with no inherited input or output.

    A softphone that waits for its script's output to close (Twinkle) would otherwise wait
    for as long as Relate runs; and closing the softphone must not close Relate.
    """
    import subprocess  # only when starting: a hand-over need not pay for it

    command = [*program(), *arguments]
    if sys.platform == "win32":
        flags = (subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
                 | subprocess.CREATE_NO_WINDOW)
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, close_fds=True, creationflags=flags)
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, close_fds=True, start_new_session=True)

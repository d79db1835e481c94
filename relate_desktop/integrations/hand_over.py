"""The client half of "one Relate per user and data folder": find the running one, hand it words.

Qt-free on purpose. ``relate-desktop pop`` must hand over and exit within 300 ms (a
softphone waits for it with its window frozen): a plain Unix socket connects in well
under a millisecond, while loading QtCore and QtNetwork alone costs about 100 ms here
and more on a cold Windows PC. The server side is ``single_instance.InstanceServer``;
both derive the address from :func:`server_name`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

#: Mirrors relate_desktop.config (which loads SQLAlchemy, too slow to import here);
#: tests/unit/test_single_instance.py checks that both agree.
APP_NAME = "Relate"
DATA_DIR_ENV = "RELATE_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"
#: A message is one line of JSON; anything longer is not from relate-desktop.
MAX_MESSAGE_BYTES = 64 * 1024
HAND_OVER_TIMEOUT_S = 1.0


def data_folder(data_dir: str | None = None, program_dir: Path | None = None) -> Path:
    """The data folder ``config.locate`` chooses, found without importing it."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    if program_dir is None and getattr(sys, "frozen", False):
        program_dir = Path(sys.executable).resolve().parent
    if program_dir is not None and (program_dir / PORTABLE_MARKER).is_file():
        return program_dir / PORTABLE_DATA
    from platformdirs import PlatformDirs  # only when needed: it costs ~15 ms

    return Path(PlatformDirs(APP_NAME, appauthor=False).user_data_dir)


def _user() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):  # no login name in a stripped-down environment
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:32] or "user"


def server_name(data_dir: Path) -> str:
    """The local socket of the Relate running for this user on ``data_dir``.

    Per user and per data folder, so two Relates on different folders (as in tests) never
    talk. On Windows a named pipe's name; elsewhere a full socket path in the user's
    runtime folder (private to them) when there is one, else in the temporary folder.
    """
    digest = hashlib.sha256(os.path.normcase(str(data_dir)).encode("utf-8")).hexdigest()[:16]
    base = f"relate-{_user()}-{digest}"
    if sys.platform == "win32":
        return base
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not (runtime and os.path.isdir(runtime)):
        import tempfile

        runtime = tempfile.gettempdir()
    return os.path.join(runtime, base + ".sock")


def encode(arguments: Sequence[str]) -> bytes:
    return json.dumps({"arguments": list(arguments)}).encode("utf-8") + b"\n"


def decode(message: bytes) -> list[str] | None:
    """The arguments in a message, or None when it is not one of ours."""
    try:
        value = json.loads(message.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    arguments = value.get("arguments") if isinstance(value, dict) else None
    if isinstance(arguments, list) and all(isinstance(a, str) for a in arguments):
        return arguments
    return None


def hand_over(name: str, arguments: Sequence[str], timeout: float = HAND_OVER_TIMEOUT_S) -> bool:
    """Give ``arguments`` to the Relate listening on ``name``; False when none is running.

    No answer is awaited: once the words are in the socket the running Relate reads them
    whenever its window thread is free, and the caller (a softphone) need not wait for that.
    """
    payload = encode(arguments)
    if sys.platform == "win32":
        return _hand_over_by_qt(name, payload, timeout)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        try:
            connection.connect(name)
            connection.sendall(payload)
        except OSError:  # no socket file, or a crashed Relate's: nobody is listening
            return False
    return True


def _hand_over_by_qt(name: str, payload: bytes, timeout: float) -> bool:
    # Named pipes need Qt's client to match its server's framing and wait states.
    from PySide6.QtNetwork import QLocalSocket

    milliseconds = int(timeout * 1000)
    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(milliseconds):
        return False
    connection.write(payload)
    connection.flush()
    written = connection.waitForBytesWritten(milliseconds) or connection.bytesToWrite() == 0
    connection.disconnectFromServer()
    if connection.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        connection.waitForDisconnected(milliseconds)
    return written

"""``relate-desktop pop`` with no Relate running starts one fully detached: its own session, no
inherited input or output, so a softphone waiting for the script's output is not kept waiting."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from relate_desktop.integrations import launcher
from relate_desktop.integrations.hand_over import data_folder, hand_over, server_name

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

REPO = Path(__file__).resolve().parents[2]
SLOW_S = 60.0


def _wait_until(condition: Callable[[], bool], timeout_s: float = SLOW_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_the_started_program_has_its_own_session_and_no_inherited_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.txt"
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os, sys\n"
        "fds = [os.readlink(f'/proc/self/fd/{n}') for n in (0, 1, 2)]\n"
        "open(sys.argv[1], 'w').write(f'{os.getsid(0) == os.getpid()} {fds}')\n",
        encoding="utf-8")
    monkeypatch.setattr(launcher, "program", lambda: [sys.executable, str(probe)])
    child = launcher.start_detached([str(report)])
    child.wait(SLOW_S)
    assert report.read_text(encoding="utf-8") == "True ['/dev/null', '/dev/null', '/dev/null']"


def _relates_on(folder: Path) -> list[int]:
    """The processes this test started: Relate with ``folder`` as its data folder."""
    marker = f"RELATE_DATA_DIR={folder}\0".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            with contextlib.suppress(OSError):
                if (marker in (entry / "environ").read_bytes()
                        and b"relate://pop" in (entry / "cmdline").read_bytes()):
                    found.append(int(entry.name))
    return found


def test_pop_with_nothing_running_returns_at_once_and_leaves_relate_running(tmp_path: Path) -> None:
    folder = tmp_path / "fresh-shop"
    environment = {**os.environ, "RELATE_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    name = server_name(data_folder(str(folder)))
    # As Twinkle runs its script: it waits until the script's output is closed.
    softphone = subprocess.Popen([sys.executable, "-m", "relate_desktop", "pop", "07700900123"],
                                 cwd=REPO, env=environment, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    started: list[int] = []
    try:
        out, err = softphone.communicate(timeout=SLOW_S)  # EOF: nobody else holds the pipes
        assert (softphone.returncode, out, err) == (0, b"", b"")
        # The Relate it started (first start here: the welcome dialog) is the running one now.
        _wait_until(lambda: bool(_relates_on(folder)))
        started = _relates_on(folder)
        _wait_until(lambda: hand_over(name, []))
        assert os.getsid(started[0]) != os.getsid(0)
    finally:
        for pid in started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        _wait_until(lambda: not _relates_on(folder))
        for leftover in (name, name + ".lock"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)

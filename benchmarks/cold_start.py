"""Start-up time: seconds from starting the program until its first window is on screen (under X11).

Run it on a display, e.g. under Xvfb after `make build`:

    xvfb-run -a .venv/bin/python benchmarks/cold_start.py --cold

It starts the program five times for each case — a first start (empty data folder: the
welcome dialog) and a shop with one member of staff (the counter window) — and takes the
median. A window counts as shown when X11 reports it mapped (``xwininfo``). ``--cold``
empties the operating system's file cache before each start (root only), so every start
reads the program from disk as after a reboot. Results go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM = ROOT / "dist" / "relate-desktop" / "relate-desktop"
RESULTS = ROOT / "benchmarks" / "results" / "cold-start.json"
#: `0x600007 "Relate — Welcome": ("relate-desktop" "Relate")` in `xwininfo -root -tree`; the
#: class "Relate" leaves out Qt's 1×1 helper windows, which have none.
_WINDOW_LINE = re.compile(r'^\s*(0x[0-9a-f]+) "(Relate[^"]*)": \("[^"]*" "Relate"\)', re.MULTILINE)
TIMEOUT_S = 60.0


def _xwininfo(*args: str) -> str:
    return subprocess.run(["xwininfo", *args], capture_output=True, text=True, check=False).stdout


def _shown_window() -> str | None:
    """The title of a mapped top-level window named Relate…, if there is one."""
    for window_id, title in _WINDOW_LINE.findall(_xwininfo("-root", "-tree")):
        if "IsViewable" in _xwininfo("-id", window_id):
            return title
    return None


def _drop_file_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_one_start(command: list[str], cold: bool) -> tuple[float, str]:
    """Seconds until the first window is mapped, and its title; the program is then ended."""
    if cold:
        _drop_file_cache()
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        while True:
            title = _shown_window()
            elapsed = time.perf_counter() - started
            if title is not None:
                return elapsed, title
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"the program ended before showing a window: {error.strip()}")
            if elapsed > TIMEOUT_S:
                raise RuntimeError(f"no window after {TIMEOUT_S:.0f} s")
            time.sleep(0.01)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _prepare_shop(program: list[str], folder: Path) -> None:
    for args in (["init", "--shop", "Cold Start Shop", "--region", "GB"],
                 ["staff", "add", "--name", "Sam", "--role", "manager"]):
        # A PIN on standard input for commands that ask for one; others ignore it.
        subprocess.run([*program, "--data-dir", str(folder), *args], check=True,
                       input=b"4821\n", stdout=subprocess.DEVNULL)


def measure(program: list[str], runs: int, cold: bool) -> dict[str, dict[str, object]]:
    cases: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="relate-cold-start-") as scratch:
        shop = Path(scratch) / "shop"
        _prepare_shop(program, shop)
        for case in ("first start", "one member of staff"):
            seconds, titles = [], set()
            for run in range(runs):
                folder = Path(scratch) / f"empty-{run}" if case == "first start" else shop
                elapsed, title = time_one_start([*program, "--data-dir", str(folder)], cold)
                seconds.append(round(elapsed, 3))
                titles.add(title)
            cases[case] = {"median_s": round(statistics.median(seconds), 3), "runs_s": seconds,
                           "window": sorted(titles)}
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", default=str(DEFAULT_PROGRAM),
                        help="the program to start (default: the one-folder build)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true",
                        help="empty the file cache before each start (needs root)")
    parser.add_argument("--no-write", action="store_true", help="print only; keep the results file")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("cold_start: no X display; run it under xvfb-run -a", file=sys.stderr)
        return 2
    program = [options.program] if Path(options.program).exists() else options.program.split()
    cases = measure(program, options.runs, options.cold)
    result = {
        "program": " ".join(program), "cold_file_cache": options.cold, "runs": options.runs,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "cases": cases,
    }
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if not options.no_write:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Caller pop latency: from a softphone running `relate-desktop pop NUMBER` to the card on screen.

    .venv/bin/python benchmarks/pop_latency.py [--runs 40]

Relate runs in this process as app.py wires it (the local server, a signed-in window, on
Qt's offscreen platform unless a display is given); a second process runs
`python -m relate_desktop pop NUMBER`, as MicroSIP's cmdCallRing does, alternating between
two customers so every pop changes the card. Two times per run: until the pop process has
exited (what the softphone waits for; the target is 300 ms) and until the caller's card has
loaded in the window. Results (median and 95th percentile) go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "pop-latency.json"
TIMEOUT_S = 60.0


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1)}


def measure(runs: int, db_url: str = "") -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="relate-pop-latency-"))
    os.environ["RELATE_DATA_DIR"] = str(scratch)

    # Imported here: the data folder must be set first, and Qt only once the platform is.
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from relate_desktop.config import LocalSettings
    from relate_desktop.db.engine import open_database, session_factory, sqlite_url
    from relate_desktop.domain.records import Actor, CustomerCard, NewCustomer
    from relate_desktop.domain.vocabulary import Role
    from relate_desktop.gui.caller_pop import CallRouter
    from relate_desktop.gui.drafts import DraftStore
    from relate_desktop.gui.shift import Shift
    from relate_desktop.gui.worker import DatabaseWorker
    from relate_desktop.integrations.caller_sources import CallerIdSources
    from relate_desktop.integrations.hand_over import data_folder, server_name
    from relate_desktop.integrations.single_instance import InstanceServer
    from relate_desktop.services import Services

    engine = open_database(db_url or sqlite_url(scratch / "relate.db"), None)
    services = Services.over(session_factory(engine))
    services.shop.initialise("Pop Latency Shop", "GB", "GBP")
    actor = Actor(services.staff.add("Sam", Role.MANAGER), "bench")
    callers = [
        ("07700900123", services.customers.create(actor, NewCustomer("Olu Adeyemi", phones=("07700 900123",)))),
        ("+447700900456", services.customers.create(actor, NewCustomer("Ada Lovelace", phones=("07700 900456",)))),
    ]
    _app = QApplication([])  # alive for the whole measurement
    worker = DatabaseWorker()
    settings = LocalSettings(scratch / "settings.json")
    settings.set("idle_lock_minutes", 0)
    shift = Shift(services, worker, settings, DraftStore(scratch / "drafts.json"))
    instance = InstanceServer(server_name(data_folder()))
    assert instance.claim([]), "another Relate already runs on this scratch folder?"
    sources = CallerIdSources(settings, services.lookup.find_caller)
    CallRouter(shift).listen_to(instance, sources)
    shift.start_as(actor)
    window = shift.window
    assert window is not None

    exited: list[float] = []
    shown: list[float] = []
    try:
        for run in range(runs):
            number, customer_id = callers[run % 2]
            marks: dict[str, float] = {}

            def loaded(card: CustomerCard, wanted: int = customer_id, marks: dict[str, float] = marks) -> None:
                if card.id == wanted:
                    marks.setdefault("shown", time.perf_counter())

            window.card.loaded.connect(loaded)
            started = time.perf_counter()
            softphone = subprocess.Popen([sys.executable, "-m", "relate_desktop", "pop", number],
                                         cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)

            def wait(process: subprocess.Popen[bytes] = softphone, marks: dict[str, float] = marks) -> None:
                process.wait()
                marks["exited"] = time.perf_counter()

            waiter = threading.Thread(target=wait)
            waiter.start()
            # The window's own event loop, idle between events (a busy loop here would take a
            # core from the very processes being timed).
            loop = QEventLoop()
            check = QTimer(interval=2)

            def done(marks: dict[str, float] = marks, loop: QEventLoop = loop) -> None:
                if len(marks) == 2:
                    loop.quit()

            check.timeout.connect(done)
            check.start()
            QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
            loop.exec()
            check.stop()
            if len(marks) < 2:
                raise RuntimeError(f"run {run}: no card after {TIMEOUT_S:.0f} s")
            waiter.join()
            window.card.loaded.disconnect(loaded)
            if softphone.returncode != 0:
                raise RuntimeError(f"run {run}: pop exited with {softphone.returncode}")
            exited.append(marks["exited"] - started)
            shown.append(marks["shown"] - started)
    finally:
        sources.stop()
        instance.close()
        shift.end()
        worker.stop()
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    return {"pop exited (what the softphone waits for)": _percentiles(exited),
            "caller's card loaded in the window": _percentiles(shown),
            "runs_ms": {"exited": [round(s * 1000, 1) for s in exited],
                        "shown": [round(s * 1000, 1) for s in shown]}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--no-write", action="store_true", help="print only; keep the results file")
    parser.add_argument("--db-url", default="", help="an empty PostgreSQL database to use")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()
    cases = measure(options.runs, options.db_url)
    result = {
        "runs": options.runs, "database": "postgresql" if options.db_url else "sqlite",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "cases": cases,
    }
    print(json.dumps({k: v for k, v in result.items() if k != "cases"} | {
        "cases": {k: v for k, v in cases.items() if k != "runs_ms"}}, indent=1, ensure_ascii=False))
    if not options.no_write:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

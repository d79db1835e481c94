"""The "within 2 s" of issue 6: a remark with an escalation saved on one workstation, until a
second workstation's live updates tell its windows (its own engine and connection)."""

from __future__ import annotations

import os
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from benchmarks.measure import summary
from relate_desktop.db.engine import make_engine, session_factory
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Priority, RemarkKind
from relate_desktop.gui.live import LiveUpdates
from relate_desktop.services import Services

_TIMEOUT_S = 10.0


def measure_live(services: Services, actor: Actor, url: str, samples: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    other_engine = make_engine(url)
    other = Services.over(session_factory(other_engine))
    heard: list[float] = []
    live = LiveUpdates(other.changes)
    live.changed.connect(lambda: heard.append(time.perf_counter()))
    delays = []
    try:
        _settle(app, 1.0)  # the listener connects and takes its first reading
        for number in range(samples):
            heard.clear()
            start = time.perf_counter()
            services.remarks.log_remark(actor, None, RemarkKind.COMPLAINT, f"live benchmark {number}",
                                        escalate=Priority.NORMAL)
            deadline = start + _TIMEOUT_S
            while not heard and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.002)
            if not heard:
                raise TimeoutError("the other workstation never heard of the change")
            delays.append((heard[0] - start) * 1000)
            _settle(app, 0.3)  # the next change is a new one, not part of this refresh
    finally:
        live.stop()
        other_engine.dispose()
    return {"live_update_other_workstation": summary(delays)}


def _settle(app: QCoreApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)

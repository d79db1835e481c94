"""Start-up time: what the first window (welcome or sign-in) needs is all that loads before it.

Issue #7: cold start from source within 1.5 s (benchmarks/cold_start.py). The modules below
cost ~0.3 s together and are needed only later: Alembic only when the schema must change
(db/engine.py), the counter window only once someone has signed in (gui/shift.py loads it
while the PIN is typed), Qt Charts and the import wizard with the counter window.
"""

from __future__ import annotations

import subprocess
import sys

LATER = ("alembic", "mako", "pygments", "relate_desktop.gui.main_window", "PySide6.QtCharts",
         "relate_desktop.gui.import_wizard", "psycopg")

_LOADED_AT_START = f"""
import sys
import relate_desktop.cli
import relate_desktop.app
print(" ".join(name for name in {LATER!r} if name in sys.modules) or "-")
"""


def test_the_window_path_loads_nothing_the_first_window_does_not_need() -> None:
    done = subprocess.run([sys.executable, "-c", _LOADED_AT_START], capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.split() == ["-"], f"loaded before the first window: {done.stdout.strip()}"

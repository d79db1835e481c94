"""The benchmark harness at a small scale, so it never rots: it runs and writes its results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.sqlite_only
def test_the_harness_measures_every_lookup_and_writes_its_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--customers", "1500", "--remarks", "6000",
         "--escalations", "150", "--samples", "25", "--out", str(out),
         "--cache", str(tmp_path / "cache")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    measures = report["measures"]
    for kind in ("exact_phone", "last_digits", "name_one_word", "name_two_words", "name_accented",
                 "email", "card"):
        for side in ("service", "sql"):
            entry = measures[f"lookup_{kind}_{side}"]
            assert set(entry) == {"p50_ms", "p95_ms", "p99_ms", "n"} and entry["n"] >= 25
            assert 0 < entry["p50_ms"] <= entry["p95_ms"] <= entry["p99_ms"]
        assert report[f"ratio_lookup_{kind}"] > 0
    for name in ("open_card_1000_events", "save_remark", "save_and_escalate", "load_manager_queue",
                 "keystroke_to_results", "show_manager_queue", "queue_scroll_stall",
                 "live_update_other_workstation"):
        assert measures[name]["n"] > 0, name
    assert measures["memory_after_100_cards_mb"] > 0
    assert report["versions"]["sqlite"] and report["dataset"]["customers"] == 1500
    assert "lookup_exact_phone_service" in done.stdout  # the table is printed too


@pytest.mark.sqlite_only
def test_the_import_benchmark_imports_its_rows_twice_and_writes_the_median(tmp_path: Path) -> None:
    out = tmp_path / "import.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.import_speed", "--rows", "300", "--runs", "2",
         "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("300 customers created") == 2  # a new shop each run
    assert done.stdout.count("300 already up to date") == 2  # the same file again: all matched
    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["runs"]) == 2 and report["rows"] == 300
    firsts = sorted(run["first import"] for run in report["runs"])
    assert report["seconds"]["first import"] == sum(firsts) / 2 > 0

"""``python -m benchmarks``: generate (or reuse) a shop of the given size and measure Relate on it.

    python -m benchmarks [--customers N] [--remarks M] [--escalations E] [--db-url URL]
                         [--samples S] [--out FILE] [--no-gui]

Defaults are a chain's database: 1,000,000 customers, 10,000,000 remarks, 10,000 open
escalations. On SQLite the generated database is cached in benchmarks/cache/ and each run
works on a copy (writes never pile up between runs); on PostgreSQL (--db-url) an empty
database is filled once and reused.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from benchmarks.generate import Dataset, advance_sequences, existing_dataset, generate
from benchmarks.service_measures import measure_lookups, measure_writes_and_reads
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.records import Actor
from relate_desktop.services import Services

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / "cache"
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "results.json"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--remarks", type=int, default=10_000_000)
    parser.add_argument("--escalations", type=int, default=10_000)
    parser.add_argument("--db-url", help="measure on this database (e.g. PostgreSQL) instead of SQLite")
    parser.add_argument("--samples", type=int, default=300, help="samples per measure")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-gui", action="store_true", help="skip the measures that open windows")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where generated databases are kept")
    return parser.parse_args(argv)


def _sqlite_copy(data: Dataset, work: Path, cache: Path) -> str:
    """A working copy of the cached database, generated first when missing."""
    cache.mkdir(parents=True, exist_ok=True)
    cached = cache / f"relate-{data.key}.db"
    if not cached.exists():
        partial = cached.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        engine = open_database(sqlite_url(partial), None)
        started = time.perf_counter()
        generate(engine, data)
        engine.dispose()
        _checkpoint(partial)
        partial.rename(cached)
        print(f"generated {data.key} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    copy = work / "relate.db"
    shutil.copyfile(cached, copy)
    return sqlite_url(copy)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()


def _versions(services_engine: Any) -> dict[str, str | None]:
    postgres = None
    if services_engine.dialect.name == "postgresql":
        with services_engine.connect() as db:
            postgres = str(db.execute(text("SHOW server_version")).scalar())
    return {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "postgresql": postgres}


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    data = Dataset(options.customers, options.remarks, options.escalations)
    with tempfile.TemporaryDirectory(prefix="relate-bench-") as folder:
        work = Path(folder)
        url = options.db_url or _sqlite_copy(data, work, options.cache)
        engine = open_database(url, None)
        if options.db_url:
            found = existing_dataset(engine)
            if found is None:
                generate(engine, data)
            elif found != data.key:
                print(f"this database holds dataset {found}, not {data.key}", file=sys.stderr)
                return 2
            else:
                advance_sequences(engine)  # filled by an older generator that did not
        services = Services.over(session_factory(engine))
        actor = Actor(services.staff.get(2), "benchmark")
        results: dict[str, Any] = {}
        results.update(measure_lookups(services, engine, data, options.samples))
        results.update(measure_writes_and_reads(services, actor, data, options.samples))
        if not options.no_gui:
            from benchmarks.gui_measures import measure_gui
            from benchmarks.live_latency import measure_live

            results.update(measure_gui(services, actor, data, work, min(options.samples, 120)))
            results.update(measure_live(services, actor, url, min(options.samples, 30)))
        report = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {"system": platform.system(), "machine": platform.machine(),
                        "processor": platform.processor(), "cores": _cores()},
            "versions": _versions(engine),
            "engine": engine.dialect.name,
            "dataset": {"customers": data.customers, "remarks": data.remarks, "escalations": data.escalations},
            "measures": {k: v for k, v in results.items() if not k.startswith("ratio_")},
            **{k: v for k, v in results.items() if k.startswith("ratio_")},
        }
        engine.dispose()
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    _print_table(report)
    return 0


def _cores() -> int:
    import os

    return os.cpu_count() or 1


def _print_table(report: dict[str, Any]) -> None:
    print(f"{'measure':40} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'n':>6}")
    for name, value in report["measures"].items():
        if isinstance(value, dict):
            print(f"{name:40} {value['p50_ms']:9.2f} {value['p95_ms']:9.2f} {value['p99_ms']:9.2f} {value['n']:6}")
        else:
            print(f"{name:40} {value}")
    for name, value in report.items():
        if name.startswith("ratio_"):
            print(f"{name:40} {value}")

"""Timing helpers: samples in milliseconds, summarised as p50/p95/p99 with their count."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any


def percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def summary(samples_ms: list[float]) -> dict[str, float | int]:
    ordered = sorted(samples_ms)
    return {"p50_ms": round(percentile(ordered, 0.50), 3), "p95_ms": round(percentile(ordered, 0.95), 3),
            "p99_ms": round(percentile(ordered, 0.99), 3), "n": len(ordered)}


def timed(call: Callable[[Any], object], inputs: Iterable[Any], warm_up: int = 3) -> list[float]:
    """Milliseconds per call, one sample per input; the first few calls only warm caches."""
    values = list(inputs)
    for value in values[:warm_up]:
        call(value)
    samples = []
    for value in values:
        start = time.perf_counter()
        call(value)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux) or resource elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

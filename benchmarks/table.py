"""Print the README's benchmark table from a results file: each measure beside its target.

    python -m benchmarks.table benchmarks/results/results-sqlite.json [results-postgresql.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

#: (measure, what it is, target p95 in ms or None) — the targets of issue 7.
ROWS: tuple[tuple[str, str, float | None], ...] = (
    ("lookup_exact_phone_service", "lookup: full phone, any format", 5),
    ("lookup_card_service", "lookup: card number", 5),
    ("lookup_last_digits_service", "lookup: last 4 digits", 20),
    ("lookup_name_one_word_service", "lookup: one name word (prefix)", 20),
    ("lookup_name_two_words_service", "lookup: two name words", 20),
    ("lookup_name_accented_service", "lookup: accented name", 20),
    ("lookup_email_service", "lookup: email", 20),
    ("keystroke_to_results", "last keystroke to results shown", 50),
    ("open_card_1000_events", "open a card with 1,000 events", 30),
    ("save_remark", "durable remark save", 10),
    ("save_and_escalate", "save and escalate", 10),
    ("show_manager_queue", "show the queue, 10,000 open", 100),
    ("queue_scroll_stall", "queue: GUI stall per page scrolled", 16),
    ("live_update_other_workstation", "escalation seen on another workstation", 2000),
)


def table(*reports: dict[str, Any]) -> str:
    """One row per measure, one column group per results file (an engine each)."""
    engines = [report.get("engine", "?") for report in reports]
    head = ["measure", "target p95"]
    for engine in engines:
        head += [f"{_engine_name(engine)} p50 / p95 ms", "met", "over bare SQL"]
    lines = ["| " + " | ".join(head) + " |", "|---|---:|" + "---:|:-:|---:|" * len(reports)]
    for key, label, target in ROWS:
        cells = [label, f"≤ {target:g}" if target is not None else ""]
        found = False
        for report in reports:
            value = report["measures"].get(key)
            if not isinstance(value, dict):
                cells += ["", "", ""]
                continue
            found = True
            met = "yes" if target is None or value["p95_ms"] <= target else "**no**"
            bare = report["measures"].get(key.replace("_service", "_sql")) if key.endswith("_service") else None
            gap = f"{value['p95_ms'] - bare['p95_ms']:+.2f}" if isinstance(bare, dict) else ""
            cells += [f"{value['p50_ms']:.2f} / {value['p95_ms']:.2f}", met, gap]
        if found:
            lines.append("| " + " | ".join(cells) + " |")
    memory = [report["measures"].get("memory_after_100_cards_mb") for report in reports]
    if any(m is not None for m in memory):
        cells = ["memory after 100 cards (MB)", "≤ 250"]
        for m in memory:
            cells += [f"{m:.0f}", "yes" if m <= 250 else "**no**", ""] if m is not None else ["", "", ""]
        lines.append("| " + " | ".join(cells) + " |")
    for engine, report in zip(engines, reports, strict=True):
        ratios = [f"{k.removeprefix('ratio_lookup_')} {v}×" for k, v in report.items() if k.startswith("ratio_")]
        if ratios:
            lines.append("")
            lines.append(f"{_engine_name(engine)}, service p95 ÷ bare-SQL p95: " + ", ".join(ratios) + ".")
    return "\n".join(lines)


def _engine_name(engine: str) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(engine, engine)


if __name__ == "__main__":
    print(table(*(json.loads(Path(name).read_text(encoding="utf-8")) for name in sys.argv[1:])))

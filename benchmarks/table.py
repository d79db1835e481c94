"""Print the README's benchmark table from a results file: each measure beside its target.

    python -m benchmarks.table benchmarks/results/results-sqlite.json
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


def table(report: dict[str, Any]) -> str:
    measures = report["measures"]
    lines = ["| measure | p50 ms | p95 ms | target p95 | met | p95 over bare SQL (target ≤ 1 ms) |",
             "|---|---:|---:|---:|:-:|---:|"]
    for key, label, target in ROWS:
        value = measures.get(key)
        if not isinstance(value, dict):
            continue
        met = "yes" if target is None or value["p95_ms"] <= target else "**no**"
        bare = measures.get(key.replace("_service", "_sql")) if key.endswith("_service") else None
        gap = f"{value['p95_ms'] - bare['p95_ms']:.2f}" if isinstance(bare, dict) else ""
        lines.append(f"| {label} | {value['p50_ms']:.2f} | {value['p95_ms']:.2f} | ≤ {target:g} | {met} | {gap} |")
    memory = measures.get("memory_after_100_cards_mb")
    if memory is not None:
        lines.append(f"| memory after 100 cards (MB) | | {memory:.0f} | ≤ 250 | "
                     f"{'yes' if memory <= 250 else '**no**'} | |")
    gaps = [f"{k.removeprefix('ratio_lookup_')} {v}×" for k, v in report.items() if k.startswith("ratio_")]
    lines.append("")
    lines.append("Service p95 over bare-SQL p95: " + ", ".join(gaps) + ".")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))

"""The shop's few signal colours, in one place so "late" looks the same on every screen."""

from __future__ import annotations

#: Late: an escalation past its target time, a promise past its due day.
LATE_BACKGROUND = "#fde7e9"
LATE_TEXT = "#8c1d18"
#: Near its target time, or due today.
NEAR_BACKGROUND = "#fff4ce"
NEAR_TEXT = "#5c4300"
#: Quiet detail: who, when.
QUIET_TEXT = "#5f6368"
#: Good news: kind words, a satisfied customer.
GOOD_TEXT = "#1e6b2f"

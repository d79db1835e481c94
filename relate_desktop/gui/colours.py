"""The shop's few signal colours, in one place so "late" looks the same on every screen."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Signals:
    """One theme's signal colours. Read them when painting (``current().late_text``), never
    keep them: the theme can change while Relate runs."""

    late_background: str = LATE_BACKGROUND
    late_text: str = LATE_TEXT
    near_background: str = NEAR_BACKGROUND
    near_text: str = NEAR_TEXT
    quiet_text: str = QUIET_TEXT
    good_text: str = GOOD_TEXT
    #: A message about something that went wrong.
    error_text: str = "#b3261e"
    #: Waiting on someone else: "WITH MANAGER", an open escalation in the history.
    waiting_text: str = "#8a4b00"
    #: Neutral information: a promise not yet due, the incoming-call banner.
    info_text: str = "#1a5fb4"
    info_background: str = "#e8f0fe"
    info_border: str = "#aecbfa"
    #: The notification bar ("your escalation was answered").
    good_background: str = "#e6f4ea"
    good_border: str = "#a8dab5"
    #: The Queue button while urgent escalations wait.
    urgent_background: str = "#b3261e"
    urgent_text: str = "#ffffff"
    #: Remark kinds in charts (bars: at least 3:1 against the chart's background).
    kinds: dict[str, str] = field(default_factory=lambda: {
        "complaint": "#c5221f", "compliment": "#1e8e3e", "request": "#1a73e8",
        "question": "#b06000", "idea": "#9334e6", "note": "#757a80"})


LIGHT = Signals()
DARK = Signals(
    late_background="#4a1c1c", late_text="#ffb4ab",
    near_background="#3f3300", near_text="#ffdf8e",
    quiet_text="#9aa0a6", good_text="#81c995",
    error_text="#f28b82", waiting_text="#fdbd6e",
    info_text="#8ab4f8", info_background="#1f2a3d", info_border="#3c4d6b",
    good_background="#1e3526", good_border="#2f5d3d",
    urgent_background="#b3261e", urgent_text="#ffffff",
    kinds={"complaint": "#f28b82", "compliment": "#81c995", "request": "#8ab4f8",
           "question": "#fdd663", "idea": "#d7aefb", "note": "#9aa0a6"},
)

_current = LIGHT


def current() -> Signals:
    """The signal colours of the theme in use (light until a theme is applied)."""
    return _current


def use(signals: Signals) -> None:
    global _current
    _current = signals

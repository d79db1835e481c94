"""The card's line about what the shop's till knew: "from the shop's till: 31 visits, £2,300 since 2025"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from relate_desktop.domain.till import TillHistory, combined
from relate_desktop.gui import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("Till", text)


def till_text(histories: Sequence[TillHistory]) -> str:
    """The words, or "" when nothing was imported."""
    total = combined(histories)
    if total is None:
        return ""
    parts = []
    if total.visits is not None:
        parts.append(f"{total.visits} {_t(total.count_word if total.visits != 1 else total.count_word[:-1])}")
    if total.spent_cents is not None:
        if abs(total.spent_cents) >= 10_000:
            # Whole pounds read better on a card ("£2,300"); pence matter only on small sums.
            symbol = re.sub(r"[\d.,\s]+$", "", labels.money(0, total.currency))
            parts.append(f"{symbol}{round(total.spent_cents / 100):,}")
        else:
            parts.append(labels.money(total.spent_cents, total.currency))
    if not parts:
        return ""
    text = _t("from the shop's till: %1").replace("%1", ", ".join(parts))
    if total.first_visit is not None:
        text += " " + _t("since %1").replace("%1", str(total.first_visit.year))
    return text


def till_line(histories: Sequence[TillHistory]) -> str:
    """As a line of the card's rich-text facts (starting on a new line)."""
    text = till_text(histories)
    return f"<br><span style='color:#5f6368'>{escape(text, quote=False)}</span>" if text else ""

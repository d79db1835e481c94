"""The card's line about what the shop's till knew: "from the shop's till: 31 visits, £2,300 since 2025"."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from relate_desktop.domain.till import TillHistory, combined
from relate_desktop.gui import colours, labels


class Till(QObject):
    """Words the till line counts with. A QObject for its tr(): pyside6-lupdate files a plural
    (numerus) message from ``tr(text, "", count)``, but not from ``QCoreApplication.translate``
    with a count held in a variable, which it lists as a plain message or drops."""

    def count(self, visits: int, word: str) -> str:
        """"1 visit", "31 visits" (or orders, for a web shop), with each language's plural forms."""
        if word == "orders":
            return self.tr("1 order") if visits == 1 else self.tr("%Ln orders", "", visits)
        return self.tr("1 visit") if visits == 1 else self.tr("%Ln visits", "", visits)


def till_text(histories: Sequence[TillHistory]) -> str:
    """The words, or "" when nothing was imported."""
    total = combined(histories)
    if total is None:
        return ""
    parts = []
    if total.visits is not None:
        parts.append(Till().count(total.visits, total.count_word))
    if total.spent_cents is not None:
        if abs(total.spent_cents) >= 10_000:
            # Whole pounds read better on a card ("£2,300"); pence matter only on small sums.
            parts.append(labels.currency_symbol(total.currency)
                         + QLocale().toString(round(total.spent_cents / 100)))
        else:
            parts.append(labels.money(total.spent_cents, total.currency))
    if not parts:
        return ""
    text = QCoreApplication.translate("Till", "from the shop's till: %1").replace("%1", ", ".join(parts))
    if total.first_visit is not None:
        text += " " + QCoreApplication.translate("Till", "since %1").replace("%1", str(total.first_visit.year))
    return text


def till_line(histories: Sequence[TillHistory]) -> str:
    """As a line of the card's rich-text facts (starting on a new line)."""
    text = till_text(histories)
    return f"<br><span style='color:{colours.current().quiet_text}'>{escape(text, quote=False)}</span>" if text else ""
